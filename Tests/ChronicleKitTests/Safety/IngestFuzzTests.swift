import Foundation
import PropertyBased
import Testing
@testable import ChronicleKit

/// Random and mutated articles and front matter through every input edge: no crash, no hang,
/// every result still valid (slugs URL-safe, the incidents document parses as JSON, every
/// diagnostic names the file and a line that exists). Bounded for CI: ~1200 cases, a few seconds.
/// Inputs are reproducible: the same cases every run unless `CHRONICLE_FUZZ_SEED` says otherwise,
/// and a failure names the seed and case that replay it (see `SeededCheck.swift`).
@Suite struct IngestFuzzTests {
    /// Pieces that stress the front-matter splitter, YAML, the cleaner and the extractor.
    static let fragments: [String] = [
        "---", "---\n", "...\n", "\n", "\n\n", "\r\n", "\r", "\u{FEFF}", " ", "\t", ":", ": ", "- ", "  - ", "\"", "'", "#", "&a ", "*a", "!!binary ",
        "title: ", "published: ", "date: ", "tags: ", "url: ", "outlet: ", "id: ", "killed: ", "sources:\n  - article: ", "evidence: ",
        "2024-01-02", "2024-02-30", "yesterday", "-5", "1e999", "0x1F", "null", "~", "yes", "[", "]", "{", "}", "[a, b]", "{a: b}",
        "Rockets hit a base near Erbil on Monday, officials said.", "Two mortar shells landed near the US embassy in Baghdad.",
        "BAGHDAD (AP) — ", "ERBIL, Kurdistan Region – ", "killed 3 people", "wounding at least 12", "on Sunday night",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "<!-- -->", "{{title}}", "{% raw %}",
        "=HYPERLINK(\"http://x\")", "../../etc/passwd", "/etc/passwd", "é", "ß", "İ", "ﬁ", "👩‍👩‍👧", "\u{202E}", "\u{200B}", "\u{0}", "\u{1}",
        "\u{7F}", "\u{FFFD}", "مقتل", "巴格达", String(repeating: "a", count: 300), String(repeating: "-", count: 90), String(repeating: "[", count: 70),
    ]

    static let documents = Gen<String?>.element(of: fragments).array(of: 0...40).map { $0.compactMap { $0 }.joined() }

