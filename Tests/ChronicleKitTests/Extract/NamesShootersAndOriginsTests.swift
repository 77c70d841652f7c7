import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the sixteenth session, each tested on phrasings of our own: long and compound place names, town
/// names that are common nouns, where attackers came from, lone shooters and blade attacks, demonstratives that point
/// back, and weapons that are only carried.
@Suite("Place names, origins, lone shooters, demonstratives and carried weapons")
struct NamesShootersAndOriginsTests {
    // MARK: Places

    @Test(arguments: [
        ("A car bomb exploded in the town of Tell Abu Saleh on Monday, killing six people.", "Tell Abu Saleh"),
        ("Two mortar rounds hit the village of Umm al-Tuyour Sharqi on Monday, wounding a child.", "Umm al-Tuyour Sharqi"),
        ("A roadside bomb struck a patrol near the village of Ain Arab on Monday, killing two soldiers.", "Ain Arab"),
    ])
    func aNameAfterAPlaceNounRunsToThreeWords(sentence: String, place: String) {
        // The countries in the lead make the sentence's place an unlisted site of a known country.
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.place == place)
    }

    @Test(arguments: [
        ("Gunmen opened fire on worshippers at a mosque in the village of Imam Wais on Friday, killing 30 people.", "Imam Wais"),
        ("A bomb went off in a market in the village of Sheikh Wais on Friday, killing four people.", "Sheikh Wais"),
    ])
    func aListedTownAtTheEndOfALongerNameIsNotThatTown(sentence: String, place: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.place == place)
        #expect(inc?.country != "Iran", "Veys in Khuzestan is also spelt Wais")
    }

    @Test func aTownNameAfterTheIsACommonNounWhenItsCountryIsNamedNowhereElse() {
        let text = """
        Two suicide bombers blew themselves up on a busy road in Beirut's southern suburbs on Thursday evening, close to the Husseiniya and a bakery, killing 40 people, Lebanese officials said.
        """
        let inc = ExtractionFixture.one(text, published: "2015-11-12")
        #expect(inc?.country == "Lebanon")
        #expect(inc?.place != "Husayniyah")
    }

    @Test func aTownAfterTheStaysWhenTheReportIsAboutItsCountry() {
        let text = "The Karrada bombing killed dozens of people in Baghdad on Sunday, Iraqi officials said."
        let inc = ExtractionFixture.one(text, published: "2016-07-04")
        #expect(inc?.place == "Karrada")
    }

    @Test(arguments: [
        "On Sunday, two gunmen killed two police officers in Hadera; both gunmen, Arab Israelis from Umm al-Fahm, were shot dead by officers.",
        "On Sunday, a man from the northern town of Umm al-Fahm opened fire at a bus stop in Hadera, killing two people.",
        "On Sunday, a 21-year-old from the village of Umm al-Fahm set off a bomb at a bus stop in Hadera, killing two people.",
    ])
    func whereAttackersComeFromIsNotWhereTheyStruck(sentence: String) {
        let inc = ExtractionFixture.one(sentence, published: "2022-03-29")
        #expect(inc?.place == "Hadera")
    }

    @Test(arguments: [
        ("Twin suicide bombings hit Bourj al-Barajneh on Thursday, killing 43 people.", "Burj al-Barajneh", "Lebanon"),
        ("A truck bomb killed more than 100 people in Khan Bani Sa'ad on Friday.", "Khan Bani Saad", "Iraq"),
    ])
    func suburbsAndTownsNewsNamesAreInTheGazetteer(sentence: String, place: String, country: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.place == place)
        #expect(inc?.country == country)
    }

    // MARK: Shooters and blades

    @Test(arguments: [
        "A Palestinian gunman opened fire on passers-by in Bnei Brak on Tuesday, killing five people.",
        "A 27-year-old gunman opened fire on shoppers in Beersheba on Tuesday, killing four people.",
        "The lone shooter opened fire on worshippers in Shiraz on Tuesday, killing 13 people.",
    ])
    func aLoneShooterAgainstPeopleIsAnAttackNotAClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .other)
    }

    @Test func policeFiringBackDoesNotMakeALoneShootingAClash() {
        let text = """
        A Palestinian gunman opened fire on passers-by in Bnei Brak on Tuesday evening, killing five people, police said.

        A police officer was shot in an exchange of fire with the attacker before his partner killed the gunman.
        """
        let news = ExtractionFixture.main(text, published: "2022-03-29")
        #expect(news.count == 1)
        #expect(news.first?.eventType == .other)
    }

    @Test(arguments: [
        ("Two attackers armed with an axe and a knife killed three men in Elad on Thursday night.", EventType.other),
        ("Assailants wielding knives killed two guards in Elad on Thursday night.", EventType.other),
        ("Gunmen armed with assault rifles killed three soldiers in Elad on Thursday night.", EventType.armedClash),
    ])
    func armedMenKillingPeopleAreAClashUnlessTheyUseBlades(sentence: String, type: EventType) {
        let inc = ExtractionFixture.one(sentence, published: "2022-05-06")
        #expect(inc?.place == "Elad")
        #expect(inc?.date == Day(year: 2022, month: 5, day: 5))
        #expect(inc?.eventType == type)
    }

    @Test(arguments: [
        "The wave began with the March 29 shooting in Bnei Brak, in which a gunman killed five people.",
        "The wave began with the March 29 stabbing in Bnei Brak, in which an attacker killed five people.",
        "The wave began with the March 29 ramming in Bnei Brak, which killed five people.",
    ])
    func shootingsStabbingsAndRammingsAreAttacks(sentence: String) {
        let inc = ExtractionFixture.one(sentence, published: "2022-05-06")
        #expect(inc?.place == "Bnei Brak")
        #expect(inc?.date == Day(year: 2022, month: 3, day: 29))
        #expect(inc?.eventType == .other)
    }

    @Test func shootingDownDronesIsAnInterception() {
        let inc = ExtractionFixture.one("Air defences were shooting down drones over Erbil on Monday.")
        #expect(inc?.eventType == .other)
    }

    @Test(arguments: ["A second shooting", "Another attack", "A third shooting"])
    func aFurtherEventIsNotTheOneBeforeItAcrossMidnight(further: String) {
        let text = """
        Seven killed in synagogue shooting in Jerusalem

        \(further) in Silwan on Saturday morning wounded a father and his son.

        Seven people were killed when a gunman opened fire outside a synagogue in Jerusalem on Friday night, police said.
        """
        let found = ExtractionFixture.extract(text, published: "2023-01-28")
        let friday = found.first { $0.date == Day(year: 2023, month: 1, day: 27) }
        #expect(friday?.killed == 7)
        #expect(found.contains { $0.date == Day(year: 2023, month: 1, day: 28) && $0.killed == nil })
    }

    // MARK: Claims and references

    @Test func aDemonstrativePointsBackToTheEventToldJustBefore() {
        let text = """
        Two suicide bombers blew themselves up on a road in Haret Hreik on Thursday evening, killing 43 people. ISIS has claimed responsibility for the attack.

        The suburbs were hit by car bombings in 2013 and 2014. The last of those attacks, on January 21, 2014, killed four people when a suicide bomber detonated a car in Haret Hreik. That bombing was claimed by the Nusra Front.
        """
        let found = ExtractionFixture.extract(text, published: "2015-11-12")
        #expect(found.first { $0.date?.year == 2015 }?.perpetrator == "Islamic State")
        #expect(found.first { $0.date?.year == 2014 }?.perpetrator == "Nusra Front")
    }

    @Test(arguments: [
        "On Sunday, gunmen killed two police officers in Hadera, in an attack claimed by the Islamic State group.",
        "On Sunday, a suicide bomber killed two police officers in Hadera, in a bombing later claimed by the Islamic State group.",
    ])
    func anAttackClaimedByAGroupNamesThePerpetrator(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2022-03-29")?.perpetrator == "Islamic State")
    }

    @Test(arguments: [
        "Security forces said on Saturday they had arrested four men in Baladruz suspected of helping to bring car bombs into the province.",
        "Police said on Saturday they had detained a cell in Baquba that was smuggling explosive devices into the city.",
        "Officials said on Saturday that the group had been stockpiling rockets in Jurf al-Sakhr.",
    ])
    func carriedWeaponsAreNoAttack(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2015-07-18") == nil)
    }
}
