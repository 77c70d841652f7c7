import Foundation
import Testing
@testable import ChronicleKit

@Suite struct SiteUnitTests {
    @Test(arguments: [
        (DatePrecision.day, "3 Jan 2022", "2022-01-03"), (.week, "week of 3 Jan 2022", "2022-01-03"),
        (.month, "January 2022", "2022-01"), (.year, "2022", "2022"), (.unknown, "date unknown", nil),
    ] as [(DatePrecision, String, String?)])
    func dateLabelsShowPrecision(precision: DatePrecision, label: String, machine: String?) {
        let d = Day(year: 2022, month: 1, day: 3)
        #expect(DateLabel.label(d, precision) == label)
        #expect(DateLabel.machine(precision == .unknown ? nil : d, precision) == machine)
        #expect(DateLabel.label(nil, .day) == "date unknown")
    }

    @Test func baseURLPrefixing() {
        let sub = SiteURLs(baseURL: "https://user.github.io/project")
        #expect(sub.basePath == "/project/")
        #expect(sub.href("incidents/x/") == "/project/incidents/x/")
        #expect(sub.absolute("feed.xml") == "https://user.github.io/project/feed.xml")
        let root = SiteURLs(baseURL: "https://example.org")
        #expect(root.href("") == "/" && root.absolute("") == "https://example.org/")
        let path = SiteURLs(baseURL: "/docs/chronicle/")
        #expect(path.href("/timeline/") == "/docs/chronicle/timeline/" && !path.isAbsolute)
        #expect(SiteURLs.problem(with: "example.org") != nil)
        #expect(SiteURLs.problem(with: "https://") != nil)
        #expect(SiteURLs.problem(with: "https://example.org/x/") == nil)
    }

    @Test func csvQuotingAndFormulaInjection() {
        #expect(IncidentsCSV.cell("plain") == "plain")
        #expect(IncidentsCSV.cell("a,b") == "\"a,b\"")
        #expect(IncidentsCSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(IncidentsCSV.cell("two\nlines") == "\"two\nlines\"")
        #expect(IncidentsCSV.cell("=1+2") == "'=1+2")
        #expect(IncidentsCSV.cell("+cmd") == "'+cmd")
        #expect(IncidentsCSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(IncidentsCSV.cell("-x") == "'-x")
        #expect(IncidentsCSV.cell("-12.5") == "-12.5", "negative numbers stay numbers")
        #expect(IncidentsCSV.cell("=a,b") == "\"'=a,b\"")
    }

