import Foundation

/// Places with aliases, hierarchy and coordinates, and the index that finds their names in text.
public struct Gazetteer: Sendable {
    public private(set) var places: [Place]
    private var byID: [String: Int]
    private var matcher: NameMatcher
    /// Names and aliases (as `nameKey` folds them) → places bearing them, to resolve a shared name ("Dhiban" in Syria and in Jordan).
    private var byName: [String: [Int]] = [:]
    /// Lower-cased own names (matched or not) and aliases → every place bearing them, duplicates included, for
    /// `bearing(anyCase:)`: a whole-gazetteer scan per sentence was the extractor's hottest spot.
    private var byLowercasedName: [String: [Int]] = [:]
    /// Lower-cased names borne by places in more than one country: `preferringTextCountry` asks about every
    /// place mention of every article, so the answer is kept rather than rebuilt from `homonyms(of:)`.
    private var multiCountryNames: Set<String> = []
    /// The country-level places, in gazetteer order (looked up for every state actor named as a perpetrator).
    public private(set) var countries: [Place] = []
    /// For each of `countries`, in order: its name lower-cased (ASCII) and the first of its words (`Words.of`), which
    /// `Attribution.stateAsPerpetrator` compares with a state's names (they were rebuilt for every country on each call).
    private(set) var countryKeys: [(lowered: String, firstWord: String)] = []
    /// Country name → its capital: the most populous town within 25 km of the country's point (which the gazetteer
    /// puts at the capital), for "a bomb went off in the capital".
    private var capitals: [String: Int] = [:]

    /// `unmatchedNames`: ids of places whose own name is never matched (a town called "Hit"),
    /// only their aliases. `preferred`: ids that win over others sharing a name (the user's entries).
    /// `blockers`: phrases that hide the place names inside them (actor names such as
    /// "Islamic Resistance in Iraq", where "Iraq" is no location).
    public init(places: [Place], unmatchedNames: Set<String> = [], preferred: Set<String> = [], blockers: [String] = []) {
        self.places = places
        var byID: [String: Int] = [:]
        for (i, p) in places.enumerated() where byID[p.id] == nil { byID[p.id] = i }
        self.byID = byID
        var matcher = NameMatcher()
        for (i, p) in places.enumerated() where byID[p.id] == i {
            let base = [preferred.contains(p.id) ? 0 : 1, Self.kindRank(p.kind)]
            let tail = [-(p.population ?? 0)]
            if !unmatchedNames.contains(p.id) {
                matcher.add(alias: p.name, entry: i, rank: base + [0] + tail)
            }
            for a in p.aliases { matcher.add(alias: a, entry: i, rank: base + [1] + tail) }
        }
        for b in blockers { matcher.block(b) }
        self.matcher = matcher
        var byName: [String: [Int]] = [:]
        for (i, p) in places.enumerated() where byID[p.id] == i {
            let names = (unmatchedNames.contains(p.id) ? [] : [p.name]) + p.aliases
            for n in Set(names.map(Self.nameKey)) { byName[n, default: []].append(i) }
        }
        self.byName = byName
        var byLowercasedName: [String: [Int]] = [:]
        for (i, p) in places.enumerated() {
            for n in Set(([p.name] + p.aliases).map { $0.lowercased() }) { byLowercasedName[n, default: []].append(i) }
        }
        self.byLowercasedName = byLowercasedName
        multiCountryNames = Set(byName.filter { Set($0.value.compactMap { places[$0].country }).count > 1 }.keys)
        countries = places.enumerated().filter { byID[$0.element.id] == $0.offset && $0.element.kind == .country }.map(\.element)
        countryKeys = countries.map { ($0.name.asciiLower, Words.of($0.name).first ?? "") }
        var towns: [String: [Int]] = [:]
        for (i, p) in places.enumerated() where p.kind == .city && byID[p.id] == i && p.latitude != nil { if let c = p.country { towns[c, default: []].append(i) } }
        for c in countries {
            guard let name = c.country else { continue }
            if let id = Self.regionCapitals[name], let i = byID[id] { capitals[name] = i; continue }
            guard let lat = c.latitude, let lon = c.longitude else { continue }
            let near = (towns[name] ?? []).filter { Geo.distanceKm(lat, lon, places[$0].latitude!, places[$0].longitude!) <= 25 }
            if let best = near.max(by: { (places[$0].population ?? 0, $1) < (places[$1].population ?? 0, $0) }) { capitals[name] = best }
        }
    }

