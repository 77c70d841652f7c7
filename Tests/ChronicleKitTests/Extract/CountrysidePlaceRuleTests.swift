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

/// "near X, south of Samarra": a bare name placed by its bearing from a known town is a village the gazetteer may
/// lack; it is the place, inside the town it is measured from. Invented names and phrasings.
@Suite("BearingVillageRules")
struct BearingVillageRuleTests {
    func incidents(_ sentence: String) -> [Incident] {
        ExtractionFixture.extract("Attack in Iraq\n\nBAGHDAD – \(sentence)\n", published: "2020-05-02")
    }

    @Test(arguments: [
        ("Gunmen attacked an army post near Qaryat Zawiyah, south of Samarra in Salahuddin province, late on Friday, killing two soldiers.", "Qaryat Zawiyah"),
        ("A roadside bomb struck a patrol in Umm Halaba, 20 km north of Tikrit in Salahuddin province, on Friday, wounding three soldiers.", "Umm Halaba"),
        ("Militants attacked a checkpoint outside Sudayrat, west of Samarra in Salahuddin province, on Friday night, killing a policeman.", "Sudayrat"),
    ])
    func bearingNamedVillageIsThePlace(sentence: String, village: String) {
        let found = incidents(sentence)
        #expect(found.count == 1)
        #expect(found.first?.place == village)
        #expect(found.first?.admin1 == "Salahuddin")
    }

    /// A known town followed by a bearing, or a name that is not after a locative, is no unlisted village.
    @Test(arguments: [
        "Gunmen attacked an army post in Samarra, north of Baghdad, late on Friday, killing two soldiers.",
        "On Friday, south of Samarra in Salahuddin province, gunmen attacked an army post, killing two soldiers.",
    ])
    func noVillageWithoutAnUnknownName(sentence: String) {
        let found = incidents(sentence)
        #expect(found.allSatisfy { $0.placeID != nil })
    }
}

/// "intercepted drones that entered our airspace": a state's report of an event over its own territory is placed in
/// the dateline's country when the sentence names it; a country launching weapons is an actor, not the place.
@Suite("AirspacePlaceRules")
struct AirspacePlaceRuleTests {
    func incidents(dateline: String, _ sentence: String) -> [Incident] {
        ExtractionFixture.extract("Air defences active\n\n\(dateline) – \(sentence)\n", published: "2024-04-14")
    }

    @Test(arguments: [
        ("AMMAN", "The Jordan Armed Forces intercepted several drones that entered the Kingdom's airspace on Saturday night.", "Jordan"),
        ("BAGHDAD", "Iraqi air defences shot down two drones that violated the country's airspace on Saturday, the ministry said.", "Iraq"),
        ("DAMASCUS", "Syrian air defences intercepted hostile missiles in our airspace late on Saturday, a military source said.", "Syria"),
    ])
    func ownAirspaceIsTheDatelinesCountry(dateline: String, sentence: String, country: String) {
        let found = incidents(dateline: dateline, sentence)
        #expect(found.count == 1)
        #expect(found.first?.country == country)
    }

    /// Another state's airspace, or a sentence not naming the dateline's country, gives no place.
    @Test(arguments: [
        ("WASHINGTON", "Israeli air defences intercepted several drones that entered its airspace on Saturday night."),
        ("AMMAN", "Air defences intercepted several drones over the border area on Saturday night."),
    ])
    func noDatelineCountryOtherwise(dateline: String, sentence: String) {
        #expect(incidents(dateline: dateline, sentence).allSatisfy { $0.country != "United States" && $0.country != "Jordan" })
    }

    @Test(arguments: [
        "Hundreds of drones that Iran launched towards Israel overnight were shot down, officials said on Sunday.",
        "The missiles Iran fired at Israel on Saturday night were mostly intercepted, the army said.",
    ])
    func launchingCountryIsNoPlace(sentence: String) {
        #expect(incidents(dateline: "JERUSALEM", sentence).allSatisfy { $0.country != "Iran" })
    }
}

/// "Rockets struck an air base north of Baghdad … The rockets hit Balad air base": the town was a bearing, the
/// site named right after is the place; a government named by its capital ("coordinating with Washington") is no
/// place. Invented phrasings.
@Suite("BearingSiteRules")
struct BearingSiteRuleTests {
    func incidents(_ body: String) -> [Incident] {
        ExtractionFixture.extract("Rockets hit base\n\nBAGHDAD – \(body)\n", published: "2021-02-21")
    }

