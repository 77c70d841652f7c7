import Foundation
import Testing
@testable import ChronicleKit

/// Whole-build failures: every error listed, exit status 1, the previous site untouched,
/// Content/ never written.
@Suite(.serialized, .enabled(if: SafetySite.ready, "needs the site templates"))
struct BuildEdgeTests {
    /// A project with a copy of the shipped templates (so tests can break them) and a small corpus.
    static func project() throws -> TempDir {
        let dir = TempDir("chronicle-build")
        try FileManager.default.copyItem(atPath: SafetySite.templates, toPath: dir.path + "/Templates")
        SafetySite.generateCorpus(5, into: dir.path + "/Content")
        return dir
    }

    static func build(_ dir: TempDir, templates: String? = nil) -> [String] {
        do {
            _ = try SiteBuilder.build(BuildOptions(contentDir: dir.path + "/Content", templatesDir: templates ?? dir.path + "/Templates",
                                                   outputDir: dir.path + "/Site", workers: 2))
            return []
        } catch let f as BuildFailure {
            return f.errors.map { $0.description.replacingOccurrences(of: dir.path + "/", with: "") }
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    /// Builds once successfully, breaks something, builds again: errors expected, site unchanged.
    func failsKeepingPreviousSite(_ dir: TempDir, templates: String? = nil, _ breakIt: () throws -> Void) throws -> [String] {
        #expect(Self.build(dir) == [])
        let before = TempDir.snapshot(dir.path + "/Site")
        #expect(!before.isEmpty)
        try breakIt()
        let errors = Self.build(dir, templates: templates)
        #expect(TempDir.snapshot(dir.path + "/Site") == before)
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".Site") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        return errors
    }

    @Test func missingTemplatesFolder() throws {
        let dir = try Self.project(); defer { dir.remove() }
        let errors = try failsKeepingPreviousSite(dir, templates: dir.path + "/NoTemplates") {}
        #expect(errors == ["NoTemplates: error: templates folder not found; pass --templates PATH or copy the Templates/ folder shipped with chronicle next to Content/"])
    }

    @Test func templateSyntaxErrorAndMissingPartialAreAllListed() throws {
        let dir = try Self.project(); defer { dir.remove() }
        let errors = try failsKeepingPreviousSite(dir) {
            try "<h1>{{#title}}\n<p>never closed</p>\n".write(toFile: dir.path + "/Templates/404.mustache", atomically: true, encoding: .utf8)
            let actor = try String(contentsOfFile: dir.path + "/Templates/actor.mustache", encoding: .utf8)
            try ("line one\n  {{> no-such-partial}}\n" + actor).write(toFile: dir.path + "/Templates/actor.mustache", atomically: true, encoding: .utf8)
        }
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("Templates/404.mustache:") && $0.contains("error: template syntax error") })
        #expect(errors.contains("Templates/actor.mustache:2:3: error: partial 'no-such-partial' does not exist; create Templates/no-such-partial.mustache or fix the name"), "\(errors)")
    }

    @Test func everyContentErrorIsListedAndContentIsNeverWritten() throws {
        let dir = try Self.project(); defer { dir.remove() }
        let contentBefore = TempDir.snapshot(dir.path + "/Content")
        var contentAfterBreak: [String: Data] = [:]
        let errors = try failsKeepingPreviousSite(dir) {
            dir.write("Content/articles/zz-bad-date.md", "---\ntitle: A\npublished: yesterday\n---\n\nText.\n")
            dir.write("Content/articles/zz-binary.md", Data([1, 0, 2]))
            dir.write("Content/incidents/zz-bad.md", "---\nid: ../../etc/passwd\n---\n")
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/Content/incidents/loop.md", withDestinationPath: dir.path + "/Content/incidents/loop.md")
            contentAfterBreak = TempDir.snapshot(dir.path + "/Content")
        }
        #expect(errors.count == 4, "\(errors)")
        for needle in ["articles/zz-bad-date.md:3:1: error: 'published: yesterday'", "articles/zz-binary.md: error: binary file",
                       "incidents/zz-bad.md:2:1: error: incident id '../../etc/passwd' is malformed", "incidents/loop.md: error: symlink loop"] {
            #expect(errors.contains { $0.contains(needle) }, "\(needle) not in \(errors)")
        }
        #expect(TempDir.snapshot(dir.path + "/Content") == contentAfterBreak)
        #expect(!contentBefore.isEmpty)
    }

    @Test(.enabled(if: CLIRunner.executable != nil, "needs the built chronicle executable"))
    func cliRefusesAForeignOutputFolderAndDeletesNothing() throws {
        let dir = try Self.project(); defer { dir.remove() }
        dir.write("Site/thesis.tex", "years of work")
        let r = try CLIRunner.run(["build", "--content", "Content", "--templates", "Templates", "--output", "Site"], in: dir.path)
        #expect(r.status == 1 && !r.signaled)
        #expect(r.stderr.contains("Site: error: the output folder holds files but was not made by chronicle (no .chronicle-site marker); nothing was deleted"), "\(r.stderr)")
        #expect(TempDir.snapshot(dir.path + "/Site") == ["thesis.tex": Data("years of work".utf8)])
        let c = try CLIRunner.run(["build", "--content", "Content", "--templates", "Templates", "--output", "Content"], in: dir.path)
        #expect(c.status == 1 && c.stderr.contains("is the content folder"), "\(c.stderr)")
        let forced = try CLIRunner.run(["build", "--content", "Content", "--templates", "Templates", "--output", "Site", "--force"], in: dir.path)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/Site/.chronicle-site"))
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/Site/thesis.tex"))
    }
}