    /// Checks what the pipeline made of `files`.
    static func checkPipeline(_ files: [SourceFile], sourceText: [String: String]) throws {
        let start = Date()
        for f in files {
            let (block, _) = FrontMatter.split(f.text, path: f.path)
            #expect(block.bodyStartLine >= 1)
        }
        let (corpus, diags) = Corpus.analyze(files: files, knowledge: .builtIn(), workers: 1)
        #expect(Date().timeIntervalSince(start) < 5, "pipeline took too long")
        for a in corpus.articles {
            #expect(!a.id.isEmpty && a.id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }, "slug \(a.id)")
            #expect(SafePath.isSafe(a.id + "/index.html"))
        }
        #expect(Set(corpus.articles.map(\.id)).count == corpus.articles.count, "duplicate article ids")
        for i in corpus.incidents { #expect(SafePath.isSafe(i.id.isEmpty ? "x" : i.id)) }
        let json = IncidentsDocument.render(corpus)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect((parsed as? [String: Any])?["articles"] is [Any])
        for d in diags {
            #expect(files.contains { $0.path == d.location.file }, "diagnostic for an unknown file: \(d)")
            if let line = d.location.line, let text = sourceText[d.location.file] {
                let lines = FrontMatter.normalizeNewlines(text).split(separator: "\n", omittingEmptySubsequences: false).count
                #expect(line >= 1 && line <= lines + 1, "line \(line) of \(lines): \(d)")
            }
            if let column = d.location.column { #expect(column >= 1) }
        }
    }

    @Test func randomDocuments() async throws {
        await seededCheck(count: 400, input: Self.documents) { text in
            let file = SourceFile(path: "a/x.md", text: text)
            try Self.checkPipeline([file, SourceFile(path: "a/y.md", text: text)], sourceText: ["a/x.md": text, "a/y.md": text])
            _ = ReviewedIncidentFile.parse(SourceFile(path: "i/x.md", text: text))
        }
    }

    @Test func randomFrontMatter() async throws {
        // Always a well-formed fence, so the YAML parser itself gets the random text.
        await seededCheck(count: 300, input: Self.documents) { yaml in
            let text = "---\n\(yaml)\n---\n\nRockets hit a base near Erbil on Monday.\n"
            try Self.checkPipeline([SourceFile(path: "a/x.md", text: text)], sourceText: ["a/x.md": text])
            let (r, diags) = ReviewedIncidentFile.parse(SourceFile(path: "i/x.md", text: text))
            if let r { #expect(IncidentFields.isValidID(r.incident.id)) } else { #expect(diags.hasErrors) }
        }
    }

    @Test func randomBytesThroughTheReader() async throws {
        await seededCheck(count: 200, input: Gen.uint8(in: 0...255).array(of: 0...600)) { bytes in
            let fs = MemoryFileSystem(files: ["c/articles/x.md": Data(bytes), "c/incidents/y.md": Data(bytes)])
            let (content, diags) = ContentLoader.load(contentDir: "c", fileSystem: fs)
            #expect(content.articles.count + diags.filter { $0.location.file == "c/articles/x.md" && $0.severity == .error }.count == 1)
            try Self.checkPipeline(content.articles, sourceText: Dictionary(uniqueKeysWithValues: content.articles.map { ($0.path, $0.text) }))
        }
    }

    /// A user's `data/places.yml` / `data/actors.yml`: mostly well-formed entries whose keys and
    /// values are drawn from awkward choices (so type, range and duplicate checks are reached),
    /// sometimes raw fragments (so the YAML parser is).
    static let knowledgeKeys = ["id", "name", "kind", "aliases", "parent", "role", "latitude", "longitude", "lat", "lon",
                                "population", "country", "admin1", "colour", "name"]
    static let knowledgeValues = ["camp-x", "Camp X", "erbil", "iraq", "site", "city", "armed-group", "town", "33.5", "-33.5",
                                  "95", "-200", "1e999", "-1e999", "nan", "1e300", "-1", "0", "2.5", "\"!!!\"", "\"\"", "~", "[a, b]",
                                  "{a: b}", "\n    - A\n    - [b]", "\"<script>alert(1)</script>\"", "&x 1", "*x", "yes"]
    static let knowledgeEntry = zip(Gen<String?>.element(of: knowledgeKeys), Gen<String?>.element(of: knowledgeValues))
        .map { "\($0 ?? "id"): \($1 ?? "x")" }.array(of: 0...6).map { "- " + $0.joined(separator: "\n  ") }
    static let knowledgeFiles = zip(Gen.bool(0.2), Gen<String?>.element(of: fragments).array(of: 0...30),
                                    knowledgeEntry.array(of: 0...5))
        .map { raw, pieces, entries in raw ? pieces.compactMap { $0 }.joined() : entries.joined(separator: "\n") + "\n" }

    /// Random knowledge-base extensions: no crash (a population of 1e999 used to trap), every
    /// diagnostic inside the file, and whatever loads is usable (ids are slugs, coordinates real).
    @Test func randomKnowledgeFiles() async throws {
        await seededCheck(count: 300, input: zip(Self.knowledgeFiles, Self.knowledgeFiles)) { places, actors in
            let fs = MemoryFileSystem(texts: ["c/data/places.yml": places, "c/data/actors.yml": actors])
            let (kb, diags) = KnowledgeBase.load(contentDir: "c", fileSystem: fs)
            let texts = ["c/data/places.yml": places, "c/data/actors.yml": actors]
            for d in diags {
                let text = try #require(texts[d.location.file], "diagnostic for an unknown file: \(d)")
                if let line = d.location.line {
                    let lines = FrontMatter.normalizeNewlines(text).split(separator: "\n", omittingEmptySubsequences: false).count
                    #expect(line >= 1 && line <= lines + 1, "line \(line) of \(lines): \(d)")
                }
            }
            let builtIn = KnowledgeBase.builtIn()
            for p in kb.gazetteer.places where builtIn.gazetteer.place(id: p.id) != p {
                #expect(Slug.make(p.id) == p.id && p.id != "untitled", "place id \(p.id)")
                #expect((p.latitude == nil) == (p.longitude == nil), "half a coordinate: \(p.id)")
                if let lat = p.latitude, let lon = p.longitude { #expect(abs(lat) <= 90 && abs(lon) <= 180, "\(p.id) at \(lat), \(lon)") }
                if let n = p.population { #expect(n >= 0) }
            }
            for a in kb.actors.actors where builtIn.actors.actor(id: a.id) != a { #expect(Slug.make(a.id) == a.id && a.id != "untitled", "actor id \(a.id)") }
            _ = kb.mentions(in: "Rockets hit Camp X near Erbil, the !!! group said.")
        }
    }

    /// The shipped example articles, cut, spliced and corrupted.
    static let examples: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content/articles").path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        let texts = names.compactMap { try? String(contentsOfFile: root + "/" + $0, encoding: .utf8) }
        return texts.isEmpty ? [goodArticle] : texts
    }()

    @Test func mutatedArticles() async throws {
        let plans = Gen.int(in: 0...1_000_000).array(of: 2...12)
        await seededCheck(count: 300, input: plans) { plan in
            var text = Array(Self.examples[plan[0] % Self.examples.count].unicodeScalars)
            for step in plan.dropFirst() {
                let at = text.isEmpty ? 0 : step % (text.count + 1)
                switch step % 5 {
                case 0: text.removeSubrange(at..<min(text.count, at + step % 200))
                case 1: text.insert(contentsOf: Self.fragments[step % Self.fragments.count].unicodeScalars, at: at)
                case 2: let piece = Array(text[at..<min(text.count, at + step % 300)]); text.insert(contentsOf: piece, at: at)
                case 3: if at < text.count { text[at] = Unicode.Scalar(UInt8(step % 128)) }
                default: text.insert(contentsOf: "\n---\n".unicodeScalars, at: at)
                }
            }
            var s = ""; s.unicodeScalars.append(contentsOf: text)
            let files = [SourceFile(path: "a/1.md", text: s), SourceFile(path: "a/2.md", text: s)]
            try Self.checkPipeline(files, sourceText: ["a/1.md": s, "a/2.md": s])
        }
    }
}
