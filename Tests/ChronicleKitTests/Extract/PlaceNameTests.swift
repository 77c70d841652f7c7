import Foundation
import Testing
@testable import ChronicleKit

/// An incident's place is named as its source writes it when that is another name for the gazetteer's place
/// (coders copy their source's spelling); spellings and fuller forms of the gazetteer's own name keep it.
@Suite("Place names as written")
struct PlaceNameTests {
    @Test(arguments: [
        ("K1 air base", "K1 base", true),
        ("Sayyida Zeinab", "Sayeda Zeinab", true),
        ("Deir ez-Zor", "Deir ez-Zor province", true),
        ("Golan Heights", "occupied Golan Heights", true),
        ("Malikiyah", "Derik", false),
        ("Al-Musayab", "Al-Musayyib", false),
        ("Jamjamal", "Chamchamal", false),
        ("Jurf al-Sakhr", "Jurf al-Nasr", true),
    ])
    func sameNameOrAnother(gazetteer: String, written: String, same: Bool) {
        let shared = !ArticleEvents.distinctiveWords(gazetteer).isDisjoint(with: ArticleEvents.distinctiveWords(written))
        #expect(shared == same)
    }

    @Test func anotherNameIsKeptAsWrittenAndLinkedToTheGazetteerPlace() throws {
        let incidents = ExtractionFixture.extract("""
        Turkish drone strike kills two in northeast Syria
        QAMISHLI, Syria (AP) — A Turkish drone struck a car in the town of Derik on Tuesday, killing two members of the Kurdish-led forces, a war monitor said.
        """, published: "2022-08-17")
        let strike = try #require(incidents.first)
        #expect(strike.place == "Derik")
        #expect(strike.placeID == "malikiyah")
        #expect(strike.admin1 == "Hasakah")
    }

    @Test func theGazetteerNameWinsWhenTheArticleAlsoUsesIt() throws {
        let incidents = ExtractionFixture.extract("""
        Drone hits town in Hasakah province
        A drone struck a car in Derik on Tuesday, killing two fighters. Malikiyah, as the town is also known, lies near the Iraqi border.
        """, published: "2022-08-17")
        let strike = try #require(incidents.first)
        #expect(strike.place == "Malikiyah")
    }

    @Test func aDatelineInCapitalsGivesTheGazetteerName() throws {
        let incidents = ExtractionFixture.extract("""
        Rockets hit near airport
        IRBIL, Iraq (Reuters) - Two rockets hit near the airport in Hawler late on Monday, officials said.
        """, published: "2021-02-16")
        let strike = try #require(incidents.first)
        #expect(strike.placeID != nil)
        #expect(strike.place != "IRBIL")
    }
}

/// A report that says where only vaguely takes the place from a later sentence retelling the same event.
@Suite("Place from a retelling")
struct RetoldPlaceTests {
    @Test(arguments: [
        ("Militants ambushed a bus carrying soldiers in the country's eastern desert late Thursday, killing 12 troops, state media said.\nThe state news agency quoted a military official as saying the bus was attacked near the town of Palmyra in Homs province while it was carrying soldiers on leave.", "Palmyra"),
        ("Militants ambushed a bus carrying soldiers in the desert late Thursday, killing 12 troops.\nAn official said the bus was attacked near the town of Palmyra in Homs province.", "Palmyra"),
    ])
    func vagueReportTakesTheRetoldPlace(text: String, place: String) throws {
        let incidents = ExtractionFixture.extract("Militants ambush bus, kill 12 soldiers in desert\n" + text, published: "2023-08-11")
        let main = try #require(incidents.first(where: { $0.role == .main }))
        #expect(main.place == place)
    }

    @Test func aReportWithItsOwnPlaceKeepsIt() throws {
        let incidents = ExtractionFixture.extract("""
        Attack kills soldiers
        Gunmen ambushed a convoy near Sukhnah late on Tuesday, killing four drivers, officials said.
        Last year a convoy was attacked near the town of Palmyra.
        """, published: "2023-08-16")
        let main = try #require(incidents.first(where: { $0.role == .main }))
        #expect(main.place == "Sukhnah")
    }
}
