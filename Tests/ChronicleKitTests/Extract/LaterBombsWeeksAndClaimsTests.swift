import Foundation
import Testing
@testable import ChronicleKit

/// A further bomb told with "a" hours after the first, at a place of its own; gaps counted in weeks; a claim that
/// covers the further attacks of the day it was made for; where attackers came back from and what a group holds.
@Suite("Later bombs, weeks and claims")
struct LaterBombsWeeksAndClaimsTests {
    static let twoSites = """
    Two bombs kill 30 in Ankara

    At least 30 people were killed and dozens wounded on Saturday in two bomb attacks in Ankara, at the central bus terminal and on the metro.

    The first bomb went off at 8.10 am at the bus terminal, where 12 people died.

    About two hours later, a bomb exploded in a crowded carriage as the train pulled into Sihhiye station. Eighteen people were killed on the train.
    """

    @Test func aBombToldWithAHoursLaterAtItsOwnPlaceIsAnotherAttack() {
        let found = ExtractionFixture.extract(Self.twoSites, published: "2024-03-16")
        #expect(found.count == 2)
        #expect(found.contains { $0.place == "Sihhiye station" && $0.killed == 18 })
        #expect(found.contains { $0.place == "Ankara" && $0.killed == 12 })
    }

    @Test func aBombToldWithAHoursLaterInATownTheLeadNamedIsThatTownsAttack() {
        let found = ExtractionFixture.extract("""
        Church bombings kill 40 in Egypt

        Suicide bombers struck churches in Tanta and Alexandria on Sunday, killing at least 40 people.

        The first blast tore through the Mar Girgis church in Tanta during the morning service.

        Hours later, a suicide bomber blew himself up at the gate of St Mark's Cathedral in Alexandria, killing 17 people.
        """, published: "2017-04-10")
        #expect(found.filter { $0.place?.contains("Alexandria") == true }.count == 1)
    }

    @Test(arguments: [
        ("The bombing came exactly a week after a police raid on a flat in Mosul in which a suspect was shot dead and two officers were wounded.", "2024-03-09"),
        ("The bombing came two weeks after gunmen shot dead a police officer in Mosul.", "2024-03-02"),
    ])
    func aGapInWeeksDatesTheEarlierEvent(paragraph: String, day: String) {
        let found = ExtractionFixture.extract("""
        Car bomb kills nine in Kirkuk

        A car bomb exploded near a market in Kirkuk on Saturday, killing nine people.

        \(paragraph)
        """, published: "2024-03-17")
        #expect(found.first(where: { $0.place == "Mosul" })?.date == Day(iso: day))
        #expect(found.first(where: { $0.place == "Kirkuk" })?.date == Day(iso: "2024-03-16"))
    }

