import Foundation

/// A backtracking matcher for the part of ICU's regex syntax the extractor's patterns use, run only on texts
/// made of ASCII and the quotes, dashes and separators of U+2010–U+2027 (`RxText.plain`). On such text ICU's
/// classes reduce to small tables (`\w` is `[A-Za-z0-9_]`, no character is a combining mark or folds case), so the
/// same leftmost-first backtracking over the same alternatives finds the same matches and capture ranges.
/// It exists for speed: each ICU call through Foundation copied the sentence into UTF-16, reset a matcher and
/// wrapped its results, which cost more than most matches; this reads the sentence's units in place.
/// Patterns with any construct it does not know (properties other than `\p{L}`, `\p{Lu}`, `\p{Ll}`, inline flags
/// other than `(?i:`, back-references, atomic groups, possessive quantifiers, captures inside look-arounds, loops over
/// what can match nothing) give nil and stay with ICU; debug builds (and so the tests) check every answer against ICU.
final class RxProgram: @unchecked Sendable {
    /// One instruction. `a` and `b` are its operands (a unit, a set, jump targets, a capture slot, a sub-program).
    struct Op {
        var code: Code
        var a: Int32 = 0
        var b: Int32 = 0
    }
    enum Code: UInt8 { case unit, set, any, split, jump, save, lineStart, lineEnd, boundary, notBoundary, look, match }

    /// A look-around: its own program, run where the outer one stands.
    struct Look {
        var program: RxProgram
        var ahead: Bool
        var negate: Bool
        /// Lengths a look-behind's text can have (its program must end where the outer one stands).
        var minLength: Int
        var maxLength: Int
    }

    let ops: [Op]
    let sets: [RxUnitSet]
    let looks: [Look]
    /// Capture groups (slot 0 and 1 are the whole match).
    let groups: Int
    /// The units a match can start with, or nil when a match can be empty or start anywhere.
    let firstUnits: RxUnitSet?
    /// The pairs of units a match can start with (`RxPairSet`), or nil when a match may hold fewer than two units.
    let firstPairs: RxPairSet?

    init(ops: [Op], sets: [RxUnitSet], looks: [Look], groups: Int, firstUnits: RxUnitSet?, firstPairs: RxPairSet? = nil) {
        self.ops = ops
        self.sets = sets
        self.looks = looks
        self.groups = groups
        self.firstUnits = firstUnits
        self.firstPairs = firstPairs
    }

    /// The program of `pattern`, or nil when it uses syntax this matcher does not reproduce exactly.
    static func compile(_ pattern: String) -> RxProgram? {
        var parser = RxParser(Array(pattern.utf16))
        guard let node = parser.parse() else { return nil }
        return RxCompiler.program(node, groups: parser.groups)
    }

    // MARK: - Matching

    /// Where the text may be read: `active` bounds what a match consumes, `look` what look-arounds and `\b` see,
    /// `anchor` where `^` and `$` hold (Foundation's transparent and anchoring bounds).
    struct Bounds {
        var activeStart: Int, activeLimit: Int
        var lookStart: Int, lookLimit: Int
        var anchorStart: Int, anchorLimit: Int
    }

