import Foundation

/// Typed reading of an incident's fields from YAML front matter: each value is checked against
/// its type (enums against their allowed values, numbers, days), and every problem is reported
/// with the file line of its key.
public struct IncidentFields {
    public static let knownKeys: Set<String> = [
        "id", "status", "date", "date_precision", "date_text", "event_type", "place", "admin1", "country",
        "latitude", "longitude", "geo_precision", "perpetrator", "suspected", "target", "killed", "wounded",
        "role", "summary", "sources", "place_id", "killed_low", "killed_high", "wounded_low", "wounded_high",
    ]
    /// Ids become file names and URLs: lower-case letters, digits and hyphens only.
    public static let idPattern = "^[a-z0-9][a-z0-9-]{0,120}$"

    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, id.utf8.count <= 121 else { return false }
        func ok(_ c: UInt8, hyphen: Bool) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || (hyphen && c == 0x2D) }
        return ok(first, hyphen: false) && id.utf8.allSatisfy { ok($0, hyphen: true) }
    }

    let block: FrontMatterBlock
    let path: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(block: FrontMatterBlock, path: String) {
        self.block = block
        self.path = path
    }

    public func location(_ key: String) -> SourceLocation {
        SourceLocation(file: path, line: block.keyLines[key] ?? 1, column: 1)
    }

    public func has(_ key: String) -> Bool { block.fields[key] != nil }

    mutating func error(_ key: String, _ message: String) { diagnostics.append(.error(location(key), message)) }

    /// Text, or nil (absent or `null`); numbers are accepted as text (a place named `1`).
    public mutating func string(_ key: String) -> String? {
        guard let v = block.fields[key] else { return nil }
        switch v {
        case .null: return nil
        case .string(let s), .number(let s): return s.trimmingCharacters(in: .whitespacesAndNewlines)
        default:
            error(key, "'\(key)' must be a text value, not \(YAMLValue.kindName(v))")
            return nil
        }
    }

    public mutating func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) -> E? where E.RawValue == String {
        guard let raw = string(key) else { return nil }
        if let e = E(rawValue: raw) { return e }
        let allowed = E.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        error(key, "'\(key): \(raw)' is not one of the allowed values: \(allowed)")
        return nil
    }

    public mutating func day(_ key: String) -> Day? {
        guard let raw = string(key) else { return nil }
        if raw.count == 10, let d = Day(iso: raw) { return d }
        error(key, "'\(key): \(raw)' is not a day; write it as YYYY-MM-DD, e.g. 2019-09-23")
        return nil
    }

    /// A count of people: a whole number ≥ 0, or `null` when the sources give none.
    public mutating func count(_ key: String) -> Int? {
        guard let v = block.fields[key] else { return nil }
        switch v {
        case .null: return nil
        case .number(let s), .string(let s):
            if let n = Int(s.trimmingCharacters(in: .whitespaces)), n >= 0, n <= 10_000_000 { return n }
            error(key, "'\(key): \(s)' is not a count; write a whole number like 0 or 12, or null when the sources give none")
        default:
            error(key, "'\(key)' must be a whole number (or null), not \(YAMLValue.kindName(v))")
        }
        return nil
    }

    public mutating func coordinate(_ key: String, limit: Double) -> Double? {
        guard let v = block.fields[key] else { return nil }
        switch v {
        case .null: return nil
        case .number(let s), .string(let s):
            if let x = Double(s.trimmingCharacters(in: .whitespaces)), x.isFinite, abs(x) <= limit { return x }
            error(key, "'\(key): \(s)' is not a coordinate between -\(Int(limit)) and \(Int(limit)) (decimal degrees)")
        default:
            error(key, "'\(key)' must be a number in decimal degrees, not \(YAMLValue.kindName(v))")
        }
        return nil
    }

    /// `sources:` — a list of `{article, role, evidence}` mappings.
    public mutating func sources() -> [IncidentSource]? {
        guard let v = block.fields["sources"] else { return nil }
        let example = "write one '- article: ID' item per source, each with 'role: main' (or background) and 'evidence: \"the sentence quoted from the article\"'"
        guard case .list(let items) = v else {
            if case .null = v { return [] }
            error("sources", "'sources' must be a list; \(example)")
            return nil
        }
        var out: [IncidentSource] = []
        for (i, item) in items.enumerated() {
            guard case .map(let m) = item else {
                error("sources", "source \(i + 1) is not a mapping with 'article', 'role' and 'evidence'; \(example)")
                continue
            }
            for key in m.keys.sorted() where !["article", "role", "evidence"].contains(key) {
                diagnostics.append(.warning(location("sources"), "source \(i + 1) has an unknown key '\(key)', ignored; known keys: article, evidence, role"))
            }
            guard let article = m["article"]?.stringValue, !article.isEmpty else {
                error("sources", "source \(i + 1) has no 'article' (the id of the article that reports the incident)")
                continue
            }
            var role = IncidentRole.main
            if let r = m["role"] {
                guard let s = r.stringValue, let parsed = IncidentRole(rawValue: s) else {
                    error("sources", "source \(i + 1) 'role: \(r.stringValue ?? YAMLValue.kindName(r))' is not one of the allowed values: 'main', 'background'")
                    continue
                }
                role = parsed
            }
            var evidence = ""
            if let e = m["evidence"] {
                if case .null = e {} else if let s = e.stringValue { evidence = s } else {
                    error("sources", "source \(i + 1) 'evidence' must be text (the sentence quoted from the article)")
                    continue
                }
            }
            out.append(IncidentSource(article: article, role: role, evidence: evidence))
        }
        return out
    }

    public mutating func warnUnknownKeys() {
        for key in block.fields.keys.sorted() where !IncidentFields.knownKeys.contains(key) {
            diagnostics.append(.warning(location(key), "unknown front-matter key '\(key)' is ignored; known keys: \(IncidentFields.knownKeys.sorted().joined(separator: ", "))"))
        }
    }
}

extension YAMLValue {
    static func kindName(_ v: YAMLValue) -> String {
        switch v {
        case .string: return "text"
        case .number: return "a number"
        case .bool: return "true/false"
        case .null: return "null"
        case .list: return "a list"
        case .map: return "a mapping"
        }
    }
}

extension IncidentStatus: CaseIterable {
    public static var allCases: [IncidentStatus] { [.extracted, .reviewed, .rejected, .draft] }
}
extension IncidentRole: CaseIterable {
    public static var allCases: [IncidentRole] { [.main, .background] }
}
