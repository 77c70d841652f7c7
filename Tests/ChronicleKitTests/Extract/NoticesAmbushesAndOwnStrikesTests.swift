import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twentieth session, each tested on phrasings of our own: the date of an editor's notice,
/// weekdays that are feast names, ambushes of unarmed people, states telling of their own strikes, news spellings of
/// wider-region towns.
@Suite("Editor's notices, feast days, ambushes, a state's own strike")
struct NoticesAmbushesAndOwnStrikesTests {
    // MARK: Editor's notices

    @Test(arguments: [
        "Correction, May 28, 2017: An earlier version of this article said the attack took place in Beni Suef.",
        "Clarification (March 3, 2021): An earlier version of this story gave the wrong name of the village where the attack happened.",
        "Editor's note, 12 June 2019: this report has been updated to say the bombing was claimed by ISIS.",
        "UPDATE, 4 February 2024: the army said the raid had killed two gunmen.",
    ])
    func aNoticeDateDatesNoEvent(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2024, month: 2, day: 14))
        #expect(times.isEmpty, "got \(times.map(\.text))")
    }

    @Test(arguments: [
        "The correction came after the bombing on May 28, 2017 in Tanta.",
        "On May 28, 2017 a bomb exploded in Tanta, an update from the ministry said.",
    ])
    func aDateInTheBodyOfASentenceStillCounts(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2017, month: 6, day: 1))
        #expect(times.contains { $0.date == Day(year: 2017, month: 5, day: 28) }, "got \(times.map(\.text))")
    }

    // MARK: Feast days

    @Test(arguments: [
        "Then came the Palm Sunday bombings in Tanta and Alexandria.",
        "The church was attacked on Easter Sunday as worshippers gathered.",
        "Militants struck a church in Minya on Good Friday.",
    ])
    func aFeastNamedAfterAWeekdayIsNotThatWeekday(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2017, month: 5, day: 28))
        #expect(!times.contains { $0.precision == .day }, "got \(times.map(\.text))")
    }

    @Test(arguments: [
        ("Bloody Wednesday: a bus bombing in Damascus", 24),
        ("On Palm Sunday, April 9, suicide bombers struck a church in Tanta.", 9),
    ])
    func otherWeekdaysStillDate(sentence: String, day: Int) {
        let pub = Day(year: 2017, month: 5, day: 24)
        let times = TimeExpressions.find(in: sentence, published: pub)
        let want = day == 24 ? pub : Day(year: 2017, month: 4, day: 9)
        #expect(times.contains { $0.date == want }, "got \(times.map(\.text))")
    }

    // MARK: Ambushes

    @Test(arguments: [
        "The pilgrims were ambushed on the desert road near Minya on Sunday.",
        "Gunmen ambushed a minibus carrying farm workers near Kirkuk on Sunday, killing four.",
        "A bus carrying Shia pilgrims was ambushed in Diyala on Sunday.",
        "Militants ambushed shepherds grazing their flocks near Tuz Khurmatu on Sunday.",
    ])
    func anAmbushOfUnarmedPeopleIsAnAttackOnThem(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .other)
    }

    @Test(arguments: [
        "Militants ambushed an army convoy near Kirkuk on Sunday, killing four soldiers.",
        "ISIS fighters ambushed a PMF patrol in Diyala on Sunday.",
        "Soldiers were ambushed near Tuz Khurmatu on Sunday.",
    ])
    func anAmbushOfArmedMenIsAClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .armedClash)
    }

    // MARK: A state's own strike

    @Test(arguments: [
        "Egypt's armed forces said they had struck training camps in Libya on Sunday evening.",
        "The Turkish Defence Ministry said it struck PKK hideouts in northern Iraq on Sunday.",
        "The Jordanian army said it had bombed drug smugglers' hideouts near Suwayda on Sunday.",
    ])
    func aStateTellingOfItsOwnStrikeStruckFromTheAir(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .airstrike, "got \(String(describing: i?.eventType))")
        #expect(i?.perpetrator != "unknown")
    }

    @Test(arguments: [
        "Residents said they had struck a deal with the militia on Sunday.",
        "Egypt's armed forces said their ground troops struck a militant hideout in Sinai on Sunday.",
    ])
    func notEveryStruckIsAnAirStrike(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType != .airstrike)
    }

    // MARK: Wider-region towns

    @Test(arguments: [
        ("Egyptian warplanes hit targets around Derna in eastern Libya on Sunday.", "Derna"),
        ("Clashes broke out in Misrata on Sunday, killing three fighters.", "Misrata"),
    ])
    func wideRegionTownsGoByTheirNewsSpelling(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aCairoDistrictIsNotAnIsraeliTown() {
        let i = ExtractionFixture.one("A suicide bomber blew himself up beside a church in Abbasiya, Cairo, on Sunday, killing 29 worshippers.")
        #expect(i?.place != "Yehud")
        #expect(i?.country == "Egypt")
    }

    // MARK: Missiles fired by someone, from somewhere

    @Test(arguments: [
        ("A missile fired by the Iran-backed Houthi militia hit a house in Jizan on Sunday, killing one resident.", "Houthis"),
        ("A missile fired by the Houthis from Yemen hit a house in Jizan on Sunday, killing one resident.", "Houthis"),
        ("Rockets launched by the so-called Islamic State hit Kirkuk on Sunday.", "Islamic State"),
    ])
    func anAgentAfterByWithItsArticleOrEpithetFiredIt(sentence: String, perpetrator: String) {
        #expect(ExtractionFixture.one(sentence)?.perpetrator == perpetrator)
    }

    @Test(arguments: [
        "Air defences intercepted missiles fired by the Houthis from Yemen towards Jizan on Sunday, and debris killed one man in Jizan.",
        "Drones launched by militias from Syria struck the Tanf garrison on Sunday.",
    ])
    func whereTheAgentFiredFromIsNotWhereItHit(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i != nil)
        #expect(i?.place != "Yemen" && i?.place != "Syria", "got \(String(describing: i?.place))")
    }

    @Test(arguments: [
        "The Israeli army said the rocket was fired by Hezbollah from southern Lebanon and hit Majdal Shams on Sunday, killing 12.",
        "The Iraqi army said the rockets were launched by Kataib Hezbollah and hit the Green Zone on Sunday, wounding two guards.",
    ])
    func anotherPartysWordForWhoFiredIsBlame(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.perpetrator == "unknown")
        #expect(i?.suspected != nil)
    }

    @Test(arguments: [
        "An Egyptian resident was killed and two others were injured when fragments of an intercepted ballistic missile fell on a house in Riyadh late on Sunday.",
        "One man was killed when debris from an intercepted missile fell on a house in Riyadh late on Sunday.",
    ])
    func theDebrisOfAnInterceptedMissileLanded(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .missileAttack)
        #expect(i?.killed == 1)
    }

    @Test(arguments: [
        "Since the beginning of the operations in 2015, the air defences have intercepted more than 100 ballistic missiles fired from Yemen.",
        "Since October the militias have fired more than 150 rockets and drones at US bases in Iraq and Syria.",
    ])
    func manyWeaponsCountedOverASpanAreATally(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2024-02-14")
        #expect(found.isEmpty, "got \(found.map { "\($0.eventType) \($0.place ?? "-")" })")
    }

    @Test func aFewCountedOnOneDayAreStillAnAttack() {
        #expect(ExtractionFixture.one("On Sunday militants fired more than 20 rockets at Kiryat Shmona, wounding two.")?.wounded == 2)
    }

    // MARK: Statements

    @Test(arguments: [
        "Kuwait on Monday strongly condemned the firing of ballistic missiles by the Houthis at Riyadh late on Sunday, an attack that killed a man.",
        "Jordan on Monday sharply condemned the missile attack on Riyadh late on Sunday that killed a man.",
    ])
    func theDayOfACondemnationIsNotTheAttacks(sentence: String) {
        let i = ExtractionFixture.one(sentence, published: "2024-02-12")
        #expect(i?.date == Day(year: 2024, month: 2, day: 11), "got \(String(describing: i?.date))")
    }

    @Test(arguments: ["Coalition to Restore Legitimacy in Yemen", "Arab coalition", "Saudi-led Arab coalition"])
    func theSaudiLedCoalitionByItsOwnNames(name: String) {
        let i = ExtractionFixture.one("\(name) warplanes struck a bus in Dahyan on Sunday, killing 40 children, the spokesman said.")
        #expect(i?.perpetrator == "Saudi Arabia")
        #expect(i?.place == "Dahyan")
    }

    // MARK: Factbox headings

    @Test func aBracketedDateHeadingDatesTheBulletsUnderIt() {
        let text = """
        New Delhi, Jan 16 (PTI) Security forces ended a siege at a hotel complex in Nairobi on Wednesday. Following are details of earlier attacks:

        WESTGATE SHOPPING MALL (September 21, 2013)

        - Al-Shabaab gunmen stormed the Westgate mall in Nairobi with grenades and automatic weapons.

        - 67 people were killed.

        OTHER ATTACKS

        - Gunmen stormed a bus in Mandera, killing 28 passengers.
        """
        let found = ExtractionFixture.extract(text, published: "2019-01-16")
        #expect(found.contains { $0.date == Day(year: 2013, month: 9, day: 21) && $0.place == "Nairobi" }, "got \(found.map { "\($0.date.map(String.init(describing:)) ?? "-") \($0.place ?? "-")" })")
        // The section ends at the next heading: the Mandera bus is not dated by Westgate's day.
        #expect(!found.contains { $0.place == "Mandera" && $0.date == Day(year: 2013, month: 9, day: 21) })
    }

    // MARK: Installations of elsewhere

    @Test(arguments: [
        ("A truck bomb hit the US embassy in Nairobi on Sunday, killing 200.", "Nairobi"),
        ("A car bomb exploded outside the US embassy in Beirut on Sunday, wounding two guards.", "Beirut"),
    ])
    func aListedInstallationNamedInAnotherCountryIsThatCountrys(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aListedInstallationInItsOwnTownStays() {
        #expect(ExtractionFixture.one("A rocket hit the US embassy in Baghdad on Sunday.")?.place == "US Embassy in Baghdad")
    }

    @Test(arguments: [("Gunmen attacked Garissa University College in Garissa on Sunday, killing 148.", "Garissa"),
                      ("A bomb exploded in Mombasa on Sunday, killing three.", "Mombasa")])
    func kenyanTownsAreKnown(sentence: String, place: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.place == place)
        #expect(i?.country == "Kenya")
    }

    // MARK: Crews unharmed

    @Test(arguments: [
        "A tanker was struck by a drone off the coast of Oman on Sunday, causing minor damage but no injuries to the crew.",
        "A drone hit a tanker off Oman on Sunday. All 26 crew are safe.",
        "A drone hit a tanker off Oman on Sunday. The crew were unharmed.",
        "A drone hit a tanker off Oman on Sunday and all 21 crew members were accounted for.",
    ])
    func aCrewUnharmedMeansNobodyKilledOrHurt(text: String) {
        let i = ExtractionFixture.one(text)
        #expect(i?.killed == 0)
        #expect(i?.wounded == 0)
    }

    @Test func otherCrewSafeAfterDeathsKeepsTheDeaths() {
        let i = ExtractionFixture.one("A drone hit a tanker off Oman on Sunday, killing two sailors; all other crew are safe.")
        #expect(i?.killed == 2)
    }
}