    @Test(arguments: [
        ("Three rockets struck an Iraqi air base west of Ramadi on Saturday, wounding a contractor. The rockets hit Ain al-Asad air base in the evening, officials said.", "ain-al-asad-air-base"),
        ("Two rockets landed on a military base north of Kirkuk on Saturday, wounding two soldiers.\n\nThe rockets struck K1 air base shortly after midnight, a police source said.", "k1-air-base"),
    ])
    func siteNamedAfterABearingReportIsThePlace(body: String, site: String) {
        let main = incidents(body).filter { $0.date == Day(year: 2021, month: 2, day: 20) }
        #expect(main.count == 1)
        #expect(main.first?.placeID == site)
    }

    /// A town named as the place (not a bearing) keeps it; a site told as another event's is not taken.
    @Test func townThatIsThePlaceStays() {
        let found = incidents("Three rockets struck a market in Ramadi on Saturday, wounding a shopkeeper. Ain al-Asad air base was attacked several times last year.")
        #expect(found.contains { $0.placeID == "ramadi" && $0.date == Day(year: 2021, month: 2, day: 20) })
    }

    @Test(arguments: [
        "Jordan on Monday condemned the drone attack on Sunday that killed three soldiers, and said it was coordinating with Washington to secure the border.",
        "A roadside bomb struck a convoy on Sunday, killing two soldiers, days before talks with Baghdad on security.",
    ])
    func partnerCapitalIsNoPlace(body: String) {
        #expect(incidents(body).allSatisfy { $0.placeID != "washington" && $0.placeID != "baghdad" })
    }

    /// "a company that maintains Iraq's F-16 fighter jets": aircraft owned, not an air strike.
    @Test(arguments: [
        "A rocket landed near the quarters of a company that maintains the air force's F-16 fighter jets on Saturday.",
        "Two rockets hit the base, which houses the fleet of warplanes the army bought last year, on Saturday.",
    ])
    func ownedAircraftAreNoAirstrike(body: String) {
        let found = incidents(body)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.eventType != .airstrike })
    }
}

/// "drones targeted the same base": the base told before, not a place named in the sentence after. Invented texts.
@Suite("SamePlaceAnaphoraRules")
struct SamePlaceAnaphoraRuleTests {
    func incidents(_ body: String) -> [Incident] {
        ExtractionFixture.extract("Base attacked again\n\nBAGHDAD – \(body)\n", published: "2023-10-22")
    }

    @Test(arguments: [
        "Drones attacked Ain al-Asad air base on Saturday, officials said.\n\nOn Wednesday, drones targeted the same base, causing minor injuries. Rockets were also fired at Baghdad International Airport on Thursday.",
        "Rockets hit K1 air base on Saturday, officials said.\n\nOn Wednesday, a drone struck the same base without causing casualties. Mortar rounds landed near Baghdad International Airport on Thursday.",
    ])
    func sameBaseIsTheBaseToldBefore(body: String) {
        let wednesday = incidents(body).filter { $0.date == Day(year: 2023, month: 10, day: 18) }
        #expect(wednesday.count == 1)
        #expect(wednesday.first?.placeID != "baghdad-international-airport")
        #expect(wednesday.first?.placeID == (body.contains("K1") ? "k1-air-base" : "ain-al-asad-air-base"))
    }
}

/// A place word inside a group's name ("the Kurdistan Workers' Party") is the group, not a place; a plural
/// possessive keeps a multi-word name whole.
@Suite("NamedGroupPlaceRules")
struct NamedGroupPlaceRuleTests {
    @Test(arguments: [
        "fighters aligned with the Kurdistan Workers' Party",
        "fighters aligned with the Kurdistan Workers’ Party",
        "a clinic run by the Kurdistan Workers' Party in the mountains",
    ])
    func pluralPossessiveNameIsOneActor(text: String) {
        let kb = ExtractionFixture.kb
        #expect(kb.actors.mentions(in: text).contains { $0.entry.id == "pkk" && $0.text.hasPrefix("Kurdistan") })
    }

    @Test(arguments: [
        "A Turkish airstrike on Tuesday hit a building used by fighters aligned with the Kurdistan Workers' Party, officials said.",
        "A drone on Tuesday struck a car carrying two members of the Kurdistan Workers' Party, killing both, officials said.",
    ])
    func placeWordInsideAGroupsNameIsNoPlace(sentence: String) {
        let found = ExtractionFixture.extract("Strike\n\nBAGHDAD – \(sentence)\n", published: "2021-08-18")
        #expect(found.allSatisfy { $0.admin1 != "Kurdistan Region" })
    }

    /// Plural possessives that end no name still leave the words apart ("the soldiers' camp in Erbil" names Erbil).
    @Test func ordinaryPluralPossessiveKeepsThePlace() {
        let found = ExtractionFixture.extract("Strike\n\nBAGHDAD – A drone struck the soldiers' camp in Erbil on Tuesday, wounding two, officials said.\n", published: "2021-08-18")
        #expect(found.contains { $0.placeID == "erbil" })
    }
}
