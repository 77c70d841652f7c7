import Foundation
import Yams

/// The shipped gazetteer: places plus the ids whose own name the matcher must skip.
struct BuiltInPlaces: Sendable {
    var places: [Place]
    var unmatchedNames: Set<String>
}

/// One `- {…}` item of a user's places.yml / actors.yml, kept as YAML nodes so each field can be
/// type-checked and reported at its own line.
struct KnowledgeEntry {
    var fields: [String: Node]
    var location: SourceLocation
}

/// Reading the shipped data files (bundle resources) and the user's YAML files.
enum KnowledgeFiles {
    static func resourceURL(_ name: String) -> URL? {
        if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources") {
            return url
        }
        if let base = Bundle.module.resourceURL {
            let url = base.appendingPathComponent("Resources").appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    static func readResource(_ name: String) -> (String?, [Diagnostic]) {
        guard let url = resourceURL(name), let data = try? Data(contentsOf: url),
              let text = String(data: data, encoding: .utf8) else {
            return (nil, [.error(SourceLocation(file: "<built-in>/\(name)"),
                                 "the built-in knowledge file \(name) is missing from the chronicle bundle; reinstall chronicle")])
        }
        return (text, [])
    }

    // MARK: gazetteer.tsv

    static func loadBuiltInPlaces() -> (BuiltInPlaces, [Diagnostic]) {
        let (text, diags) = readResource("gazetteer.tsv")
        guard let text else { return (BuiltInPlaces(places: [], unmatchedNames: []), diags) }
        return parseGazetteerTSV(text, file: "<built-in>/gazetteer.tsv")
    }

    /// Columns: id kind name parent admin1 country latitude longitude population aliases name_matched.
    static func parseGazetteerTSV(_ text: String, file: String) -> (BuiltInPlaces, [Diagnostic]) {
        var places: [Place] = []
        var unmatched = Set<String>()
        var diags: [Diagnostic] = []
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let f = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 10, let kind = PlaceKind(rawValue: f[1]), !f[0].isEmpty, !f[2].isEmpty else {
                diags.append(.error(SourceLocation(file: file, line: lineNo), "malformed gazetteer row"))
                continue
            }
            places.append(Place(
                id: f[0], name: f[2], kind: kind,
                aliases: f[9].isEmpty ? [] : f[9].split(separator: "|").map(String.init),
                parent: f[3].isEmpty ? nil : f[3], admin1: f[4].isEmpty ? nil : f[4],
                country: f[5].isEmpty ? nil : f[5], latitude: Double(f[6]), longitude: Double(f[7]),
                population: Int(f[8])))
            if f.count > 10, f[10] == "0" { unmatched.insert(f[0]) }
        }
        return (BuiltInPlaces(places: places, unmatchedNames: unmatched), diags)
    }

    // MARK: actors.yml

    static func loadBuiltInActors() -> ([Actor], [Diagnostic]) {
        let (text, diags) = readResource("actors.yml")
        guard let text else { return ([], diags) }
        let file = "<built-in>/actors.yml"
        let (entries, readDiags) = parseEntries(text, file: file)
        let (actors, _, mergeDiags) = mergeActors(entries, into: [], file: file)
        return (actors, diags + readDiags + mergeDiags)
    }

    // MARK: YAML entries

