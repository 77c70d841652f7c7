import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset15's failures (tenth session), each tested on phrasings of our own: an "air
/// operation" as ministries call a wave of air strikes, the places of one list that lie close together, a list whose
/// places each come with the same frame ("in the area of"), and "in the past hour" as the day of publication.
@Suite("Operation lists and recent hours")
struct OperationListRuleTests {
    @Test(arguments: [
        "In the air operation carried out in the Hakurk region on Sunday night, 12 targets were destroyed.",
        "Iraqi F-16s conducted an air operation against hideouts in the Hamrin mountains on Sunday.",
        "Aerial bombardment of Ariha on Sunday killed four civilians, rescuers said.",
    ])
    func anAirOperationIsAnAirstrike(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-12")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .airstrike, "got \(found.map(\.eventType))")
        #expect(found.first?.date == Day(year: 2024, month: 2, day: 11))
    }

    @Test func anAirOperationPlannedIsNoEvent() {
        #expect(ExtractionFixture.main("The ministry said it would widen its air operations in the north.", published: "2024-02-12").isEmpty)
    }

    /// Mountain areas a few kilometres apart, listed with commas and "and", are each a site of the strike.
    @Test(arguments: [
        "Turkish jets struck the Metina, Gara and Qandil regions on Sunday.",
        "On Sunday Turkish warplanes bombed Gara, Metina and Qandil.",
    ])
    func nearPlacesOfOneListAreSeparateSites(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-12")
        #expect(Set(found.map(\.place)) == ["Metina", "Gara mountain", "Qandil Mountains"], "got \(found.map(\.place))")
        #expect(found.allSatisfy { $0.date == Day(year: 2024, month: 2, day: 11) })
    }

    /// A site and the town beside it, with nothing but a comma between them, stay one place.
    @Test func aBaseAndItsTownStayOnePlace() {
        let found = ExtractionFixture.main("A drone hit Ain al-Asad air base, al-Baghdadi on Sunday.", published: "2024-02-12")
        #expect(found.count == 1, "got \(found.map(\.place))")
    }

