import Foundation
import Testing
@testable import ChronicleKit

/// Bad input that cannot be committed as a fixture: huge files, symlink loops, pipes,
/// unreadable files, missing folders. Each must give an error naming the file, never a hang.
@Suite struct ContentEdgeTests {
    func messages(_ dir: TempDir) -> [String] {
        let (_, diags) = ContentLoader.analyze(contentDir: dir.path, knowledge: .builtIn(), workers: 1)
        return diags.map { $0.description.replacingOccurrences(of: dir.path + "/", with: "") }
    }

    @Test func fiftyMegabyteArticleIsTooLargeNotACrash() throws {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("articles/good.md", goodArticle)
        var big = Data("---\ntitle: Huge\n---\n\n".utf8)
        big.append(Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024))
        dir.write("articles/huge.md", big)
        let start = Date()
        let got = messages(dir)
        #expect(got == ["articles/huge.md: error: file is too large (52428821 bytes; the limit is 10 MB); split it or remove it"])
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func sizeLimitAlsoHoldsWithoutStat() {
        // A file system that cannot tell sizes up front still refuses after reading.
        let fs = MemoryFileSystem(files: ["c/articles/big.md": Data(repeating: 0x61, count: ContentReader.maxFileBytes + 1)])
        let (_, diags) = ContentLoader.load(contentDir: "c", fileSystem: NoSizeFS(inner: fs))
        #expect(diags.map(\.description) == ["c/articles/big.md: error: file is too large (10485761 bytes; the limit is 10 MB); split it or remove it"])
    }

    @Test func symlinkLoopsAndBrokenLinksAreNamedAndListingEnds() throws {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("articles/good.md", goodArticle)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/articles/loop-a.md", withDestinationPath: dir.path + "/articles/loop-b.md")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/articles/loop-b.md", withDestinationPath: dir.path + "/articles/loop-a.md")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/articles/gone.md", withDestinationPath: dir.path + "/nowhere.md")
        // A folder that links to its own parent: following it would walk forever.
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/articles/again", withDestinationPath: dir.path + "/articles")
        let got = messages(dir)
        #expect(got == [
            "articles/again: warning: symlinked folder is not followed; copy or move its files here instead",
            "articles/gone.md: error: broken symlink (No such file or directory); remove it or point it at a file",
            "articles/loop-a.md: error: symlink loop; remove it or point it at a file",
            "articles/loop-b.md: error: symlink loop; remove it or point it at a file",
        ])
    }

    @Test func symlinkToAFileIsRead() throws {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("elsewhere/real.md", goodArticle)
        try FileManager.default.createDirectory(atPath: dir.path + "/articles", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/articles/linked.md", withDestinationPath: dir.path + "/elsewhere/real.md")
        let (content, diags) = ContentLoader.load(contentDir: dir.path)
        #expect(diags.isEmpty)
        #expect(content.articles.map(\.fileName) == ["linked.md"])
    }

    @Test func namedPipeIsAnErrorNotAHang() throws {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("articles/good.md", goodArticle)
        #expect(mkfifo(dir.path + "/articles/pipe.md", 0o644) == 0)
        #expect(messages(dir) == ["articles/pipe.md: error: not a regular file (pipe, socket or device); remove it"])
        // Named directly (as `chronicle extract PATH` does), it is refused too.
        let (file, diags) = ContentReader().read(dir.path + "/articles/pipe.md")
        #expect(file == nil)
        #expect(diags.first?.message == "cannot read file: not a regular file; check that it exists, is a regular file and is readable")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file; permissions cannot make one unreadable"))
    func unreadableFileIsNamed() throws {
        let dir = TempDir(); defer { dir.remove() }
        let p = dir.write("articles/secret.md", goodArticle)
        chmod(p, 0)
        let got = messages(dir)
        #expect(got.count == 1 && got[0].hasPrefix("articles/secret.md: error: cannot read file"))
    }

    @Test func missingFoldersAreErrors() {
        let dir = TempDir(); defer { dir.remove() }
        #expect(messages(dir) == ["articles: error: articles folder not found; put the news reports (.md or .txt) in it"])
        // The templates folder is checked where the build loads it (also covered end to end by
        // BuildEdgeTests.missingTemplatesFolder).
        let (templates, templateDiags) = TemplateSet.load(folder: dir.path + "/Templates", fileSystem: DiskFileSystem())
        #expect(templates == nil)
        #expect(templateDiags.map { $0.description.replacingOccurrences(of: dir.path + "/", with: "") }
                == ["Templates: error: templates folder not found; pass --templates PATH or copy the Templates/ folder shipped with chronicle next to Content/"])
        let (_, diags) = ContentLoader.load(contentDir: dir.path + "/nope")
        #expect(diags.count == 1 && diags[0].severity == .error && diags[0].message.hasPrefix("content folder not found"))
    }

    @Test func hiddenFilesAreSkippedQuietly() {
        let dir = TempDir(); defer { dir.remove() }
        dir.write("articles/good.md", goodArticle)
        dir.write("articles/.DS_Store", Data([0, 1, 2, 0]))
        dir.write("articles/.git/objects/x", Data([0, 1, 2]))
        #expect(messages(dir) == [])
    }

    @Test func sameTitleGivesDistinctDeterministicSlugs() {
        let files = (1...3).map { SourceFile(path: "a/\($0).md", text: goodArticle) }
        let (one, _) = Corpus.analyze(files: files, knowledge: .builtIn(), workers: 1)
        let (many, _) = Corpus.analyze(files: files.reversed().reversed(), knowledge: .builtIn(), workers: 4)
        #expect(one.articles.map(\.id) == ["2024-01-02-rockets-hit-base", "2024-01-02-rockets-hit-base-2", "2024-01-02-rockets-hit-base-3"])
        #expect(many.articles.map(\.id) == one.articles.map(\.id))
        #expect(one.articles.map(\.path) == ["a/1.md", "a/2.md", "a/3.md"])
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "a\u{0}b", String(repeating: "x", count: 5000), "..", ".", "",
                      "<script>alert(1)</script>", "C:\\Windows\\system32", "%2e%2e%2f", "ＡＢＣ", "💣💣", "—", "con", "a/../../b"])
    func titlesGiveSafeSlugs(_ title: String) {
        let slug = ArticleIngester.baseSlug(title: title, published: Day(iso: "2024-01-02"))
        #expect(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }, "\(slug)")
        #expect(!slug.contains("--") && !slug.hasSuffix("-") && slug.utf8.count <= 100)
        #expect(SafePath.isSafe(slug + "/index.html"))
        let bare = Slug.make(title)
        #expect(!bare.isEmpty && bare != "." && bare != ".." && SafePath.isSafe(bare))
    }
}

/// Hides sizes, as a file system that cannot stat would.
struct NoSizeFS: FileSystem {
    let inner: MemoryFileSystem
    func listFiles(in folder: String) throws -> [String] { try inner.listFiles(in: folder) }
    func readData(_ path: String) throws -> Data { try inner.readData(path) }
    func fileExists(_ path: String) -> Bool { inner.fileExists(path) }
    func directoryExists(_ path: String) -> Bool { inner.directoryExists(path) }
    func fileSize(_ path: String) -> Int? { nil }
}
