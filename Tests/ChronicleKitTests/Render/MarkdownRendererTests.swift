import Foundation
import Testing
@testable import ChronicleKit

@Suite struct MarkdownRendererTests {
    static func document(_ i: Int) -> String {
        """
        # Report \(i)

        Paragraph **\(i)** with a [link](https://example.org/\(i)) and `code \(i)`.

        | n | square |
        | - | ------ |
        | \(i) | \(i * i) |

        - item \(i % 7)
        - ~~gone~~ <em>raw \(i)</em>

        """
    }

    @Test func concurrentRenderingMatchesSerial() {
        let docs = (0..<2000).map(Self.document)
        let serial = docs.map(MarkdownRenderer.html)
        let concurrent = Parallel.map(docs, workers: 16) { MarkdownRenderer.html($0) }
        #expect(serial.count == concurrent.count)
        var mismatches = 0
        for i in docs.indices where serial[i] != concurrent[i] { mismatches += 1 }
        #expect(mismatches == 0)
        #expect(Set(serial).count == docs.count, "documents differ, so outputs must too")
    }

    @Test func tablesStrikethroughAndAutolinksRender() {
        let html = MarkdownRenderer.html(Self.document(3) + "\nsee https://example.org now\n")
        #expect(html.contains("<table>") && html.contains("<th>square</th>") && html.contains("<td>9</td>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"https://example.org\">https://example.org</a>"))
    }

    @Test func rawHTMLAndScriptsDoNotPass() {
        let html = MarkdownRenderer.html("a <script>alert(1)</script> b\n\n<script>x()</script>\n\n[x](javascript:alert(1))\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
    }
}

@Suite struct EvidenceMarkerTests {
    @Test func marksAroundEmphasisAndEscapedText() {
        let paras = ["Before. A *quick* & bold claim. After."]
        let anchors = EvidenceAnchors(corpus: Corpus(
            articles: [Article(id: "a", file: "a", path: "a", title: "A", paragraphs: paras)],
            incidents: [Incident(id: "i", sources: [IncidentSource(article: "a", role: .main, evidence: "A *quick* & bold claim.")])],
            knowledge: KnowledgeBase.builtIn()))
        #expect(anchors.anchor(article: "a", evidence: "A *quick* & bold claim.") == "ev-1")
        let html = EvidenceMarker.replaceMarkers(in: MarkdownRenderer.html(ArticleMarkdown.body(
            EvidenceMarker.insertMarkers(paras, spans: anchors.spans["a"] ?? []))))
        #expect(html == "<p>Before. <mark id=\"ev-1\" class=\"evidence\">A <em>quick</em> &amp; bold claim.</mark> After.</p>\n")
    }

    @Test func crossingMarkupFallsBackToAnEmptyAnchor() {
        // The sentence ends inside an emphasis, so a <mark> around it could not nest.
        let paras = ["One *two three* four."]
        let spans = [EvidenceAnchors.Span(paragraph: 0, start: 0, end: 9, number: 1)]
        let html = EvidenceMarker.replaceMarkers(in: MarkdownRenderer.html(ArticleMarkdown.body(EvidenceMarker.insertMarkers(paras, spans: spans))))
        #expect(html.contains("<span id=\"ev-1\" class=\"evidence-anchor\"></span>"))
        #expect(!html.contains("\u{E000}") && !html.contains("\u{E002}") && !html.contains("<mark"))
    }

    @Test func sharedAndOverlappingSentencesShareOneAnchor() {
        let paras = ["Alpha beta gamma. Delta epsilon."]
        let corpus = Corpus(
            articles: [Article(id: "a", file: "a", path: "a", title: "A", paragraphs: paras)],
            incidents: [Incident(id: "1", sources: [IncidentSource(article: "a", role: .main, evidence: "Delta epsilon.")]),
                        Incident(id: "2", sources: [IncidentSource(article: "a", role: .main, evidence: "Alpha beta gamma. Delta epsilon.")]),
                        Incident(id: "3", sources: [IncidentSource(article: "a", role: .main, evidence: "Delta epsilon.")])],
            knowledge: KnowledgeBase.builtIn())
        let anchors = EvidenceAnchors(corpus: corpus)
        #expect(anchors.spans["a"]?.count == 1)
        #expect(anchors.anchor(article: "a", evidence: "Delta epsilon.") == "ev-1")
        #expect(anchors.anchor(article: "a", evidence: "Alpha beta gamma. Delta epsilon.") == "ev-1")
    }

    @Test func markerCharactersInTextCannotForgeMarks() {
        let paras = ["x \u{E000}7\u{E001}y\u{E002} z"]
        let html = EvidenceMarker.replaceMarkers(in: MarkdownRenderer.html(ArticleMarkdown.body(EvidenceMarker.insertMarkers(paras, spans: []))))
        #expect(!html.contains("<mark") && !html.contains("ev-7"))
    }
}
