/// A hand-reviewed incident from `Content/incidents/*.md`: front matter with the incident
/// fields of the incidents document, Markdown notes as body.
public struct ReviewedIncident: Hashable, Sendable {
    public var incident: Incident
    public var path: String
    /// `rejected` hides the extracted incident with the same id.
    public var isRejected: Bool { incident.status == .rejected }

    public init(incident: Incident, path: String) {
        self.incident = incident
        self.path = path
    }
}

/// STUB parse (the safety/ingest work completes it): reads id/status and a few fields.
public enum ReviewedIncidentFile {
    public static func parse(_ file: SourceFile) -> (ReviewedIncident?, [Diagnostic]) {
        let (block, diags) = FrontMatter.split(file.text, path: file.path)
        if diags.hasErrors { return (nil, diags) }
        guard let id = block.fields["id"]?.stringValue else {
            return (nil, diags + [.error(SourceLocation(file: file.path, line: 1), "reviewed incident has no 'id'")])
        }
        var inc = Incident(id: id, status: .reviewed)
        if block.fields["status"]?.stringValue == "rejected" { inc.status = .rejected }
        inc.notes = block.body.trimmingCharacters(in: .whitespacesAndNewlines)
        return (ReviewedIncident(incident: inc, path: file.path), diags)
    }
}
