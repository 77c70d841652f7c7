/// Atom feeds, sitemap and robots.txt. Every URL is absolute (from `base_url`), and every
/// timestamp comes from the content (incident and article days), never from the clock.
public enum Feeds {
    public static let feedSize = 50

    public static func atom(_ model: SiteModel, title: String, selfPath: String, pagePath: String, incidents: [Incident]) -> String {
        let u = model.urls
        let updated = stamp(model.lastUpdated)
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(xml(model.config.language))\">\n"
        out += "  <title>\(xml(title))</title>\n"
        if !model.config.description.isEmpty { out += "  <subtitle>\(xml(model.config.description))</subtitle>\n" }
        out += "  <id>\(xml(u.absolute(pagePath)))</id>\n"
        out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(xml(u.absolute(selfPath)))\"/>\n"
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(u.absolute(pagePath)))\"/>\n"
        out += "  <updated>\(updated)</updated>\n"
        out += "  <author><name>\(xml(model.config.author ?? model.config.title))</name></author>\n"
        out += "  <generator>\(xml(IncidentsDocument.generator))</generator>\n"
        for i in incidents.prefix(feedSize) {
            let url = u.absolute(SiteModel.incidentPath(i.id))
            let day = DateLabel.effective(i) ?? model.lastUpdated
            var summary = DateLabel.label(i.date, i.datePrecision) + ". "
            if let s = i.summary, !s.isEmpty { summary += s + " " }
            summary += "Perpetrator: \(i.perpetrator)."
            if let k = i.killed { summary += " Killed: \(k)." }
            if let w = i.wounded { summary += " Wounded: \(w)." }
            out += "  <entry>\n"
            out += "    <title>\(xml(IncidentMarkdown.title(i)))</title>\n"
            out += "    <id>\(xml(url))</id>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(xml(url))\"/>\n"
            out += "    <updated>\(stamp(day))</updated>\n"
            out += "    <category term=\"\(xml(i.eventType.rawValue))\"/>\n"
            out += "    <summary>\(xml(summary))</summary>\n"
            out += "  </entry>\n"
        }
        return out + "</feed>\n"
    }

    static func stamp(_ d: Day?) -> String { (d?.iso ?? "1970-01-01") + "T00:00:00Z" }

    /// `pages` are site-relative page folders ("", "timeline/", …).
    public static func sitemap(_ model: SiteModel, pages: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in pages {
            out += "  <url><loc>\(xml(model.urls.absolute(p)))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }

    public static func robots(_ model: SiteModel) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(model.urls.absolute("sitemap.xml"))\n"
    }

    /// Escapes text for XML content and attribute values.
    public static func xml(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters other than tab/newline are not allowed in XML 1.0.
                if c.value < 0x20 && c != "\t" && c != "\n" && c != "\r" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
