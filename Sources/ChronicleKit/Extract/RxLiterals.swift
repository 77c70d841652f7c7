/// The literal words a regular expression cannot match without: every match contains at least one of them
/// (ASCII, lower-cased). `Rx` skips the regex when a text holds none of them, which is most calls: the
/// extractor asks ~120 patterns about every sentence and few of them match. Derived from the pattern itself
/// (the prefilter idea of RE2's `FilteredRE2`), so the list cannot fall behind a pattern that changes.
///
/// Sound by construction for the syntax it understands and `nil` (no prefilter) for anything else: a
/// pattern it cannot read fully, inline flags other than case, `\Q…\E`, nested character classes.
/// Only ASCII letters are kept as literal characters; a text whose case folding maps other characters
/// onto ASCII letters skips the prefilter (`RxText.foldsToASCII`).
enum RxLiterals {
    /// Strings shorter than this make a weak prefilter (found in most texts); such patterns get none.
    static let minimumLength = 3
    /// Largest set of alternatives kept exact (cross products beyond this become requirements).
    static let exactLimit = 16

    static func required(_ pattern: String) -> [String]? { analyse(pattern).required }

    /// `required` and `branches` from one reading of the pattern (recording the branches does not change what the
    /// parser finds; reading each of the extractor's ~400 patterns twice was a visible part of start-up).
    static func analyse(_ pattern: String) -> (required: [String]?, branches: [[[String]]]?) {
        var parser = Parser(bytes: Array(pattern.utf8))
        parser.recordBranches = true
        guard let info = parser.alternation(), parser.atEnd else { return (nil, nil) }
        return (required(from: info), branches(from: parser.topBranches))
    }

    private static func required(from info: Info) -> [String]? {
        guard case let .some(set) = info.requirement, let shortest = set.map(\.count).min(), shortest >= minimumLength else { return nil }
        // A needle that contains another needle is implied by it.
        let needles = withoutImplied(set)
        return needles.sorted()
    }

    /// The words of `set` that contain no other word of it (a needle that contains another is implied by it), tested
    /// on bytes (needles are ASCII; Foundation's `String.contains` is a locale-aware search that made reading the
    /// patterns a visible part of start-up), each word's bytes made once rather than once per pair.
    static func withoutImplied(_ set: Set<String>) -> [String] {
        let words = set.map { ($0, Folded(bytes: Array($0.utf8))) }
        return words.filter { s in !words.contains { $0.0 != s.0 && s.1.has($0.1.bytes) } }.map(\.0)
    }

    /// A finer prefilter for patterns that are alternations of sequences: for each top-level alternative, the
    /// literal sets that all must occur in a match of it (every finished literal and every inexact part of the
    /// sequence is one requirement on its own; `required` keeps only the strongest). A text can match only if,
    /// for some alternative, each of its sets has a word in the text. Nil when the pattern cannot be read or some
    /// alternative has no requirement, and when it would say no more than `required` (one alternative, one set).
    static func branches(_ pattern: String) -> [[[String]]]? { analyse(pattern).branches }

    private static func branches(from topBranches: [[Set<String>]]) -> [[[String]]]? {
        var out: [[[String]]] = []
        for clauses in topBranches {
            // Sets with a word shorter than the minimum are found in most texts: no use as a test.
            let strong = clauses.filter { set in (set.map(\.count).min() ?? 0) >= minimumLength }
            guard !strong.isEmpty else { return nil }
            var seen = Set<[String]>()
            var sets: [[String]] = []
            for set in strong {
                let needles = withoutImplied(set).sorted()
                if seen.insert(needles).inserted { sets.append(needles) }
            }
            // The longest shortest word first: the set least often present rules the alternative out soonest.
            sets.sort { a, b in
                let la = a.map(\.count).min() ?? 0, lb = b.map(\.count).min() ?? 0
                return la != lb ? la > lb : a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
            }
            out.append(Array(sets.prefix(4)))
        }
        if out.count == 1 && out[0].count == 1 { return nil }
        return out
    }

    /// What a piece of pattern guarantees: an exact finite set of strings it matches (lower-cased), or a set of
    /// which every match contains one (`nil`: no guarantee).
    enum Info {
        case exact(Set<String>)
        case requirement(Set<String>?)

        static let empty = Info.exact([""])
        static let anything = Info.requirement(nil)

        var requirement: Set<String>? {
            switch self {
            case .exact(let set): return set.contains("") ? nil : set
            case .requirement(let set): return set
            }
        }

        /// The stronger of two requirements: the longer shortest needle (fewer texts hold it), then fewer needles.
        static func stronger(_ a: Set<String>?, _ b: Set<String>?) -> Set<String>? {
            guard let a else { return b }
            guard let b else { return a }
            let la = a.map(\.count).min() ?? 0, lb = b.map(\.count).min() ?? 0
            if la != lb { return la > lb ? a : b }
            return a.count <= b.count ? a : b
        }

