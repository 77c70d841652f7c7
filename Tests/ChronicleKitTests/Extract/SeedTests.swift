import Foundation
import Testing
@testable import ChronicleKit

/// Runs the extractor on the project's reference articles (`../shared/seeds`, outside the package) with
/// their publication days from the gold file, as `scripts/score-seeds.sh` does, and checks that every main
/// incident is found on its day and that no raw article gets a wrong publication day.
/// Skipped, with the reason recorded, when the reference folder is not there (e.g. a fresh clone).
@Suite("Seeds")
struct SeedTests {
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")
    static var available: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("gold/seeds.json").path)
            && FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds").path)
    }

    struct GoldIncident { var date: String?; var precision: String; var role: String; var eventType: String; var place: String? }
    struct GoldArticle { var file: String; var published: String?; var alternatives: [String]; var incidents: [GoldIncident] }

    static func gold() throws -> [GoldArticle] {
        let data = try Data(contentsOf: shared.appendingPathComponent("gold/seeds.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let arts = try #require(root["articles"] as? [[String: Any]])
        return arts.map { a in
            GoldArticle(file: a["file"] as? String ?? "", published: a["published"] as? String,
                        alternatives: a["published_alternatives"] as? [String] ?? [],
                        incidents: (a["incidents"] as? [[String: Any]] ?? []).map { i in
                            GoldIncident(date: i["date"] as? String, precision: i["date_precision"] as? String ?? "day",
                                         role: i["role"] as? String ?? "main", eventType: i["event_type"] as? String ?? "other",
                                         place: i["place"] as? String)
                        })
        }
    }

    static func corpus(dated: Bool) throws -> (Corpus, [GoldArticle]) {
        let gold = try gold()
        var files: [SourceFile] = []
        for g in gold {
            let raw = try String(contentsOf: shared.appendingPathComponent("seeds").appendingPathComponent(g.file), encoding: .utf8)
            if dated, let p = g.published {
                files.append(SourceFile(path: String(g.file.dropLast(4)) + ".md", text: "---\npublished: \(p)\n---\n" + raw))
            } else {
                files.append(SourceFile(path: g.file, text: raw))
            }
        }
        return (Corpus.analyze(files: files, knowledge: KnowledgeBase.builtIn(), workers: 1).0, gold)
    }

    static func stem(_ f: String) -> String { f.split(separator: ".").first.map(String.init) ?? f }

    @Test(.enabled(if: SeedTests.available, "../shared (reference seeds and gold) is not next to the package"))
    func mainIncidentsAreFoundOnTheirDays() throws {
        let (corpus, gold) = try Self.corpus(dated: true)
        var found = 0, total = 0, spurious = 0
        for g in gold {
            let article = try #require(corpus.articles.first { Self.stem($0.file) == Self.stem(g.file) })
            let cited = corpus.incidents.filter { $0.sources.contains { $0.article == article.id } }
            let mains = g.incidents.filter { $0.role == "main" && $0.date != nil }
            for m in mains {
                total += 1
                let hit = cited.contains { inc in
                    inc.date?.iso == m.date && inc.datePrecision.rawValue == m.precision
                        && inc.sources.contains { $0.article == article.id && $0.role == .main }
                }
                if hit { found += 1 } else { Issue.record("\(g.file): main incident on \(m.date ?? "?") not found") }
            }
            let goldDays = Set(g.incidents.compactMap(\.date))
            spurious += cited.filter { inc in
                inc.sources.contains { $0.article == article.id && $0.role == .main } && !goldDays.contains(inc.date?.iso ?? "none")
                    && inc.datePrecision == .day
            }.count
            #expect(article.title.count >= 12 && article.title != "Iraq", "\(g.file): bad title \(article.title)")
        }
        #expect(found == total)
        #expect(spurious == 0)
    }

    @Test(.enabled(if: SeedTests.available, "../shared (reference seeds and gold) is not next to the package"))
    func rawArticlesNeverGetAWrongPublicationDay() throws {
        let (corpus, gold) = try Self.corpus(dated: false)
        for g in gold {
            let article = try #require(corpus.articles.first { Self.stem($0.file) == Self.stem(g.file) })
            guard let p = article.published else { continue }
            #expect(([g.published].compactMap { $0 } + g.alternatives).contains(p.iso), "\(g.file): published \(p.iso) is wrong")
        }
    }
}
