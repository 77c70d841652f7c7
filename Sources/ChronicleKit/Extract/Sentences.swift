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
        let ns = text as NSString
        // One copy of the UTF-16 units: `character(at:)` on a bridged Swift string is slow on Linux.
        let u = Array(text.utf16)
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
                if c == 46 && startsSentence && isAbbreviation(ns, dotAt: i) { i = j; continue }
                if startsSentence {
                    append(ns, start, j, &out)
                    start = k
                }
                i = k
                continue
            }
            i += 1
        }
        append(ns, start, n, &out)
        return out
    }

    private static func append(_ ns: NSString, _ a: Int, _ b: Int, _ out: inout [NSRange]) {
        var s = a, e = b
        while s < e, CharacterSet.whitespacesAndNewlines.contains(UnicodeScalar(ns.character(at: s)) ?? " ") { s += 1 }
        while e > s, CharacterSet.whitespacesAndNewlines.contains(UnicodeScalar(ns.character(at: e - 1)) ?? " ") { e -= 1 }
        if e > s { out.append(NSRange(location: s, length: e - s)) }
    }

    /// The word before the dot at `i` is an abbreviation or an initial ("B." in "Myles B. Caggins").
    private static func isAbbreviation(_ ns: NSString, dotAt i: Int) -> Bool {
        var s = i
        while s > 0 {
            let c = ns.character(at: s - 1)
            if c == 32 || c == 40 || c == 34 || c == 0x201C || c == 10 { break }
            s -= 1
        }
        let word = ns.substring(with: NSRange(location: s, length: i - s)).asciiLower
        if word.count == 1, let ch = word.first, ch.isLetter { return true }
        return abbreviations.contains(word)
    }
}
