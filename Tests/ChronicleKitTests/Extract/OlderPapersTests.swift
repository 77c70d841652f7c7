import Foundation
import Testing
@testable import ChronicleKit

/// Older newspaper styles: a dateline whose date ends in a full stop ("MADRAS, May 21. -"), victims counted as "N others"
/// after a named one, and cities under their older English names.
@Suite("Older papers")
struct OlderPapersTests {
    @Test(arguments: ["MADRAS, May 21. - ", "NEW DELHI, May 21 - ", "COLOMBO, May 21. — "])
    func aDatelineDateDatesTonightInTheNextMorningsPaper(dateline: String) {
        let found = ExtractionFixture.main(headline: "Bomb kills minister at rally",
            dateline + "A minister was killed tonight in a bomb explosion at an election meeting at Kirkuk.", published: "1991-05-22")
        #expect(found.first?.date == Day(iso: "1991-05-21"))
    }

    @Test(arguments: [
        ("A former minister was killed on Monday when a bomb exploded at a rally in Kirkuk. At least 14 others were killed with him.", 15),
        ("A former minister was killed on Monday when a bomb exploded at a rally in Kirkuk. Three others, among them two policemen, died along with him.", 4),
        ("Gunmen shot dead Mr K. Hassan, the secretary-general of the Kurdistan Workers' Front, and 12 others in a flat in Kirkuk on Monday.", 13),
        ("Gunmen shot dead Ali Hassan, a member of the provincial council for the Kurdistan Democratic Party, and two others in Kirkuk on Monday.", 3),
    ])
    func othersCountedAfterANamedVictimAddToHim(text: String, killed: Int) {
        let found = ExtractionFixture.extract(text, published: "2024-02-14")
        #expect(found.first?.killed == killed)
    }

    @Test(arguments: [
        ("A bomb exploded at a railway station in Madras, India, on Monday, killing 11 people.", "chennai"),
        ("A bomb exploded at a railway station in Bombay, India, on Monday, killing 11 people.", "mumbai"),
        ("A bomb exploded at a market in Rangoon, Burma, on Monday, killing 11 people.", "yangon"),
        ("A missile struck a building in Kiev, Ukraine, on Monday, killing 11 people.", "kyiv"),
    ])
    func anOlderEnglishNameIsTheCity(text: String, cityID: String) {
        let found = ExtractionFixture.one(text, published: "2024-02-14")
        #expect(found?.placeID == cityID)
    }
}
