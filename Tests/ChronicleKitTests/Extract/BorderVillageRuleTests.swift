import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fifth session: Lebanon's governorates and border villages in the gazetteer, the spelling of an ‘ain as a
/// doubled vowel ("Maadan"), villages of a district town, a further attack at another town, and claims whose subject
/// is "the group". Invented sentences in several outlets' styles, with negatives.
@Suite("Border villages, further attacks and anaphoric claims")
struct BorderVillageRuleTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer
    func main(_ text: String, published: String) -> [Incident] { ExtractionFixture.main(text, published: published) }
    func all(_ text: String, published: String) -> [Incident] { ExtractionFixture.extract(text, published: published) }

    // MARK: - Gazetteer

    @Test(arguments: [
        ("Khiam", "Nabatieh"), ("Bint Jbeil", "Nabatieh"), ("Naqoura", "South Lebanon"), ("Hermel", "Baalbek-Hermel"),
        ("Aita al-Shaab", "Nabatieh"), ("Tyre", "South Lebanon"), ("Zahle", "Beqaa"), ("Hosh al-Sayyed Ali", "Baalbek-Hermel"),
    ])
    func lebaneseTownsHaveEnglishGovernorates(name: String, admin1: String) throws {
        let p = try #require(gazetteer.place(named: name), "\(name) not in the gazetteer")
        #expect(p.country == "Lebanon")
        #expect(p.admin1 == admin1)
    }

    @Test(arguments: ["Bekaa", "Baalbek-Hermel governorate", "Nabatieh governorate", "Akkar"])
    func lebaneseGovernoratesAreProvinces(name: String) throws {
        let p = try #require(gazetteer.place(named: name))
        #expect(p.kind == .admin1)
        #expect(p.country == "Lebanon")
    }

    @Test(arguments: [("Maadan", "Raqqa"), ("Ma'dan", "Raqqa"), ("Madan", "Raqqa")])
    func anAinWrittenAsADoubledVowelFindsTheTown(name: String, admin1: String) throws {
        let p = try #require(gazetteer.place(named: name))
        #expect(p.admin1 == admin1)
    }

    @Test func aLebaneseVillageStrikeIsPlacedInItsGovernorate() throws {
        let incidents = main("""
        Israeli strike hits south Lebanon village
        BEIRUT (AP) — An Israeli drone strike hit a motorcycle in the border village of Odaisseh on Tuesday afternoon, killing two men, Lebanon's state news agency said.
        """, published: "2024-03-12")
        let strike = try #require(incidents.first)
        #expect(strike.place == "Odaisseh")
        #expect(strike.admin1 == "Nabatieh")
        #expect(strike.country == "Lebanon")
        #expect(strike.date == Day(year: 2024, month: 3, day: 12))
    }

    @Test func aListedBorderCrossingIsTheGazetteerSite() throws {
        let incidents = main("""
        Strike cuts Lebanon-Syria road
        An Israeli strike early Friday cut the road linking Lebanon and Syria near the Masnaa border crossing, the minister said.
        """, published: "2024-10-04")
        let strike = try #require(incidents.first)
        #expect(strike.placeID == "masnaa-crossing")
        #expect(strike.admin1 == "Beqaa")
        #expect(strike.geoPrecision == .site)
    }

    // MARK: - Villages of a district town

    @Test(arguments: [
        "The drone hit a car near the village of Khanasor, north of Sinjar mountain, in the afternoon, a local official said.",
        "The strike hit a pick-up truck outside Khanasor, a local YBS spokesman told Rudaw.",
    ])
    func aVillageOfTheDistrictTownIsWhereThatStrikeHit(detail: String) throws {
        let incidents = main("""
        Turkish drone kills two in Sinjar
        DUHOK — A Turkish drone strike killed two members of the Sinjar Resistance Units in Sinjar on Monday, officials said.
        \(detail)
        """, published: "2021-08-17")
        #expect(incidents.count == 1)
        let strike = try #require(incidents.first)
        #expect(strike.place == "Khanasor")
        #expect(strike.date == Day(year: 2021, month: 8, day: 16))
    }

    // MARK: - A further attack at another town

    @Test(arguments: [
        "Hours before, another strike had targeted a house in Sinune, wounding three people, the mayor said.",
        "Another drone strike hit a farm in Sinune later that day, wounding three people.",
    ])
    func aFurtherAttackAtAnotherTownIsAnotherEvent(second: String) throws {
        let incidents = all("""
        Turkish drones strike Sinjar district
        A Turkish drone strike killed two fighters in Khanasor on Monday night, local officials said.
        \(second)
        """, published: "2022-12-06")
        let places = Set(incidents.compactMap(\.place))
        #expect(places.contains("Khanasor"))
        #expect(places.contains("Sinune"))
        let sinune = try #require(incidents.first(where: { $0.place == "Sinune" }))
        #expect(sinune.wounded == 3)
        #expect(sinune.killed == nil)
    }

    @Test func anotherRocketAtTheSamePlaceStaysOneEvent() throws {
        let incidents = main("""
        Rockets hit Ain al-Asad air base
        Two rockets hit Ain al-Asad air base in Anbar on Tuesday morning, the coalition said.
        Another rocket struck Ain al-Asad air base minutes later, causing no casualties.
        """, published: "2023-10-24")
        #expect(incidents.count == 1)
    }

    // MARK: - Merging across articles

    func report(_ article: String, place: String, placeID: String, lat: Double, lon: Double) -> Incident {
        Incident(date: Day(iso: "2021-08-16"), datePrecision: .day, eventType: .airstrike, place: place, placeID: placeID,
                 admin1: "Nineveh", country: "Iraq", latitude: lat, longitude: lon, geoPrecision: .city, killed: 2, role: .main,
                 sources: [IncidentSource(article: article, role: .main, evidence: "Evidence from \(article).")])
    }

    @Test func aVillageAndItsDistrictTownMergeAcrossArticlesHoweverFarTheirPoints() {
        // 40 km apart on purpose: the hierarchy, not the distance, says one is inside the other.
        let village = report("a", place: "Khanasor", placeID: "khanasor", lat: 36.60, lon: 41.50)
        let town = report("b", place: "Sinjar", placeID: "sinjar", lat: 36.32, lon: 41.88)
        #expect(IncidentMerger.merge([village, town], places: gazetteer).count == 1)
        #expect(IncidentMerger.merge([village, town]).count == 2, "without the gazetteer only the distance speaks")
        let elsewhere = report("c", place: "Tal Afar", placeID: "tal-afar", lat: 36.38, lon: 42.45)
        #expect(IncidentMerger.merge([village, elsewhere], places: gazetteer).count == 2)
    }

    // MARK: - Claims whose subject is "the group"

    @Test(arguments: [
        "The same group had announced, the previous evening, that it had attacked Ain al-Asad air base in western Anbar with two drones.",
        "The group said in a statement that it had targeted Ain al-Asad air base with two drones late on Wednesday.",
        "The militia also claimed a drone attack on Ain al-Asad air base on Wednesday night.",
    ])
    func theGroupClaimingNamesTheGroupToldJustBefore(second: String) throws {
        let incidents = all("""
        Rockets target Victory base near Baghdad airport
        Two rockets targeted the Victory base near Baghdad airport at dawn on Thursday, a security source said.
        The Islamic Resistance in Iraq claimed responsibility for the attack in a statement on Telegram.
        \(second)
        """, published: "2023-10-26")
        let asad = try #require(incidents.first(where: { $0.placeID == "ain-al-asad-air-base" }))
        #expect(asad.perpetrator == "Islamic Resistance in Iraq")
    }

    @Test func aGroupOnlyNamedBeforeIsNotTheClaimant() throws {
        let incidents = all("""
        Drone attack on Ain al-Asad
        US officials have long accused Kataib Hezbollah of ties to Iran.
        The group claimed a drone attack on Ain al-Asad air base on Wednesday night, a statement said.
        """, published: "2023-10-26")
        let asad = try #require(incidents.first(where: { $0.placeID == "ain-al-asad-air-base" }))
        #expect(asad.perpetrator == "unknown")
    }
}
