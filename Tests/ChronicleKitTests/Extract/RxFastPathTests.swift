import Foundation
import Testing
@testable import ChronicleKit

/// The regex helpers' shortcuts (lower-cased patterns on lower-cased text, word-position prefilters, per-sentence
/// memos) must give exactly the answers of the plain case-insensitive regexes they stand in for.
@Suite("Regex fast paths")
struct RxFastPathTests {
    /// Words, casings and punctuation of news sentences, including the curly quotes and dashes that keep the
    /// lower-cased path, and letters (é, İ, ſ, the Kelvin sign) that must send a text down the plain path.
    static let vocabulary = ["The", "US", "U.S.", "militia", "KILLED", "killed", "Killing", "wounded", "two", "Three", "soldiers", "on",
                             "At", "against", "targeted", "said", "SAID", "it", "had", "claimed", "Claimed", "responsibility", "for",
                             "the", "attack", "rockets", "struck", "base", "Kataib", "Hezbollah", "Iran-backed", "in", "a", "statement",
                             "were", "was", "hurt", "injuring", "no", "casualties", "’s", "—", "“", "”", ",", ".", "communiqué",
                             "COMMUNIQUÉ", "İran", "ſaid", "\u{212A}illed", "12", "at least", "left", "dead"]

    typealias Seeded = SplitMix64

