import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset16's failures (eleventh session), each tested on phrasings of our own: the
/// provinces of the neighbouring countries as places, a list of provinces as one incident per province, an air
/// power's "raids" as air raids, and a "READ:" link line as page furniture.
@Suite("Provinces and air raids")
struct ProvinceAndAirRaidRuleTests {
    @Test(arguments: [
        ("Israeli warplanes struck military targets in the provinces of Tehran, Khuzestan and Ilam on Saturday.", ["Tehran", "Khuzestan", "Ilam"]),
        ("Warplanes struck the governorates of Marib, Shabwah and Abyan on Saturday, the ministry said.", ["Marib", "Shabwah", "Abyan"]),
        ("US and British jets struck targets in Sanaa and the provinces of Hodeidah, Taiz and Saada on Saturday.", ["Sanaa", "Hodeidah", "Taiz", "Saada"]),
    ])
    func aListOfProvincesIsOneIncidentPerProvince(sentence: String, places: [String]) {
        let found = ExtractionFixture.main(sentence, published: "2024-10-27")
        #expect(Set(found.map(\.place)) == Set(places), "got \(found.map(\.place))")
        #expect(found.allSatisfy { $0.date == Day(year: 2024, month: 10, day: 26) })
    }

    /// A province named like its capital is the province when the text says so, and the town otherwise.
    @Test func aTownNamedAsProvinceIsTheProvince() throws {
        let kb = ExtractionFixture.kb
        let province = try #require(ExtractionFixture.main("Turkish jets struck PKK hideouts in Hakkari province on Saturday.", published: "2024-10-27").first)
        #expect(province.place == "Hakkari")
        #expect(province.placeID.flatMap { kb.gazetteer.place(id: $0) }?.kind == .admin1)
        let town = try #require(ExtractionFixture.main("A bomb exploded in a market in Hakkari on Saturday.", published: "2024-10-27").first)
        #expect(town.placeID.flatMap { kb.gazetteer.place(id: $0) }?.kind == .city)
    }

    /// The neighbours' provinces hold their towns: a town is inside its province for grouping and merging.
    @Test func neighbourProvincesHoldTheirTowns() throws {
        let g = ExtractionFixture.kb.gazetteer
        for (town, province) in [("Dezful", "Khuzestan"), ("Cizre", "Sirnak"), ("Kiryat Shmona", "Northern District")] {
            let t = try #require(g.place(named: town), "\(town)")
            #expect(g.ancestors(of: t).contains { $0.kind == .admin1 && $0.name == province }, "\(town) in \(g.ancestors(of: t).map(\.name).joined(separator: ", "))")
        }
    }

    @Test(arguments: [
        "At the end of March, Israeli raids on the Aleppo countryside killed dozens of soldiers.",
        "Turkish raids on the Qandil mountains on Friday destroyed several shelters, the ministry said.",
        "Russian raids hit the outskirts of Idlib on Friday.",
    ])
    func anAirPowersRaidsAreAirRaids(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2024-10-27")
        #expect(found.count == 1, "got \(found.map(\.place))")
        #expect(found.first?.eventType == .airstrike, "got \(found.map(\.eventType))")
    }

    /// Raids with troops on the ground stay raids: no air strike, and no event without a toll or fire.
    @Test(arguments: [
        "Israeli raids on homes in Khiam on Friday ended with the arrest of two men.",
        "Turkish special forces raids on a village near Duhok on Friday detained four suspects.",
    ])
    func groundRaidsAreNotAirRaids(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2024-10-27")
        #expect(!found.contains { $0.eventType == .airstrike }, "got \(found.map(\.eventType))")
    }

    @Test(arguments: ["READ: Syria says Israeli missiles target Damascus countryside", "Read: Rockets hit US base in Syria",
                      "WATCH: Drone strike on Erbil airport"])
    func aReadLinkLineIsFurniture(line: String) {
        #expect(Boilerplate.isFurniture(line))
        let body = "Clashes near Deir ez-Zor kill four\nFour fighters were killed in clashes near Deir ez-Zor on Sunday, a monitor said.\n\(line)\nThe monitor gave no further details."
        let found = ExtractionFixture.extract(body, published: "2024-06-03")
        #expect(found.count == 1, "got \(found.map(\.place))")
    }
}
