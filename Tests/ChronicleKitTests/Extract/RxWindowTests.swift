import Foundation
import Testing
@testable import ChronicleKit

/// Context windows are searched in place (`Rx.first(_:window:)`): the answers must be those of cutting the window
/// out as a string of its own and searching that, at every window edge (`^`, `$`, `\b` and look-behinds at the edges,
/// surrogate pairs split by an edge, empty windows).
@Suite("Regex window searches")
struct RxWindowTests {
    /// News words with the characters that matter at a window's edge: curly quotes, dashes, an accented letter,
    /// a letter that folds to ASCII (the Kelvin sign) and a character outside the BMP (two UTF-16 units).
    static let vocabulary = ["The", "US", "U.S.", "militia", "killed", "Killing", "wounded", "two", "soldiers", "on", "at", "against",
                             "targeted", "said", "it", "had", "claimed", "responsibility", "for", "the", "attack", "struck", "base",
                             "Kataib", "Hezbollah", "Iran-backed", "pro-", "-backed", "in", "near", "village", "of", "border", "with",
                             "were", "was", "hurt", "’s", "—", "“", "”", ",", ".", "communiqué", "\u{212A}illed", "🚀", "12",
                             "Hospital", "Centre", "Washington", "struck", "by", "the", "from", "stationed", "according", "to"]

    static func sentences(count: Int, seed: UInt64) -> [String] {
        var rng = RxFastPathTests.Seeded(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 2...16, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }.joined(separator: " ")
        }
    }

    /// Patterns the extractor now runs on windows, with start and end anchors, `\b`, look-arounds, case-sensitive ones
    /// and hand-written anchors.
    static let patterns: [Rx] = [Attribution.victimBefore, Attribution.victimAfterPassive, Attribution.speechAfter, Attribution.victimAfter,
                                 Attribution.modifierAfter, IncidentExtractor.locativeBefore, IncidentExtractor.borderOf,
                                 IncidentExtractor.stationedBefore, IncidentExtractor.sourceBefore, IncidentExtractor.metonymAfter,
                                 IncidentExtractor.killedInThe, IncidentExtractor.buildingNamedAfter, IncidentExtractor.treatedBefore,
                                 IncidentExtractor.weaponNameAfter, Rx(#"(?<=\s)the\b"#), Rx(#"\bkilled$"#, caseInsensitive: false)]

    static func ranges(_ m: NSTextCheckingResult?, shift: Int = 0) -> [NSRange]? {
        m.map { m in (0..<m.numberOfRanges).map { i in
            let r = m.range(at: i)
            return r.location == NSNotFound ? r : NSRange(location: r.location + shift, length: r.length)
        } }
    }

    @Test func windowSearchesFindWhatCutOutWindowsFind() {
        var rng = RxFastPathTests.Seeded(state: 20261122)
        var compared = 0, found = 0
        for (i, s) in Self.sentences(count: 300, seed: 20261122).enumerated() {
            let ns = s as NSString
            for rx in Self.patterns {
                // Windows at both ends of the sentence and inside it, empty ones included.
                for _ in 0..<4 {
                    let lo = Int.random(in: 0...ns.length, using: &rng), hi = Int.random(in: lo...ns.length, using: &rng)
                    let w = NSRange(location: lo, length: hi - lo)
                    let cut = Self.ranges(rx.first(ns.sub(w) as NSString), shift: lo)
                    #expect(Self.ranges(rx.first(ns, window: w)) == cut, "case \(i): \(rx.pattern.prefix(50)) on \(s) in \(w)")
                    #expect(rx.test(ns, window: w) == (cut != nil))
                    compared += 1
                    if cut != nil { found += 1 }
                }
            }
        }
        #expect(compared == 300 * Self.patterns.count * 4)
        // The comparison means something only if windows do match.
        #expect(found > 100)
    }

    /// `test(_:slice:_:)` answers as `test(s.slice(from, to) as NSString)`: offsets before the start, past the end and
    /// crossed, on plain texts (searched in place) and on texts with accents, a letter folding to ASCII, a character
    /// outside the BMP or CR LF (cut out as before, or searched in place only where the edges fall on characters).
    @Test func sliceSearchesAnswerAsCutOutSlices() {
        var rng = RxFastPathTests.Seeded(state: 20261125)
        var compared = 0, found = 0, plain = 0
        let extra = ["killed\r\nat the base", "two soldiers were killed\r\n", "\r\nkilled on the border with"]
        for (i, s) in (Self.sentences(count: 300, seed: 20261125) + extra).enumerated() {
            let ns = s as NSString
            if RxText.of(ns).plain { plain += 1 }
            for rx in Self.patterns {
                for _ in 0..<4 {
                    let from = Int.random(in: -10...(ns.length + 10), using: &rng), to = Int.random(in: (from - 5)...(ns.length + 20), using: &rng)
                    let cut = rx.test(ns.slice(from, to) as NSString)
                    #expect(rx.test(ns, slice: from, to) == cut, "case \(i): \(rx.pattern.prefix(50)) on \(s) in [\(from), \(to))")
                    compared += 1
                    if cut { found += 1 }
                }
            }
        }
        #expect(compared == (300 + extra.count) * Self.patterns.count * 4)
        #expect(found > 100)
        #expect(plain > 50)
        // CR LF: an edge between the two is widened by the cut (one character); the search answers the same.
        let crlf = "two killed\r\nat dawn" as NSString
        for from in 0...crlf.length { for to in from...crlf.length {
            #expect(Rx(#"\bkilled\s*$"#).test(crlf, slice: from, to) == Rx(#"\bkilled\s*$"#).test(crlf.slice(from, to) as NSString), "[\(from), \(to))")
        } }
    }

    @Test func windowsPastTheEndAreClamped() {
        let ns = "two soldiers killed" as NSString
        #expect(Attribution.victimAfter.test(ns, window: NSRange(location: 0, length: 500)))
        #expect(!Attribution.victimAfter.test(ns, window: NSRange(location: 0, length: 15)))
        #expect(Self.ranges(Rx(#"\bkilled$"#).first(ns, window: NSRange(location: 4, length: 100))) == [NSRange(location: 13, length: 6)])
        // The window's end is the text's end for `$`: "killed" followed by more text matches only in a window ending there.
        let longer = "two soldiers killed today" as NSString
        #expect(!Rx(#"\bkilled$"#).test(longer))
        #expect(Rx(#"\bkilled$"#).test(longer, window: NSRange(location: 0, length: 19)))
    }

    @Test func rangedWordListSearchAgreesWithTheSlice() {
        var rng = RxFastPathTests.Seeded(state: 7)
        let alphabet = Array("abkil d-".utf8)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let needles = (0..<Int.random(in: 1...5, using: &rng)).map { _ in (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! } }
            let list = WordList(bytes: needles)
            let lo = Int.random(in: 0...text.count, using: &rng), hi = Int.random(in: lo...text.count, using: &rng)
            let expected = needles.contains { Folded(bytes: Array(text[lo..<hi])).has($0) }
            #expect(Folded(bytes: text).hasAny(list, from: lo, to: hi) == expected, "\(String(decoding: text, as: UTF8.self)) [\(lo), \(hi))")
        }
    }

    @Test func sentenceMemoAnswersAsTheTextDoes() {
        for s in Self.sentences(count: 50, seed: 3) {
            let sentence = ArticleSentence(index: 0, paragraph: 0, text: s, ns: s as NSString)
            #expect(sentence.folded.bytes == Folded(s).bytes)
            #expect(sentence.words == Words.of(s))
            // Asked again, the same answer (from the memo).
            #expect(sentence.words == Words.of(s))
        }
    }
}
