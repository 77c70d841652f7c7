import Foundation

/// URL-safe slugs: lower-case ASCII letters, digits and single hyphens, never empty, never
/// `.`/`..`, bounded in length, so no title or id can escape the output folder.
public enum Slug {
    public static let maxLength = 80

    public static func make(_ text: String, fallback: String = "untitled") -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        var lastHyphen = true
        for scalar in folded.unicodeScalars {
            let c = Character(scalar)
            if c.isASCII, c.isLetter || c.isNumber {
                out.append(Character(c.lowercased()))
                lastHyphen = false
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !lastHyphen {
                out.append("-")
                lastHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.count > maxLength {
            out = String(out.prefix(maxLength))
            if let cut = out.lastIndex(of: "-"), out.distance(from: out.startIndex, to: cut) > maxLength / 2 {
                out = String(out[..<cut])
            }
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? fallback : out
    }

    /// Gives each key a distinct slug: the first keeps `base`, later ones get `-2`, `-3`, …
    /// Callers pass items in a fixed order (sorted by path), so the result is deterministic.
    public static func deduplicate(_ bases: [String]) -> [String] {
        var used = Set<String>()
        var counts: [String: Int] = [:]
        return bases.map { base in
            var candidate = base
            var n = counts[base, default: 1]
            while used.contains(candidate) {
                n += 1
                candidate = "\(base)-\(n)"
            }
            counts[base] = n
            used.insert(candidate)
            return candidate
        }
    }
}
