import Foundation
import Testing
@testable import ChronicleKit

/// A building the gazetteer lacks, named alone after the town was told; a saint's name on a church; a capital of the
/// wider region named beside another country (forty-sixth session).
@Suite("Buildings placed by their town, and capitals named alone")
struct BuildingsAndCapitalsTests {
    @Test(arguments: [
        ("St George's Orthodox church", "Shortly afterwards"),
        ("St. Anthony's church", "Soon afterwards"),
        ("Saint Thomas Syriac church", "Minutes later"),
    ])
    func aChurchNamedAloneIsASecondEventInTheTownToldBefore(_ church: String, _ later: String) {
        let text = """
        Twin bombings

        Two bombs exploded in a market in Mosul on Sunday morning, killing 9 people.

        \(later) a car bomb parked near \(church) exploded as worshippers left the service.

        Police said the second blast killed 14 people.
        """
        let found = ExtractionFixture.extract(text, published: "2024-03-04")
        #expect(found.count == 2)
        let second = found.first { $0.place == church }
        #expect(second?.killed == 14)
        #expect(second?.date == Day(iso: "2024-03-03"))
        // The building has no page of its own, but lies in the town's province and country.
        #expect(second?.admin1 == "Nineveh")
        #expect(second?.country == "Iraq")
    }

    @Test func aVillageNamedAloneTakesNoCountryFromTheStoryBefore() {
        // Towns on both sides of a border are told in one report: a village the gazetteer lacks may lie on either side.
        let text = """
        Strikes across the border

        A rocket hit a house in Kiryat Shmona on Wednesday, killing one man.

        Later on Wednesday an airstrike destroyed a civil defence centre in the border town of Wadi Hanoun, killing seven paramedics.
        """
        let found = ExtractionFixture.extract(text, published: "2024-03-28")
        let village = found.first { $0.place == "Wadi Hanoun" }
        #expect(village?.killed == 7)
        #expect(village?.country == nil)
    }

    @Test(arguments: [
        ("Gunmen stormed the embassy of Turkey in Kabul on Tuesday, killing three guards.", "Kabul", "Afghanistan"),
        ("Attackers struck the army headquarters and the embassy of France in Ouagadougou on Friday, killing eight soldiers.", "Ouagadougou", "Burkina Faso"),
        ("A bomb exploded outside the Italian consulate in Cairo on Saturday, killing one passer-by.", "Cairo", "Egypt"),
    ])
    func aCapitalNamedBesideAnotherCountryIsWhereItHappened(_ sentence: String, _ town: String, _ country: String) {
        let found = ExtractionFixture.extract("Embassy attacked\n\n\(sentence)", published: "2024-03-06")
        #expect(found.count == 1)
        // ("Italian consulate, Cairo": a mission is named with the town it stands in.)
        #expect(found.first?.place?.hasSuffix(town) == true)
        #expect(found.first?.country == country)
    }
}
