import Foundation
import Testing
@testable import ChronicleKit

/// Searches that start a few words before the first anchor (`Rx.lead`) and the byte route of `Words.of` must give
/// exactly the answers of the plain routes they stand in for.
@Suite("Regex lead and word routes")
struct RxLeadTests {
    /// Relative-time and claim phrasing, with the white space a search start must step over (tabs, new lines, NBSP,
    /// runs of spaces) and words that hold an anchor inside them ("collateral", "claimant").
    static let vocabulary = ["more", "than", "a", "few", "minutes", "later", "About", "40", "hours", "earlier", "the", "same", "day",
                             "after", "before", "within", "half", "an", "hour", "at", "roughly", "time", "following", "next", "previous",
                             "that", "night", "two", "days", "shortly", "afterwards", "in", "raid", "was", "claimed", "by", "it", "group",
                             "said", "its", "fighters", "had", "struck", "took", "responsibility", "collateral", "claimant", "Later",
                             "\u{00A0}", "\t", "\n", "  ", "—", "“", "”", ",", ".", "ſame", "communiqué", "🚀"]

    static func sentences(count: Int, seed: UInt64) -> [String] {
        var rng = RxFastPathTests.Seeded(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 2...24, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }.joined(separator: " ")
        }
    }

    static func all(_ ms: [NSTextCheckingResult]) -> [[NSRange]] { ms.map { m in (0..<m.numberOfRanges).map { m.range(at: $0) } } }

    @Test func leadSearchesFindWhatFullSearchesFind() throws {
        var rng = RxFastPathTests.Seeded(state: 11)
        var found = 0
        for rx in [RelativeTimes.phrase, Attribution.claimed] {
            #expect(rx.lead != nil)
            let plain = try NSRegularExpression(pattern: rx.pattern, options: [.caseInsensitive])
            for (i, s) in Self.sentences(count: 600, seed: 12).enumerated() {
                let ns = s as NSString
                // The whole text, and ranges from some point to the end (the only ones the lead search narrows).
                let from = Int.random(in: 0...ns.length, using: &rng)
                for r in [NSRange(location: 0, length: ns.length), NSRange(location: from, length: ns.length - from)] {
                    let expected = Self.all(plain.matches(in: s, range: r))
                    #expect(Self.all(rx.matches(ns, in: r)) == expected, "case \(i): \(s) in \(r)")
                    #expect(Self.all(rx.first(ns, in: r).map { [$0] } ?? []) == Array(expected.prefix(1)), "case \(i): \(s) in \(r)")
                    found += expected.count
                }
            }
        }
        #expect(found > 40)
    }

    @Test func leadIsRefusedWhereTheStartMatters() {
        #expect(Rx(#"^\s*later"#, anchors: ["later"], lead: 2).lead == nil)
        #expect(Rx(#"later$"#, anchors: ["later"], lead: 2).lead == nil)
        #expect(Rx(#"(?<!not )later"#, anchors: ["later"], lead: 2).lead == nil)
        #expect(Rx(#"\Alater"#, anchors: ["later"], lead: 2).lead == nil)
        #expect(Rx(#"\blater\b"#, lead: 2).lead == nil) // (anchors read off the pattern are not promised to cover it)
        #expect(Rx(#"\blater\b"#, anchors: ["later"], lead: 2).lead == 2)
    }

    static let wordVocabulary = ["The", "U.S.", "u.", "Iraq’s", "al-Sukhnah", "Mosul.", "Kurdistan", "ÉTÉ.", "straße", "Straße.", "قصف", "غزة.",
                                 "İdlib", "co-op", "it's", "12.5", "—", "“no”", "\u{00A0}", "\t", "a_b", "$40", "🚀", "x.", ".", "..", "Ḥamā."]

    @Test func wordsByBytesEqualWordsByScalars() {
        var rng = RxFastPathTests.Seeded(state: 5)
        for _ in 0..<800 {
            let s = (0..<Int.random(in: 0...12, using: &rng)).map { _ in Self.wordVocabulary.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "")
            let limit = Bool.random(using: &rng) ? Int.max : Int.random(in: 0...5, using: &rng)
            #expect(Words.of(s, limit: limit) == Words.ofScalars(s, limit: limit), "\(s) limit \(limit)")
        }
        #expect(Words.of("The U.S. said Iraq’s army.") == ["the", "u.s.", "said", "iraq's", "army"])
    }
}
