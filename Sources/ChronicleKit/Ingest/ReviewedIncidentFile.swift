/// A hand-reviewed incident from `Content/incidents/*.md`: front matter with the incident
/// fields of the incidents document, Markdown notes as body.
public struct ReviewedIncident: Hashable, Sendable {
    public var incident: Incident
    public var path: String
    /// The incident fields the file gives (front-matter keys); fields it omits keep the extracted values.
    public var givenFields: Set<String>
    /// File line of each key, for messages raised when the review is applied.
    public var keyLines: [String: Int]
    /// `rejected` hides the extracted incident with the same id.
    public var isRejected: Bool { incident.status == .rejected }

    public init(incident: Incident, path: String, givenFields: Set<String> = [], keyLines: [String: Int] = [:]) {
        self.incident = incident
        self.path = path
        self.givenFields = givenFields
        self.keyLines = keyLines
    }

    public func location(_ key: String) -> SourceLocation {
        SourceLocation(file: path, line: keyLines[key] ?? 1, column: 1)
    }
}

/// Parses a reviewed incident file with typed validation of every field.
public enum ReviewedIncidentFile {
    public static func parse(_ file: SourceFile) -> (ReviewedIncident?, [Diagnostic]) {
        let (block, splitDiags) = FrontMatter.split(file.text, path: file.path)
        if splitDiags.hasErrors { return (nil, splitDiags) }
        guard block.hasFrontMatter else {
            return (nil, splitDiags + [.error(SourceLocation(file: file.path, line: 1),
                                              "reviewed incident has no front matter; start the file with '---', then 'id:' and the fields to confirm or correct, then '---'")])
        }
        var f = IncidentFields(block: block, path: file.path)
        f.warnUnknownKeys()
        var inc = Incident(status: .reviewed)
        let id = f.string("id")
        if let id {
            if IncidentFields.isValidID(id) {
                inc.id = id
            } else {
                f.error("id", "incident id '\(id.prefix(140))' is malformed; use lower-case letters, digits and hyphens, starting with a letter or digit, at most 121 characters (\(IncidentFields.idPattern))")
            }
        } else if !f.has("id") || block.fields["id"] == .null {
            var diags = splitDiags + f.diagnostics
            diags.append(.error(SourceLocation(file: file.path, line: 1), "reviewed incident has no 'id'; copy the id of the incident from data/incidents.json, or choose a new one for an incident the extractor missed"))
            return (nil, diags.sorted())
        }
        if let s = f.enumValue("status", IncidentStatus.self) {
            if s == .extracted {
                f.error("status", "'status: extracted' is what the extractor writes; a reviewed file says 'reviewed' or 'rejected'")
            } else if s == .draft {
                // Written by `chronicle review`: not applied until a person confirms it.
                return (nil, (splitDiags + f.diagnostics + [.warning(f.location("status"),
                    "draft review of '\(inc.id)' is not applied; check the fields against the sources, then set 'status: reviewed' (or 'rejected' to hide the incident)")]).sorted())
            } else {
                inc.status = s
            }
        }
        if let d = f.day("date") { inc.date = d }
        if let p = f.enumValue("date_precision", DatePrecision.self) { inc.datePrecision = p }
        else if inc.date != nil, !f.has("date_precision") { inc.datePrecision = .day }
        inc.dateText = f.string("date_text")
        if let e = f.enumValue("event_type", EventType.self) { inc.eventType = e }
        inc.place = f.string("place")
        inc.admin1 = f.string("admin1")
        inc.country = f.string("country")
        inc.latitude = f.coordinate("latitude", limit: 90)
        inc.longitude = f.coordinate("longitude", limit: 180)
        inc.geoPrecision = f.enumValue("geo_precision", GeoPrecision.self)
        if let p = f.string("perpetrator") { inc.perpetrator = p.isEmpty ? "unknown" : p }
        inc.suspected = f.string("suspected")
        inc.target = f.string("target")
        inc.killed = f.count("killed")
        inc.wounded = f.count("wounded")
        inc.killedLow = f.count("killed_low")
        inc.killedHigh = f.count("killed_high")
        inc.woundedLow = f.count("wounded_low")
        inc.woundedHigh = f.count("wounded_high")
        inc.placeID = f.string("place_id").flatMap { IncidentFields.isValidID($0) ? $0 : nil }
        if let r = f.enumValue("role", IncidentRole.self) { inc.role = r }
        inc.summary = f.string("summary")
        if let s = f.sources() { inc.sources = s }
        let notes = block.body.trimmingCharacters(in: .whitespacesAndNewlines)
        inc.notes = notes.isEmpty ? nil : notes

        var given = Set(block.fields.keys).intersection(IncidentFields.knownKeys)
        if given.contains("date"), !given.contains("date_precision"), inc.date != nil { given.insert("date_precision") }
        let diags = (splitDiags + f.diagnostics).sorted()
        if diags.hasErrors || inc.id.isEmpty { return (nil, diags) }
        return (ReviewedIncident(incident: inc, path: file.path, givenFields: given, keyLines: block.keyLines), diags)
    }
}
