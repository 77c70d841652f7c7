import Foundation

/// A village, sub-district or site the gazetteer lacks, named in the sentence that places an event only coarsely:
/// "in the Al-Abbara sub-district, north of Baquba in Diyala governorate", "near the village of al-Shola, south of
/// Deir ez-Zor city", "a drone strike on the Arbat airfield". Coders record the named place; without its
/// coordinates the incident keeps the enclosing division's position and says so with an `admin1`/`country` precision.
enum UnlistedPlace {
    private static let name = #"((?:(?:al|Al|el|El|as|As|ash|Ash|ad|Ad|ar|Ar|at|At|az|Az)[-‑])?[A-Z][\p{L}’'-]{2,}(?:\s+(?:(?:al|Al|el|El)-)?[A-Z][\p{L}’'-]{2,})?)"#
    /// "the village of X", "X's sub-district" is not used; "the town of X", "the X area".
    static let ofForm = Rx(#"\b(?:village|town|hamlet|sub-?district|subdistrict|district|locality|neighbou?rhood)\s+of\s+"# + name,
                           caseInsensitive: false, anchors: ["village", "town", "hamlet", "district", "locality", "neighbo"])
    /// "the X sub-district", "X village", "the X airfield" (an installation keeps its word: "Arbat airfield").
    static let suffixForm = Rx(name + #"\s+(village|sub-?district|subdistrict|area|neighbou?rhood|resort|airfield|airstrip|oil field|gas field|gas station|checkpoint)\b"#,
                               caseInsensitive: false, anchors: ["village", "district", "area", "neighbo", "resort", "airfield", "airstrip", "field", "station", "checkpoint"])
    static let stems = WordList(["village", "town", "hamlet", "district", "locality", "neighbo", "area", "resort", "airfield", "airstrip", "field", "station", "checkpoint"])
    static let installationWords: Set<String> = ["resort", "airfield", "airstrip", "oil field", "gas field", "gas station", "checkpoint"]
    /// Capitalised words that start phrases, not names ("the Syrian border area", "Security Media Cell").
    static let notNames: Set<String> = ["the", "this", "that", "these", "those", "a", "an", "its", "their", "his", "her", "our",
        "syrian", "iraqi", "kurdish", "turkish", "israeli", "iranian", "russian", "american", "jordanian", "lebanese", "us", "u.s.",
        "security", "military", "border", "residential", "industrial", "operations", "operation", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "rural", "desert", "mountain", "mountainous",
        "old", "new", "upper", "lower", "greater", "christian", "yazidi", "sunni", "shiite", "shia", "arab", "tribal",
        "in", "on", "at", "near", "from", "by", "of", "for", "with", "and", "but", "when", "after", "before", "during", "while",
        "government", "regime", "rebel", "opposition", "occupied", "liberated", "disputed", "same", "whole", "entire", "wider"]

    /// The unlisted place named in `s`, when the sentence names one outside every known place and actor.
    static func find(in s: ArticleSentence) -> String? {
        guard Folded(s.text).hasAny(stems) else { return nil }
        let ns = s.ns
        let known = s.places.map { NSRange(location: $0.range.lowerBound, length: $0.range.count) }
            + s.actors.map { NSRange(location: $0.range.lowerBound, length: $0.range.count) }
        func usable(_ r: NSRange) -> Bool {
            guard r.location != NSNotFound, !known.contains(where: { NSIntersectionRange($0, r).length > 0 }) else { return false }
            let first = Words.of(ns.sub(r), limit: 1).first ?? ""
            return !notNames.contains(first)
        }
        for m in ofForm.matches(ns) where usable(m.range(at: 1)) { return ns.sub(m.range(at: 1)) }
        for m in suffixForm.matches(ns) where usable(m.range(at: 1)) {
            let kind = ns.sub(m.range(at: 2))
            return installationWords.contains(kind) ? ns.sub(m.range(at: 1)) + " " + kind : ns.sub(m.range(at: 1))
        }
        return nil
    }

    /// The chosen place is only a bearing in this sentence ("south of Deir ez-Zor city"): the event is elsewhere.
    static func isBearing(_ p: Place, in s: ArticleSentence) -> Bool {
        let here = s.places.filter { $0.entry.id == p.id }
        guard !here.isEmpty else { return false }
        return here.allSatisfy { m in
            let b0 = max(0, m.range.lowerBound - 70)
            return IncidentExtractor.bearingOf.test(s.ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0)) as NSString)
        }
    }

    /// Renames the incident's coarse (or bearing-only) place to the unlisted one its report sentence names.
    static func refine(_ inc: inout Incident, place p: Place, sentences: [ArticleSentence], gazetteer: Gazetteer) {
        for s in sentences {
            let coarse = p.kind == .admin1 || p.kind == .country
            guard coarse || p.kind == .city && isBearing(p, in: s), let found = find(in: s) else { continue }
            inc.place = found
            inc.placeID = nil
            if !coarse, let a = gazetteer.ancestors(of: p).first(where: { $0.kind == .admin1 }) {
                inc.latitude = a.latitude; inc.longitude = a.longitude; inc.geoPrecision = .admin1
            }
            return
        }
    }
}
