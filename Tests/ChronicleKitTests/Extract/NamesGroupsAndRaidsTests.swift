import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the eighteenth session, each tested on phrasings of our own: quarters named with their town,
/// districts of a province, people's names that end in a town's name, the Palestinian, Gulf and Yemeni armed actors
/// the knowledge base lacked, and raids by men on the ground.
@Suite("Quarters with their towns, names of people, more armed actors, ground raids")
struct NamesGroupsAndRaidsTests {
    // MARK: Places

    @Test(arguments: [
        ("in the Mezitli district of the southern province of Mersin", "Mezitli"),
        ("in the Yenimahalle district of the province of Ankara", "Yenimahalle"),
        ("in the Sheikh Othman district of Aden", "Sheikh Othman, Aden"),
    ])
    func aDistrictOfAProvinceNamedForItsCapitalIsWhereItHappened(phrase: String, place: String) {
        let i = ExtractionFixture.one("Two gunmen opened fire on a police station \(phrase) on Tuesday, killing one officer.")
        #expect(i?.place == place)
    }

    @Test(arguments: [
        "An Israeli strike on a house in Rafah on Monday killed eight people, among them Khaled Mansour, a commander.",
        "A drone strike in Rafah on Monday killed eight people, including a commander, Ahmed Mansour.",
    ])
    func aTownsNameEndingAPersonsNameIsNotWhereItHappened(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.place == "Rafah")
    }

    @Test(arguments: [
        ("A car bomb exploded in Mansour on Monday, killing four people.", "Mansour"),
        ("A car bomb exploded in western Baghdad's Mansour district on Monday, killing four people.", "Mansour"),
        ("Israeli jets struck Syrian Golan positions on Monday, killing four soldiers.", "Golan"),
    ])
    func aTownAfterALowerCaseWordOrAnAdjectiveIsStillATown(sentence: String, place: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.place?.contains(place) == true, "got \(String(describing: i?.place))")
    }

    // MARK: Actors

    @Test(arguments: [
        ("The Al-Quds Brigades fired rockets at Sderot on Monday, wounding two people.", "Palestinian Islamic Jihad"),
        ("Islamic Jihad fired a barrage of rockets at Ashkelon on Monday, wounding three people.", "Palestinian Islamic Jihad"),
        ("AQAP militants attacked an army checkpoint in Abyan on Monday, killing four soldiers.", "al-Qaeda in the Arabian Peninsula"),
        ("Fighters of the Southern Transitional Council clashed with government troops in Aden on Monday, leaving six dead.", "Southern Transitional Council"),
    ])
    func armedGroupsOfTheRegionAreKnown(sentence: String, actor: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.perpetrator == actor, "got \(String(describing: i?.perpetrator))")
    }

    @Test func aGroupNamedAfterJerusalemIsNoPlace() {
        let i = ExtractionFixture.one("The Al-Quds Brigades fired rockets at Sderot on Monday, wounding two people.")
        #expect(i?.place == "Sderot")
    }

    // MARK: Raids

    @Test(arguments: [
        "Israeli troops raided Nablus on Monday, killing two gunmen.",
        "Israeli police raided the compound on Monday, wounding 12 worshippers.",
        "Israeli forces raided the town of Qabatiya on Monday, killing two gunmen.",
    ])
    func aRaidByMenOnTheGroundIsNoAirstrike(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i != nil)
        #expect(i?.eventType != .airstrike)
    }

    @Test(arguments: [
        "Israeli warplanes raided the outskirts of Aleppo on Monday, killing two people.",
        "The coalition raided the capital on Monday, hitting a house and killing two people.",
    ])
    func anAirPowersRaidIsStillAnAirstrike(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .airstrike)
    }

    // MARK: Fighters and their targets

    @Test(arguments: [
        ("AQAP militants attacked an army checkpoint in Abyan on Monday, killing four soldiers.", "al-Qaeda in the Arabian Peninsula"),
        ("Houthi fighters attacked a border post in Jizan on Monday, killing two Saudi soldiers.", "Houthis"),
    ])
    func aGroupNamedBeforeItsFightersIsThePerpetrator(sentence: String, actor: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.perpetrator == actor, "got \(String(describing: i?.perpetrator))")
    }

    @Test(arguments: [
        ("Militants attacked an army checkpoint near Baiji on Monday, killing four soldiers.", EventType.armedClash),
        ("Insurgents attacked a police patrol in Tarmiyah on Monday, killing two policemen.", EventType.armedClash),
        ("Militants attacked a village near Baiji on Monday, killing four civilians.", EventType.other),
    ])
    func fightersAttackingSoldiersClashButAttackingAVillageDoNot(sentence: String, type: EventType) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == type)
    }

    // MARK: Days and grouping

    @Test(arguments: [("some 48 hours earlier", "2024-02-10"), ("72 hours earlier", "2024-02-09"), ("24 hours later", "2024-02-13")])
    func hoursCountedInWholeDaysShiftTheDay(phrase: String, day: String) {
        let found = ExtractionFixture.main("""
        Militants attacked an army checkpoint near Baiji on Monday, killing four soldiers, security sources said.

        An army patrol was hit by a roadside bomb near Baiji \(phrase), wounding two soldiers.
        """, published: "2024-02-14")
        #expect(found.contains { $0.date?.iso == day }, "got \(found.map { $0.date?.iso ?? "-" })")
    }

    @Test func aRoadTheSameAsBeforeIsWhereTheEventBeforeWas() {
        let found = ExtractionFixture.extract("""
        Militants attacked an army checkpoint in the Mutaibijah area, south of Samarra, on Monday, killing four soldiers.

        A patrol had been hit by a roadside bomb on the same road two days earlier, causing no casualties.

        Earlier this month, militants killed three shepherds in an attack near Baiji.
        """, published: "2024-02-14")
        let bomb = found.first { $0.eventType == .iedAttack }
        #expect(bomb?.date?.iso == "2024-02-10")
        #expect(bomb?.place?.hasPrefix("Mutaibijah") == true, "got \(String(describing: bomb?.place))")
        #expect(bomb?.killed == 0)
    }

    // MARK: Ships and weapons that did nothing

    @Test(arguments: [
        ("A tanker was struck by a drone northeast of Masirah Island, Oman, on Monday night, killing two crew members.", "Masirah Island"),
        ("A cargo ship was hit by a missile southwest of Mokha, Yemen, on Monday night, killing two crew members.", "Mokha"),
    ])
    func aSpotMeasuredFromAPlaceAndItsCountryIsCodedToThatPlace(sentence: String, place: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.place == place, "got \(String(describing: i?.place))")
    }

    @Test(arguments: [
        "The tanker was approached on Monday by a drone that did not strike.",
        "On Monday a drone which did not strike circled over the base for an hour.",
    ])
    func aWeaponThatDidNothingIsNoEvent(sentence: String) {
        #expect(ExtractionFixture.one(sentence) == nil)
    }

    @Test(arguments: [
        "The manager stated that two crew members, one British national and one Romanian national, were killed.",
        "Two crew members, a Briton and a Romanian, were killed.",
    ])
    func anAppositionNamingTheDeadKeepsTheirCount(followUp: String) {
        let found = ExtractionFixture.main("A drone struck the tanker off Oman on Monday night. \(followUp)", published: "2024-02-14")
        #expect(found.first?.killed == 2)
    }

    // MARK: Rammings, drive-by shootings, clock times

    @Test(arguments: [
        "A terrorist rammed his car into pedestrians on the promenade in Tel Aviv on Friday night, killing a tourist.",
        "On Friday night a driver rammed a truck into a crowd at a bus stop in Ra'anana, wounding seven people.",
    ])
    func aRammingIsAnAttack(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .other)
        #expect(i?.date?.iso == "2024-02-09")
    }

    @Test func aDriveByShootingAtACarIsAnAttackWithItsMurderedCounted() {
        let i = ExtractionFixture.one("Two sisters were murdered and their mother was wounded on Friday when gunmen opened fire on their car near Jericho.")
        #expect(i?.eventType == .other)
        #expect(i?.killed == 2)
        #expect(i?.wounded == 1)
    }

    @Test func aClockTimeAfterAWordOfSequenceGoesOnWithTheDayToldBefore() {
        let found = ExtractionFixture.main("""
        Two people were wounded on Friday morning when gunmen opened fire on their car near Jericho.

        Police said the attack this week was the third in the area.

        Then, at about 9:20 PM, a man rammed his car into pedestrians in Tel Aviv. Seven other people, tourists from Britain and Italy among them, were wounded.
        """, published: "2024-02-09")
        let ramming = found.first { $0.place == "Tel Aviv" }
        #expect(ramming?.date?.iso == "2024-02-09")
        #expect(ramming?.wounded == 7)
    }

    @Test func theJordanValleyIsNotTheCountry() {
        let i = ExtractionFixture.one("Gunmen opened fire on a car near the Hamra Junction in the Jordan Valley on Friday, killing two people.")
        #expect(i?.country == "Palestine")
    }
}