    /// The backtrack stack: one per thread, reused (a stack for every call cost an allocation; look-arounds use the
    /// part above their caller's entries). Running out of it gives up, and the caller asks ICU.
    private final class Scratch {
        static let capacity = 1 << 16
        let base = UnsafeMutablePointer<Int>.allocate(capacity: Scratch.capacity)
        deinit { base.deallocate() }
    }
    private static let scratchKey: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in if let p { Unmanaged<Scratch>.fromOpaque(p).release() } }
        return k
    }()
    private static var scratch: UnsafeMutableBufferPointer<Int> {
        let s: Scratch
        if let p = pthread_getspecific(scratchKey) { s = Unmanaged<Scratch>.fromOpaque(p).takeUnretainedValue() }
        else { s = Scratch(); pthread_setspecific(scratchKey, Unmanaged.passRetained(s).toOpaque()) }
        return UnsafeMutableBufferPointer(start: s.base, count: Scratch.capacity)
    }

    /// The matches in `range` as Foundation's `matches` / `firstMatch` report them, or nil when the matcher gave up.
    /// `units` must be plain (see the type's comment).
    func matches(_ units: UnsafeBufferPointer<UInt16>, range r: NSRange, options: NSRegularExpression.MatchingOptions,
                 first: Bool, regex: NSRegularExpression) -> [NSTextCheckingResult]? {
        let n = units.count
        let lo = r.location, hi = r.location + r.length
        guard lo >= 0, hi <= n else { return nil }
        let transparent = options.contains(.withTransparentBounds)
        let anchoring = !options.contains(.withoutAnchoringBounds)
        var bounds = Bounds(activeStart: lo, activeLimit: hi,
                            lookStart: transparent ? 0 : lo, lookLimit: transparent ? n : hi,
                            anchorStart: anchoring ? lo : 0, anchorLimit: anchoring ? hi : n)
        let slots = 2 * (groups + 1)
        var out: [NSTextCheckingResult] = []
        let stack = RxProgram.scratch
        let ok = withUnsafeTemporaryAllocation(of: Int.self, capacity: slots) { caps -> Bool in
            var start = lo
            while start <= hi {
                guard let found = search(units, from: start, anchored: options.contains(.anchored), bounds: &bounds, caps: caps, stack: stack) else { return false }
                guard found else { return true }
                let count = groups + 1
                let result = withUnsafeTemporaryAllocation(of: NSRange.self, capacity: count) { ranges -> NSTextCheckingResult in
                    for g in 0..<count {
                        let s = caps[2 * g], e = caps[2 * g + 1]
                        ranges[g] = s >= 0 && e >= s ? NSRange(location: s, length: e - s) : NSRange(location: NSNotFound, length: 0)
                    }
                    return NSTextCheckingResult.regularExpressionCheckingResult(ranges: ranges.baseAddress!, count: count, regularExpression: regex)
                }
                out.append(result)
                if first || options.contains(.anchored) { return true }
                let (s, e) = (caps[0], caps[1])
                // After an empty match the next search starts one unit on (ICU's `find`).
                if e == s { if e >= hi { return true }; start = e + 1 } else { start = e }
            }
            return true
        }
        return ok ? out : nil
    }

    /// The leftmost match starting at `from` or later (only at `from` when anchored): true with `caps` filled,
    /// false when there is none, nil when the stack ran out.
    private func search(_ t: UnsafeBufferPointer<UInt16>, from: Int, anchored: Bool, bounds: inout Bounds, caps: UnsafeMutableBufferPointer<Int>,
                        stack: UnsafeMutableBufferPointer<Int>) -> Bool? {
        var s = from
        let hi = bounds.activeLimit
        // A failed run restores every slot it set (the stack undoes each save), so one reset serves all starts.
        for i in 0..<caps.count { caps[i] = -1 }
        while s <= hi {
            if let f = firstUnits {
                // No match starts at a unit outside the first set (nor at the end, where nothing is left).
                if s == hi || !f.contains(t[s]) {
                    if anchored { return false }
                    s += 1
                    continue
                }
            }
            if let p = firstPairs {
                // Nor where the unit and the next one are no pair a match starts with (nor one unit before the end).
                if s + 1 >= hi || !p.contains(t[s], t[s + 1]) {
                    if anchored { return false }
                    s += 1
                    continue
                }
            }
            guard let end = run(t, at: s, mustEnd: -1, bounds: bounds, caps: caps, stack: stack) else { return nil }
            if end >= 0 {
                caps[0] = s
                caps[1] = end
                return true
            }
            if anchored { return false }
            s += 1
        }
        return false
    }

    @inline(__always) static func isWord(_ u: UInt16) -> Bool { u &- 48 < 10 || u &- 65 < 26 || u &- 97 < 26 || u == 95 }
    /// ICU's line terminators among plain units (`.` stops at them; `$` holds before one at the end).
    @inline(__always) static func isLineTerminator(_ u: UInt16) -> Bool { u &- 10 < 4 || u == 0x2028 || u == 0x2029 }

    /// Runs the program at `start`: the end of its first (leftmost-first) match, -1 for none, nil when the stack ran
    /// out. With `mustEnd` >= 0 (a look-behind) only a match ending there counts.
    func run(_ t: UnsafeBufferPointer<UInt16>, at start: Int, mustEnd: Int, bounds: Bounds, caps: UnsafeMutableBufferPointer<Int>,
             stack: UnsafeMutableBufferPointer<Int>) -> Int? {
            ops.withUnsafeBufferPointer { ops -> Int? in sets.withUnsafeBufferPointer { sets -> Int? in
                var sp = 0
                var pc = 0, pos = start
                let limit = bounds.activeLimit
                while true {
                    var fail = false
                    let op = ops[pc]
                    switch op.code {
                    case .unit:
                        if pos < limit && t[pos] == UInt16(truncatingIfNeeded: op.a) { pos += 1; pc += 1 } else { fail = true }
                    case .set:
                        if pos < limit && sets[Int(op.a)].contains(t[pos]) { pos += 1; pc += 1 } else { fail = true }
                    case .any:
                        if pos < limit && !RxProgram.isLineTerminator(t[pos]) { pos += 1; pc += 1 } else { fail = true }
                    case .split:
                        guard sp + 2 <= stack.count else { return nil }
                        stack[sp] = Int(op.b); stack[sp + 1] = pos; sp += 2
                        pc = Int(op.a)
                    case .jump:
                        pc = Int(op.a)
                    case .save:
                        guard sp + 2 <= stack.count else { return nil }
                        let slot = Int(op.a)
                        // A negative entry restores the slot's old value when backtracking passes it.
                        stack[sp] = -1 - slot; stack[sp + 1] = caps[slot]; sp += 2
                        caps[slot] = pos
                        pc += 1
                    case .lineStart:
                        if pos == bounds.anchorStart { pc += 1 } else { fail = true }
                    case .lineEnd:
                        if RxProgram.atEnd(t, pos, bounds) { pc += 1 } else { fail = true }
                    case .boundary, .notBoundary:
                        let before = pos > bounds.lookStart && RxProgram.isWord(t[pos - 1])
                        let after = pos < bounds.lookLimit && RxProgram.isWord(t[pos])
                        if (before != after) == (op.code == .boundary) { pc += 1 } else { fail = true }
                    case .look:
                        guard let held = looks[Int(op.a)].holds(t, at: pos, bounds: bounds, stack: UnsafeMutableBufferPointer(rebasing: stack[sp...])) else { return nil }
                        if held { pc += 1 } else { fail = true }
                    case .match:
                        if mustEnd < 0 || pos == mustEnd { return pos }
                        fail = true
                    }
                    if fail {
                        while true {
                            guard sp > 0 else { return -1 }
                            sp -= 2
                            let k = stack[sp]
                            if k < 0 { caps[-1 - k] = stack[sp + 1]; continue }
                            pc = k
                            pos = stack[sp + 1]
                            break
                        }
                    }
                }
            } }
    }

    /// ICU's `$` without multi-line mode: at the end, or before a line terminator (or CR LF) that ends the text.
    static func atEnd(_ t: UnsafeBufferPointer<UInt16>, _ pos: Int, _ b: Bounds) -> Bool {
        if pos >= b.anchorLimit { return true }
        let c = t[pos]
        if pos + 1 >= b.anchorLimit {
            return isLineTerminator(c) && !(c == 10 && pos > b.anchorStart && t[pos - 1] == 13)
        }
        return c == 13 && pos + 2 == b.anchorLimit && t[pos + 1] == 10
    }
}

