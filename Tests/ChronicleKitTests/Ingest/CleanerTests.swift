import Testing
@testable import ChronicleKit

@Suite("TextCleaner")
struct CleanerTests {
    @Test func dropsTrailingNavigationAndComments() {
        let body = """
        Drone attack hits airport in northern Iraq
        KIRKUK, Iraq — An explosive-laden drone struck the edge of the airport late on Sunday, officials said.
        Nobody was hurt in the blast, a police officer told reporters.
        The airport has been targeted before.
        Previous Article
        Floods sweep through southern villages
        Next Article
        Parliament delays budget vote again
        Related Posts
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.headline == "Drone attack hits airport in northern Iraq")
        #expect(c.paragraphs.count == 3)
        #expect(!c.paragraphs.joined().contains("Floods"))
        #expect(c.removed.contains("Parliament delays budget vote again"))
    }

    @Test func dropsCommentFormsAndSourceLinks() {
        let body = """
        Rockets land near oil field in Basra
        Two rockets landed near the entrance of an oil field on Friday, the provincial police said.
        The company said production continued normally.
        Source link
        Leave a Reply
        Your email address will not be published. Required fields are marked *
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.paragraphs == ["Two rockets landed near the entrance of an oil field on Friday, the provincial police said.",
                                 "The company said production continued normally."])
        #expect(c.removed.count == 3)
    }

    @Test func commentModerationBlockIsRemoved() {
        let body = """
        Clashes in Sinjar leave three dead
        SINJAR, Iraq – Three fighters were killed in clashes between two armed groups on Monday.
        Local officials called for calm.
        Comments
        The Daily Gazette moderates all comments submitted on our website. We welcome comments which are relevant.
        Post a comment
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.paragraphs.count == 2)
        #expect(!c.paragraphs.joined().contains("moderates"))
    }

    @Test(arguments: [
        "Soldiers patrol a checkpoint in Mosul on 4 March, 2022. Photo: Defence Ministry",
        "Smoke rises over the base after the strike. (AP Photo/Jane Roe)",
        "File – A convoy moves along a highway near Ramadi. Reuters",
        "FILE PHOTO: Iraqi troops stand guard near a gate in Baghdad",
    ])
    func captionsAreNeverHeadlinesOrBody(caption: String) {
        let body = "World\n\(caption)\nBAGHDAD (AP) — A roadside bomb hit a logistics convoy south of the capital on Tuesday, police said.\nNo group claimed the attack."
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.headline != "World")
        #expect(c.headline != caption)
        #expect(!c.paragraphs.contains(caption))
        #expect(c.removed.contains(caption))
        #expect(c.dateline == "BAGHDAD")
        #expect(c.paragraphs.first?.hasPrefix("A roadside bomb") == true)
    }

    /// A search page's or archive's keyword rows name places and actors but tell nothing: never body text.
    @Test(arguments: [
        "Related searches: Jerusalem attack | truck ramming | Israeli soldiers | East Talpiot",
        "Related topics: Iraq, Rocket attacks, US forces",
        "RELATED TAGS: Houthis; Red Sea; shipping",
        "Tagged with: Baghdad, car bomb, Islamic State",
        "Keywords: Israeli strikes, Gaza, Rafah",
    ])
    func keywordRowsAreFurniture(row: String) {
        let body = "Bomb hits market in Baghdad\nA car bomb exploded at a market in Baghdad on Tuesday, killing seven people, police said.\n\(row)\nNo group claimed the attack."
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains(row))
        #expect(c.removed.contains(row))
        #expect(c.paragraphs.first?.hasPrefix("A car bomb") == true)
    }

    @Test func headlineIsMadeFromTheLeadWhenMissing() {
        let body = "Middle East\nDUHOK, Kurdistan Region - The regional government on Thursday condemned a Turkish drone strike that killed two people near a mountain village, saying the attack violated the sovereignty of the region and endangered civilians living along the border.\nThe ministry gave no further details."
        let c = TextCleaner.clean(body, hasTitle: false)
        let h = c.headline ?? ""
        #expect(c.headlineFromLead)
        #expect(h.hasPrefix("The regional government on Thursday condemned"))
        #expect(h.count <= 112)
        #expect(c.dateline == "DUHOK, Kurdistan Region")
        #expect(c.removed.contains("Middle East"))
    }

    @Test func repeatedBlocksAreRemoved() {
        let para = ["A drone attack targeted a base housing foreign troops on Monday evening.",
                    "The coalition said there were no injuries among its personnel.",
                    "Officials in the province ordered an investigation into the incident."]
        let body = (["Base attacked again in western Iraq"] + para + para).joined(separator: "\n")
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.paragraphs == para)
        #expect(c.removed.count == 3)
    }

    @Test(arguments: [
        ("BAGHDAD (AP) — Two rockets struck near the airport.", "BAGHDAD"),
        ("MOSUL, Iraq (Reuters) - Gunmen attacked a checkpoint overnight.", "MOSUL, Iraq"),
        ("WASHINGTON, Jan 3, 2020 (Reuters) - The Pentagon said a strike killed a general.", "WASHINGTON, Jan 3, 2020"),
        ("Baghdad (AFP) - A bomb exploded in a market on Friday.", "Baghdad"),
        ("SULAIMANI (XYZ) — Security forces arrested two suspects on Sunday.", "SULAIMANI"),
    ])
    func datelinesAreKeptAndStripped(line: String, expected: String) {
        let c = TextCleaner.clean("Some headline about the attack today\n" + line + "\nSecond paragraph here with more words.", hasTitle: false)
        #expect(c.dateline == expected)
        #expect(c.paragraphs.first?.first?.isUppercase == true)
        #expect(c.paragraphs.first?.contains("(") == false || !line.contains("("))
    }

    @Test func sentencesStartingWithCapitalsAreNotDatelines() {
        #expect(Dateline.split("The US military said on Monday - in a brief statement - that it struck a depot.") == nil)
    }

    @Test func markdownBodyWithFrontMatterTitleKeepsFirstLineAndJoinsWrappedLines() {
        let body = "Rockets struck near the airport on\nSaturday evening, police said.\n\nSecond paragraph with a [link](https://example.org) here."
        let c = TextCleaner.clean(body, hasTitle: true)
        #expect(c.headline == nil)
        #expect(c.paragraphs == ["Rockets struck near the airport on Saturday evening, police said.",
                                 "Second paragraph with a [link](https://example.org) here."])
    }

    @Test func updatedStampIsRemovedFromBody() {
        let c = TextCleaner.clean("Headline of the report here\nA mortar round fell near the gate on Friday.\nUpdated 08:12 PM on March 4, 2021", hasTitle: false)
        #expect(c.paragraphs == ["A mortar round fell near the gate on Friday."])
        #expect(c.removed == ["Updated 08:12 PM on March 4, 2021"])
    }
}

@Suite("PublicationDay")
struct PublicationDayTests {
    func find(_ body: CleanedBody) -> (Day?, PublicationSource) { PublicationDay.find(in: body, removed: body.removed) }

    @Test(arguments: [
        ("Updated 3:15 PM on March 4, 2021", "2021-03-04"),
        ("Published: 12 February 2023", "2023-02-12"),
        ("Posted on 2019-11-30 by staff", "2019-11-30"),
        ("By Jane Roe | August 7, 2018", "2018-08-07"),
    ])
    func stampsGiveTheDay(stamp: String, iso: String) {
        let body = CleanedBody(paragraphs: ["A rocket hit a warehouse on Monday."], removed: [stamp])
        let (d, src) = find(body)
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test func publishedBeatsUpdated() {
        let body = CleanedBody(paragraphs: ["Text."], removed: ["Updated 9:00 AM on May 6, 2022", "Published 8:00 AM on May 5, 2022"])
        #expect(find(body).0?.iso == "2022-05-05")
    }

    @Test func datelineWithFullDate() {
        let body = CleanedBody(dateline: "WASHINGTON, Jan 3, 2020", paragraphs: ["The Pentagon said."])
        #expect(find(body).0?.iso == "2020-01-03")
        #expect(find(body).1 == .text)
    }

    @Test func captionDatesAreNotPublicationDays() {
        let c = TextCleaner.clean("Iraq\nLeaders meet in Baghdad on 27 January, 2023. Photo: Government office\nBAGHDAD, Iraq – Officials said on Tuesday that a drone struck a base.\nMore text follows.", hasTitle: false)
        #expect(find(c).0 == nil)
        #expect(find(c).1 == .unknown)
    }

    @Test func aWeekdayWithDateIsAnEventsDayNotThePublicationDay() {
        // 2021-03-05 was a Friday; the text mentions 2020 as its latest year. A communiqué of Monday may tell of Friday.
        let body = CleanedBody(paragraphs: ["The minister said on Friday (March 5) that talks would resume.", "The base was last attacked in 2020."])
        let (d, src) = find(body)
        #expect(d == nil)
        #expect(src == .unknown)
    }

    @Test(arguments: ["8 March | 09:15", "March 8", "Mar 8, 10:02 AM"])
    func aYearlessStampTakesTheYearAWeekdayWithDateFixes(stamp: String) {
        // 2021-03-05 was a Friday and 2021 the only year from 2020 to 2022 where 5 March is one: the stamp is 8 March 2021.
        let body = CleanedBody(paragraphs: [stamp, "The minister said on Friday (March 5) that talks would resume.", "The base was last attacked in 2020."])
        let (d, src) = find(body)
        #expect(d?.iso == "2021-03-08")
        #expect(src == .inferred)
    }

    @Test func weekdayWithDateButNoYearAnywhereStaysUnknown() {
        let body = CleanedBody(paragraphs: ["An official said on Thursday (October 1) that the embassy could close."])
        #expect(find(body).0 == nil)
        #expect(find(body).1 == .unknown)
    }

    /// A related-stories or comments block ends many pages with other articles' dates; only the article's own
    /// stamps count (at the top, or a stamp closing the body itself).
    @Test(arguments: ["Related stories", "More on this story", "Comments (3)", "You may also like"])
    func datesInTheClosingBlockAreOtherArticles(marker: String) {
        let page = """
        Rockets strike near airport
        BAGHDAD – Two rockets struck near the airport late on Monday, police said.
        No one was hurt in the attack, the second this month.
        Officials said they were investigating.
        \(marker)
        Drone attack on base condemned
        Published 7 November 2021
        """
        let c = TextCleaner.clean(page, hasTitle: false)
        #expect(c.tail.first == marker)
        #expect(find(c).0 == nil)
        #expect(find(c).1 == .unknown)
        let stamped = TextCleaner.clean(page.replacingOccurrences(of: "BAGHDAD", with: "Published 28 January 2022\nBAGHDAD"), hasTitle: false)
        #expect(find(stamped).0?.iso == "2022-01-28")
        let closing = TextCleaner.clean(page.replacingOccurrences(of: "Officials said they were investigating.", with: "Officials said they were investigating.\nPublished: 12 February 2023"), hasTitle: false)
        #expect(find(closing).0?.iso == "2023-02-12")
    }

    @Test func nothingToGoOnIsUnknown() {
        let body = CleanedBody(paragraphs: ["Rockets hit the base on Thursday.", "Officials said the attack came in October 2021."])
        #expect(find(body).0 == nil)
    }
}
