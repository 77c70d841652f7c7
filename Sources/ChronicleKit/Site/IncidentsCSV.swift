/// `data/incidents.csv`: one row per incident with ACLED-like columns, RFC 4180 quoting
/// (CRLF line ends, quotes doubled) and spreadsheet formula injection neutralised.
public enum IncidentsCSV {
    public static let columns = ["event_id", "event_date", "date_precision", "year", "event_type", "actor1",
                                 "assoc_suspected", "target", "country", "admin1", "location", "latitude", "longitude",
                                 "geo_precision", "fatalities", "wounded", "source_count", "sources", "notes", "status", "url"]

    public static func render(_ model: SiteModel) -> String {
        var lines = [columns.map(cell).joined(separator: ",")]
        for i in model.incidentsNewestFirst {
            let day = DateLabel.effective(i)
            let sources = i.sources.map { s -> String in
                let a = model.articlesByID[s.article]
                return [a?.title ?? s.article, a?.outlet].compactMap { $0 }.joined(separator: " — ")
            }.joined(separator: "; ")
            let row: [String] = [
                i.id, day?.iso ?? "", i.datePrecision.rawValue, day.map { String($0.year) } ?? "", i.eventType.rawValue,
                i.perpetrator, i.suspected ?? "", i.target ?? "", i.country ?? "", i.admin1 ?? "", i.place ?? "",
                i.latitude.map(number) ?? "", i.longitude.map(number) ?? "", i.geoPrecision?.rawValue ?? "",
                i.killed.map(String.init) ?? "", i.wounded.map(String.init) ?? "", String(i.sources.count), sources,
                i.summary ?? "", i.status.rawValue, model.urls.absolute(SiteModel.incidentPath(i.id)),
            ]
            lines.append(row.map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a cell when RFC 4180 requires it; a text cell a spreadsheet would run as a formula
    /// (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`. Plain numbers are left alone.
    public static func cell(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@\t\r".contains(first), Double(v) == nil { v = "'" + v }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    static func number(_ d: Double) -> String { JSON.double(d).renderCompact() }
}

import Foundation
