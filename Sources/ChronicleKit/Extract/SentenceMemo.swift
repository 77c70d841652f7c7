import Foundation

/// Answers about one sentence that several steps ask again: each window of a sentence, the grouping of
/// mentions and the claim look-ups all read the same actors, claim and casualty figures. Each answer depends
/// only on the sentence text (and the range asked about), so it is computed once and reused; one article's
/// extraction owns its sentences' memos (no sharing across threads).
final class SentenceMemo {
    private var claimedMatch: NSTextCheckingResult??
    private var victimSide: [Int: Bool] = [:]
    private var speaker: [Int: Bool] = [:]
    private var modifier: [Int: Bool] = [:]
    private var casualties: [Int: Casualties] = [:]
    private var plainAttribution: SentenceAttribution?
    private var impact: Bool?
    private var disrupted: Bool?
    private var generic: Bool?
    private var textSegments: [NSRange]?
    private var foldedText: Folded?
    private var textWords: [String]?
    private var unlisted: [Mention<Place>: Mention<Place>?] = [:]

    /// `Folded(text)` of the sentence's text (a dozen keyword prefilters ask it).
    func folded(_ text: String) -> Folded {
        if let f = foldedText { return f }
        let f = Folded(text).indexed
        foldedText = f
        return f
    }

    /// `Words.of(text)` of the sentence's text (the grouping steps ask it of one sentence for each event near it).
    func words(_ text: String) -> [String] {
        if let w = textWords { return w }
        let w = Words.of(text)
        textWords = w
        return w
    }

    /// `Attribution.claimed.first(ns)` on the whole sentence.
    func claimed(_ ns: NSString) -> NSTextCheckingResult? {
        if let c = claimedMatch { return c }
        let c = Attribution.claimed.first(ns)
        claimedMatch = .some(c)
        return c
    }

    func isVictimSide(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        cached(&victimSide, m.range.lowerBound) { Attribution.isVictimSide(m, ns) }
    }

    func isSpeaker(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        cached(&speaker, m.range.lowerBound) { Attribution.isSpeaker(m, ns) }
    }

    func isModifier(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        cached(&modifier, m.range.lowerBound) { Attribution.isModifier(m, ns) }
    }

    /// Casualty figures of one window of the sentence (the whole sentence or a clause of it).
    func casualties(_ ns: NSString, in window: NSRange) -> Casualties {
        let key = window.location << 20 | window.length
        if let c = casualties[key] { return c }
        let whole = window.location == 0 && window.length == ns.length
        let c = CasualtyReader.read(whole ? ns : ns.sub(window) as NSString)
        casualties[key] = c
        return c
    }

    /// The sentence's attribution without an attack word (claims and blame only).
    func attribution(_ s: ArticleSentence) -> SentenceAttribution {
        if let a = plainAttribution { return a }
        let a = Attribution.read(s.ns, trigger: nil, actors: s.actors, places: s.places, memo: self)
        plainAttribution = a
        return a
    }

    func hasImpact(_ ns: NSString) -> Bool {
        if let v = impact { return v }
        let v = EventTriggers.hasImpact(ns)
        impact = v
        return v
    }

    func isDisrupted(_ ns: NSString) -> Bool {
        if let v = disrupted { return v }
        let v = EventTriggers.isDisrupted(ns)
        disrupted = v
        return v
    }

    /// `EventTriggers.isGenericSentence` (grouping asks it of a sentence once per event near it).
    func isGeneric(_ ns: NSString) -> Bool {
        if let v = generic { return v }
        let v = EventTriggers.isGenericSentence(ns)
        generic = v
        return v
    }

    /// `IncidentExtractor.segments` (read for each window of the sentence).
    func segments(_ ns: NSString) -> [NSRange] {
        if let v = textSegments { return v }
        let v = IncidentExtractor.segments(ns)
        textSegments = v
        return v
    }

    /// `UnlistedPlace.mention(for:in:gazetteer:)` of one of the sentence's place mentions (each window of the sentence
    /// asks it of its place, and grouping asks it of every province and country of the article for each group). The
    /// answer depends only on the mention, the sentence and the gazetteer, which one extraction holds fixed.
    func unlistedPlace(for p: Mention<Place>, in s: ArticleSentence, gazetteer: Gazetteer) -> Mention<Place>? {
        if let v = unlisted[p] { return v }
        let v = UnlistedPlace.mention(for: p, in: s, gazetteer: gazetteer)
        unlisted[p] = .some(v)
        return v
    }

    private func cached(_ table: inout [Int: Bool], _ key: Int, _ compute: () -> Bool) -> Bool {
        if let v = table[key] { return v }
        let v = compute()
        table[key] = v
        return v
    }
}