    static func sentences(count: Int, seed: UInt64) -> [String] {
        var rng = Seeded(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 3...18, using: &rng)).map { _ in vocabulary.randomElement(using: &rng)! }.joined(separator: " ")
        }
    }

    static let patterns: [Rx] = [Attribution.victimBefore, Attribution.claimed, Attribution.targetCue, Attribution.speechAfter,
                                 Attribution.victimAfterPassive, CasualtyReader.active, CasualtyReader.passiveVerb, CasualtyReader.zeroAll,
                                 EventTriggers.impact, IncidentExtractor.retaliationCue, RelativeTimes.phrase]

    static func plain(_ rx: Rx, _ s: String) -> [[NSRange]] {
        guard let re = try? NSRegularExpression(pattern: rx.pattern, options: [.caseInsensitive]) else { return [] }
        return re.matches(in: s, options: [], range: NSRange(location: 0, length: (s as NSString).length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0) }
        }
    }

    @Test func lowerCasedPatternsFindTheSameMatches() {
        var compared = 0
        for (i, s) in Self.sentences(count: 400, seed: 20261121).enumerated() {
            for rx in Self.patterns {
                let fast = rx.matches(s as NSString).map { m in (0..<m.numberOfRanges).map { m.range(at: $0) } }
                #expect(fast == Self.plain(rx, s), "case \(i): \(rx.pattern.prefix(60)) on \(s)")
                compared += 1
            }
        }
        #expect(compared == 400 * Self.patterns.count)
    }

    @Test func everyCaseInsensitivePatternHasALowerCasedTwinOrSaysWhyNot() {
        #expect(Attribution.claimed.lowered != nil)
        #expect(Rx.lowerCased(#"\bFoo\S+\W(?:Bar|BAZ)(?=Q)(?<!X)"#) == #"\bfoo\S+\W(?:bar|baz)(?=q)(?<!x)"#)
        #expect(Rx.lowerCased(#"(?i:Monday)"#) == nil)
        #expect(Rx.lowerCased(#"\p{Lu}+"#) == nil)
        #expect(Rx.lowerCased(#"(?<Name>x)"#) == nil)
        #expect(Rx(#"Monday"#, caseInsensitive: false).lowered == nil)
    }

    @Test func onlyCaselessCharactersKeepTheFastPath() {
        #expect(RxText.of("Rockets hit the base — “no one” was hurt’s" as NSString).caseSafe)
        #expect(!RxText.of("The communiqué said" as NSString).caseSafe)
        #expect(!RxText.of("\u{212A}illed" as NSString).caseSafe)
        let t = RxText.of("Two US SOLDIERS — “Hurt”" as NSString)
        #expect(t.lowered == "two us soldiers — “hurt”")
    }

    @Test func edgeWordsReadOnlyASCIIAndStopAtTheLimit() {
        let ns = "said Iraq’s army" as NSString
        #expect(EdgeWords.first(ns, from: 0, length: 4, limit: 3) == ["said"])
        #expect(EdgeWords.first(ns, from: 0, length: ns.length, limit: 3) == nil)
        let plain = "was struck on Monday by two_drones at the base" as NSString
        #expect(EdgeWords.first(plain, from: 0, length: plain.length, limit: 3) == ["was", "struck", "on"])
        #expect(EdgeWords.lastTokens(plain, from: 0, length: plain.length, limit: 2) == ["the", "base"])
        #expect(EdgeWords.lastTokens("a\u{0B}b" as NSString, from: 0, length: 3, limit: 2) == nil)
    }

    /// The word-position prefilters in front of `victimBefore` and `speechAfter` never change an answer.
    @Test func actorRolePrefiltersAgreeWithTheirRegexes() {
        var checked = 0
        for s in Self.sentences(count: 300, seed: 77) {
            let ns = s as NSString
            for name in ["Kataib Hezbollah", "US", "soldiers"] {
                var from = 0
                while from < ns.length {
                    let r = ns.range(of: name, options: [], range: NSRange(location: from, length: ns.length - from))
                    guard r.location != NSNotFound else { break }
                    let m = Mention(entry: Actor(id: "x", name: name, kind: .armedGroup), text: name, range: r.location..<(r.location + r.length))
                    let b0 = max(0, r.location - 50), end = r.location + r.length
                    let victim = Attribution.victimBefore.test(ns.substring(with: NSRange(location: b0, length: r.location - b0)) as NSString)
                        || Attribution.victimAfterPassive.test(ns.substring(with: NSRange(location: end, length: min(70, ns.length - end))) as NSString)
                    #expect(Attribution.isVictimSide(m, ns) == victim, "\(s) / \(name)")
                    let speech = Attribution.speechAfter.test(ns.substring(with: NSRange(location: end, length: min(60, ns.length - end))) as NSString)
                    if speech { #expect(Attribution.isSpeaker(m, ns), "\(s) / \(name)") }
                    checked += 1
                    from = end
                }
            }
        }
        #expect(checked > 100)
    }

    /// Memo answers are the computed answers, asked in any order.
    @Test func sentenceMemoReturnsWhatItComputes() {
        let ns = "Kataib Hezbollah claimed responsibility for the attack that killed two US soldiers on Monday." as NSString
        let memo = SentenceMemo()
        let whole = NSRange(location: 0, length: ns.length), half = NSRange(location: 0, length: 40)
        #expect(memo.casualties(ns, in: whole) == CasualtyReader.read(ns))
        #expect(memo.casualties(ns, in: half) == CasualtyReader.read(ns.substring(with: half) as NSString))
        #expect(memo.casualties(ns, in: whole).killed == 2)
        #expect(memo.claimed(ns)?.range == Attribution.claimed.first(ns)?.range)
        #expect(memo.hasImpact(ns) == EventTriggers.hasImpact(ns))
    }

    /// `RxText` transcodes a Swift-backed string's UTF-8 itself: the units must be those `getCharacters` gives,
    /// for ASCII, two- and three-byte characters, characters outside the BMP and combining marks alike.
    @Test func handTranscodedUnitsMatchGetCharacters() {
        let texts = ["", "plain ASCII", "“Quoted” — dash", "communiqué, İran, ſaid, \u{212A}", "rocket 🚀 emoji 👨‍👩‍👧 family",
                     "e\u{301}\u{302} stacked marks", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math", "\u{FEFF}\u{00A0}\u{2028}"] + Self.sentences(count: 50, seed: 3)
        for text in texts {
            let ns = NSString(string: text)
            var expected = [unichar](repeating: 0, count: ns.length)
            expected.withUnsafeMutableBufferPointer { if let p = $0.baseAddress, ns.length > 0 { ns.getCharacters(p, range: NSRange(location: 0, length: ns.length)) } }
            #expect(RxText.utf16(of: ns, count: ns.length) == expected, "\(text)")
            #expect(RxText.utf16(of: ns, count: ns.length) == Array(text.utf16), "\(text)")
        }
    }

    /// `sub` cuts a plain NSString's UTF-8 directly: every range, including ones that split a surrogate pair or a
    /// composed character, gives what `substring(with:)` gives; so does `plainRange(of:)` next to `range(of:)`.
    @Test func utf8SlicesMatchSubstring() {
        let texts = ["plain ASCII text", "“Quoted” — dash…", "communiqué İran", "rocket 🚀 emoji 👨‍👩‍👧 family", "e\u{301} mark",
                     "𝔘𝔫𝔦 math 🚀", "because of it", "“because ” he said", "becaus\u{E9} because\u{301} because x"]
        for text in texts {
            let ns = NSString(string: text)
            for lo in 0...ns.length {
                for hi in lo...ns.length {
                    let r = NSRange(location: lo, length: hi - lo)
                    #expect(ns.sub(r) == ns.substring(with: r), "\(text) \(r)")
                }
            }
            for needle in ["because ", "because", "mark", "ASCII", "he"] {
                #expect(NSEqualRanges(ns.plainRange(of: needle), ns.range(of: needle)), "\(text) / \(needle)")
            }
        }
    }

    /// `plainContains` answers as Foundation's `contains` for plain texts (searched as bytes) and for every other text
    /// or needle (which still take `contains`): years in news copy, curly quotes and dashes, marks that combine with a
    /// digit, other scripts, emoji, a non-ASCII needle and the empty needle.
    @Test func plainContainsAgreesWithContains() {
        let texts = ["", "19", "in 2019", "on 4 October 2011 — “quoted” …", "1\u{301}9 marked", "2\u{0308}0 marked", "١٩ Arabic digits 20",
                     "rocket 🚀 2020", "communiqué 1999", "\u{2019}20\u{2019}", "\u{2028}19", "x1", "20\r\n19"]
            + Self.sentences(count: 60, seed: 5).map { $0 + " 2019" } + Self.sentences(count: 60, seed: 6)
        var plain = 0, hits = 0
        for text in texts {
            for needle in ["19", "20", "2019", "9 m", "é", ""] {
                let expected = text.contains(needle)
                #expect(text.plainContains(needle) == expected, "\(text) / \(needle)")
                if expected { hits += 1 }
            }
            if RxText.of(text as NSString).plain { plain += 1 }
        }
        #expect(hits > 60)
        #expect(plain > 50)
    }

    /// Only a bare list of whole words takes the word scan.
    @Test func wordAlternativesReadOnlyWordLists() {
        #expect(Rx.wordAlternatives(#"\b(?:at|On|near)\b"#) == [Array("at".utf16), Array("on".utf16), Array("near".utf16)])
        #expect(Rx.wordAlternatives(#"\b(?:at|on\w*)\b"#) == nil)
        #expect(Rx.wordAlternatives(#"\b(?:at||on)\b"#) == nil)
        #expect(Rx.wordAlternatives(#"\b(?:at|on)"#) == nil)
        #expect(Rx.wordAlternatives(#"\b(?:at|shot down)\b"#) == nil)
        #expect(Attribution.targetCue.wordAlternatives != nil)
    }

    /// The word scan finds what ICU finds, in whole strings, in ranges (opaque bounds) and with transparent bounds,
    /// on texts with digits and underscores glued to the words, curly quotes and dashes, and texts that must take ICU.
    @Test func wordScanMatchesTheRegex() throws {
        let rx = Rx(#"\b(?:at|on|hit|hits|attacked)\b"#)
        let re = try NSRegularExpression(pattern: rx.pattern, options: [.caseInsensitive])
        var texts = Self.sentences(count: 150, seed: 21)
        texts += ["AT on_ hit2 HITS attacked—at “on” hits… x", "at", "", "athit at-on", "é at ſ on \u{212A} hit", "2at at2 _on on_ at"]
        func ranges(_ r: [NSTextCheckingResult]) -> [NSRange] { r.map(\.range) }
        for text in texts {
            let ns = text as NSString
            let all = NSRange(location: 0, length: ns.length)
            #expect(ranges(rx.matches(ns)) == ranges(re.matches(in: text, range: all)), "\(text)")
            #expect(rx.first(ns)?.range == re.firstMatch(in: text, range: all)?.range, "\(text)")
            for lo in stride(from: 0, through: ns.length, by: 3) {
                for hi in stride(from: lo, through: ns.length, by: 4) {
                    let r = NSRange(location: lo, length: hi - lo)
                    #expect(ranges(rx.matches(ns, in: r)) == ranges(re.matches(in: text, range: r)), "\(text) \(r)")
                    #expect(ranges(rx.wordMatches(ns, within: r)) == ranges(re.matches(in: text, options: [.withTransparentBounds], range: r)), "\(text) \(r)")
                }
            }
        }
    }

    /// The weekday pattern scanned from `weekdayScanStart` finds every match of a scan of the whole sentence.
    @Test func weekdayScanStartMissesNoMatch() throws {
        guard let rx = TimeExpressions.patterns.first(where: { $0.0 == .weekday })?.1 else { Issue.record("no weekday pattern"); return }
        let re = try NSRegularExpression(pattern: rx.pattern)
        let leads = ["", "on ", "late on ", "this past ", "THIS PAST  ", "this past\u{00A0}\u{2009}", "since\n", "Palm ", "easter ", "from   "]
        let tails = ["", " night", "’s morning", " prayers", " of last week", ", and on Sunday", " and Friday"]
        var texts: [String] = []
        for lead in leads { for tail in tails { texts.append("Militia fired rockets \(lead)Monday\(tail) at a base.") } }
        texts += ["Monday", "On Tuesday and this past Wednesday", "no weekday here", "mondays and Sundays", "Sunday’s attack on Saturday"]
        for text in texts {
            let ns = text as NSString
            let whole = re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map(\.range)
            let start = TimeExpressions.weekdayScanStart(ns)
            #expect(whole.allSatisfy { $0.location >= start }, "\(text)")
            #expect(rx.matches(ns, from: start).map(\.range) == whole, "\(text)")
        }
        #expect(TimeExpressions.weekdayScanStart("Rockets hit on Monday" as NSString) > 0)
    }

    /// `entryHead` runs only where its separator can be: on every text it matches, the prefilter says so, and texts
    /// without a separator are turned away.
    @Test func entryHeadPrefilterPassesEveryMatch() throws {
        let re = try NSRegularExpression(pattern: RelativeTimes.entryHead.pattern, options: [.caseInsensitive])
        var texts = Self.sentences(count: 200, seed: 5)
        texts += ["7 June – Vezneciler, Istanbul.", "March 3: Erbil.", "- 12 Feb 2024 — Tower 22", "12 May | Kabul", "12 May -Kabul",
                  "12 May\u{00A0}- Kabul", "12 May\t-Kabul", "Iran-backed militia", "7 June Vezneciler Istanbul"]
        for text in texts {
            let ns = text as NSString
            if re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil {
                #expect(RelativeTimes.mayHoldEntrySeparator(ns), "\(text)")
            }
        }
        #expect(!RelativeTimes.mayHoldEntrySeparator("Iran-backed militia struck 7 June" as NSString))
        #expect(RelativeTimes.mayHoldEntrySeparator("12 May\u{00A0}- Kabul" as NSString))
    }

    /// `Words.of` as it was before its byte shortcuts: the reference its answers must equal.
    static func wordsReference(_ s: String, limit: Int = .max) -> [String] {
        var out: [String] = []
        var cur: [UInt8] = []
        func flush() { if !cur.isEmpty { out.append(String(decoding: cur, as: UTF8.self)); cur.removeAll(keepingCapacity: true) } }
        for u in s.unicodeScalars {
            if out.count >= limit { break }
            let v = u.value
            if (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || v == 45 || v == 39 || v == 46 && !cur.isEmpty { cur.append(UInt8(v)) }
            else if v >= 65 && v <= 90 { cur.append(UInt8(v + 32)) }
            else if v == 0x2019 { cur.append(39) }
            else if u.properties.isAlphabetic { cur.append(contentsOf: Array(String(u).utf8)) }
            else { flush() }
        }
        flush()
        return out.map { $0.hasSuffix(".") && $0.count > 1 && !$0.hasPrefix("u.") ? String($0.dropLast()) : $0 }
    }

    @Test func wordsMatchTheReference() {
        // The shortcut's premise: General Punctuation holds no alphabetic character.
        #expect((0x2000...0x206F).compactMap(Unicode.Scalar.init).allSatisfy { !$0.properties.isAlphabetic })
        var texts = Self.sentences(count: 300, seed: 17)
        texts += ["U.S. forces hit a base.", "u.s. and U.N. officials", "a.. b. c", ".", "x.", "İran’s militia—said “no.”", "café. naïve.",
                  "\u{0D4E}. reph", "e\u{301}. mark", "’s. ’", "1.5 km. 2.", "Kataib Hezbollah. claimed"]
        for text in texts {
            #expect(Words.of(text) == Self.wordsReference(text), "\(text)")
            #expect(Words.of(text, limit: 3) == Self.wordsReference(text, limit: 3), "\(text)")
        }
    }
}
