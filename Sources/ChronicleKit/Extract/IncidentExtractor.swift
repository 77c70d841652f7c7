/// What extraction finds in one article.
public struct ArticleExtraction: Sendable {
    public var incidents: [Incident]
    /// Knowledge-base ids of actors and places the article mentions, in first-mention order.
    public var actors: [String]
    public var places: [String]

    public init(incidents: [Incident] = [], actors: [String] = [], places: [String] = []) {
        self.incidents = incidents
        self.actors = actors
        self.places = places
    }
}

/// Finds the incidents one article reports. STUB: finds none (the extraction work replaces it).
public struct IncidentExtractor: Sendable {
    public var knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    /// Incidents carry one source (this article) and no final id yet (`IncidentMerger` assigns ids).
    public func extract(from article: Article) -> ArticleExtraction { ArticleExtraction() }
}
