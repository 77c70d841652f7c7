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
