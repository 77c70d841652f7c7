/// Everything the pages are assembled from, derived once from the corpus and the settings:
/// lookups, sort orders, the actor and location indexes, and the evidence anchors.
public struct SiteModel: Sendable {
    public var corpus: Corpus
    public var config: SiteConfig
    public var urls: SiteURLs
    public var articlesByID: [String: Article]
    public var incidentsByID: [String: Incident]
    /// Newest first; undated last; ties by id.
    public var incidentsNewestFirst: [Incident]
    public var actors: ActorIndex
    public var locations: LocationTree
    public var anchors: EvidenceAnchors
    /// Incident ids per article id (the incidents each article reports), in newest-first order.
    public var incidentsByArticle: [String: [String]]
    /// Position of each incident in newest-first order, so any subset is ordered without a scan.
    var newestFirstRank: [String: Int] = [:]

    public init(corpus: Corpus, config: SiteConfig) {
        self.corpus = corpus
        self.config = config
        self.urls = SiteURLs(baseURL: config.baseURL)
        self.articlesByID = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.incidentsByID = Dictionary(corpus.incidents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.incidentsNewestFirst = SiteModel.newestFirst(corpus.incidents)
        for (rank, inc) in incidentsNewestFirst.enumerated() where newestFirstRank[inc.id] == nil { newestFirstRank[inc.id] = rank }
        self.actors = ActorIndex(corpus: corpus)
        self.locations = LocationTree(corpus: corpus)
        self.anchors = EvidenceAnchors(corpus: corpus)
        var byArticle: [String: [String]] = [:]
        for inc in incidentsNewestFirst {
            for s in inc.sources where !(byArticle[s.article]?.contains(inc.id) ?? false) {
                byArticle[s.article, default: []].append(inc.id)
            }
        }
        self.incidentsByArticle = byArticle
    }

    public static func newestFirst(_ incidents: [Incident]) -> [Incident] {
        incidents.sorted { a, b in
            let da = DateLabel.effective(a)?.ordinal ?? Int.min, db = DateLabel.effective(b)?.ordinal ?? Int.min
            if da != db { return da > db }
            return a.id < b.id
        }
    }

    /// Articles newest first (undated last), ties by title then id.
    public var articlesNewestFirst: [Article] {
        corpus.articles.sorted { a, b in
            let da = a.published?.ordinal ?? Int.min, db = b.published?.ordinal ?? Int.min
            if da != db { return da > db }
            return (a.title, a.id) < (b.title, b.id)
        }
    }

    /// Incidents in newest-first order for a set of ids.
    public func incidents(_ ids: [String]) -> [Incident] {
        let ranks = Set(ids).compactMap { newestFirstRank[$0] }.sorted()
        return ranks.map { incidentsNewestFirst[$0] }
    }

    // Site-relative paths of every page kind (pretty URLs: a folder with index.html).
    public static func incidentPath(_ id: String) -> String { "incidents/\(Slug.make(id))/" }
    public static func articlePath(_ id: String) -> String { "articles/\(Slug.make(id))/" }
    public static func actorPath(_ id: String) -> String { "actors/\(id)/" }
    public static func locationPath(_ id: String) -> String { "locations/\(id)/" }

    /// The day the site's content was last changed (newest incident or article date), for feeds:
    /// derived from the content, never from the clock, so rebuilding gives the same bytes.
    public var lastUpdated: Day? {
        let days = corpus.incidents.compactMap(DateLabel.effective) + corpus.articles.compactMap(\.published)
        return days.max()
    }
}
