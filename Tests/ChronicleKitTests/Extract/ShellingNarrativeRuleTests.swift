import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset14's failures (ninth session), each tested on phrasings of our own: weapons named
/// for what they hit, counted shells, a clock time carrying the day told before, neighbouring villages shelled together,
/// a town naming its province, a clock's zone, a count before "including", piped labels above a dateline, and a
/// state's claim carried to the sites its operation hit.
@Suite("Shelling, clock times and site lists")
struct ShellingNarrativeRuleTests {
    // MARK: - Weapons named for what they hit

    @Test(arguments: ["anti-tank", "anti-ship", "anti-armour", "antitank"])
    func aWeaponNamedForItsTargetIsAnAttackWeapon(modifier: String) {
        let found = ExtractionFixture.main("Militants fired two \(modifier) missiles at an army post near Khiam on Tuesday.", published: "2024-02-14")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .missileAttack)
    }

    @Test(arguments: ["anti-missile", "anti-drone", "counter-drone"])
    func aWeaponNamedForWhatItStopsIsNoAttack(modifier: String) {
        let found = ExtractionFixture.main("The army deployed \(modifier) missiles near Khiam on Tuesday.", published: "2024-02-14")
        #expect(found.isEmpty, "got \(found.map(\.eventType))")
    }

    // MARK: - Shells

    @Test(arguments: [
        "Three artillery shells hit houses in Khiam on Tuesday.",
        "Government artillery fired more than 40 shells at Tal Tamr on Tuesday.",
        "A shell struck a school in Tal Tamr on Tuesday, wounding two pupils.",
    ])
    func countedShellsAreAnEvent(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.count == 1, "got \(found.map { ($0.place, $0.eventType) })")
        #expect(found.first?.date == Day(year: 2024, month: 2, day: 13))
    }

    @Test func shellsAfterMortarFireAreThatMortarFire() {
        let text = """
        Mortar rounds fired from across the border killed four people in Turkish towns on Thursday, the governor said.

        In Kilis, two of them were killed when shells hit a market.
        """
        let found = ExtractionFixture.main(text, published: "2024-02-16")
        #expect(found.contains { $0.place == "Kilis" && $0.eventType == .mortarAttack }, "got \(found.map { ($0.place, $0.eventType) })")
    }

    // MARK: - A clock time carries the day told before

    @Test func aSentenceOpeningWithAClockTimeTakesTheDayToldBefore() {
        let text = """
        Militants attacked an army post near Tal Tamr on Tuesday morning, killing two soldiers, the ministry said.

        At around 11 p.m., government artillery shelled the outskirts of Khiam, residents said.
        """
        let found = ExtractionFixture.main(text, published: "2024-02-15")
        let khiam = found.first { $0.place == "Khiam" }
        #expect(khiam?.date == Day(year: 2024, month: 2, day: 13), "got \(found.map { ($0.place, $0.date) })")
    }

    @Test(arguments: ["Shortly after 4:30 p.m.,", "At about 9 pm,", "At 0230 hrs local time,"])
    func clockTimesOpeningASentenceAreRead(opening: String) {
        #expect(RelativeTimes.opensWithClockTime("\(opening) shells hit the town." as NSString))
    }

    @Test(arguments: ["The ceasefire began at 4 p.m. on Monday.", "Shells hit the town, which has 4,000 residents.", "At 9, the market opened."])
    func otherNumbersAreNoClockOpening(sentence: String) {
        #expect(!RelativeTimes.opensWithClockTime(sentence as NSString))
    }

    @Test func aClocksZoneIsNoPlace() {
        let text = "A rocket hit the Ain al-Asad air base at 9:40 p.m. Baghdad time on Sunday, the coalition said."
        let places = ExtractionFixture.main(text, published: "2024-02-14").compactMap(\.place)
        #expect(!places.contains("Baghdad"), "got \(places)")
    }

    // MARK: - Neighbouring villages shelled together

    @Test func twoNeighbouringTownsJoinedByAndAreTwoSites() {
        let found = ExtractionFixture.main("Israeli artillery shelled the outskirts of Khiam and Marjayoun on Tuesday.", published: "2024-02-14")
        #expect(Set(found.compactMap(\.place)) == ["Khiam", "Marjayoun"], "got \(found.map(\.place))")
    }

    @Test(arguments: [("Khiam and Marjayoun", true), ("Khiam, Marjayoun", true), ("Khiam, near Marjayoun", false), ("Khiam in the Marjayoun", false)])
    func onlyAndOrACommaJoinTwoTowns(text: String, joined: Bool) {
        let ns = text as NSString
        let a = ns.range(of: "Khiam"), b = ns.range(of: "Marjayoun")
        let x = Mention(entry: Self.place("khiam"), text: "Khiam", range: a.location..<(a.location + a.length))
        let y = Mention(entry: Self.place("marjayoun"), text: "Marjayoun", range: b.location..<(b.location + b.length))
        #expect(IncidentExtractor.joinedByAnd(ns, x, y) == joined)
        #expect(IncidentExtractor.joinedByAnd(ns, y, x) == joined)
    }

    // MARK: - A town naming its province

    @Test func aTownFollowedByProvinceNamesTheProvinceOfAnotherTown() {
        let found = ExtractionFixture.main("In Silopi, in Sirnak province, a roadside bomb killed two soldiers on Wednesday.", published: "2024-02-15")
        #expect(found.map(\.place) == ["Silopi"], "got \(found.map(\.place))")
    }

    // MARK: - Counts before "including"

    @Test(arguments: [
        ("Six people including a two-year-old girl were killed when the shell hit.", 6),
        ("Four soldiers including an officer were wounded in the ambush.", 4),
    ])
    func aCountBeforeIncludingIsTheWholes(sentence: String, count: Int) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect((c.killed ?? c.wounded) == count)
    }

    // MARK: - Piped labels above a dateline

    @Test(arguments: ["THE DAILY HERALD | World News", "Jane Roe, John Doe | The Daily Herald", "Staff Reporter | Levant Desk"])
    func pipedLabelsAreRead(line: String) {
        #expect(Boilerplate.isPipedLabels(line))
    }

    @Test(arguments: ["Rockets Hit Base in Western Iraq | The Daily Herald", "Two killed in Erbil | 3 min read", "Iraq | Security: what we know."])
    func headlinesAndStampsAreNoPipedLabels(line: String) {
        #expect(!Boilerplate.isPipedLabels(line))
    }

    @Test func pipedLabelsAboveADatelineLeaveTheDatelineFound() {
        let raw = """
        ---
        title: Rockets hit base
        published: 2024-02-14
        ---
        THE DAILY HERALD | World News

        Jane Roe, John Doe | The Daily Herald

        ERBIL/BAGHDAD: Two rockets hit a base near Erbil airport on Tuesday, officials said.
        """
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "x.md", text: raw))
        #expect(article?.dateline == "ERBIL/BAGHDAD")
        #expect(article?.paragraphs.first?.hasPrefix("Two rockets") == true)
    }

    // MARK: - A state's claim carried to its sites

    @Test func aSiteListTakesTheClaimOfTheOperationItsPlaceIsPartOf() {
        let text = """
        The Revolutionary Guards said they had also targeted militant positions in Syria with missiles on Monday night.

        Activists said the missiles landed near Idlib, causing damage but no casualties.
        """
        let found = ExtractionFixture.main(text, published: "2024-01-16")
        let idlib = found.first { $0.place == "Idlib" }
        #expect(idlib != nil, "got \(found.map(\.place))")
        #expect(idlib?.perpetrator.contains("Revolutionary Guard") == true, "got \(String(describing: idlib?.perpetrator))")
    }

    static func place(_ id: String) -> Place {
        Place(id: id, name: id, kind: .city, country: "Lebanon")
    }
}
