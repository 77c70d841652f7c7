import Testing
@testable import ChronicleKit

@Suite("TimeExpressions")
struct TimeExpressionTests {
    /// A Tuesday.
    let pub = Day(year: 2023, month: 3, day: 14)!

    func first(_ s: String, _ pub: Day? = Day(year: 2023, month: 3, day: 14)) -> TimeExpression? {
        TimeExpressions.find(in: s, published: pub).first(where: { !$0.isSpeechTime })
    }

    @Test(arguments: [
        ("Mortar rounds fell late on Monday near the gate.", "2023-03-13", DatePrecision.day),
        ("The drone struck on Tuesday, hours before the visit.", "2023-03-14", .day),
        ("Officials said the base was hit last Tuesday.", "2023-03-07", .day),
        ("Rockets were fired Sunday night at the airport.", "2023-03-12", .day),
        ("A convoy was ambushed early Wednesday outside the town.", "2023-03-08", .day),
        ("Gunmen attacked the checkpoint yesterday.", "2023-03-13", .day),
        ("Two bombs exploded two days ago in the market.", "2023-03-12", .day),
        ("Saturday's attack killed a guard.", "2023-03-11", .day),
        ("A similar strike happened last week in the north.", "2023-03-06", .week),
        ("The camp was shelled earlier this month.", "2023-03-01", .month),
        ("The pipeline was bombed last month.", "2023-02-01", .month),
        ("The same base was attacked in January.", "2023-01-01", .month),
        ("A previous attack in early July hit the airport.", "2022-07-01", .month),
        ("A drone hit the field last October.", "2022-10-01", .month),
        ("The commander was killed in early 2020.", "2020-01-01", .year),
        ("The facility was hit at the end of March 2021 by rockets.", "2021-03-01", .month),
        ("An explosion on Feb. 15 damaged the bridge.", "2023-02-15", .day),
        ("The strike took place on Thursday last week near the border.", "2023-03-09", .day),
        ("Gunmen attacked the checkpoint on Monday of last week.", "2023-03-06", .day),
        ("A car bomb went off in the early hours of Friday.", "2023-03-10", .day),
        ("Militants attacked the village at dawn on Tuesday.", "2023-03-14", .day),
        ("The rocket hit the base on the 3rd of May.", "2022-05-03", .day),
        ("The attack happened on Sunday 12 March, officials said.", "2023-03-12", .day),
        ("A drone struck the base on 3rd March 2023.", "2023-03-03", .day),
        ("A rocket struck the embassy on Jan 3, 2020.", "2020-01-03", .day),
        ("Leaders met on 27 January, 2024 after the strike.", "2024-01-27", .day),
        ("Three rockets hit the base on 3 March.", "2023-03-03", .day),
        ("A rocket hit the compound on Christmas night.", "2022-12-25", .day),
        ("Drones targeted the airport on New Year's Eve.", "2022-12-31", .day),
        ("The attack happened last year near the border.", "2022-01-01", .year),
    ])
    func resolvesAgainstPublicationDay(sentence: String, iso: String, precision: DatePrecision) {
        let t = first(sentence)
        #expect(t?.date?.iso == iso)
        #expect(t?.precision == precision)
    }

    /// Month names are matched capitalised: words that only contain a month's letters ("market", "decided",
    /// "may") neither date an event nor stop a real month name in the same sentence from being read.
    @Test func monthNamesAreCapitalisedWords() {
        #expect(TimeExpressions.find(in: "The market was shelled, officials decided, and it may reopen.", published: pub).isEmpty)
        #expect(first("In the market town, decided officials said a drone hit on March 3.")?.date == Day(year: 2023, month: 3, day: 3))
        #expect(first("Officials said the depot was hit on 2 Feb.")?.date == Day(year: 2023, month: 2, day: 2))
        #expect(first("a drone hit the depot on january 3.") == nil)
    }

    @Test func lastWeekdayIsAtLeastTwoDaysBack() {
        // Published on a Thursday (2022-03-10): "last Wednesday" is the week before, "Wednesday" is yesterday.
        let thu = Day(year: 2022, month: 3, day: 10)!
        #expect(first("Bases were attacked last Wednesday.", thu)?.date?.iso == "2022-03-02")
        #expect(first("Bases were attacked on Wednesday.", thu)?.date?.iso == "2022-03-09")
        #expect(first("Bases were attacked last Monday.", thu)?.date?.iso == "2022-03-07")
        #expect(first("Bases were attacked last Thursday.", thu)?.date?.iso == "2022-03-03")
    }

    @Test func sameWeekdayAsPublicationIsThatDay() {
        let fri = Day(year: 2024, month: 11, day: 8)!
        #expect(first("The strike on Friday killed two.", fri)?.date == fri)
    }

    @Test(arguments: [
        "The coalition said in a statement Tuesday that",
        "The group announced early Wednesday that",
        "Officials told reporters on Monday that",
        "a spokesman said earlier this month.",
    ])
    func speechTimesAreMarked(s: String) {
        let all = TimeExpressions.find(in: s, published: Day(year: 2023, month: 3, day: 14)!)
        #expect(all.count == 1)
        #expect(all.first?.isSpeechTime == true)
    }

    @Test func eventTimesAfterTheAttackAreNotSpeech() {
        let all = TimeExpressions.find(in: "The president condemned the attack on Thursday.", published: pub)
        #expect(all.first?.isSpeechTime == false)
    }

    @Test func withoutPublicationDayOnlyYearsResolve() {
        #expect(first("Rockets hit late on Monday.", nil)?.date == nil)
        #expect(first("Rockets hit late on Monday.", nil)?.precision == .unknown)
        #expect(first("Rockets hit the base on March 2, 2021.", nil)?.date?.iso == "2021-03-02")
        #expect(first("Rockets hit the base on March 2.", nil)?.date == nil)
    }

    @Test func notTimes() {
        #expect(TimeExpressions.find(in: "They may strike again, officials warned.", published: pub).isEmpty)
        #expect(TimeExpressions.find(in: "The second such attack in four months.", published: pub).isEmpty)
        #expect(TimeExpressions.find(in: "Two of the 2,000 troops were hurt.", published: pub).isEmpty)
    }
}
