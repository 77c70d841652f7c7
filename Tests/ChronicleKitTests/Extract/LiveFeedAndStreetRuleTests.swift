import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset17's failures (twelfth session), each tested on phrasings of our own: streets
/// named after towns, live-page entry stamps, timeline items, tolls "put at" a figure, state-media result clauses,
/// weapons that were not fired, and drones called unmanned aerial vehicles.
@Suite("Live feeds, streets and tolls")
struct LiveFeedAndStreetRuleTests {
    /// A street or square named after a town lies in another town: the namesake is not the place.
    @Test(arguments: [
        ("Gunmen opened fire on a parade on Quds Boulevard in Ahvaz on Saturday.", "Ahvaz"),
        ("A car bomb exploded near Baghdad Street in Kirkuk on Saturday, killing two people.", "Kirkuk"),
        ("A bomb went off on Palestine Street in Baghdad on Saturday, wounding four.", "Baghdad"),
    ])
    func aStreetNamedAfterATownIsNotThatTown(sentence: String, place: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-10-27")
        #expect(found.map(\.place) == [place], "got \(found.map(\.place))")
    }

    @Test func aSquareAloneLeavesThePlaceToTheReport() {
        let found = ExtractionFixture.main("TEHRAN —\nGunmen stormed a building on Baharestan Square on Saturday, killing three guards.", published: "2024-10-27")
        #expect(!found.contains { $0.place == "Baharestan" }, "got \(found.map(\.place))")
    }

