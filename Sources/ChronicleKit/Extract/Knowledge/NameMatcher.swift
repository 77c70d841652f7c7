/// Finds known names in text: a word trie over normalised alias tokens, built once, walked once
/// per text position (leftmost, longest match; no overlaps).
///
/// Capitalisation matters for proper names: an alias word written with a capital must meet a
/// capitalised (or all-caps) word, an acronym ("PMF", "US") must meet exactly that acronym, and
/// lower-case alias words ("air base", "al") match any case. So "hit" or "us" never match, and
/// neither do names glued inside longer words ("Iran" in "Iranian").
struct NameMatcher: Sendable {
    enum WordRule: Sendable, Hashable {
        case any
        case capitalized
        case exact(String)
    }

    struct Candidate: Sendable {
        /// Index of the entry in the owner's list.
        var entry: Int
        var rules: [WordRule]
        /// Lower sorts first; decides between entries that share an alias.
        var rank: [Int]
        var startsWithParticle: Bool
    }

    /// Candidates of each trie node (node 0 is the root); the edges live in `edges`.
    private var candidates: [[Candidate]] = [[]]
    private var edges = EdgeTable()

    /// Capitalised words that may stand right before "al-…" at the start of a sentence or
    /// clause without making it part of a person's name.
    static let openers: Set<String> = [
        "in", "at", "on", "near", "from", "to", "the", "outside", "inside", "around", "toward", "towards",
        "against", "across", "and", "but", "meanwhile", "also", "while", "when", "after", "before", "by",
        "of", "with", "into", "over", "north", "south", "east", "west", "northern", "southern", "eastern",
        "western", "central",
        // landforms and settlement words: "Wadi al-Tharthar", "Jabal al-Zawiya", "Camp al-Saqr" name the place itself
        "wadi", "jabal", "jebel", "mount", "lake", "camp", "village", "town",
        // titles: "Prime Minister al-Sudani" is still al-Sudani
        "minister", "president", "prime", "pm", "gen", "general", "col", "colonel", "sheikh", "shaikh", "ayatollah",
        "leader", "commander", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "mr", "mrs",
        "ms", "dr", "maj", "major", "lt", "brig", "adm", "admiral", "sayyed", "sayyid", "cleric", "chairman", "premier",
        "envoy", "director", "chief", "speaker", "king", "emir", "sultan", "imam", "governor", "mayor", "judge",
    ]

    static let openerHashes: Set<UInt64> = Set(openers.map { NameTokenizer.hash($0) })

    init() {}

    /// Adds one name for an entry. `rank` orders entries sharing a name (lowest wins).
    mutating func add(alias: String, entry: Int, rank: [Int]) {
        let tokens = NameTokenizer.tokenize(alias, aliasMode: true)
        guard !tokens.isEmpty else { return }
        var rules: [WordRule] = []
        for t in tokens {
            switch t.shape {
            case .upper: rules.append(.exact(t.surface))
            case .capitalized: rules.append(t.key == NameTokenizer.alHash ? .any : .capitalized)
            case .lower, .numeric: rules.append(.any)
            }
        }
        var node = 0
        for t in tokens {
            if let next = edges.child(of: node, key: t.key) {
                node = next
            } else {
                candidates.append([])
                let next = candidates.count - 1
                edges.insert(parent: node, key: t.key, child: next)
                node = next
            }
        }
        let candidate = Candidate(entry: entry, rules: rules, rank: rank, startsWithParticle: tokens[0].key == NameTokenizer.alHash)
        // Same entry, same words, same rules: nothing new. A blocker never shadows a real name.
        if entry == Self.blocker, !candidates[node].isEmpty { return }
        if entry != Self.blocker { candidates[node].removeAll { $0.entry == Self.blocker } }
        if candidates[node].contains(where: { $0.entry == entry && $0.rules == rules }) { return }
        candidates[node].append(candidate)
        candidates[node].sort { a, b in
            a.rank != b.rank ? a.rank.lexicographicallyPrecedes(b.rank) : a.entry < b.entry
        }
    }

    /// Entry index of a blocking phrase: matched like a name (so it wins as the longer match) but
    /// never reported. Lets "Islamic State of Iraq and Syria" hide "Iraq" from the gazetteer.
    static let blocker = -1

    /// Registers a phrase that hides the names inside it.
    mutating func block(_ phrase: String) {
        add(alias: phrase, entry: Self.blocker, rank: [Int.max])
    }

    struct Match: Sendable, Hashable {
        var entry: Int
        var range: Range<Int>
    }

    /// The normalised word keys of a name, to compare names across knowledge bases.
    static func key(of name: String) -> [UInt64] {
        NameTokenizer.tokenize(name, aliasMode: true).map(\.key)
    }