    @Test func csvHasOneRowPerIncident() {
        let csv = IncidentsCSV.render(SiteModel(corpus: SiteFixture.corpus, config: SiteFixture.config))
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 1 + SiteFixture.incidents.count)
        #expect(lines[0].hasPrefix("event_id,event_date,date_precision,year,event_type,actor1,assoc_suspected,target,country,admin1,location,latitude,longitude,geo_precision,fatalities,wounded,source_count,sources,notes,status"))
        #expect(lines[1].hasPrefix("2024-03-04-alpha-air-base-rocket-attack,2024-03-04,day,2024,rocket attack,unknown,Hill Brigades,International Coalition,Ruritania,North Province,Alpha Air Base,33.3412,44.2345,site,0,,1,Rockets strike near air base — Example Wire,"))
        #expect(csv.contains(",'=cmd|' /C calc'!A0,"), "formula in a name is neutralised")
        #expect(csv.contains("2023-gamma-armed-clash,2023-01-01,year,2023,"))
        #expect(csv.contains("undated-unknown-place-other,,unknown,,other,"))
    }

    @Test func locationHierarchyUsesGazetteerThenNames() {
        let tree = LocationTree(corpus: SiteFixture.corpus)
        #expect(tree.chains["2024-03-04-alpha-air-base-rocket-attack"] == ["ruritania", "north-province", "alpha-city", "alpha-air-base"])
        #expect(tree.chains["2024-02-beta-drone-attack"] == ["ruritania", "south-province", "beta"])
        #expect(tree.chains["2023-gamma-armed-clash"] == ["ruritania", "gamma"])
        #expect(tree.chains["undated-unknown-place-other"] == nil)
        #expect(tree.roots == ["ruritania"])
        #expect(tree.nodes["ruritania"]?.children == ["gamma", "north-province", "south-province"])
        #expect(tree.nodes["ruritania"]?.incidents.count == 4)
    }

    @Test func targetsThatArePlacesLinkToPlacePagesNotActorPages() {
        let kb = KnowledgeBase.builtIn()
        let base = kb.gazetteer.place(named: "Ain al-Asad air base")
        #expect(base != nil)
        let militia = kb.actors.actor(named: "Kataib Hezbollah")
        let corpus = Corpus(articles: [], incidents: [
            Incident(id: "a", date: Day(iso: "2024-01-20"), datePrecision: .day, eventType: .missileAttack,
                     place: base?.name, placeID: base?.id, admin1: base?.admin1, country: base?.country,
                     target: "Ain al-Asad air base"),
            Incident(id: "b", date: Day(iso: "2024-02-02"), datePrecision: .day, eventType: .airstrike,
                     place: "Baghdad", country: "Iraq", perpetrator: "United States", target: militia?.name, targetID: militia?.id),
        ], knowledge: kb)
        let model = SiteModel(corpus: corpus, config: SiteFixture.config)
        #expect(model.actors.entries.allSatisfy { $0.id != base?.id }, "no actor page for a base")
        #expect(model.actors.entries.contains { $0.id == militia?.id && $0.target == ["b"] })
        let rows = PageAssembler(model: model)
        #expect(rows.row(corpus.incidents[0]).targetHref?.contains("locations/") == true)
        #expect(rows.row(corpus.incidents[1]).targetHref?.contains("actors/") == true)
    }

    @Test func sameNameAtTwoLevelsGetsTwoPages() {
        let corpus = Corpus(articles: [], incidents: [
            Incident(id: "a", place: "Baghdad", admin1: "Baghdad", country: "Iraq"),
            Incident(id: "b", admin1: "Baghdad", country: "Iraq"),
        ], knowledge: .builtIn())
        let tree = LocationTree(corpus: corpus)
        #expect(tree.chains["a"] == ["iraq", "baghdad"], "a place named like its governorate is the governorate")
        let corpus2 = Corpus(articles: [], incidents: [
            Incident(id: "a", place: "Babil", country: "Iraq"),
            Incident(id: "b", admin1: "Babil", country: "Iraq"),
        ], knowledge: .builtIn())
        let tree2 = LocationTree(corpus: corpus2)
        #expect(tree2.chains["a"] == ["iraq", "babil"])
        #expect(tree2.chains["b"] == ["iraq", "babil-admin1"])
    }

    @Test func siteConfigReadsKeysAndReportsProblems() {
        let (c, d) = SiteConfig.parse("title: My Chronicle\ndescription: Attacks\nbase_url: https://x.org/p/\nlanguage: en-GB\nauthor: Desk\n", path: "site.yml")
        #expect(d.isEmpty)
        #expect(c == SiteConfig(title: "My Chronicle", description: "Attacks", baseURL: "https://x.org/p/", language: "en-GB", author: "Desk"))
        let (_, d2) = SiteConfig.parse("title: X\nbase_url: x.org\ncolour: red\n", path: "site.yml")
        #expect(d2.map(\.description) == [
            "site.yml:2:1: error: base_url 'x.org' must be an absolute URL (https://example.org/project/) or a path starting with / (/project/)",
            "site.yml:3:1: warning: unknown setting 'colour' is ignored; known settings: author, base_url, description, language, title",
        ])
        let (_, d3) = SiteConfig.parse("title: [unclosed\n", path: "site.yml")
        #expect(d3.first?.severity == .error && d3.first?.location.line != nil)
    }
}