        static func concat(_ x: Info, _ y: Info) -> Info {
            if case .exact(let a) = x, case .exact(let b) = y, a.count * b.count <= exactLimit {
                var out = Set<String>()
                for p in a { for q in b { out.insert(p + q) } }
                return .exact(out)
            }
            return .requirement(stronger(x.requirement, y.requirement))
        }

        static func alternate(_ xs: [Info]) -> Info {
            var exact = Set<String>(), allExact = true
            for x in xs { if case .exact(let s) = x { exact.formUnion(s) } else { allExact = false } }
            if allExact && exact.count <= exactLimit { return .exact(exact) }
            var union = Set<String>()
            for x in xs {
                guard let r = x.requirement else { return .anything }
                union.formUnion(r)
            }
            return .requirement(union)
        }
    }

    /// A recursive-descent reader of ICU pattern syntax, just deep enough to see literals.
    struct Parser {
        let bytes: [UInt8]
        var i = 0
        /// With `recordBranches`, the requirement sets of each top-level alternative (see `branches`).
        var recordBranches = false
        var topBranches: [[Set<String>]] = []
        var depth = 0
        var lastClauses: [Set<String>] = []

        var atEnd: Bool { i >= bytes.count }
        func peek(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

        mutating func alternation() -> Info? {
            var branches: [Info] = []
            let top = depth == 0
            depth += 1
            defer { depth -= 1 }
            while true {
                guard let b = sequence() else { return nil }
                branches.append(b)
                if top && recordBranches { topBranches.append(lastClauses) }
                guard peek() == UInt8(ascii: "|") else { break }
                i += 1
            }
            return branches.count == 1 ? branches[0] : Info.alternate(branches)
        }

        /// Exact pieces grow into longer literals (`r`,`e`,`s`… → "responsibility") until something inexact
        /// interrupts them; the strongest of the finished literals and inexact parts is the sequence's requirement.
        mutating func sequence() -> Info? {
            var run: Set<String> = [""]
            var best: Set<String>?
            var exact = true
            // Every requirement met on the way (each holds on its own; `best` is the strongest of them).
            var clauses: [Set<String>] = []
            while let c = peek(), c != UInt8(ascii: "|"), c != UInt8(ascii: ")") {
                guard let atom = atom(), let quantified = quantify(atom) else { return nil }
                switch (Info.concat(.exact(run), quantified)) {
                case .exact(let longer): run = longer
                case .requirement:
                    exact = false
                    best = Info.stronger(best, Info.exact(run).requirement)
                    if let r = Info.exact(run).requirement { clauses.append(r) }
                    if case .exact(let s) = quantified { run = s } else {
                        best = Info.stronger(best, quantified.requirement)
                        if let r = quantified.requirement { clauses.append(r) }
                        run = [""]
                    }
                }
            }
            if let r = Info.exact(run).requirement { clauses.append(r) }
            lastClauses = clauses
            return exact ? .exact(run) : .requirement(Info.stronger(best, Info.exact(run).requirement))
        }

        /// Applies a following quantifier, if any (greedy, lazy or possessive alike).
        mutating func quantify(_ atom: Info) -> Info? {
            guard let c = peek() else { return atom }
            var minimum: Int
            var maximum: Int?
            switch c {
            case UInt8(ascii: "?"): minimum = 0; maximum = 1; i += 1
            case UInt8(ascii: "*"): minimum = 0; maximum = nil; i += 1
            case UInt8(ascii: "+"): minimum = 1; maximum = nil; i += 1
            case UInt8(ascii: "{"):
                guard let (lo, hi) = bounds() else { return nil }
                minimum = lo; maximum = hi
            default: return atom
            }
            if let m = peek(), m == UInt8(ascii: "?") || m == UInt8(ascii: "+") { i += 1 }
            if minimum == 0 {
                if maximum == 1, case .exact(let s) = atom { return .exact(s.union([""])) }
                return .anything
            }
            if minimum == 1 && maximum == 1 { return atom }
            return .requirement(atom.requirement)
        }

        /// `{n}`, `{n,}`, `{n,m}`; nil when malformed (then the whole pattern gets no prefilter).
        mutating func bounds() -> (Int, Int?)? {
            var j = i + 1
            func number() -> Int? {
                var v: Int?
                while j < bytes.count, bytes[j] &- 48 < 10 { v = (v ?? 0) * 10 + Int(bytes[j] &- 48); j += 1 }
                return v
            }
            guard let lo = number() else { return nil }
            var hi: Int? = lo
            if j < bytes.count, bytes[j] == UInt8(ascii: ",") { j += 1; hi = number() }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "}") else { return nil }
            i = j + 1
            return (lo, hi)
        }

        mutating func atom() -> Info? {
            guard let c = peek() else { return nil }
            i += 1
            switch c {
            case UInt8(ascii: "("): return group()
            case UInt8(ascii: "["): return characterClass()
            case UInt8(ascii: "\\"): return escape()
            case UInt8(ascii: "^"), UInt8(ascii: "$"): return .empty
            case UInt8(ascii: "."): return .anything
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"): return nil
            default: return literal(c)
            }
        }

