import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fifty-first session (invented phrasings): a series of bombs that struck on one day it names is one
/// coordinated attack even before its toll is known.
@Suite("Series on one day")
struct SeriesOnOneDayTests {
    /// A series (string, spate) of bombs that tore through or hit a place, with the day in the sentence, before or after.
    @Test(arguments: [
        ("At nightfall yesterday a series of car bombs tore through the crowded markets of Kirkuk.", "2024-02-13"),
        ("A string of bombs ripped through two bus stations in Hilla on Monday morning, police said.", "2024-02-12"),
        ("A spate of bombs hit the main market of Baqubah late on Saturday.", "2024-02-10"),
        ("Officials said a series of car bombs exploded outside three churches in Mosul this morning.", "2024-02-14"),
    ])
    func aSeriesThatStruckOnANamedDayIsOneAttack(_ sentence: String, _ day: String) throws {
        let found = try #require(ExtractionFixture.one(sentence))
        #expect(found.date == Day(iso: day))
        #expect(found.role == .main)
    }

    /// Not a series over a span, nor one with no day, nor one whose only day is the day of speaking.
    @Test(arguments: [
        "A series of bombings have hit Kirkuk since May.",
        "A series of car bombs hit Kirkuk in May.",
        "A series of car bombs tore through Kirkuk's markets, residents recalled.",
        "On Monday officials said a series of bombs hit Kirkuk in recent years.",
    ])
    func noSeriesWithoutItsOwnDay(_ sentence: String) {
        #expect(ExtractionFixture.one(sentence) == nil)
    }
}
