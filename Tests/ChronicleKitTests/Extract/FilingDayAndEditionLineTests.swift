import Testing
@testable import ChronicleKit

/// A dateline's day is the day a report was written: a newspaper prints it a day or two later, and its "this morning"
/// and "on Monday" count from the dateline. Datelines on a line of their own, Spanish-language agencies' ".-", and
/// newspapers' edition lines that name the city of print.
@Suite("Filing days, lone datelines and edition lines")
struct FilingDayAndEditionLineTests {
    @Test(arguments: [
        ("New Delhi/Kabul, July 7", "New Delhi/Kabul, July 7"),
        ("ISLAMABAD, Oct 5 (Reuters)", "ISLAMABAD, Oct 5"),
        ("Lahore, 3 June", "Lahore, 3 June"),
    ])
    func aDatelineOnItsOwnLineIsTheLeadsDateline(line: String, expected: String) {
        let c = TextCleaner.clean("Bomb hits market in the city centre\n\(line)\nA bomb hidden in a cart exploded in a crowded market this morning, killing nine people and wounding 30, police said.\nThe market was closed after the blast.", hasTitle: false)
        #expect(c.dateline == expected)
        #expect(c.paragraphs.first?.hasPrefix("A bomb hidden") == true)
    }

    @Test(arguments: ["Middle East", "Kabul, Afghanistan", "World News"])
    func aPlaceHeadingWithoutADateIsNoDateline(line: String) {
        let c = TextCleaner.clean("Bomb hits market in the city centre\n\(line)\nA bomb hidden in a cart exploded in a crowded market this morning, killing nine people and wounding 30, police said.", hasTitle: false)
        #expect(c.dateline == nil)
    }

    @Test(arguments: [
        ("BOGOTA, Feb. 8 (Notimex).- A powerful car bomb", "BOGOTA, Feb. 8"),
        ("MADRID, 8 Feb (EFE).- A bomb", "MADRID, 8 Feb"),
        ("Caracas (EFE).- A bomb", "Caracas"),
    ])
    func spanishAgenciesPutAFullStopBeforeTheDash(opening: String, expected: String?) {
        let c = TextCleaner.clean("Car bomb kills dozens\n\(opening) went off on Friday night in the north of the capital, killing at least 32 people.", hasTitle: false)
        #expect(c.dateline == expected)
    }

    @Test func aDatelineDayIsNoEventDay() {
        let found = ExtractionFixture.main(headline: "Car bomb kills 32 at social club",
            "BOGOTA, Feb. 8 (Notimex).- A powerful car bomb exploded in the underground car park of a social club in northern Bogota on Friday night, killing at least 32 people, police said on Saturday.",
            published: "2003-02-08")
        #expect(found.map { $0.date?.iso } == ["2003-02-07"])
    }

    @Test(arguments: [
        // Printed Tuesday 8 July, filed Monday 7 July.
        ("New Delhi/Kabul, July 7", "this morning", "2008-07-08", "2008-07-07"),
        ("Islamabad, July 7", "early on Monday", "2008-07-08", "2008-07-07"),
        ("PESHAWAR, July 6", "yesterday", "2008-07-08", "2008-07-05"),
        // A dateline of the day of print changes nothing.
        ("Karachi, July 8", "this morning", "2008-07-08", "2008-07-08"),
    ])
    func deicticTimesCountFromTheFilingDay(dateline: String, when: String, published: String, expected: String) {
        let found = ExtractionFixture.main(headline: "Suicide car bomb kills 41 at embassy gate",
            dateline,
            "A suicide bomber rammed an explosives-laden car into the gate of the Indian Embassy in Kabul \(when), killing 41 people and injuring 141 others.",
            published: published)
        #expect(found.map { $0.date?.iso } == [expected])
    }

    @Test func aDatelineDayAfterPublicationIsNoFilingDay() {
        let article = Article(id: "a", file: "a.txt", path: "a.txt", title: "t", published: Day(year: 2008, month: 7, day: 8)!, dateline: "Kabul, July 9", paragraphs: ["x"])
        #expect(IncidentExtractor.writingDay(of: article) == nil)
        let filed = Article(id: "a", file: "a.txt", path: "a.txt", title: "t", published: Day(year: 2008, month: 7, day: 8)!, dateline: "Kabul, July 6", paragraphs: ["x"])
        #expect(IncidentExtractor.writingDay(of: filed)?.iso == "2008-07-06")
        let old = Article(id: "a", file: "a.txt", path: "a.txt", title: "t", published: Day(year: 2008, month: 7, day: 8)!, dateline: "Kabul, July 1", paragraphs: ["x"])
        #expect(IncidentExtractor.writingDay(of: old) == nil)
    }

    @Test(arguments: [
        ("Tuesday, July 8, 2008, Chandigarh, India", "2008-07-08"),
        ("Karachi, Monday, 12 May 2008", "2008-05-12"),
        ("3 March 2021, Erbil", "2021-03-03"),
        ("Sunday, 14 February 2010, New Delhi, India", "2010-02-14"),
    ])
    func anEditionLineWithTheCityOfPrintIsAStamp(stamp: String, iso: String) {
        let (d, src) = StampFixture.pub("Checkpoint hit by rocket in the north\n\(stamp)\n\(StampFixture.lead)\nThe guards were taken to hospital.")
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test(arguments: ["Attack in Kabul, July 8, 2008", "Rockets hit Erbil, 3 March 2021, officials said"])
    func aHeadlineWithADateIsNoEditionLine(line: String) {
        #expect(!Boilerplate.isDateWithPlace(line))
    }
}
