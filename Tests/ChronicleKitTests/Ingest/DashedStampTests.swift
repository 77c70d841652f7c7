import Testing
@testable import ChronicleKit

/// Stamps whose parts are set apart by spaced dashes: a broadcast's label and clock before its day, a place and an
/// outlet around it, an issue line; not a span of days nor a related item led by its day (forty-sixth session).
@Suite("Stamps parted by dashes")
struct DashedStampTests {
    func pub(_ stamp: String, after: String = "") -> (Day?, PublicationSource) {
        StampFixture.pub("Checkpoint hit by rocket in the north\nSite Name\nHome | News | World\n\(stamp)\n\(StampFixture.lead)\nThe guards were taken to hospital.\n\(after)")
    }

    @Test(arguments: [
        ("Main evening news, 20:00 - Friday, 5 September 1997", "1997-09-05"),
        ("Aden - 20 June 2010 - Al-Eshteraki.net", "2010-06-20"),
        ("Vol. XXIII - No. 6,947 - Thursday 14 February 1991 - Price 250 fils", "1991-02-14"),
        ("Morning bulletin, 7.30 — 3 March 2004", "2004-03-03"),
        ("Friday, 26 Ramadan 1437 - 1 July 2016 - 1:05 a.m.", "2016-07-01"),
    ])
    func labelsBesideTheDayAreSetApartByDashes(stamp: String, iso: String) {
        let (d, src) = pub(stamp)
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test(arguments: [
        "The Week in Security: 25 April - 1 May 2022",
        "Reporting period: 6 - 12 August 2018",
        "Friday November 29 - Thursday December 5, 2002",
    ])
    func aSpanOfDaysIsNoStamp(_ line: String) {
        #expect(!Boilerplate.isDateLine(line))
        #expect(pub(line).0 == nil)
    }

    @Test func relatedItemsLedByTheirDayDoNotDateThePage() {
        let related = "Related items:\n- 26.12.2002 - Grozny: electricity restored in three districts\n- 19.08.2002 - Helicopter shot down over Khankala"
        #expect(!Boilerplate.isDateLine("26.12.2002 - Grozny: electricity restored in three districts"))
        #expect(pub("27.12.2002 | 17:40 (updated 21:05)", after: related).0?.iso == "2002-12-27")
    }
}