    @Test func aPluralClaimCoversTheFurtherAttackOfTheSameDayToldAfterIt() {
        let found = ExtractionFixture.extract(Self.twoSites.replacingOccurrences(of: "The first bomb", with: "Islamic State claimed responsibility for the attacks in the afternoon.\n\nThe first bomb"), published: "2024-03-16")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.perpetrator == "Islamic State" })
    }

    @Test(arguments: [
        "Belgium has been on alert since May 2014, when four people were shot dead at a museum by a gunman who had returned from Syria.",
        "The museum shooting in May 2014, in which four people were killed, was carried out by a man who came back from Syria.",
    ])
    func whereAnAttackerCameBackFromIsNoPlace(paragraph: String) {
        let found = ExtractionFixture.extract("Bomb hits Brussels station\n\nA bomb exploded at a station in Brussels on Tuesday, killing two people.\n\n" + paragraph, published: "2016-03-23")
        #expect(!found.contains { $0.place == "Syria" })
    }

    @Test(arguments: [
        "Islamic State, the jihadist group that controls parts of Iraq and Syria, claimed the attacks on Tuesday.",
        "Boko Haram, a militant group that once held much of Borno state, claimed the bombings in a video.",
    ])
    func whatAGroupHoldsIsNoEventPlace(paragraph: String) {
        let found = ExtractionFixture.extract("Two bombs kill 31 in Brussels\n\nTwo bombs exploded in Brussels on Tuesday, killing 31 people.\n\n" + paragraph, published: "2016-03-23")
        #expect(found.map(\.place) == ["Brussels"])
    }

    @Test func aLedeNamingOnlyTheCountryTakesTheDatelinesTown() {
        let found = ExtractionFixture.extract("""
        Gunmen storm parliament

        YEREVAN - Armenia's prime minister and seven other officials were killed late on Wednesday when five gunmen burst into the parliament chamber and opened fire.
        """, published: "1999-10-28")
        #expect(found.map(\.place) == ["Yerevan"])
    }

    @Test func aLedeSummingAttacksTheReportPlacesKeepsTheCountry() {
        let found = ExtractionFixture.extract("""
        Missiles hit bases

        BAGHDAD - Iran fired a dozen ballistic missiles at bases in Iraq early on Wednesday.

        The missiles struck the Ain al-Asad air base in Anbar and a base in Erbil, officials said.
        """, published: "2020-01-08")
        #expect(!found.contains { $0.place == "Baghdad" })
    }

    @Test(arguments: [
        "A bomb exploded on Tuesday at the arrivals hall of the airport in Davao, where relatives were waiting for passengers of a flight from Manila.",
        "A bomb exploded on Tuesday near the ferry terminal in Davao as passengers of a ferry from Zamboanga disembarked.",
    ])
    func whereATripBeganIsNoPlace(sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2003-03-05")?.place == "Davao")
    }

    static let busAndReply = """
    Mine attack on bus kills 30

    At least 30 passengers were killed and 40 wounded when two claymore mines exploded beside a bus near Welikanda in the Polonnaruwa district this morning, officials said.

    In response, air force jets this afternoon bombed rebel positions around Kilinochchi, military officials said. No details of casualties were available.
    """

    @Test func aReplyOpeningTheSentenceIsAnEventOfItsOwn() {
        let found = ExtractionFixture.extract(Self.busAndReply, published: "2006-06-15")
        #expect(found.count == 2)
        #expect(found.first(where: { $0.place == "Kilinochchi" })?.killed == nil)
    }

    @Test func claymoreMinesAreAnIEDAttackAtTheVillageNamedBeforeItsDistrict() {
        let found = ExtractionFixture.extract(Self.busAndReply, published: "2006-06-15")
        let bus = found.first { $0.killed == 30 }
        #expect(bus?.eventType == .iedAttack)
        #expect(bus?.place == "Welikanda")
    }

    @Test func aReasonOpeningWithInResponseToIsNoReply() {
        let found = ExtractionFixture.extract("""
        Missiles hit Erbil

        Iran's Revolutionary Guards fired ballistic missiles at Erbil late on Monday, killing four people.

        "In response to the recent crimes of the enemy, its headquarters in Erbil was targeted with ballistic missiles," the Guards said.
        """, published: "2024-01-16")
        #expect(found.count == 1)
    }

    static let dayAfter = """
    Second bombing in two days

    A suicide bomber blew up a bus in Kirkuk on Monday morning, killing 14 people, less than 24 hours after a suicide attack on the city's bus station.

    The Sunday attack on the station took place at around 12:45 p.m., when a bomber detonated explosives at the entrance. The death toll from that bombing rose overnight to 17.
    """

    @Test func aGapOfADayCountedInHoursDatesTheEarlierAttackOfTheSameSentence() {
        let found = ExtractionFixture.extract(Self.dayAfter, published: "2013-12-30")
        #expect(found.count == 2)
        #expect(found.first(where: { $0.date == Day(iso: "2013-12-29") })?.killed == 17)
        #expect(found.first(where: { $0.date == Day(iso: "2013-12-30") })?.killed == 14)
    }

    @Test func anEveningHourMayStillRunIntoTheNextMorning() {
        let found = ExtractionFixture.extract("""
        Siege ends in Kirkuk

        Security forces stormed a hotel in Kirkuk on Tuesday morning, ending a siege in which 20 hostages were killed.

        The gunmen stormed the hotel at around 9:20 p.m. on Monday, when it was busy with guests.
        """, published: "2013-12-31")
        #expect(found.count == 1)
    }

    @Test(arguments: [
        "A bomb exploded in the historic Mecca Masjid during the Friday prayers on Friday, killing nine worshippers.",
        "A bomb went off outside the Kabul Masjid in the old city on Friday, killing nine worshippers.",
    ])
    func aMosqueNamedAfterATownIsNotThatTown(sentence: String) {
        let place = ExtractionFixture.one(sentence, published: "2007-05-19")?.place
        #expect(place != "Mecca" && place != "Kabul")
    }
}
