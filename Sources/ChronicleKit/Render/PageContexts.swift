/// One struct per page kind: what its template (`<kind>.mustache`) can show.

public struct HomePageContext: RenderContext {
    public var shell: PageShell
    public var incidentCount: Int
    public var articleCount: Int
    public var actorCount: Int
    public var placeCount: Int
    public var killedTotal: Int
    public var dateRange: String?
    public var latest: IncidentTableContext
    public var fields: [String: Any] {
        var d = shell.fields
        let g = PageAssembler.grouped
        d["stats"] = ["incidents": g(incidentCount), "articles": g(articleCount), "actors": g(actorCount),
                      "places": g(placeCount), "killed": g(killedTotal)] as [String: Any]
        d.put("dateRange", dateRange)
        d["latest"] = latest.rows.isEmpty ? false : latest.fields
        return d
    }
}

public struct TimelineMonthContext: RenderContext {
    public var label: String
    public var anchor: String
    public var table: IncidentTableContext
    public var fields: [String: Any] { ["label": label, "anchor": anchor, "table": table.fields] }
}

public struct TimelineYearContext: RenderContext {
    public var label: String
    public var anchor: String
    public var count: Int
    public var months: [TimelineMonthContext]
    public var fields: [String: Any] {
        ["label": label, "anchor": anchor, "count": count, "months": months.map(\.fields)]
    }
}

public struct TimelinePageContext: RenderContext {
    public var shell: PageShell
    public var years: [TimelineYearContext]
    public var total: Int
    public var fields: [String: Any] {
        var d = shell.fields
        d["years"] = years.map(\.fields)
        d["total"] = total
        return d
    }
}

public struct SourceContext: RenderContext {
    public var articleTitle: String
    public var articleHref: String
    public var outlet: String?
    public var published: String?
    public var role: String
    public var evidence: String?
    public var evidenceHref: String
    public var fields: [String: Any] {
        var d: [String: Any] = ["articleTitle": articleTitle, "articleHref": articleHref, "role": role,
                                "background": role == "background", "evidenceHref": evidenceHref]
        d.put("outlet", outlet)
        d.put("published", published)
        d.put("evidence", evidence)
        return d
    }
}

public struct IncidentPageContext: RenderContext {
    public var shell: PageShell
    public var row: IncidentRowContext
    public var heading: String
    public var summary: String?
    public var status: String
    public var facts: [FactContext]
    public var sources: [SourceContext]
    public var notesHTML: String?
    public var fields: [String: Any] {
        var d = shell.fields
        d["incident"] = row.fields
        d["heading"] = heading
        d["status"] = status
        d["reviewed"] = status == "reviewed"
        d.put("summary", summary)
        d["facts"] = facts.map(\.fields)
        d["sources"] = sources.map(\.fields)
        d["sourceCount"] = sources.count
        d.put("notesHTML", notesHTML)
        return d
    }
}

public struct ArticlePageContext: RenderContext {
    public var shell: PageShell
    public var title: String
    public var facts: [FactContext]
    public var bodyHTML: String
    public var incidents: IncidentTableContext
    public var actors: [LinkContext]
    public var places: [LinkContext]
    public var fields: [String: Any] {
        var d = shell.fields
        d["title"] = title
        d["facts"] = facts.map(\.fields)
        d["bodyHTML"] = bodyHTML
        d["incidents"] = incidents.rows.isEmpty ? false : incidents.fields
        d["hasActors"] = !actors.isEmpty
        d["actors"] = actors.map(\.fields)
        d["hasPlaces"] = !places.isEmpty
        d["places"] = places.map(\.fields)
        return d
    }
}

public struct ArticleListItemContext: RenderContext {
    public var title: String
    public var href: String
    public var published: String
    public var datetime: String?
    public var outlet: String?
    public var incidentCount: Int
    public var fields: [String: Any] {
        var d: [String: Any] = ["title": title, "href": href, "published": published, "incidentCount": incidentCount]
        d.put("datetime", datetime)
        d.put("outlet", outlet)
        return d
    }
}

public struct ArticlesPageContext: RenderContext {
    public var shell: PageShell
    public var articles: [ArticleListItemContext]
    public var fields: [String: Any] {
        var d = shell.fields
        d["articles"] = articles.map(\.fields)
        d["count"] = articles.count
        return d
    }
}

public struct ActorGroupContext: RenderContext {
    public var label: String
    public var anchor: String
    public var actors: [LinkContext]
    public var fields: [String: Any] { ["label": label, "anchor": anchor, "actors": actors.map(\.fields)] }
}

public struct ActorsPageContext: RenderContext {
    public var shell: PageShell
    public var groups: [ActorGroupContext]
    public var fields: [String: Any] {
        var d = shell.fields
        d["groups"] = groups.map(\.fields)
        return d
    }
}

public struct ActorPageContext: RenderContext {
    public var shell: PageShell
    public var name: String
    public var kind: String
    public var role: String?
    public var tables: [IncidentTableContext]
    public var articles: [LinkContext]
    public var fields: [String: Any] {
        var d = shell.fields
        d["name"] = name
        d["kind"] = kind
        d.put("role", role)
        d["tables"] = tables.filter { !$0.rows.isEmpty }.map(\.fields)
        d["hasArticles"] = !articles.isEmpty
        d["articles"] = articles.map(\.fields)
        return d
    }
}

/// A node of the places hierarchy for the recursive `location-node` partial.
public struct LocationNodeContext: RenderContext {
    public var name: String
    public var href: String
    public var kind: String
    public var count: Int
    public var children: [LocationNodeContext]
    public var fields: [String: Any] {
        // Always set both keys: a leaf without them would see its parent's children and recurse forever.
        ["name": name, "href": href, "kind": kind, "count": count,
         "hasChildren": !children.isEmpty, "children": children.map(\.fields)]
    }
}

public struct LocationsPageContext: RenderContext {
    public var shell: PageShell
    public var roots: [LocationNodeContext]
    public var fields: [String: Any] {
        var d = shell.fields
        d["roots"] = roots.map(\.fields)
        return d
    }
}

public struct LocationPageContext: RenderContext {
    public var shell: PageShell
    public var name: String
    public var kind: String
    public var breadcrumb: [LinkContext]
    public var coordinates: String?
    public var children: [LinkContext]
    public var incidents: IncidentTableContext
    public var fields: [String: Any] {
        var d = shell.fields
        d["name"] = name
        d["kind"] = kind
        d["hasBreadcrumb"] = !breadcrumb.isEmpty
        d["breadcrumb"] = breadcrumb.map(\.fields)
        d.put("coordinates", coordinates)
        d["hasChildren"] = !children.isEmpty
        d["children"] = children.map(\.fields)
        d["incidents"] = incidents.fields
        return d
    }
}

public struct NotFoundPageContext: RenderContext {
    public var shell: PageShell
    public var fields: [String: Any] { shell.fields }
}
