import Testing
@testable import ChronicleKit

/// Stamps of the thirty-second session: English pages stamped in the outlet's own language, in the Iranian solar
/// calendar, with a Hijri date beside, with dashes between day, month and year, a periodical's issue line, a
/// numeric stamp whose order the dateline settles, and a dateline with a clock time and an agency tag.
@Suite("Foreign, solar and issue stamps")
struct ForeignAndSolarStampTests {
    func pub(_ body: String) -> (Day?, PublicationSource) { StampFixture.pub(body) }
    let lead = StampFixture.lead

    func page(_ stamp: String) -> String {
        "Checkpoint hit by rocket in the north\n\(stamp)\n\(lead)\nThe guards were taken to hospital."
    }

    @Test(arguments: [
        ("Mercredi 13 août 2008 - 14:20", "2008-08-13"),
        ("Mercredi 13 aout 2008 - 14:20", "2008-08-13"),
        ("12 Şubat 2013 Salı, 08:47", "2013-02-12"),
        ("Minggu, 28 Maret 2021 16:25 WIB", "2021-03-28"),
        ("Martes, 3 de marzo de 2015", "2015-03-03"),
        ("Donnerstag, 5. März 2020, 10:12", "2020-03-05"),
        ("Sábado, 7 de setembro de 2019 - 09:00", "2019-09-07"),
        // Slavic stamps write the month in the genitive and mark the year ("г.", "r."); Dutch ones as Indonesian do.
        ("събота, 21 юли 2012 г.", "2012-07-21"),
        ("среда, 15 мая 2019 г., 14:05", "2019-05-15"),
        ("вівторок, 3 березня 2015", "2015-03-03"),
        ("czwartek, 12 października 2017 r.", "2017-10-12"),
        ("Zaterdag 4 maart 2023 | 09:12", "2023-03-04"),
    ])
    func aStampInTheOutletsLanguage(stamp: String, iso: String) {
        let (d, src) = pub(page(stamp))
        #expect(d?.iso == iso)
        #expect(src == .text)
    }

    @Test(arguments: [
        ("Monday, Khordad 23, 1384", "2005-06-13"),
        ("Saturday, 1 Farvardin 1400", "2021-03-21"),
        ("No. 6014 | Thursday, Bahman 25, 1397 | February 14, 2019 | Price 10,000 rials", "2019-02-14"),
        // Beside its Hijri date, which the tables put a day earlier: the reckoned solar day.
        ("Wednesday 25 Mehr 1397 - 7 Safar 1440", "2018-10-17"),
        ("7 Safar 1440 | Mehr 25, 1397", "2018-10-17"),
    ])
    func anIssueDatedInTheSolarCalendar(stamp: String, iso: String) {
        #expect(pub(page(stamp)).0?.iso == iso)
    }

    @Test func aSolarDayPastTheMonthsEndIsNoDay() {
        #expect(DateWords.gregorian(solarYear: 1400, month: 12, day: 31) == nil)
        #expect(DateWords.gregorian(solarYear: 1399, month: 12, day: 30)?.iso == "2021-03-20")
    }

    @Test(arguments: [
        ("Thursday, 09-October-2014 - 15 Dhu al-Hijjah 1435 H", "2014-10-09"),
        ("03-Mar-2021 11:40", "2021-03-03"),
        ("Vol. XXXVII - Issue dated Monday, October 6, 2008", "2008-10-06"),
        ("Edition of 4 May 2016", "2016-05-04"),
    ])
    func dashedDatesAndIssueLines(stamp: String, iso: String) {
        #expect(pub(page(stamp)).0?.iso == iso)
    }

    @Test func theDatelineSettlesANumericStampsOrder() {
        let body = "Checkpoint hit by rocket in the north\n07-06-2011 10:14\nERBIL, June 7 (Agency) - \(lead)\nThe guards were taken to hospital."
        #expect(pub(body).0?.iso == "2011-06-07")
        let other = "Checkpoint hit by rocket in the north\n07-06-2011 10:14\nERBIL, July 6 (Agency) - \(lead)\nThe guards were taken to hospital."
        #expect(pub(other).0?.iso == "2011-07-06")
        // A dateline naming neither reading settles nothing.
        let neither = "Checkpoint hit by rocket in the north\n07-06-2011 10:14\nERBIL, June 8 (Agency) - \(lead)\nThe guards were taken to hospital."
        #expect(pub(neither).0 == nil)
    }

    @Test(arguments: [
        "Owo, 10 June, 2022 / 4:20 pm (ACI Africa)\n",
        "Owo, 10 June, 2022 / 4:20 pm (ACI Africa) – ",
    ])
    func aDatelineWithTimeAndAgency(opening: String) {
        let (d, src) = pub("Checkpoint hit by rocket in the north\nBy Staff\n\(opening)\(lead)\nThe guards were taken to hospital.")
        #expect(d?.iso == "2022-06-10")
        #expect(src == .text)
    }
}