    /// The capitals of the curated countries, whose point in the gazetteer is their middle, not their capital (the
    /// world tier's countries stand at their capitals). Israel and Palestine are left out: which town "the capital"
    /// means there depends on who writes.
    static let regionCapitals: [String: String] = [
        "Iraq": "baghdad", "Syria": "damascus", "Jordan": "amman", "Kuwait": "kuwait-city", "Iran": "tehran", "Turkey": "ankara",
        "Saudi Arabia": "riyadh", "Lebanon": "beirut", "Yemen": "sanaa", "Bahrain": "manama", "Qatar": "doha",
        "United Arab Emirates": "abu-dhabi", "Oman": "muscat", "Egypt": "cairo", "Libya": "tripoli-ly", "Tunisia": "tunis",
        "Algeria": "algiers", "Sudan": "khartoum", "Somalia": "mogadishu", "Afghanistan": "kabul", "Pakistan": "islamabad",
        "Mali": "bamako", "Burkina Faso": "ouagadougou", "Niger": "niamey", "Nigeria": "abuja", "Cyprus": "nicosia", "Kenya": "nairobi",
    ]

    /// The adjective of a country as news writes it before "capital" ("the Iraqi capital", "the Afghan capital"): the
    /// country's capital is meant whatever country the report is about.
    static let demonyms: [String: String] = [
        "Iraqi": "Iraq", "Syrian": "Syria", "Jordanian": "Jordan", "Kuwaiti": "Kuwait", "Iranian": "Iran", "Turkish": "Turkey",
        "Saudi": "Saudi Arabia", "Lebanese": "Lebanon", "Yemeni": "Yemen", "Bahraini": "Bahrain", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
        "Omani": "Oman", "Egyptian": "Egypt", "Libyan": "Libya", "Tunisian": "Tunisia", "Algerian": "Algeria", "Moroccan": "Morocco",
        "Sudanese": "Sudan", "Somali": "Somalia", "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Malian": "Mali", "Burkinabe": "Burkina Faso",
        "Nigerien": "Niger", "Nigerian": "Nigeria", "Cypriot": "Cyprus", "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Ugandan": "Uganda",
        "Tanzanian": "Tanzania", "Chadian": "Chad", "Cameroonian": "Cameroon", "Mauritanian": "Mauritania", "Indian": "India",
        "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "Nepalese": "Nepal", "Indonesian": "Indonesia", "Filipino": "Philippines",
        "Philippine": "Philippines", "Thai": "Thailand", "Russian": "Russia", "Ukrainian": "Ukraine", "Georgian": "Georgia",
        "Armenian": "Armenia", "Azerbaijani": "Azerbaijan", "Azeri": "Azerbaijan", "Colombian": "Colombia", "Peruvian": "Peru",
        "Venezuelan": "Venezuela", "Ecuadorian": "Ecuador", "Mexican": "Mexico", "French": "France", "Spanish": "Spain",
        "British": "United Kingdom", "German": "Germany", "Belgian": "Belgium", "Congolese": "Democratic Republic of the Congo",
        "Mozambican": "Mozambique", "Burundian": "Burundi", "Rwandan": "Rwanda",
    ]

    /// The capital of a country (by its name), if the gazetteer lists it.
    public func capital(of country: String) -> Place? { capitals[country].map { places[$0] } }

    /// Every place that bears `name` as its own name or an alias (case-insensitive), in gazetteer order.
    public func homonyms(of name: String) -> [Place] {
        (byName[Self.nameKey(name)] ?? []).map { places[$0] }
    }

    /// Every place whose own name (matched in text or not) or an alias is `name` in any case, in gazetteer order.
    public func bearing(anyCase name: String) -> [Place] {
        (byLowercasedName[name.lowercased()] ?? []).map { places[$0] }
    }

