import Foundation
import Testing
@testable import ChronicleKit

/// The per-sentence keyword cues of `TimeExpressions` and the identity look-up of `RxText.of` are speed-ups only:
/// these tests hold them to the plain versions they replaced.
@Suite("Time cues and regex text cache")
struct TimeCuesAndTextCacheTests {
    /// The keyword tests as first written, one `String` needle at a time.
    static func reference(_ kind: TimeExpressions.Kind, _ lower: Folded, _ raw: Folded) -> Bool {
        let weekday = lower.hasAny(TimeExpressions.weekdayWords), month = raw.hasAny(TimeExpressions.monthNames)
        switch kind {
        case .weekdayDate: return weekday && month
        case .weekday: return weekday
        case .mdy, .dmy, .monthOnly: return month
        case .numeric: return lower.has(".19") || lower.has(".20") || lower.has("-0") || lower.has("-1")
        case .monthYear: return month && (lower.has("19") || lower.has("20"))
        case .year: return lower.has("19") || lower.has("20")
        case .holiday: return lower.has("christmas") || lower.has("new year")
        case .relDay: return lower.hasAny(TimeExpressions.relDayWords)
        case .relSpan: return lower.has("week") || lower.has("month") || lower.has("year")
        case .ago: return lower.has(" ago")
        case .ordinalDay: return (month || lower.has("month")) && lower.has(" of ")
        }
    }

    static let pieces = ["Monday", "monday", "May", "may", "March", "market", "Dec.", "2019", "1920", "20", "19", "13.06.2024", "2024-06-12",
                         "-1", ".20", "Christmas", "New Year", "new year’s", "yesterday", "last night", "the past", "hours ago", "week",
                         "months", "yearly", " ago", "ago", "agony", "of", "the second of", "this month", "Sunday’s", "on", "the", "rockets", "hit", ",", "—", "é", "\u{212A}"]

    /// Sentences built from the pieces above by a fixed-seed generator (SplitMix64), with and without spaces.
    static func sentences(_ count: Int) -> [String] {
        var g = SplitMix64(state: 20_240_101)
        func next() -> Int { Int(truncatingIfNeeded: g.next() >> 1) }
        return (0..<count).map { _ in
            let n = next() % 9
            return (0..<n).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 4 == 0 ? "" : " ")
        }
    }

    @Test func keywordCuesAgreeWithTheOneNeedleAtATimeTests() {
        let kinds: [TimeExpressions.Kind] = [.weekdayDate, .mdy, .dmy, .numeric, .monthYear, .monthOnly, .year, .holiday, .weekday, .relDay, .relSpan, .ago]
        var seen = Set<Int>()
        for text in Self.sentences(3_000) + ["", "Jan", "on 13.06.2024", "two weeks ago", "Christmas Eve"] {
            let lower = Folded(text), raw = Folded(bytes: Array(text.utf8))
            let all = TimeExpressions.mayContainAll(lower, raw)
            for kind in kinds {
                let expected = Self.reference(kind, lower, raw)
                #expect(TimeExpressions.mayContain(kind, lower, raw) == expected, "\(kind) on \(text)")
                #expect((all & 1 << UInt32(kind.rawValue) != 0) == expected, "\(kind) on \(text)")
                if expected { seen.insert(kind.rawValue) }
            }
        }
        // The generated sentences reach every kind, so no cue is checked only on its negative side.
        #expect(seen.count == kinds.count)
    }

    @Test func textCacheReturnsTheTextOfTheStringAsked() {
        let strings = (0..<9).map { "Sentence \($0) — rockets hit the base" as NSString }
        // Interleaved look-ups (more strings than the cache keeps) always describe the string asked about.
        for round in 0..<3 {
            for (k, s) in strings.enumerated() where (k + round) % 2 == 0 || k < 3 {
                let t = RxText.of(s)
                #expect(t.source === s)
                #expect(t.original == Array((s as String).utf16))
            }
        }
        // A string seen last is answered from the cache: the same object.
        let s = strings[4]
        #expect(RxText.of(s) === RxText.of(s))
        // A mutable string is read afresh each time (its text may have changed in place).
        let m = NSMutableString(string: "Two soldiers were killed")
        let before = RxText.of(m)
        m.append(" on Monday")
        let after = RxText.of(m)
        #expect(before !== after)
        #expect(after.original == Array("Two soldiers were killed on Monday".utf16))
    }
}

/// The recent-texts list of `RxText.of`: most recent first, the least recent dropped when it is full.
@Suite("Regex text cache order")
struct RxTextCacheOrderTests {
    @Test func keepsTheMostRecentTexts() {
        let strings = (0..<(RxText.kept + 4)).map { NSString(string: "Sentence number \($0) was read.") }
        var first: [RxText] = []
        for s in strings.prefix(RxText.kept) { first.append(RxText.of(s)) }
        // All still held: the same objects.
        for (k, s) in strings.prefix(RxText.kept).enumerated() { #expect(RxText.of(s) === first[k]) }
        // Asking string 0 again puts it first; one new string then drops the least recent (string 1), not string 0.
        #expect(RxText.of(strings[0]) === first[0])
        _ = RxText.of(strings[RxText.kept])
        #expect(RxText.of(strings[0]) === first[0])
        let again = RxText.of(strings[1])
        #expect(again !== first[1])
        #expect(again.source === strings[1])
        #expect(again.original == Array((strings[1] as String).utf16))
    }
}
