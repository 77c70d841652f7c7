import Testing
@testable import ChronicleKit

/// Every regular expression of the extractor compiles (a pattern that does not would silently match nothing).
@Suite("Patterns")
struct RxTests {
    /// The extractor's named patterns (other suites check properties of all of them).
    static var all: [Rx] {
        var all: [Rx] = [Boilerplate.tailMarker, Boilerplate.furnitureLine, Boilerplate.commentPrompt, Boilerplate.stampLine,
                         Boilerplate.bylineWithDate, Boilerplate.captionCredit, Boilerplate.captionStart, Rx.year,
                         PublicationDay.mdy, PublicationDay.dmy, PublicationDay.iso, PublicationDay.weekdayDate, PublicationDay.mentionedYear,
                         TimeExpressions.speechBefore, EventTriggers.trigger, EventTriggers.nonAttackNoun, EventTriggers.nonAttackModifier,
                         EventTriggers.negation, EventTriggers.negationBlocker, EventTriggers.irrealis, EventTriggers.irrealisAfter,
                         EventTriggers.interception, EventTriggers.impact, EventTriggers.anniversary, EventTriggers.vagueBefore,
                         EventTriggers.definiteBefore, EventTriggers.articleBefore, EventTriggers.quantityBefore, EventTriggers.indefiniteBefore,
                         EventTriggers.genericSentence, EventTriggers.coordinatedPlural,
                         CasualtyReader.active, CasualtyReader.passiveVerb, CasualtyReader.zeroAll, CasualtyReader.zeroUnreported,
                         CasualtyReader.zeroKilled, CasualtyReader.injuriesTo, CasualtyReader.asides, IncidentExtractor.retaliationCue, IncidentExtractor.afterCue, EventTriggers.stateBefore, Attribution.targetCue, CasualtyReader.zeroWounded,
                         Attribution.demonym, Attribution.claimed, Attribution.noClaim, Attribution.blameAfter, Attribution.blameBefore,
                         Attribution.hedgedAgent, Attribution.agentBy, Attribution.activeVerb, Attribution.genericGroup,
                         Attribution.militiaWeapon, Attribution.speechAfter,
                         IncidentExtractor.launchZone, IncidentExtractor.locativeBefore, IncidentExtractor.metonymAfter, Attribution.modifierAfter, IncidentExtractor.borderOf, IncidentExtractor.airCue, IncidentExtractor.directionalCountryside, MarkdownText.link]
        all += TimeExpressions.patterns.map(\.1)
        return all
    }

    @Test func allPatternsCompile() {
        for rx in Self.all { #expect(rx.compiles, "does not compile: \(rx.pattern)") }
    }

    @Test func sentenceSplitterKnowsNewsAbbreviations() {
        let text = "U.S. Army Col. Myles B. Caggins said on Feb. 3 that rockets hit. Nobody was hurt! Was it Iran? Officials declined."
        let parts = SentenceSplitter.split(text).map { (text as NSString).substring(with: $0) }
        #expect(parts == ["U.S. Army Col. Myles B. Caggins said on Feb. 3 that rockets hit.", "Nobody was hurt!", "Was it Iran?", "Officials declined."])
    }

    @Test func quotesCloseSentences() {
        let text = "“We will respond,” he said. “No one was hurt.” The embassy was closed."
        #expect(SentenceSplitter.split(text).count == 3)
    }
}

import Foundation
