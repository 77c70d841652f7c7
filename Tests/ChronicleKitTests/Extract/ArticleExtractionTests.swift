import Testing
@testable import ChronicleKit

/// Whole-article behaviour that does not need the knowledge base: dates, types, roles, grouping.
@Suite("ArticleExtraction")
struct ArticleExtractionTests {
    static let emptyKB = KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: []))

    func extract(_ raw: String, published: String?) -> [Incident] {
        let text = (published.map { "---\npublished: \($0)\n---\n" } ?? "") + raw
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "x.md", text: text))
        guard let article else { return [] }
        return IncidentExtractor(knowledge: Self.emptyKB).extract(from: article).incidents
    }

    @Test func leadAndQuoteOfOneEventAreOneIncident() {
        // Published on a Saturday; "Tuesday night" and "last Tuesday" are the same day.
        let text = """
        Rocket attack hits logistics base near the capital
        A logistics base that houses foreign troops was subjected to a rocket attack on Tuesday night, officials said.
        On Friday, the embassy said in a statement that "last Tuesday, the facility was attacked, but fortunately no casualties were reported."
        The attack came hours before a planned visit by a foreign minister.
        """
        let incs = extract(text, published: "2024-03-16")
        #expect(incs.count == 1)
        #expect(incs.first?.date?.iso == "2024-03-12")
        #expect(incs.first?.eventType == .rocketAttack)
        #expect(incs.first?.killed == 0)
        #expect(incs.first?.wounded == 0)
        #expect(incs.first?.role == .main)
        #expect(incs.first?.sources.count == 1)
    }

    @Test func olderEventsAreBackground() {
        let text = """
        Drone attack targets airport
        An explosive-laden drone struck a hangar at the airport late on Sunday, wounding three workers, the airport authority said.
        Last month, a rocket attack on the same airport killed a contractor.
        The assassination of a senior commander in early 2020 started the cycle of attacks.
        Attacks on foreign forces have increased in recent weeks.
        """
        let incs = extract(text, published: "2023-06-13")
        let main = incs.filter { $0.role == .main }
        #expect(main.count == 1)
        #expect(main.first?.eventType == .droneAttack)
        #expect(main.first?.date?.iso == "2023-06-11")
        #expect(main.first?.wounded == 3)
        let bg = incs.filter { $0.role == .background }
        #expect(bg.contains { $0.datePrecision == .month && $0.date?.iso == "2023-05-01" && $0.killed == 1 })
        #expect(bg.contains { $0.datePrecision == .year && $0.date?.year == 2020 })
        #expect(incs.count == 3)
    }

    @Test func statementDayIsNotTheEventDay() {
        let text = """
        Militia says strike hit its brigade
        The group announced early Wednesday that an air strike had targeted one of its brigades the previous night.
        The US military struck a depot belonging to the group late Tuesday; four fighters were killed in the attack, according to media reports.
        """
        let incs = extract(text, published: "2024-05-15")
        #expect(incs.count == 1)
        #expect(incs.first?.date?.iso == "2024-05-14")
        #expect(incs.first?.eventType == .airstrike)
        #expect(incs.first?.killed == 4)
        #expect(incs.first?.perpetrator == "United States")
    }

    @Test func withoutPublicationDayRelativeDatesStayUnknown() {
        let text = "Mortar rounds hit base\nTwo mortar rounds hit the base late on Monday, the army said.\nNobody claimed the attack."
        let incs = extract(text, published: nil)
        #expect(incs.count == 1)
        #expect(incs.first?.datePrecision == .unknown)
        #expect(incs.first?.date == nil)
        #expect(incs.first?.dateText == "late on Monday")
    }

    @Test func evidenceIsAVerbatimSentenceOfTheArticle() {
        let text = "Clashes in the north\nClashes broke out between two armed groups on Thursday, killing two and injuring five.\nThe army sent reinforcements."
        let incs = extract(text, published: "2022-09-02")
        #expect(incs.count == 1)
        #expect(incs.first?.sources.first?.evidence == "Clashes broke out between two armed groups on Thursday, killing two and injuring five.")
        #expect(incs.first?.killed == 2)
        #expect(incs.first?.wounded == 5)
        #expect(incs.first?.eventType == .armedClash)
        #expect(incs.first?.summary?.isEmpty == false)
    }

    @Test func furnitureNeverBecomesAnIncident() {
        let text = """
        Officials meet to discuss security
        Officials met on Monday to discuss border security, the ministry said.
        Previous Article
        Rocket attack kills two near airport
        Next Article
        Drone strike hits convoy on Sunday
        """
        #expect(extract(text, published: "2023-04-04").isEmpty)
    }
}
