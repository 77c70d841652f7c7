import Foundation

extension NSString {
    /// `substring(with:)` with a fast route (news copy is nearly all ASCII, with curly quotes and dashes): on
    /// Linux `substring(with:)` decodes UTF-16 through the generic transcoder, a tenth of extraction time. The
    /// result is the same string: well-formed UTF-16 has exactly one UTF-8 spelling; stretches with a lone
    /// surrogate (and bad ranges) still go through `substring(with:)`.
    func sub(_ range: NSRange) -> String {
        let n = range.length, units = length
        guard n > 0, range.location >= 0, range.location + n <= units else { return substring(with: range) }
        if type(of: self) == NSString.self, let s = utf8Slice(range, units: units) { return s }
        return withUnsafeTemporaryAllocation(of: unichar.self, capacity: n) { buf -> String in
            guard let base = buf.baseAddress else { return substring(with: range) }
            getCharacters(base, range: range)
            return String(wellFormedUTF16: UnsafeBufferPointer(buf)) ?? substring(with: range)
        }
    }
}

extension NSString {
    /// The text of a UTF-16 range cut straight from the backing `String`'s UTF-8 (a plain `NSString` holds a Swift
    /// string; `getCharacters` copies a non-ASCII one out a unit at a time). Nil when the range splits a surrogate
    /// pair (the caller's route repairs that) or the storage is not contiguous.
    fileprivate func utf8Slice(_ range: NSRange, units: Int) -> String? {
        let str = self as String
        return str.utf8.withContiguousStorageIfAvailable { b -> String? in
            let lo = range.location, hi = range.location + range.length
            if b.count == units { return String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self) }
            var unit = 0, i = 0, start = -1, end = -1
            let m = b.count
            while i <= m {
                if unit == lo && start < 0 { start = i }
                if unit == hi { end = i; break }
                guard i < m else { break }
                let c = b[i]
                if c < 0x80 { i += 1; unit += 1 }
                else if c < 0xE0 { i += 2; unit += 1 }
                else if c < 0xF0 { i += 3; unit += 1 }
                else {
                    // One scalar, two units: a range edge between them splits the pair.
                    if unit + 1 == lo || unit + 1 == hi { return nil }
                    i += 4; unit += 2
                }
            }
            guard start >= 0, end >= start, end <= m else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        } ?? nil
    }

    /// `range(of:)` for an ASCII needle without Foundation's search, when the answer cannot differ: the text holds
    /// only ASCII and the quotes, dashes and dots of U+2010–U+2027 (no combining mark, joiner or character that
    /// decomposes to ASCII, which a non-literal search would treat differently). Other texts take `range(of:)`.
    func plainRange(of needle: String) -> NSRange {
        let nd = Array(needle.utf16)
        guard !nd.isEmpty, nd.allSatisfy({ $0 < 0x80 }) else { return range(of: needle) }
        let t = RxText.of(self)
        guard t.plain else { return range(of: needle) }
        let u = t.original
        let n = nd.count, m = u.count
        guard n <= m else { return NSRange(location: NSNotFound, length: 0) }
        var i = 0
        while i <= m - n {
            if u[i] == nd[0] {
                var j = 1
                while j < n && u[i + j] == nd[j] { j += 1 }
                if j == n { return NSRange(location: i, length: n) }
            }
            i += 1
        }
        return NSRange(location: NSNotFound, length: 0)
    }
}

extension String {
    /// The string spelled by UTF-16 units, transcoded by hand; nil when they hold a lone surrogate (callers then
    /// take Foundation's route, which repairs it).
    init?(wellFormedUTF16 u: UnsafeBufferPointer<unichar>) {
        let n = u.count
        var size = 0
        var i = 0
        while i < n {
            let c = u[i]
            if c < 0x80 { size += 1 }
            else if c < 0x800 { size += 2 }
            else if c & 0xF800 != 0xD800 { size += 3 }
            else if c < 0xDC00, i + 1 < n, u[i + 1] & 0xFC00 == 0xDC00 { size += 4; i += 1 }
            else { return nil }
            i += 1
        }
        if size == n {
            self.init(unsafeUninitializedCapacity: n) { out in
                for k in 0..<n { out[k] = UInt8(truncatingIfNeeded: u[k]) }
                return n
            }
            return
        }
        self.init(unsafeUninitializedCapacity: size) { out in
            var o = 0, i = 0
            while i < n {
                let c = UInt32(u[i])
                if c < 0x80 { out[o] = UInt8(c); o += 1 }
                else if c < 0x800 { out[o] = UInt8(0xC0 | (c >> 6)); out[o + 1] = UInt8(0x80 | (c & 0x3F)); o += 2 }
                else if c & 0xF800 != 0xD800 {
                    out[o] = UInt8(0xE0 | (c >> 12)); out[o + 1] = UInt8(0x80 | ((c >> 6) & 0x3F)); out[o + 2] = UInt8(0x80 | (c & 0x3F)); o += 3
                } else {
                    let s = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                    out[o] = UInt8(0xF0 | (s >> 18)); out[o + 1] = UInt8(0x80 | ((s >> 12) & 0x3F))
                    out[o + 2] = UInt8(0x80 | ((s >> 6) & 0x3F)); out[o + 3] = UInt8(0x80 | (s & 0x3F)); o += 4
                    i += 1
                }
                i += 1
            }
            return o
        }
    }
}

