/// Merges reports of the same real event into one incident and gives every incident its stable id.
///
/// Two incidents are one event when everything known agrees: the same country, the same place or one
/// inside the other or within 25 km, overlapping dates (a day's slack for day precision; weeks and
/// months overlap by span), and compatible event types ("other" fits anything; across articles only
/// rockets and missiles are mixed up by reporters, so a mortar attack and a rocket attack stay two).
/// Undated incidents are never merged across articles: nothing shows they are the same.
///
/// Output order (documented for users and tests): by date ascending, undated last, then by id.
public enum IncidentMerger {
    public static func merge(_ incidents: [Incident]) -> [Incident] {
        // Deterministic input order: by date, place, type, then the first source.
        let input = incidents.sorted(by: inputOrder)
        var out: [Incident] = []
        for inc in input {
            if let j = out.firstIndex(where: { sameEvent($0, inc) }) {
                out[j] = combine(out[j], inc)
            } else {
                out.append(inc)
            }
        }
        return sortForOutput(assignIDs(out))
    }

    static func key(_ i: Incident) -> String {
        [i.date?.iso ?? "9999", i.place ?? "", i.eventType.rawValue, i.sources.first?.article ?? "", i.sources.first?.evidence ?? ""].joined(separator: "\u{1F}")
    }

    static func inputOrder(_ a: Incident, _ b: Incident) -> Bool { key(a) < key(b) }

    static func sortForOutput(_ incidents: [Incident]) -> [Incident] {
        incidents.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.id < b.id
            }
        }
    }

    static func typesCompatible(_ a: EventType, _ b: EventType) -> Bool {
        if a == b || a == .other || b == .other { return true }
        let pair: Set<EventType> = [a, b]
        return pair == [.rocketAttack, .missileAttack] || pair == [.airstrike, .droneAttack]
    }

    static func sameEvent(_ a: Incident, _ b: Incident) -> Bool {
        guard let da = a.date, let db = b.date, a.datePrecision != .unknown, b.datePrecision != .unknown else { return false }
        // Never merge two events of the same article: the extractor already kept them apart.
        let articlesA = Set(a.sources.map(\.article))
        if b.sources.contains(where: { articlesA.contains($0.article) }) { return false }
        guard typesCompatible(a.eventType, b.eventType) else { return false }
        guard Geo.datesOverlap(da, a.datePrecision, db, b.datePrecision) else { return false }
        if let ca = a.country, let cb = b.country, ca != cb { return false }
        return placesAgree(a, b)
    }

    static func placesAgree(_ a: Incident, _ b: Incident) -> Bool {
        if a.placeID != nil, a.placeID == b.placeID { return true }
        if let pa = a.place, let pb = b.place, pa == pb { return true }
        // One inside the other: a country or governorate report agrees with a town in it.
        if a.geoPrecision == .country || b.geoPrecision == .country { return a.country != nil && a.country == b.country }
        if a.geoPrecision == .admin1, a.admin1 != nil, a.admin1 == b.admin1 { return true }
        if b.geoPrecision == .admin1, b.admin1 != nil, a.admin1 == b.admin1 { return true }
        if let la = a.latitude, let lo = a.longitude, let lb = b.latitude, let lob = b.longitude {
            return Geo.distanceKm(la, lo, lb, lob) <= 25
        }
        return false
    }

    static let precisionRank: [DatePrecision: Int] = [.day: 0, .week: 1, .month: 2, .year: 3, .unknown: 4]
    static let geoRank: [GeoPrecision: Int] = [.site: 0, .city: 1, .admin1: 2, .country: 3]

    /// Keeps the finer date and place, every source, both ends of disagreeing figures
    /// (the best figure is the lowest, as ACLED does).
    static func combine(_ a: Incident, _ b: Incident) -> Incident {
        var m = a
        if precisionRank[b.datePrecision, default: 4] < precisionRank[a.datePrecision, default: 4] {
            m.date = b.date; m.datePrecision = b.datePrecision; m.dateText = b.dateText
        }
        if geoRank[b.geoPrecision ?? .country, default: 3] < geoRank[a.geoPrecision ?? .country, default: 3] || a.place == nil {
            m.place = b.place; m.placeID = b.placeID; m.admin1 = b.admin1; m.country = b.country
            m.latitude = b.latitude; m.longitude = b.longitude; m.geoPrecision = b.geoPrecision
        }
        if m.eventType == .other { m.eventType = b.eventType }
        if m.perpetrator == "unknown" { m.perpetrator = b.perpetrator; m.perpetratorID = b.perpetratorID }
        if m.suspected == nil { m.suspected = b.suspected; m.suspectedID = b.suspectedID }
        if m.target == nil { m.target = b.target; m.targetID = b.targetID }
        (m.killed, m.killedLow, m.killedHigh) = figures([a.killedLow, a.killed, a.killedHigh, b.killedLow, b.killed, b.killedHigh])
        (m.wounded, m.woundedLow, m.woundedHigh) = figures([a.woundedLow, a.wounded, a.woundedHigh, b.woundedLow, b.wounded, b.woundedHigh])
        if a.role == .main || b.role == .main { m.role = .main }
        for s in b.sources where !m.sources.contains(s) { m.sources.append(s) }
        m.summary = Summary.make(m)
        return m
    }

    static func figures(_ values: [Int?]) -> (Int?, Int?, Int?) {
        let v = values.compactMap { $0 }
        guard let lo = v.min(), let hi = v.max() else { return (nil, nil, nil) }
        return lo == hi ? (lo, nil, nil) : (lo, lo, hi)
    }

    /// `YYYY-MM-DD-place-type` (`YYYY-MM-…` for a month, `YYYY-…` for a year, `undated-…`), deduplicated
    /// in a fixed order so the same input always gives the same ids.
    public static func assignIDs(_ incidents: [Incident]) -> [Incident] {
        let sorted = incidents.sorted(by: inputOrder)
        let bases = sorted.map { inc -> String in
            let date: String
            switch inc.datePrecision {
            case .day, .week: date = inc.date?.iso ?? "undated"
            case .month: date = inc.date.map { String($0.iso.prefix(7)) } ?? "undated"
            case .year: date = inc.date.map { String($0.year) } ?? "undated"
            case .unknown: date = "undated"
            }
            return [date, Slug.make(inc.place ?? inc.country ?? "unknown-place"), Slug.make(inc.eventType.rawValue)].joined(separator: "-")
        }
        let ids = Slug.deduplicate(bases)
        return zip(sorted, ids).map { inc, id in
            var copy = inc
            if copy.id.isEmpty { copy.id = id }
            return copy
        }
    }
}
