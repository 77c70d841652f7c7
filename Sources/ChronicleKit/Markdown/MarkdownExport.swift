/// STUB: the site work writes the article and incident Markdown documents.
public enum MarkdownExport {
    /// Every article's and incident's Markdown document, separated by a rule, for `chronicle extract --format markdown`.
    public static func documents(_ corpus: Corpus) -> String { "" }
}
