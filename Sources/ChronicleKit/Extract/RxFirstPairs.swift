/// The pairs of units a pattern's matches can start with, hashed into 4,096 bits. `RxProgram.search` tries a start
/// only where the unit there and the next one form such a pair: a word alternation (`\b(?:claimed|claims|took…)`)
/// whose first letters are common is then run only where two of its letters begin a word. A pair that is absent
/// proves no match starts there; a present one (or a hash collision) only lets the matcher try.
struct RxPairSet {
    private var bits = [UInt64](repeating: 0, count: 64)

    @inline(__always) static func hash(_ a: UInt16, _ b: UInt16) -> Int {
        Int(truncatingIfNeeded: ((UInt32(a) << 16 | UInt32(b)) &* 0x9E37_79B1) >> 20)
    }

    mutating func insert(_ a: UInt16, _ b: UInt16) {
        let h = RxPairSet.hash(a, b)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    @inline(__always) func contains(_ a: UInt16, _ b: UInt16) -> Bool {
        let h = RxPairSet.hash(a, b)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// The pair set of `node`, or nil when some match may hold fewer than two units or the pairs are too many to
    /// rule much out.
    static func of(_ node: RxNode) -> RxPairSet? {
        guard let found = RxFirstPairs.terms([node]), !found.isEmpty else { return nil }
        // (Alternatives often share a product: each is expanded once.)
        var seen = Set<[RxUnitSet]>()
        let terms = found.filter { seen.insert([$0.0, $0.1]).inserted }
        // Past a few hundred pairs the set rules little out (and costs start-up time to fill).
        guard terms.reduce(0, { $0 + $1.0.count * $1.1.count }) <= 600 else { return nil }
        var set = RxPairSet()
        for (a, b) in terms {
            let second = b.members
            for u in a.members { for v in second { set.insert(u, v) } }
        }
        return set
    }
}

/// The first two units of every match of a sequence of nodes, as products of unit sets (first unit × second unit).
enum RxFirstPairs {
    /// Nil when some match of the sequence may hold fewer than two units (or the shape is not read here, or the
    /// products pass 600: too many pairs to rule much out).
    static func terms(_ seq: [RxNode], depth: Int = 0) -> [(RxUnitSet, RxUnitSet)]? {
        guard depth < 40, let x = seq.first else { return nil }
        let rest = Array(seq.dropFirst())
        switch x {
        case .unit, .set, .any:
            // One unit; the second is the first of what follows, which must take at least one.
            let after = RxNode.sequence(rest)
            guard !rest.isEmpty, !after.nullable else { return nil }
            return [(x.firstUnits, after.firstUnits)]
        case .lineStart, .lineEnd, .boundary, .notBoundary, .look:
            // Zero-width: the units come from what follows.
            return terms(rest, depth: depth + 1)
        case .group(let y, _):
            return terms([y] + rest, depth: depth + 1)
        case .sequence(let ys):
            return terms(ys + rest, depth: depth + 1)
        case .alternation(let ys):
            var out: [(RxUnitSet, RxUnitSet)] = []
            for y in ys {
                guard let t = terms([y] + rest, depth: depth + 1), out.count + t.count <= 600 else { return nil }
                out += t
            }
            return out
        case .repetition(let y, let min, let max, _):
            guard !y.nullable else { return nil }
            if let max, max == 0 { return terms(rest, depth: depth + 1) }
            // One pass of the body, then the remaining passes; with none required, also the body skipped.
            let more = RxNode.repetition(y, min: Swift.max(0, min - 1), max: max.map { $0 - 1 }, lazy: false)
            guard var out = terms([y, more] + rest, depth: depth + 1) else { return nil }
            if min == 0 {
                guard let skipped = terms(rest, depth: depth + 1) else { return nil }
                out += skipped
            }
            return out
        }
    }
}

extension RxUnitSet {
    /// The plain units in the set.
    var members: [UInt16] { RxUnitSet.units.filter(contains) }
    var count: Int { w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount }
}