    static func readEntries(path: String, shownAs file: String, fileSystem: FileSystem) -> ([KnowledgeEntry], [Diagnostic]) {
        guard let data = try? fileSystem.readData(path) else {
            return ([], [.error(SourceLocation(file: file), "cannot read the file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // Point at the first bad byte's line: names with replaced bytes would silently never match.
            let repaired = String(decoding: data, as: UTF8.self)
            let line = repaired.prefix(while: { $0 != "\u{FFFD}" }).filter { $0 == "\n" || $0 == "\r\n" }.count + 1
            return ([], [.error(SourceLocation(file: file, line: line), "invalid UTF-8 on this line; the file was not read — re-save it as UTF-8")])
        }
        return parseEntries(text, file: file)
    }

    /// A YAML list of mappings. An empty file is an empty list.
    static func parseEntries(_ text: String, file: String) -> ([KnowledgeEntry], [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return ([], [yamlDiagnostic(error, file: file)])
        } catch {
            return ([], [.error(SourceLocation(file: file), "invalid YAML: \(error)")])
        }
        guard let root else { return ([], []) }
        guard case .sequence(let seq) = root else {
            return ([], [.error(location(root, file), "expected a list of entries (`- id: …`), found \(describe(root))")])
        }
        var entries: [KnowledgeEntry] = []
        var diags: [Diagnostic] = []
        for item in seq {
            guard case .mapping(let map) = item else {
                diags.append(.error(location(item, file), "expected an entry with fields (`id: …`, `name: …`), found \(describe(item))"))
                continue
            }
            var fields: [String: Node] = [:]
            for (k, v) in map {
                guard case .scalar(let key) = k else {
                    diags.append(.error(location(k, file), "field names must be plain words"))
                    continue
                }
                fields[key.string] = v
            }
            entries.append(KnowledgeEntry(fields: fields, location: location(item, file)))
        }
        return (entries, diags)
    }

    /// Yams marks are 1-based. A scanner error is often found far from its cause (an unclosed
    /// quote is noticed at the end of the file), so the start of the construct is named too.
    static func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            if let start = context?.mark, start.line != mark.line || start.column != mark.column {
                what += " (the construct starts at line \(start.line), column \(start.column))"
            }
            return .error(SourceLocation(file: file, line: mark.line, column: mark.column),
                          "invalid YAML: \(what); check the quoting and indentation of this line")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Which of two values would win is not something to guess about.
            return .error(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                          "the field \(duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")) appears more than once in this entry; keep one")
        case .reader(let problem, let offset, _, let yaml):
            let line = offset.map { o in yaml.unicodeScalars.prefix(max(0, o)).filter { $0 == "\n" }.count + 1 }
            return .error(SourceLocation(file: file, line: line),
                          "invalid YAML: \(problem); remove control characters from this line")
        default:
            return .error(SourceLocation(file: file), "invalid YAML: \(error)")
        }
    }

