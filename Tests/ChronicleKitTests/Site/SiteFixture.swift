import Foundation
@testable import ChronicleKit

/// A hand-made corpus (no extraction involved) covering every page kind: a knowledge-base place
/// hierarchy, a place missing from the knowledge base, every date precision, reviewed notes,
/// an actor both as perpetrator and suspect, and evidence sentences to mark.
enum SiteFixture {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()
    static var templatesDir: String { repoRoot + "/Templates" }
    static var fixtureDir: String { repoRoot + "/Tests/ChronicleKitTests/Fixtures/site-basic" }

    static let knowledge = KnowledgeBase(
        gazetteer: Gazetteer(places: [
            Place(id: "ruritania", name: "Ruritania", kind: .country),
            Place(id: "north-province", name: "North Province", kind: .admin1, parent: "ruritania", country: "Ruritania"),
            Place(id: "alpha-city", name: "Alpha City", kind: .city, parent: "north-province", admin1: "North Province",
                  country: "Ruritania", latitude: 33.3, longitude: 44.38),
            Place(id: "alpha-air-base", name: "Alpha Air Base", kind: .site, parent: "alpha-city", admin1: "North Province",
                  country: "Ruritania", latitude: 33.3412, longitude: 44.2345),
        ]),
        actors: ActorBase(actors: [
            Actor(id: "hill-brigades", name: "Hill Brigades", kind: .armedGroup, aliases: ["HB"]),
            Actor(id: "ruritanian-army", name: "Ruritanian Army", kind: .stateMilitary),
            Actor(id: "coalition", name: "International Coalition", kind: .internationalBody),
        ]))

    static let rockets = Article(
        id: "2024-03-05-rockets-strike-near-air-base", file: "rockets.md", path: "Content/articles/rockets.md",
        title: "Rockets strike near air base", outlet: "Example Wire", url: "https://news.example.com/rockets",
        published: Day(year: 2024, month: 3, day: 5), publishedSource: .frontMatter, dateline: "ALPHA CITY",
        tags: ["rockets"],
        paragraphs: [
            "Three rockets struck near the Alpha Air Base on Monday night, officials said. Nobody was hurt.",
            "No group claimed the attack, but officials blamed the Hill Brigades & their allies.",
            "Last month, a drone hit a checkpoint in *Beta*, killing two soldiers.",
        ],
        actors: ["hill-brigades", "coalition"], places: ["alpha-air-base", "alpha-city"])

    static let drone = Article(
        id: "undated-drone-report", file: "drone.txt", path: "Content/articles/drone.txt",
        title: "Drone report <with markup>", outlet: nil, url: "javascript:alert(1)",
        published: nil, publishedSource: .unknown,
        paragraphs: ["A drone struck a checkpoint in Beta town in February 2024, killing two soldiers of the Ruritanian Army.",
                     "| a | b |\n| - | - |\n| 1 | 2 |"],
        actors: ["ruritanian-army"], places: [])

    static let incidents: [Incident] = [
        Incident(id: "2024-03-04-alpha-air-base-rocket-attack", date: Day(year: 2024, month: 3, day: 4), datePrecision: .day,
                 dateText: "on Monday night", eventType: .rocketAttack, place: "Alpha Air Base", placeID: "alpha-air-base",
                 admin1: "North Province", country: "Ruritania", latitude: 33.3412, longitude: 44.2345, geoPrecision: .site,
                 perpetrator: "unknown", suspected: "Hill Brigades", suspectedID: "hill-brigades",
                 target: "International Coalition", targetID: "coalition", killed: 0, wounded: nil, role: .main, status: .reviewed,
                 sources: [IncidentSource(article: rockets.id, role: .main,
                                          evidence: "Three rockets struck near the Alpha Air Base on Monday night, officials said.")],
                 summary: "Three rockets struck near Alpha Air Base; nobody was hurt.",
                 notes: "Confirmed by the **base statement**.\n\n<script>alert(1)</script>"),
        Incident(id: "2024-02-beta-drone-attack", date: Day(year: 2024, month: 2, day: 1), datePrecision: .month,
                 dateText: "last month", eventType: .droneAttack, place: "Beta", admin1: "South Province", country: "Ruritania",
                 perpetrator: "Hill Brigades", perpetratorID: "hill-brigades", target: "Ruritanian Army", targetID: "ruritanian-army",
                 killed: 2, wounded: nil, killedLow: 2, killedHigh: 3, role: .main,
                 sources: [IncidentSource(article: drone.id, role: .main,
                                          evidence: "A drone struck a checkpoint in Beta town in February 2024, killing two soldiers of the Ruritanian Army."),
                           IncidentSource(article: rockets.id, role: .background,
                                          evidence: "Last month, a drone hit a checkpoint in *Beta*, killing two soldiers.")]),
        Incident(id: "2023-gamma-armed-clash", date: Day(year: 2023, month: 1, day: 1), datePrecision: .year,
                 eventType: .armedClash, place: "Gamma", country: "Ruritania", perpetrator: "=cmd|' /C calc'!A0",
                 killed: 12, wounded: 30, role: .background, sources: []),
        Incident(id: "undated-unknown-place-other", eventType: .other, perpetrator: "unknown", role: .background,
                 sources: [IncidentSource(article: drone.id, role: .background, evidence: "A sentence that is not in the article.")]),
        Incident(id: "2024-01-08-alpha-city-mortar-attack", date: Day(year: 2024, month: 1, day: 8), datePrecision: .week,
                 eventType: .mortarAttack, place: "Alpha City", placeID: "alpha-city", admin1: "North Province", country: "Ruritania",
                 latitude: 33.3, longitude: 44.38, geoPrecision: .city, perpetrator: "unknown", wounded: 4, role: .main, sources: []),
    ]

    static let config = SiteConfig(title: "Fixture Chronicle", description: "Invented incidents for tests.",
                                   baseURL: "https://example.org/chronicle/", language: "en", author: "Test Desk")

    static var corpus: Corpus { Corpus(articles: [rockets, drone], incidents: incidents, knowledge: knowledge) }

    static func templates() throws -> TemplateSet {
        let (set, diags) = TemplateSet.load(folder: templatesDir, fileSystem: DiskFileSystem())
        guard let set else { throw BuildFailure(diags) }
        return set
    }

    /// The whole site as path → text.
    static func build(workers: Int = 2, config: SiteConfig = SiteFixture.config) throws -> [String: Data] {
        let files = SiteBuilder.render(model: SiteModel(corpus: corpus, config: config), templates: try templates(), workers: workers)
        return Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
    }
}

extension Dictionary where Key == String, Value == Data {
    func text(_ path: String) -> String { self[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
}
