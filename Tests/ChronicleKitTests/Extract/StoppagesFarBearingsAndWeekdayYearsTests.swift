import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-sixth session, each tested on phrasings of our own: a work stoppage is no attack, a town
/// far off is only where a distance is measured from, a weekday fixes the year of a date told without one in an undated
/// report, a day owned by another event word names that event, and a lone armed man or shots at a group of unarmed
/// people make an attack on civilians.
@Suite("Work stoppages, far bearings, weekday years")
struct StoppagesFarBearingsAndWeekdayYearsTests {
    // MARK: Work stoppages

    @Test(arguments: [
        "Workers at the port began a 24-hour strike on Tuesday to protest against pension cuts.",
        "Teachers went on strike in Basra on Monday over unpaid salaries.",
        "Prisoners launched a hunger strike on Sunday in Ofer prison.",
        "The union called a general strike in Beirut on Monday, closing shops and schools.",
        "Doctors held a three-day strike across the West Bank this week.",
        "Oil workers in Kirkuk threatened strike action on Monday if wages are not paid.",
    ])
    func aWorkStoppageIsNoIncident(sentence: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-02-14").isEmpty)
    }

    @Test(arguments: [
        ("Israeli jets carried out a strike on Gaza City on Monday, killing three.", EventType.airstrike),
        // (Unattributed, a drone strike is typed by its weapon since the thirty-first session: see DroneStrikeTypeTests.)
        ("A drone strike hit a car in Rafah on Monday, killing two.", .droneAttack),
        ("A US strike on Monday killed a militia commander in Baghdad.", .airstrike),
    ])
    func anAttackCalledAStrikeStays(sentence: String, type: EventType) {
        #expect(ExtractionFixture.one(sentence)?.eventType == type)
    }

    /// A strike of the civil servants told today, next to a bombing told only in a headline: the stoppage's day is not
    /// lent to the bombing.
    @Test func aStoppageDoesNotDateTheNewsBesideIt() {
        let raw = """
        CONTENTS
        [01] Civil servants' 24-hour strike today
        [02] Athens condemns suicide bombing in Israel

        The civil servants' union is holding a 24-hour strike today, Tuesday, to protest against the government's incomes policy.

        The foreign ministry yesterday condemned the suicide bombing carried out yesterday morning at the entrance of a shopping centre in the Israeli coastal city of Netanya, which killed five people and wounded more than 50.
        """
        let incs = ExtractionFixture.extract(raw, published: "2005-12-06")
        #expect(incs.count == 1)
        #expect(incs.first?.date == Day(iso: "2005-12-05"))
        #expect(incs.first?.killed == 5)
    }

    // MARK: A town far off is a bearing

    @Test(arguments: [
        ("Seven pilgrims were killed on Friday when gunmen opened fire on buses in Minya province, about 260km south of Cairo.", "Minya"),
        ("Two soldiers were killed on Friday in an attack in Anbar province, 150 miles west of Baghdad.", "Anbar"),
        ("A roadside bomb killed two soldiers on Friday in Diyala province, 120 kilometres north-east of Baghdad.", "Diyala"),
    ])
    func aFarTownIsNotThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test(arguments: [
        ("A roadside bomb killed two soldiers on Friday 33 kilometres west of Erbil.", "Erbil"),
        ("A rocket hit a farm on Friday 12 km south of Kirkuk, in Kirkuk province.", "Kirkuk"),
    ])
    func aNearTownIsStillThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test(arguments: [("260km ", 260.0), ("70 miles ", 112.63), ("500 metres ", 0.5), ("12.5 kilometres ", 12.5)])
    func distancesAreReadInKilometres(text: String, km: Double) {
        #expect(abs((IncidentExtractor.kilometres(text) ?? -1) - km) < 0.01)
    }

    @Test func aDistanceInWordsHasNoLength() {
        #expect(IncidentExtractor.kilometres("a few km ") == nil)
    }

    // MARK: A weekday fixes the year

    @Test(arguments: [
        ("Seven pilgrims were killed on Friday 2 November 2018 when gunmen opened fire on buses in Minya.\n\nOn Sunday 4 November, police killed 19 militants in a shootout at a desert hideout west of Minya.", "2018-11-04"),
        ("A car bomb killed 12 people in Aleppo on 30 December 2016.\n\nOn Tuesday 3 January, a second bomb killed four in the same district.", "2017-01-03"),
        ("A car bomb killed 12 people in Aleppo on March 3, 2015.\n\nOn Thursday, March 5, a second car bomb killed four people in Aleppo.", "2015-03-05"),
    ])
    func aWeekdayFixesTheYearOfAnUndatedReport(raw: String, day: String) {
        let incs = ExtractionFixture.asGiven(raw)
        #expect(incs.contains { $0.date == Day(iso: day) && $0.datePrecision == .day })
    }

