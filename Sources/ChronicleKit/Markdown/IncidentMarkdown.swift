/// An incident as a Markdown document: front matter with the incident fields (the names of the
/// incidents document), a heading, the summary, every source with its evidence quoted, and the
/// reviewer's notes. Same shape as a reviewed file in `Content/incidents/`, so an extracted
/// incident can be copied there and corrected by hand.
public enum IncidentMarkdown {
    public static func frontMatter(_ i: Incident) -> String {
        var fm = FrontMatterWriter()
        fm.add("id", i.id)
        fm.add("date", i.datePrecision == .unknown ? nil : i.date?.iso)
        fm.add("date_precision", i.datePrecision.rawValue)
        fm.add("date_text", i.dateText)
        fm.add("event_type", i.eventType.rawValue)
        fm.add("place", i.place)
        fm.add("place_id", i.placeID)
        fm.add("admin1", i.admin1)
        fm.add("country", i.country)
        fm.add("latitude", i.latitude)
        fm.add("longitude", i.longitude)
        fm.add("geo_precision", i.geoPrecision?.rawValue)
        fm.add("perpetrator", i.perpetrator)
        fm.add("suspected", i.suspected)
        fm.add("target", i.target)
        fm.add("killed", i.killed)
        fm.add("wounded", i.wounded)
        if i.killedLow != nil || i.killedHigh != nil {
            fm.add("killed_low", i.killedLow)
            fm.add("killed_high", i.killedHigh)
        }
        if i.woundedLow != nil || i.woundedHigh != nil {
            fm.add("wounded_low", i.woundedLow)
            fm.add("wounded_high", i.woundedHigh)
        }
        fm.add("role", i.role.rawValue)
        fm.add("status", i.status.rawValue)
        return fm.text
    }

    /// "Mortar attack in Green Zone, 23 Sep 2019".
    public static func title(_ i: Incident) -> String {
        var t = typeLabel(i.eventType)
        if let p = i.place ?? i.admin1 ?? i.country { t += " in \(p)" }
        let d = DateLabel.label(i.date, i.datePrecision)
        return t + ", " + d
    }

    public static func typeLabel(_ t: EventType) -> String {
        let raw = t.rawValue
        return raw.prefix(1).uppercased() + raw.dropFirst()
    }

    /// `articleTitles` gives the heading of each source (the article id when unknown).
    public static func document(_ i: Incident, articleTitles: [String: String] = [:]) -> String {
        var out = frontMatter(i) + "\n# " + escapeInline(title(i)) + "\n"
        if let s = i.summary, !s.isEmpty { out += "\n" + escapeInline(s) + "\n" }
        out += "\n## Sources\n"
        if i.sources.isEmpty { out += "\nNo source article.\n" }
        for s in i.sources {
            let heading = articleTitles[s.article] ?? s.article
            out += "\n- **\(escapeInline(heading))** (`\(s.article)`, \(s.role.rawValue))\n"
            if !s.evidence.isEmpty {
                out += "\n  > " + escapeInline(s.evidence).split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
            }
        }
        if let notes = i.notes?.trimmingCharacters(in: .whitespacesAndNewlines), !notes.isEmpty {
            out += "\n## Notes\n\n" + notes + "\n"
        }
        return out
    }

    /// Backslash-escapes the characters that would turn plain text into Markdown markup.
    public static func escapeInline(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>#|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

import Foundation