    /// The matches in `text`, with its UTF-16 code units (for cutting out the mention texts).
    func matches(in text: String) -> (matches: [Match], units: [UInt16]) {
        let units = Array(text.utf16)
        let tokens = units.withUnsafeBufferPointer { NameTokenizer.tokenize(units: $0, aliasMode: false) }
        return (matches(tokens), units)
    }

    func matches(_ tokens: [NameToken]) -> [Match] {
        var out: [Match] = []
        var i = 0
        while i < tokens.count {
            var node = 0
            var best: (entry: Int, last: Int)?
            var j = i
            while j < tokens.count {
                if j > i, !tokens[j].joinedToPrevious { break }
                guard let next = edges.child(of: node, key: tokens[j].key) else { break }
                node = next
                // Indexes, not `for c in`: a `Candidate` copy retains its two arrays.
                let here = candidates[node]
                for k in here.indices where Self.accepts(here[k], tokens: tokens, from: i) {
                    best = (here[k].entry, j)
                    break
                }
                j += 1
            }
            if let best {
                if best.entry != Self.blocker {
                    out.append(Match(entry: best.entry, range: tokens[i].start..<tokens[best.last].end))
                }
                i = best.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    private static func accepts(_ c: Candidate, tokens: [NameToken], from i: Int) -> Bool {
        for (k, rule) in c.rules.enumerated() {
            let t = tokens[i + k]
            switch rule {
            case .any: continue
            case .capitalized: if t.shape == .lower { return false }
            case .exact(let s): if t.surface != s { return false }
            }
        }
        // "Bashar al-Assad", "Mustafa al-Kadhimi": an "al-…" name right after a capitalised word is
        // the end of a person's name, not a place or group of its own.
        // The same holds when the alias lacks the article the text has ("Muhammad al-Abbasi").
        var start = i
        if !c.startsWithParticle, i > 0, tokens[i - 1].key == NameTokenizer.alHash, tokens[i].joinedToPrevious { start = i - 1 }
        if c.startsWithParticle || start < i, start > 0, tokens[start].spaceBefore, tokens[start].joinedToPrevious {
            let prev = tokens[start - 1]
            if prev.shape != .lower, prev.shape != .numeric, !openerHashes.contains(prev.key) { return false }
        }
        return true
    }
}

/// The trie's edges, (parent node, word key) → child node, in one open-addressing table. Word keys are
/// already FNV hashes, so a probe is a multiply and a compare; a `Dictionary` per node spent most of the
/// matcher's time hashing the key again (SipHash) for every word of every article.
private struct EdgeTable: Sendable {
    private struct Slot: Sendable {
        var key: UInt64 = 0
        /// Parent node of the edge, -1 for an empty slot.
        var parent: Int32 = -1
        var child: Int32 = 0
    }

    private var slots: [Slot]
    private var count = 0
    /// One bit per low 16 bits of the keys of the root's edges (the first words of names): most words of a
    /// text start no name, and this small bitset says so without a probe into the table.
    private var firstWords = [UInt64](repeating: 0, count: 1024)

    init(capacity: Int = 1024) {
        slots = Array(repeating: Slot(), count: capacity)
    }

    @inline(__always)
    private static func slot(_ parent: Int, _ key: UInt64, _ mask: Int) -> Int {
        let h = (key ^ (UInt64(truncatingIfNeeded: parent) &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: h >> 32) & mask
    }

    @inline(__always)
    private static func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        (Int(truncatingIfNeeded: (key >> 6) & 1023), 1 << (key & 63))
    }

    func child(of parent: Int, key: UInt64) -> Int? {
        if parent == 0 {
            let b = Self.bit(key)
            if firstWords[b.word] & b.mask == 0 { return nil }
        }
        let mask = slots.count - 1
        var i = Self.slot(parent, key, mask)
        while true {
            let s = slots[i]
            if s.parent < 0 { return nil }
            if Int(s.parent) == parent, s.key == key { return Int(s.child) }
            i = (i + 1) & mask
        }
    }

    /// Adds an edge that is not in the table yet (the caller looked it up first).
    mutating func insert(parent: Int, key: UInt64, child: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = Self.slot(parent, key, mask)
        while slots[i].parent >= 0 { i = (i + 1) & mask }
        slots[i] = Slot(key: key, parent: Int32(parent), child: Int32(child))
        count += 1
        if parent == 0 {
            let b = Self.bit(key)
            firstWords[b.word] |= b.mask
        }
    }

    private mutating func grow() {
        var bigger = EdgeTable(capacity: slots.count * 2)
        for s in slots where s.parent >= 0 {
            bigger.insert(parent: Int(s.parent), key: s.key, child: Int(s.child))
        }
        self = bigger
    }
}
