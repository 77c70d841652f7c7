import Foundation

/// Splits a paragraph into sentences (UTF-16 ranges), knowing the abbreviations of news copy
/// ("U.S.", "Col.", "Feb.", "Myles B. Caggins") so they do not end a sentence.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "u.s", "u.n", "u.k", "u.s.a", "e.u", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "brig", "adm", "cmdr", "gov", "sen", "rep", "rev", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
        "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "i.e", "e.g", "approx", "est",
        "mt", "ft", "pvt", "cpl", "spc", "fig", "dept", "govt",
    ]

    public static func split(_ text: String) -> [NSRange] {
        split(units: Array(text.utf16))
    }

    /// `split(_:)` over the text's UTF-16 units, for a caller that has them already. Works on the array
    /// throughout: `character(at:)` and `substring(with:)` on a bridged Swift string are slow on Linux.
    static func split(units u: [UInt16]) -> [NSRange] {
        let n = u.count
        var out: [NSRange] = []
        var start = 0
        var i = 0
        func isSpace(_ c: unichar) -> Bool { c == 32 || c == 9 || c == 10 || c == 0xA0 }
        func isCloser(_ c: unichar) -> Bool { c == 34 || c == 39 || c == 0x201D || c == 0x2019 || c == 41 || c == 93 }
        while i < n {
            let c = u[i]
            if c == 46 || c == 33 || c == 63 { // . ! ?
                var j = i + 1
                while j < n, u[j] == 46 || isCloser(u[j]) { j += 1 }
                guard j < n, isSpace(u[j]) else { i = j; continue }
                var k = j
                while k < n, isSpace(u[k]) { k += 1 }
                guard k < n else { break }
                let next = u[k]
                let startsSentence = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || next == 34 || next == 0x201C || next == 0x2018 || next == 39 || next == 40 || next == 45 || next == 0x2013 || next == 0x2014
                if c == 46 && startsSentence && (isAbbreviation(u, dotAt: i) || isListNumber(u, dotAt: i, from: start)) { i = j; continue }
                if startsSentence {
                    append(u, start, j, &out)
                    start = k
                }
                i = k
                continue
            }
            i += 1
        }
        append(u, start, n, &out)
        return out
    }

    private static func append(_ u: [UInt16], _ a: Int, _ b: Int, _ out: inout [NSRange]) {
        var s = a, e = b
        while s < e, isTrimmed(u[s]) { s += 1 }
        while e > s, isTrimmed(u[e - 1]) { e -= 1 }
        if e > s { out.append(NSRange(location: s, length: e - s)) }
    }

    /// A unit trimmed from a sentence's ends: a member of `CharacterSet.whitespacesAndNewlines` (its ASCII members
    /// are tab, LF, VT, FF, CR and space), or half of a surrogate pair, which counts as a space here.
    @inline(__always)
    private static func isTrimmed(_ c: UInt16) -> Bool {
        if c < 0x80 { return c == 32 || (c >= 9 && c <= 13) }
        guard let scalar = UnicodeScalar(c) else { return true }
        return CharacterSet.whitespacesAndNewlines.contains(scalar)
    }

    /// "2. Casualties": the number of a list item or section, alone before the dot at the start of the sentence.
    static func isListNumber(_ u: [UInt16], dotAt i: Int, from start: Int) -> Bool {
        var s = start
        while s < i, isTrimmed(u[s]) { s += 1 }
        return (1...2).contains(i - s) && u[s..<i].allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// The word before the dot at `i` is an abbreviation or an initial ("B." in "Myles B. Caggins").
    static func isAbbreviation(_ u: [UInt16], dotAt i: Int) -> Bool {
        var s = i
        while s > 0 {
            let c = u[s - 1]
            if c == 32 || c == 40 || c == 34 || c == 0x201C || c == 10 { break }
            s -= 1
        }
        // Longer than any listed abbreviation and more than one character: not one (most words end here).
        if i - s > 6, u[s] < 0x80, u[s + 1] < 0x80 { return false }
        let word = String(utf16Units: u[s..<i]).asciiLower
        if word.count == 1, let ch = word.first, ch.isLetter { return true }
        // Run-together initials: "George H.W. Bush", "J.R. Smith" (capitals each followed by a dot).
        if i - s >= 3, (i - s) % 2 == 1, stride(from: s, to: i, by: 2).allSatisfy({ u[$0] >= 65 && u[$0] <= 90 }),
           stride(from: s + 1, to: i, by: 2).allSatisfy({ u[$0] == 46 }) { return true }
        return abbreviations.contains(word)
    }
}