    static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): "the value '\(s.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Typed field access that reports a wrong type at the value's own line.
    struct FieldReader {
        var entry: KnowledgeEntry
        var file: String
        var diagnostics: [Diagnostic] = []

        mutating func string(_ key: String) -> String? {
            guard let node = entry.fields[key] else { return nil }
            if case .scalar(let s) = node, s.tag.description != "tag:yaml.org,2002:null", !s.string.isEmpty {
                return s.string
            }
            if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return nil }
            diagnostics.append(.error(location(node, file), "`\(key)` must be text, found \(describe(node))"))
            return nil
        }

        mutating func number(_ key: String) -> Double? {
            guard let node = entry.fields[key] else { return nil }
            if case .scalar(let s) = node, let d = Double(s.string.trimmingCharacters(in: .whitespaces)) {
                if d.isFinite { return d }
                diagnostics.append(.error(location(node, file), "`\(key)` must be a finite number, found \(describe(node))"))
                return nil
            }
            diagnostics.append(.error(location(node, file), "`\(key)` must be a number, found \(describe(node))"))
            return nil
        }

        /// A number inside `range` (a coordinate), reported with what the range means.
        mutating func number(_ key: String, in range: ClosedRange<Double>, meaning: String) -> Double? {
            guard let d = number(key) else { return nil }
            if range.contains(d) { return d }
            diagnostics.append(.error(location(entry.fields[key]!, file),
                "`\(key)` \(s(d)) is out of range; it must be between \(s(range.lowerBound)) and \(s(range.upperBound)) (\(meaning))"))
            return nil
        }

        /// A count: a whole number from 0 up (population). `Int(Double)` traps outside Int's range.
        mutating func count(_ key: String) -> Int? {
            guard let d = number(key) else { return nil }
            if d >= 0, let n = Int(exactly: d) { return n }
            diagnostics.append(.error(location(entry.fields[key]!, file), "`\(key)` must be a whole number from 0 up, found \(s(d))"))
            return nil
        }

        private func s(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }

        mutating func list(_ key: String) -> [String]? {
            guard let node = entry.fields[key] else { return nil }
            switch node {
            case .sequence(let seq):
                var out: [String] = []
                for item in seq {
                    if case .scalar(let s) = item, !s.string.isEmpty { out.append(s.string) } else {
                        diagnostics.append(.error(location(item, file), "each of `\(key)` must be text, found \(describe(item))"))
                    }
                }
                return out
            case .scalar(let s) where !s.string.isEmpty:
                return [s.string]
            default:
                diagnostics.append(.error(location(node, file), "`\(key)` must be a list of names, found \(describe(node))"))
                return nil
            }
        }

        mutating func unknownKeys(allowed: Set<String>) {
            for key in entry.fields.keys.sorted() where !allowed.contains(key) {
                let node = entry.fields[key]!
                diagnostics.append(.warning(location(node, file),
                    "unknown field `\(key)` (known: \(allowed.sorted().joined(separator: ", ")))"))
            }
        }
    }

    static func mergedAliases(_ old: [String], _ new: [String]) -> [String] {
        var seen = Set(old)
        var out = old
        for a in new where seen.insert(a).inserted { out.append(a) }
        return out
    }

    // MARK: merging

    static let placeKeys: Set<String> = ["id", "name", "kind", "aliases", "parent", "admin1", "country",
                                         "lat", "lon", "latitude", "longitude", "population"]
    static let actorKeys: Set<String> = ["id", "name", "kind", "aliases", "role", "parent"]

    /// Applies entries to `places`: a known id is overridden field by field (aliases added), a new
    /// id is appended. Returns the ids the entries touched.
    static func mergePlaces(_ entries: [KnowledgeEntry], into places: [Place], file: String)
        -> ([Place], Set<String>, [Diagnostic]) {
        var places = places
        var index: [String: Int] = [:]
        for (i, p) in places.enumerated() where index[p.id] == nil { index[p.id] = i }
        var touched = Set<String>()
        var where_: [String: SourceLocation] = [:]
        var diags: [Diagnostic] = []
        for entry in entries {
            var r = FieldReader(entry: entry, file: file)
            r.unknownKeys(allowed: placeKeys)
            let id = r.string("id")
            let name = r.string("name")
            var kind: PlaceKind?
            if let k = r.string("kind") {
                kind = PlaceKind(rawValue: k)
                if kind == nil {
                    r.diagnostics.append(.error(location(entry.fields["kind"]!, file),
                        "unknown place kind '\(k)' (use \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
            }
            let aliases = r.list("aliases")
            let parent = r.string("parent")
            let admin1 = r.string("admin1")
            let country = r.string("country")
            let latKey = entry.fields["latitude"] == nil && entry.fields["lat"] != nil ? "lat" : "latitude"
            let lonKey = entry.fields["longitude"] == nil && entry.fields["lon"] != nil ? "lon" : "longitude"
            let lat = r.number(latKey, in: -90...90, meaning: "degrees north; south is negative")
            let lon = r.number(lonKey, in: -180...180, meaning: "degrees east; west is negative")
            let population = r.count("population")
            diags += r.diagnostics
            guard let rawID = id ?? name else {
                diags.append(.error(entry.location, "a place needs an `id` or a `name`"))
                continue
            }
            guard let pid = validID(rawID, given: id != nil, what: "place", entry: entry, file: file, diags: &diags),
                  firstDefinition(pid, what: "place", entry: entry, seen: &where_, diags: &diags) else { continue }
            if let i = index[pid] {
                var p = places[i]
                if let name { p.name = name }
                if let kind { p.kind = kind }
                if let aliases { p.aliases = mergedAliases(p.aliases, aliases) }
                if let parent { p.parent = parent }
                if let admin1 { p.admin1 = admin1 }
                if let country { p.country = country }
                if let lat { p.latitude = lat }
                if let lon { p.longitude = lon }
                if let population { p.population = population }
                places[i] = p
            } else {
                guard let name else {
                    diags.append(.error(entry.location, "new place '\(pid)' needs a `name`"))
                    continue
                }
                places.append(Place(id: pid, name: name, kind: kind ?? .site, aliases: aliases ?? [], parent: parent,
                                    admin1: admin1, country: country, latitude: lat, longitude: lon, population: population))
                index[pid] = places.count - 1
            }
            touched.insert(pid)
        }
        // Fill admin1/country from the parent chain, and report parents that do not exist.
        for id in touched.sorted() {
            guard let i = index[id] else { continue }
            var p = places[i]
            if (p.latitude == nil) != (p.longitude == nil) {
                // Half a coordinate would put the place on the equator or the prime meridian.
                let (has, lacks) = p.latitude == nil ? ("longitude", "latitude") : ("latitude", "longitude")
                diags.append(.error(where_[id] ?? SourceLocation(file: file), "place '\(id)' has a \(has) but no \(lacks); give both or neither"))
                p.latitude = nil
                p.longitude = nil
                places[i] = p
            }
            if let parent = p.parent, index[parent] == nil {
                diags.append(.error(where_[id] ?? SourceLocation(file: file), "place '\(id)': unknown parent '\(parent)'"))
                continue
            }
            var seen: Set<String> = [id]
            var cur = p.parent.flatMap { index[$0] }.map { places[$0] }
            while let c = cur, seen.insert(c.id).inserted {
                if p.admin1 == nil, c.kind == .admin1 { p.admin1 = c.name }
                if p.country == nil, c.kind == .country { p.country = c.name }
                if p.country == nil, c.country != nil { p.country = c.country }
                if p.admin1 == nil, c.admin1 != nil, c.kind != .country { p.admin1 = c.admin1 }
                cur = c.parent.flatMap { index[$0] }.map { places[$0] }
            }
            if p.kind == .admin1, p.admin1 == nil { p.admin1 = p.name }
            if p.kind == .country, p.country == nil { p.country = p.name }
            places[i] = p
        }
        return (places, touched, diags)
    }

    /// The slug of an entry's id (or of its name, when it has no id); `nil`, reported, when the
    /// text has no letter or digit to build one from (every such entry would become `untitled`).
    static func validID(_ raw: String, given: Bool, what: String, entry: KnowledgeEntry, file: String,
                        diags: inout [Diagnostic]) -> String? {
        let slug = Slug.make(raw, fallback: "")
        if !slug.isEmpty { return slug }
        let key = given ? "id" : "name"
        let at = entry.fields[key].map { location($0, file) } ?? entry.location
        diags.append(.error(at, "\(what) \(key) '\(raw)' has no letter or digit to make an id from; give the entry an `id` such as my-\(what)"))
        return nil
    }

    /// False, reported, when an earlier entry of the same file already defined `id`: a second
    /// entry would silently override the first's fields.
    static func firstDefinition(_ id: String, what: String, entry: KnowledgeEntry, seen: inout [String: SourceLocation],
                                diags: inout [Diagnostic]) -> Bool {
        if let first = seen[id] {
            let at = first.line.map { " at line \($0)" } ?? ""
            diags.append(.error(entry.location, "\(what) '\(id)' is already defined\(at) of this file; merge the two entries into one"))
            return false
        }
        seen[id] = entry.location
        return true
    }

    static func mergeActors(_ entries: [KnowledgeEntry], into actors: [Actor], file: String)
        -> ([Actor], Set<String>, [Diagnostic]) {
        var actors = actors
        var index: [String: Int] = [:]
        for (i, a) in actors.enumerated() where index[a.id] == nil { index[a.id] = i }
        var touched = Set<String>()
        var where_: [String: SourceLocation] = [:]
        var diags: [Diagnostic] = []
        for entry in entries {
            var r = FieldReader(entry: entry, file: file)
            r.unknownKeys(allowed: actorKeys)
            let id = r.string("id")
            let name = r.string("name")
            var kind: ActorKind?
            if let k = r.string("kind") {
                kind = ActorKind(rawValue: k)
                if kind == nil {
                    r.diagnostics.append(.error(location(entry.fields["kind"]!, file),
                        "unknown actor kind '\(k)' (use \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
                }
            }
            let aliases = r.list("aliases")
            let role = r.string("role")
            let parent = r.string("parent")
            diags += r.diagnostics
            guard let rawID = id ?? name else {
                diags.append(.error(entry.location, "an actor needs an `id` or a `name`"))
                continue
            }
            guard let aid = validID(rawID, given: id != nil, what: "actor", entry: entry, file: file, diags: &diags),
                  firstDefinition(aid, what: "actor", entry: entry, seen: &where_, diags: &diags) else { continue }
            if let i = index[aid] {
                var a = actors[i]
                if let name { a.name = name }
                if let kind { a.kind = kind }
                if let aliases { a.aliases = mergedAliases(a.aliases, aliases) }
                if let role { a.role = role }
                if let parent { a.parent = parent }
                actors[i] = a
            } else {
                guard let name else {
                    diags.append(.error(entry.location, "new actor '\(aid)' needs a `name`"))
                    continue
                }
                actors.append(Actor(id: aid, name: name, kind: kind ?? .other, aliases: aliases ?? [], role: role, parent: parent))
                index[aid] = actors.count - 1
            }
            touched.insert(aid)
        }
        for id in touched.sorted() {
            guard let i = index[id], let parent = actors[i].parent, index[parent] == nil else { continue }
            diags.append(.warning(where_[id] ?? SourceLocation(file: file), "actor '\(id)': unknown parent '\(parent)'"))
        }
        return (actors, touched, diags)
    }
}
