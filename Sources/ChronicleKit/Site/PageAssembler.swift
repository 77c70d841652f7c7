import Foundation

/// One page to render: where it goes, which template, and its typed context.
public struct PageJob {
    /// Output path relative to the site root (`incidents/x/index.html`).
    public var path: String
    public var template: String
    public var context: any RenderContext
}

/// Turns the site model into page jobs, one per page, in a fixed order.
/// Markdown is rendered here (cmark is serialised anyway); Mustache rendering happens later in parallel.
public struct PageAssembler {
    public var model: SiteModel
    /// Rendered article bodies (with evidence marks) and incident notes, keyed by id.
    public var articleHTML: [String: String] = [:]
    public var notesHTML: [String: String] = [:]
    /// The site-wide header context, computed once: every page shares it.
    let siteContext: SiteContext

    public init(model: SiteModel) {
        self.model = model
        self.siteContext = PageAssembler.siteContext(model)
        for a in model.corpus.articles {
            let marked = EvidenceMarker.insertMarkers(a.paragraphs, spans: model.anchors.spans[a.id] ?? [])
            articleHTML[a.id] = EvidenceMarker.replaceMarkers(in: MarkdownRenderer.html(ArticleMarkdown.body(marked)))
        }
        for i in model.corpus.incidents {
            if let n = i.notes?.trimmingCharacters(in: .whitespacesAndNewlines), !n.isEmpty {
                notesHTML[i.id] = MarkdownRenderer.html(n)
            }
        }
    }

    var urls: SiteURLs { model.urls }

    // MARK: shared pieces

    func site() -> SiteContext { siteContext }

    static func siteContext(_ model: SiteModel) -> SiteContext {
        let urls = model.urls
        let days = model.corpus.incidents.compactMap(DateLabel.effective)
        var coverage: String? = nil
        if let lo = days.min(), let hi = days.max() {
            coverage = lo == hi ? DateLabel.day(lo) : "\(DateLabel.day(lo)) – \(DateLabel.day(hi))"
        }
        return SiteContext(title: model.config.title, description: model.config.description, language: model.config.language,
                           author: model.config.author, base: urls.basePath, coverage: coverage)
    }

    static let sections: [(String, String)] = [("", "Overview"), ("timeline/", "Timeline"), ("actors/", "Actors"),
                                               ("locations/", "Places"), ("articles/", "Sources")]

    func shell(_ title: String, path: String, section: String?, description: String? = nil, feed: String? = nil) -> PageShell {
        let nav = PageAssembler.sections.map { NavItem(label: $0.1, href: urls.href($0.0), current: $0.0 == section) }
        return PageShell(site: site(), title: title, description: description ?? model.config.description,
                         canonical: urls.absolute(path), nav: nav, feed: feed ?? urls.href("feed.xml"))
    }

    static func count(_ n: Int?) -> String {
        guard let n else { return "–" }
        return grouped(n)
    }

    /// `12,345`: fixed grouping, independent of the machine's locale.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    func placeSlug(_ i: Incident) -> String? { model.locations.chains[i.id]?.last }

    func row(_ i: Incident) -> IncidentRowContext {
        let a = model.actors
        let p = a.slug(id: i.perpetratorID, name: i.perpetrator), s = a.slug(id: i.suspectedID, name: i.suspected),
            t = a.slug(id: i.targetID, name: i.target)
        let targetPlace = ActorIndex.targetPlace(id: i.targetID, name: i.target, model.corpus.knowledge)
        let targetHref = targetPlace.map { p in model.locations.nodes[p.id] != nil ? urls.href(SiteModel.locationPath(p.id)) : nil }
            ?? t.map { urls.href(SiteModel.actorPath($0)) }
        return IncidentRowContext(
            id: i.id, href: urls.href(SiteModel.incidentPath(i.id)), date: DateLabel.label(i.date, i.datePrecision),
            datetime: DateLabel.machine(DateLabel.effective(i), i.datePrecision), precision: i.datePrecision.rawValue,
            approximate: i.datePrecision != .day, type: IncidentMarkdown.typeLabel(i.eventType),
            place: i.place ?? i.admin1 ?? i.country, placeHref: placeSlug(i).map { urls.href(SiteModel.locationPath($0)) },
            perpetrator: i.perpetrator.isEmpty ? "unknown" : i.perpetrator, perpetratorHref: p.map { urls.href(SiteModel.actorPath($0)) },
            suspected: i.suspected, suspectedHref: s.map { urls.href(SiteModel.actorPath($0)) },
            target: i.target, targetHref: targetHref,
            killed: PageAssembler.count(i.killed), wounded: PageAssembler.count(i.wounded), hasKilled: (i.killed ?? 0) > 0,
            sourceCount: i.sources.count, reviewed: i.status == .reviewed, background: i.role == .background)
    }