extension RxProgram.Look {
    /// Whether the look-around holds at `pos` (nil when its matcher gave up). ICU lets a look-ahead read up to the
    /// look limit, and a look-behind's text start no earlier than the look start and end exactly at `pos`.
    func holds(_ t: UnsafeBufferPointer<UInt16>, at pos: Int, bounds: RxProgram.Bounds, stack: UnsafeMutableBufferPointer<Int>) -> Bool? {
        var inner = bounds
        var found = false
        let ok = withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (program.groups + 1)) { caps -> Bool in
            if ahead {
                inner.activeStart = bounds.lookStart
                inner.activeLimit = bounds.lookLimit
                guard let end = program.run(t, at: pos, mustEnd: -1, bounds: inner, caps: caps, stack: stack) else { return false }
                found = end >= 0
                return true
            }
            inner.activeStart = bounds.lookStart
            inner.activeLimit = pos
            var s = pos - minLength
            while s >= pos - maxLength && s >= bounds.lookStart {
                guard let end = program.run(t, at: s, mustEnd: pos, bounds: inner, caps: caps, stack: stack) else { return false }
                if end >= 0 { found = true; break }
                s -= 1
            }
            return true
        }
        guard ok else { return nil }
        return found != negate
    }
}

/// A set of plain units: ASCII and U+2010–U+2027 as bits (any other unit never occurs in a plain text).
struct RxUnitSet: Hashable {
    var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0

