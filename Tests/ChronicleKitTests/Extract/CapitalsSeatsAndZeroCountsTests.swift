import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-eighth session, each tested on phrasings of our own: every country's capital is a
/// place (the worst attacks of Europe and the Americas mostly happened in one), a town's "-based" monitor or outlet is
/// no actor or place of the attack, and a zero said beside a count of the dead is another event's.
@Suite("Capitals, seats of monitors, zero counts")
struct CapitalsSeatsAndZeroCountsTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer

    @Test(arguments: [
        ("A van bomb exploded outside government buildings in Oslo.", "Oslo", "Norway"),
        ("A car bomb destroyed a social club in Bogota.", "Bogota", "Colombia"),
        ("The blast levelled a community centre in Buenos Aires.", "Buenos Aires", "Argentina"),
        ("Missiles struck apartment blocks in Kyiv overnight.", "Kyiv", "Ukraine"),
    ])
    func everyCapitalIsKnown(text: String, name: String, country: String) {
        let p = gazetteer.mentions(in: text).first?.entry
        #expect(p?.name == name)
        #expect(p?.country == country)
        #expect(p?.kind == .city)
    }

    /// Only the capital itself: the towns of the United States named Washington bring no states of their own (a state
    /// is listed only with one of the country's largest cities).
    @Test func aCapitalsNamesakesAreNotListed() {
        #expect(gazetteer.mentions(in: "Farmers in Iowa and Kansas protested.").isEmpty)
    }

    @Test(arguments: [
        "Shelling killed nine people in Ariha on Tuesday, the London-based Syrian Observatory for Human Rights said.",
        "Shelling killed nine people in Ariha on Tuesday, according to a Paris-headquartered monitoring group.",
        "Shelling killed nine people in Ariha on Tuesday, a Washington-based think tank said.",
    ])
    func aMonitorsSeatIsNoActorOrPlace(text: String) {
        let incs = ExtractionFixture.extract(text, published: "2024-02-14")
        #expect(incs.count == 1)
        #expect(incs.first?.place == "Ariha")
        #expect(incs.first?.target == nil)
        #expect(incs.first?.perpetrator == "unknown")
    }

    @Test(arguments: [
        ("At least 44 migrants were killed when an airstrike hit a detention centre in Tajura late on Tuesday. The strike came a day after warplanes bombed the airport in Tripoli on Monday. No casualties were reported in that raid.", 44),
        ("A car bomb killed 12 people at a market in Kirkuk on Tuesday. The blast followed a rocket attack on the airport on Monday; nobody was hurt in that attack.", 12),
    ])
    func aZeroBesideACountOfTheDeadIsAnotherEvents(text: String, killed: Int) {
        let incs = ExtractionFixture.extract(text, published: "2024-02-14")
        let main = incs.first { $0.date == Day(iso: "2024-02-13") }
        #expect(main?.killed == killed)
    }

    /// With no count beside it, a zero stays the event's.
    @Test func aZeroAloneIsKept() {
        let incs = ExtractionFixture.extract("A rocket hit the airport in Kirkuk on Tuesday. No casualties were reported.", published: "2024-02-14")
        #expect(incs.first?.killed == 0)
    }

    @Test func countsOverZeroDropsZerosOnlyBesideACount() {
        #expect(ArticleEvents.countsOverZero([0, 44, 40]) == [44, 40])
        #expect(ArticleEvents.countsOverZero([0, 0]) == [0, 0])
        #expect(ArticleEvents.countsOverZero([]) == [])
    }
}
