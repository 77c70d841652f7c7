/// Ingest stage: one source file → one cleaned `Article` (front matter read, body cleaned,
/// publication day settled). Pure: the file's text comes in, diagnostics go out.
public enum ArticleIngester {
    public static func ingest(_ file: SourceFile) -> (Article?, [Diagnostic]) {
        let (block, splitDiags) = FrontMatter.split(file.text, path: file.path)
        var diags = splitDiags
        let (fm, fieldDiags) = ArticleFields.read(block, path: file.path)
        diags += fieldDiags
        if diags.hasErrors { return (nil, diags) }

        let cleaned = TextCleaner.clean(block.body, hasTitle: fm.title != nil)
        guard !cleaned.paragraphs.isEmpty else {
            let what = block.hasFrontMatter ? "has front matter but no article text" : "is empty"
            diags.append(.warning(SourceLocation(file: file.path, line: block.bodyStartLine),
                                  "article \(what); it is left out of the site — write the report below the front matter or delete the file"))
            return (nil, diags)
        }
        let title = fm.title ?? cleaned.headline ?? "Untitled report"
        var published = fm.published
        var source: PublicationSource = published == nil ? .unknown : .frontMatter
        if published == nil { (published, source) = PublicationDay.find(in: cleaned, removed: cleaned.removed) }

        let article = Article(
            id: ArticleIngester.baseSlug(title: title, published: published),
            file: file.fileName, path: file.path, title: title, outlet: fm.outlet ?? cleaned.outlet, url: fm.url,
            published: published, publishedSource: source, dateline: cleaned.dateline, tags: fm.tags,
            paragraphs: cleaned.paragraphs, removed: cleaned.removed)
        return (article, diags)
    }

    /// `YYYY-MM-DD-title-words`, before deduplication across the corpus.
    public static func baseSlug(title: String, published: Day?) -> String {
        let words = Slug.make(title)
        let short = words.split(separator: "-").prefix(8).joined(separator: "-")
        return (published.map { $0.iso + "-" } ?? "undated-") + short
    }
}
