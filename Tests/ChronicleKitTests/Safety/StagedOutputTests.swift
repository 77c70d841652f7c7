import Foundation
import Testing
@testable import ChronicleKit

@Suite struct SafePathTests {
    @Test(arguments: ["", "/etc/passwd", "../x", "a/../../b", "a/./b", "a//b", "a/", "./a", "a\u{0}b", "a\\..\\b",
                      String(repeating: "x", count: 201), "a/" + String(repeating: "é", count: 101), "a\nb", "..",
                      Array(repeating: "d", count: 40).joined(separator: "/")])
    func refused(_ path: String) {
        #expect(throws: Diagnostic.self) { try SafePath.components(path) }
        #expect(!SafePath.isSafe(path))
    }

    @Test(arguments: ["index.html", "incidents/2019-09-23-green-zone-mortar-attack/index.html", "data/incidents.json",
                      ".chronicle-site", "a..b/c.d", String(repeating: "x", count: 200)])
    func accepted(_ path: String) {
        #expect(SafePath.isSafe(path))
    }
}

@Suite struct StagedOutputTests {
    /// A project folder with Content/ and Templates/ inside, as the CLI sees it.
    func project() -> TempDir {
        let dir = TempDir("chronicle-out")
        dir.write("Content/articles/a.md", goodArticle)
        dir.write("Templates/page.mustache", "{{title}}")
        return dir
    }

    func stage(_ dir: TempDir, output: String = "Site", force: Bool = false) throws -> StagedOutput {
        try StagedOutput(outputDir: dir.path + "/" + output, contentDir: dir.path + "/Content", templatesDir: dir.path + "/Templates", force: force)
    }

    func build(_ dir: TempDir, _ files: [String: String]) throws {
        let out = try stage(dir)
        for (p, t) in files.sorted(by: { $0.key < $1.key }) { try out.write(p, Data(t.utf8)) }
        try out.commit()
    }

    func hiddenEntries(_ dir: TempDir) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test func firstBuildCreatesSiteWithMarkerAndNoStagingLeft() throws {
        let dir = project(); defer { dir.remove() }
        try build(dir, ["index.html": "<h1>hi</h1>", "a/b/c.html": "c"])
        let snap = TempDir.snapshot(dir.path + "/Site")
        #expect(Set(snap.keys) == ["index.html", "a/b/c.html", ".chronicle-site"])
        #expect(hiddenEntries(dir) == [])
    }