    func table(_ caption: String, _ incidents: [Incident]) -> IncidentTableContext {
        IncidentTableContext(caption: caption, rows: incidents.map(row))
    }

    // MARK: pages

    public func jobs() -> [PageJob] {
        var jobs: [PageJob] = [home(), timeline(), articlesIndex(), actorsIndex(), locationsIndex(), notFound()]
        jobs += model.incidentsNewestFirst.map(incident)
        jobs += model.corpus.articles.map(article)
        jobs += model.actors.entries.map(actor)
        jobs += model.locations.ordered.compactMap(location)
        return jobs
    }

    func home() -> PageJob {
        let c = HomePageContext(
            shell: shell(model.config.title, path: "", section: ""),
            incidentCount: model.corpus.incidents.count, articleCount: model.corpus.articles.count,
            actorCount: model.actors.entries.count, placeCount: model.locations.nodes.count,
            killedTotal: model.corpus.incidents.compactMap(\.killed).reduce(0, +), dateRange: site().coverage,
            latest: table("Latest incidents", Array(model.incidentsNewestFirst.prefix(10))))
        return PageJob(path: "index.html", template: "index", context: c)
    }

    func timeline() -> PageJob {
        var years: [TimelineYearContext] = []
        var undated: [Incident] = []
        var byYear: [Int: [Incident]] = [:]
        for i in model.incidentsNewestFirst {
            if let d = DateLabel.effective(i) { byYear[d.year, default: []].append(i) } else { undated.append(i) }
        }
        for y in byYear.keys.sorted(by: >) {
            let list = byYear[y] ?? []
            var months: [TimelineMonthContext] = []
            for m in stride(from: 12, through: 1, by: -1) {
                let inMonth = list.filter { $0.datePrecision != .year && $0.date?.month == m }
                guard !inMonth.isEmpty else { continue }
                let label = "\(DateLabel.monthNames[m - 1]) \(y)"
                months.append(TimelineMonthContext(label: label, anchor: "m-\(y)-\(m < 10 ? "0" : "")\(m)", table: table("Incidents in \(label)", inMonth)))
            }
            let yearOnly = list.filter { $0.datePrecision == .year }
            if !yearOnly.isEmpty {
                months.append(TimelineMonthContext(label: "\(y), month unknown", anchor: "m-\(y)-unknown", table: table("Incidents in \(y) with no known month", yearOnly)))
            }
            years.append(TimelineYearContext(label: String(y), anchor: "y-\(y)", count: list.count, months: months))
        }
        if !undated.isEmpty {
            years.append(TimelineYearContext(label: "Date unknown", anchor: "undated", count: undated.count,
                                             months: [TimelineMonthContext(label: "Date unknown", anchor: "m-undated", table: table("Incidents with no known date", undated))]))
        }
        let c = TimelinePageContext(shell: shell("Timeline", path: "timeline/", section: "timeline/",
                                                 description: "Every incident by year and month, newest first."),
                                    years: years, total: model.corpus.incidents.count)
        return PageJob(path: "timeline/index.html", template: "timeline", context: c)
    }

    func incident(_ i: Incident) -> PageJob {
        let path = SiteModel.incidentPath(i.id)
        let r = row(i)
        var facts: [FactContext] = []
        facts.append(FactContext(label: "Date", value: r.date, note: [i.datePrecision == .day ? nil : "precision: \(i.datePrecision.rawValue)",
                                                                     i.dateText.map { "“\($0)”" }].compactMap { $0 }.joined(separator: "; ")))
        facts.append(FactContext(label: "Event type", value: r.type))
        let chain = model.locations.chains[i.id] ?? []
        for id in chain {
            guard let node = model.locations.nodes[id] else { continue }
            facts.append(FactContext(label: LocationsLabels.kind(node.kind), value: node.name, href: urls.href(SiteModel.locationPath(id))))
        }
        if chain.isEmpty { facts.append(FactContext(label: "Place", value: "unknown")) }
        if let lat = i.latitude, let lon = i.longitude {
            facts.append(FactContext(label: "Coordinates", value: Coordinates.text(lat, lon),
                                     note: i.geoPrecision.map { "precision: \($0.rawValue)" }))
        }
        facts.append(FactContext(label: "Perpetrator", value: r.perpetrator, href: r.perpetratorHref))
        if let s = r.suspected { facts.append(FactContext(label: "Suspected", value: s, href: r.suspectedHref)) }
        if let t = r.target { facts.append(FactContext(label: "Target", value: t, href: r.targetHref)) }
        facts.append(FactContext(label: "Killed", value: i.killed == nil ? "not reported" : r.killed,
                                 note: PageAssembler.range(i.killedLow, i.killedHigh)))
        facts.append(FactContext(label: "Wounded", value: i.wounded == nil ? "not reported" : r.wounded,
                                 note: PageAssembler.range(i.woundedLow, i.woundedHigh)))
        facts.append(FactContext(label: "Reported as", value: i.role == .main ? "main news" : "background mention"))
        let sources = i.sources.map { s -> SourceContext in
            let a = model.articlesByID[s.article]
            let base = urls.href(SiteModel.articlePath(s.article))
            let anchor = model.anchors.anchor(article: s.article, evidence: s.evidence)
            return SourceContext(articleTitle: a?.title ?? s.article, articleHref: base, outlet: a?.outlet,
                                 published: a?.published.map(DateLabel.day), role: s.role.rawValue,
                                 evidence: s.evidence.isEmpty ? nil : s.evidence,
                                 evidenceHref: anchor.map { base + "#" + $0 } ?? base)
        }
        let heading = IncidentMarkdown.title(i)
        let c = IncidentPageContext(shell: shell(heading, path: path, section: "timeline/", description: i.summary),
                                    row: r, heading: heading, summary: i.summary, status: i.status.rawValue,
                                    facts: facts, sources: sources, notesHTML: notesHTML[i.id])
        return PageJob(path: path + "index.html", template: "incident", context: c)
    }

