/// Merges reports of the same real event into one incident and gives every incident its
/// stable id. STUB: keeps every incident and assigns `YYYY-MM-DD-place-type` ids.
public enum IncidentMerger {
    public static func merge(_ incidents: [Incident]) -> [Incident] {
        assignIDs(incidents)
    }

    /// `YYYY-MM-DD-place-type` (or `undated-…`), deduplicated deterministically in input order.
    public static func assignIDs(_ incidents: [Incident]) -> [Incident] {
        let bases = incidents.map { inc -> String in
            let date: String
            switch inc.datePrecision {
            case .day: date = inc.date?.iso ?? "undated"
            case .week: date = inc.date.map { $0.iso } ?? "undated"
            case .month: date = inc.date.map { String($0.iso.prefix(7)) } ?? "undated"
            case .year: date = inc.date.map { String($0.year) } ?? "undated"
            case .unknown: date = "undated"
            }
            return [date, Slug.make(inc.place ?? inc.country ?? "unknown-place"), Slug.make(inc.eventType.rawValue)].joined(separator: "-")
        }
        let ids = Slug.deduplicate(bases)
        return zip(incidents, ids).map { inc, id in
            var copy = inc
            if copy.id.isEmpty { copy.id = id }
            return copy
        }
    }
}
