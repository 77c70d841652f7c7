import Foundation

extension IncidentExtractor {
    /// "the Turkish army said Saturday its jets had struck …", "the IRGC said it had also targeted …": a state's
    /// forces telling of their own strike name the perpetrator. Read once per incident, on its evidence sentence,
    /// after the mentions are grouped (claiming at the mention level would change how mentions group), and only for
    /// state forces or governments: a group's claim is read by `Attribution.claimed`.
    /// Main incidents only: a background event the sentence recalls ("in response to the bombings …") is not the claim.
    static let ownStrike = Rx(#"\b(?:said|says|announced|stated|claimed|confirmed)\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:late|early)\s+\w+\s+)?(?:in\s+(?:a|its)\s+statement\s+)?(?:that\s+)?(?:it|they|(?:its|their)\s+(?:jets|warplanes|aircraft|drones|forces|troops|artillery|air\s+force|navy|fighters|missiles|units))\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|successfully\s+)?(?:attacked|targeted|struck|hit|launched|fired|carried\s+out|shelled|bombed|destroyed)\b"#,
                             anchors: ["said", "says", "announced", "stated", "claimed", "confirmed"])

    /// Ground forces or guns named in a sentence: a state's strike told with them is no air strike.
    static let groundCue = Rx(#"\b(?:artillery|shell(?:s|ed|ing)?|tanks?|troops|ground forces|commandos|special forces|raid(?:s|ed)?|gunboats?|warships?|navy|naval)\b"#)

    func selfClaimed(_ inc: Incident) -> Incident {
        guard inc.perpetrator == "unknown", inc.role == .main, let evidence = inc.sources.first?.evidence,
              let a = Self.claimant(evidence, actors: knowledge.actors.mentions(in: evidence)) else { return inc }
        var out = inc
        out.perpetrator = a.name; out.perpetratorID = a.id
        if out.suspected == a.name { out.suspected = nil; out.suspectedID = nil }
        out.summary = Summary.make(out)
        return out
    }

    /// "Egypt's armed forces said they had struck training camps in Libya": a state that strikes or bombs with no
    /// ground force or gun named strikes from the air, as a strike blamed on a state is typed (`resolveType`).
    static func ownAirStrike(_ text: String, actors: [Mention<Actor>]) -> Bool {
        let ns = text as NSString
        guard let m = ownStrike.first(ns), claimant(ns, match: m, actors: actors) != nil else { return false }
        let verb = ns.sub(m.range).asciiLower
        return (verb.hasSuffix("struck") || verb.hasSuffix("bombed")) && !groundCue.test(ns)
    }

    /// The state forces or government a sentence has telling of their own strike, if any.
    static func claimant(_ text: String, actors: [Mention<Actor>]) -> Actor? {
        let ns = text as NSString
        guard let m = ownStrike.first(ns) else { return nil }
        return claimant(ns, match: m, actors: actors)
    }

    /// The speaker of an `ownStrike` match already found (read once when the caller needs the match too).
    static func claimant(_ ns: NSString, match m: NSTextCheckingResult, actors: [Mention<Actor>]) -> Actor? {
        // The speaker: the state actor named last before the speech verb, close to it ("the IRGC said",
        // "Turkey's Defence Ministry said in a statement"), not one named as a target or a possessor.
        let speakers = actors.filter { a in
            a.range.upperBound <= m.range.location && m.range.location - a.range.upperBound <= 25
                && (a.entry.kind == .stateMilitary || a.entry.kind == .government)
        }
        guard let a = speakers.last else { return nil }
        let gap = ns.sub(NSRange(location: a.range.upperBound, length: m.range.location - a.range.upperBound))
        // Only words between the speaker and the verb, no clause boundary ("…, Turkish officials said" is a source).
        guard !gap.contains(","), !gap.contains(";"), !gap.contains(".") else { return nil }
        return a.entry
    }
}
