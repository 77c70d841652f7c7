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

    /// Lower-cased, diacritics folded, apostrophes dropped; Arabic article forms (`ar-`, `as-`, …)
    /// written with a hyphen become `al`.
    var key: String
    /// The word as written minus apostrophes ("Kataib", "US" for "U.S."), for exact acronym checks.
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

    /// `aliasMode`: every particle becomes `al` (aliases are written "Ar Ramadi" as often as "ar-Ramadi");
    /// in running text only a particle joined by a hyphen does, so "at Tanf" stays two plain words.
    static func tokenize(_ text: String, aliasMode: Bool = false) -> [NameToken] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        var o = 0
        for (i, s) in scalars.enumerated() {
            offsets[i] = o
            o += s.utf16.count
        }
        offsets[scalars.count] = o

        var tokens: [NameToken] = []
        var i = 0
        let n = scalars.count
        // Gap state since the previous token.
        var gapJoined = true
        var gapSpacesOnly = true
        var sawHyphen = false
        var sawPossessive = false
        while i < n {
            let s = scalars[i]
            if !isWordScalar(s) {
                let v = s.value
                if v == 0x20 || v == 0x09 || v == 0xA0 {
                    // plain space keeps the gap joinable
                } else if v == 0x2D || v == 0x2010 || v == 0x2011 {
                    if sawHyphen { gapJoined = false }
                    sawHyphen = true
                    gapSpacesOnly = false
                } else {
                    gapJoined = false
                    gapSpacesOnly = false
                }
                i += 1
                continue
            }
            // Read one word; apostrophes between letters are dropped (Kata'ib → Kataib), a
            // possessive 's ends the word.
            let startIdx = i
            var surface = String.UnicodeScalarView()
            var end = i
            var ascii = true
            var possessiveAfter = false
            while i < n {
                let c = scalars[i]
                if isWordScalar(c) {
                    surface.append(c)
                    if c.value >= 0x80 { ascii = false }
                    i += 1
                    end = i
                    continue
                }
                if isApostrophe(c.value), i + 1 < n, isWordScalar(scalars[i + 1]) {
                    let next = scalars[i + 1].value
                    let isS = next == 0x73 || next == 0x53
                    let afterS = i + 2 < n ? scalars[i + 2] : nil
                    if isS && (afterS == nil || !isWordScalar(afterS!)) {
                        possessiveAfter = true
                        i += 2
                        break
                    }
                    i += 1
                    continue
                }
                break
            }
            var surfaceString = String(surface)
            var endOffset = offsets[end]
            // U.S., U.N., D.C.: single capitals joined by periods make one acronym token.
            if surface.count == 1, let f = surface.first, f.value >= 0x41, f.value <= 0x5A, !possessiveAfter {
                var j = end
                var letters = surfaceString
                while j + 1 < n, scalars[j].value == 0x2E, scalars[j + 1].value >= 0x41, scalars[j + 1].value <= 0x5A,
                      j + 2 >= n || !isWordScalar(scalars[j + 2]) {
                    letters.unicodeScalars.append(scalars[j + 1])
                    j += 2
                }
                if letters.count > 1 {
                    if j < n, scalars[j].value == 0x2E { j += 1 }
                    surfaceString = letters
                    endOffset = offsets[j]
                    i = j
                }
            }
            var key = ascii ? surfaceString.lowercased() : fold(surfaceString)
            let followedByHyphen = i < n && (scalars[i].value == 0x2D || scalars[i].value == 0x2010 || scalars[i].value == 0x2011)
            if particles.contains(key), aliasMode || followedByHyphen || key == "el" {
                key = "al"
            }
            tokens.append(NameToken(key: key, surface: surfaceString, shape: shape(of: surfaceString),
                                    start: offsets[startIdx], end: endOffset,
                                    joinedToPrevious: !tokens.isEmpty && gapJoined,
                                    spaceBefore: gapSpacesOnly && !sawHyphen && !sawPossessive))
            gapJoined = true
            gapSpacesOnly = true
            sawHyphen = false
            sawPossessive = possessiveAfter
        }
        return tokens
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive],
                  locale: Locale(identifier: "en_US_POSIX")).lowercased()
    }

    static func shape(of s: String) -> NameToken.Shape {
        guard let first = s.unicodeScalars.first else { return .lower }
        if first.properties.numericType != nil { return .numeric }
        if first.properties.isUppercase {
            var letters = 0
            var allUpper = true
            for c in s.unicodeScalars where c.properties.isAlphabetic {
                letters += 1
                if !c.properties.isUppercase { allUpper = false; break }
            }
            return letters >= 2 && allUpper ? .upper : .capitalized
        }
        return .lower
    }
}