    static func range(_ lo: Int?, _ hi: Int?) -> String? {
        guard lo != nil || hi != nil else { return nil }
        return "sources range from \(lo.map(grouped) ?? "?") to \(hi.map(grouped) ?? "?")"
    }

    func article(_ a: Article) -> PageJob {
        let path = SiteModel.articlePath(a.id)
        var facts: [FactContext] = []
        if let o = a.outlet { facts.append(FactContext(label: "Outlet", value: o)) }
        let sourceNote: String
        switch a.publishedSource {
        case .frontMatter: sourceNote = "from the file’s front matter"
        case .text: sourceNote = "from the article text"
        case .inferred: sourceNote = "inferred from the text"
        case .unknown: sourceNote = "no date found"
        }
        facts.append(FactContext(label: "Published", value: a.published.map(DateLabel.day) ?? "unknown", note: sourceNote))
        if let d = a.dateline { facts.append(FactContext(label: "Dateline", value: d)) }
        if let u = a.url, PageAssembler.isWebURL(u) {
            facts.append(FactContext(label: "Original", value: PageAssembler.host(u), href: u, external: true))
        }
        facts.append(FactContext(label: "Source file", value: a.file))
        let incidents = model.incidents(model.incidentsByArticle[a.id] ?? [])
        let actors = a.actors.map { id -> LinkContext in
            let slug = model.actors.slug(id: id, name: nil)
            let entry = slug.flatMap(model.actors.entry)
            return LinkContext(label: entry?.name ?? model.corpus.knowledge.actors.actor(id: id)?.name ?? id,
                               href: entry.map { urls.href(SiteModel.actorPath($0.id)) })
        }
        let places = a.places.map { id -> LinkContext in
            let name = model.corpus.knowledge.gazetteer.place(id: id)?.name ?? id
            return LinkContext(label: name, href: model.locations.nodes[id] != nil ? urls.href(SiteModel.locationPath(id)) : nil)
        }
        let c = ArticlePageContext(shell: shell(a.title, path: path, section: "articles/",
                                                description: a.paragraphs.first.map { String($0.prefix(200)) }),
                                   title: a.title, facts: facts, bodyHTML: articleHTML[a.id] ?? "",
                                   incidents: table("Incidents this article reports", incidents), actors: actors, places: places)
        return PageJob(path: path + "index.html", template: "article", context: c)
    }

