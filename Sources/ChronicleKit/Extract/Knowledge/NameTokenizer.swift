import Foundation

/// A word of a text as the name matcher sees it: a normalised key plus enough of the original
/// shape to check capitalisation, and where it sits (UTF-16 offsets).
struct NameToken: Sendable, Hashable {
    enum Shape: Sendable, Hashable {
        /// Starts with a lower-case letter ("air", "al").
        case lower
        /// Starts with an upper-case letter, rest mixed ("Erbil", "McKenzie").
        case capitalized
        /// Two or more letters, all upper-case ("PMF", "ERBIL", "US").
        case upper
        /// Starts with a digit ("22", "1st").
        case numeric
    }

    /// 64-bit FNV-1a hash of the key: the word lower-cased, diacritics folded, apostrophes
    /// dropped, and Arabic article forms (`ar-`, `as-`, …) written with a hyphen made `al`.
    /// Hashing while scanning keeps the hot path free of string allocations.
    var key: UInt64
    /// The word as written minus apostrophes ("US" for "U.S."), kept only for all-caps words,
    /// the only ones an acronym alias can match.
    var surface: String
    var shape: Shape
    var start: Int
    var end: Int
    /// True when only spaces, a hyphen or a possessive `'s` separate this word from the previous
    /// one on the same line: a multi-word name may continue across such a gap, not across
    /// punctuation or a line break.
    var joinedToPrevious: Bool
    /// True when the gap before this word is plain spaces (no hyphen, no possessive).
    var spaceBefore: Bool
}

