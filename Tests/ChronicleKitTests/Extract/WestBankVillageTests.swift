import Foundation
import Testing
@testable import ChronicleKit

/// West Bank villages of fewer than 15,000 inhabitants, added to the gazetteer from GeoNames' towns of 1,000+
/// (`rg_towns` in scripts/build-gazetteer.py), each found under the spellings the news uses; village names that
/// are also given names or words stay unmatched.
@Suite("West Bank villages")
struct WestBankVillageTests {
    @Test(arguments: [
        ("Settlers attacked Palestinians in Huwara on Sunday night, wounding four.", "huwara"),
        ("Dozens of settlers rampaged through Hawara after the shooting on Sunday.", "huwara"),
        ("A Palestinian was shot dead near Beita on Friday.", "beita"),
        ("Settlers attacked homes in Turmus Ayya on Tuesday, torching two houses.", "turmus-ayya"),
        ("Israeli troops shot dead a teenager in Sinjil on Wednesday.", "sinjil"),
        ("A man was shot dead by settlers in Qusra on Thursday.", "qusra"),
        ("Settlers from Yitzhar attacked Urif on Saturday, wounding three villagers.", "urif"),
        ("Soldiers shot dead a young man in Beit Ummar on Monday.", "beit-ummar"),
        ("A Palestinian was killed when settlers stormed al-Mughayyir on Saturday.", "al-mughayyir"),
        ("Israeli forces killed two men in a raid on Silwad on Tuesday.", "silwad"),
        ("Settlers attacked a house in Burin on Friday night, wounding two.", "burin"),
        ("A Palestinian was shot dead at a protest in Nabi Saleh on Friday.", "nabi-saleh"),
    ])
    func aVillageIsPlacedInPalestine(sentence: String, id: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.placeID == id, "got \(String(describing: i?.placeID)) \(String(describing: i?.place))")
        #expect(i?.country == "Palestine")
    }

    @Test func theVillageKeepsTheNewsSpellingAsItsPlace() {
        let i = ExtractionFixture.one("A Palestinian was shot dead near Beita on Friday.")
        #expect(i?.place == "Beita")
        #expect(i?.admin1 == "West Bank")
    }

    /// "Nasr" and "Haris" are villages of the West Bank and given names: a victim's name places nothing there.
    @Test(arguments: [
        "Israeli troops shot dead Nasr Abu Hamid near Hebron on Friday.",
        "Haris Daoud was shot dead by soldiers near Hebron on Friday.",
    ])
    func aGivenNameThatIsAlsoAVillageIsNoPlace(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.placeID == "hebron", "got \(String(describing: i?.placeID))")
    }

    /// Two villages called Taybah: the name alone picks neither.
    @Test func aNameTwoVillagesShareIsNotMatched() {
        let kb = ExtractionFixture.kb
        let places = kb.gazetteer.homonyms(of: "Taybah").filter { $0.country == "Palestine" }
        #expect(places.isEmpty, "got \(places.map(\.id))")
        #expect(kb.gazetteer.place(id: "taybah") != nil)
    }
}
