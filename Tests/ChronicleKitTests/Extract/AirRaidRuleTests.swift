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

/// Another country's strikes told as part of an operation ("A separate wave of strikes hit …") take the operation's
/// day; a later dated reference to older attacks does not date them.
@Suite("OperationContinuationRules")
struct OperationContinuationRuleTests {
    func extract(_ raw: String) -> [Incident] { ExtractionFixture.extract(raw, published: "2024-01-13") }

    @Test(arguments: [
        "A separate wave of air strikes hit targets in northern Syria, the ministry said.",
        "Another wave of airstrikes hit targets in eastern Syria.",
        "Separately, a wave of air strikes pounded targets in northern Syria, officials said.",
    ])
    func continuationTakesTheOperationsDay(second: String) {
        let raw = """
        Jets strike militants

        ANKARA – Turkish jets struck 29 targets in northern Iraq late on Friday, the ministry said. \(second)

        The militants had killed twelve soldiers in two attacks on Dec. 22 and 23 in the same area.
        """
        let syria = extract(raw).filter { $0.country == "Syria" }
        #expect(syria.count == 1)
        #expect(syria.first?.date == Day(year: 2024, month: 1, day: 12))
    }

    /// Told in another paragraph with no cue, a place in another country is not put on the operation's day.
    @Test func unrelatedParagraphKeepsItsOwnDay() {
        let raw = """
        Jets strike militants

        ANKARA – Turkish jets struck 29 targets in northern Iraq late on Friday, the ministry said.

        Rockets hit a village in northern Syria, residents said, without giving a date.
        """
        let syria = extract(raw).filter { $0.country == "Syria" }
        #expect(syria.allSatisfy { $0.date != Day(year: 2024, month: 1, day: 12) })
    }
}

/// "militants attempted to infiltrate a base": a ground assault on a position, an armed clash when the sentence
/// dates it or gives its toll; plans, warnings and undated mentions are not events. Invented phrasings.
@Suite("InfiltrationRules")
struct InfiltrationRuleTests {
    let extractor = IncidentExtractor(knowledge: KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: [])))
    let pub = Day(year: 2024, month: 1, day: 13)!

    func mention(_ s: String) -> EventMention? {
        extractor.mention(in: ArticleSentence(index: 0, paragraph: 0, text: s, ns: s as NSString), published: pub)
    }

    @Test(arguments: [
        "Three soldiers were killed on Friday when militants attempted to infiltrate a base near the border.",
        "Insurgents tried to infiltrate an army outpost late on Thursday, sparking a firefight, the ministry said.",
        "Two guards were wounded when gunmen infiltrated the compound on Friday night.",
    ])
    func datedInfiltrationIsAClash(sentence: String) {
        let m = mention(sentence)
        #expect(m?.strength == .report)
        #expect(m?.type == .armedClash)
    }

    @Test(arguments: [
        "Officials warned that militants could infiltrate the camps.",
        "The group has long sought to infiltrate the security forces.",
        "Border guards are trained to stop infiltration along the frontier.",
    ])
    func undatedOrHypotheticalInfiltrationIsNoReport(sentence: String) {
        #expect(mention(sentence)?.strength != .report)
    }
}

/// "The militia announced on Tuesday …, two days after a drone attack killed …": the attack is two days before the
/// statement; "Jordan on Monday condemned the attack" dates the statement, and the attack only when nothing else does.
@Suite("StatementDayRules")
struct StatementDayRuleTests {
    func incidents(_ body: String) -> [Incident] {
        ExtractionFixture.extract("Militia statement\n\nBAGHDAD – \(body)\n", published: "2024-01-30")
    }

    @Test(arguments: [
        "The militia announced on Tuesday it was suspending operations against US forces, two days after a drone attack killed three soldiers at Tower 22.",
        "The group said on Tuesday it would halt attacks, two days after a drone attack on Tower 22 killed three American soldiers.",
    ])
    func gapCountsBackFromTheStatementDay(body: String) {
        let found = incidents(body)
        #expect(found.contains { $0.date == Day(year: 2024, month: 1, day: 28) && $0.eventType == .droneAttack })
        #expect(!found.contains { $0.date == Day(year: 2024, month: 1, day: 30) })
    }

    @Test func statementDayYieldsToTheEventsOwnDay() {
        let found = incidents("Jordan on Monday condemned the drone attack that killed three soldiers at Tower 22. Officials said the attack on Sunday targeted a remote outpost at Tower 22.")
        #expect(found.contains { $0.date == Day(year: 2024, month: 1, day: 28) })
        #expect(!found.contains { $0.date == Day(year: 2024, month: 1, day: 29) })
    }

    @Test func statementDayDatesAnOtherwiseUndatedEvent() {
        let found = incidents("The regional government on Monday condemned the missile attack that targeted coalition forces in Erbil, calling for restraint.")
        #expect(found.contains { $0.date == Day(year: 2024, month: 1, day: 29) })
    }
}