    @Test(arguments: [
        ("Warplanes struck a command post in the area of Khiam, an arms depot in the area of Adchit, and a launcher in the area of Kfar Kila on Monday.",
         ["Khiam", "Adchit", "Kfar Kila"]),
        ("On Monday warplanes hit a depot near the town of Ariha, a checkpoint near the town of Saraqib and a convoy near the town of Sarmin.",
         ["Ariha", "Saraqib", "Sarmin"]),
    ])
    func aListWithOneFrameForEachPlaceIsOneStrikePerPlace(sentence: String, places: [String]) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(Set(found.map(\.place)) == Set(places), "got \(found.map(\.place))")
    }

    /// A different frame (a second action) does not join the list.
    @Test func anotherFrameIsNotTheList() {
        let found = ExtractionFixture.main("On Monday jets struck a depot in the area of Adchit, while residents fled to the city of Tyre.", published: "2024-02-14")
        #expect(found.map(\.place) == ["Adchit"], "got \(found.map(\.place))")
    }

    @Test(arguments: ["In the past hour", "Within the last few hours", "Two hours ago", "About 40 minutes ago"])
    func recentHoursAreThePublicationDay(opening: String) {
        let found = ExtractionFixture.main("\(opening), a drone struck a car near Khiam, killing two men.", published: "2024-02-14")
        #expect(found.first?.date == Day(year: 2024, month: 2, day: 14), "got \(found.map(\.date))")
        #expect(found.first?.datePrecision == .day)
    }

    /// A live feed's entries each under a stamp line of their own.
    @Test func aFeedStampLineDatesTheEntryBelowIt() {
        let text = """
        Syria live feed

        The latest reports from the provinces, newest first.

        3 hours ago

        Ariha. Russian warplanes struck a market in Ariha, killing 7 civilians

        Yesterday

        Tal Tamr. Turkish artillery shelled villages around Tal Tamr, two civilians wounded

        Rebels said they shot down a drone near Kafranbel.
        """
        let found = ExtractionFixture.main(text, published: "2024-02-14")
        let byPlace = Dictionary(found.map { ($0.place ?? "", $0.date) }, uniquingKeysWith: { a, _ in a })
        #expect(byPlace["Ariha"] == Day(year: 2024, month: 2, day: 14), "got \(found.map { ($0.place, $0.date) })")
        #expect(byPlace["Tal Tamr"] == Day(year: 2024, month: 2, day: 13))
    }

    /// A short line that is a time inside a report (not alone above an entry) dates nothing below it.
    @Test func aTimeInsideAParagraphIsNoStamp() {
        let text = """
        Calm returned yesterday.

        Turkish artillery shelled villages around Tal Tamr, two civilians wounded.
        """
        let found = ExtractionFixture.main(text, published: "2024-02-14")
        #expect(found.allSatisfy { $0.date != Day(year: 2024, month: 2, day: 13) }, "got \(found.map { ($0.place, $0.date) })")
    }

    /// A village the gazetteer lacks, placed by its bearing from a town's mountain or from a town given two names.
    @Test(arguments: [
        ("On Tuesday a drone struck a clinic in the town of Sikeniye, north of Mount Shingal (Sinjar).", "Sikeniye"),
        ("On Tuesday a drone struck a car in the village of Kocho, south of Mount Sinjar.", "Kocho"),
    ])
    func aVillageNorthOfATownsMountainIsTheVillage(sentence: String, village: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.map(\.place) == [village], "got \(found.map(\.place))")
        #expect(found.first?.admin1 == "Nineveh")
    }

    /// A town after a bearing and a few words, with no bracket, is where the event was.
    @Test func aTownAfterABearingClauseIsThePlace() {
        let found = ExtractionFixture.main("A drone hit a car north of the capital in Tarmiyah on Tuesday.", published: "2024-02-14")
        #expect(found.map(\.place) == ["Tarmiyah"], "got \(found.map(\.place))")
    }

    /// State media's "martyred" in a "left N … and M injured" toll: the dead are not counted again among the wounded.
    @Test(arguments: [
        ("An attack on a defence plant in Ankara on Wednesday has left five people martyred and 22 injured.", 5, 22),
        ("The bombing in Hakkari on Wednesday left two soldiers martyred and seven wounded.", 2, 7),
        ("Three soldiers were martyred and two wounded when a roadside bomb hit their patrol in Hakkari on Wednesday.", 3, 2),
    ])
    func martyredInALeftToll(sentence: String, killed: Int, wounded: Int) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first?.killed == killed)
        #expect(found.first?.wounded == wounded, "got \(found.map { ($0.killed, $0.wounded) })")
    }

    /// "Separately, …" and "at about the same time": another event of the same day, which keeps its own place and toll.
    @Test func aSeparateAttackAtTheSameTimeIsItsOwnEvent() {
        let text = """
        Three civilians were killed and five wounded when ballistic missiles struck houses in Erbil late on Monday.

        Separately, air defences shot down two drones that were approaching Erbil International Airport at about the same time, causing no casualties.
        """
        let found = ExtractionFixture.main(text, published: "2024-01-16")
        let erbil = found.first { $0.place == "Erbil" }, airport = found.first { $0.place == "Erbil International Airport" }
        #expect(erbil?.killed == 3 && erbil?.wounded == 5, "got \(found.map { ($0.place, $0.killed, $0.wounded) })")
        #expect(airport?.date == Day(year: 2024, month: 1, day: 15))
        #expect(airport?.eventType == .other) // wholly shot down: disrupted weapons use
    }

    /// "In a separate attack": a drone at the city's airport the same day is its own event, with its own toll.
    @Test func aSeparateAttackNearTheSameCityKeepsItsOwnToll() {
        let text = """
        Three civilians were killed and five wounded when ballistic missiles struck houses in Erbil late on Monday.

        In a separate attack, a drone struck a checkpoint near Erbil International Airport on Monday, wounding a guard.
        """
        let found = ExtractionFixture.main(text, published: "2024-01-16")
        #expect(found.count == 2, "got \(found.map { ($0.place, $0.eventType) })")
        #expect(found.first { $0.place == "Erbil" }?.wounded == 5)
    }
}