        func literal(_ c: UInt8) -> Info {
            guard c < 0x80 else { return .anything } // a non-ASCII character (or part of one)
            return .exact([String(UnicodeScalar(c &- 65 < 26 ? c | 0x20 : c))])
        }

        mutating func group() -> Info? {
            var lookaround = false
            if peek() == UInt8(ascii: "?") {
                switch peek(1) {
                case UInt8(ascii: ":"), UInt8(ascii: ">"): i += 2
                case UInt8(ascii: "="), UInt8(ascii: "!"): i += 2; lookaround = true
                case UInt8(ascii: "<"):
                    if peek(2) == UInt8(ascii: "=") || peek(2) == UInt8(ascii: "!") { i += 3; lookaround = true }
                    else { // named group
                        i += 2
                        while let c = peek(), c != UInt8(ascii: ">") { i += 1 }
                        guard peek() == UInt8(ascii: ">") else { return nil }
                        i += 1
                    }
                default:
                    // Inline flags: only case (`(?i:`, `(?-i)`) leaves literals as they are; `x` would make spaces
                    // meaningless, so anything else gives up.
                    var j = i + 1
                    while j < bytes.count, bytes[j] == UInt8(ascii: "i") || bytes[j] == UInt8(ascii: "-") { j += 1 }
                    guard j < bytes.count, j > i + 1 else { return nil }
                    if bytes[j] == UInt8(ascii: ")") { i = j + 1; return .empty }
                    guard bytes[j] == UInt8(ascii: ":") else { return nil }
                    i = j + 1
                }
            }
            guard let inner = alternation(), peek() == UInt8(ascii: ")") else { return nil }
            i += 1
            return lookaround ? .empty : inner
        }

        /// `[…]`: a small set of ASCII characters stays exact; ranges, escapes, negation and anything non-ASCII
        /// count as any character.
        mutating func characterClass() -> Info? {
            var chars = Set<String>(), exact = true
            if peek() == UInt8(ascii: "^") { exact = false; i += 1 }
            var first = true
            while let c = peek() {
                if c == UInt8(ascii: "]") && !first { i += 1; return exact && chars.count <= 4 ? .exact(chars) : .anything }
                first = false
                i += 1
                switch c {
                case UInt8(ascii: "["): return nil // nested sets and set operations
                case UInt8(ascii: "\\"):
                    guard let e = peek() else { return nil }
                    i += 1
                    if Self.isPunctuation(e) { chars.insert(String(UnicodeScalar(e))) } else { exact = false }
                    if e == UInt8(ascii: "p") || e == UInt8(ascii: "P") || e == UInt8(ascii: "N") || e == UInt8(ascii: "x") || e == UInt8(ascii: "u") {
                        guard skipEscapeArgument(e) else { return nil }
                    }
                case UInt8(ascii: "-") where !chars.isEmpty && peek() != UInt8(ascii: "]"): exact = false
                default:
                    if c < 0x80 { chars.insert(String(UnicodeScalar(c &- 65 < 26 ? c | 0x20 : c))) } else { exact = false }
                }
            }
            return nil
        }

        mutating func escape() -> Info? {
            guard let e = peek() else { return nil }
            i += 1
            switch e {
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "G"):
                return .empty
            case UInt8(ascii: "Q"), UInt8(ascii: "k"), UInt8(ascii: "E"): return nil
            case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "N"), UInt8(ascii: "x"), UInt8(ascii: "u"):
                return skipEscapeArgument(e) ? .anything : nil
            default:
                return Self.isPunctuation(e) ? literal(e) : .anything // \w \s \d \n \t, back-references, …
            }
        }

        /// Skips `{…}` after `\p`, `\N`, `\x`, or the hex digits of `\x41` / `\u2019`.
        mutating func skipEscapeArgument(_ e: UInt8) -> Bool {
            if peek() == UInt8(ascii: "{") {
                while let c = peek(), c != UInt8(ascii: "}") { i += 1 }
                guard peek() == UInt8(ascii: "}") else { return false }
                i += 1
                return true
            }
            let digits = e == UInt8(ascii: "x") ? 2 : e == UInt8(ascii: "u") ? 4 : 0
            guard digits > 0 else { return e == UInt8(ascii: "p") || e == UInt8(ascii: "P") ? skipOneLetterProperty() : false }
            for _ in 0..<digits { guard peek() != nil else { return false }; i += 1 }
            return true
        }

        /// `\pL`: a one-letter property name.
        mutating func skipOneLetterProperty() -> Bool {
            guard peek() != nil else { return false }
            i += 1
            return true
        }

        /// Escaped punctuation stands for itself (`\.`, `\-`, `\(`).
        static func isPunctuation(_ e: UInt8) -> Bool {
            e < 0x80 && !(e &- 48 < 10 || e &- 65 < 26 || e &- 97 < 26)
        }
    }
}
