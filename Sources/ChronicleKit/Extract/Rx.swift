import Foundation

/// A regular expression compiled once (patterns are `static let`s), with small helpers that work on
/// `NSString` so every offset is a UTF-16 offset, like `Mention.range`.
/// A pattern that fails to compile matches nothing (and `RxTests` checks that every pattern compiles),
/// so no input can crash the extractor.
///
/// `anchors` (optional) are literal words every match must contain (ASCII, compared case-folded): when a
/// string holds none of them the regex is not run at all (ICU matching is the extractor's main cost). They
/// must cover every alternative of the pattern; debug builds (and so the tests) still run the regex and
/// assert that it finds nothing, so an anchor list that falls behind its pattern fails loudly.
public struct Rx: @unchecked Sendable {
    public let pattern: String
    let regex: NSRegularExpression?
    let anchors: WordList

    public init(caseInsensitive: Bool, _ pattern: String) { self.init(pattern, caseInsensitive: caseInsensitive) }

    public init(_ pattern: String, caseInsensitive: Bool = true, anchors: [String] = []) {
        self.pattern = pattern
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        regex = try? NSRegularExpression(pattern: pattern, options: options)
        self.anchors = WordList(bytes: anchors.map { Array($0.asciiLower.utf8) })
    }

    public var compiles: Bool { regex != nil }


    /// False when the anchors prove there is no match in the whole string. Folded from the bridged `String`
    /// (its contiguous UTF-8): same answer for ASCII anchors, cheaper than `getCharacters` on Linux.
    @inline(__always) func mayMatch(_ s: NSString, _ range: NSRange?) -> Bool {
        anchors.count == 0 || range != nil || Folded(s as String).hasAny(anchors)
    }

    public func matches(_ s: NSString, in range: NSRange? = nil) -> [NSTextCheckingResult] {
        guard let regex else { return [] }
        guard mayMatch(s, range) else {
            assert(regex.firstMatch(in: s as String, options: [], range: NSRange(location: 0, length: s.length)) == nil, "Rx anchors miss a match of \(pattern) in \(s)")
            return []
        }
        return regex.matches(in: s as String, options: [], range: range ?? NSRange(location: 0, length: s.length))
    }

    public func first(_ s: NSString, in range: NSRange? = nil) -> NSTextCheckingResult? {
        guard let regex else { return nil }
        guard mayMatch(s, range) else {
            assert(regex.firstMatch(in: s as String, options: [], range: NSRange(location: 0, length: s.length)) == nil, "Rx anchors miss a match of \(pattern) in \(s)")
            return nil
        }
        return regex.firstMatch(in: s as String, options: [], range: range ?? NSRange(location: 0, length: s.length))
    }

    public func test(_ s: NSString, in range: NSRange? = nil) -> Bool { first(s, in: range) != nil }

    /// The match that starts exactly at `location`, if any, judging look-arounds and `\b` by the whole string
    /// (anchored, transparent bounds): what a scan over the whole string would find at that position.
    func match(_ s: NSString, at location: Int) -> NSTextCheckingResult? {
        guard let regex, location >= 0, location <= s.length else { return nil }
        return regex.firstMatch(in: s as String, options: [.anchored, .withTransparentBounds],
                                range: NSRange(location: location, length: s.length - location))
    }

    public func test(_ s: String) -> Bool { test(s as NSString) }
}

extension NSTextCheckingResult {
    /// The text of capture group `i`, or nil when the group did not take part in the match.
    func group(_ i: Int, in s: NSString) -> String? {
        guard i < numberOfRanges else { return nil }
        let r = range(at: i)
        return r.location == NSNotFound ? nil : s.sub(r)
    }

    func has(_ i: Int) -> Bool { i < numberOfRanges && range(at: i).location != NSNotFound }
}

extension NSString {
    func text(_ r: NSRange) -> String { sub(r) }
    /// Text between two UTF-16 offsets, widened so it never cuts a surrogate pair or a composed
    /// character in half (a lone surrogate makes Foundation's String bridging trap).
    func slice(_ from: Int, _ to: Int) -> String {
        let a = boundary(atOrBefore: max(0, min(from, length)))
        let b = max(a, boundary(atOrAfter: max(0, min(to, length))))
        return substring(with: NSRange(location: a, length: b - a))
    }

