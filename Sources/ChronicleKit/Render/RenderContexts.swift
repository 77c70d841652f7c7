import Foundation

/// A typed context for one template: the struct says what a page kind offers its template,
/// `fields` turns it into the dictionary Mustache reads. Absent optionals become `false`, so
/// `{{#x}}…{{/x}}` sections hide cleanly and never fall through to an outer context's `x`.
public protocol RenderContext {
    var fields: [String: Any] { get }
}

extension Dictionary where Key == String, Value == Any {
    /// Sets `key` to the value, or to `false` when it is absent or an empty string: a missing key
    /// would make Mustache look the name up in the enclosing contexts and pick up their value.
    mutating func put(_ key: String, _ value: Any?) {
        guard let value else { self[key] = false; return }
        if let s = value as? String, s.isEmpty { self[key] = false; return }
        self[key] = value
    }
}

/// Site-wide values every page sees as `site.*`.
public struct SiteContext: RenderContext {
    public var title: String
    public var description: String
    public var language: String
    public var author: String?
    /// Base path (`/` or `/project/`), the prefix of every internal link.
    public var base: String
    public var coverage: String?

    public var fields: [String: Any] {
        var d: [String: Any] = ["title": title, "language": language, "base": base,
                                "generator": IncidentsDocument.generator]
        d.put("description", description)
        d.put("author", author)
        d.put("coverage", coverage)
        return d
    }
}

/// A link in the main navigation.
public struct NavItem: RenderContext {
    public var label: String
    public var href: String
    public var current: Bool
    public var fields: [String: Any] { ["label": label, "href": href, "current": current] }
}

/// What the base layout needs about the page being rendered.
public struct PageShell: RenderContext {
    public var site: SiteContext
    public var title: String
    public var description: String?
    public var canonical: String
    public var nav: [NavItem]
    /// Atom feed of this page, when it has one (site feed otherwise).
    public var feed: String

    public var fields: [String: Any] {
        var page: [String: Any] = ["title": title, "canonical": canonical, "feed": feed]
        page.put("description", description)
        page["fullTitle"] = title == site.title ? title : "\(title) · \(site.title)"
        return ["site": site.fields, "page": page, "nav": nav.map(\.fields)]
    }
}

/// One incident as a table row (timeline, home, actor and location pages).
public struct IncidentRowContext: RenderContext {
    public var id: String
    public var href: String
    public var date: String
    public var datetime: String?
    public var precision: String
    public var approximate: Bool
    public var type: String
    public var place: String?
    public var placeHref: String?
    public var perpetrator: String
    public var perpetratorHref: String?
    public var suspected: String?
    public var suspectedHref: String?
    public var target: String?
    public var targetHref: String?
    public var killed: String
    public var wounded: String
    public var hasKilled: Bool
    public var sourceCount: Int
    public var reviewed: Bool
    public var background: Bool

    public var fields: [String: Any] {
        var d: [String: Any] = ["id": id, "href": href, "date": date, "precision": precision, "approximate": approximate,
                                "type": type, "perpetrator": perpetrator, "killed": killed, "wounded": wounded,
                                "hasKilled": hasKilled, "sourceCount": sourceCount,
                                "sourceLabel": sourceCount == 1 ? "1 source" : "\(sourceCount) sources",
                                "reviewed": reviewed, "background": background]
        d.put("datetime", datetime)
        d.put("place", place)
        d.put("placeHref", placeHref)
        d.put("perpetratorHref", perpetratorHref)
        d.put("suspected", suspected)
        d.put("suspectedHref", suspectedHref)
        d.put("target", target)
        d.put("targetHref", targetHref)
        return d
    }
}

/// A captioned table of incidents (the `incident-table` partial).
public struct IncidentTableContext: RenderContext {
    public var caption: String
    public var rows: [IncidentRowContext]
    public var fields: [String: Any] { ["caption": caption, "rows": rows.map(\.fields), "count": rows.count] }
}

/// A label/value pair of a metadata list; `href` makes the value a link, `external` marks an outside link.
public struct FactContext: RenderContext {
    public var label: String
    public var value: String
    public var href: String? = nil
    public var external: Bool = false
    public var note: String? = nil
    public var fields: [String: Any] {
        var d: [String: Any] = ["label": label, "value": value, "external": external]
        d.put("href", href)
        d.put("note", note)
        return d
    }
}

/// A link with a label and an optional count (lists of actors, places, articles).
public struct LinkContext: RenderContext {
    public var label: String
    public var href: String?
    public var count: Int? = nil
    public var note: String? = nil
    public var fields: [String: Any] {
        var d: [String: Any] = ["label": label]
        d.put("href", href)
        d.put("count", count)
        d.put("note", note)
        return d
    }
}