/// Splits text into name tokens. Hand-written over Unicode scalars because it runs on every
/// sentence of every article and must stay well under a millisecond per article.
enum NameTokenizer {
    /// Arabic definite-article spellings that news writes before a hyphen (`ar-Ramadi`, `as-Salt`).
    static let particles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh",
                                         "ed", "er", "es", "et", "ez", "en"]

    static func isApostrophe(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x2019 || v == 0x2018 || v == 0x2BC || v == 0x2BB || v == 0x2BF || v == 0x2BE
            || v == 0x60 || v == 0xB4
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if isApostrophe(v) { return false }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// The scalar starting at UTF-16 offset `i` and its length in code units.
    @inline(__always)
    static func scalar(_ u: UnsafeBufferPointer<UInt16>, _ i: Int) -> (UInt32, Int) {
        let c = u[i]
        if c & 0xFC00 == 0xD800, i + 1 < u.count, u[i + 1] & 0xFC00 == 0xDC00 {
            return (0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00), 2)
        }
        return (UInt32(c), 1)
    }

    @inline(__always)
    static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v &- 0x30 < 10) || (v &- 0x41 < 26) || (v &- 0x61 < 26)
        }
        guard let s = Unicode.Scalar(v) else { return false }
        return isWordScalar(s)
    }

    @inline(__always)
    static func isHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    /// `aliasMode`: every particle becomes `al` (aliases are written "Ar Ramadi" as often as "ar-Ramadi");
    /// in running text only a particle joined by a hyphen does, so "at Tanf" stays two plain words.
    static func tokenize(_ text: String, aliasMode: Bool = false) -> [NameToken] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { tokenize(units: $0, aliasMode: aliasMode) }
    }

    /// Works on UTF-16 code units directly: offsets are the indexes, and ASCII words (nearly all
    /// of an English article) never leave the fast path.
    static func tokenize(units u: UnsafeBufferPointer<UInt16>, aliasMode: Bool) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(u.count / 5)
        let n = u.count
        var i = 0
        var gapJoined = true
        var gapSpacesOnly = true
        var sawHyphen = false
        var sawPossessive = false
        var sawNewline = false
        while i < n {
            let (v, w) = scalar(u, i)
            if !isWord(v) {
                if v == 0x20 || v == 0x09 || v == 0xA0 {
                    // plain space keeps the gap joinable
                } else if v == 0x0A || v == 0x0D {
                    // one line break (wrapped text) keeps it joinable, a blank line does not
                    if sawNewline && v == 0x0A { gapJoined = false }
                    if v == 0x0A { sawNewline = true }
                    gapSpacesOnly = false
                } else if isApostrophe(v), i > 0, u[i - 1] == 0x73 || u[i - 1] == 0x53, i + w < n, u[i + w] == 0x20 {
                    // A plural possessive inside a name ("Kurdistan Workers' Party") keeps the words joined.
                    gapSpacesOnly = false
                } else if isHyphen(v) {
                    if sawHyphen { gapJoined = false }
                    sawHyphen = true
                    gapSpacesOnly = false
                } else {
                    gapJoined = false
                    gapSpacesOnly = false
                }
                i += w
                continue
            }
            // Read one word; apostrophes between letters are dropped (Kata'ib → Kataib), a
            // possessive 's ends the word.
            let start = i
            var end = i
            var ascii = true
            var possessiveAfter = false
            var letters = 0
            var uppers = 0
            var firstUpper = false
            var firstDigit = false
            var key: UInt64 = fnvOffset
            var keyLength = 0
            while i < n {
                let (c, cw) = scalar(u, i)
                if isWord(c) {
                    if c < 0x80 {
                        var b = UInt8(c)
                        if b &- 0x41 < 26 {
                            b |= 0x20
                            letters += 1
                            uppers += 1
                            if end == start { firstUpper = true }
                        } else if b &- 0x61 < 26 {
                            letters += 1
                        } else if end == start {
                            firstDigit = true
                        }
                        key = (key ^ UInt64(b)) &* fnvPrime
                        keyLength += 1
                    } else {
                        ascii = false
                        let sc = Unicode.Scalar(c)!
                        if sc.properties.isAlphabetic {
                            letters += 1
                            if sc.properties.isUppercase {
                                uppers += 1
                                if end == start { firstUpper = true }
                            }
                        } else if end == start, sc.properties.numericType != nil {
                            firstDigit = true
                        }
                    }
                    i += cw
                    end = i
                    continue
                }
                if isApostrophe(c), i + 1 < n {
                    let (next, nw) = scalar(u, i + 1)
                    if isWord(next) {
                        if next == 0x73 || next == 0x53 {
                            let after = i + 1 + nw
                            if after >= n || !isWord(scalar(u, after).0) {
                                possessiveAfter = true
                                i = after
                                break
                            }
                        }
                        i += 1
                        continue
                    }
                }
                break
            }
            if !ascii {
                key = hash(Array(fold(word(u, start, end)).utf8))
            }
            var endOffset = end
            var acronymSurface: String? = nil
            // U.S., U.N., D.C.: single capitals joined by periods make one acronym token.
            if ascii, end - start == 1, firstUpper, !possessiveAfter {
                var j = end
                var acronym: [UInt8] = [UInt8(u[start])]
                while j + 1 < n, u[j] == 0x2E, u[j + 1] &- 0x41 < 26, j + 2 >= n || !isWord(scalar(u, j + 2).0) {
                    acronym.append(UInt8(u[j + 1]))
                    j += 2
                }
                if acronym.count > 1 {
                    if j < n, u[j] == 0x2E { j += 1 }
                    acronymSurface = String(decoding: acronym, as: UTF8.self)
                    key = hash(acronym.map { $0 | 0x20 })
                    keyLength = acronym.count
                    letters = acronym.count
                    uppers = acronym.count
                    endOffset = j
                    i = j
                }
            }
            let followedByHyphen = i < n && isHyphen(UInt32(u[i]))
            // "Deir Az Zor", "Ar Raqqa", "As Suwayda": a capitalised particle before a capitalised word is the article too.
            let capitalisedPair = firstUpper && uppers == 1 && i + 1 < n && u[i] == 0x20 && u[i + 1] &- 0x41 < 26
            if keyLength <= 3, ascii, particleHashes.contains(key), aliasMode || followedByHyphen || key == elHash || capitalisedPair {
                key = alHash
            }
            let shape: NameToken.Shape = firstDigit ? .numeric
                : !firstUpper ? .lower
                : (letters >= 2 && uppers == letters) ? .upper : .capitalized
            let surface = shape == .upper ? (acronymSurface ?? word(u, start, end)) : ""
            tokens.append(NameToken(key: key, surface: surface, shape: shape, start: start, end: endOffset,
                                    // across a line break only a lower-case word ("Jurf⏎al-Nasr") continues a
                                    // name: input puts one paragraph on a line, and a new line starting with a
                                    // capital is a new sentence
                                    joinedToPrevious: !tokens.isEmpty && gapJoined && (!sawNewline || shape == .lower),
                                    spaceBefore: gapSpacesOnly && !sawHyphen && !sawPossessive))
            gapJoined = true
            gapSpacesOnly = true
            sawHyphen = false
            sawNewline = false
            sawPossessive = possessiveAfter
        }
        return tokens
    }

    /// The word in `u[start..<end]` without its apostrophes.
    static func word(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(end - start)
        for k in start..<end where !isApostrophe(UInt32(u[k])) { units.append(u[k]) }
        return String(decoding: units, as: UTF16.self)
    }

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    static func hash(_ word: String) -> UInt64 { hash(Array(word.utf8)) }

    static let alHash = hash("al")
    static let elHash = hash("el")
    static let particleHashes: Set<UInt64> = Set(particles.map { hash($0) })

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                  locale: Locale(identifier: "en_US_POSIX")).lowercased()
    }
}
