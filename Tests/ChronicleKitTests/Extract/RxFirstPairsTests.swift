import Foundation
import Testing
@testable import ChronicleKit

/// `RxPairSet` may only rule out starts where no match begins: every match of every extractor pattern starts with a
/// pair its set holds, and patterns whose matches can be one unit long get no set.
struct RxFirstPairsTests {
    static func pairs(_ pattern: String) -> RxPairSet? {
        var parser = RxParser(Array(pattern.utf16))
        return parser.parse().flatMap(RxPairSet.of)
    }

    static func u(_ s: String) -> [UInt16] { Array(s.utf16) }

    @Test func pairsOfSimplePatterns() throws {
        let words = try #require(Self.pairs(#"\b(?:ab|cd)x"#))
        #expect(words.contains(Self.u("a")[0], Self.u("b")[0]) && words.contains(Self.u("c")[0], Self.u("d")[0]))
        #expect(!words.contains(Self.u("a")[0], Self.u("d")[0]) && !words.contains(Self.u("b")[0], Self.u("x")[0]))
        let spaced = try #require(Self.pairs(#"x\s*y"#))
        #expect(spaced.contains(120, 32) && spaced.contains(120, 121) && !spaced.contains(120, 120))
        let optional = try #require(Self.pairs(#"(?:un)?ab"#))
        #expect(optional.contains(117, 110) && optional.contains(97, 98) && !optional.contains(117, 98))
        // A match of one unit (or none) leaves no pair to test.
        #expect(Self.pairs(#"a?b"#) == nil)
        #expect(Self.pairs(#"\w+"#) == nil)
        #expect(Self.pairs(#"x|yz"#) == nil)
        #expect(Self.pairs(#"^\s*"#) == nil)
    }

    /// Every match ICU finds of the extractor's patterns on plain sentences starts with a pair of its program's set.
    @Test func everyMatchStartsWithAPairOfTheSet() {
        var checked = 0
        let sentences = RxFastPathTests.sentences(count: 60, seed: 21)
        for rx in RxTests.all {
            guard let regex = rx.regex, let program = rx.program, let set = program.firstPairs else { continue }
            for s in sentences {
                // (The program reads plain texts only.)
                guard RxText.of(s as NSString).plain else { continue }
                let units = rx.onLowered ? Self.u(s).map { $0 &- 65 < 26 ? $0 | 0x20 : $0 } : Self.u(s)
                for m in regex.matches(in: s, range: NSRange(location: 0, length: units.count)) where m.range.length > 0 {
                    checked += 1
                    #expect(m.range.length >= 2 && set.contains(units[m.range.location], units[m.range.location + 1]), "\(rx.pattern) on \(s)")
                }
            }
        }
        #expect(checked > 80)
    }
}
