import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset14's failures (ninth session), tested on phrasings of our own: attacks on ships
/// placed in the sea areas the gazetteer now lists (no country), a spot at sea measured from a port, and a state named by
/// its adjective with a count or a second state between it and the attack word.
@Suite("Sea areas and state adjectives")
struct SeaAndStateAdjectiveRuleTests {
    @Test(arguments: [
        ("A drone boat struck a Greek-owned tanker in the Red Sea on Tuesday, the ship's operator said.", "Red Sea"),
        ("A missile hit a cargo ship in the Gulf of Aden on Tuesday, setting it on fire.", "Gulf of Aden"),
        ("Two missiles were fired at a bulk carrier near the Bab al-Mandab Strait on Tuesday.", "Bab el-Mandeb"),
    ])
    func anAttackOnAShipIsPlacedInTheSea(sentence: String, sea: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.count == 1)
        #expect(found.first?.place == sea, "got \(found.map(\.place))")
        #expect(found.first?.country == nil)
    }

    @Test func aSeaAreaIsInNoCountry() {
        let g = ExtractionFixture.kb.gazetteer
        let red = g.mentions(in: "in the southern Red Sea").first?.entry
        #expect(red?.id == "red-sea")
        #expect(red?.country == nil && red?.admin1 == nil)
    }

    @Test func aSpotAtSeaMeasuredFromAPortIsNotThePort() {
        let text = """
        A ballistic missile struck a bulk carrier in the Gulf of Aden on Wednesday, killing two crew members.

        The ship was hit about 60 nautical miles southeast of Aden, the maritime agency said.
        """
        let found = ExtractionFixture.main(text, published: "2024-03-07")
        #expect(found.map(\.place) == ["Gulf of Aden"], "got \(found.map(\.place))")
    }

    @Test(arguments: [
        ("Israeli artillery fired 40 shells at Khiam on Tuesday.", "Israel"),
        ("Turkish howitzers fired more than 30 shells at Tal Tamr on Tuesday.", "Turkey"),
        ("The American enemy carried out air raids on Hodeidah on Tuesday.", "United States"),
        ("US and British warplanes struck Hodeidah on Tuesday.", "United States"),
        ("British and US warplanes struck Hodeidah on Tuesday.", "United Kingdom"),
    ])
    func aStateNamedByItsAdjectiveIsThePerpetrator(sentence: String, state: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first?.perpetrator == state, "got \(found.map(\.perpetrator))")
    }
}
