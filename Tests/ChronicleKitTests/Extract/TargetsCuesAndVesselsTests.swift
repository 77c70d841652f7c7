import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the seventeenth session, each tested on phrasings of our own: whom gunfire hits, fire exchanged,
/// thrown firebombs, explosive boats and vehicles, seas and hospitals that are not where an event happened, fronted
/// cue clauses, and days named with "this year" or "last year".
@Suite("Gunfire targets, fronted cues, explosive vessels and named years")
struct TargetsCuesAndVesselsTests {
    // MARK: Gunfire

    @Test(arguments: [
        "Masked gunmen opened fire on worshippers leaving a mosque in Kirkuk on Monday night, killing seven people.",
        "Two men opened fire at a cafe in Tel Aviv on Monday night, killing four people.",
        "Militants opened fire on a crowd of mourners in Baquba on Monday, killing three people.",
        "Naval forces opened fire on Palestinian fishing boats off Gaza City on Monday morning; no injuries were reported.",
    ])
    func gunfireAtUnarmedPeopleIsAnAttackNotAClash(sentence: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.eventType == .other)
    }

    @Test(arguments: [
        "Gunmen opened fire on a checkpoint in Tarmiyah on Monday, killing two soldiers.",
        "Militants opened fire on an army patrol near Baiji on Monday, killing two soldiers.",
        "Three armed men stormed the governorate building in Erbil on Monday and exchanged fire with police for several hours.",
        "Police traded fire with suspects hiding in a house in Irbid on Monday, killing two of them.",
    ])
    func gunfireBetweenArmedSidesIsAClash(sentence: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.eventType == .armedClash)
    }

    @Test func aShootingAtAJunctionDoesNotJoinADroneStrikeOnAnotherTown() {
        let text = """
        Two gunmen opened fire at a bus stop at Ramot Junction in Jerusalem this morning, killing five people.

        A soldier who was off duty exchanged fire with them and killed both attackers.

        Separately, yesterday a Houthi drone hit the arrivals hall at Ramon Airport north of Eilat, lightly wounding one person.
        """
        let found = ExtractionFixture.extract(text, published: "2025-09-08")
        let shooting = found.first(where: { $0.eventType == .other })
        #expect(shooting?.date == Day(year: 2025, month: 9, day: 8))
        #expect(shooting?.admin1 == "Jerusalem")
        #expect(found.contains(where: { $0.place == "Ramon Airport" && $0.eventType == .droneAttack }))
    }

    @Test(arguments: [
        "Israeli settlers threw firebombs into two homes in the village of Duma on Monday, killing a baby.",
        "Settlers carried out an arson attack on a home in Duma on Monday, killing a baby.",
    ])
    func firebombsAndArsonAreAttacks(sentence: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.eventType == .other)
        #expect(inc?.killed == 1)
    }

    @Test(arguments: [
        ("An officer was killed and seven suspected members of a cell were shot dead during a raid in Irbid on Tuesday evening.", 8),
        ("Two security men were martyred and two of the wanted men were killed in an exchange of fire in Buraidah on Tuesday.", 4),
        ("Four people were killed and four others were wounded in a blast in Kirkuk on Tuesday.", 4),
    ])
    func twoSidesDeadToldWithTheirOwnVerbsAddUp(sentence: String, killed: Int) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.killed == killed)
    }

    @Test func aQuarterOfTheCityIsNotTheTownOfThatName() {
        let text = """
        MOGADISHU - A truck bomb exploded at the Zoobe junction in Mogadishu on Saturday, killing 231 people.

        About two hours after the Zoobe blast, a second car bomb exploded in the Madina district of the city, killing two people, police said.
        """
        let found = ExtractionFixture.extract(text, published: "2017-10-15")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.country == "Somalia" })
        #expect(found.contains { $0.killed == 2 && $0.role == .main })
    }

    // MARK: Weapons

    @Test(arguments: [
        ("A remote-controlled boat packed with explosives struck a tanker at the port of Jeddah on Monday.", EventType.droneAttack),
        ("The ministry said the ship was hit on Monday by a remotely piloted, explosive-laden boat off Yanbu.", .droneAttack),
        ("A vehicle laden with explosives was detonated near military buses in Ankara on Monday, killing 28 people.", .iedAttack),
        ("A truck packed with explosives blew up at a junction in Mogadishu on Saturday, killing dozens.", .iedAttack),
        ("A sea mine damaged a tanker at the Shuqaiq terminal on Monday.", .iedAttack),
    ])
    func explosiveBoatsAndVehiclesHaveTheirWeaponClass(sentence: String, type: EventType) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.eventType == type)
    }

    // MARK: Places

    @Test func aSeaCoastIsNotThePlaceWhenTheTownOnItIsNamed() {
        let inc = ExtractionFixture.one("An explosion struck a tanker discharging fuel at the port of Jeddah on Saudi Arabia's Red Sea coast on Monday.")
        #expect(inc?.place == "Jeddah")
    }

    @Test(arguments: [
        "A car bomb exploded in Mosul on Monday, killing three; the wounded were taken to hospitals in Erbil.",
        "A car bomb killed three people in Mosul on Monday, with hospitals in Erbil and Duhok appealing for blood donors.",
    ])
    func whereTheWoundedAreTreatedIsNotWhereItHappened(sentence: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.place == "Mosul")
    }

    @Test func aHospitalNamedAsATargetKeepsItsTown() {
        let inc = ExtractionFixture.one("A car bomb exploded near a hospital in Kirkuk on Monday, killing three.")
        #expect(inc?.place == "Kirkuk")
    }

    @Test func aPeopleNamingAQuarterIsNoPlaceName() {
        let inc = ExtractionFixture.one("Three bombs exploded in restaurants in the Assyrian and Christian quarter of Qamishli late Wednesday night, killing 16 people.")
        #expect(inc?.place == "Qamishli")
    }

    @Test func aWeaponNamedAfterAPlaceIsNoPlace() {
        let text = "The Houthis said they fired a Quds-2 cruise missile at an oil depot in Jeddah on Monday."
        let inc = ExtractionFixture.one(text)
        #expect(inc?.place == "Jeddah")
    }

    // MARK: Fronted cues

    @Test(arguments: [
        "About two hours after the first blast, a second car bomb exploded in Mosul on Saturday, killing two people.",
        "Two days after the election, a car bomb exploded in Kirkuk on Saturday, killing four people.",
    ])
    func theMainClauseAfterAFrontedCueIsTheNewsWithItsOwnDay(sentence: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc?.date == Day(year: 2024, month: 2, day: 10))
        #expect(inc?.role == .main)
    }

    @Test func aFrontedRetaliationClauseLendsNoPlace() {
        let text = "In retaliation for the drone attack on Tower 22, US jets struck 85 targets in Iraq and Syria on Friday, killing 39 militants."
        let found = ExtractionFixture.extract(text, published: "2024-02-03")
        let strike = found.first(where: { $0.eventType == .airstrike })
        #expect(strike?.place != "Tower 22")
        #expect(strike?.killed == 39)
    }

    @Test func aFrontedResponseWithNoDayOfItsOwnTakesTheCauseDay() {
        let text = "\"In response to the rocket launches from Syrian territory last night, our jets struck army positions near Quneitra,\" the army said."
        let strike = ExtractionFixture.extract(text, published: "2023-04-09").first(where: { $0.eventType == .airstrike })
        #expect(strike?.date == Day(year: 2023, month: 4, day: 8))
    }

    @Test func figuresAfterTheSentenceBelongToItsMainClauseNotItsCue() {
        let text = """
        Fourteen soldiers were killed when a bomb blew up a bus in central Damascus on Wednesday morning.

        Less than two hours after the bombing, shells fired by government forces struck residential neighbourhoods in Ariha. Witnesses said the shells landed as children walked to school. Rescuers said 11 people were killed, including four children.
        """
        let found = ExtractionFixture.extract(text, published: "2021-10-20")
        let shelling = found.first(where: { $0.place == "Ariha" })
        #expect(shelling?.killed == 11)
        #expect(found.first(where: { $0.place == "Damascus" })?.killed == 14)
    }

    @Test func afterWhichTellsWhatCameNextInTheSameEvent() {
        let text = "A car bomb exploded at the entrance of a mall in Baghdad on Monday, after which gunmen stormed the building and fought security forces for hours."
        let found = ExtractionFixture.extract(text, published: "2016-01-12")
        #expect(found.count == 1)
        #expect(found.first?.role == .main)
    }

    // MARK: Days

    @Test(arguments: [
        ("A bomb killed two people at a bar in Tel Aviv on January 1 this year.", "2016-06-09", Day(year: 2016, month: 1, day: 1)),
        ("A bomb killed three people in Duma on July 31 last year.", "2016-06-09", Day(year: 2015, month: 7, day: 31)),
        ("A car bomb killed 27 people in Beirut on 15 August last year.", "2014-09-01", Day(year: 2013, month: 8, day: 15)),
    ])
    func aDayWithThisOrLastYearIsThatDay(sentence: String, published: String, day: Day?) {
        let inc = ExtractionFixture.one(sentence, published: published)
        #expect(inc?.date == day)
        #expect(inc?.datePrecision == .day)
    }
}
