import Foundation
import Testing
@testable import ChronicleKit

/// Each folder under `Fixtures/bad-input/` is a small content folder with one kind of bad input
/// and an `expected.txt` holding the exact diagnostics chronicle must print for it (paths
/// relative to the case folder), one per line, in the sorted order the CLI uses. Cases named
/// `data-*` break the knowledge-base extensions `data/places.yml` and `data/actors.yml`.
@Suite struct BadInputFixtureTests {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("bad-input")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// What `chronicle build` would report for the case's content (paths made relative).
    /// Like the build, the knowledge base is the built-in one extended by the case's `data/*.yml`.
    static func diagnostics(for name: String) -> [String] {
        let dir = root.appendingPathComponent(name).path
        let (knowledge, knowledgeDiags) = KnowledgeBase.load(contentDir: dir, fileSystem: DiskFileSystem())
        let (_, diags) = ContentLoader.analyze(contentDir: dir, knowledge: knowledge, workers: 1)
        return (knowledgeDiags + diags).sorted().map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }

    @Test func everyCaseHasAnExpectation() throws {
        #expect(Self.cases.count >= 20)
        for name in Self.cases {
            let expected = Self.root.appendingPathComponent(name).appendingPathComponent("expected.txt").path
            #expect(FileManager.default.fileExists(atPath: expected), "missing expected.txt for \(name)")
        }
    }

    @Test(arguments: BadInputFixtureTests.cases)
    func reportsExactly(_ name: String) throws {
        let expectedURL = Self.root.appendingPathComponent(name).appendingPathComponent("expected.txt")
        let expected = (try? String(contentsOf: expectedURL, encoding: .utf8))?
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty } ?? []
        let actual = Self.diagnostics(for: name)
        if let dump = ProcessInfo.processInfo.environment["CHRONICLE_DUMP_FIXTURES"] { // for reviewing new cases by eye
            try? (actual.joined(separator: "\n") + "\n").write(toFile: dump + "/" + name + ".actual", atomically: true, encoding: .utf8)
        }
        #expect(actual == expected, "\(name) reported:\n\(actual.joined(separator: "\n"))")
    }
}
