import Testing
@testable import ChronicleKit

/// Links to other stories, each headline ending with its day in brackets, under a heading in any language or none
/// (forty-seventh session).
@Suite("Lists of dated headlines")
struct DatedHeadlineListTests {
    static let report = """
    Rockets hit an air base in the west

    Three rockets struck an air base in Anbar province on Monday, causing no casualties, a security official said.

    The official said the rockets were fired from a field near the town of Baghdadi.
    """

    @Test(arguments: [
        ["- Baghdad: Attack on hotels kills dozens (25.01.2010)", "- Iraq: Allawi's list ahead after final count (26.03.2010)"],
        ["Gaza: Egypt warns against closure of crossings (4/4/2010)", "Sudan: election commission confirms April date (4/4/2010)"],
        ["* Car bomb kills 12 in Kirkuk market (March 3, 2010)", "* Turkish jets strike PKK targets (2 March 2010)", "* Talks on oil law stall (2010-02-27)"],
    ])
    func twoOrMoreInARowAreOtherStories(_ items: [String]) {
        let body = Self.report + "\n\nMehr zum Thema\n\n" + items.joined(separator: "\n\n")
        let cleaned = TextCleaner.clean(body, hasTitle: false)
        for item in items {
            #expect(!cleaned.paragraphs.contains { $0.contains(item.dropFirst(2).prefix(20)) })
            #expect(cleaned.removed.contains { $0.contains(item.dropFirst(2).prefix(20)) })
        }
        // The other stories' attacks are no incidents of this report.
        let found = ExtractionFixture.extract(body, published: "2010-04-05")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2010-04-05"))
    }

    @Test func aSingleBracketedDayIsKept() {
        // One line of report that ends with a day in brackets is no list of links.
        let line = "The ministry named the dead in a statement (5 April 2010)"
        let cleaned = TextCleaner.clean(Self.report + "\n\n" + line, hasTitle: false)
        #expect(cleaned.paragraphs.contains { $0.hasPrefix("The ministry named") })
    }

    @Test(arguments: [
        "Baghdad: Attack on hotels kills dozens (25.01.2010)",
        "- Sudan votes (March 3, 2010)",
        "Talks stall (2010-02-27)",
    ])
    func aDatedHeadlineEndsWithItsDay(_ line: String) {
        #expect(Boilerplate.isDatedHeadline(line))
    }

    @Test(arguments: [
        "The blast killed 12 people (police said).",
        "Three rockets struck the base. The army replied (3 March 2010)",
        "Casualties (2010)",
    ])
    func aSentenceOrABareYearIsNone(_ line: String) {
        #expect(!Boilerplate.isDatedHeadline(line))
    }
}
