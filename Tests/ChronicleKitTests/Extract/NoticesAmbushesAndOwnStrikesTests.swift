import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twentieth session, each tested on phrasings of our own: the date of an editor's notice,
/// weekdays that are feast names, ambushes of unarmed people, states telling of their own strikes, news spellings of
/// wider-region towns.
@Suite("Editor's notices, feast days, ambushes, a state's own strike")
struct NoticesAmbushesAndOwnStrikesTests {
    // MARK: Editor's notices

    @Test(arguments: [
        "Correction, May 28, 2017: An earlier version of this article said the attack took place in Beni Suef.",
        "Clarification (March 3, 2021): An earlier version of this story gave the wrong name of the village where the attack happened.",
        "Editor's note, 12 June 2019: this report has been updated to say the bombing was claimed by ISIS.",
        "UPDATE, 4 February 2024: the army said the raid had killed two gunmen.",
    ])
    func aNoticeDateDatesNoEvent(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2024, month: 2, day: 14))
        #expect(times.isEmpty, "got \(times.map(\.text))")
    }

    @Test(arguments: [
        "The correction came after the bombing on May 28, 2017 in Tanta.",
        "On May 28, 2017 a bomb exploded in Tanta, an update from the ministry said.",
    ])
    func aDateInTheBodyOfASentenceStillCounts(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2017, month: 6, day: 1))
        #expect(times.contains { $0.date == Day(year: 2017, month: 5, day: 28) }, "got \(times.map(\.text))")
    }

    // MARK: Feast days

    @Test(arguments: [
        "Then came the Palm Sunday bombings in Tanta and Alexandria.",
        "The church was attacked on Easter Sunday as worshippers gathered.",
        "Militants struck a church in Minya on Good Friday.",
    ])
    func aFeastNamedAfterAWeekdayIsNotThatWeekday(sentence: String) {
        let times = TimeExpressions.find(in: sentence, published: Day(year: 2017, month: 5, day: 28))
        #expect(!times.contains { $0.precision == .day }, "got \(times.map(\.text))")
    }

    @Test(arguments: [
        ("Bloody Wednesday: a bus bombing in Damascus", 24),
        ("On Palm Sunday, April 9, suicide bombers struck a church in Tanta.", 9),
    ])
    func otherWeekdaysStillDate(sentence: String, day: Int) {
        let pub = Day(year: 2017, month: 5, day: 24)
        let times = TimeExpressions.find(in: sentence, published: pub)
        let want = day == 24 ? pub : Day(year: 2017, month: 4, day: 9)
        #expect(times.contains { $0.date == want }, "got \(times.map(\.text))")
    }

    // MARK: Ambushes

    @Test(arguments: [
        "The pilgrims were ambushed on the desert road near Minya on Sunday.",
        "Gunmen ambushed a minibus carrying farm workers near Kirkuk on Sunday, killing four.",
        "A bus carrying Shia pilgrims was ambushed in Diyala on Sunday.",
        "Militants ambushed shepherds grazing their flocks near Tuz Khurmatu on Sunday.",
    ])
    func anAmbushOfUnarmedPeopleIsAnAttackOnThem(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .other)
    }

    @Test(arguments: [
        "Militants ambushed an army convoy near Kirkuk on Sunday, killing four soldiers.",
        "ISIS fighters ambushed a PMF patrol in Diyala on Sunday.",
        "Soldiers were ambushed near Tuz Khurmatu on Sunday.",
    ])
    func anAmbushOfArmedMenIsAClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .armedClash)
    }

    // MARK: A state's own strike

    @Test(arguments: [
        "Egypt's armed forces said they had struck training camps in Libya on Sunday evening.",
        "The Turkish Defence Ministry said it struck PKK hideouts in northern Iraq on Sunday.",
        "The Jordanian army said it had bombed drug smugglers' hideouts near Suwayda on Sunday.",
    ])
    func aStateTellingOfItsOwnStrikeStruckFromTheAir(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .airstrike, "got \(String(describing: i?.eventType))")
        #expect(i?.perpetrator != "unknown")
    }

    @Test(arguments: [
        "Residents said they had struck a deal with the militia on Sunday.",
        "Egypt's armed forces said their ground troops struck a militant hideout in Sinai on Sunday.",
    ])
    func notEveryStruckIsAnAirStrike(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType != .airstrike)
    }

    // MARK: Wider-region towns

    @Test(arguments: [
        ("Egyptian warplanes hit targets around Derna in eastern Libya on Sunday.", "Derna"),
        ("Clashes broke out in Misrata on Sunday, killing three fighters.", "Misrata"),
    ])
    func wideRegionTownsGoByTheirNewsSpelling(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aCairoDistrictIsNotAnIsraeliTown() {
        let i = ExtractionFixture.one("A suicide bomber blew himself up beside a church in Abbasiya, Cairo, on Sunday, killing 29 worshippers.")
        #expect(i?.place != "Yehud")
        #expect(i?.country == "Egypt")
    }
}
