import Foundation

/// A regular expression compiled once (patterns are `static let`s), with small helpers that work on
/// `NSString` so every offset is a UTF-16 offset, like `Mention.range`.
/// A pattern that fails to compile matches nothing (and `RxTests` checks that every pattern compiles),
/// so no input can crash the extractor.
public struct Rx: @unchecked Sendable {
    public let pattern: String
    let regex: NSRegularExpression?

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
    func slice(_ from: Int, _ to: Int) -> String {
        let a = max(0, min(from, length)), b = max(a, min(to, length))
        return substring(with: NSRange(location: a, length: b - a))
    }
}
