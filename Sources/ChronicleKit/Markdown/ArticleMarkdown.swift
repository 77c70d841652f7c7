/// An article as a Markdown document: front matter with its metadata, then the cleaned body,
/// one paragraph per block. This is the page source of `articles/<slug>/` and of
/// `chronicle extract --format markdown`.
public enum ArticleMarkdown {
    public static func frontMatter(_ a: Article) -> String {
        var fm = FrontMatterWriter()
        fm.add("id", a.id)
        fm.add("title", a.title)
        fm.add("file", a.file)
        fm.add("outlet", a.outlet)
        fm.add("url", a.url)
        fm.add("published", a.published?.iso)
        fm.add("published_source", a.publishedSource.rawValue)
        fm.add("dateline", a.dateline)
        fm.add("tags", list: a.tags)
        fm.add("actors", list: a.actors)
        fm.add("places", list: a.places)
        return fm.text
    }

    /// The body: paragraphs separated by blank lines. A paragraph's own line breaks are kept, so a
    /// Markdown table or list in a `.md` article still renders as one.
    public static func body(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .joined(separator: "\n\n") + "\n"
    }

    public static func document(_ a: Article) -> String { frontMatter(a) + "\n" + body(a.paragraphs) }
}

import Foundation