    @inline(__always) static func index(_ u: UInt16) -> Int? {
        if u < 0x80 { return Int(u) }
        if u >= 0x2010 && u <= 0x2027 { return Int(u) - 0x2010 + 128 }
        return nil
    }

    @inline(__always) func contains(_ u: UInt16) -> Bool {
        guard let i = RxUnitSet.index(u) else { return false }
        switch i >> 6 { case 0: return w0 >> UInt64(i) & 1 != 0; case 1: return w1 >> UInt64(i & 63) & 1 != 0; default: return w2 >> UInt64(i & 63) & 1 != 0 }
    }

    mutating func insert(_ u: UInt16) {
        guard let i = RxUnitSet.index(u) else { return }
        switch i >> 6 { case 0: w0 |= 1 << UInt64(i); case 1: w1 |= 1 << UInt64(i & 63); default: w2 |= 1 << UInt64(i & 63) }
    }

    mutating func insert(_ lo: UInt16, through hi: UInt16) {
        guard lo <= hi else { return }
        for u in RxUnitSet.units where u >= lo && u <= hi { insert(u) }
    }

    mutating func formUnion(_ o: RxUnitSet) { w0 |= o.w0; w1 |= o.w1; w2 |= o.w2 }

    var inverted: RxUnitSet {
        RxUnitSet(w0: ~w0, w1: ~w1, w2: ~w2 & ((1 << 24) - 1))
    }

    /// Every unit a plain text can hold.
    static let units: [UInt16] = Array(0..<0x80) + Array(0x2010...0x2027)
    static let word: RxUnitSet = { var s = RxUnitSet(); for u in units where RxProgram.isWord(u) { s.insert(u) }; return s }()
    static let digit: RxUnitSet = { var s = RxUnitSet(); s.insert(48, through: 57); return s }()
    /// ICU's `\s` (White_Space) on plain units: tab to CR, space and the line and paragraph separators;
    /// `RxEngineTests` checks all three tables against ICU.
    static let space: RxUnitSet = { var s = RxUnitSet(); for u: UInt16 in [9, 10, 11, 12, 13, 32, 0x2028, 0x2029] { s.insert(u) }; return s }()
    static let all = RxUnitSet().inverted
}

