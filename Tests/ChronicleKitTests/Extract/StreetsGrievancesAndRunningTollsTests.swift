import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-first session, each tested on phrasings of our own: streets and dates that name
/// places, the grievance an attack answers, launch points told by the weapon, running tolls after a colon, one person
/// dying of the wounds, the other casualty kind told later, and claims of "the attacks" in a review of several stories.
@Suite("Street names, grievances, running tolls, claims of several attacks")
struct StreetsGrievancesAndRunningTollsTests {
    // MARK: Streets named after a country

    @Test func aStreetNamedAfterACountryDoesNotMoveAnAmbiguousTown() {
        // Two mentions of "Syria Street" against one Lebanese town and "Lebanon": the street names are no vote for Syria,
        // so "Tripoli" is Lebanon's (not Libya's, the larger town of that name).
        let text = """
        A bomb exploded in a cafe in Tripoli on Saturday evening, killing four people. The army closed Syria Street.

        Residents were asked to avoid Syria Street. Hospitals in Zgharta received some of the wounded, and Lebanon declared a day of mourning.
        """
        let main = ExtractionFixture.main(text, published: "2015-01-10")
        #expect(main.first?.place == "Tripoli")
        #expect(main.first?.country == "Lebanon")
    }

    @Test(arguments: ["Baghdad Street", "Baghdad St. in central Damascus", "Baghdad Avenue"])
    func aStreetIsNotItsNamesake(street: String) {
        let i = ExtractionFixture.one("A car bomb exploded on \(street) on Sunday, killing three people.", published: "2024-02-14")
        #expect(i?.place != "Baghdad")
    }

    // MARK: The grievance an attack answers

    @Test(arguments: [
        "The Nusra Front claimed the double bombing in Tripoli on Saturday, saying it was in revenge for the Sunnis of Syria.",
        "A gunman opened fire at a checkpoint in Tripoli on Saturday, saying he acted to avenge the people of Syria.",
    ])
    func aGrievanceNamesNoPlaceOfTheAttack(sentence: String) {
        let i = ExtractionFixture.one(sentence, published: "2015-01-12")
        #expect(i?.country != "Syria")
    }

    @Test func aRetaliationForAnAttackKeepsThatAttacksPlace() {
        let incidents = ExtractionFixture.extract("US forces struck targets in Syria on Friday in retaliation for a drone attack on troops in Jordan last Sunday.", published: "2024-02-03")
        #expect(incidents.contains { $0.country == "Jordan" })
    }

    // MARK: Launch points told by the weapon

    @Test(arguments: [
        "One rocket from southern Gaza fell in an open area near Sderot on Saturday, causing no injuries.",
        "Two mortar shells from Syria landed near Reyhanli on Saturday.",
    ])
    func whereAWeaponCameFromIsNotWhereItLanded(sentence: String) {
        let i = ExtractionFixture.one(sentence, published: "2024-07-13")
        #expect(i?.place != "Gaza" && i?.place != "Syria")
    }

    @Test func theCommunitiesAcrossABorderAreNotThatPlace() {
        let i = ExtractionFixture.one("A rocket fired on Saturday struck the Gaza envelope communities, causing no injuries.", published: "2024-07-13")
        #expect(i?.place != "Gaza")
    }

    // MARK: Running tolls

    @Test(arguments: [
        "A suicide bomber blew himself up in a cafe in Tripoli on Saturday, killing four people. The final toll according to the Red Cross: 8 martyrs and 36 wounded.",
        "A suicide bomber blew himself up in a cafe in Tripoli on Saturday, killing four people. Updated death toll: 8 dead and 36 wounded, hospital sources said.",
    ])
    func aTollAfterAColonIsARunningTotal(text: String) {
        let i = ExtractionFixture.main(text, published: "2015-01-10").first
        #expect(i?.killed == 8)
        #expect(i?.wounded == 36)
    }

    @Test func aTollThatIsLowerDoesNotReplaceTheFigure() {
        let i = ExtractionFixture.main("A suicide bomber blew himself up in a cafe in Tripoli on Saturday, killing nine people. Initial toll: 4 dead.", published: "2015-01-10").first
        #expect(i?.killed == 9)
    }

    // MARK: One person dying of the wounds

    @Test(arguments: [
        "A car bomb hit the prosecutor's motorcade in Cairo on Monday. The prosecutor, who passed away in the afternoon of the injuries he sustained, was 65.",
        "A car bomb hit the prosecutor's motorcade in Cairo on Monday; he later died of his wounds in hospital.",
        "The judge succumbed to her injuries after a car bomb hit her convoy in Cairo on Monday.",
    ])
    func oneDyingOfHisWoundsIsOneKilled(text: String) {
        let i = ExtractionFixture.main(text, published: "2015-06-30").first
        #expect(i?.killed == 1)
    }

