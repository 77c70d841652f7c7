import Foundation
import Testing
@testable import ChronicleKit

/// Air raids told by their munitions (state media's "air aggression with missiles") and one operation told as
/// "a wave of" strikes, each tested on invented phrasings.
@Suite("AirRaidRules")
struct AirRaidRuleTests {
    let extractor = IncidentExtractor(knowledge: KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: [])))
    let pub = Day(year: 2023, month: 3, day: 14)!

    func mention(_ s: String) -> EventMention? {
        extractor.mention(in: ArticleSentence(index: 0, paragraph: 0, text: s, ns: s as NSString), published: pub)
    }

    /// Missiles launched by aircraft named with them are an air strike.
    @Test(arguments: [
        "At dawn on Monday, the enemy carried out an air aggression with several missiles targeting a military site near the city.",
        "Enemy aircraft carried out an aggression with missiles on positions in the southern countryside on Sunday night.",
        "Warplanes fired four missiles at a weapons depot on the outskirts of the town late on Tuesday.",
        "Two helicopters launched guided missiles at a convoy on the highway on Friday, the army said.",
    ])
    func aircraftMissilesAreAirstrikes(sentence: String) {
        #expect(mention(sentence)?.type == .airstrike)
    }

    /// Missiles with no aircraft, or an aircraft in another clause or as the thing hit, keep their own type.
    @Test(arguments: [
        "A ballistic missile hit a residential building in the city on Monday, killing three people.",
        "Militants fired two missiles at the airport on Tuesday, damaging an aircraft hangar.",
        "A missile fired by militants struck a parked aircraft at the base on Monday.",
    ])
    func groundMissilesStayMissileAttacks(sentence: String) {
        #expect(mention(sentence)?.type == .missileAttack)
    }

    /// "A separate wave of air strikes hit …": one operation, an event like "a barrage of".
    @Test(arguments: [
        "A separate wave of air strikes hit targets in the north of the country, the ministry said.",
        "The air force launched a fresh wave of strikes on militant hideouts in the mountains.",
        "Another wave of airstrikes pounded the eastern districts of the city overnight.",
    ])
    func oneWaveIsAnEvent(sentence: String) {
        let triggers = EventTriggers.find(in: sentence as NSString)
        #expect(triggers.contains { $0.strength == .report && !$0.bare })
    }

    /// "amid a wave of attacks", "waves of strikes": a class of events, not one.
    @Test(arguments: [
        "The visit comes amid a wave of attacks on foreign forces across the region.",
        "Waves of strikes have hit the province since the start of the year.",
        "Residents fear further waves of air strikes.",
    ])
    func wavesAsClassesAreNoEvents(sentence: String) {
        let triggers = EventTriggers.find(in: sentence as NSString)
        #expect(!triggers.contains { $0.strength == .report && !$0.bare })
    }
}
