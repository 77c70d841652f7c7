import Foundation
import Testing
@testable import ChronicleKit

@Suite struct TemplateSetTests {
    /// The shipped templates in memory, so each test can break one of them.
    static func shipped() throws -> [String: String] {
        let fs = DiskFileSystem()
        var out: [String: String] = [:]
        for rel in try fs.listFiles(in: SiteFixture.templatesDir) where rel.hasSuffix(".mustache") {
            out["T/" + rel] = String(decoding: try fs.readData(SiteFixture.templatesDir + "/" + rel), as: UTF8.self)
        }
        return out
    }

    @Test func shippedTemplatesLoadClean() throws {
        let (set, diags) = TemplateSet.load(folder: "T", fileSystem: MemoryFileSystem(texts: try Self.shipped()))
        #expect(set != nil)
        #expect(diags.isEmpty, "\(diags)")
    }

    @Test func missingPartialIsReportedWithPosition() throws {
        var files = try Self.shipped()
        files["T/actors.mustache"] = "{{<base}}{{$content}}\n<p>\n  x {{> actor-card }}</p>\n{{/content}}{{/base}}\n"
        let (set, diags) = TemplateSet.load(folder: "T", fileSystem: MemoryFileSystem(texts: files))
        #expect(set == nil)
        let d = try #require(diags.first)
        #expect(d.description == "T/actors.mustache:3:5: error: partial 'actor-card' does not exist; create T/actor-card.mustache or fix the name")
    }

    @Test func missingParentIsReported() throws {
        var files = try Self.shipped()
        files["T/404.mustache"] = "{{<layout}}{{$content}}x{{/content}}{{/layout}}"
        let (_, diags) = TemplateSet.load(folder: "T", fileSystem: MemoryFileSystem(texts: files))
        #expect(diags.map(\.description) == ["T/404.mustache:1:1: error: parent template 'layout' does not exist; create T/layout.mustache or fix the name"])
    }

    @Test func syntaxErrorCarriesLineAndColumn() throws {
        var files = try Self.shipped()
        files["T/timeline.mustache"] = "line one\n{{#years}}\n<p>{{label}}</p>\n{{/months}}\n"
        let (_, diags) = TemplateSet.load(folder: "T", fileSystem: MemoryFileSystem(texts: files))
        let d = try #require(diags.first)
        #expect(d.location.file == "T/timeline.mustache")
        #expect(d.location.line == 4)
        #expect(d.location.column != nil)
        #expect(d.message.contains("section closed with the wrong name"))
    }

    @Test func missingFolderAndRequiredTemplate() throws {
        let (none, d1) = TemplateSet.load(folder: "nowhere", fileSystem: MemoryFileSystem())
        #expect(none == nil)
        #expect(d1.first?.message.contains("templates folder not found") == true)
        var files = try Self.shipped()
        files["T/incident.mustache"] = nil
        let (_, d2) = TemplateSet.load(folder: "T", fileSystem: MemoryFileSystem(texts: files))
        #expect(d2.map(\.location.file) == ["T/incident.mustache"])
        #expect(d2.first?.message.contains("required template is missing") == true)
    }

    @Test func referencesSkipDynamicPartialsAndCountColumns() {
        let refs = TemplateSet.references(in: "ab\n{{>x}} {{< y }}{{>*dyn}}")
        #expect(refs.map { "\($0.kind)\($0.name)@\($0.line):\($0.column)" } == [">x@2:1", "<y@2:8"])
    }

    @Test func variablesAreEscapedAndTripleBracesAreNot() throws {
        let set = try SiteFixture.templates()
        var t = set.library
        try t.register("{{v}}|{{{v}}}", named: "probe")
        #expect(t.render(["v": "<b>&"], withTemplate: "probe") == "&lt;b&gt;&amp;|<b>&")
    }
}
