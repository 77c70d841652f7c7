import Foundation
import Testing
@testable import ChronicleKit

/// `RxProgram` must find what ICU finds (ranges of every group) on plain texts: the extractor's own patterns are run
/// both ways on generated sentences built from the patterns' words, with every search mode `Rx` uses.
@Suite("Regex engine")
struct RxEngineTests {
    typealias Gen = SplitMix64

    /// Plain units: ASCII and U+2010–U+2027.
    static let plainUnits: [UInt16] = Array(0..<0x80) + Array(0x2010...0x2027)

    static func icu(_ pattern: String, _ options: NSRegularExpression.Options, _ s: String, range: NSRange,
                    _ m: NSRegularExpression.MatchingOptions) -> [[NSRange]] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: options) else { return [] }
        return re.matches(in: s, options: m, range: range).map { r in (0..<r.numberOfRanges).map { r.range(at: $0) } }
    }

    static func ours(_ pattern: String, _ s: String, range: NSRange, _ m: NSRegularExpression.MatchingOptions, first: Bool = false) -> [[NSRange]]? {
        guard let p = RxProgram.compile(pattern), let re = try? NSRegularExpression(pattern: pattern) else { return nil }
        let units = Array(s.utf16)
        return units.withUnsafeBufferPointer { p.matches($0, range: range, options: m, first: first, regex: re) }?
            .map { r in (0..<r.numberOfRanges).map { r.range(at: $0) } }
    }

    @Test func classesAgreeWithICUOnEveryPlainUnit() {
        for u in Self.plainUnits {
            let s = String(utf16CodeUnits: [u], count: 1)
            for cls in [#"\s"#, #"\S"#, #"\w"#, #"\W"#, #"\d"#, #"\D"#, ".", #"[\w'’.-]"#, #"[^.;,]"#, #"(?i:k)"#] {
                let want = Self.icu(cls, [], s, range: NSRange(location: 0, length: 1), [])
                #expect(Self.ours(cls, s, range: NSRange(location: 0, length: 1), []).map { $0 == want } == true, "class \(cls) on U+\(String(u, radix: 16))")
            }
            // `\b` and `$` around the unit.
            let t = "a" + s + "b"
            for p in [#"\b"#, #"\B"#, "$", #"a\b"#] {
                let r = NSRange(location: 0, length: (t as NSString).length)
                #expect(Self.ours(p, t, range: r, []) == Self.icu(p, [], t, range: r, []), "\(p) around U+\(String(u, radix: 16))")
            }
        }
    }

    @Test func handWrittenCasesAgreeWithICU() {
        let cases: [(String, String)] = [
            (#"\b(?:may|might)\b"#, "It may rain, might not."),
            (#"(a)|b"#, "xbab"),
            (#"(?:(a)|b)+"#, "abba"),
            (#"x{0,3}?y"#, "xxxy"),
            (#"^\W*(?:\w+\W+){0,3}?(?:may|will)\b"#, "  they said it will go"),
            (#"(?<!time )\bsince\b"#, "any time since then, and since"),
            (#"\b(\d+)\s+(?:killed|dead)$"#, "at least 12 killed\n"),
            (#"(?=[^.;]{0,50}?\b(?:since|alone))\w+"#, "twenty attacks since May."),
            (#"\s*$"#, "end  \r\n"),
            (#"shootings?(?! down)"#, "shooting down and shootings"),
            (#"(?i:late on|on)\s+(Monday)"#, "Late On Monday, ON Monday"),
            // Letter properties: on plain text, the ASCII letters (quotes and dashes are no letters).
            (#"\b([A-Z][\p{L}’'-]{2,})"#, "in Ma’arat al-Nu’man, Kafr—Nabl and x9 Idlib"),
            (#"\d\s+(?=\p{Lu})\P{Ll}+"#, "12 ABC-d 3 ef 4 G"),
            (#"[^\p{L}\s]+"#, "a–b ‘c’ 9!"),
        ]
        for (p, s) in cases {
            let r = NSRange(location: 0, length: (s as NSString).length)
            #expect(RxProgram.compile(p) != nil, "does not compile: \(p)")
            #expect(Self.ours(p, s, range: r, []) == Self.icu(p, [], s, range: r, []), "\(p) on \(s)")
        }
    }

    @Test func unsupportedSyntaxIsLeftToICU() {
        for p in [#"\p{N}"#, #"\p{Letter}"#, #"(?i:\p{Lu})"#, #"(?i)a"#, #"(a)\1"#, "a*+", "(?>a)", #"(?:a?)*"#, #"(?<=a+)b"#, #"(?=(a))"#, "[[a]]"] {
            #expect(RxProgram.compile(p) == nil, "should be left to ICU: \(p)")
        }
    }

    /// Texts built from the pattern's own words and plain punctuation, so most patterns match somewhere.
    static func text(for pattern: String, _ g: inout Gen) -> String {
        let words = pattern.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 }
        let fillers = ["the", "a", "12", "2024", "said", "on", "Monday", "U.S.", "was", "killed", "in", "of", "X", "it's", "at least"]
        let seps = [" ", " ", " ", ", ", ". ", "; ", " - ", " — ", " “", "” ", "’s ", "\n", "  ", "-", "(", ") ", ":", "'"]
        var s = ""
        for _ in 0..<(3 + g.int(14)) {
            var w = g.int(3) == 0 || words.isEmpty ? g.pick(fillers) : g.pick(words)
            if g.int(4) == 0 { w = w.prefix(1).uppercased() + w.dropFirst() }
            if g.int(9) == 0 { w = w.uppercased() }
            s += w + g.pick(seps)
        }
        return g.int(3) == 0 ? String(s.dropLast()) : s
    }

    @Test func extractorPatternsAgreeWithICUOnGeneratedTexts() {
        var g = Gen(state: 20_240_611)
        var compiled = 0
        let all = RxTests.all
        for rx in all {
            let ci = rx.onLowered
            guard let source = ci ? Rx.lowerCased(rx.pattern) : rx.pattern, let program = RxProgram.compile(source),
                  let re = try? NSRegularExpression(pattern: rx.pattern, options: ci ? [.caseInsensitive] : []) else { continue }
            compiled += 1
            for _ in 0..<60 {
                let s = Self.text(for: rx.pattern, &g)
                let ns = s as NSString
                let n = ns.length
                var units = Array(s.utf16)
                if ci { units = units.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 } }
                let a = g.int(n + 1), b = a + g.int(n - a + 1)
                let modes: [(NSRange, NSRegularExpression.MatchingOptions, Bool)] = [
                    (NSRange(location: 0, length: n), [], false),
                    (NSRange(location: 0, length: n), [], true),
                    (NSRange(location: a, length: b - a), [], false),
                    (NSRange(location: a, length: n - a), [.withTransparentBounds], false),
                    (NSRange(location: a, length: n - a), [.withTransparentBounds, .withoutAnchoringBounds], true),
                    (NSRange(location: a, length: n - a), [.anchored, .withTransparentBounds], true),
                ]
                for (r, m, first) in modes {
                    let want: [[NSRange]]
                    if first { want = re.firstMatch(in: s, options: m, range: r).map { x in [(0..<x.numberOfRanges).map { x.range(at: $0) }] } ?? [] }
                    else { want = re.matches(in: s, options: m, range: r).map { x in (0..<x.numberOfRanges).map { x.range(at: $0) } } }
                    let got = units.withUnsafeBufferPointer { program.matches($0, range: r, options: m, first: first, regex: re) }?
                        .map { x in (0..<x.numberOfRanges).map { x.range(at: $0) } }
                    #expect(got == nil || got! == want, "\(rx.pattern) on \(s) range \(r) \(m.rawValue) first \(first)")
                }
            }
        }
        // Most of the extractor's patterns run in Swift (else the engine would be dead weight).
        #expect(compiled * 10 >= all.count * 8, "only \(compiled) of \(all.count) patterns compile")
    }
}
