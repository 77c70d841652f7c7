import Foundation
@testable import ChronicleKit

/// One article through ingest and extraction with the built-in knowledge base, as the rule tests need it:
/// the raw text gets a front matter with its publication day.
enum ExtractionFixture {
    static let kb = KnowledgeBase.builtIn()

    static func extract(_ raw: String, published: String) -> [Incident] {
        let text = "---\npublished: \(published)\n---\n" + raw
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "x.md", text: text))
        guard let article else { return [] }
        return IncidentExtractor(knowledge: kb).extract(from: article).incidents
    }

    /// The incidents of a text exactly as given, with no front matter added: a page with no stamp ("x.txt"), or one that
    /// brings its own front matter ("x.md").
    static func asGiven(_ text: String, path: String = "x.txt") -> [Incident] {
        let (article, _) = ArticleIngester.ingest(SourceFile(path: path, text: text))
        guard let article else { return [] }
        return IncidentExtractor(knowledge: kb).extract(from: article).incidents
    }

    /// The killed and wounded figures one sentence states.
    static func casualties(_ sentence: String) -> Casualties { CasualtyReader.read(sentence as NSString) }

    /// The first incident found in one sentence (published on a Wednesday unless told otherwise).
    static func one(_ sentence: String, published: String = "2024-02-14") -> Incident? {
        extract(sentence, published: published).first
    }

    /// The incidents the article reports as its news (`role == .main`).
    static func main(_ raw: String, published: String) -> [Incident] {
        extract(raw, published: published).filter { $0.role == .main }
    }

    /// The news of an article told as a headline and its paragraphs (published on a Wednesday unless told otherwise).
    static func main(headline: String, _ paragraphs: String..., published: String = "2024-02-14") -> [Incident] {
        main(([headline] + paragraphs).joined(separator: "\n\n"), published: published)
    }
}
