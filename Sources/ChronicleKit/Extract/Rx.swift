import Foundation

/// A regular expression compiled once (patterns are `static let`s), with small helpers that work on
/// `NSString` so every offset is a UTF-16 offset, like `Mention.range`.
/// A pattern that fails to compile matches nothing (and `RxTests` checks that every pattern compiles),
/// so no input can crash the extractor.
public struct Rx: @unchecked Sendable {
    public let pattern: String
    let regex: NSRegularExpression?

    public init(caseInsensitive: Bool, _ pattern: String) { self.init(pattern, caseInsensitive: caseInsensitive) }

    public init(_ pattern: String, caseInsensitive: Bool = true) {
        self.pattern = pattern
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        regex = try? NSRegularExpression(pattern: pattern, options: options)
    }

    public var compiles: Bool { regex != nil }

    public func matches(_ s: NSString, in range: NSRange? = nil) -> [NSTextCheckingResult] {
        guard let regex else { return [] }
        return regex.matches(in: s as String, options: [], range: range ?? NSRange(location: 0, length: s.length))
    }

    public func first(_ s: NSString, in range: NSRange? = nil) -> NSTextCheckingResult? {
        guard let regex else { return nil }
        return regex.firstMatch(in: s as String, options: [], range: range ?? NSRange(location: 0, length: s.length))
    }

    public func test(_ s: NSString, in range: NSRange? = nil) -> Bool { first(s, in: range) != nil }

    public func test(_ s: String) -> Bool { test(s as NSString) }
}

extension NSTextCheckingResult {
    /// The text of capture group `i`, or nil when the group did not take part in the match.
    func group(_ i: Int, in s: NSString) -> String? {
        guard i < numberOfRanges else { return nil }
        let r = range(at: i)
        return r.location == NSNotFound ? nil : s.substring(with: r)
    }

    func has(_ i: Int) -> Bool { i < numberOfRanges && range(at: i).location != NSNotFound }
}

extension NSString {
    func text(_ r: NSRange) -> String { substring(with: r) }
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

    init(_ s: String) { bytes = s.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 } }

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

    func hasAny(_ needles: [[UInt8]]) -> Bool { needles.contains(where: has) }
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
