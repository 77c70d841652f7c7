import Foundation
import Testing
@testable import ChronicleKit

/// The speed routes of text handling give exactly what the plain Foundation and regex routes give.
@Suite("Fast text routes")
struct FastTextTests {
    /// Mixed ASCII, two-, three- and four-byte characters and lone surrogates, cut at every range.
    @Test func subEqualsSubstring() {
        let pieces: [[unichar]] = [Array("Rockets hit".utf16), [0x201C, 0x2019, 0x2014], Array("é".utf16), Array("😀".utf16), [0xD800], [0xDC00], [0x7F, 0x80, 0x7FF, 0x800, 0xFFFF]]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var units: [unichar] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) { units += pieces.randomElement(using: &rng)! }
            let ns = NSString(characters: units, length: units.count)
            for a in 0..<units.count {
                for b in a...units.count {
                    let r = NSRange(location: a, length: b - a)
                    #expect(ns.sub(r) == ns.substring(with: r), "\(units) \(r)")
                }
            }
        }
    }

    @Test func wordListAgreesWithPlainHasAny() {
        let words = ["air", "bomb", "fire", "ied", "opened fire", "x"]
        let list = WordList(words)
        let needles = words.map { Array($0.utf8) }
        for text in ["", "They OPENED FIRE.", "no match here", "fir", "a bombing", "ie", "xylophone", "Ã©air"] {
            let f = Folded(text)
            let plain = needles.contains { f.has($0) }
            #expect(f.hasAny(list) == plain, "\(text)")
            #expect(f.hasAny(needles) == plain, "\(text)")
            for i in 0..<f.bytes.count {
                #expect(list.startsAt(f.bytes, i) == needles.contains { Array(f.bytes[i...].prefix($0.count)) == $0 }, "\(text) at \(i)")
            }
        }
    }

    /// Candidate-position matching finds exactly the matches of a full scan of the plain trigger pattern.
    @Test func triggerMatchesEqualFullScan() {
        let sentences = ["An airstrike hit a depot; drone strikes and rocket fire followed.", "Militants opened fire, then a car bomb exploded near the gunfight.",
                         "The suicide drone attack and two ballistic missiles struck targets.", "x-attack attacks reattack “attack” 5attack _attack éattack",
                         "Nothing happened here.", "Shelling, shoot-outs and ambushes: exchanges of fire in the war-planes’ range.",
                         // A verb's stem shorter than its noun ("exchang-ing" is no "exchange"): every start must be a prefix of the words.
                         "Troops were exchanging fire with the gunmen, who had exchanged fire with police before."]
        for s in sentences {
            var units = Array(s.utf16)
            for i in units.indices where units[i] &- 65 < 26 { units[i] |= 0x20 }
            let lowered = NSString(characters: units, length: units.count)
            let bytes = units.map { $0 < 0x80 ? UInt8($0) : 0x80 }
            let fast = EventTriggers.triggerMatches(lowered, bytes).map(\.range)
            let full = EventTriggers.triggerReference.matches(lowered).map(\.range)
            #expect(fast == full, "\(s)")
            #expect(!full.isEmpty || s.hasPrefix("Nothing"))
        }
    }
}

/// The byte routes of `hasPrefix`/`hasSuffix` for ASCII needles and the sentence memo of unlisted places.
@Suite("ASCII affixes and unlisted-place memo")
struct AsciiAffixAndMemoTests {
    static let words = ["", "a", "k", "K", "kill", "killed", "Killed", "\u{212A}illed", "kille\u{301}d", "kille\u{301}", "ki\u{301}lled",
                        "stop", "stopped", "stöp", "planes", "plan\u{308}", "plan", "pla", "wounded", "unwounded", "un-wounded",
                        "a\r\nb", "a\r", "\nb", "\r\nkill", "kill\r\n", "é", "éstop", "x😀", "😀kill", "kill😀", "threatened", "deter"]
    static let needles = ["k", "K", "kill", "killed", "stop", "plan", "plane", "wounded", "ed", "d", "a\r", "\nb", "a", "b", "\r\nb",
                          "é", "😀", "threat", "deter", "-wounded"]

