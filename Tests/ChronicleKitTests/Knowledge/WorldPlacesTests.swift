import Foundation
import Testing
@testable import ChronicleKit

/// The gazetteer's world tier (twenty-seventh session): every country, and the larger towns of Africa and of South,
/// Central and South-East Asia, without taking a name from a place of the region; since the thirty-first session also
/// the towns of 100,000+ of Europe, the Americas and Oceania, which a report keeps only when it names their country
/// or another of its places (these reports name such towns as seats of ministries and outlets). East Asia and the
/// United States stay out but for their capitals.
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
        ("Gunmen set fire to a casino in Monterrey.", "Monterrey", "Mexico"),
        ("Militants raided police stations in Nalchik.", "Nalchik", "Russia"),
        ("A missile hit an apartment block in Kharkiv.", "Kharkiv", "Ukraine"),
        ("A car bomb exploded outside a barracks in Medellin.", "Medellin", "Colombia"),
    ])
    func aLargerTownOfTheWorldIsKnown(text: String, name: String, country: String) {
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

    /// A name a place of the region already bears stays that place's, unless a world city of a million shares it: then
    /// the report's other places pick one, and a name told alone is the larger city's.
    @Test func aRegionalNameIsNotTakenOver() {
        #expect(first("Rockets hit Tripoli.")?.country != "India")
        #expect(gazetteer.preferringTextCountry(gazetteer.mentions(in: "A bomb exploded in Hyderabad, in Sindh, and another in Karachi."))
            .first { $0.text == "Hyderabad" }?.entry.country == "Pakistan")
        #expect(first("A bomb exploded in Hyderabad.")?.country == "India")
    }

    /// Towns of East Asia and the United States other than capitals (and the largest cities of the United States and
    /// China) are not listed.
    @Test(arguments: ["Osaka had asked for more time.", "Officials in Tulsa and Omaha agreed.", "A delegation from Busan arrived.",
                      "Officials in Lhasa agreed."])
    func townsOfEastAsiaAndTheUnitedStatesAreNotListed(text: String) {
        #expect(gazetteer.mentions(in: text).allSatisfy { $0.entry.kind == .country })
    }

    /// A world country is placed at its capital: a town there is its seat, another town is not.
    @Test func theCapitalIsTheSeat() throws {
        let london = try #require(gazetteer.place(named: "London"))
        let manchester = try #require(gazetteer.place(named: "Manchester"))
        #expect(gazetteer.isSeat(london))
        #expect(!gazetteer.isSeat(manchester))
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

    /// A town of the world tier named alone in a report on elsewhere is a seat or a namesake, not the event's place.
    @Test(arguments: [
        ("A rocket hit a base near Baghdad on Monday, wounding two soldiers. Officials in Lyon condemned the attack.", "Baghdad"),
        ("A roadside bomb killed two soldiers near Trabzon on Monday, a week after the Santa Maria church was vandalised.", "Trabzon"),
    ])
    func aWorldTownAloneInAReportOnElsewhereIsNotThePlace(text: String, place: String) {
        #expect(ExtractionFixture.one(text)?.place == place)
    }

    /// "the town of Palma" in a report on Mozambique is the unlisted Mozambican town, not Spain's Palma.
    @Test func aNamesakeInAnotherCountryGivesWayToTheReportsCountry() {
        let inc = ExtractionFixture.one("Insurgents attacked the coastal town of Palma in Mozambique on Wednesday, killing dozens of people.")
        #expect(inc?.country == "Mozambique")
    }

    /// The same town is the place when the report names its country.
    @Test func aWorldTownBesideItsCountryIsThePlace() {
        let inc = ExtractionFixture.one("Gunmen attacked a casino in Monterrey on Thursday, killing 52 people, officials said. Mexico declared three days of mourning.")
        #expect(inc?.place == "Monterrey")
        #expect(inc?.country == "Mexico")
    }

    /// "HMS Richmond", "USS Carney", "the General Santander academy": a ship or a person, not a town.
    @Test(arguments: [
        ("HMS Richmond shot down two drones over the Red Sea on Saturday, the British defence ministry said.", "Richmond"),
        ("A car bomb exploded at the General Santander police academy in Bogota on Thursday, killing 21 people. Colombia mourned.", "Santander"),
        ("Col. Ottawa and his unit were ambushed near Kandahar on Monday, and two soldiers were killed.", "Ottawa"),
    ])
    func aShipOrAPersonNamedLikeATownIsNotThePlace(text: String, name: String) {
        let inc = ExtractionFixture.one(text)
        #expect(inc != nil)
        #expect(inc?.place != name)
    }

    @Test func anAttackInANewlyListedTownIsPlaced() {
        let inc = ExtractionFixture.one("Boko Haram fighters attacked a village near Maiduguri on Monday, killing 12 people.")
        #expect(inc?.place == "Maiduguri")
    }
}
