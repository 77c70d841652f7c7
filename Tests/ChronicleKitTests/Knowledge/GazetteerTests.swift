import Foundation
import Testing
@testable import ChronicleKit

/// The shipped gazetteer: names as news writes them, word boundaries, hierarchy.
@Suite struct GazetteerTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer

    func ids(_ text: String) -> [String] { gazetteer.mentions(in: text).map(\.entry.id) }

    @Test func builtInDataLoads() {
        #expect(KnowledgeBase.builtInDiagnostics.isEmpty)
        #expect(gazetteer.places.count > 1000)
        for id in ["iraq", "syria", "jordan", "kuwait", "anbar", "erbil", "baghdad", "ain-al-asad-air-base",
                   "al-tanf-garrison", "tower-22", "green-zone", "deir-ez-zor", "abu-kamal", "hit"] {
            #expect(gazetteer.place(id: id) != nil, "missing \(id)")
        }
    }

    /// The countries' keys made once at load are the ones `Attribution.stateAsPerpetrator` used to make per call:
    /// each country's name lower-cased and its first word, in gazetteer order.
    @Test func countryKeysAreTheCountriesNamesAsCompared() {
        #expect(gazetteer.countryKeys.count == gazetteer.countries.count)
        #expect(gazetteer.countries.count > 100)
        for (c, k) in zip(gazetteer.countries, gazetteer.countryKeys) {
            #expect(k.lowered == c.name.asciiLower)
            #expect(k.firstWord == (Words.of(c.name).first ?? ""))
        }
        let iran = gazetteer.countries.firstIndex { $0.name == "Iran" }
        #expect(iran != nil)
        #expect(iran.map { gazetteer.countryKeys[$0].lowered } == "iran")
    }

    @Test(arguments: [
        ("rockets hit Erbil airport", "erbil-international-airport"),
        ("a drone struck Irbil on Monday", "erbil"),
        ("in Arbil, the regional capital", "erbil"),
        ("Hawler is the capital", "erbil"),
        ("rockets landed at al-Assad air base", "ain-al-asad-air-base"),
        ("rockets landed at Ain al-Asad", "ain-al-asad-air-base"),
        ("at Ayn al-Asad airbase in Anbar", "ain-al-asad-air-base"),
        ("a strike on Jurf al-Sakhr", "jurf-al-sakhr"),
        ("a strike on Jurf al-Nasr", "jurf-al-sakhr"),
        ("Jurf al Nasr south of Baghdad", "jurf-al-sakhr"),
        ("the Sulaimani governor", "sulaymaniyah"),
        ("Deir al-Zour countryside", "deir-ez-zor"),
        ("near Albukamal on the border", "abu-kamal"),
        ("near Al-Bukamal on the border", "abu-kamal"),
        ("the At-Tanf garrison", "al-tanf-garrison"),
        ("the Conoco gas field", "conoco-gas-field"),
        ("Camp Victory near the airport", "victory-base-complex"),
    ])
    func aliasSpellings(text: String, id: String) {
        #expect(ids(text).first == id, "\(text) → \(ids(text))")
    }

    @Test func possessivesAndCurlyApostrophes() {
        #expect(ids("Baghdad’s Green Zone was hit") == ["baghdad", "green-zone"])
        #expect(ids("Baghdad's Green Zone was hit") == ["baghdad", "green-zone"])
        #expect(ids("Iraq’s Anbar province") == ["iraq", "anbar"])
        let m = gazetteer.mentions(in: "Iraq’s Anbar")
        #expect(m.map(\.text) == ["Iraq", "Anbar"])
    }

    @Test func longestMatchWins() {
        #expect(ids("the US Embassy in Baghdad") == ["us-embassy-baghdad"])
        #expect(ids("Baghdad International Airport") == ["baghdad-international-airport"])
        #expect(ids("Erbil governorate") == ["erbil-governorate"])
        #expect(ids("Babil province") == ["babil"])
    }

    @Test func wordBoundariesAndCase() {
        #expect(ids("Iranian officials and Iraqi troops") == [])
        #expect(ids("the attack did not hit anything") == [])
        #expect(ids("iraq in lower case") == [])
        #expect(ids("ERBIL, Kurdistan Region –") == ["erbil", "kurdistan-region"])
        #expect(ids("Hitler") == [])
    }

    @Test func personNamesAreNotPlaces() {
        #expect(!ids("President Bashar al-Assad said").contains("ain-al-asad-air-base"))
        #expect(ids("Defense Minister Thabet Muhammad al-Abbasi met him") == [])
        #expect(ids("In al-Qaim, near the border") == ["al-qaim"])
    }

    @Test func actorNamesHidePlaceNames() {
        #expect(ids("the Islamic State of Iraq and Syria") == [])
        #expect(ids("Iran-backed militias fired rockets") == [])
        #expect(ids("the Islamic Resistance in Iraq claimed it") == [])
    }

    @Test func utf16Ranges() {
        let text = "Rockets — fired at “Erbil” 🚀 and Kirkuk"
        let ns = text as NSString
        for m in gazetteer.mentions(in: text) {
            #expect(ns.substring(with: NSRange(location: m.range.lowerBound, length: m.range.count)) == m.text)
        }
        #expect(ids(text) == ["erbil", "kirkuk"])
    }

    @Test func hierarchy() throws {
        let base = try #require(gazetteer.place(id: "ain-al-asad-air-base"))
        #expect(gazetteer.ancestors(of: base).map(\.id) == ["ain-al-asad-air-base", "anbar", "iraq"])
        let victory = try #require(gazetteer.place(id: "victory-base-complex"))
        #expect(gazetteer.ancestors(of: victory).map(\.id)
                == ["victory-base-complex", "baghdad-international-airport", "baghdad", "baghdad-governorate", "iraq"])
        let erbil = try #require(gazetteer.place(id: "erbil"))
        #expect(gazetteer.ancestors(of: erbil).map(\.id) == ["erbil", "erbil-governorate", "kurdistan-region", "iraq"])
        #expect(victory.admin1 == "Baghdad" && victory.country == "Iraq")
        let tanf = try #require(gazetteer.place(id: "al-tanf-garrison"))
        #expect(tanf.admin1 == "Homs" && tanf.country == "Syria")
        let tower = try #require(gazetteer.place(id: "tower-22"))
        #expect(tower.country == "Jordan")
    }

    /// Every place reaches a country through its parents, except the sea areas (a site with no parent): they lie in no
    /// country and no province.
    @Test func everyPlaceHasCountryAndParentChain() {
        let seas = gazetteer.places.filter { $0.kind == .site && $0.parent == nil }
        #expect(Set(seas.map(\.id)).isSuperset(of: ["red-sea", "gulf-of-aden", "bab-el-mandeb"]))
        for sea in seas { #expect(sea.country == nil && sea.admin1 == nil, "\(sea.id) lies in a country") }
        for p in gazetteer.places where !seas.contains(p) {
            #expect(p.country != nil, "\(p.id) has no country")
            let chain = gazetteer.ancestors(of: p)
            #expect(chain.last?.kind == .country, "\(p.id) does not reach a country")
            if p.kind != .country { #expect(p.parent != nil) }
            if let lat = p.latitude, let lon = p.longitude { #expect(abs(lat) <= 90 && abs(lon) <= 180) }
        }
        let ids = gazetteer.places.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func deterministic() {
        let text = "Rockets hit Ain al-Asad and Baghdad’s Green Zone; drones targeted Erbil airport and al-Tanf."
        let a = gazetteer.mentions(in: text)
        let b = KnowledgeBase.builtIn().gazetteer.mentions(in: text)
        #expect(a == b)
        #expect(a.map(\.range.lowerBound) == a.map(\.range.lowerBound).sorted())
    }
}

@Suite struct GazetteerLineBreakTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer
    func ids(_ text: String) -> [String] { gazetteer.mentions(in: text).map(\.entry.id) }

    @Test func namesContinueOverAWrappedLineOnlyIntoLowerCase() {
        #expect(ids("renamed Jurf\nal-Nasr in 2014") == ["jurf-al-sakhr"])
        #expect(ids("Rockets hit Baghdad\nAirport officials said") == ["baghdad"])
        #expect(ids("near Jurf\n\nal-Nasr") != ["jurf-al-sakhr"])
        #expect(ids("in Baghdad. Green Zone") == ["baghdad", "green-zone"])
    }

    @Test func commonEnglishWordsAreNotPlaces() {
        // Sentence-initial words that are also GeoNames alternate names somewhere in the region.
        #expect(ids("Main roads. Rest assured. Side effects. Hit hard. Salt water. Tell them. Mare nostrum.") == [])
        #expect(ids("Van and Muscat and Mecca") == ["van", "muscat", "mecca"])
    }
}

@Suite struct RegionalNamesTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer

    @Test(arguments: [
        ("Makhmour", "makhmour"), ("Qandil", "qandil-mountains"), ("Gara", "gara-mountain"), ("Hawija", "hawija"),
        ("Shirqat", "shirqat"), ("Sinjar", "sinjar"), ("Tal Afar", "tal-afar"), ("Tell Abyad", "tell-abyad"),
        ("Ras al-Ain", "ras-al-ain"), ("Serekaniye", "ras-al-ain"), ("Ain Issa", "ain-issa"), ("Kobani", "kobani"),
        ("Tal Rifaat", "tal-rifaat"), ("Baghuz", "baghuz"), ("Mayadin", "mayadin"), ("Qamishli", "qamishli"),
        ("Fallujah", "fallujah"), ("Ramadi", "ramadi"), ("Tarmiyah", "tarmiyah"), ("Abqaiq", "abqaiq"),
        ("Rukban", "rukban"), ("Tanf", "al-tanf-garrison"), ("Shayrat", "shayrat-air-base"), ("Sayyida Zeinab", "sayyida-zeinab"),
    ])
    func newsSpellings(name: String, id: String) {
        let found = gazetteer.mentions(in: "Reports from \(name) on Monday").map(\.entry.id)
        #expect(found == [id], "\(name) → \(found)")
    }

    // MARK: - The wider region (fourteenth session)

    @Test(arguments: [("Quetta", "Pakistan"), ("Benghazi", "Libya"), ("Arish", "Egypt"), ("Bamako", "Mali"), ("Afif", "Saudi Arabia")])
    func townsOfTheWiderRegionAreKnown(name: String, country: String) {
        let found = gazetteer.mentions(in: "A bomb exploded in \(name) on Monday.")
        #expect(found.map(\.entry.country) == [country], "\(name) → \(found.map(\.entry.id))")
    }

    @Test(arguments: ["the BLA claimed it", "fighting in the Delta and Centre regions", "Ain said on Monday"])
    func shortOrWordNamesOfTheWiderRegionAreNotMatched(text: String) {
        let found = gazetteer.mentions(in: text).filter { ["Mali", "Nigeria", "Burkina Faso", "Tunisia"].contains($0.entry.country) }
        #expect(found.isEmpty, "\(found.map(\.entry.id))")
    }

    /// Ids are stable across regenerations: places added later never take an id a page or a review already uses.
    @Test(arguments: [("tripoli", "Lebanon"), ("eastern-province", "Saudi Arabia"), ("aziziyah", "Iraq"), ("sabha", "Jordan")])
    func olderPlacesKeepTheirIds(id: String, country: String) {
        #expect(gazetteer.place(id: id)?.country == country)
    }

    @Test(arguments: [
        ("near Zawiya, south of Samarra in Salahuddin province", false),
        ("in Zawiya, west of Tripoli, Libya", true),
        ("in Zawiya and Sabratha", true),
    ])
    func aWiderRegionTownAloneInAReportOnElsewhereIsDropped(text: String, kept: Bool) {
        let found = gazetteer.withoutStrayWiderTowns(gazetteer.preferringTextCountry(gazetteer.mentions(in: "Gunmen attacked a post \(text) on Friday.")))
        #expect(found.contains(where: { $0.entry.country == "Libya" && $0.entry.kind == .city }) == kept, "\(found.map(\.entry.id))")
    }
}

