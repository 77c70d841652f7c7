import Foundation
import Testing
@testable import ChronicleKit

/// Rules found on devset6 (outlet styles: state media, MoD statements, wire shootings), each tested on
/// invented phrasings.
@Suite("OutletStyleRules")
struct OutletStyleRuleTests {
    let extractor = IncidentExtractor(knowledge: KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: [])))
    let pub = Day(year: 2023, month: 3, day: 14)!

    func mention(_ s: String) -> EventMention? {
        extractor.mention(in: ArticleSentence(index: 0, paragraph: 0, text: s, ns: s as NSString), published: pub)
    }

    /// A targeted killing told by its verb is an event (typed `other`) when the sentence dates it.
    @Test(arguments: [
        "Gunmen shot dead a local journalist outside his home early on Sunday, police said.",
        "Unknown assailants on a motorbike shot dead a tribal sheikh on Monday night.",
        "A prominent activist was gunned down in the city centre late on Saturday.",
        "Two police officers were shot dead at a checkpoint on Tuesday, officials said.",
    ])
    func datedShootingsAreReports(sentence: String) {
        let m = mention(sentence)
        #expect(m?.strength == .report)
        #expect(m?.type == .other)
    }

    /// Without a day, figures or place, a shooting verb only refers to an event; negated or hypothetical ones are none.
    @Test(arguments: [
        ("Activists say they fear being gunned down if they return.", false),
        ("No one was shot dead, the ministry insisted on Monday.", true),
        ("Critics of the militias have been shot dead before.", true),
    ])
    func undatedOrUnrealShootings(sentence: String, referenceAllowed: Bool) {
        let m = mention(sentence)
        #expect(m?.strength != .report)
        if !referenceAllowed { #expect(m == nil) }
    }

    /// "intercepted flying objects", "projectiles were shot down": disrupted weapons use with no weapon word.
    @Test(arguments: [
        "The armed forces intercepted a number of flying objects that entered the airspace on Saturday night.",
        "Air defences shot down two projectiles over the city on Monday, the army said.",
        "Three projectiles were intercepted before reaching the base on Friday.",
    ])
    func interceptedObjectsAreDisruptedEvents(sentence: String) {
        let m = mention(sentence)
        #expect(m?.strength == .report)
        #expect(m?.disrupted == true)
        #expect(m?.type == .other)
    }

    /// Projectiles that landed are an attack (the kind of weapon unknown).
    @Test func projectilesThatLandedAreAnAttack() {
        let m = mention("Two projectiles hit the perimeter of the airport late on Tuesday, wounding a guard.")
        #expect(m?.strength == .report)
        #expect(m?.disrupted == false)
    }
}
