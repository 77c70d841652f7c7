import Testing
@testable import ChronicleKit

/// Page stamps in the Hijri or Afghan solar calendar only, with a two-digit year, an issue number before a numeric date
/// whose weekday settles the order, an RFC 2822 time, and a byline of a correspondent with the date after a slash.
@Suite("Hijri, two-digit-year and issue stamps")
struct HijriShortYearAndIssueStampTests {
    func pub(_ stamp: String) -> (Day?, PublicationSource) {
        StampFixture.pub("Checkpoint hit by rocket in the north\nSite Name\nHome | News | World\n\(stamp)\n\(StampFixture.lead)\nThe guards were taken to hospital.")
    }

    @Test(arguments: [
        ("Saturday 21 Dhu al-Hijjah 1431 H", "2010-11-27"),
        ("Friday, 15 Ramadan 1436", "2015-07-03"),
        ("Tuesday, Qaws 15, 1390", "2011-12-06"),
        ("Saturday, 1 Hamal 1400", "2021-03-21"),
    ])
    func anotherCalendarOnlyDatesThePage(stamp: String, iso: String) {
        let (d, src) = pub(stamp)
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test func theWeekdayMovesAHijriDayToTheSightedOne() {
        // Umm al-Qura's 21 Dhu al-Hijjah 1431 is a Saturday; a page that says Sunday followed a later sighting.
        #expect(pub("Sunday 21 Dhu al-Hijjah 1431 H").0?.iso == "2010-11-28")
    }

    @Test(arguments: [("27.07.11", "2011-07-27"), ("13/02/09", "2009-02-13")])
    func aTwoDigitYearStampWithACertainOrder(stamp: String, iso: String) {
        #expect(pub(stamp).0?.iso == iso)
    }

    @Test func aTwoDigitYearStampOfEitherOrderIsNoDay() {
        #expect(pub("08.04.11").0 == nil)
    }

    @Test(arguments: [
        ("Issue 11,372 - Saturday 11/2/2012", "2012-02-11"),
        ("No. 4,521 | Friday 2/11/2012", "2012-11-02"),
    ])
    func theWeekdaySettlesANumericDatesOrder(stamp: String, iso: String) {
        #expect(pub(stamp).0?.iso == iso)
    }

    @Test(arguments: [
        ("Tue, 01 May 2018 18:12:40 +0000", "2018-05-01"),
        ("By a Monitor correspondent / posted February 10, 2012 at 1:57 pm EST", "2012-02-10"),
        ("By our staff reporter | June 3, 2015", "2015-06-03"),
    ])
    func stampsWithOffsetsAndCorrespondentBylines(stamp: String, iso: String) {
        #expect(pub(stamp).0?.iso == iso)
    }
}