    static func isWebURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return (l.hasPrefix("https://") || l.hasPrefix("http://")) && !s.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    static func host(_ s: String) -> String {
        let afterScheme = s.range(of: "://").map { s[$0.upperBound...] } ?? Substring(s)
        return String(afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    func articlesIndex() -> PageJob {
        let items = model.articlesNewestFirst.map { a in
            ArticleListItemContext(title: a.title, href: urls.href(SiteModel.articlePath(a.id)),
                                   published: a.published.map(DateLabel.day) ?? "date unknown", datetime: a.published?.iso,
                                   outlet: a.outlet, incidentCount: model.incidentsByArticle[a.id]?.count ?? 0)
        }
        let c = ArticlesPageContext(shell: shell("Source articles", path: "articles/", section: "articles/",
                                                 description: "Every news report the chronicle is built from."), articles: items)
        return PageJob(path: "articles/index.html", template: "articles", context: c)
    }

    func actorsIndex() -> PageJob {
        let groups = ActorKind.allCases.compactMap { kind -> ActorGroupContext? in
            let members = model.actors.entries.filter { $0.kind == kind }
            guard !members.isEmpty else { return nil }
            return ActorGroupContext(label: ActorIndex.label(kind), anchor: kind.rawValue, actors: members.map {
                LinkContext(label: $0.name, href: urls.href(SiteModel.actorPath($0.id)), count: $0.incidentCount,
                            note: $0.articles.isEmpty ? nil : ($0.articles.count == 1 ? "1 article" : "\($0.articles.count) articles"))
            })
        }
        let c = ActorsPageContext(shell: shell("Actors", path: "actors/", section: "actors/",
                                               description: "Armed groups, militaries, governments and people named in the incidents."), groups: groups)
        return PageJob(path: "actors/index.html", template: "actors", context: c)
    }

    func actor(_ e: ActorIndex.Entry) -> PageJob {
        let path = SiteModel.actorPath(e.id)
        let tables = [table("Incidents attributed to \(e.name)", model.incidents(e.perpetrator)),
                      table("Incidents where \(e.name) is suspected", model.incidents(e.suspected)),
                      table("Incidents targeting \(e.name)", model.incidents(e.target))]
        let articles = e.articles.compactMap { model.articlesByID[$0] }.map {
            LinkContext(label: $0.title, href: urls.href(SiteModel.articlePath($0.id)), note: $0.published.map(DateLabel.day))
        }
        let c = ActorPageContext(shell: shell(e.name, path: path, section: "actors/"), name: e.name,
                                 kind: ActorIndex.label(e.kind), role: e.role, tables: tables, articles: articles)
        return PageJob(path: path + "index.html", template: "actor", context: c)
    }

    func locationNode(_ id: String) -> LocationNodeContext? {
        guard let n = model.locations.nodes[id] else { return nil }
        return LocationNodeContext(name: n.name, href: urls.href(SiteModel.locationPath(id)), kind: LocationsLabels.kind(n.kind),
                                   count: n.incidents.count, children: n.children.compactMap(locationNode))
    }

    func locationsIndex() -> PageJob {
        let c = LocationsPageContext(shell: shell("Places", path: "locations/", section: "locations/",
                                                  description: "Incidents by country, governorate and place."),
                                     roots: model.locations.roots.compactMap(locationNode))
        return PageJob(path: "locations/index.html", template: "locations", context: c)
    }

    func location(_ id: String) -> PageJob? {
        guard let n = model.locations.nodes[id] else { return nil }
        let path = SiteModel.locationPath(id)
        let crumbs = model.locations.path(to: id).dropLast().compactMap { pid in
            model.locations.nodes[pid].map { LinkContext(label: $0.name, href: urls.href(SiteModel.locationPath(pid))) }
        }
        let children = n.children.compactMap { cid in
            model.locations.nodes[cid].map { LinkContext(label: $0.name, href: urls.href(SiteModel.locationPath(cid)), count: $0.incidents.count) }
        }
        let coords = n.latitude.flatMap { lat in n.longitude.map { Coordinates.text(lat, $0) } }
        let caption = n.children.isEmpty ? "Incidents in \(n.name)" : "Incidents in \(n.name) and places inside it"
        let c = LocationPageContext(shell: shell(n.name, path: path, section: "locations/"), name: n.name,
                                    kind: LocationsLabels.kind(n.kind), breadcrumb: Array(crumbs), coordinates: coords,
                                    children: children, incidents: table(caption, model.incidents(n.incidents)))
        return PageJob(path: path + "index.html", template: "location", context: c)
    }

    func notFound() -> PageJob {
        PageJob(path: "404.html", template: "404", context: NotFoundPageContext(shell: shell("Page not found", path: "404.html", section: nil)))
    }
}

enum LocationsLabels {
    static func kind(_ k: PlaceKind) -> String {
        switch k {
        case .country: return "Country"
        case .admin1: return "Governorate / province"
        case .city: return "Town or city"
        case .site: return "Site"
        }
    }
}

/// `33.3000° N, 44.3800° E` (four decimals: about 10 m, more than any news report supports).
public enum Coordinates {
    public static func text(_ lat: Double, _ lon: Double) -> String {
        "\(fixed(abs(lat)))° \(lat < 0 ? "S" : "N"), \(fixed(abs(lon)))° \(lon < 0 ? "W" : "E")"
    }

    static func fixed(_ v: Double) -> String {
        let scaled = Int((v * 10000).rounded())
        let whole = scaled / 10000, frac = scaled % 10000
        let f = String(frac)
        return "\(whole)." + String(repeating: "0", count: 4 - f.count) + f
    }
}
