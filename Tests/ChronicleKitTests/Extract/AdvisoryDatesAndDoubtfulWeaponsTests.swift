import Foundation
import Testing
@testable import ChronicleKit

/// Maritime and military advisories' dates in capitals ("29 SEP 2025"), their "UAS", a weapon told as one of two, and
/// the dead described "most of them …" in a follow-up sentence.
@Suite("Advisory dates and doubtful weapons")
struct AdvisoryDatesAndDoubtfulWeaponsTests {
    @Test(arguments: [("On 29 SEP 2025 at approximately 0930 UTC, a cargo vessel was struck by a projectile in the Gulf of Aden.", "2025-09-29"),
                      ("On 07 JUL 2025 a bulk carrier was attacked in the Red Sea by small craft.", "2025-07-07")])
    func aDayWithItsMonthInCapitalsAndItsYear(sentence: String, iso: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2025-09-30").first?.date?.iso == iso)
    }

    @Test func aWordInCapitalsWithoutAYearIsNoMonth() {
        let t = TimeExpressions.find(in: "IT MAY 2 BE OVER" as NSString, text: "IT MAY 2 BE OVER", published: Day(iso: "2025-09-30"))
        #expect(t.isEmpty)
    }

    @Test func anAttackUASIsADrone() {
        #expect(ExtractionFixture.main("A one-way attack UAS struck a tanker in the Gulf of Aden on Monday.", published: "2024-02-14").first?.eventType == .droneAttack)
    }

    @Test(arguments: [
        "The tanker was hit by an anti-ship cruise missile or a one-way attack UAS in the Gulf of Aden on Monday.",
        "The attack on the tanker in the Gulf of Aden on Monday was conducted with a cruise missile or a drone.",
    ])
    func aWeaponToldAsOneOfTwoIsUnknown(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-14").first?.eventType == .other)
    }

    @Test func whoTheDeadWereIsNoSumOfEvents() {
        let found = ExtractionFixture.main("A suicide bomber struck a mosque used by special forces in Abha on Thursday. According to the Interior Ministry, at least 13 people were killed, most of them SEF personnel, and nine others were wounded.", published: "2015-08-07")
        #expect(found.first?.killed == 13)
        #expect(found.first?.wounded == 9)
    }
}