    /// Pages are written with open/write/close: a longer file is truncated by a shorter one, large files are
    /// written whole, and a failure names the file and the system's reason.
    @Test func filesAreWrittenWholeAndFailuresSayWhy() throws {
        let dir = TempDir("chronicle-write"); defer { dir.remove() }
        let path = dir.path + "/page.html"
        try TreeOps.writeFile(path, Data(String(repeating: "x", count: 3_000_000).utf8))
        #expect((try Data(contentsOf: URL(fileURLWithPath: path))).count == 3_000_000)
        try TreeOps.writeFile(path, Data("short".utf8))
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == "short")
        do {
            try TreeOps.writeFile(dir.path + "/missing-folder/page.html", Data("x".utf8))
            Issue.record("writing into a missing folder succeeded")
        } catch {
            #expect(error.localizedDescription == dir.path + "/missing-folder/page.html: No such file or directory")
        }
    }

    @Test func secondBuildReplacesAndRemovesOldFiles() throws {
        let dir = project(); defer { dir.remove() }
        try build(dir, ["index.html": "one", "old.html": "gone soon"])
        try build(dir, ["index.html": "two"])
        let snap = TempDir.snapshot(dir.path + "/Site")
        #expect(Set(snap.keys) == ["index.html", ".chronicle-site"])
        #expect(snap["index.html"] == Data("two".utf8))
        #expect(hiddenEntries(dir) == [])
    }

    @Test func abandonedBuildLeavesPreviousSiteUnchanged() throws {
        let dir = project(); defer { dir.remove() }
        try build(dir, ["index.html": "one", "x/y.html": "y"])
        let before = TempDir.snapshot(dir.path + "/Site")
        let out = try stage(dir)
        try out.write("index.html", Data("half-built".utf8))
        out.abandon()
        #expect(TempDir.snapshot(dir.path + "/Site") == before)
        #expect(hiddenEntries(dir) == [])
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let dir = project(); defer { dir.remove() }
        try build(dir, ["same.html": "same bytes", "changes.html": "v1"])
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for f in ["same.html", "changes.html"] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: dir.path + "/Site/" + f)
        }
        try build(dir, ["same.html": "same bytes", "changes.html": "v2"])
        let same = try FileManager.default.attributesOfItem(atPath: dir.path + "/Site/same.html")[.modificationDate] as? Date
        let changed = try FileManager.default.attributesOfItem(atPath: dir.path + "/Site/changes.html")[.modificationDate] as? Date
        #expect(same == old)
        #expect(changed != old)
        #expect(FileManager.default.contents(atPath: dir.path + "/Site/changes.html") == Data("v2".utf8))
    }

    @Test func rewritingAHardLinkedFileNeverTouchesThePreviousSite() throws {
        let dir = project(); defer { dir.remove() }
        try build(dir, ["p.html": "keep"])
        let out = try stage(dir)
        try out.write("p.html", Data("keep".utf8))      // hard-linked to Site/p.html
        try out.write("p.html", Data("changed".utf8))   // must not write through the link
        #expect(FileManager.default.contents(atPath: dir.path + "/Site/p.html") == Data("keep".utf8))
        out.abandon()
        #expect(FileManager.default.contents(atPath: dir.path + "/Site/p.html") == Data("keep".utf8))
    }

    @Test func foreignFolderIsRefusedUnlessForced() throws {
        let dir = project(); defer { dir.remove() }
        dir.write("Site/thesis.docx", "precious")
        #expect(throws: BuildFailure.self) { _ = try stage(dir) }
        do { _ = try stage(dir) } catch let f as BuildFailure {
            #expect(f.errors.first?.message.contains("no .chronicle-site marker") == true)
        }
        #expect(FileManager.default.contents(atPath: dir.path + "/Site/thesis.docx") == Data("precious".utf8))
        #expect(hiddenEntries(dir) == [])
        let forced = try stage(dir, force: true)
        try forced.write("index.html", Data("x".utf8))
        try forced.commit()
        #expect(Set(TempDir.snapshot(dir.path + "/Site").keys) == ["index.html", ".chronicle-site"])
    }

    @Test func emptyFolderIsAccepted() throws {
        let dir = project(); defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path + "/Site", withIntermediateDirectories: true)
        try build(dir, ["index.html": "x"])
        #expect(FileManager.default.fileExists(atPath: dir.path + "/Site/.chronicle-site"))
    }

    @Test(arguments: ["Content", "Templates", "Content/articles", "Templates/partials", ".", "Content/.."])
    func dangerousOutputsAreRefusedEvenWithForce(_ output: String) throws {
        let dir = project(); defer { dir.remove() }
        let before = TempDir.snapshot(dir.path)
        for force in [false, true] {
            #expect(throws: BuildFailure.self) { _ = try stage(dir, output: output, force: force) }
        }
        #expect(TempDir.snapshot(dir.path) == before)
    }

    @Test func outputContainingContentIsRefused() throws {
        let dir = project(); defer { dir.remove() }
        #expect(throws: BuildFailure.self) {
            _ = try StagedOutput(outputDir: dir.path, contentDir: dir.path + "/Content", templatesDir: dir.path + "/Templates", force: true)
        }
    }

    @Test func rootHomeAndCurrentFolderAreRefused() throws {
        let dir = project(); defer { dir.remove() }
        var targets = ["/", FileManager.default.currentDirectoryPath]
        if let home = ProcessInfo.processInfo.environment["HOME"] { targets.append(home) }
        for t in targets {
            #expect(throws: BuildFailure.self) {
                _ = try StagedOutput(outputDir: t, contentDir: dir.path + "/Content", templatesDir: dir.path + "/Templates", force: true)
            }
        }
    }

    @Test func symlinkedAliasOfContentIsRefused() throws {
        let dir = project(); defer { dir.remove() }
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/alias", withDestinationPath: dir.path + "/Content")
        #expect(throws: BuildFailure.self) { _ = try stage(dir, output: "alias/articles", force: true) }
        #expect(throws: BuildFailure.self) { _ = try stage(dir, output: "alias", force: true) }
        #expect(FileManager.default.fileExists(atPath: dir.path + "/Content/articles/a.md"))
    }

    @Test func unsafePathsAreRefusedAndWriteNothingOutside() throws {
        let dir = project(); defer { dir.remove() }
        let out = try stage(dir)
        for p in ["../escaped.html", "/tmp/escaped.html", "a/../../escaped.html", "x\u{0}.html"] {
            #expect(throws: Diagnostic.self) { try out.write(p, Data("x".utf8)) }
        }
        out.abandon()
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/escaped.html"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escaped.html"))
    }

    @Test func staleStagingFromAKilledBuildIsCleanedUp() throws {
        let dir = project(); defer { dir.remove() }
        try build(dir, ["index.html": "one"])
        // A dead build's leftover (pid 2^22+1 is above Linux's pid_max default, so never alive).
        dir.write(".Site.staging-4194305/.chronicle-site", StagedOutput.markerText)
        dir.write(".Site.staging-4194305/index.html", "half")
        // Something that merely looks like one but is not chronicle's is left alone.
        dir.write(".Site.staging-4194306/notes.txt", "mine")
        try build(dir, ["index.html": "two"])
        #expect(hiddenEntries(dir) == [".Site.staging-4194306"])
        #expect(FileManager.default.contents(atPath: dir.path + "/Site/index.html") == Data("two".utf8))
    }

    @Test func outputThatIsAFileIsRefused() throws {
        let dir = project(); defer { dir.remove() }
        dir.write("Site", "a file")
        #expect(throws: BuildFailure.self) { _ = try stage(dir, force: true) }
        #expect(FileManager.default.contents(atPath: dir.path + "/Site") == Data("a file".utf8))
    }

    @Test func pathHelpersHandleShortRelativeNames() {
        // NSString's deletingLastPathComponent traps on "A" in this Foundation; these must not.
        #expect(StagedOutput.parent(of: "A") == ".")
        #expect(StagedOutput.parent(of: "/A") == "/")
        #expect(StagedOutput.parent(of: "out/A/") == "out")
        #expect(StagedOutput.lastComponent(of: "out/A/") == "A")
        #expect(StagedOutput.absolute("/x/./y/../z") == "/x/z")
        #expect(StagedOutput.resolve("/") == "/")
        #expect(StagedOutput.isInside("/a/b", "/a") && !StagedOutput.isInside("/ab", "/a") && !StagedOutput.isInside("/a", "/a"))
    }

    @Test func parallelWritesLandIntact() throws {
        let dir = project(); defer { dir.remove() }
        let out = try stage(dir)
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            try? out.write("d\(i % 7)/e\(i % 3)/f\(i).html", Data("file \(i)".utf8))
        }
        try out.commit()
        let snap = TempDir.snapshot(dir.path + "/Site")
        #expect(snap.count == 201)
        #expect(snap["d3/e2/f17.html"] == Data("file 17".utf8))
    }
}