    @Test func asciiHasPrefixEqualsHasPrefix() {
        for w in Self.words {
            for n in Self.needles { #expect(w.asciiHasPrefix(n) == w.hasPrefix(n), "\(w.unicodeScalars.map(\.value)) \(n)") }
        }
    }

    @Test func asciiHasSuffixEqualsHasSuffix() {
        for w in Self.words {
            for n in Self.needles { #expect(w.asciiHasSuffix(n) == w.hasSuffix(n), "\(w.unicodeScalars.map(\.value)) \(n)") }
        }
    }

    /// Random ASCII words and stems (the usual case, all on the byte route).
    @Test func asciiAffixesOnRandomWords() {
        var rng = SystemRandomNumberGenerator()
        let letters = Array("abk-'e")
        func word(_ n: Int) -> String { String((0..<n).map { _ in letters.randomElement(using: &rng)! }) }
        for _ in 0..<2000 {
            let w = word(Int.random(in: 0...6, using: &rng)), n = word(Int.random(in: 1...3, using: &rng))
            #expect(w.asciiHasPrefix(n) == w.hasPrefix(n), "\(w) \(n)")
            #expect(w.asciiHasSuffix(n) == w.hasSuffix(n), "\(w) \(n)")
        }
    }

    /// `Gazetteer.nameKey`'s byte route for ASCII names gives the Character-wise key.
    @Test func nameKeyEqualsCharacterRoute() {
        func reference(_ name: String) -> String {
            String(name.lowercased().map { $0 == "-" || $0 == "‑" ? " " : ($0 == "’" ? "'" : $0) })
        }
        let names = ["", "Baghdad", "Deir ez-Zor", "AL-QAIM", "Ras al-Ain", "Ma'arrat al-Nu'man", "Za’atari", "Şemdinli", "Tel‑Aviv",
                     "Kfar-Yuval", "\u{212A}andahar", "Cafe\u{301}", "a\r\nb", "Aleppo 2", "_X-y_", "Saint-Étienne", "Dehiwala-Mount Lavinia"]
        for n in names { #expect(Gazetteer.nameKey(n) == reference(n), "\(n)") }
        var rng = SystemRandomNumberGenerator()
        let chars = Array("aZ-‑’' Qé")
        for _ in 0..<500 {
            let n = String((0..<Int.random(in: 0...8, using: &rng)).map { _ in chars.randomElement(using: &rng)! })
            #expect(Gazetteer.nameKey(n) == reference(n), "\(n)")
        }
    }

    /// The memo gives `UnlistedPlace.mention(for:in:gazetteer:)`'s answer for each mention, asked once or again, and
    /// keeps mentions at the same range with other entries apart.
    @Test func unlistedPlaceMemoEqualsDirectAnswer() {
        let kb = KnowledgeBase.builtIn()
        let ex = IncidentExtractor(knowledge: kb)
        let texts = ["Gunmen attacked the village of Sarja in Idlib province on Monday, killing five people.",
                     "A car bomb exploded near the Hamra Junction in Baghdad on Tuesday.",
                     "Militants attacked an army camp in Inates, Tillaberi region, on Wednesday.",
                     "Two rockets hit Syria on Thursday."]
        var seen = 0, found = 0
        for text in texts {
            let art = Article(id: "a", file: "a.md", path: "a.md", title: "T", published: nil, paragraphs: [text])
            for s in ex.segment(art) {
                for p in s.places {
                    let direct = UnlistedPlace.mention(for: p, in: s, gazetteer: kb.gazetteer)
                    #expect(s.memo.unlistedPlace(for: p, in: s, gazetteer: kb.gazetteer) == direct, "\(text) \(p.text)")
                    #expect(s.memo.unlistedPlace(for: p, in: s, gazetteer: kb.gazetteer) == direct, "\(text) \(p.text)")
                    var other = p
                    other.entry.kind = p.entry.kind == .country ? .city : .country
                    #expect(s.memo.unlistedPlace(for: other, in: s, gazetteer: kb.gazetteer) == UnlistedPlace.mention(for: other, in: s, gazetteer: kb.gazetteer))
                    seen += 1
                    if direct != nil { found += 1 }
                }
            }
        }
        #expect(seen > 0)
        #expect(found > 0)
    }
}