    /// 3 January was a Tuesday in 2017: a Monday fits no year the text names, so the date stays unresolved.
    @Test func aWeekdayThatFitsNoNamedYearLeavesTheDateOpen() {
        let raw = "A car bomb killed 12 people in Aleppo on 30 December 2016.\n\nOn Monday 3 January, a second bomb killed four in the same district."
        let second = ExtractionFixture.asGiven(raw).first { $0.killed == 4 }
        #expect(second != nil)
        #expect(second?.date == nil)
    }

    // MARK: A day owned by another event

    @Test(arguments: [
        "On Sunday, police killed 19 militants linked to Friday's attack in a shootout at a desert hideout west of Minya.",
        "On Sunday, security forces killed 19 militants blamed for Friday’s bombing in a raid on a farm west of Minya.",
    ])
    func aPossessiveDayNamesTheOtherEvent(second: String) {
        let raw = "Seven Copts were killed on Friday when gunmen opened fire on buses carrying pilgrims in Minya.\n\n" + second
        let incs = ExtractionFixture.extract(raw, published: "2018-11-06")
        #expect(incs.contains { $0.date == Day(iso: "2018-11-04") && $0.killed == 19 })
        #expect(incs.contains { $0.date == Day(iso: "2018-11-02") && $0.killed == 7 })
    }

    /// "Following Wednesday's attack, jets struck …" has no day of its own: the attack's day is the best it gives.
    @Test func aPossessiveDayAloneStillDates() {
        let raw = "Following Wednesday's attack, Israeli fighter jets struck Hezbollah targets in Naqoura, the army said."
        #expect(ExtractionFixture.one(raw, published: "2024-04-17")?.date == Day(iso: "2024-04-17"))
    }

    // MARK: Shots at unarmed people

    @Test(arguments: [
        "Three French citizens were killed on Monday when gunmen opened fire on a group of French tourists in the desert north of Medina.",
        "Three doctors were shot dead on Monday when an armed man opened fire inside a hospital in Jibla.",
        "Gunmen opened fire on a crowd of Shia pilgrims in Baquba on Monday, killing six.",
    ])
    func shotsAtUnarmedPeopleAreAnAttackOnThem(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .other)
    }

    @Test(arguments: [
        "Gunmen opened fire on an army patrol in Baquba on Monday, killing two soldiers.",
        "Militants opened fire on a police checkpoint near Arish on Monday, killing three policemen.",
    ])
    func shotsAtArmedMenAreAClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .armedClash)
    }

    // MARK: A claim of another time, a bomber who strikes

    @Test(arguments: [
        "In November 2005, an Indian driver was abducted and killed in Nimroz province; the Taliban claimed responsibility.",
        "Back in 2019 a similar bombing hit the same street, and Islamic State claimed responsibility.",
    ])
    func aClaimDatedElsewhereIsNotTheNewsClaim(aside: String) {
        let raw = "A suicide bomber rammed a car into the gate of the embassy in Kabul on Monday, killing 41 people.\n\nOfficials said the toll could rise.\n\n" + aside
        let news = ExtractionFixture.extract(raw, published: "2008-07-08").first { $0.killed == 41 }
        #expect(news != nil)
        #expect(news?.perpetrator == "unknown")
    }

    @Test func aClaimOfTheSameDaysStillCounts() {
        let raw = "A suicide bomber rammed a car into the gate of the embassy in Kabul on Monday, killing 41 people.\n\nOfficials said the toll could rise.\n\nThe Taliban claimed responsibility on Monday evening."
        #expect(ExtractionFixture.extract(raw, published: "2008-07-08").first { $0.killed == 41 }?.perpetrator == "Taliban")
    }

    @Test(arguments: [
        ("41 killed as suicide car bomber strikes Indian Embassy in Kabul", EventType.iedAttack),
        ("Car bomber strikes Baghdad market, killing 20", .iedAttack),
        ("US bombers strike Islamic State targets near Raqqa, killing 20", .airstrike),
    ])
    func aBomberWhoStrikesIsTypedByWhoHeIs(headline: String, type: EventType) {
        let raw = "---\ntitle: \"\(headline)\"\npublished: 2008-07-08\n---\nOfficials gave no further details."
        #expect(ExtractionFixture.asGiven(raw, path: "x.md").first?.eventType == type)
    }

    // MARK: Came under fire

    @Test(arguments: [
        ("On Friday, a group of tourists travelling in four vehicles came under fire from unidentified armed men in Hadramawt, killing two women.", EventType.other),
        ("A bus carrying pilgrims came under fire near Samarra on Friday, wounding six.", .other),
        ("An army patrol came under fire on Friday near Baquba, killing two soldiers.", .armedClash),
        ("A convoy came under heavy gunfire near Baquba on Friday, wounding three.", .armedClash),
        ("Police guarding the tourists came under sustained fire near Luxor on Friday, wounding four officers.", .armedClash),
    ])
    func comingUnderFireIsAnEvent(sentence: String, type: EventType) {
        #expect(ExtractionFixture.one(sentence)?.eventType == type)
    }
}