extension String {
    /// `String(decoding: units, as: UTF16.self)` through the hand-written transcoder above (the generic decoder
    /// of an array slice was a quarter of sentence segmentation); ill-formed units still take the generic route,
    /// which repairs them the same way as before.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(wellFormedUTF16: $0) } ?? String(decoding: units, as: UTF16.self)
    }
}

extension NSString {
    /// `substring(from:)` and `substring(to:)` through `sub`'s fast route (the same text; Foundation's own cost
    /// tens of thousands of instructions a call on Linux).
    func sub(from i: Int) -> String { sub(NSRange(location: i, length: length - i)) }
    func sub(to i: Int) -> String { sub(NSRange(location: 0, length: i)) }
}

extension String {
    /// `contains(needle)` (Foundation's search) for an ASCII needle, answered from the UTF-8 without Foundation when the
    /// answer cannot differ: the text holds only ASCII and the quotes, dashes and dots of U+2010–U+2027 (as in
    /// `plainRange(of:)`; an ASCII needle never matches inside those characters' bytes). Other texts and needles take
    /// `contains`.
    func plainContains(_ needle: String) -> Bool {
        var needle = needle
        let found: Bool?? = needle.withUTF8 { nd -> Bool?? in
            let n = nd.count
            guard n > 0, nd.allSatisfy({ $0 < 0x80 }) else { return .some(nil) }
            return utf8.withContiguousStorageIfAvailable { b -> Bool? in
                let m = b.count
                var i = 0
                while i < m {
                    let c = b[i]
                    if c < 0x80 { i += 1; continue }
                    guard c == 0xE2, i + 2 < m, b[i + 1] == 0x80, b[i + 2] >= 0x90, b[i + 2] <= 0xA7 else { return nil }
                    i += 3
                }
                guard n <= m else { return false }
                var p = 0
                while p <= m - n {
                    if b[p] == nd[0] {
                        var j = 1
                        while j < n && b[p + j] == nd[j] { j += 1 }
                        if j == n { return true }
                    }
                    p += 1
                }
                return false
            }
        }
        if let f = found, let answer = f { return answer }
        return contains(needle)
    }
}

extension String {
    /// `hasPrefix(prefix)` read off the UTF-8 bytes when the answer cannot differ: the prefix is ASCII and does not end
    /// in CR, and the bytes compared (with the one after them) are ASCII, so each is a character of its own (no ASCII
    /// byte extends the character before it, except LF after CR) and none is canonically equal to another. Any other
    /// case takes `hasPrefix` (non-ASCII text may hold a character equal to an ASCII one, the Kelvin sign's "K").
    func asciiHasPrefix(_ prefix: String) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { w -> Bool? in
            prefix.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                let k = p.count
                guard k > 0, p[k - 1] != 13 else { return nil }
                var i = 0
                while i < k {
                    guard p[i] < 0x80 else { return nil }
                    guard i < w.count else { return false }
                    let c = w[i]
                    guard c < 0x80 else { return nil }
                    if c != p[i] { return false }
                    i += 1
                }
                if k < w.count, w[k] >= 0x80 { return nil }
                return true
            } ?? nil
        }
        if let f = fast, let answer = f { return answer }
        return hasPrefix(prefix)
    }

    /// `hasSuffix(suffix)` read off the UTF-8 bytes when the answer cannot differ (as `asciiHasPrefix`): the suffix is
    /// ASCII and does not start with LF, and the bytes compared (with the one before them) are ASCII.
    func asciiHasSuffix(_ suffix: String) -> Bool {
        let fast: Bool?? = utf8.withContiguousStorageIfAvailable { w -> Bool? in
            suffix.utf8.withContiguousStorageIfAvailable { p -> Bool? in
                let k = p.count, m = w.count
                guard k > 0, p[0] != 10 else { return nil }
                guard p.allSatisfy({ $0 < 0x80 }) else { return nil }
                // Shorter ASCII text: fewer characters than the suffix.
                guard k <= m else { return w.allSatisfy({ $0 < 0x80 }) ? false : nil }
                let from = m - k
                var j = from > 0 ? from - 1 : from
                while j < m { guard w[j] < 0x80 else { return nil }; j += 1 }
                var i = 0
                while i < k { if w[from + i] != p[i] { return false }; i += 1 }
                return true
            } ?? nil
        }
        if let f = fast, let answer = f { return answer }
        return hasSuffix(suffix)
    }
}