    /// The text from `from` to the end, starting on a character boundary.
    func tail(from: Int) -> String { slice(from, length) }

    func boundary(atOrBefore i: Int) -> Int {
        guard i > 0, i < length else { return i }
        return rangeOfComposedCharacterSequence(at: i).location
    }

    func boundary(atOrAfter i: Int) -> Int {
        guard i > 0, i < length else { return i }
        let r = rangeOfComposedCharacterSequence(at: i)
        return r.location == i ? i : r.location + r.length
    }
}

/// ASCII case folding and substring tests on UTF-8 bytes. On Linux `String.asciiLower` and
/// `String.contains(_:)` go through Foundation and cost more than a regex call; keyword prefilters run on
/// every sentence, so they use this instead.
struct Folded {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    init(_ s: String) {
        // Native strings fold straight from their contiguous UTF-8 (the `map` route costs more per byte).
        bytes = s.utf8.withContiguousStorageIfAvailable { b -> [UInt8] in
            [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                for i in 0..<b.count { let c = b[i]; out[i] = c &- 65 < 26 ? c | 0x20 : c }
                count = b.count
            }
        } ?? s.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
    }

    /// From UTF-16 units without bridging to `String`; non-ASCII units become 0x80 (never part of an ASCII needle).
    init(_ ns: NSString) {
        let n = ns.length
        guard n > 0 else { bytes = []; return }
        // Units in a scratch buffer on the stack, folded straight into the byte array (one allocation).
        bytes = withUnsafeTemporaryAllocation(of: unichar.self, capacity: n) { units -> [UInt8] in
            guard let p = units.baseAddress else { return [] }
            ns.getCharacters(p, range: NSRange(location: 0, length: n))
            return [UInt8](unsafeUninitializedCapacity: n) { out, count in
                for i in 0..<n { let u = units[i]; out[i] = u < 0x80 ? (u &- 65 < 26 ? UInt8(u | 0x20) : UInt8(u)) : 0x80 }
                count = n
            }
        }
    }

    func has(_ needle: String) -> Bool { has(Array(needle.utf8)) }