/// Parse tree of a pattern.
indirect enum RxNode {
    case unit(UInt16)
    case set(RxUnitSet)
    case any
    case sequence([RxNode])
    case alternation([RxNode])
    case group(RxNode, capture: Int?)
    case repetition(RxNode, min: Int, max: Int?, lazy: Bool)
    case lineStart, lineEnd, boundary, notBoundary
    case look(RxNode, ahead: Bool, negate: Bool)

    /// Can match the empty string (assertions count as empty).
    var nullable: Bool {
        switch self {
        case .unit, .set, .any: return false
        case .sequence(let xs): return xs.allSatisfy(\.nullable)
        case .alternation(let xs): return xs.contains(where: \.nullable)
        case .group(let x, _): return x.nullable
        case .repetition(let x, let min, _, _): return min == 0 || x.nullable
        case .lineStart, .lineEnd, .boundary, .notBoundary, .look: return true
        }
    }

    /// Units the node's match can start with (meaningful when it is not nullable; assertions add nothing).
    var firstUnits: RxUnitSet {
        switch self {
        case .unit(let u): var s = RxUnitSet(); s.insert(u); return s
        case .set(let s): return s
        case .any: var s = RxUnitSet.all; for u in RxUnitSet.units where RxProgram.isLineTerminator(u) { s = s.removing(u) }; return s
        case .sequence(let xs):
            var s = RxUnitSet()
            for x in xs { s.formUnion(x.firstUnits); if !x.nullable { break } }
            return s
        case .alternation(let xs): var s = RxUnitSet(); for x in xs { s.formUnion(x.firstUnits) }; return s
        case .group(let x, _), .repetition(let x, _, _, _): return x.firstUnits
        case .lineStart, .lineEnd, .boundary, .notBoundary, .look: return RxUnitSet()
        }
    }

    /// Shortest and longest match in units (nil longest when unbounded).
    var lengths: (Int, Int?) {
        switch self {
        case .unit, .set, .any: return (1, 1)
        case .sequence(let xs):
            var lo = 0, hi: Int? = 0
            for x in xs { let (a, b) = x.lengths; lo += a; hi = hi.flatMap { h in b.map { h + $0 } } }
            return (lo, hi)
        case .alternation(let xs):
            let ls = xs.map(\.lengths)
            let hi: Int? = ls.contains { $0.1 == nil } ? nil : ls.map { $0.1 ?? 0 }.max() ?? 0
            return (ls.map(\.0).min() ?? 0, hi)
        case .group(let x, _): return x.lengths
        case .repetition(let x, let min, let max, _):
            let (a, b) = x.lengths
            return (a * min, max.flatMap { m in b.map { $0 * m } })
        case .lineStart, .lineEnd, .boundary, .notBoundary, .look: return (0, 0)
        }
    }

    var hasCapture: Bool {
        switch self {
        case .unit, .set, .any, .lineStart, .lineEnd, .boundary, .notBoundary: return false
        case .sequence(let xs), .alternation(let xs): return xs.contains(where: \.hasCapture)
        case .group(let x, let c): return c != nil || x.hasCapture
        case .repetition(let x, _, _, _), .look(let x, _, _): return x.hasCapture
        }
    }
}

extension RxUnitSet {
    func removing(_ u: UInt16) -> RxUnitSet {
        var one = RxUnitSet(); one.insert(u)
        return RxUnitSet(w0: w0 & ~one.w0, w1: w1 & ~one.w1, w2: w2 & ~one.w2)
    }
}

/// Reads a pattern into an `RxNode`; nil for any syntax outside the supported subset.
struct RxParser {
    let p: [UInt16]
    var i = 0
    var groups = 0
    /// Inside `(?i:…)`: on plain text an ASCII letter then matches its two cases and nothing else (the characters
    /// that fold to ASCII letters, "ſ" and the Kelvin sign, are not plain).
    var caseless = false

    init(_ p: [UInt16]) { self.p = p }

    mutating func parse() -> RxNode? {
        guard let n = alternation(), i == p.count else { return nil }
        return n
    }

    private func peek(_ k: Int = 0) -> UInt16? { i + k < p.count ? p[i + k] : nil }

