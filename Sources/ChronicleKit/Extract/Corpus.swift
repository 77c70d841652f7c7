/// Everything the pipeline knows after ingest and extraction: what `chronicle extract` prints
/// and what `chronicle build` turns into pages.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var incidents: [Incident]
    public var knowledge: KnowledgeBase

    public init(articles: [Article], incidents: [Incident], knowledge: KnowledgeBase) {
        self.articles = articles
        self.incidents = incidents
        self.knowledge = knowledge
    }
}

extension Corpus {
    /// Ingest and extract `files` (already read, in a fixed order), merge reports of the same
    /// event, and lay reviewed incidents over the result. Per-article work runs in parallel;
    /// results are merged in input order, so the output does not depend on scheduling.
    public static func analyze(files: [SourceFile], knowledge: KnowledgeBase, reviewed: [ReviewedIncident] = [],
                               workers: Int = Parallel.defaultWorkers) -> (Corpus, [Diagnostic]) {
        let ingested = Parallel.map(files, workers: workers) { ArticleIngester.ingest($0) }
        var diagnostics = ingested.flatMap(\.1)
        var articles = ingested.compactMap(\.0)

        // Distinct, deterministic slugs: files are in path order, so the first keeps the plain slug.
        for (i, id) in Slug.deduplicate(articles.map(\.id)).enumerated() { articles[i].id = id }

        let extractor = IncidentExtractor(knowledge: knowledge)
        let extractions = Parallel.map(articles, workers: workers) { extractor.extract(from: $0) }
        for i in articles.indices {
            articles[i].actors = extractions[i].actors
            articles[i].places = extractions[i].places
        }
        let merged = IncidentMerger.merge(extractions.flatMap(\.incidents), actors: knowledge.actors, places: knowledge.gazetteer)
        let (incidents, reviewDiags) = ReviewApplier.apply(reviewed, to: merged, articleIDs: Set(articles.map(\.id)), knowledge: knowledge)
        diagnostics += reviewDiags
        return (Corpus(articles: articles, incidents: incidents, knowledge: knowledge), diagnostics.sorted())
    }
}
