import Testing
@testable import ChronicleKit

@Suite struct DayTests {
    @Test func isoRoundTrip() {
        #expect(Day(iso: "2024-07-31")?.iso == "2024-07-31")
        #expect(Day(iso: "2024-02-30") == nil)
        #expect(Day(iso: "yesterday") == nil)
    }

    @Test func weekdays() {
        #expect(Day(iso: "2019-09-23")?.weekday == 1) // a Monday
        #expect(Day(iso: "2024-07-31")?.weekday == 3) // a Wednesday
        #expect(Day(iso: "1970-01-01")?.weekday == 4) // a Thursday
    }

    @Test func ordinalArithmeticCrossesMonthsAndLeapDays() {
        let d = Day(iso: "2024-02-28")!
        #expect(d.adding(days: 1).iso == "2024-02-29")
        #expect(d.adding(days: 2).iso == "2024-03-01")
        #expect(Day(iso: "2025-01-01")!.days(since: Day(iso: "2024-12-25")!) == 7)
    }
}
