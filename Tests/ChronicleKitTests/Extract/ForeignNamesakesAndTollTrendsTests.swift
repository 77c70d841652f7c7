import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-third session, each tested on phrasings of our own: villages that share a spelling with
/// a town of another country, and running tolls that are no trend.
@Suite("Foreign namesakes, toll updates")
struct ForeignNamesakesAndTollTrendsTests {
    // MARK: A village named like a town of another country

    @Test(arguments: [
        "Coalition jets struck a market in Mastaba district, Hajjah governorate, on Tuesday, killing 40 people.",
        "Warplanes bombed a market in Mastaba village in Hajjah province on Tuesday, killing 40 people.",
        "An airstrike on Tuesday hit a crowded market in Mastaba, Hajjah governorate, killing 40 people.",
    ])
    func aTownBeforeAProvinceOfAnotherCountryIsThatProvincesPlace(sentence: String) {
        let i = ExtractionFixture.one(sentence, published: "2016-03-16")
        #expect(i?.country == "Yemen")
        #expect(i?.admin1 == "Hajjah")
    }

    @Test func aVillageNamedLikeAForeignTownIsTheReportsVillage() {
        let text = """
        Yemen market strike

        Saudi-led warplanes struck a crowded market in the northwestern province of Hajjah in Yemen on Tuesday, killing at least 40 people.

        The strikes hit the weekly market in the village of Mastaba at midday, residents said.
        """
        let incidents = ExtractionFixture.main(text, published: "2016-03-16")
        #expect(incidents.count == 1)
        #expect(incidents.first?.country == "Yemen")
    }

    @Test func aForeignTownStaysWhenTheReportNamesItsCountry() {
        // Another place of the town's country (Irbid) keeps the namesake: it is the report's town.
        let i = ExtractionFixture.one("Gunmen attacked a police post in the town of Taiyiba, near Irbid, on Monday, wounding two officers.", published: "2024-02-14")
        #expect(i?.country == "Jordan")
    }

    @Test func aRetellingNamesTheVillageInsideTheProvince() {
        let text = """
        Market strike

        Warplanes struck a crowded market in the northern province of Saada on Monday, killing 12 people.

        The airstrikes hit the weekly market in the village of Qahza at noon, witnesses said.
        """
        let i = ExtractionFixture.main(text, published: "2019-03-26").first
        #expect(i?.place == "Qahza")
        #expect(i?.admin1 == "Saada")
    }

    // MARK: A weekday set before its date

