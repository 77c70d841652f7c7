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

/// A roundup sentence opening "In X," names the province it is about; a town of that province named after it is
/// where the event happened. Invented phrasings.
@Suite("FramePlaceRules")
struct FramePlaceRuleTests {
    func placeIDs(_ sentence: String) -> [String] {
        let raw = "Security roundup\n\nBAGHDAD – \(sentence)\n"
        return ExtractionFixture.extract(raw, published: "2022-03-11").compactMap(\.placeID).sorted()
    }

    @Test(arguments: [
        ("In Baghdad, a roadside bomb exploded on Thursday near an army patrol in the Abu Ghraib district, west of the capital, wounding two soldiers.", "abu-ghraib"),
        ("In Kirkuk, gunmen attacked a checkpoint near Hawija on Wednesday night, killing a policeman.", "hawija"),
        ("In Basra, a bomb exploded near a police station in Zubayr on Monday, wounding three people.", "zubayr"),
    ])
    func townInTheFramedProvinceIsThePlace(sentence: String, expected: String) {
        #expect(placeIDs(sentence) == [expected])
    }

    /// Without a town of the same province, the framed city stays the place.
    @Test(arguments: [
        "In Baghdad, a bomb exploded near a market on Thursday, wounding three people.",
        "In Baghdad, a roadside bomb struck a convoy on Thursday that was heading to Mosul, wounding two soldiers.",
    ])
    func framedCityStaysWithoutAnInnerTown(sentence: String) {
        #expect(placeIDs(sentence) == ["baghdad"])
    }
}