    /// "Friday prayers" is a service, not a day.
    @Test(arguments: [
        "Armed men attacked a police station after Friday prayers on September 30, officials said.",
        "On September 30, armed men attacked a police station in Zahedan after Friday prayers.",
    ])
    func fridayPrayersDateNothing(sentence: String) throws {
        let found = ExtractionFixture.extract(sentence, published: "2022-10-27")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(year: 2022, month: 9, day: 30), "got \(found.map(\.date))")
    }

    /// "in July: on the night of July 20-21": the month told first, then its day; the day dates the event.
    @Test(arguments: [
        "The province saw a deadly raid in July: on the night of July 20-21, militants attacked a base near Marivan, killing ten guards.",
        "In March, on March 4, a roadside bomb hit a patrol near Tikrit, killing two soldiers.",
    ])
    func aDayWithinTheMonthToldBeforeDatesTheEvent(sentence: String) throws {
        let found = ExtractionFixture.extract(sentence, published: "2018-09-23")
        let first = try #require(found.first)
        #expect(first.datePrecision == .day, "got \(String(describing: first.dateText))")
    }

    /// Timeline items open with their day and a colon ("February 22: …"); the year is the latest before the report.
    @Test func timelineItemsAreDatedByTheirLeadingDay() {
        let text = "Houthi rebels fired a missile at a tanker in the Red Sea on Saturday, the US military said.\n\nTIMELINE:\n\n- January 16, 2024: A Houthi missile hits a bulk carrier in the Red Sea, causing damage but no injuries.\n\n- February 22: A British-owned cargo ship is hit by a missile in the Gulf of Aden; one crew member is injured.\n\n- March 6: A missile strike on a bulk carrier in the Gulf of Aden kills three crew members."
        let found = ExtractionFixture.extract(text, published: "2024-03-24")
        let days = Set(found.compactMap(\.date))
        #expect(days.isSuperset(of: [Day(year: 2024, month: 1, day: 16)!, Day(year: 2024, month: 2, day: 22)!, Day(year: 2024, month: 3, day: 6)!]), "got \(found.map { "\(String(describing: $0.date)) \($0.place ?? "-")" })")
    }

    /// "Caesarea" in news is the Israeli coastal town, not Kayseri's ancient name.
    @Test func caesareaIsInIsrael() throws {
        let found = ExtractionFixture.main("A drone launched from Lebanon struck a building in the coastal town of Caesarea on Saturday morning.", published: "2024-10-19")
        let first = try #require(found.first)
        #expect(first.place == "Caesarea")
        #expect(first.country == "Israel", "got \(String(describing: first.country))")
    }

    /// Tolls told as estimates "put at" a figure.
    @Test(arguments: [
        ("Emergency services put the number killed inside the complex at twelve.", 12, nil),
        ("The governor put the death toll at 25 on Sunday.", 25, nil),
        ("The number of injured was put at about 40, several of them in serious condition.", nil, 40),
        ("The number of wounded was estimated at 69.", nil, 69),
    ] as [(String, Int?, Int?)])
    func tollsPutAtAFigure(sentence: String, killed: Int?, wounded: Int?) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == killed && c.wounded == wounded, "got \(String(describing: c.killed)) / \(String(describing: c.wounded))")
    }

    /// A count that is not casualties stays out ("put the number of rockets fired at 40").
    @Test func putAtNeedsACasualtyWord() {
        let c = CasualtyReader.read("The army put the number of rockets fired at the town at 40; nobody was killed." as NSString)
        #expect(c.killed == 0)
    }

    /// State-media result clauses: "resulted in the martyrdom of one officer … and four soldiers, and the wounding of two".
    @Test(arguments: [
        ("The attack resulted in the martyrdom of one officer with the rank of captain and four soldiers, and the wounding of two other soldiers, who were taken to hospital.", 5, 2),
        ("The blast led to the deaths of two policemen and three civilians and caused, according to the hospital, the injury of seven others.", 5, 7),
    ] as [(String, Int, Int)])
    func resultClausesCountEveryoneNamed(sentence: String, killed: Int, wounded: Int) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == killed, "killed \(String(describing: c.killed))")
        #expect(c.wounded == wounded, "wounded \(String(describing: c.wounded))")
    }

    /// Weapons found, stored or made safe were not used: no attack.
    @Test(arguments: [
        "Bomb disposal experts were examining the site on Saturday, police said.",
        "An army unit found and destroyed a cache of explosive devices in the Hamrin mountains on Monday.",
        "Police seized a stockpile of rockets and mortar rounds near Fallujah on Monday.",
    ])
    func weaponsNotUsedAreNoAttack(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2024-05-13")
        #expect(found.isEmpty, "got \(found.map(\.eventType))")
    }

    /// "An unmanned aerial vehicle launched from Lebanon struck the base near X": a drone (not an air strike), at X
    /// (the launch point ends where the verb of the strike begins).
    @Test(arguments: [
        "An unmanned aerial vehicle launched from Lebanon struck the dining hall of a training base near Binyamina on Sunday.",
        "A drone fired from southern Lebanon hit a house in Nahariya on Sunday.",
    ])
    func aDroneLaunchedFromAfarHitsItsTarget(sentence: String) throws {
        let found = ExtractionFixture.main(sentence, published: "2024-10-13")
        let first = try #require(found.first)
        #expect(first.eventType == .droneAttack)
        #expect(first.country == "Israel", "got \(String(describing: first.place))")
    }

    /// A live page's entries under clock stamps ("19:48 | 13.10.24", "10:48") are dated by them; the drone strike told
    /// later at the same base is that drone attack, and a present-tense claim names its attacker.
    @Test func liveEntriesTakeTheirStampsDay() throws {
        let text = """
        Northern front: running updates

        19:48 | 13.10.24

        An unmanned aerial vehicle launched from Lebanon struck a training base near Binyamina while soldiers were at dinner.

        20:30 | 13.10.24

        Hezbollah claims the attack.

        22:50 | 13.10.24

        The army says four soldiers were killed in the drone strike on the base in Binyamina.
        """
        let found = ExtractionFixture.extract(text, published: "2024-10-14")
        #expect(found.count == 1, "got \(found.map { "\($0.eventType) \(String(describing: $0.date))" })")
        let first = try #require(found.first)
        #expect(first.date == Day(year: 2024, month: 10, day: 13))
        #expect(first.eventType == .droneAttack)
        #expect(first.killed == 4)
        #expect(first.perpetrator == "Hezbollah")
    }

    @Test(arguments: [
        ("10:48", "2024-10-14"),
        ("18:05 - UPDATE", "2024-10-14"),
        ("19:22 | 13.10.24", "2024-10-13"),
        ("13/10/2024 19:22", "2024-10-13"),
        ("10/13/2024 19:22", "2024-10-13"),
    ])
    func clockStampsGiveTheirDay(line: String, iso: String) {
        let t = RelativeTimes.clockStampDay(line as NSString, published: Day(iso: "2024-10-14"))
        #expect(t?.date == Day(iso: iso), "got \(String(describing: t?.date))")
    }

    @Test(arguments: ["The strike killed 14 people at 19:22.", "Sirens at 10:48 in Haifa", "1948"])
    func proseIsNoClockStamp(line: String) {
        #expect(RelativeTimes.clockStampDay(line as NSString, published: Day(iso: "2024-10-14")) == nil)
    }

    /// "Most read on GLZ:" and the like introduce other stories' headlines, which are no report.
    @Test(arguments: ["Most read on GLZ:", "Most viewed:", "Most shared on The National:"])
    func mostReadListsAreFurniture(header: String) {
        let body = "A rocket struck a checkpoint outside the town on Tuesday, wounding two guards, police officials said.\n\(header)\n- Drone hits Haifa suburb: what we know so far\n- Ten questions about the new guidelines"
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains { $0.contains("Drone hits Haifa") }, "\(c.paragraphs)")
    }

    /// "a series of explosions hit the prison": one attack's blasts, an event; "a series of attacks" stays vague.
    @Test func aSeriesOfBlastsIsOneEvent() {
        let found = ExtractionFixture.extract("Shortly before noon on Monday, a series of explosions hit the central prison in Kirkuk.", published: "2024-06-26")
        #expect(found.count == 1, "got \(found.map(\.eventType))")
        let vague = ExtractionFixture.extract("A series of attacks on convoys has hit the province in recent months.", published: "2024-06-26")
        #expect(vague.isEmpty, "got \(vague.map(\.eventType))")
    }

    /// "Two days after the prison strike, on June 25, the judiciary announced …": the strike is two days before the day told.
    @Test func aGapBeforeTheEventCountsBackFromTheDayToldAfterIt() throws {
        let found = ExtractionFixture.extract("Two days after the strike on Evin prison, on June 25, the judiciary announced the execution of three men.", published: "2025-07-10")
        let first = try #require(found.first)
        #expect(first.date == Day(year: 2025, month: 6, day: 23), "got \(String(describing: first.date))")
    }

    /// "killed a number of staff": no figure.
    @Test(arguments: ["The strike killed a number of staff and visitors on Monday.", "Shelling killed a handful of fighters on Monday."])
    func aNumberOfIsNoCount(sentence: String) {
        #expect(CasualtyReader.read(sentence as NSString).killed == nil)
    }

    /// An army that "confirmed it had struck" the site claims it.
    @Test(arguments: [
        "An air strike hit a prison in Tehran on Monday. The Israeli military later confirmed it had struck the prison.",
        "A drone struck a car near Qamishli on Monday. The Turkish army later acknowledged it had targeted the car.",
    ])
    func confirmingAStrikeClaimsIt(text: String) throws {
        let first = try #require(ExtractionFixture.extract(text, published: "2025-06-24").first)
        #expect(first.perpetrator != "unknown", "got \(first.perpetrator)")
    }

    /// Drones by their longer names: "one-way attack unmanned aerial system", "uncrewed surface vessel (USV)".
    @Test(arguments: [
        "The tanker was struck by a one-way attack unmanned aerial system in the Gulf of Aden on Tuesday.",
        "The bulk carrier was struck by an uncrewed surface vessel in the Red Sea on Tuesday.",
        "A USV struck the tanker in the Red Sea on Tuesday, causing damage but no injuries.",
    ])
    func longDroneNamesAreDrones(sentence: String) throws {
        let first = try #require(ExtractionFixture.extract(sentence, published: "2024-01-18").first)
        #expect(first.eventType == .droneAttack, "got \(first.eventType)")
    }

    /// A position measured from a port is in the sea off it.
    @Test(arguments: [
        ("A missile hit a bulk carrier approximately 95 nautical miles southeast of Aden on Monday.", "Gulf of Aden"),
        ("A drone struck a tanker 60NM west of Hodeidah on Monday.", "Red Sea"),
    ])
    func aPositionOffAPortIsInItsSea(sentence: String, sea: String) throws {
        let first = try #require(ExtractionFixture.extract(sentence, published: "2024-01-18").first)
        #expect(first.place == sea, "got \(String(describing: first.place))")
    }
}
