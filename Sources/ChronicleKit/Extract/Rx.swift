import Foundation

/// A regular expression compiled once (patterns are `static let`s), with small helpers that work on
/// `NSString` so every offset is a UTF-16 offset, like `Mention.range`.
/// A pattern that fails to compile matches nothing (and `RxTests` checks that every pattern compiles),
/// so no input can crash the extractor.
///
/// `anchors` are literal words every match must contain (ASCII, compared case-folded): when a string holds
/// none of them the regex is not run at all (ICU matching is the extractor's main cost). By default they are
/// read off the pattern (`RxLiterals`); hand-written ones (`anchors:`) may say more than the syntax shows and
/// must cover every alternative of the pattern. Debug builds (and so the tests) still run the regex and
/// assert that it finds nothing, so an anchor list that falls behind its pattern fails loudly.
public struct Rx: @unchecked Sendable {
    public let pattern: String
    let regex: NSRegularExpression?
    /// For a case-insensitive pattern: the same pattern with its ASCII letters lower-cased, matched
    /// case-sensitively on the ASCII-lower-cased text (see `RxText.caseSafe`). ICU's case-insensitive matching
    /// folds every character it compares; this finds the same matches at the same offsets in less time.
    let lowered: NSRegularExpression?
    let anchors: WordList
    /// For each top-level alternative, word lists that must all occur for it to match (`RxLiterals.branches`); empty
    /// when the pattern gives none. Tested after `anchors`, it rules out texts that hold a word of every alternative
    /// but all the words of none ("said" without "claimed it" or "responsibility").
    let branches: [[WordList]]
    /// For a pattern that is only a list of whole words, `\b(?:at|on|near)\b` (case-insensitive, ASCII letters):
    /// the words, lower-cased. On a `RxText.plain` text such a pattern matches exactly the maximal runs of ASCII
    /// word characters that spell one of them, so `run` finds them with a byte scan instead of ICU.
    let wordAlternatives: [[UInt16]]?
    /// At most how many words a match starts before the first anchor it holds ("more than a few minutes later":
    /// four before "minute"), when the pattern says so: a search of a text then starts that many words before the
    /// first anchor in it rather than at the text's start (see `narrowed`). Nil for patterns whose matches could be
    /// affected by where the search starts (`^`, `$`, look-behinds).
    let lead: Int?
    /// The pattern as a Swift program (`RxProgram`) for plain texts, when it parses: for a case-insensitive pattern
    /// the lower-cased one, run on the lower-cased units (`onLowered`). Nil leaves every text to ICU.
    let program: RxProgram?
    let onLowered: Bool

    public init(caseInsensitive: Bool, _ pattern: String) { self.init(pattern, caseInsensitive: caseInsensitive) }

    public init(_ pattern: String, caseInsensitive: Bool = true, anchors: [String] = [], lead: Int? = nil) {
        self.pattern = pattern
        let f = Folded(bytes: Array(pattern.utf8))
        self.lead = lead.flatMap { !anchors.isEmpty && !["^", "$", "(?<", "\\A", "\\Z", "\\z", "\\G"].contains(where: f.has) ? $0 : nil }
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        regex = try? NSRegularExpression(pattern: pattern, options: options)
        lowered = caseInsensitive ? Rx.lowerCased(pattern).flatMap { try? NSRegularExpression(pattern: $0, options: []) } : nil
        // Hand-written anchors win (they may know more than the syntax shows); otherwise the pattern's own literals.
        let literals = RxLiterals.analyse(pattern)
        let words = anchors.isEmpty ? literals.required ?? [] : anchors
        self.anchors = WordList(bytes: words.map { Array($0.asciiLower.utf8) })
        wordAlternatives = caseInsensitive && regex != nil ? Rx.wordAlternatives(pattern) : nil
        branches = literals.branches?.map { $0.map { WordList(bytes: $0.map { Array($0.utf8) }) } } ?? []
        onLowered = caseInsensitive
        let source = caseInsensitive ? (lowered == nil ? nil : Rx.lowerCased(pattern)) : pattern
        let groups = regex?.numberOfCaptureGroups
        program = source.flatMap(RxProgram.compile).flatMap { $0.groups == groups ? $0 : nil }
    }

    public var compiles: Bool { regex != nil }

