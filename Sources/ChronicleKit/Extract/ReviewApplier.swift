/// Lays hand-reviewed incidents over extracted ones: a reviewed file with the id of an extracted
/// incident confirms or corrects it (its fields win), `status: rejected` hides it, and a reviewed
/// file with a new id adds an incident the extractor missed.
/// STUB (the safety/ingest work completes field-level merging and validation).
public enum ReviewApplier {
    public static func apply(_ reviewed: [ReviewedIncident], to extracted: [Incident], articleIDs: Set<String>) -> ([Incident], [Diagnostic]) {
        var byID = Dictionary(extracted.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var order = extracted.map(\.id)
        for r in reviewed.sorted(by: { $0.path < $1.path }) {
            if r.isRejected { byID[r.incident.id] = nil; continue }
            if var existing = byID[r.incident.id] {
                existing.status = .reviewed
                existing.notes = r.incident.notes
                byID[r.incident.id] = existing
            } else {
                byID[r.incident.id] = r.incident
                order.append(r.incident.id)
            }
        }
        return (order.compactMap { byID[$0] }, [])
    }
}