    @Test func theirWoundsAreCountedWhereTheyAreTold() {
        let i = ExtractionFixture.main("A car bomb hit a police convoy in Cairo on Monday. Three policemen later died of their wounds.", published: "2015-06-30").first
        #expect(i?.killed == 3)
    }

    // MARK: The other kind of casualty told later

    @Test func theWoundedToldAfterARevisedDeathTollAreTheEventsWounded() {
        let text = "A suicide car bomb struck an army checkpoint near Arish on Friday afternoon. The army said 28 soldiers had been killed. Twenty-six soldiers were wounded, some of them flown to Cairo."
        let i = ExtractionFixture.main(text, published: "2014-10-25").first
        #expect(i?.killed == 28)
        #expect(i?.wounded == 26)
    }

    @Test(arguments: ["No one else was hurt.", "Nobody else was injured."])
    func noOneElseHurtMeansNoWoundedButKeepsTheDead(tail: String) {
        let i = ExtractionFixture.main("Gunmen opened fire on a checkpoint in Arish on Friday evening, killing an officer and two soldiers. \(tail)", published: "2014-10-25").first
        #expect(i?.killed == 3)
        #expect(i?.wounded == 0)
    }

    // MARK: Dates that name places and events

    @Test(arguments: [
        "Police killed nine men in a raid on an apartment in the 6th of October district on Wednesday.",
        "The bomb exploded near the 14 July Bridge on Wednesday, killing two.",
    ])
    func aDateNamingAPlaceDatesNothing(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2015, month: 7, day: 2))
        #expect(times.map(\.text) == ["on Wednesday"])
    }

    @Test func aMonthNamingProtestsStillDatesThem() {
        let times = TimeExpressions.find(in: "Protesters gathered to mark the anniversary of the November 2019 protests.", published: Day(year: 2022, month: 11, day: 17))
        #expect(times.contains { $0.date == Day(year: 2019, month: 11, day: 1) })
    }

    // MARK: News spellings of Egypt's towns and provinces

    @Test(arguments: [
        ("Militants stormed army checkpoints around Sheikh Zuweid on Tuesday, killing 17 soldiers.", "Sheikh Zuweid"),
        ("A roadside bomb hit an army vehicle in North Sinai on Tuesday, killing two soldiers.", "North Sinai"),
        ("Gunmen attacked a police post in Sharqia province on Tuesday, killing two policemen.", "Sharqia"),
    ])
    func egyptsPlacesGoByTheirNewsSpelling(sentence: String, place: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.place == place)
        #expect(i?.country == "Egypt")
    }

    // MARK: Spans of continuing hostilities

    @Test(arguments: [
        "Between 13 and 15 July, hostilities continued across the Gaza Strip, with air strikes and shelling reported in Khan Younis and Rafah.",
        "Fighting continued in Shejaiya, with airstrikes reported in Rafah.",
    ])
    func continuingHostilitiesAreNoEvent(sentence: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-07-16").isEmpty)
    }

    // MARK: A claim of "the attacks" in a review of several stories

    @Test func aClaimOfTheAttacksCoversTheEventsJustBeforeIt() {
        let text = """
        A car bomb killed the prosecutor in Cairo on Monday. Nine other people were wounded.

        Police said the investigation had begun. The funeral was held on Tuesday. Markets fell.

        Then on Wednesday, militants stormed army checkpoints around Sheikh Zuweid in North Sinai, killing 17 soldiers. Sinai Province claimed the attacks in an online statement.
        """
        let main = ExtractionFixture.main(text, published: "2015-07-02")
        #expect(main.first { $0.place == "Sheikh Zuweid" }?.perpetrator == "Wilayat Sinai")
        #expect(main.first { $0.country == "Egypt" && $0.place != "Sheikh Zuweid" }?.perpetrator == "unknown")
    }

    // MARK: A live page's second wave

    static let liveWaves = """
    04:55
    Reports of an explosion in the village of Kfar Dabe in the Bekaa.

    05:10
    A suicide bomber blew himself up outside a house in Kfar Dabe at about 4:30 am, killing three people.

    11:00
    The army says the attackers came across the border at night.

    22:40
    Three more suicide bombers blew themselves up in Kfar Dabe within an hour, wounding nine people.
    """

    @Test func aFurtherAttackHoursLaterOnALivePageIsAnotherWave() {
        let main = ExtractionFixture.main(Self.liveWaves, published: "2016-06-27")
        #expect(main.count == 2)
        #expect(main.allSatisfy { $0.place == "Kfar Dabe" })
        #expect(Set(main.compactMap(\.killed)) == [3])
    }

    @Test func aCountOfFurtherAttackersIsNoVaguePlural() {
        let i = ExtractionFixture.one("Three more suicide bombers blew themselves up in Kirkuk on Tuesday, wounding nine people.")
        #expect(i?.place == "Kirkuk")
        #expect(i?.wounded == 9)
    }

    @Test func moreAttacksInGeneralStayVague() {
        #expect(ExtractionFixture.extract("Officials fear more attacks in Kirkuk.", published: "2024-02-14").isEmpty)
    }

    // MARK: Aircraft shot down

    @Test(arguments: [
        ("Revolutionary Guards shot down a Ukrainian passenger jet near Tehran on Monday, killing all 176 people on board.", 176),
        ("Militants shot down an army helicopter near Sheikh Zuweid on Monday, killing two pilots.", 2),
        ("The airliner, which crashed shortly after take-off on Monday, was brought down by a missile near Tehran, killing all 176 people on board.", 176),
    ])
    func anAircraftShotDownIsAMissileAttack(sentence: String, killed: Int) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .missileAttack)
        #expect(i?.killed == killed)
    }

    @Test(arguments: [
        "Air defences shot down two drones over Erbil on Monday.",
        "Air defences shot down a drone and two missiles near Erbil on Monday.",
    ])
    func weaponsShotDownAreStillAnInterception(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .other)
    }

    @Test(arguments: [
        "Within minutes the airliner was struck by a surface-to-air missile fired by a unit of the Revolutionary Guards near Tehran on Monday.",
        "Rockets fired by a cell of the Islamic State hit Kirkuk on Monday.",
    ])
    func aUnitOfAGroupIsThatGroup(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.perpetrator != "unknown")
        #expect(i?.perpetrator != nil)
    }

    // MARK: A class of events over a span

    @Test(arguments: [
        "The area of the shrine, south of Damascus, has been struck by several bombings in the past years, which killed hundreds.",
        "Villages near Kirkuk have been hit by numerous roadside bombs in the last few months.",
    ])
    func aClassOfEventsOverPastYearsIsNoEvent(sentence: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2017-03-13").isEmpty)
    }

    @Test func twoCountedBombingsInThePastWeeksAreStillTold() {
        #expect(!ExtractionFixture.extract("Two bombings in the past weeks killed 12 people in Kirkuk.", published: "2017-03-13").isEmpty)
    }

    // MARK: Running totals of each kind

    @Test func theNumberOfMartyrsAndOfWoundedAreBothTotals() {
        let text = "Two explosive devices went off near a cemetery in Damascus on Saturday. According to the ministry, the number of martyrs reached 74 and the number of wounded reached 120."
        let i = ExtractionFixture.main(text, published: "2017-03-13").first
        #expect(i?.killed == 74)
        #expect(i?.wounded == 120)
    }

    // MARK: A claimant's reason

    @Test func aClaimantsReasonNamesNoPlaceOfTheAttack() {
        let text = """
        Two bombs exploded near a cemetery in Damascus on Saturday, killing 40 pilgrims.

        Hay'at Tahrir al-Sham claimed responsibility for the double bombing in a statement, saying it was directed at Iran and its militias.
        """
        let main = ExtractionFixture.main(text, published: "2017-03-13")
        #expect(main.count == 1)
        #expect(main.first?.place == "Damascus")
        #expect(main.first?.perpetrator == "Hayat Tahrir al-Sham (HTS)")
    }

    // MARK: An assault fought out

    @Test func anAssaultRepelledAfterFightingIsAClash() {
        let text = "At dawn today, Daesh gangs attacked army positions near Abu Ghraib using suicide bombers, car bombs and mortars. Our forces repelled the attack after fierce fighting that lasted several hours, and 17 soldiers were killed."
        let i = ExtractionFixture.main(text, published: "2016-02-28").first
        #expect(i?.eventType == .armedClash)
        #expect(i?.perpetrator == "Islamic State")
    }

    @Test func aBombingWithoutFightingStaysABombing() {
        let text = "At dawn today, a suicide bomber attacked an army checkpoint near Abu Ghraib, killing five soldiers. The army closed the road for several hours."
        #expect(ExtractionFixture.main(text, published: "2016-02-28").first?.eventType == .iedAttack)
    }

    @Test func cellsWithoutAGroupNameNoGroup() {
        #expect(ExtractionFixture.one("Terrorist cells attacked army positions in Abu Ghraib on Sunday.")?.perpetrator == "unknown")
    }

    // MARK: Without a publication day

    @Test func anUndatedPagesRecalledEventsAreBackgroundToItsLead() {
        let text = """
        A gunman killed nine people in an attack on a church in Helwan, south of Cairo, on Friday, December 29, 2017.

        The attack was the latest in a series. On December 11, 2016, a suicide bomber killed 29 people in a church in Cairo.
        """
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "x.txt", text: text))
        let incidents = article.map { IncidentExtractor(knowledge: ExtractionFixture.kb).extract(from: $0).incidents } ?? []
        #expect(incidents.first { $0.date == Day(year: 2017, month: 12, day: 29) }?.role == .main)
        #expect(incidents.first { $0.date == Day(year: 2016, month: 12, day: 11) }?.role == .background)
    }
}
