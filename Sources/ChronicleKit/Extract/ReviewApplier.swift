/// Lays hand-reviewed incidents over extracted ones: a reviewed file with the id of an extracted
/// incident confirms or corrects it (the fields it gives win, the ones it omits keep the
/// extracted values), `status: rejected` hides it, and a reviewed file with a new id adds an
/// incident the extractor missed, which then has to stand on its own (date, type, sources).
public enum ReviewApplier {
    public static func apply(_ reviewed: [ReviewedIncident], to extracted: [Incident], articleIDs: Set<String>,
                             knowledge: KnowledgeBase? = nil) -> ([Incident], [Diagnostic]) {
        var byID = Dictionary(extracted.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var order = extracted.map(\.id)
        var diags: [Diagnostic] = []
        var seen: [String: String] = [:]

        for r in reviewed.sorted(by: { $0.path < $1.path }) {
            let id = r.incident.id
            if let other = seen[id] {
                diags.append(.error(r.location("id"), "incident id '\(id)' is already reviewed in \(other); keep one file per incident"))
                continue
            }
            seen[id] = r.path

            var sourcesOK = true
            for s in r.incident.sources where !articleIDs.contains(s.article) {
                sourcesOK = false
                let known = nearest(s.article, in: articleIDs).map { " (did you mean '\($0)'?)" } ?? ""
                diags.append(.error(r.location("sources"), "source names article '\(s.article)', which is not an article of this site\(known); use an id from data/incidents.json"))
            }
            if !sourcesOK { continue }

            if r.isRejected {
                if byID.removeValue(forKey: id) == nil {
                    diags.append(.warning(r.location("id"), "rejects incident '\(id)', but no extracted incident has that id (the extractor's id may have changed); check data/incidents.json"))
                }
                continue
            }
            if var existing = byID[id] {
                overlay(r, on: &existing)
                relink(&existing, given: r.givenFields, knowledge: knowledge)
                byID[id] = existing
                continue
            }
            // A new incident: it has no extracted values to fall back on.
            if r.incident.sources.isEmpty {
                diags.append(.error(r.location("id"), "no extracted incident has id '\(id)' and the file names no sources; the extractor's id may have changed (check data/incidents.json for the current id), or add 'sources:' to keep it as a new incident"))
                continue
            }
            var missing: [String] = []
            if !r.givenFields.contains("event_type") { missing.append("event_type") }
            if !r.givenFields.contains("date_precision") { missing.append("date and date_precision") }
            else if r.incident.datePrecision != .unknown, r.incident.date == nil { missing.append("date") }
            if !missing.isEmpty {
                diags.append(.error(r.location("id"), "new incident '\(id)' (no extracted incident has this id) needs \(missing.joined(separator: ", ")); add them to the front matter"))
                continue
            }
            var inc = r.incident
            inc.status = .reviewed
            relink(&inc, given: r.givenFields, knowledge: knowledge)
            if !r.givenFields.contains("role") {
                inc.role = inc.sources.contains { $0.role == .main } ? .main : .background
            }
            byID[id] = inc
            order.append(id)
        }
        return (order.compactMap { byID[$0] }, diags.sorted())
    }

    /// The reviewed file's given fields replace the extracted ones; everything else stays.
    static func overlay(_ r: ReviewedIncident, on e: inout Incident) {
        let g = r.givenFields, v = r.incident
        if g.contains("date") { e.date = v.date }
        if g.contains("date_precision") { e.datePrecision = v.datePrecision }
        if g.contains("date_text") { e.dateText = v.dateText }
        if g.contains("event_type") { e.eventType = v.eventType }
        if g.contains("place") { e.place = v.place; e.placeID = g.contains("place_id") ? v.placeID : nil }
        else if g.contains("place_id") { e.placeID = v.placeID }
        if g.contains("admin1") { e.admin1 = v.admin1 }
        if g.contains("country") { e.country = v.country }
        if g.contains("latitude") { e.latitude = v.latitude }
        if g.contains("longitude") { e.longitude = v.longitude }
        if g.contains("geo_precision") { e.geoPrecision = v.geoPrecision }
        if g.contains("perpetrator") { e.perpetrator = v.perpetrator; e.perpetratorID = nil }
        if g.contains("suspected") { e.suspected = v.suspected; e.suspectedID = nil }
        if g.contains("target") { e.target = v.target; e.targetID = nil }
        if g.contains("killed") { e.killed = v.killed; e.killedLow = v.killedLow; e.killedHigh = v.killedHigh }
        if g.contains("wounded") { e.wounded = v.wounded; e.woundedLow = v.woundedLow; e.woundedHigh = v.woundedHigh }
        if g.contains("role") { e.role = v.role }
        if g.contains("summary") { e.summary = v.summary }
        if g.contains("sources") { e.sources = v.sources }
        e.status = .reviewed
        if let notes = v.notes { e.notes = notes }
    }

    /// A reviewer writes names, not knowledge-base ids: find the place and actors those names
    /// denote so location and actor pages still list the incident, fill what the reviewer left
    /// out from the gazetteer, and rewrite the summary from the corrected fields unless given.
    static func relink(_ e: inout Incident, given g: Set<String>, knowledge: KnowledgeBase?) {
        if let kb = knowledge {
            if e.placeID == nil, let name = e.place, let place = wholeMention(name, kb.gazetteer.mentions(in: name)) {
                e.placeID = place.id
                if !g.contains("admin1") { e.admin1 = place.admin1 ?? (place.kind == .admin1 ? place.name : e.admin1) }
                if !g.contains("country") { e.country = place.country ?? e.country }
                if !g.contains("latitude") { e.latitude = place.latitude }
                if !g.contains("longitude") { e.longitude = place.longitude }
                if !g.contains("geo_precision") {
                    switch place.kind {
                    case .site: e.geoPrecision = .site
                    case .city: e.geoPrecision = .city
                    case .admin1: e.geoPrecision = .admin1
                    case .country: e.geoPrecision = .country
                    }
                }
            }
            func actorID(_ name: String?) -> String? {
                guard let name, name != "unknown" else { return nil }
                return wholeMention(name, kb.actors.mentions(in: name))?.id
            }
            if e.perpetratorID == nil { e.perpetratorID = actorID(e.perpetrator) }
            if e.suspectedID == nil { e.suspectedID = actorID(e.suspected) }
            if e.targetID == nil { e.targetID = actorID(e.target) }
        }
        if !g.contains("summary") { e.summary = Summary.make(e) }
    }

    /// The entry named by the whole of `name` (allowing a leading "the"), not just a part of it.
    static func wholeMention<E>(_ name: String, _ mentions: [Mention<E>]) -> E? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let length = trimmed.utf16.count
        let lead = trimmed.lowercased().hasPrefix("the ") ? 4 : 0
        return mentions.first { $0.range.lowerBound <= lead && $0.range.upperBound >= length }?.entry
    }

    /// The known id sharing the longest prefix with `id`, for a "did you mean" hint.
    static func nearest(_ id: String, in ids: Set<String>) -> String? {
        var best: (String, Int)?
        for candidate in ids.sorted() {
            let common = zip(candidate, id).prefix { $0 == $1 }.count
            if common >= 8, common > (best?.1 ?? 0) { best = (candidate, common) }
        }
        return best?.0
    }
}
