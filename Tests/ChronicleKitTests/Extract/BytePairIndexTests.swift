import Foundation
import Testing
@testable import ChronicleKit

/// An indexed `Folded` answers every keyword test as the plain scan does (`BytePairIndex` only finds where to look).
struct BytePairIndexTests {
    /// Random texts over a few letters, so pairs repeat and share hash buckets, with needles of one to four bytes
    /// and windows anywhere: the index and the scan agree on `has`, `hasAny` (lists and arrays) and `firstOccurrence`.
    @Test func indexedSearchAgreesWithTheScan() {
        var rng = RxFastPathTests.Seeded(state: 11)
        let alphabet = Array("abkil d-".utf8)
        var found = 0
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...80, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let needles = (0..<Int.random(in: 1...6, using: &rng)).map { _ in (0..<Int.random(in: 1...4, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! } }
            let list = WordList(bytes: needles)
            let plain = Folded(bytes: text), indexed = Folded(indexing: text)
            let lo = Int.random(in: 0...text.count, using: &rng), hi = Int.random(in: lo...text.count, using: &rng)
            let first = plain.firstOccurrence(list, from: lo, to: hi)
            if first != nil { found += 1 }
            #expect(indexed.firstOccurrence(list, from: lo, to: hi) == first, "\(String(decoding: text, as: UTF8.self)) [\(lo), \(hi))")
            #expect(indexed.hasAny(list, from: lo, to: hi) == (first != nil))
            #expect(indexed.hasAny(list) == plain.hasAny(list))
            #expect(indexed.hasAny(needles) == plain.hasAny(needles))
            for nd in needles { #expect(indexed.has(nd) == plain.has(nd)) }
        }
        #expect(found > 500)
    }

    /// Needles at the text's edges, crossing a window's edge, repeated many times, and an empty needle.
    @Test func edgesAndRepeats() {
        let text = Folded(indexing: Array("killed, killed and wounded; kill".utf8))
        #expect(text.firstOccurrence(WordList(["kill"]), from: 0, to: 32) == 0)
        #expect(text.firstOccurrence(WordList(["kill"]), from: 1, to: 32) == 8)
        #expect(text.firstOccurrence(WordList(["kill"]), from: 9, to: 32) == 28)
        #expect(text.firstOccurrence(WordList(["kill"]), from: 9, to: 31) == nil)
        #expect(text.firstOccurrence(WordList(["wounded", "and", "kill"]), from: 9, to: 32) == 15)
        #expect(text.firstOccurrence(WordList(["d;", "ed,"]), from: 0, to: 32) == 4)
        #expect(text.firstOccurrence(WordList(["", "kill"]), from: 5, to: 32) == 5)
        #expect(text.has("wounded; kill") && !text.has("wounded, kill") && text.has(";"))
        #expect(text.hasAny([Array("zz".utf8), Array("d an".utf8)]) && !text.hasAny([Array("zz".utf8), Array("q".utf8)]))
        #expect(Folded(indexing: []).hasAny([Array("a".utf8), Array("ab".utf8)]) == false)
    }

    /// A text asked more than twice keeps answering the same way once `RxText` indexes it.
    @Test func textIndexedAfterRepeatedQuestionsAnswersTheSame() {
        for s in RxFastPathTests.sentences(count: 40, seed: 9) {
            let t = RxText.of(NSString(string: s))
            let plain = Folded(s as NSString)
            let lists = [WordList(["killed", "wounded"]), WordList(["drone", "rocket", "uav"]), WordList(["said", " by "])]
            for _ in 0..<3 { for l in lists { #expect(t.folded.hasAny(l) == plain.hasAny(l), "\(s)") } }
            #expect(t.folded.pairs != nil)
        }
    }
}