    @Test(arguments: [
        ("Seven people were killed when an airstrike hit a petrol station in Saada on the morning of Tuesday 26 March 2019.", "2019-03-26"),
        ("Gunmen attacked a checkpoint in Arish on Tuesday 13 February, killing two soldiers.", "2024-02-13"),
        ("A roadside bomb killed three soldiers near Kirkuk on Sunday, February 11.", "2024-02-11"),
    ])
    func aWeekdayBeforeItsDateIsThatDate(sentence: String, day: String) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14")?.date?.iso == day)
    }

    // MARK: Campaigns and tallies of fire

    @Test(arguments: [
        "Islamic Jihad began firing rockets on Wednesday afternoon.",
        "Militants resumed launching rockets at Israeli towns on Monday after a two-day lull.",
        "Since Wednesday afternoon more than 620 rockets have been fired at Israel, according to the army.",
        "Over 150 drones had been launched at the city since the start of the month, officials said.",
    ])
    func aCampaignOrATallyOfFireIsNoIncident(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14") == nil)
    }

    @Test func fireThatBeganAndWoundedIsAnAttack() {
        let i = ExtractionFixture.one("Hamas started firing rockets at Sderot on Monday, wounding two people.", published: "2024-02-14")
        #expect(i?.wounded == 2)
    }

    // MARK: Live pages whose entries open with their time

    @Test func anEntryOpeningWithItsClockTimeIsOfThePagesDay() {
        let text = """
        Live updates: rockets on the south

        18:40 Police: the roads to the coast are open again.
        17:15 A rocket hit a house in Ashkelon; two people were lightly hurt.
        16:02 Sirens in Ashkelon and Sderot.
        15:30 Schools in the south will stay closed on Thursday.
        """
        let i = ExtractionFixture.main(text, published: "2024-02-14").first
        #expect(i?.date?.iso == "2024-02-14")
        #expect(i?.dateText == "17:15")
        #expect(i?.place == "Ashkelon")
    }

    @Test func twoTimedLinesAreNoLivePage() {
        let text = """
        Rocket report

        17:15 A rocket hit a house in Ashkelon; two people were lightly hurt.
        18:40 Police said the roads to the coast were open again.
        """
        // Too few stamped entries to read the page as a live one: the time is no entry stamp that dates the event.
        let i = ExtractionFixture.main(text, published: "2024-02-14").first
        #expect(i != nil)
        #expect(i?.dateText == nil)
    }

    // MARK: Communities described after their name, digest headlines, spans' tolls, ages

    @Test(arguments: [
        ("A missile fired from Lebanon struck a home in Kfar Yuval, a moshav near Metula, on Sunday, wounding one woman.", "Kfar Yuval"),
        ("Two people were wounded when a rocket hit a house in Netiv Haasara, a small community north of Gaza, on Monday.", "Netiv Haasara"),
        ("A shell hit a school in Umm Batin, a Bedouin village outside Beersheba, on Monday, wounding three children.", "Umm Batin"),
    ])
    func aCommunityDescribedByTheTownItLiesByIsThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14")?.place == place)
    }

    @Test func aDigestHeadlineWithTwoStoriesTypesEachOnItsOwn() {
        let text = """
        Morning briefing: woman killed in Holon ramming spree; two killed by missile in Metula

        A woman was killed and five people were wounded yesterday afternoon when an attacker went on a car-ramming spree in the centre of Holon.

        Two people were killed on Sunday when an anti-tank missile fired from Lebanon struck their home in Metula.
        """
        let incidents = ExtractionFixture.main(text, published: "2024-02-14")
        #expect(incidents.first { $0.place == "Holon" }?.eventType == .other)
        #expect(incidents.first { $0.place == "Metula" }?.eventType == .missileAttack)
    }

    @Test(arguments: [
        ("Woman killed in Holon ramming spree; two killed by missile in Metula", 2),
        ("Bomb blast in Mosul; drone strike near Kirkuk; rockets hit Erbil airport", 3),
        ("Rocket hits house in Sderot; no one hurt", 1),
        ("Minister resigns; talks to resume on Monday", 1),
    ])
    func aHeadlineSplitsAtASemicolonOnlyBetweenEvents(headline: String, parts: Int) {
        #expect(IncidentExtractor.headlineParts(Array(headline.utf16)).count == parts)
    }

    @Test(arguments: [
        "Since October, rocket and missile fire from Lebanon has killed 15 Israelis, nine of them soldiers.",
        "Since the ceasefire collapsed on Monday, Israeli strikes have killed 40 people.",
    ])
    func theTollOfASpanIsNoIncident(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14") == nil)
    }

    @Test(arguments: [
        ("A 76-year-old woman and her 40-year-old son were killed on Sunday when a missile struck their home in Metula.", 2),
        ("A 12-year-old boy and his 9-year-old sister were killed in an airstrike on Rafah on Monday.", 2),
        ("Two 19-year-old soldiers were killed by a roadside bomb near Jenin on Monday.", 2),
    ])
    func agesDoNotHideTheCountedPeople(sentence: String, killed: Int) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14")?.killed == killed)
    }

    @Test(arguments: [
        "Government forces, backed by Russian drones, advanced into the village of Kafr Nabudah on Monday.",
        "Fighters supported by Turkish drones took control of the hills south of the town on Monday.",
    ])
    func dronesInSupportAreNoDroneAttack(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14") == nil)
    }

    // MARK: A running toll is no trend

    @Test(arguments: [
        "The death toll from Saudi-led airstrikes on a crowded market in Hajjah has risen to at least 119.",
        "Officials say the death toll from airstrikes on a busy market in Hajjah has risen to 119, including 22 children.",
        "The number of dead from Sunday's car bombings in Kirkuk has risen to 119, police said.",
    ])
    func aTollThatHasRisenStillReportsItsEvent(sentence: String) {
        let i = ExtractionFixture.one(sentence, published: "2016-03-16")
        #expect(i?.killed == 119)
    }

    @Test(arguments: [
        "Rocket attacks on the base have increased in recent weeks.",
        "Attacks on the convoys have risen sharply, officials said.",
        "Drone strikes in the province have intensified since the truce collapsed.",
    ])
    func aTrendOfAttacksIsNoIncident(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2024-02-14") == nil)
    }
}
