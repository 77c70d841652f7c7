import Foundation
import Testing
@testable import ChronicleKit

/// Hugo-style integration test: a whole content folder in one text block, built through the real
/// `SiteBuilder` recipe (settings, reader, reviewed incidents, templates) into memory.
@Suite struct InlineSiteTests {
    static let files = """
    -- Content/site.yml --
    title: Inline Chronicle
    description: Built from one text block.
    base_url: https://example.net/sub/
    language: en
    -- Content/articles/2024-05-01-report.md --
    ---
    title: Shelling reported in the north
    published: 2024-05-01
    outlet: Inline News
    ---
    Shells fell on the outskirts overnight, residents said.

    A | B
    - | -
    1 | 2
    -- Content/articles/notes.pdf --
    not an article
    -- Content/incidents/2024-04-30-north-other.md --
    ---
    id: 2024-04-30-north-other
    status: reviewed
    date: 2024-04-30
    event_type: other
    sources:
      - article: 2024-05-01-shelling-reported-in-the-north
        role: main
        evidence: "Shells fell on the outskirts overnight, residents said."
    ---
    Reviewer checked **two** sources.
    """

    static func parse(_ block: String) -> [String: String] {
        var out: [String: String] = [:]
        var current: String?
        var lines: [String] = []
        func flush() { if let c = current { out[c] = lines.joined(separator: "\n") + "\n" } }
        for line in block.components(separatedBy: "\n") {
            if line.hasPrefix("-- "), line.hasSuffix(" --") {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else { lines.append(line) }
        }
        flush()
        return out
    }

    static func fileSystem(_ content: [String: String]) throws -> MemoryFileSystem {
        var texts = content
        for (path, text) in try TemplateSetTests.shipped() { texts["Templates/" + path.dropFirst(2)] = text }
        var fs = MemoryFileSystem(texts: texts)
        fs.files["Templates/static/style.css"] = try Data(contentsOf: URL(fileURLWithPath: SiteFixture.templatesDir + "/static/style.css"))
        return fs
    }

    @Test func buildsPagesFromInlineContent() throws {
        let sink = MemorySink()
        let summary = try SiteBuilder.build(BuildOptions(workers: 2), fileSystem: try Self.fileSystem(Self.parse(Self.files)), into: sink)
        #expect(summary.articles == 1)
        #expect(summary.warnings.contains { $0.location.file == "Content/articles/notes.pdf" })
        let article = try #require(sink.text("articles/2024-05-01-shelling-reported-in-the-north/index.html"))
        #expect(article.contains("<h1>Shelling reported in the north</h1>"))
        // The reviewed incident quotes this sentence as its evidence, so it is marked.
        #expect(article.contains("<p><mark id=\"ev-1\" class=\"evidence\">Shells fell on the outskirts overnight, residents said.</mark></p>"))
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.net/sub/articles/2024-05-01-shelling-reported-in-the-north/\">"))
        let incident = try #require(sink.text("incidents/2024-04-30-north-other/index.html"))
        #expect(incident.contains("Reviewer checked <strong>two</strong> sources."))
        #expect(sink.text("index.html")?.contains("<title>Inline Chronicle</title>") == true)
        #expect(sink.files["style.css"] != nil)
        #expect(LinkCheck.broken(sink.files, basePath: "/sub/").isEmpty)
    }

    @Test func baseURLOptionOverridesSettings() throws {
        let sink = MemorySink()
        _ = try SiteBuilder.build(BuildOptions(baseURL: "/other/", workers: 1), fileSystem: try Self.fileSystem(Self.parse(Self.files)), into: sink)
        #expect(sink.text("timeline/index.html")?.contains("href=\"/other/style.css\"") == true)
    }

    @Test func brokenTemplateStopsTheBuildWithItsPosition() throws {
        var fs = try Self.fileSystem(Self.parse(Self.files))
        fs.files["Templates/index.mustache"] = Data("{{<base}}{{$content}}\n{{>stats-box}}\n{{/content}}{{/base}}\n".utf8)
        let sink = MemorySink()
        #expect {
            _ = try SiteBuilder.build(BuildOptions(), fileSystem: fs, into: sink)
        } throws: { error in
            (error as? BuildFailure)?.errors.map(\.description) == ["Templates/index.mustache:2:1: error: partial 'stats-box' does not exist; create Templates/stats-box.mustache or fix the name"]
        }
        #expect(sink.files.isEmpty, "nothing is written when the build fails")
    }

    @Test func badSettingsAreErrors() throws {
        var content = Self.parse(Self.files)
        content["Content/site.yml"] = "title: X\nbase_url: nope\n"
        #expect(throws: BuildFailure.self) {
            _ = try SiteBuilder.build(BuildOptions(), fileSystem: try Self.fileSystem(content), into: MemorySink())
        }
    }
}