    /// A name as homonyms are compared: lower case, hyphens as spaces ("al-Busayrah" = "Al Busayrah"), one apostrophe.
    static func nameKey(_ name: String) -> String {
        // An ASCII name (nearly all) is keyed byte by byte: lower-casing then only folds A–Z, each byte is a character of
        // its own, and of the characters replaced only "-" is ASCII. The Character-wise route cost thousands of
        // instructions a name, and names are keyed for every place compared.
        var name = name
        let ascii = name.withUTF8 { b -> String? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for i in 0..<b.count { let c = b[i]; out[i] = c == 45 ? 32 : (c &- 65 < 26 ? c | 0x20 : c) }
                return b.count
            }
        }
        if let ascii { return ascii }
        return String(name.lowercased().map { $0 == "-" || $0 == "‑" ? " " : ($0 == "’" ? "'" : $0) })
    }

    /// Re-resolves names shared by places in several countries to the country the text otherwise names most among
    /// theirs (counted over its unambiguous place names): "the town of Dhiban" in a report on Deir ez-Zor is the Syrian one.
    public func preferringTextCountry(_ found: [Mention<Place>]) -> [Mention<Place>] {
        var counts: [String: Int] = [:]
        var ambiguous = false
        for m in found {
            if multiCountryNames.contains(Self.nameKey(m.text)) { ambiguous = true; continue }
            if let c = m.entry.country { counts[c, default: 0] += 1 }
        }
        guard ambiguous, !counts.isEmpty else { return found }
        // Among the countries that have a place of that name, the one the text names most ("Tripoli" in a report naming
        // Damascus twice and two districts of Lebanon's Tripoli is Lebanon's, though Syria is named as often).
        return found.map { m in
            guard multiCountryNames.contains(Self.nameKey(m.text)) else { return m }
            let homs = homonyms(of: m.text)
            let scored = Set(homs.compactMap(\.country)).map { ($0, counts[$0, default: 0]) }
            guard let top = scored.max(by: { $0.1 < $1.1 }), top.1 > 0, scored.filter({ $0.1 == top.1 }).count == 1, m.entry.country != top.0,
                  let alt = homs.filter({ $0.country == top.0 }).min(by: { Self.kindRank($0.kind) < Self.kindRank($1.kind) }) else { return m }
            var r = m
            r.entry = alt
            return r
        }
    }

    /// Countries of the wider region (`WIDER` in scripts/build-gazetteer.py), whose towns the gazetteer holds by their
    /// GeoNames name alone, without the curation of the core's.
    static let widerRegion: Set<String> = ["Egypt", "Libya", "Tunisia", "Algeria", "Sudan", "Somalia", "Afghanistan", "Pakistan",
                                           "Mali", "Burkina Faso", "Niger", "Nigeria", "Cyprus", "Kenya"]

    /// Drops a wider-region town named alone in a report about elsewhere: "near Qaryat Zawiyah, south of Samarra" is an
    /// Iraqi village, not Libya's Zawiya. Such a town stays when the report names its country or another of its
    /// places, or names no place outside its own country.
    public func withoutStrayWiderTowns(_ found: [Mention<Place>]) -> [Mention<Place>] {
        // (Also when the other places are of another wider country: "Heliopolis" alone is Algeria's town by name, but in
        // a report on Cairo and Sinai it is Cairo's district.)
        let widerCountries = Set(found.compactMap { m in m.entry.country.flatMap { Self.widerRegion.contains($0) ? $0 : nil } })
        guard !widerCountries.isEmpty,
              found.contains(where: { m in m.entry.country.map { !Self.widerRegion.contains($0) } ?? false }) || widerCountries.count >= 2 else { return found }
        var ids: [String: Set<String>] = [:]
        for m in found { if let c = m.entry.country { ids[c, default: []].insert(m.entry.kind == .country ? "" : m.entry.id) } }
        return found.filter { m in
            guard let c = m.entry.country, Self.widerRegion.contains(c), m.entry.kind != .country, let own = ids[c] else { return true }
            // (A capital or a city of a million is named for itself: "the embassy of France in Ouagadougou", "talks in Kabul".)
            return own.contains("") || own.count >= 2 || m.entry.kind == .city && (isSeat(m.entry) || (m.entry.population ?? 0) >= 1_000_000)
        }
    }

    /// The countries whose towns are curated down to villages: a name of theirs is meant even when alone.
    static let coreRegion: Set<String> = ["Iraq", "Syria", "Jordan", "Kuwait"]

    /// Drops a small town (under 100,000 inhabitants) outside the core named alone, far (over 1,500 km) from every other
    /// place the report names, among them a country or province: "an attack on the village of Solhan" in a report on
    /// Burkina Faso is not Turkey's Solhan, while "near Reyhanli" beside Syria is the Turkish border town. (Wider-region
    /// towns have their own rule above.)
    public func withoutStrayNeighbourTowns(_ found: [Mention<Place>]) -> [Mention<Place>] {
        var ids: [String: Set<String>] = [:]
        for m in found { if let c = m.entry.country { ids[c, default: []].insert(m.entry.id) } }
        return found.filter { m in
            guard m.entry.kind == .city, let c = m.entry.country, !Self.coreRegion.contains(c), !Self.widerRegion.contains(c),
                  (m.entry.population ?? 0) < 100_000, (ids[c]?.count ?? 0) < 2, let lat = m.entry.latitude, let lon = m.entry.longitude else { return true }
            // (The report's frame must be a country or province: a town alone may be the namesake itself, "Mastaba".)
            let others = found.filter { $0.entry.country != c && $0.entry.latitude != nil }
            return !others.contains(where: { $0.entry.kind == .country || $0.entry.kind == .admin1 }) || others.contains { o in
                Geo.distanceKm(lat, lon, o.entry.latitude!, o.entry.longitude!) <= 1500
            }
        }
    }

    /// The neighbours whose towns of 15,000+ the gazetteer lists (`NEIGHBOUR_MIN` less `WIDER` in the build script).
    static let neighbourRegion: Set<String> = ["Iran", "Turkey", "Saudi Arabia", "Lebanon", "Israel", "Palestine", "Yemen",
                                               "Bahrain", "Qatar", "United Arab Emirates", "Oman"]

    /// Drops a town of the rest of the world (neither the core, the neighbours nor the wider region) that is the only
    /// place of its country a report names, when the report names places of other countries: "Palma" in a report on
    /// Mozambique's Cabo Delgado is not Spain's Palma, and a "Santa Maria" church beside Trabzon is not Brazil's town. The world tier
    /// holds large towns by their GeoNames name alone, and such names are often a church's, a ship's or a namesake's.
    public func withoutStrayWorldTowns(_ found: [Mention<Place>]) -> [Mention<Place>] {
        func isWorld(_ c: String) -> Bool { !Self.coreRegion.contains(c) && !Self.widerRegion.contains(c) && !Self.neighbourRegion.contains(c) }
        var ids: [String: Set<String>] = [:]
        for m in found { if let c = m.entry.country { ids[c, default: []].insert(m.entry.id) } }
        guard ids.count >= 2 else { return found }
        return found.filter { m in
            guard m.entry.kind == .city, let c = m.entry.country, isWorld(c), !isSeat(m.entry) else { return true }
            return (ids[c]?.count ?? 0) >= 2
        }
    }

    /// A country of the world tier is placed at its capital: a town there is the seat ("talks in London"), named for
    /// itself and kept.
    func isSeat(_ town: Place) -> Bool {
        guard let lat = town.latitude, let lon = town.longitude,
              let country = ancestors(of: town).last, country.kind == .country,
              let clat = country.latitude, let clon = country.longitude else { return false }
        return Geo.distanceKm(lat, lon, clat, clon) <= 25
    }

    /// A bare name shared by several kinds means the country first ("Kuwait"), then the town
    /// ("Baghdad"), then the governorate, then a site.
    static func kindRank(_ kind: PlaceKind) -> Int {
        switch kind {
        case .country: 0
        case .city: 1
        case .admin1: 2
        case .site: 3
        }
    }

    public func place(id: String) -> Place? { byID[id].map { places[$0] } }

    /// Every place name in `text`, longest match first at each position, in text order.
    public func mentions(in text: String) -> [Mention<Place>] {
        let (found, utf16) = matcher.matches(in: text)
        return mentions(found, utf16)
    }

    /// Mentions in already tokenized text (see `KnowledgeBase.mentions(in:)`).
    func mentions(tokens: [NameToken], units: [UInt16]) -> [Mention<Place>] {
        mentions(matcher.matches(tokens), units)
    }

    private func mentions(_ found: [NameMatcher.Match], _ utf16: [UInt16]) -> [Mention<Place>] {
        found.compactMap { m in
            let p = places[m.entry]
            if p.kind == .country, Self.givenNameCountries.contains(p.name), Self.nameFollows(utf16, at: m.range.upperBound) { return nil }
            if Self.longerSpanishName(utf16, at: m.range.upperBound) || p.kind == .city && Self.landformBefore(utf16, at: m.range.lowerBound) { return nil }
            return Mention(entry: p, text: String(utf16Units: utf16[m.range]), range: m.range)
        }
    }

    /// "Santo Domingo de Acobamba", "San Pedro del Norte": a name followed by "de"/"del" and a capitalised word is only
    /// the start of a longer Spanish or Portuguese name, another place.
    static func longerSpanishName(_ u: [UInt16], at i: Int) -> Bool {
        guard i < u.count, u[i] == 32 else { return false }
        return spanishJoints.contains { j in
            i + j.count < u.count && u[i..<(i + j.count)].elementsEqual(j) && (65...90).contains(u[i + j.count])
        }
    }
    private static let spanishJoints: [[UInt16]] = [" de ", " del ", " de la ", " do ", " da "].map { Array($0.utf16) }

    /// "Jabal al-Dukhan", "Wadi Hajar" that the gazetteer does not hold as a whole ("Mount Sinjar" it does): a mountain
    /// or a valley named after a word that is also a town's name is not that town (the mountain on the Saudi-Yemeni
    /// border is not Iraq's Dukan, also spelled Dukhan).
    static func landformBefore(_ u: [UInt16], at i: Int) -> Bool {
        // (Most names follow a plain word: only a space or the article's hyphen right before can end a landform word.)
        guard i >= 5, u[i - 1] == 32 || u[i - 1] == 45 else { return false }
        let before = String(utf16Units: u[max(0, i - 10)..<i]).lowercased()
        return ["jabal ", "jebel ", "jabal al-", "jebel al-", "jabal el-", "jebel el-", "wadi ", "wadi al-", "mount "].contains { before.hasSuffix($0) }
    }

    /// Countries whose name is also a given name: "By Chad Garland" is a reporter, not a place.
    static let givenNameCountries: Set<String> = ["Chad"]

    /// A capitalised word right after (one space, then a capital and a lower-case letter) that is no title
    /// ("Chad President Idriss Déby" still names the country).
    static func nameFollows(_ u: [UInt16], at i: Int) -> Bool {
        guard i + 2 < u.count, u[i] == 32, (65...90).contains(u[i + 1]), (97...122).contains(u[i + 2]) else { return false }
        var j = i + 1
        while j < u.count, (65...90).contains(u[j]) || (97...122).contains(u[j]) { j += 1 }
        let word = String(utf16Units: u[(i + 1)..<j]).lowercased()
        return !NameMatcher.openers.contains(word) && !["army", "armed", "government", "forces", "military", "basin"].contains(word)
    }

    /// The place a whole name stands for ("Irbil" → Erbil, "Ain al-Assad" → the air base), or nil
    /// when the text is not exactly one known name. For reviewed incidents and user input.
    public func place(named name: String) -> Place? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let found = mentions(in: trimmed)
        guard found.count == 1, found[0].range == 0..<trimmed.utf16.count else { return nil }
        return found[0].entry
    }

    /// The chain from a place up to its country (place, parent, …, country).
    public func ancestors(of place: Place) -> [Place] {
        var chain: [Place] = []
        var current: Place? = place
        var seen = Set<String>()
        while let p = current, !seen.contains(p.id) {
            seen.insert(p.id)
            chain.append(p)
            current = p.parent.flatMap { self.place(id: $0) }
        }
        return chain
    }

    /// `ancestors(of: place).contains { $0.id == id }` without building the chain (grouping asks it for
    /// every pair of places it compares). A cycle in the parents is walked at most once more than there are
    /// places, which meets the same ids as `ancestors(of:)` does.
    func chain(of place: Place, contains id: String) -> Bool {
        if place.id == id { return true }
        var next = place.parent.flatMap { byID[$0] }
        var steps = 0
        while let i = next, steps <= places.count {
            if places[i].id == id { return true }
            next = places[i].parent.flatMap { byID[$0] }
            steps += 1
        }
        return false
    }

    /// True when `a` and `b` are the same place or one lies inside the other.
    public func contains(_ outer: Place, _ inner: Place) -> Bool {
        ancestors(of: inner).contains { $0.id == outer.id }
    }
}
