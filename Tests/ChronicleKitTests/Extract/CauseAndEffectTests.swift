import Testing
@testable import ChronicleKit

/// Sentences naming an event and the earlier one it answers, and other multi-event phrasing.
@Suite("CauseAndEffect")
struct CauseAndEffectTests {
    static let emptyKB = KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: []))

    func extract(_ raw: String, published: String) -> [Incident] {
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "x.md", text: "---\npublished: \(published)\n---\n" + raw))
        guard let article else { return [] }
        return IncidentExtractor(knowledge: Self.emptyKB).extract(from: article).incidents
    }

    @Test func retaliationNamesAnEarlierBackgroundEvent() {
        // Published on a Saturday.
        let text = """
        Jets pound militia depots
        Israeli warplanes struck weapons depots on Friday in retaliation for a rocket attack that killed two farmers last Sunday.
        The army said the operation was over.
        """
        let incs = extract(text, published: "2023-09-16")
        let strike = incs.first { $0.eventType == .airstrike }
        let rockets = incs.first { $0.eventType == .rocketAttack }
        #expect(strike?.date?.iso == "2023-09-15")
        #expect(strike?.role == .main)
        #expect(strike?.killed == nil)
        #expect(strike?.perpetrator == "Israel")
        #expect(rockets?.date?.iso == "2023-09-10")
        #expect(rockets?.killed == 2)
        #expect(rockets?.role == .background)
    }

    @Test func eventAfterAnotherEventKeepsBothApart() {
        let text = """
        Roadside bomb hits patrol after mortar attack on outpost
        A roadside bomb hit an army patrol on Wednesday, wounding four soldiers, after a mortar attack on an outpost on Monday night.
        """
        let incs = extract(text, published: "2021-06-10")
        #expect(incs.count == 2)
        let ied = incs.first { $0.eventType == .iedAttack }
        #expect(ied?.date?.iso == "2021-06-09")
        #expect(ied?.wounded == 4)
        #expect(ied?.role == .main)
        #expect(incs.first { $0.eventType == .mortarAttack }?.date?.iso == "2021-06-07")
    }

    @Test func statementAfterAnAttackIsNotAnEvent() {
        let text = "Officials condemn attack\nThe governor said in a statement on Tuesday after a rocket attack on the airport on Monday night that security would be tightened."
        let incs = extract(text, published: "2022-02-08")
        #expect(incs.count == 1)
        #expect(incs.first?.date?.iso == "2022-02-07")
        #expect(incs.first?.role == .main)
    }

    @Test func aStatesDroneIsAnAirstrike() {
        let incs = extract("Drone hits car\nA Turkish drone hit a car on a mountain road on Thursday, killing three people, officials said.", published: "2024-08-16")
        #expect(incs.first?.eventType == .airstrike)
        #expect(incs.first?.perpetrator == "Turkey")
        #expect(incs.first?.killed == 3)
    }

    @Test func countsOfManyAttacksAreNotIncidents() {
        let text = "Base attacked\nForeign troops have been attacked at least 40 times since Oct. 17, officials said.\nRockets struck the base late on Monday, causing minor injuries to two contractors."
        let incs = extract(text, published: "2023-11-21")
        #expect(incs.count == 1)
        #expect(incs.first?.date?.iso == "2023-11-20")
        #expect(incs.first?.wounded == 2)
    }

    @Test func asidesDoNotHideTheCount() {
        #expect(CasualtyReader.read("Nine people, including two children, were killed in the strikes." as NSString).killed == 9)
        #expect(CasualtyReader.read("The blast caused serious injuries to three guards." as NSString).wounded == 3)
    }
}

import Foundation