    /// The pattern with ASCII letters lower-cased outside escapes (`\b`, `\S`, `\d` keep their meaning), or nil
    /// when lower-casing could change it: inline flags, property and named-character escapes, POSIX classes.
    static func lowerCased(_ pattern: String) -> String? {
        // Byte tests (Foundation's `contains` is a locale-aware search, slow enough to show in start-up).
        let f = Folded(bytes: Array(pattern.utf8))
        if f.has("\\p") || f.has("\\P") || f.has("\\N") || f.has("[:") { return nil }
        var out: [UInt8] = []
        var bytes = Array(pattern.utf8)[...]
        while let c = bytes.popFirst() {
            if c == UInt8(ascii: "\\") {
                out.append(c)
                if let e = bytes.popFirst() { out.append(e) }
                continue
            }
            // "(?" opens a group kind: only non-capturing groups and look-arounds are safe to keep.
            if c == UInt8(ascii: "("), bytes.first == UInt8(ascii: "?") {
                let kind = bytes.dropFirst().first
                guard let k = kind, [UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<")].contains(k) else { return nil }
                if k == UInt8(ascii: "<"), let k2 = bytes.dropFirst(2).first, k2 != UInt8(ascii: "="), k2 != UInt8(ascii: "!") { return nil }
            }
            out.append(c &- 65 < 26 ? c | 0x20 : c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of a pattern spelled `\b(?:w1|w2|…)\b` with each word one or more ASCII letters; nil for any
    /// other pattern.
    static func wordAlternatives(_ pattern: String) -> [[UInt16]]? {
        let b = Array(pattern.utf8)
        let head = Array(#"\b(?:"#.utf8), tail = Array(#")\b"#.utf8)
        guard b.count > head.count + tail.count, Array(b.prefix(head.count)) == head, Array(b.suffix(tail.count)) == tail else { return nil }
        let words = b[head.count..<(b.count - tail.count)].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 &- 65 < 26 || $0 &- 97 < 26 } }) else { return nil }
        return words.map { $0.map { UInt16($0 &- 65 < 26 ? $0 | 0x20 : $0) } }
    }

    /// ASCII `\w` (letters, digits, underscore): on a `RxText.plain` text, the only word characters there are.
    @inline(__always) static func isWordUnit(_ u: UInt16) -> Bool { u &- 48 < 10 || u &- 65 < 26 || u &- 97 < 26 || u == 95 }

    /// `wordAlternatives`' matches in `r`, found the way ICU finds them: a match starts where `\b` holds before a
    /// letter and ends where `\b` holds after one, so it is a whole run of word characters (with transparent bounds
    /// the units outside `r` decide whether a run touching its edge is whole; without, the edges end runs).
    private static func wordScan(_ words: [[UInt16]], _ u: [unichar], range r: NSRange, transparent: Bool, first: Bool) -> [NSRange] {
        let lo = r.location, hi = r.location + r.length
        var out: [NSRange] = []
        var i = lo
        while i < hi {
            guard isWordUnit(u[i]) else { i += 1; continue }
            var j = i + 1
            while j < hi && isWordUnit(u[j]) { j += 1 }
            let whole = !transparent || ((i == 0 || !isWordUnit(u[i - 1])) && (j == u.count || !isWordUnit(u[j])))
            if whole, words.contains(where: { w in w.count == j - i && w.indices.allSatisfy { u[i + $0] | (u[i + $0] &- 65 < 26 ? 0x20 : 0) == w[$0] } }) {
                out.append(NSRange(location: i, length: j - i))
                if first { break }
            }
            i = j
        }
        return out
    }

    /// False when the anchors prove there is no match in the whole string (with a range, still a valid test: a
    /// match inside the range is inside the string).
    @inline(__always) func mayMatch(_ t: RxText) -> Bool {
        if t.foldsToASCII { return true }
        if anchors.count > 0, !t.folded.hasAny(anchors) { return false }
        return branches.isEmpty || branches.contains { $0.allSatisfy { Rx.occurs($0, in: t) } }
    }

    @inline(__always) static func occurs(_ list: WordList, in t: RxText) -> Bool {
        t.folded.hasAny(list)
    }

    /// Runs the lower-cased pattern on the lower-cased text when that is safe, else the pattern as written. Debug
    /// builds (and so the tests) also run the pattern as written and check that they agree.
    private func run(_ s: NSString, _ t: RxText, range r: NSRange, options: NSRegularExpression.MatchingOptions, first: Bool) -> [NSTextCheckingResult] {
        guard let regex else { return [] }
        if let words = wordAlternatives, t.plain, !options.contains(.anchored), r.location >= 0, r.location + r.length <= t.original.count {
            let fast = Rx.wordScan(words, t.original, range: r, transparent: options.contains(.withTransparentBounds), first: first).map { range -> NSTextCheckingResult in
                var range = range
                return NSTextCheckingResult.regularExpressionCheckingResult(ranges: &range, count: 1, regularExpression: regex)
            }
            assert(Rx.sameMatches(fast, Rx.foundation(regex, s as String, range: r, options: options, first: first)),
                   "Rx word scan disagrees on \(s): \(pattern)")
            return fast
        }
        if let program, t.plain, let found = t.withUnits(lowered: onLowered, { program.matches($0, range: r, options: options, first: first, regex: regex) }) {
            assert(Rx.sameMatches(found, Rx.foundation(regex, s as String, range: r, options: options, first: first)),
                   "RxProgram disagrees with ICU on \(s): \(pattern)")
            return found
        }
        if let lowered, t.caseSafe {
            let fast = Rx.foundation(lowered, t.lowered, range: r, options: options, first: first)
            assert(Rx.sameMatches(fast, Rx.foundation(regex, s as String, range: r, options: options, first: first)),
                   "Rx lower-cased pattern disagrees on \(s): \(pattern)")
            return fast
        }
        return Rx.foundation(regex, s as String, range: r, options: options, first: first)
    }

    private static func foundation(_ regex: NSRegularExpression, _ s: String, range: NSRange, options: NSRegularExpression.MatchingOptions, first: Bool) -> [NSTextCheckingResult] {
        if first { return regex.firstMatch(in: s, options: options, range: range).map { [$0] } ?? [] }
        return regex.matches(in: s, options: options, range: range)
    }

    private static func sameMatch(_ a: NSTextCheckingResult?, _ b: NSTextCheckingResult?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.numberOfRanges == b.numberOfRanges && (0..<a.numberOfRanges).allSatisfy { NSEqualRanges(a.range(at: $0), b.range(at: $0)) }
    }

    private static func sameMatches(_ a: [NSTextCheckingResult], _ b: [NSTextCheckingResult]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { sameMatch($0, $1) }
    }

    public func matches(_ s: NSString, in range: NSRange? = nil) -> [NSTextCheckingResult] {
        guard let regex else { return [] }
        let t = RxText.of(s)
        guard mayMatch(t) else {
            assert(regex.firstMatch(in: s as String, options: [], range: NSRange(location: 0, length: s.length)) == nil, "Rx anchors miss a match of \(pattern) in \(s)")
            return []
        }
        let r = range ?? NSRange(location: 0, length: s.length)
        if let near = narrowed(t, r) {
            let found = run(s, t, range: near, options: [.withTransparentBounds, .withoutAnchoringBounds], first: false)
            assert(Rx.sameMatches(found, regex.matches(in: s as String, range: r)), "Rx: a match of \(pattern) starts more than \(lead ?? 0) words before an anchor in \(s)")
            return found
        }
        return run(s, t, range: r, options: [], first: false)
    }

    /// With `lead`, where in `r` a match can start: `lead` words (and one more, to spare) before the first anchor in
    /// `r`, words told apart by ASCII white space only (`\s` separates at least as many). Searched with transparent,
    /// non-anchoring bounds from there, the text before it still decides `\b`, as in a search of all of `r`; the
    /// matches are the same, since none starts earlier. Nil when `r` does not reach the text's end (a transparent end
    /// would see past it), when some character folds to an ASCII letter (the anchors' bytes may not show a match), or
    /// when there is nothing to skip.
    private func narrowed(_ t: RxText, _ r: NSRange) -> NSRange? {
        guard let lead, !t.foldsToASCII, r.location >= 0, r.location + r.length == t.original.count,
              let q = t.folded.firstOccurrence(anchors, from: r.location, to: r.location + r.length) else { return nil }
        let u = t.original
        @inline(__always) func space(_ c: unichar) -> Bool { c == 32 || (c >= 9 && c <= 13) }
        var p = q
        for _ in 0...lead {
            while p > r.location && space(u[p - 1]) { p -= 1 }
            while p > r.location && !space(u[p - 1]) { p -= 1 }
        }
        return p > r.location ? NSRange(location: p, length: r.location + r.length - p) : nil
    }

    public func first(_ s: NSString, in range: NSRange? = nil) -> NSTextCheckingResult? {
        guard let regex else { return nil }
        let t = RxText.of(s)
        guard mayMatch(t) else {
            assert(regex.firstMatch(in: s as String, options: [], range: NSRange(location: 0, length: s.length)) == nil, "Rx anchors miss a match of \(pattern) in \(s)")
            return nil
        }
        let r = range ?? NSRange(location: 0, length: s.length)
        if let near = narrowed(t, r) {
            let found = run(s, t, range: near, options: [.withTransparentBounds, .withoutAnchoringBounds], first: true).first
            assert(Rx.sameMatch(found, regex.firstMatch(in: s as String, range: r)), "Rx: a match of \(pattern) starts more than \(lead ?? 0) words before an anchor in \(s)")
            return found
        }
        return run(s, t, range: r, options: [], first: true).first
    }

    public func test(_ s: NSString, in range: NSRange? = nil) -> Bool { first(s, in: range) != nil }

    /// `test(s.sub(window) as NSString)` without cutting the window out: a range search with anchoring, opaque
    /// bounds (Foundation's default) sees only the window, as a search of the cut-out string does, so `^`, `$`,
    /// `\b` and look-arounds judge the window's edges the same way. The anchors are looked for inside the window.
    /// Context tests read short windows round each name and attack word; cutting each out cost a string, an
    /// `NSString` and a fresh `RxText` (and pushed the sentence's own out of the cache). A window whose edge splits a
    /// surrogate pair (the cut-out string repairs it) is still cut out.
    func test(_ s: NSString, window: NSRange) -> Bool { first(s, window: window) != nil }

    /// `test(s.slice(from, to) as NSString)` without cutting the slice out: the rules test short stretches before and
    /// after attack words and names, and each cut cost a `String`, an `NSString` and a fresh `RxText` (its units, its
    /// folded bytes). On a `RxText.plain` text every unit is a character of its own (no surrogates, no combining marks)
    /// except CR LF, so the slice's edges are the offsets themselves (clamped) unless one falls between CR and LF; then
    /// the window search gives the cut's answer (`test(_:window:)`). Other texts are still cut out.
    func test(_ s: NSString, slice from: Int, _ to: Int) -> Bool {
        let t = RxText.of(s)
        let u = t.original, n = u.count
        let a = max(0, min(from, n)), b = max(a, max(0, min(to, n)))
        @inline(__always) func midCRLF(_ i: Int) -> Bool { i > 0 && i < n && u[i - 1] == 13 && u[i] == 10 }
        guard t.plain, !midCRLF(a), !midCRLF(b) else { return test(s.slice(from, to) as NSString) }
        let found = test(s, window: NSRange(location: a, length: b - a))
        assert(found == test(s.slice(from, to) as NSString), "Rx slice search disagrees with the cut-out slice: \(pattern) on \(s.slice(from, to))")
        return found
    }

    /// The first match in `window` (offsets in `s`), as `first(s.sub(window) as NSString)` finds it shifted by
    /// `window.location` (see `test(_:window:)`).
    func first(_ s: NSString, window: NSRange) -> NSTextCheckingResult? {
        guard let regex else { return nil }
        let t = RxText.of(s)
        let u = t.original
        let n = u.count // (`s.length` costs more than the rest of a call that the anchors rule out)
        let lo = max(0, min(window.location, n)), hi = max(lo, min(window.location + window.length, n))
        if (lo > 0 && lo < n && u[lo] & 0xFC00 == 0xDC00) || (hi > 0 && hi < n && u[hi - 1] & 0xFC00 == 0xD800) {
            let cut = s.sub(NSRange(location: lo, length: hi - lo)) as NSString
            return first(cut).map { $0.adjustingRanges(offset: lo) }
        }
        let r = NSRange(location: lo, length: hi - lo)
        guard mayMatch(t, in: r) else {
            assert(regex.firstMatch(in: s as String, options: [], range: r) == nil, "Rx anchors miss a match of \(pattern) in \(s.sub(r))")
            return nil
        }
        let found = run(s, t, range: r, options: [], first: true).first
        assert(Rx.sameMatch(found?.adjustingRanges(offset: -lo), first(s.sub(r) as NSString)), "Rx window search disagrees with the cut-out window: \(pattern) on \(s.sub(r))")
        return found
    }

    /// `mayMatch` for matches inside `r`: the anchors and branch words must occur inside it.
    @inline(__always) func mayMatch(_ t: RxText, in r: NSRange) -> Bool {
        if r.location == 0 && r.length == t.original.count { return mayMatch(t) }
        if t.foldsToASCII { return true }
        let lo = r.location, hi = r.location + r.length
        if anchors.count > 0, !t.folded.hasAny(anchors, from: lo, to: hi) { return false }
        return branches.isEmpty || branches.contains { $0.allSatisfy { t.folded.hasAny($0, from: lo, to: hi) } }
    }

    /// The matches a scan of the whole string finds inside `range`, for patterns whose matches are single words
    /// between `\b`s: look-arounds and `\b` see past the range (transparent bounds), so only the range is scanned.
    func wordMatches(_ s: NSString, within range: NSRange) -> [NSTextCheckingResult] {
        let lo = max(0, min(range.location, s.length)), hi = max(lo, min(range.location + range.length, s.length))
        let t = RxText.of(s)
        return run(s, t, range: NSRange(location: lo, length: hi - lo), options: [.withTransparentBounds], first: false)
    }

    /// The matches of a scan of the whole string that start at `from` or later, when no match starts before `from`
    /// (the caller knows where matches can start): look-arounds and `\b` see the text before `from`, so only the
    /// rest is scanned and the matches are the same.
    func matches(_ s: NSString, from: Int) -> [NSTextCheckingResult] {
        let lo = max(0, min(from, s.length))
        let t = RxText.of(s)
        guard mayMatch(t) else { return [] }
        let found = run(s, t, range: NSRange(location: lo, length: s.length - lo), options: [.withTransparentBounds], first: false)
        assert(lo == 0 || regex.map { Rx.sameMatches(found, $0.matches(in: s as String, range: NSRange(location: 0, length: s.length))) } ?? true,
               "Rx: a match of \(pattern) starts before \(lo) in \(s)")
        return found
    }

    /// The match that starts exactly at `location`, if any, judging look-arounds and `\b` by the whole string
    /// (anchored, transparent bounds): what a scan over the whole string would find at that position.
    func match(_ s: NSString, at location: Int) -> NSTextCheckingResult? {
        guard location >= 0, location <= s.length else { return nil }
        let t = RxText.of(s)
        let r = NSRange(location: location, length: s.length - location)
        return run(s, t, range: r, options: [.anchored, .withTransparentBounds], first: true).first
    }

    public func test(_ s: String) -> Bool { test(s as NSString) }
}

/// One string as the regex helpers read it: ASCII-folded bytes for the anchor prefilter and, when safe, the
/// ASCII-lower-cased text for lower-cased patterns. Many patterns are asked about the same sentence in a row,
/// so the last string seen is kept per thread (held strongly, so its identity cannot be reused meanwhile).
final class RxText {
    let source: NSString
    /// The text's units ASCII-folded to bytes (see `folded`).
    private let foldedUnits: Folded
    private var indexedUnits: Folded?
    private var keywordQueries = 0
    /// Only ASCII and case-less punctuation (quotes, dashes, NBSP): lower-casing the ASCII letters then keeps
    /// every case-insensitive match, since no other character folds to or from an ASCII letter.
    let caseSafe: Bool
    /// Holds a character whose case folding is or contains an ASCII letter ("ſ" → s, the Kelvin sign → k,
    /// "ß" → ss, ligatures): a case-insensitive regex can match ASCII anchors there that the bytes do not show.
    let foldsToASCII: Bool
    /// Only ASCII and the quotes, dashes and dots of U+2010–U+2027: no character there is a word character, a
    /// combining mark, a format character or one that folds to ASCII, so ASCII rules decide `\b` and case.
    let plain: Bool
    /// The text as UTF-16 (for byte-level searches such as `plainRange(of:)`); `lowered` spells it with its ASCII
    /// letters lower-cased (folded as it is built: a second, lower-cased copy of the units cost an array per text).
    let original: [unichar]
    /// Built as UTF-8 by hand: a case-safe text holds only ASCII and two- or three-byte BMP characters, and
    /// decoding UTF-16 through the standard library was slower than the regex it feeds.
    lazy var lowered: String = {
        var out = [UInt8]()
        out.reserveCapacity(original.count + 16)
        for u in original {
            if u < 0x80 { out.append(UInt8(u &- 65 < 26 ? u | 0x20 : u)) }
            else if u < 0x800 { out.append(UInt8(0xC0 | (u >> 6))); out.append(UInt8(0x80 | (u & 0x3F))) }
            else { out.append(UInt8(0xE0 | (u >> 12))); out.append(UInt8(0x80 | ((u >> 6) & 0x3F))); out.append(UInt8(0x80 | (u & 0x3F))) }
        }
        return String(decoding: out, as: UTF8.self)
    }()

    private init(_ s: NSString) {
        source = s
        let n = s.length
        let units = RxText.utf16(of: s, count: n)
        original = units
        var safe = true, folds = false, plainText = true
        // Folded straight into the array's storage (texts cut from sentences are made by the thousand per article).
        let bytes = [UInt8](unsafeUninitializedCapacity: n) { out, count in
            units.withUnsafeBufferPointer { src in
                for i in 0..<n {
                    let u = src[i]
                    if u < 0x80 {
                        out[i] = UInt8(u &- 65 < 26 ? u | 0x20 : u)
                    } else {
                        out[i] = 0x80
                        if !(u >= 0x2000 && u <= 0x206F || u >= 0xA0 && u <= 0xBF || u == 0xD7 || u == 0xF7) { safe = false }
                        if u < 0x2010 || u > 0x2027 { plainText = false }
                        // (None of them is below U+00DF or in General Punctuation, where quotes and dashes are.)
                        if u >= 0xDF, u & 0xFF80 != 0x2000, RxText.foldingToASCII.contains(u) { folds = true }
                    }
                }
            }
            count = n
        }
        foldedUnits = Folded(bytes: bytes)
        caseSafe = safe
        foldsToASCII = folds
        plain = plainText
    }

    /// The string's UTF-16 units. A Swift-backed `NSString` copies them out of its `String` one index step at a
    /// time when the text is not ASCII; transcoding its contiguous UTF-8 by hand gives the same units faster.
    static func utf16(of s: NSString, count n: Int) -> [unichar] {
        // Only a plain `NSString` is backed by a `String` (valid UTF-16 by construction, so the units are the same).
        guard type(of: s) == NSString.self else { return copied(s, n) }
        let str = s as String
        let fast = str.utf8.withContiguousStorageIfAvailable { b -> [unichar]? in
            [unichar](unsafeUninitializedCapacity: n) { out, count in
                count = 0
                var i = 0, k = 0
                let m = b.count
                while i < m {
                    let c = UInt32(b[i])
                    var scalar: UInt32
                    if c < 0x80 { scalar = c; i += 1 }
                    else if c < 0xE0, i + 1 < m { scalar = (c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F); i += 2 }
                    else if c < 0xF0, i + 2 < m { scalar = (c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F); i += 3 }
                    else if i + 3 < m { scalar = (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F); i += 4 }
                    else { return }
                    if scalar < 0x10000 {
                        guard k < n else { return }
                        out[k] = unichar(scalar); k += 1
                    } else {
                        guard k + 1 < n else { return }
                        let v = scalar - 0x10000
                        out[k] = unichar(0xD800 | (v >> 10)); out[k + 1] = unichar(0xDC00 | (v & 0x3FF)); k += 2
                    }
                }
                count = k
            }
        } ?? nil
        if let fast, fast.count == n { return fast }
        return copied(s, n)
    }

    private static func copied(_ s: NSString, _ n: Int) -> [unichar] {
        var units = [unichar](repeating: 0, count: n)
        units.withUnsafeMutableBufferPointer { if let p = $0.baseAddress, n > 0 { s.getCharacters(p, range: NSRange(location: 0, length: n)) } }
        return units
    }

    /// Characters whose full case folding holds an ASCII letter (Unicode CaseFolding.txt): ß, İ, ŉ, ſ, ǰ,
    /// ẖ–ẚ, ẞ, the Kelvin sign and the Latin ligatures ﬀ–ﬆ.
    static let foldingToASCII: Set<unichar> = [0xDF, 0x130, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E,
                                               0x212A, 0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06]

    /// `original` with ASCII letters lower-cased, for `RxProgram`s of case-insensitive patterns.
    private lazy var loweredUnits: [unichar] = original.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }

    func withUnits<R>(lowered: Bool, _ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
        lowered ? loweredUnits.withUnsafeBufferPointer(body) : original.withUnsafeBufferPointer(body)
    }

    /// The folded text for keyword tests. A text asked more than twice (a sentence, which a hundred prefilters read,
    /// most of their words absent) gets a `BytePairIndex`; a window cut out for a pattern or two is only scanned.
    var folded: Folded {
        if let f = indexedUnits { return f }
        keywordQueries += 1
        guard keywordQueries > 2 else { return foldedUnits }
        let f = foldedUnits.indexed
        indexedUnits = f
        return f
    }

    /// The few strings seen last, most recent first: a sentence and the clauses cut from it alternate. Kept in raw
    /// memory (each source's identity beside its text, retained by hand): the look-up runs tens of thousands of times
    /// per article, and an array of references cost a retain, a release and an exclusivity check per step.
    private final class Slot {
        /// `sources[k]` is the identity of `texts[k].source`; `count.pointee` entries, most recent first.
        let sources = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: RxText.kept)
        let texts = UnsafeMutablePointer<Unmanaged<RxText>>.allocate(capacity: RxText.kept)
        let count = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        init() { count.initialize(to: 0) }
        deinit {
            for k in 0..<count.pointee { texts[k].release() }
            sources.deallocate(); texts.deallocate(); count.deallocate()
        }
        /// Moves entries `0..<k` one place down (entry `k` is overwritten) and puts `t` first.
        @inline(__always) func putFirst(_ t: Unmanaged<RxText>, source: UnsafeMutableRawPointer, over k: Int) {
            var j = k
            while j > 0 { sources[j] = sources[j - 1]; texts[j] = texts[j - 1]; j -= 1 }
            sources[0] = source; texts[0] = t
        }
    }
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in if let p { Unmanaged<Slot>.fromOpaque(p).release() } }
        return k
    }()

    /// How many recent texts are kept: enough for the sentences a later pass reads again (a paragraph's first
    /// sentence, the sentences round a mention) besides the windows cut from the current one.
    static let kept = 16

    static func of(_ s: NSString) -> RxText {
        let slot: Slot
        if let p = pthread_getspecific(key) { slot = Unmanaged<Slot>.fromOpaque(p).takeUnretainedValue() }
        else { slot = Slot(); pthread_setspecific(key, Unmanaged.passRetained(slot).toOpaque()) }
        // (A plain `NSString`, the usual case, is never mutable: the cast is asked only of other classes. A cached text
        // holds its source, so no other string can have the same identity meanwhile.)
        let source = Unmanaged.passUnretained(s).toOpaque()
        let n = slot.count.pointee
        if type(of: s) == NSString.self || !(s is NSMutableString) {
            var k = 0
            while k < n {
                if slot.sources[k] == source {
                    let t = slot.texts[k]
                    if k > 0 { slot.putFirst(t, source: source, over: k) }
                    return t.takeUnretainedValue()
                }
                k += 1
            }
        }
        let t = RxText(s)
        // The least recent text is dropped when the list is full (its slot is the one the others move into).
        if n >= RxText.kept { slot.texts[n - 1].release(); slot.putFirst(Unmanaged.passRetained(t), source: source, over: n - 1) }
        else { slot.putFirst(Unmanaged.passRetained(t), source: source, over: n); slot.count.pointee = n + 1 }
        return t
    }
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
        return sub(NSRange(location: a, length: b - a))
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
    /// Set for texts asked about many times (see `indexed`): keyword tests then look their needles up.
    let pairs: BytePairIndex?

    init(bytes: [UInt8]) { self.bytes = bytes; pairs = nil }

    /// The same text with a `BytePairIndex`, for a text that many keyword lists will be tested against.
    init(indexing bytes: [UInt8]) { self.bytes = bytes; pairs = BytePairIndex(bytes) }

    var indexed: Folded { pairs == nil ? Folded(indexing: bytes) : self }

    init(_ s: String) {
        // Native strings fold straight from their contiguous UTF-8 (the `map` route costs more per byte).
        bytes = s.utf8.withContiguousStorageIfAvailable { b -> [UInt8] in
            [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                for i in 0..<b.count { let c = b[i]; out[i] = c &- 65 < 26 ? c | 0x20 : c }
                count = b.count
            }
        } ?? s.utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }
        pairs = nil
    }

    /// From UTF-16 units without bridging to `String`; non-ASCII units become 0x80 (never part of an ASCII needle).
    init(_ ns: NSString) {
        let n = ns.length
        pairs = nil
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

    /// A native string's UTF-8 is read in place (string literals, the usual needles, are): copying it into an
    /// array cost an allocation per test, and classifiers ask dozens of them per word.
    func has(_ needle: String) -> Bool {
        needle.utf8.withContiguousStorageIfAvailable { has(bytes: $0) } ?? has(Array(needle.utf8))
    }

    func has(_ needle: [UInt8]) -> Bool { needle.withUnsafeBufferPointer { has(bytes: $0) } }

    private func has(bytes needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, m = bytes.count
        guard n > 0 else { return true }
        guard n <= m else { return false }
        if let pairs { return bytes.withUnsafeBufferPointer { Folded.first(needle, in: $0, pairs, from: 0, to: m, before: m) != nil } }
        let first = needle[0]
        return bytes.withUnsafeBufferPointer { b -> Bool in
            var i = 0
            while i <= m - n {
                if b[i] == first {
                    var j = 1
                    while j < n && b[i + j] == needle[j] { j += 1 }
                    if j == n { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// One pass over the text: only positions whose byte starts some needle are compared (same answer as
    /// testing each needle in turn, which scanned the text once per needle). The table of first bytes is a
    /// 256-bit mask on the stack (it was a heap array built on every call); `WordList` precomputes more.
    func hasAny(_ needles: [[UInt8]]) -> Bool {
        if needles.count < 2 { return needles.first.map(has) ?? false }
        let k = needles.count, m = bytes.count
        if let pairs, k * Folded.lookUpCost <= m {
            return bytes.withUnsafeBufferPointer { b in
                needles.contains { nd in nd.isEmpty || nd.withUnsafeBufferPointer { Folded.first($0, in: b, pairs, from: 0, to: m, before: m) != nil } }
            }
        }
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
        return hasAny(list, from: 0, to: bytes.count)
    }

    /// `hasAny` on `bytes[from..<to]` alone (a needle must lie wholly inside).
    func hasAny(_ list: WordList, from: Int, to: Int) -> Bool { occurrence(list, from: from, to: to, earliest: false) != nil }

    /// Where the first needle found in `bytes[from..<to]` starts (a needle must lie wholly inside), if any.
    func firstOccurrence(_ list: WordList, from: Int, to: Int) -> Int? { occurrence(list, from: from, to: to, earliest: true) }

    /// Where some needle lies wholly inside `bytes[from..<to]`: the earliest start, or with `earliest` false any
    /// (the scan finds the earliest anyway; the index stops at the first needle found).
    private func occurrence(_ list: WordList, from: Int, to: Int, earliest: Bool) -> Int? {
        if list.hasEmpty { return max(0, min(from, bytes.count)) }
        let lo = max(0, min(from, bytes.count)), m = max(lo, min(to, bytes.count))
        if let pairs, list.count * Folded.lookUpCost <= m - lo { return indexedOccurrence(list, pairs, from: lo, to: m, earliest: earliest) }
        return bytes.withUnsafeBufferPointer { b -> Int? in
            list.flat.withUnsafeBufferPointer { flat -> Int? in
                list.offsets.withUnsafeBufferPointer { off -> Int? in
                    list.firstIndex.withUnsafeBufferPointer { first -> Int? in
                        var i = lo
                        while i < m {
                            let c = Int(b[i])
                            var k = Int(first[c]), end = Int(first[c + 1])
                            while k < end {
                                let s = Int(off[k]), n = Int(off[k + 1]) - s
                                if n <= m - i {
                                    var j = 1
                                    while j < n && b[i + j] == flat[s + j] { j += 1 }
                                    if j == n { return i }
                                }
                                k += 1
                            }
                            i += 1
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// A look-up costs about as much as scanning this many bytes: shorter texts (or longer lists) are scanned.
    static let lookUpCost = 3

    /// `occurrence` through the pair index, each needle looked up on its own: its first pair's bucket is the list's
    /// (`WordList.pairBuckets`, hashed once), so a needle whose pair the text lacks costs one load of the bucket's head.
    private func indexedOccurrence(_ list: WordList, _ pairs: BytePairIndex, from lo: Int, to hi: Int, earliest: Bool) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            list.flat.withUnsafeBufferPointer { flat -> Int? in
                list.offsets.withUnsafeBufferPointer { off -> Int? in
                    list.pairBuckets.withUnsafeBufferPointer { pb -> Int? in
                        pairs.withChains { heads, next -> Int? in
                            var limit = hi // a needle found earlier than any before it moves the limit down
                            var found = false
                            for k in 0..<pb.count {
                                let s = Int(off[k]), n = Int(off[k + 1]) - s
                                let bucket = Int(pb[k])
                                if bucket < 0 {
                                    // One byte: scanned (the index holds pairs).
                                    let c = flat[s]
                                    var i = lo
                                    while i < limit { if b[i] == c { break }; i += 1 }
                                    if i < limit { if !earliest { return i }; limit = i; found = true }
                                    continue
                                }
                                var p = Int(heads[bucket])
                                while p >= 0 && p < limit && p + n <= hi {
                                    if p >= lo {
                                        var j = 0
                                        while j < n && b[p + j] == flat[s + j] { j += 1 }
                                        if j == n {
                                            if !earliest { return p }
                                            limit = p; found = true
                                            break
                                        }
                                    }
                                    p = Int(next[p])
                                }
                            }
                            return found ? limit : nil
                        }
                    }
                }
            }
        }
    }

    /// Where `needle` (not empty) first lies wholly inside `b[lo..<hi]`, starting before `limit`.
    private static func first(_ needle: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>, _ pairs: BytePairIndex,
                              from lo: Int, to hi: Int, before limit: Int) -> Int? {
        if needle.count >= 2 { return pairs.first(needle, in: b, from: lo, to: hi, before: limit) }
        let c = needle[0]
        var i = lo
        while i < min(limit, hi) { if b[i] == c { return i }; i += 1 }
        return nil
    }

}

/// The first or last few words of a short stretch of text, for word-position prefilters in front of regexes
/// anchored at a window's edge ("^… said", "killed …$"). Only ASCII text is tokenised; any other character
/// gives nil, and the caller runs its regex as before (so a prefilter never changes an answer).
enum EdgeWords {
    static func isWordByte(_ c: UInt8) -> Bool { c &- 48 < 10 || c &- 65 < 26 || c &- 97 < 26 || c == 95 }

    /// Lower-cased runs of ASCII letters, digits and `_` (ICU's `\w` on ASCII), the first `limit` of them.
    static func first(_ ns: NSString, from: Int, length: Int, limit: Int) -> [String]? {
        words(ns, from: from, length: length, limit: limit, fromEnd: false)
    }

    /// The last `limit` runs of non-space characters, lower-cased, in text order.
    static func lastTokens(_ ns: NSString, from: Int, length: Int, limit: Int) -> [String]? {
        words(ns, from: from, length: length, limit: limit, fromEnd: true)
    }

    private static func words(_ ns: NSString, from: Int, length: Int, limit: Int, fromEnd: Bool) -> [String]? {
        let lo = max(0, min(from, ns.length)), n = max(0, min(length, ns.length - lo))
        guard n > 0 else { return [] }
        // The units as the regex helpers hold them (the text is a sentence its patterns read too).
        return RxText.of(ns).original[lo..<(lo + n)].withUnsafeBufferPointer { buf -> [String]? in
            var out: [String] = []
            var cur: [UInt8] = []
            func flush() {
                guard !cur.isEmpty else { return }
                out.append(String(decoding: fromEnd ? cur.reversed() : cur, as: UTF8.self))
                cur.removeAll(keepingCapacity: true)
            }
            var i = fromEnd ? n - 1 : 0
            while fromEnd ? i >= 0 : i < n {
                let u = buf[i]
                // Non-ASCII (and VT, which ICU's `\s` leaves out) is left to the regex.
                if u >= 0x80 || u == 11 { return nil }
                let c = UInt8(u)
                // Tokens: `\w` runs from the start; non-space runs from the end (what `\s+` separates).
                let inWord = fromEnd ? !(c == 32 || (c >= 9 && c <= 13)) : isWordByte(c)
                if inWord { cur.append(c &- 65 < 26 ? c | 0x20 : c) } else { flush(); if out.count >= limit { break } }
                i += fromEnd ? -1 : 1
            }
            flush()
            return fromEnd ? Array(out.prefix(limit).reversed()) : Array(out.prefix(limit))
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
    /// For needle k (in `flat`'s order), the `BytePairIndex` bucket of its first two bytes; -1 for a one-byte needle.
    let pairBuckets: [Int32]
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
        pairBuckets = sorted.map { $0.count >= 2 ? Int32(BytePairIndex.bucket($0[0], $0[1])) : -1 }
    }
}

extension String {
    static let punctuationToTrim: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "(", ")", "[", "]", "“", "”", "‘", "’", "-", "–", "—", "*"]

    /// ASCII-only lower case (fast; news keywords and month names are ASCII).
    var asciiLower: String { String(decoding: utf8.map { $0 &- 65 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) }

    /// Fast ASCII case-insensitive substring test.
    func has(_ needle: String) -> Bool { Folded(self).has(needle.asciiLower) }

    /// Trims ASCII punctuation and quotes at both ends (cheaper than CharacterSet on Linux).
    var trimmedPunctuation: String {
        let skip = String.punctuationToTrim
        var s = Substring(self)
        while let f = s.first, skip.contains(f) { s = s.dropFirst() }
        while let l = s.last, skip.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