    func has(_ needle: [UInt8]) -> Bool {
        let n = needle.count, m = bytes.count
        guard n > 0 else { return true }
        guard n <= m else { return false }
        let first = needle[0]
        var i = 0
        while i <= m - n {
            if bytes[i] == first {
                var j = 1
                while j < n && bytes[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }

    /// One pass over the text: only positions whose byte starts some needle are compared (same answer as
    /// testing each needle in turn, which scanned the text once per needle). The table of first bytes is a
    /// 256-bit mask on the stack (it was a heap array built on every call); `WordList` precomputes more.
    func hasAny(_ needles: [[UInt8]]) -> Bool {
        if needles.count < 2 { return needles.first.map(has) ?? false }
        let k = needles.count, m = bytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: k) { firsts -> Bool in
            // First bytes copied out once, so a candidate position only touches the needles it starts.
            var mask = ByteMask()
            for t in 0..<k { guard let f = needles[t].first else { return true }; firsts[t] = f; mask.insert(f) }
            return bytes.withUnsafeBufferPointer { b -> Bool in
                var i = 0
                while i < m {
                    let c = b[i]
                    if mask.contains(c) {
                        for t in 0..<k where firsts[t] == c {
                            let found = needles[t].withUnsafeBufferPointer { nd -> Bool in
                                let n = nd.count
                                guard n <= m - i else { return false }
                                var j = 1
                                while j < n && b[i + j] == nd[j] { j += 1 }
                                return j == n
                            }
                            if found { return true }
                        }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `hasAny` with the needles grouped by first byte once per word list: a byte that starts no needle costs
    /// one table look-up, one that does is compared only with the needles it starts.
    func hasAny(_ list: WordList) -> Bool {
        if list.count < 2 { return list.needles.first.map(has) ?? false }
        if list.hasEmpty { return true }
        let m = bytes.count
        return bytes.withUnsafeBufferPointer { b -> Bool in
            list.flat.withUnsafeBufferPointer { flat -> Bool in
                list.offsets.withUnsafeBufferPointer { off -> Bool in
                    list.firstIndex.withUnsafeBufferPointer { lo -> Bool in
                        var i = 0
                        while i < m {
                            let c = Int(b[i])
                            var k = Int(lo[c]), end = Int(lo[c + 1])
                            while k < end {
                                let s = Int(off[k]), n = Int(off[k + 1]) - s
                                if n <= m - i {
                                    var j = 1
                                    while j < n && b[i + j] == flat[s + j] { j += 1 }
                                    if j == n { return true }
                                }
                                k += 1
                            }
                            i += 1
                        }
                        return false
                    }
                }
            }
        }
    }

}

/// A set of bytes as four 64-bit words (no allocation).
struct ByteMask {
    var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0
    @inline(__always) mutating func insert(_ c: UInt8) {
        let bit = UInt64(1) << UInt64(c & 63)
        switch c >> 6 { case 0: w0 |= bit; case 1: w1 |= bit; case 2: w2 |= bit; default: w3 |= bit }
    }
    @inline(__always) func contains(_ c: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(c & 63)
        switch c >> 6 { case 0: return w0 & bit != 0; case 1: return w1 & bit != 0; case 2: return w2 & bit != 0; default: return w3 & bit != 0 }
    }
}

/// Needles for `Folded.hasAny` grouped by first byte, computed once (keep these in `static let`s).
struct WordList: Sendable {
    let needles: [[UInt8]]
    var count: Int { needles.count }
    let hasEmpty: Bool
    /// Non-empty needles sorted by first byte, concatenated; needle k is `flat[offsets[k]..<offsets[k+1]]`.
    let flat: [UInt8]
    let offsets: [Int32]
    /// Needles starting with byte c are `firstIndex[c]..<firstIndex[c+1]` (257 entries).
    let firstIndex: [Int32]

    init(_ words: [String]) { self.init(bytes: words.map { Array($0.utf8) }) }

    /// Some needle starts at `i` in `bytes`.
    func startsAt(_ bytes: [UInt8], _ i: Int) -> Bool {
        guard i >= 0, i < bytes.count else { return false }
        if hasEmpty { return true }
        let c = Int(bytes[i]), m = bytes.count
        var k = Int(firstIndex[c])
        let end = Int(firstIndex[c + 1])
        while k < end {
            let s = Int(offsets[k]), n = Int(offsets[k + 1]) - s
            if n <= m - i {
                var j = 1
                while j < n && bytes[i + j] == flat[s + j] { j += 1 }
                if j == n { return true }
            }
            k += 1
        }
        return false
    }
    init(bytes: [[UInt8]]) {
        needles = bytes
        hasEmpty = bytes.contains { $0.isEmpty }
        let sorted = bytes.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var flat: [UInt8] = [], offsets: [Int32] = [0]
        for nd in sorted { flat += nd; offsets.append(Int32(flat.count)) }
        var first = [Int32](repeating: 0, count: 257)
        var k = 0
        for c in 0...256 {
            while k < sorted.count && Int(sorted[k][0]) < c { k += 1 }
            first[c] = Int32(k)
        }
        self.flat = flat
        self.offsets = offsets
        firstIndex = first
    }
}

extension String {
    /// ASCII-only lower case (fast; news keywords and month names are ASCII).
    var asciiLower: String { String(decoding: utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) }

    /// Fast ASCII case-insensitive substring test.
    func has(_ needle: String) -> Bool { Folded(self).has(needle.asciiLower) }

    /// Trims ASCII punctuation and quotes at both ends (cheaper than CharacterSet on Linux).
    var trimmedPunctuation: String {
        let skip: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "“", "”", "‘", "’", "-", "–", "—", "*"]
        var s = Substring(self)
        while let f = s.first, skip.contains(f) { s = s.dropFirst() }
        while let l = s.last, skip.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
