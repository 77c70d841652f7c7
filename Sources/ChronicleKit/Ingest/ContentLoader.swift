/// Reads a whole content folder — `articles/` and `incidents/` — collecting every problem of the
/// run (not only the first) so one build reports all of them. (The templates folder is checked by
/// `TemplateSet.load`, the step that needs it.) Pure edge code: everything goes through `FileSystem`.
public struct LoadedContent: Sendable {
    public var articles: [SourceFile]
    public var reviewed: [ReviewedIncident]
    public init(articles: [SourceFile], reviewed: [ReviewedIncident]) {
        self.articles = articles
        self.reviewed = reviewed
    }
}

public enum ContentLoader {
    public static func load(contentDir: String, fileSystem: FileSystem = DiskFileSystem(),
                            workers: Int = Parallel.defaultWorkers) -> (LoadedContent, [Diagnostic]) {
        let reader = ContentReader(fileSystem: fileSystem)
        guard fileSystem.directoryExists(contentDir) else {
            return (LoadedContent(articles: [], reviewed: []),
                    [.error(SourceLocation(file: contentDir), "content folder not found; create it with an articles/ folder of news reports, or pass --content")])
        }
        let base = contentDir.hasSuffix("/") ? String(contentDir.dropLast()) : contentDir
        let (articles, articleDiags) = reader.articles(in: base + "/articles", workers: workers)
        let (reviewed, reviewDiags) = reader.reviewedIncidents(in: base + "/incidents")
        return (LoadedContent(articles: articles, reviewed: reviewed), articleDiags + reviewDiags)
    }

    /// Load, ingest, extract and apply reviews: every diagnostic of the content, sorted.
    public static func analyze(contentDir: String, knowledge: KnowledgeBase, workers: Int = Parallel.defaultWorkers,
                               fileSystem: FileSystem = DiskFileSystem()) -> (Corpus, [Diagnostic]) {
        let (content, loadDiags) = load(contentDir: contentDir, fileSystem: fileSystem, workers: workers)
        let (corpus, diags) = Corpus.analyze(files: content.articles, knowledge: knowledge, reviewed: content.reviewed, workers: workers)
        return (corpus, (loadDiags + diags).sorted())
    }
}
