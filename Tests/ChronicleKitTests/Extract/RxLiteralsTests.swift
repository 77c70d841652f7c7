import Foundation
import Testing
@testable import ChronicleKit

/// The literals read off a pattern must be in every match (else `Rx` would skip a regex that matches), and the
/// reader must give up on syntax it does not model rather than guess.
@Suite("Regex literals")
struct RxLiteralsTests {
    @Test func optionalSuffixesAndAlternativesGiveTheShortestForms() {
        #expect(RxLiterals.required(#"\b(?:drones?|rockets?)\s+(?:hit|struck)\b"#) == ["drone", "rocket"])
        #expect(RxLiterals.required(#"(?:(?i:late on|on)\s+)?(Monday|Tuesday)\b"#) == ["monday", "tuesday"])
        // Case does not matter: patterns run case-insensitively or on folded text.
        #expect(RxLiterals.required(#"\bKILLED\b"#) == ["killed"])
    }

    @Test func theStrongestPartOfASequenceIsKept() {
        // "responsibility" (14) beats "claimed" (7): both must occur, one is enough to test.
        #expect(RxLiterals.required(#"\bclaimed\s+(?:full\s+)?responsibility\b"#) == ["responsibility"])
        // An escaped dot is a literal; `\s` and classes with ranges are not.
        #expect(RxLiterals.required(#"\bU\.S\.-led\s+[a-z]+"#) == ["u.s.-led"])
        #expect(RxLiterals.required(#"\bnumber of\s+\w+"#) == ["number of"])
    }

    @Test func smallCharacterClassesMultiplyOut() {
        #expect(RxLiterals.required(#"\bair[- ]defen[cs]e\b"#) == ["air defence", "air defense", "air-defence", "air-defense"])
    }

    @Test func noGuaranteeGivesNoLiterals() {
        #expect(RxLiterals.required(#"\b(?:on|at)\b"#) == nil, "two-letter words are too weak to test")
        #expect(RxLiterals.required(#"(?:attack)?\s+\w+"#) == nil, "an optional word is no requirement")
        #expect(RxLiterals.required(#"\b(?:attack|\d+)\b"#) == nil, "one alternative without a literal")
        #expect(RxLiterals.required(#"\b(?:killed)*\b"#) == nil)
        #expect(RxLiterals.required(#"(?!attack)\w+"#) == nil, "a look-ahead's text is not part of the match")
    }

    @Test func unknownSyntaxGivesUp() {
        #expect(RxLiterals.required(#"(?x) kill ed"#) == nil, "free-spacing mode changes what a space means")
        #expect(RxLiterals.required(#"\Qattack\E"#) == nil)
        #expect(RxLiterals.required(#"[[a-z]&&[^aeiou]]attack"#) == nil)
        #expect(RxLiterals.required(#"(attack"#) == nil)
        #expect(RxLiterals.required(#"attack\"#) == nil)
    }

    @Test func nonASCIILiteralsAreNeverNeedles() {
        // The folded text turns every non-ASCII unit into one byte that no needle holds.
        #expect(RxLiterals.required(#"communiqué"#) == ["communiqu"])
        #expect(RxLiterals.required(#"\bIraq[’']s\b"#) == ["iraq"])
    }

    /// Every pattern of the extractor against every sentence of the tuned evaluation sets and generated ones: a
    /// match always contains one of the pattern's literals.
    @Test func literalsAreInEveryMatchOfEveryPattern() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        var texts: [String] = RxFastPathTests.sentences(count: 400, seed: 11)
        for set in ["devset", "devset3", "devset7"] {
            let dir = fixtures.appendingPathComponent(set).appendingPathComponent("articles")
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                texts += text.split(separator: "\n").map(String.init)
            }
        }
        #expect(texts.count > 500)
        var checked = 0
        for rx in RxTests.all {
            guard let needles = RxLiterals.required(rx.pattern), let regex = rx.regex else { continue }
            let list = WordList(needles)
            for text in texts {
                let ns = text as NSString
                guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
                checked += 1
                let t = RxText.of(ns)
                #expect(t.foldsToASCII || Folded(ns.substring(with: m.range)).hasAny(list),
                        "\(rx.pattern) matched '\(ns.substring(with: m.range))' holding none of \(needles)")
            }
        }
        #expect(checked > 1000)
    }

    @Test func eachAlternativeKeepsAllItsRequirements() {
        // "said" alone no longer lets the claim pattern run: its alternative also needs "it" and an attack verb.
        let b = RxLiterals.branches(#"\bclaimed\s+responsibility\b|\b(?:said|says)\s+(?:that\s+)?its\s+(?:fighters|forces)\s+(?:attacked|struck)\b"#)
        #expect(b == [[["responsibility"], ["claimed"]], [["attacked", "struck"], ["fighters", "forces"], ["said", "says"], ["its"]]])
        // Both parts of one sequence: "responsibility" and "claimed" must both occur.
        #expect(RxLiterals.branches(#"\bclaimed\s+(?:full\s+)?responsibility\b"#) == [[["responsibility"], ["claimed"]]])
    }

    @Test func alternativesWithoutRequirementsGiveNoBranchFilter() {
        #expect(RxLiterals.branches(#"\bclaimed\s+responsibility\b|\d+\s+\w+"#) == nil, "one alternative has no word of three letters")
        #expect(RxLiterals.branches(#"\bkilled\b"#) == nil, "one set says no more than the anchors")
        #expect(RxLiterals.branches(#"(?x) kill ed|claimed it"#) == nil)
        // A look-ahead's words are not required.
        #expect(RxLiterals.branches(#"\bclaimed\b(?=\s+responsibility)|\battack\b"#) == [[["claimed"]], [["attack"]]])
    }

    /// The alternative filter is sound on every pattern: wherever a pattern matches, some alternative has a word of
    /// each of its sets in the text (else `Rx` would skip a regex that matches).
    @Test func branchFiltersPassEveryTextAPatternMatches() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        var texts: [String] = RxFastPathTests.sentences(count: 400, seed: 13)
        for set in ["devset", "devset5", "devset9"] {
            let dir = fixtures.appendingPathComponent(set).appendingPathComponent("articles")
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
                let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                texts += text.split(separator: "\n").map(String.init)
            }
        }
        var checked = 0, filtered = 0
        for rx in RxTests.all where !rx.branches.isEmpty {
            filtered += 1
            guard let regex = rx.regex else { continue }
            for text in texts {
                let ns = text as NSString
                guard regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil else { continue }
                checked += 1
                let t = RxText.of(ns)
                #expect(t.foldsToASCII || rx.branches.contains { $0.allSatisfy { Rx.occurs($0, in: t) } }, "\(rx.pattern) matched '\(text)'")
            }
        }
        #expect(filtered > 10)
        #expect(checked > 200)
    }
}