    private mutating func alternation() -> RxNode? {
        var alts: [RxNode] = []
        while true {
            guard let s = sequence() else { return nil }
            alts.append(s)
            if peek() == 124 { i += 1; continue }   // |
            break
        }
        return alts.count == 1 ? alts[0] : .alternation(alts)
    }

    private mutating func sequence() -> RxNode? {
        var items: [RxNode] = []
        while let c = peek(), c != 124, c != 41 {   // | )
            guard let atom = atom() else { return nil }
            guard let q = quantified(atom) else { return nil }
            items.append(q)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func number() -> Int? {
        var v: Int?
        while let c = peek(), c &- 48 < 10 { v = (v ?? 0) * 10 + Int(c - 48); i += 1; if v! > 1000 { return nil } }
        return v
    }

    private mutating func quantified(_ atom: RxNode) -> RxNode? {
        guard let c = peek() else { return atom }
        var min = 0, max: Int?
        switch c {
        case 63: max = 1; i += 1            // ?
        case 42: i += 1                     // *
        case 43: min = 1; i += 1            // +
        case 123:                           // {
            i += 1
            guard let a = number() else { return nil }
            min = a; max = a
            if peek() == 44 {               // ,
                i += 1
                max = number()
            }
            guard peek() == 125 else { return nil }
            i += 1
            if let m = max, m < min { return nil }
        default: return atom
        }
        switch atom { case .lineStart, .lineEnd, .boundary, .notBoundary, .look: return nil; default: break }
        var lazy = false
        if peek() == 63 { lazy = true; i += 1 }
        else if peek() == 43 { return nil }         // possessive
        // Another quantifier right after ("a**") is not in the subset.
        if let d = peek(), d == 63 || d == 42 || d == 43 || d == 123 { return nil }
        // A loop over something that can match nothing has ICU's own empty-iteration rules: left to ICU.
        if max == nil, atom.nullable { return nil }
        return .repetition(atom, min: min, max: max, lazy: lazy)
    }

    private mutating func atom() -> RxNode? {
        guard let c = peek() else { return nil }
        i += 1
        switch c {
        case 40: return group()                     // (
        case 91: return bracket()                   // [
        case 46: return .any                        // .
        case 94: return .lineStart                  // ^
        case 36: return .lineEnd                    // $
        case 92: return escape(inSet: false).flatMap { $0 }
        case 42, 43, 63, 123, 125, 41: return nil   // stray * + ? { } )
        default:
            if c & 0xF800 == 0xD800 { return nil }
            return caseless ? RxParser.bothCases(c) : .unit(c)
        }
    }

    /// A letter under `(?i:…)` as the set of its two cases.
    static func bothCases(_ c: UInt16) -> RxNode {
        guard c &- 65 < 26 || c &- 97 < 26 else { return .unit(c) }
        var s = RxUnitSet()
        s.insert(c | 0x20); s.insert(c & ~0x20)
        return .set(s)
    }

    private mutating func group() -> RxNode? {
        var capture: Int?
        var look: (ahead: Bool, negate: Bool)?
        if peek() == 63 {                           // (?
            i += 1
            switch peek() {
            case 58: i += 1                                     // (?:
            case 105:                                           // (?i:
                guard peek(1) == 58 else { return nil }
                i += 2
                let outer = caseless
                caseless = true
                defer { caseless = outer }
                guard let inner = alternation(), peek() == 41 else { return nil }
                i += 1
                return .group(inner, capture: nil)
            case 61: i += 1; look = (true, false)               // (?=
            case 33: i += 1; look = (true, true)                // (?!
            case 60:                                            // (?<= (?<!
                guard let k = peek(1), k == 61 || k == 33 else { return nil }
                i += 2; look = (false, k == 33)
            default: return nil
            }
        } else {
            groups += 1
            capture = groups
        }
        guard let inner = alternation(), peek() == 41 else { return nil }
        i += 1
        if let look {
            if inner.hasCapture { return nil }
            if !look.ahead, inner.lengths.1 == nil { return nil }
            return .look(inner, ahead: look.ahead, negate: look.negate)
        }
        return .group(inner, capture: capture)
    }

    /// After a backslash. Outside a set: a node; inside: a set (`.some(.set)`) for classes, a unit otherwise.
    private mutating func escape(inSet: Bool) -> RxNode?? {
        guard let c = peek() else { return nil }
        i += 1
        switch c {
        case 98: return inSet ? nil : .some(.boundary)          // \b
        case 66: return inSet ? nil : .some(.notBoundary)       // \B
        case 119: return .some(.set(.word))                     // \w
        case 87: return .some(.set(RxUnitSet.word.inverted))    // \W
        case 100: return .some(.set(.digit))                    // \d
        case 68: return .some(.set(RxUnitSet.digit.inverted))   // \D
        case 115: return .some(.set(.space))                    // \s
        case 83: return .some(.set(RxUnitSet.space.inverted))   // \S
        case 112, 80:                                           // \p{…} \P{…}
            guard let set = letterProperty() else { return nil }
            return .some(.set(c == 80 ? set.inverted : set))
        case 110: return .some(.unit(10))   // (escaped letters below are not letters: no case to add)
        case 116: return .some(.unit(9))
        case 114: return .some(.unit(13))
        case 102: return .some(.unit(12))
        default:
            // Escaped punctuation stands for itself; letters and digits are escapes this subset leaves to ICU.
            if c < 0x80 && !(c &- 48 < 10 || c &- 65 < 26 || c &- 97 < 26) && c > 32 { return .some(.unit(c)) }
            return nil
        }
    }

    /// `{L}`, `{Lu}` or `{Ll}` after `\p`: on a plain text the only letters are ASCII ones (U+2010–U+2027 are all
    /// punctuation). Other properties, and a cased one under `(?i:…)` (which ICU closes over case), stay with ICU.
    private mutating func letterProperty() -> RxUnitSet? {
        guard peek() == 123 else { return nil }                 // {
        var name: [UInt16] = []
        var k = 1
        while let c = peek(k), c != 125 { name.append(c); k += 1; if k > 8 { return nil } }
        guard peek(k) == 125 else { return nil }
        var set = RxUnitSet()
        switch String(decoding: name, as: UTF16.self) {
        case "L": set.insert(65, through: 90); set.insert(97, through: 122)
        case "Lu" where !caseless: set.insert(65, through: 90)
        case "Ll" where !caseless: set.insert(97, through: 122)
        default: return nil
        }
        i += k + 1
        return set
    }

    private mutating func bracket() -> RxNode? {
        var set = RxUnitSet()
        var negate = false
        if peek() == 94 { negate = true; i += 1 }
        var firstItem = true
        while true {
            guard let c = peek() else { return nil }
            if c == 93 && !firstItem { i += 1; break }       // ]
            // Nested sets, set operations and POSIX classes are left to ICU.
            if c == 91 || (c == 38 && peek(1) == 38) || (c == 45 && peek(1) == 45) { return nil }
            firstItem = false
            var lo: UInt16
            if c == 92 {
                i += 1
                guard let e = escape(inSet: true), let node = e else { return nil }
                switch node {
                case .set(let s):
                    set.formUnion(s)
                    if peek() == 45, let n = peek(1), n != 93 { return nil }   // a class as a range end
                    continue
                case .unit(let u): lo = u
                default: return nil
                }
            } else {
                if c & 0xF800 == 0xD800 { return nil }
                lo = c
                i += 1
            }
            // A range "a-z" (a "-" before "]" is literal).
            if peek() == 45, let n = peek(1), n != 93 {
                i += 1
                var hi: UInt16
                if n == 92 {
                    i += 1
                    guard let e = escape(inSet: true), case .unit(let u)? = e else { return nil }
                    hi = u
                } else {
                    if n == 91 || n & 0xF800 == 0xD800 { return nil }
                    hi = n
                    i += 1
                }
                guard lo <= hi else { return nil }
                set.insert(lo, through: hi)
            } else {
                set.insert(lo)
            }
        }
        if caseless {
            // ICU closes a set over case before negating it; a negated caseless set is left to ICU.
            if negate { return nil }
            for u in UInt16(65)...90 where set.contains(u) || set.contains(u | 0x20) { set.insert(u); set.insert(u | 0x20) }
        }
        return .set(negate ? set.inverted : set)
    }
}

/// Turns a parse tree into instructions.
enum RxCompiler {
    static func program(_ node: RxNode, groups: Int) -> RxProgram? {
        var c = Builder()
        c.emit(node)
        c.ops.append(RxProgram.Op(code: .match))
        guard !c.failed, c.ops.count < 20_000 else { return nil }
        return RxProgram(ops: c.ops, sets: c.sets, looks: c.looks, groups: groups, firstUnits: node.nullable ? nil : node.firstUnits,
                         firstPairs: RxPairSet.of(node))
    }

    struct Builder {
        var ops: [RxProgram.Op] = []
        var sets: [RxUnitSet] = []
        var looks: [RxProgram.Look] = []
        var failed = false

        mutating func add(_ code: RxProgram.Code, _ a: Int = 0, _ b: Int = 0) -> Int {
            ops.append(RxProgram.Op(code: code, a: Int32(a), b: Int32(b)))
            return ops.count - 1
        }

        mutating func emit(_ node: RxNode) {
            switch node {
            case .unit(let u): _ = add(.unit, Int(u))
            case .set(let s):
                let k = sets.firstIndex(of: s) ?? { sets.append(s); return sets.count - 1 }()
                _ = add(.set, k)
            case .any: _ = add(.any)
            case .sequence(let xs): for x in xs { emit(x) }
            case .alternation(let xs):
                var jumps: [Int] = []
                for (k, x) in xs.enumerated() {
                    if k < xs.count - 1 {
                        let split = add(.split)
                        ops[split].a = Int32(ops.count)
                        emit(x)
                        jumps.append(add(.jump))
                        ops[split].b = Int32(ops.count)
                    } else {
                        emit(x)
                    }
                }
                for j in jumps { ops[j].a = Int32(ops.count) }
            case .group(let x, let capture):
                if let g = capture { _ = add(.save, 2 * g) }
                emit(x)
                if let g = capture { _ = add(.save, 2 * g + 1) }
            case .repetition(let x, let min, let max, let lazy):
                for _ in 0..<min { emit(x) }
                if let max {
                    optionalChain(x, max - min, lazy: lazy)
                } else {
                    // L: split body, exit; body; jump L.
                    let l = add(.split)
                    emit(x)
                    _ = add(.jump, l)
                    let exit = ops.count
                    ops[l].a = Int32(lazy ? exit : l + 1)
                    ops[l].b = Int32(lazy ? l + 1 : exit)
                }
            case .lineStart: _ = add(.lineStart)
            case .lineEnd: _ = add(.lineEnd)
            case .boundary: _ = add(.boundary)
            case .notBoundary: _ = add(.notBoundary)
            case .look(let x, let ahead, let negate):
                guard let sub = RxCompiler.program(x, groups: 0) else { failed = true; return }
                let (lo, hi) = x.lengths
                looks.append(RxProgram.Look(program: sub, ahead: ahead, negate: negate, minLength: lo, maxLength: hi ?? 0))
                _ = add(.look, looks.count - 1)
            }
        }

        /// `x{0,k}` as nested optionals, `(?:x(?:x…)?)?`, so backtracking gives up the last copy first, as ICU's
        /// counted loop does.
        mutating func optionalChain(_ x: RxNode, _ k: Int, lazy: Bool) {
            guard k > 0 else { return }
            let split = add(.split)
            emit(x)
            optionalChain(x, k - 1, lazy: lazy)
            let exit = ops.count
            ops[split].a = Int32(lazy ? exit : split + 1)
            ops[split].b = Int32(lazy ? split + 1 : exit)
        }
    }
}
