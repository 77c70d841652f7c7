import Foundation
import Testing
import Yams
@testable import ChronicleKit

@Suite struct MarkdownDocumentTests {
    @Test func articleDocumentHasFrontMatterAndBody() {
        let doc = ArticleMarkdown.document(SiteFixture.rockets)
        #expect(doc.hasPrefix("---\nid: \"2024-03-05-rockets-strike-near-air-base\"\ntitle: Rockets strike near air base\n"))
        #expect(doc.contains("published: \"2024-03-05\"\npublished_source: front-matter\n"))
        #expect(doc.contains("url: \"https://news.example.com/rockets\""))
        #expect(doc.contains("tags: [rockets]"))
        #expect(doc.hasSuffix("---\n\nThree rockets struck near the Alpha Air Base on Monday night, officials said. Nobody was hurt.\n\nNo group claimed the attack, but officials blamed the Hill Brigades & their allies.\n\nLast month, a drone hit a checkpoint in *Beta*, killing two soldiers.\n"))
    }

    @Test func frontMatterRoundTripsThroughYAML() throws {
        for a in [SiteFixture.rockets, SiteFixture.drone] {
            let (block, diags) = FrontMatter.split(ArticleMarkdown.document(a), path: "x.md")
            #expect(diags.isEmpty)
            #expect(block.fields["title"]?.stringValue == a.title)
            #expect(block.fields["published"]?.stringValue == a.published?.iso)
        }
        let tricky = ["yes", "null", "12", "1.5", "a: b", "#tag", "- dash", "\"quoted\"", "back\\slash", "line\nbreak", "2024-01-01", "@x", "ok words"]
        for s in tricky {
            let node = try Yams.compose(yaml: "k: " + FrontMatterWriter.quote(s))
            #expect(node?.mapping?["k"]?.string == s, "\(s) → \(FrontMatterWriter.quote(s))")
        }
    }

    @Test func incidentDocumentHasFieldsSourcesAndNotes() {
        let i = SiteFixture.incidents[0]
        let doc = IncidentMarkdown.document(i, articleTitles: [SiteFixture.rockets.id: SiteFixture.rockets.title])
        #expect(doc.contains("id: \"2024-03-04-alpha-air-base-rocket-attack\"\ndate: \"2024-03-04\"\ndate_precision: day\ndate_text: on Monday night\nevent_type: rocket attack\n"))
        #expect(doc.contains("killed: 0\nwounded: null\n"))
        #expect(doc.contains("status: reviewed\n---\n\n# Rocket attack in Alpha Air Base, 4 Mar 2024\n"))
        #expect(doc.contains("- **Rockets strike near air base** (`2024-03-05-rockets-strike-near-air-base`, main)\n\n  > Three rockets struck"))
        #expect(doc.contains("## Notes\n\nConfirmed by the **base statement**."))
        let ranged = IncidentMarkdown.document(SiteFixture.incidents[1])
        #expect(ranged.contains("killed_low: 2\nkilled_high: 3\n"))
        #expect(ranged.contains("> Last month, a drone hit a checkpoint in \\*Beta\\*"))
    }

    @Test func exportListsEveryDocument() {
        let out = MarkdownExport.documents(SiteFixture.corpus)
        let starts = out.components(separatedBy: "\n").filter { $0 == "---" }.count
        #expect(starts == 2 * (SiteFixture.corpus.articles.count + SiteFixture.corpus.incidents.count))
        #expect(MarkdownExport.documents(Corpus(articles: [], incidents: [], knowledge: .builtIn())) == "")
    }
}
