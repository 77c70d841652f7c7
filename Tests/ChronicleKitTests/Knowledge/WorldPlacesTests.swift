import Foundation
import Testing
@testable import ChronicleKit

/// The gazetteer's world tier (twenty-seventh session): every country, and the larger towns of Africa and of South,
/// Central and South-East Asia, without taking a name from a place of the region and without the towns of Europe,
/// the Americas and East Asia, which these reports name as seats of ministries and outlets (their capitals excepted,
/// since the twenty-eighth session).
@Suite("World places")
struct WorldPlacesTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer

    func first(_ text: String) -> Place? { gazetteer.mentions(in: text).first?.entry }

    @Test(arguments: [
        ("Suicide bombers struck five sites in Casablanca.", "Casablanca", "Morocco"),
        ("A bomb went off at a cafe in Marrakesh.", "Marrakesh", "Morocco"),
        ("Gunmen attacked a church in Maiduguri.", "Maiduguri", "Nigeria"),
        ("Rebels shelled the outskirts of Goma.", "Goma", "Democratic Republic of the Congo"),
        ("A grenade exploded in a market in Srinagar.", "Srinagar", "India"),
    ])
    func aLargerTownOfAfricaOrAsiaIsKnown(text: String, name: String, country: String) {
        let p = first(text)
        #expect(p?.name == name)
        #expect(p?.country == country)
        #expect(p?.kind == .city)
    }

    @Test(arguments: [("Peru", "peru"), ("Colombia", "colombia"), ("Morocco", "morocco"), ("Sri Lanka", "sri-lanka")])
    func everyCountryIsKnown(name: String, id: String) {
        let p = first("Troops were deployed across \(name).")
        #expect(p?.id == id)
        #expect(p?.kind == .country)
    }

    /// A name a place of the region already bears stays that place's.
    @Test func aRegionalNameIsNotTakenOver() {
        #expect(first("A bomb exploded in Hyderabad.")?.country == "Pakistan")
        #expect(first("Rockets hit Tripoli.")?.country != "India")
    }

    /// Towns of Europe, the Americas and East Asia other than capitals are not listed.
    @Test(arguments: ["The ministry in The Hague confirmed it.", "Osaka had asked for more time.", "ROTTERDAM - Three Dutch citizens were shot.", "Officials in Chicago and Lyon agreed."])
    func seatsOfMinistriesAndOutletsAreNoPlaces(text: String) {
        #expect(gazetteer.mentions(in: text).allSatisfy { $0.entry.kind == .country })
    }

    /// Names of people stay names: "St. George Hotel", "Queen Victoria".
    @Test func townsNamedLikePeopleAreNotMatched() {
        #expect(first("They met at the St. George Hotel.") == nil)
        #expect(first("A statue of Queen Victoria stood there.") == nil)
    }

    // MARK: In reports

    @Test func aShipsFlagIsNotThePlace() {
        let inc = ExtractionFixture.one("A drone hit the Liberia-flagged tanker off the coast of Oman on Monday, killing two crew members.")
        #expect(inc?.place == "Oman")
    }

    @Test(arguments: ["Australia confirms its jets took part in a coalition strike near Deir ez-Zor on Monday that killed 60 soldiers.",
                      "Canada condemned a coalition strike near Deir ez-Zor on Monday that killed 60 soldiers."])
    func aCountryThatSpeaksIsNotThePlace(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.place == "Deir ez-Zor")
    }

    @Test func anAttackInANewlyListedTownIsPlaced() {
        let inc = ExtractionFixture.one("Boko Haram fighters attacked a village near Maiduguri on Monday, killing 12 people.")
        #expect(inc?.place == "Maiduguri")
    }
}
