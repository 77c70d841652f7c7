/// Merges reports of the same real event into one incident and gives every incident its stable id.
///
/// Two incidents are one event when everything known agrees: the same country, the same place or one
/// inside the other or within 25 km, overlapping dates (a day's slack for day precision; weeks and
/// months overlap by span), and compatible event types ("other" fits anything; across articles only
/// rockets and missiles are mixed up by reporters, so a mortar attack and a rocket attack stay two).
/// Undated incidents are merged across articles only when they name a month and day ("On 28 February" in a report
/// with no stamp) and one event of another article has that month and day, the same place and the same type.
/// Two reports whose stated perpetrators are on different sides (a state's air strike and a militia's drone
/// attack 15 km away on the same day) are two events. A day's slack between day-precise reports stands for
/// time zones ("late Saturday" in Washington is "early Sunday" in Erbil), so it is granted only when a report
/// places the event near midnight (night, late, early, overnight, evening, dawn); "on Monday" and "on Tuesday"
/// are two days. Reports that could join several others are joined best agreement first (same place before a
/// place inside another or nearby, same day before a neighbouring day), whatever order they were read in.
///
/// Output order (documented for users and tests): by date ascending, undated last, then by id.
public enum IncidentMerger {
    /// `actors` tells which side a perpetrator is on (its organisation chain); without it perpetrators never conflict.
    /// `places` gives the gazetteer's name of a place: sources that spell one place differently ("Mayadeen", "Al-Mayadin")
    /// are shown under that name rather than under whichever spelling came first.
    public static func merge(_ incidents: [Incident], actors: ActorBase? = nil, places: Gazetteer? = nil) -> [Incident] {
        let input = sortedForInput(incidents)
        return sortForOutput(assignIDs(clusters(of: input, actors: actors, places: places).map { combine($0, places: places) }))
    }

    /// The side a stated perpetrator belongs to: "state" for governments, state militaries and international
    /// bodies (reporters mix up the US, its military and the coalition, so these never conflict with each other),
    /// else the root of its organisation chain (an armed group and its umbrella are one side; the Islamic State
    /// and an Iran-backed militia are two). Nil when unknown or not in the knowledge base.
    static func side(of id: String?, in actors: ActorBase?) -> String? {
        guard let id, let actors, let actor = actors.actor(id: id) else { return nil }
        let chain = actors.ancestors(of: actor).filter { $0.kind != .person }
        guard let first = chain.first, let root = chain.last else { return nil }
        switch first.kind {
        case .government, .stateMilitary, .internationalBody: return "state"
        case .armedGroup: return "group:" + root.id
        case .person, .other: return nil
        }
    }

    /// An incident with the keys every comparison needs, computed once.
    struct Prepared {
        let incident: Incident
        /// First and last day covered (`Geo.span`); nil when the incident cannot merge (undated).
        let span: ClosedRange<Int>?
        let articles: [String]
        /// The stated perpetrator's side (`side(of:in:)`); nil when unknown.
        let side: String?
        /// The report places the event near midnight, so a neighbouring day may be the same moment elsewhere.
        let nearMidnight: Bool

        init(_ i: Incident, actors: ActorBase? = nil) {
            incident = i
            side = i.perpetrator == "unknown" ? nil : IncidentMerger.side(of: i.perpetratorID, in: actors)
            nearMidnight = IncidentMerger.nearMidnight(i.dateText)
            if let d = i.date, i.datePrecision != .unknown { span = Geo.span(d, i.datePrecision) } else { span = nil }
            var seen: [String] = []
            for s in i.sources where !seen.contains(s.article) { seen.append(s.article) }
            articles = seen
        }
    }

