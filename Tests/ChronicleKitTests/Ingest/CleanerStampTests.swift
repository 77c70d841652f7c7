import Testing
@testable import ChronicleKit

/// A raw page cleaned and its publication day found, as the stamp tests need it.
enum StampFixture {
    static func pub(_ body: String) -> (Day?, PublicationSource) {
        let c = TextCleaner.clean(body, hasTitle: false)
        return PublicationDay.find(in: c, removed: c.removed)
    }

    static let lead = "A rocket struck a checkpoint outside the town on Tuesday, wounding two guards, police officials said."
}

/// Publication stamps, bylines, datelines, titles and outlets found in raw report text.
@Suite("TextCleaner stamps and titles")
struct CleanerStampTests {
    func pub(_ body: String) -> (Day?, PublicationSource) { StampFixture.pub(body) }
    let lead = StampFixture.lead

    @Test(arguments: [
        ("Published\n9 October 2022", "2022-10-09"),
        ("Updated:\nFebruary 2, 2021", "2021-02-02"),
        ("Last updated\nThursday, 5 August, 2021 - 14:10", "2021-08-05"),
        ("First published on\n2019-11-30", "2019-11-30"),
    ])
    func stampWordWithDateOnNextLine(stamp: String, iso: String) {
        let (d, src) = pub("Checkpoint hit by rocket in the north\n\(stamp)\n\(lead)\nThe guards were taken to hospital.")
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test(arguments: [
        ("17 Apr 2022", "2022-04-17"),
        ("October 3, 2020", "2020-10-03"),
        ("Sep 9, 2023, 8:15 PM", "2023-09-09"),
        ("Tuesday, 14 June, 2022 - 07:30", "2022-06-14"),
        ("Fri 2 Dec 2022 10.05 GMT", "2022-12-02"),
    ])
    func bareDateLineNearTheTop(line: String, iso: String) {
        let (d, src) = pub("Checkpoint hit by rocket in the north\n\(line)\n\(lead)\nThe guards were taken to hospital.")
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    /// A scraped wire page: the stamp carries an "Updated … ago" note after its date, and a list of older stories
    /// under a heading the cleaner does not know ends the page with bare dates. The stamp at the top wins.
    @Test(arguments: [
        ("March 4, 2023 9:02 AM GMT+3 Updated 2 hours ago", "Keep reading", "March 4, 2022", "2023-03-04"),
        ("11 July 2021 10:15 GMT Updated ago", "What to read next", "11 July 2020", "2021-07-11"),
        ("Sep 30, 2024, 6:40 PM ET Published", "Elsewhere on the site", "September 30, 2023", "2024-09-30"),
    ])
    func dateThenUpdatedStampBeatsOlderStoriesBelow(stamp: String, heading: String, older: String, iso: String) {
        let page = "Checkpoint hit by rocket in the north\nBy Staff\n\(stamp)\n\(lead)\nThe guards were taken to hospital.\n"
            + "Police said an investigation had begun.\n\(heading)\nMiddle East\nBombers strike market in the capital\n\(older)"
        let (d, src) = pub(page)
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    /// A tracker's entries each open with "Date:": they date the entries, not the page. A page stamp of another word
    /// dates it; without one the day is unknown.
    @Test func entryDatesOfATrackerAreNoPageStamp() {
        let entries = "Date: Saturday 1 February 2014, evening\n\(lead)\nThe guards were taken to hospital.\n"
            + "Date: Monday 3 February 2014, morning\nA bomb exploded on a minibus, killing four passengers.\nPolice sealed off the road."
        let (none, src) = pub("Bombings in the north: a log\n" + entries)
        #expect(none == nil)
        #expect(src == .unknown)
        let (d, _) = pub("Bombings in the north: a log\nDatabase last updated: 2014-02-05\n" + entries)
        #expect(d?.iso == "2014-02-05")
    }

    /// A thread's posts carry their clock time: the first post dates the page.
    @Test func postsWithTheirTimeDateThePageByTheFirst() {
        let (d, _) = pub("Checkpoint hit by rocket\nDate: Tue, 18 Aug 1998 21:40:12 +0100\n\(lead)\nThe guards were taken to hospital.\n"
                         + "Date: Wed, 19 Aug 1998 08:15:33 GMT\nAnother post says two guards were hurt.")
        #expect(d?.iso == "1998-08-18")
    }

    @Test func anUpdateStampStillLosesToThePublicationStamp() {
        let (d, _) = pub("Checkpoint hit by rocket in the north\nUpdated 12:40 PM on June 3, 2022\nPublished June 2, 2022\n\(lead)\nThe guards were taken to hospital.")
        #expect(d?.iso == "2022-06-02")
    }

    @Test func bareDateLineAtTheBottom() {
        let (d, _) = pub("Checkpoint hit by rocket in the north\n\(lead)\nThe guards were taken to hospital.\n11 November 2021")
        #expect(d?.iso == "2021-11-11")
    }

    @Test(arguments: [
        ("By Mary Stone | May 30, 2022 | The Frontier Monitor", "2022-05-30"),
        ("The Desert Courier • 12 January 2023", "2023-01-12"),
        ("By Omar Said · Feb 1, 2020", "2020-02-01"),
    ])
    func datedBylinesWithSeparators(line: String, iso: String) {
        let c = TextCleaner.clean("Checkpoint hit by rocket in the north\n\(line)\n\(lead)\nMore details later.", hasTitle: false)
        #expect(PublicationDay.find(in: c, removed: c.removed).0?.iso == iso)
        #expect(c.paragraphs.first == lead)
    }

    @Test func aSentenceWithADateIsNotAStamp() {
        #expect(!Boilerplate.isDateLine("The base was first attacked on March 3, 2020, officials said."))
        #expect(!Boilerplate.isDateLine("Talks resumed | March 3, 2020 | after a long pause in the negotiations between the two delegations"))
        #expect(!Boilerplate.isDateLine("March 3"))
        let (d, src) = pub("Checkpoint hit by rocket in the north\nThe first attack came on 4 May 2021, the police said.\n\(lead)")
        #expect(d == nil)
        #expect(src == .unknown)
    }

    @Test func datelineWithFullDateGivesTheDay() {
        let (d, src) = pub("Checkpoint hit by rocket in the north\nMOSUL, Feb. 8, 2021 (Reuters) - \(lead)\nMore to come.")
        #expect(d?.iso == "2021-02-08")
        #expect(src == .text)
    }

    @Test func datelineAfterABylineAndWithASlash() {
        let c = TextCleaner.clean("""
        Checkpoint hit by rocket in the north
        By Jane Roe and Sam Poe
        MOSUL/ANKARA, Nov 4 (Reuters) - \(lead)
        More to come.
        """, hasTitle: false)
        #expect(c.dateline == "MOSUL/ANKARA, Nov 4")
        #expect(c.paragraphs.first == lead)
        #expect(c.outlet == "Reuters")
        #expect(c.removed.contains("By Jane Roe and Sam Poe"))
    }

    @Test func authorLineBeforeADatelineIsDropped() {
        let c = TextCleaner.clean("Checkpoint hit by rocket in the north\nNewsroom Staff\nKIRKUK — \(lead)\nMore.", hasTitle: false)
        #expect(c.dateline == "KIRKUK")
        #expect(c.paragraphs.first == lead)
    }

    @Test(arguments: [("(AP)", "AP"), ("(AFP)", "AFP"), ("(Reuters)", "Reuters")])
    func agencyTagNamesTheOutlet(tag: String, outlet: String) {
        let c = TextCleaner.clean("Checkpoint hit by rocket in the north\nKIRKUK \(tag) — \(lead)\nMore.", hasTitle: false)
        #expect(c.outlet == outlet)
        #expect(c.dateline == "KIRKUK")
    }

    @Test func outletFillsArticleOnlyWithoutFrontMatter() {
        let raw = SourceFile(path: "a.txt", text: "Checkpoint hit by rocket in the north\nKIRKUK (AFP) - \(lead)\nMore.")
        #expect(ArticleIngester.ingest(raw).0?.outlet == "AFP")
        let fm = SourceFile(path: "b.md", text: "---\ntitle: Checkpoint hit\noutlet: The Courier\n---\nKIRKUK (AFP) - \(lead)\n")
        #expect(ArticleIngester.ingest(fm).0?.outlet == "The Courier")
    }

    @Test(arguments: ["Home | World | Middle East", "News › Region › Iraq", "Start » Politics » Security"])
    func breadcrumbIsNeverTheTitle(crumb: String) {
        let c = TextCleaner.clean("\(crumb)\nCheckpoint hit by rocket in the north\n\(lead)\nMore.", hasTitle: false)
        #expect(c.headline == "Checkpoint hit by rocket in the north")
        #expect(c.removed.contains(crumb))
    }

    @Test func runOfSectionLabelsIsSkipped() {
        let c = TextCleaner.clean("Menu\nWorld\nAnalysis\nIraq\nCheckpoint hit by rocket in the north\n\(lead)\nMore.", hasTitle: false)
        #expect(c.headline == "Checkpoint hit by rocket in the north")
    }

    @Test func titleFromTheLeadWhenTheFirstLineIsTooShort() {
        let c = TextCleaner.clean("Iraq\nNews\n\(lead)\nThe guards were taken to hospital.", hasTitle: false)
        #expect(c.headline != nil)
        #expect(c.headline?.hasPrefix("A rocket struck a checkpoint") == true)
    }

    @Test(arguments: [("Frontier Post/ Rocket hits checkpoint near the border", "Frontier Post"),
                      ("AFP - Rocket hits checkpoint near the border", "AFP")])
    func outletPrefixLeavesTheHeadline(line: String, outlet: String) {
        let c = TextCleaner.clean("\(line)\n\(lead)\nMore.", hasTitle: false)
        #expect(c.headline == "Rocket hits checkpoint near the border")
        #expect(c.outlet == outlet)
    }

    @Test func outletPrefixOnTheLeadIsStripped() {
        let c = TextCleaner.clean("Rocket hits checkpoint near the border\nFrontier Post/ \(lead)\nMore.", hasTitle: false)
        #expect(c.paragraphs.first == lead)
        #expect(c.outlet == "Frontier Post")
    }

    @Test func yearScanMatchesTheRegex() {
        for s in ["in 2020", "2020", "x2020", "20201", "1999.", "(2035)", "3020", "a 19 20", "20 19", "FY2021", "2021-03-04", "no year"] {
            #expect(Boilerplate.containsYear(s) == Rx.year.test(s as NSString), "\(s)")
        }
    }
}

import Foundation

@Suite("TextCleaner line splitting")
struct CleanerLineTests {
    @Test func byteSplitMatchesCharacterSplit() {
        for body in ["a\nb", "a\r\nb\rc\n\nd", "\n\n", "", "x\r\n\r\ny", "é\n👍🏽\r\nz\n", "no breaks", "end\n"] {
            let reference = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            #expect(TextCleaner.lineSlices(body).map(String.init) == reference.map(String.init), "\(body.debugDescription)")
        }
    }
}

@Suite("TextCleaner titles from leads")
struct CleanerLeadTitleTests {
    @Test func longLeadWithEmojiIsCutOnCharacters() {
        let lead = String(repeating: "🚀", count: 60) + " " + String(repeating: "🔥", count: 80)
        let t = TextCleaner.headlineFromLead(lead)
        #expect(t?.hasSuffix("…") == true)
        #expect((t?.count ?? 0) <= 112)
    }
}

/// Numeric and timestamp publication dates: read only when the order of day and month is certain.
@Suite("Numeric publication dates")
struct NumericPublicationDateTests {
    func pub(_ body: String) -> (Day?, PublicationSource) {
        let c = TextCleaner.clean(body, hasTitle: false)
        return PublicationDay.find(in: c, removed: c.removed)
    }

    let lead = "A rocket struck a checkpoint outside the town on Tuesday, wounding two guards, police officials said."

    @Test(arguments: [
        ("Car bomb kills five\n19-09-2023\n", "2023-09-19"),
        ("Car bomb kills five\n16/01/2019\n", "2019-01-16"),
        ("Car bomb kills five\nPublished on 2023-09-19T08:12:00Z\n", "2023-09-19"),
        ("Car bomb kills five\nBaghdad 15/08/2021\n", "2021-08-15"),
        ("Car bomb kills five\nPosted 09/19/2023 10:31\n", "2023-09-19"),
        ("Car bomb kills five\nUpdated: 14:05 GMT, 12 March 2023\n", "2023-03-12"),
        ("Car bomb kills five\n2023/09/19\n", "2023-09-19"),
        ("Car bomb kills five\nBy AFP - Sep 19,2023\n", "2023-09-19"),
        ("Car bomb kills five\n19 Sep 2023 - Baghdad\n", "2023-09-19"),
        ("Car bomb kills five\nBaghdad - 19/09/2023\n", "2023-09-19"),
        ("Car bomb kills five\n19.09.2023 | 08:12\n", "2023-09-19"),
        ("Car bomb kills five\nSEPTEMBER 9, 2024 01:14\n", "2024-09-09"),
        ("Car bomb kills five\n9 SEPT 2024\n", "2024-09-09"),
        ("Car bomb kills five\nNovember 7, 20219:56 AM GMT+2Updated 3 years ago\n", "2021-11-07"),
        ("Car bomb kills five\nMarch 3, 2022 10:05 am EDT | Updated an hour ago\n", "2022-03-03"),
    ])
    func numericAndTimestampDatesGiveTheDay(head: String, iso: String) {
        let (d, src) = pub(head + lead)
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test(arguments: ["Car bomb kills five\n08/04/2023\n", "Car bomb kills five\nPublished: 06/11/2019\n", "Car bomb kills five\nBaghdad 03.05.2022\n"])
    func ambiguousNumericDatesStayUnknown(head: String) {
        #expect(pub(head + lead).0 == nil)
    }

    @Test func numericDateInADatelineGivesTheDayAndIsStripped() {
        let c = TextCleaner.clean("DAMASCUS, 27/07/2023 - Six people were killed on Thursday when a bomb exploded near the shrine, the ministry said.", hasTitle: false)
        #expect(PublicationDay.find(in: c, removed: c.removed).0?.iso == "2023-07-27")
        #expect(c.paragraphs.first?.hasPrefix("Six people") == true)
    }

    @Test func anAmbiguousNumericDateLineIsFurnitureButGivesNoDay() {
        let c = TextCleaner.clean("Car bomb kills five\n03/04/2023 12:00\n" + lead, hasTitle: false)
        #expect(PublicationDay.find(in: c, removed: c.removed).0 == nil)
        #expect(c.paragraphs.first?.hasPrefix("A rocket") == true)
        #expect(!Boilerplate.isDateLine("Attack kills 5 - 19 Sep 2023 in the town"))
    }

    @Test func aDateLeadingASentenceIsNotAStamp() {
        #expect(!Boilerplate.isDateThenUpdated("March 3, 2022 was when the base was updated with new defences."))
        #expect(!Boilerplate.isStamp("MAY 2023 BE THE YEAR"))
    }

    @Test func placeWordsBeforeADateNeedNoSentence() {
        #expect(Boilerplate.isDateLine("Baghdad 15/08/2021"))
        #expect(Boilerplate.isDateLine("Erbil, 3 March 2021"))
        #expect(!Boilerplate.isDateLine("Fighting on 3 March 2021"))
        #expect(!Boilerplate.isDateLine("Rockets hit Erbil on 3 March 2021"))
    }
}
