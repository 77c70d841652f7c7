import Foundation
import Testing
@testable import ChronicleKit

/// "the countryside of X and Y": each town's surroundings are told by the town, one incident per town;
/// a single town's countryside stays its province. Invented phrasings.
@Suite("CountrysidePlaceRules")
struct CountrysidePlaceRuleTests {
    func places(_ sentence: String) -> Set<String> {
        let raw = "Shelling in the north\n\nQAMISHLI – \(sentence)\n"
        return Set(ExtractionFixture.extract(raw, published: "2022-11-21").compactMap(\.placeID))
    }

    @Test(arguments: [
        ("Turkish artillery shelled villages in the countryside of Manbij and Azaz on Sunday afternoon.", ["manbij", "azaz"]),
        ("Turkish forces shelled farmland in the countryside of Jarabulus and Ain Issa on Sunday, wounding a farmer.", ["jarabulus", "ain-issa"]),
        ("Drones struck positions in the countryside of Tal Rifaat, Kobani on Sunday night.", ["tal-rifaat", "kobani"]),
    ])
    func coordinatedTownsEachGetAnIncident(sentence: String, expected: [String]) {
        let found = places(sentence)
        for p in expected { #expect(found.contains(p), "\(p) missing from \(found)") }
    }

    /// One town's countryside is the area around it: its province stands for it (the town is only how it is written).
    @Test func singleTownsCountrysideIsItsProvince() {
        let found = places("Turkish artillery shelled villages in the countryside of Manbij on Sunday afternoon.")
        #expect(found == ["aleppo-governorate"])
    }
}
