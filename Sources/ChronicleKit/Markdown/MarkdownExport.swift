/// `chronicle extract --format markdown`: every article's and every incident's Markdown document.
public enum MarkdownExport {
    /// Each document starts with its own `---` front matter; documents are separated by a blank line.
    public static func documents(_ corpus: Corpus) -> String {
        let titles = Dictionary(corpus.articles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let docs = corpus.articles.map(ArticleMarkdown.document)
            + corpus.incidents.map { IncidentMarkdown.document($0, articleTitles: titles) }
        return docs.joined(separator: "\n")
    }
}