    /// Groups `input` (already in `inputOrder`) into events, best agreement first: every pair of reports that could be
    /// one event is ranked by `agreement`, and pairs are joined in that order (earlier input first on ties) as long as
    /// every member of the joined group is the same event as every other, so A~B and B~C never pull in an incompatible
    /// C through B. Joining best pairs first keeps the outcome from hanging on which report came first: two articles that
    /// each tell a deadly raid and a harmless rocket in one town pair raid with raid, not whichever came first. Only
    /// reports whose days can still overlap are paired (inputs come sorted by first day), which keeps the pass about
    /// linear on a corpus spread over time.
    static func clusters(of input: [Incident], actors: ActorBase? = nil, places: Gazetteer? = nil) -> [[Incident]] {
        let prepared = input.map { Prepared($0, actors: actors) }
        // The date window only prunes when dated incidents come in order of their first day
        // (they do: `inputOrder` sorts by ISO date); otherwise every pair is looked at.
        var last = Int.min, ordered = true
        for p in prepared { if let s = p.span { if s.lowerBound < last { ordered = false; break }; last = s.lowerBound } }

        struct Pair { let score: Int, a: Int, b: Int }
        var pairs: [Pair] = []
        var same = Set<Int>()
        let n = prepared.count
        for i in prepared.indices {
            guard let si = prepared[i].span else { continue }
            for j in (i + 1)..<n {
                guard let sj = prepared[j].span else { continue }
                // (A day's slack at most: a report starting two days after this one ends can no longer be it.)
                if ordered && sj.lowerBound > si.upperBound + 1 { break }
                guard sameEvent(prepared[i], prepared[j], places: places) else { continue }
                pairs.append(Pair(score: agreement(prepared[i], prepared[j]), a: i, b: j))
                same.insert(i * n + j)
            }
        }
        pairs.sort { ($1.score, $0.a, $0.b) < ($0.score, $1.a, $1.b) }

        var groupOf = Array(prepared.indices)
        var members: [[Int]] = prepared.indices.map { [$0] }
        for p in pairs {
            let ga = groupOf[p.a], gb = groupOf[p.b]
            guard ga != gb, members[ga].allSatisfy({ x in members[gb].allSatisfy { y in same.contains(min(x, y) * n + max(x, y)) } }) else { continue }
            let (keep, drop) = (min(ga, gb), max(ga, gb))
            for m in members[drop] { groupOf[m] = keep }
            members[keep] = (members[keep] + members[drop]).sorted()
            members[drop] = []
        }
        // Groups in order of their first report, members in input order.
        var groups = members.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }.map { $0.map { prepared[$0] } }
        joinYearless(&groups)
        return groups.map { $0.map(\.incident) }
    }

    /// "On 28 February, a suicide bomber detonated his vehicle … in Hillah", in a report with no stamp (so no year): an
    /// undated report that names its month and day joins the one event another article dates on that month and day, at
    /// the same place, of the same type (and takes its date). Anything less specific stays apart.
    static func joinYearless(_ groups: inout [[Prepared]]) {
        for gi in groups.indices where groups[gi].count == 1 && groups[gi][0].span == nil {
            let p = groups[gi][0], x = p.incident
            guard let text = x.dateText, let (month, day) = PublicationDay.yearlessMonthDay(in: text), x.place != nil else { continue }
            let fits = groups.indices.filter { g in
                g != gi && !groups[g].isEmpty && groups[g].allSatisfy { q in
                    let y = q.incident
                    guard q.span != nil, !q.articles.contains(where: p.articles.contains), y.country == x.country else { return false }
                    if let a = p.side, let b = q.side, a != b { return false }
                    return y.datePrecision == .day && y.date.map { $0.month == month && $0.day == day } == true
                        && y.eventType == x.eventType && exactPlace(x, y)
                }
            }
            guard fits.count == 1 else { continue }
            groups[fits[0]].append(p)
            groups[gi] = []
        }
        groups.removeAll { $0.isEmpty }
    }

    /// By day, then finer places before coarser ones (sites, towns, provinces, countries): a coarse report ("in Deir
    /// ez-Zor province", "elsewhere in Baghdad") fits every place inside it, so it joins the event a precise report
    /// started instead of starting one that takes in the first precise report and shuts out the others.
    static func key(_ i: Incident) -> String {
        [i.date?.iso ?? "9999", String(placeRank(i)), i.place ?? "", i.eventType.rawValue, i.sources.first?.article ?? "", i.sources.first?.evidence ?? ""].joined(separator: "\u{1F}")
    }

    static func inputOrder(_ a: Incident, _ b: Incident) -> Bool { key(a) < key(b) }

    /// Sorted by `key`, computed once per incident (ties keep their order, as a stable sort would).
    static func sortedForInput(_ incidents: [Incident]) -> [Incident] {
        let keys = incidents.map(key)
        return incidents.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { incidents[$0] }
    }

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

    /// Rockets and missiles, and air strikes, drone strikes and missile strikes ("air and missile strikes"), are mixed
    /// up by reporters; "other" fits anything. (Mortar rounds are not rockets: coders keep them apart.)
    static func typesCompatible(_ a: EventType, _ b: EventType) -> Bool {
        if a == b || a == .other || b == .other { return true }
        let pair: Set<EventType> = [a, b]
        return pair == [.rocketAttack, .missileAttack] || pair == [.airstrike, .droneAttack] || pair == [.airstrike, .missileAttack]
            || pair == [.droneAttack, .missileAttack]
    }

    static func sameEvent(_ a: Incident, _ b: Incident, actors: ActorBase? = nil) -> Bool {
        sameEvent(Prepared(a, actors: actors), Prepared(b, actors: actors))
    }

    /// Words that put an event near midnight, where one report's day is another's next or previous day.
    static let midnightWords: Set<String> = ["night", "late", "early", "overnight", "evening", "midnight", "dawn", "predawn", "pre-dawn", "tonight", "hours"]

    static func nearMidnight(_ text: String?) -> Bool {
        guard let text else { return false }
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" }
        return words.contains { midnightWords.contains(String($0)) }
    }

    /// How well two same-event reports agree, the rank `clusters` joins pairs in: the same place (3), one inside the
    /// other (2), or merely nearby (1), plus one for the same first day; then the same type; then tolls that agree on
    /// whether anyone died (a rocket that hurt no one and a raid that killed nine, told by two reports each).
    static func agreement(_ a: Prepared, _ b: Prepared) -> Int {
        let x = a.incident, y = b.incident
        var score = 0
        if (x.placeID != nil && x.placeID == y.placeID) || (x.place != nil && x.place == y.place) { score = 3 }
        else if x.geoPrecision == .country || y.geoPrecision == .country || x.geoPrecision == .admin1 || y.geoPrecision == .admin1 { score = 2 }
        else { score = 1 }
        if a.span?.lowerBound == b.span?.lowerBound { score += 1 }
        let deadly = { (i: Incident) in i.killed.map { $0 > 0 } }
        let tolls = deadly(x) != nil && deadly(x) == deadly(y)
        return score * 4 + (x.eventType == y.eventType ? 2 : 0) + (tolls ? 1 : 0)
    }

    static func sameEvent(_ a: Prepared, _ b: Prepared, places: Gazetteer? = nil) -> Bool {
        guard let sa = a.span, let sb = b.span else { return false }
        let x = a.incident, y = b.incident
        guard typesCompatible(x.eventType, y.eventType) else { return false }
        // Overlapping dates, with a day's slack when both are day-precise (same rule as `Geo.datesOverlap`).
        // The slack stands for time zones, so only a report near midnight earns it; when a report's wording is
        // not known (made by hand or by a tool), the slack stays.
        let timeZoneSlack = a.nearMidnight || b.nearMidnight || x.dateText == nil || y.dateText == nil
        let slack = (x.datePrecision == .day && y.datePrecision == .day && timeZoneSlack) ? 1 : 0
        guard sa.lowerBound - slack <= sb.upperBound, sb.lowerBound - slack <= sa.upperBound else { return false }
        if let ca = x.country, let cb = y.country, ca != cb { return false }
        // Stated perpetrators on different sides: an attack and the reply to it, not one event.
        if let pa = a.side, let pb = b.side, pa != pb { return false }
        // Never merge two events of the same article: the extractor already kept them apart.
        if a.articles.contains(where: { b.articles.contains($0) }) { return false }
        // A year identifies an event only weakly: "in early 2020" stands for one particular day's attack
        // only when the type and the exact place agree as well.
        let coarse = max(dateRank(x), dateRank(y)), fine = min(dateRank(x), dateRank(y))
        if coarse == precisionRank[.year], fine < coarse {
            guard x.eventType == y.eventType, x.eventType != .other else { return false }
            return exactPlace(x, y)
        }
        return placesAgree(x, y, places: places)
    }

    /// The same named place (by gazetteer id, else by name), not merely one inside the other.
    static func exactPlace(_ a: Incident, _ b: Incident) -> Bool {
        if let ia = a.placeID, let ib = b.placeID { return ia == ib }
        if let pa = a.place, let pb = b.place { return pa == pb }
        return false
    }
    static func placesAgree(_ a: Incident, _ b: Incident, places: Gazetteer? = nil) -> Bool {
        if a.placeID != nil, a.placeID == b.placeID { return true }
        if let pa = a.place, let pb = b.place, pa == pb { return true }
        // One inside the other by the gazetteer's hierarchy, however far their points: a village of a district town
        // ("Khanasor" in "the Sinjar district"), a base named after its town.
        if let g = places, let ia = a.placeID, let ib = b.placeID, let pa = g.place(id: ia), let pb = g.place(id: ib),
           Geo.contains(pa, pb, g) || Geo.contains(pb, pa, g) { return true }
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
    static let geoRank: [GeoPrecision: Int] = [.site: 0, .city: 2, .admin1: 3, .country: 4]

    static func roleRank(_ i: Incident) -> Int { i.role == .main ? 0 : 1 }
    static func undated(_ i: Incident) -> Int { i.date == nil || i.datePrecision == .unknown ? 1 : 0 }
    static func dateRank(_ i: Incident) -> Int { precisionRank[i.datePrecision, default: 4] }
    /// (A site the gazetteer lacks keeps its province's position, but one named inside a known town is finer than a
    /// town: "Jamila market, Sadr City" before "Baghdad". A bare village name stays at its province's rank.)
    static func placeRank(_ i: Incident) -> Int {
        guard let name = i.place else { return 5 }
        if i.placeID == nil, i.geoPrecision == .admin1, name.contains(", ") { return 1 }
        return geoRank[i.geoPrecision ?? .country, default: 4]
    }

    /// One incident from a group's reports. The date comes from the most precise main report (a background
    /// mention's vaguer or differing date never overrides the article whose news it is), the place likewise
    /// from the finest main report; type, perpetrator and target from the first report (main first) that knows them;
    /// figures keep both ends when reports disagree (the best figure is the lowest, as ACLED does);
    /// role is main when any report is main; sources are every report's, the articles whose news it is first.
    static func combine(_ group: [Incident], places: Gazetteer? = nil) -> Incident {
        guard group.count > 1, var m = group.first else { return group.first ?? Incident() }
        // Stable orders over the group (ties keep input order).
        let byRole = group.enumerated().sorted { (roleRank($0.element), $0.offset) < (roleRank($1.element), $1.offset) }.map(\.element)
        // (A dated report before any undated one, whatever its role: an undated report joins only by its month and day.)
        let dated = group.enumerated().min { (undated($0.element), roleRank($0.element), dateRank($0.element), $0.offset) < (undated($1.element), roleRank($1.element), dateRank($1.element), $1.offset) }?.element ?? m
        let placed = group.enumerated().min { (roleRank($0.element), placeRank($0.element), $0.offset) < (roleRank($1.element), placeRank($1.element), $1.offset) }?.element ?? m
        m.date = dated.date; m.datePrecision = dated.datePrecision; m.dateText = dated.dateText
        m.place = placed.place; m.placeID = placed.placeID; m.admin1 = placed.admin1; m.country = placed.country
        m.latitude = placed.latitude; m.longitude = placed.longitude; m.geoPrecision = placed.geoPrecision
        if let id = m.placeID, Set(group.filter { $0.placeID == id }.compactMap(\.place)).count > 1, let name = places?.place(id: id)?.name { m.place = name }
        m.eventType = byRole.first(where: { $0.eventType != .other })?.eventType ?? .other
        // "an air strike" in one report, "a drone strike" in another: the drone is the finer word for the same strike.
        if m.eventType == .airstrike, group.contains(where: { $0.eventType == .droneAttack && roleRank($0) == roleRank(byRole[0]) }) { m.eventType = .droneAttack }
        if let p = byRole.first(where: { $0.perpetrator != "unknown" }) { m.perpetrator = p.perpetrator; m.perpetratorID = p.perpetratorID }
        else { m.perpetrator = "unknown"; m.perpetratorID = nil }
        let s = byRole.first(where: { $0.suspected != nil }); m.suspected = s?.suspected; m.suspectedID = s?.suspectedID
        let t = byRole.first(where: { $0.target != nil }); m.target = t?.target; m.targetID = t?.targetID
        (m.killed, m.killedLow, m.killedHigh) = figures(group.flatMap { [$0.killedLow, $0.killed, $0.killedHigh] })
        (m.wounded, m.woundedLow, m.woundedHigh) = figures(group.flatMap { [$0.woundedLow, $0.wounded, $0.woundedHigh] })
        m.role = group.contains { $0.role == .main } ? .main : .background
        m.sources = []
        for i in byRole { for s in i.sources where !m.sources.contains(s) { m.sources.append(s) } }
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
        let sorted = sortedForInput(incidents)
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
