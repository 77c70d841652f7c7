import Foundation
import Testing
@testable import ChronicleKit

/// Roundups that tell a day's events item by item: a place in capitals opening each item, a province's wave of
/// coordinated attacks told district by district, two events told in one sentence at two places.
@Suite("Roundup items and waves")
struct RoundupItemsAndWavesTests {
    @Test func anItemOpeningOnItsPlaceInCapitalsPlacesAndDatesItsEvents() {
        let text = """
        Overnight roundup: rockets from Gaza intercepted, jets strike back

        A summary of the security events of the past 24 hours.

        HEBRON. Two people were wounded on Tuesday afternoon when an attacker drove his car into a group of soldiers at a junction.

        GAZA. Shortly after midnight, sirens sounded in the communities near the border. The army said three rockets had been launched and that all of them had been intercepted. In response, fighter jets struck a weapons workshop, the army said.
        """
        let found = ExtractionFixture.extract(text, published: "2023-07-05")
        #expect(found.contains { $0.place == "Hebron" && $0.wounded == 2 })
        #expect(found.contains { $0.eventType == .airstrike && $0.date == Day(iso: "2023-07-05") })
    }

    @Test func shortlyAfterMidnightOpeningASentenceIsThePublicationDay() {
        let s = "Shortly after midnight, sirens sounded in the north."
        #expect(TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2023-07-05")).first?.date == Day(iso: "2023-07-05"))
        let later = "Sirens sounded on Monday shortly after midnight."
        #expect(!TimeExpressions.find(in: later as NSString, text: later, published: Day(iso: "2023-07-05")).contains { $0.text.hasSuffix("midnight") })
    }

    @Test func aProvincesWaveToldDistrictByDistrictDatesEachPlace() {
        let text = """
        Dozens dead as militants strike across Balochistan

        QUETTA: More than 40 people were killed in a wave of coordinated attacks across Balochistan in the early hours of Monday, officials said.

        The outlawed Balochistan Liberation Army claimed responsibility for the attacks.

        Kalat: levies post attacked

        In Kalat district, militants attacked a levies post on the national highway, killing at least nine people.

        Turbat: checkpoint stormed

        In Turbat, gunmen tried to storm a checkpoint of the security forces. Six soldiers were killed across the province in the day's attacks, the army said.
        """
        let found = ExtractionFixture.extract(text, published: "2024-08-26")
        let kalat = found.first { $0.place == "Kalat" }
        #expect(kalat?.date == Day(iso: "2024-08-26"))
        #expect(kalat?.killed == 9)
        #expect(kalat?.perpetrator == "Balochistan Liberation Army")
        #expect(found.first { $0.place == "Turbat" }?.killed == nil)
    }

    @Test func aWaveOfAttacksOverMonthsDatesNothing() {
        let text = """
        Police post attacked in Kalat

        Officials recalled the wave of attacks across Balochistan in 2006, when rebels hit gas pipelines and railway lines.

        In Kalat district, militants attacked a levies post on the national highway.
        """
        #expect(ExtractionFixture.extract(text, published: "2024-08-26").allSatisfy { $0.date != Day(iso: "2006-01-01") })
    }

    @Test func twoPlacesTwoClausesTwoEvents() {
        let found = ExtractionFixture.one("Two attacks left at least 19 people dead on Thursday: in Antioquia, a police helicopter was brought down by a drone, and in Cali a truck loaded with explosives blew up near an air force school.", published: "2025-08-22")
        let all = ExtractionFixture.extract("Two attacks left at least 19 people dead on Thursday: in Antioquia, a police helicopter was brought down by a drone, and in Cali a truck loaded with explosives blew up near an air force school.", published: "2025-08-22")
        #expect(found != nil)
        #expect(all.count == 2)
        #expect(all.contains { $0.place == "Cali" && $0.eventType == .iedAttack && $0.date == Day(iso: "2025-08-21") })
    }

    @Test func aBridgeBlownUpIsABombing() {
        let found = ExtractionFixture.one("At Kolpur, militants blew up a railway bridge linking Quetta with the rest of the country on Monday.", published: "2024-08-26")
        #expect(found?.eventType == .iedAttack)
        #expect(found?.place == "Kolpur")
    }

    @Test func aSiteNamedInsideATownIsFinerThanTheTownInAMerge() {
        var a = Incident(); a.place = "Jamila market, Sadr City"; a.admin1 = "Baghdad"; a.geoPrecision = .admin1
        var b = Incident(); b.place = "Baghdad"; b.placeID = "baghdad"; b.admin1 = "Baghdad"; b.geoPrecision = .city
        var c = Incident(); c.place = "Barth"; c.admin1 = "North Sinai"; c.geoPrecision = .admin1
        #expect(IncidentMerger.placeRank(a) < IncidentMerger.placeRank(b))
        #expect(IncidentMerger.placeRank(c) > IncidentMerger.placeRank(b))
    }
}
