import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the nineteenth session, each tested on phrasings of our own: 24-hour clock times, vehicles driven
/// into people, responders firing at the attacker, caption sets, appositions after a count, reports at different hours,
/// villages inside a listed area, aircraft named with their kind.
@Suite("Clock times, rammings, caption sets, appositions, villages in an area")
struct RammingCaptionsAndClocksTests {
    // MARK: Clock times

    @Test(arguments: [
        "On Sunday afternoon a bomb exploded near a bus station in Kirkuk. At approximately 13:30, a second bomb went off at a market in Kirkuk, killing two.",
        "On Sunday afternoon a bomb exploded near a bus station in Kirkuk. At 0930 UTC a second bomb went off at a market in Kirkuk, killing two.",
    ])
    func aDaylessClockTimeGoesOnWithTheDayToldBefore(text: String) {
        let found = ExtractionFixture.extract(text, published: "2024-02-14")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.date == Day(year: 2024, month: 2, day: 11) }, "got \(found.map(\.date))")
    }

    @Test(arguments: [("At around 13:00", 780), ("at about 9 pm", 1260), ("at 1130 hrs local time", 690), ("At approximately 07:30", 450)])
    func clockTimesReadAsMinutes(text: String, minutes: Int) {
        #expect(RelativeTimes.clockMinutes(text) == minutes)
    }

    @Test(arguments: ["on 20 November 2019", "on Tuesday", "in March 2022", "at 13.30 dollars a share"])
    func phrasesWithoutAClockTellNoMinutes(text: String) {
        #expect(RelativeTimes.clockMinutes(text) == nil)
    }

    @Test func reportsHoursApartInAListAreTwoEvents() {
        let text = """
        The monitor documented the following attacks in Idlib province on Saturday, June 12:

        - At around 07:30, regime artillery shelled the town of Ariha, killing a child.

        - At around 13:00, Russian warplanes carried out airstrikes on the town of Ariha. No casualties were reported.
        """
        let found = ExtractionFixture.main(text, published: "2021-06-13")
        #expect(found.count == 2, "got \(found.map { "\($0.eventType) \($0.dateText ?? "-")" })")
    }

    // MARK: Rammings

    @Test(arguments: [
        "A man drove a flatbed truck into a group of soldiers at a promenade in Jerusalem on Sunday, killing four.",
        "A driver ploughed his car into a crowd of shoppers in Hebron on Sunday, wounding five people.",
        "On Sunday a van plowed into pedestrians at a bus stop in Jerusalem, killing two.",
    ])
    func aVehicleDrivenIntoPeopleIsAnAttack(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.eventType == .other)
        #expect(i?.date == Day(year: 2024, month: 2, day: 11))
    }

    @Test(arguments: [
        "On Sunday a car crashed into a wall in Hebron, killing the driver.",
        "A lorry drove into a ditch near Kirkuk on Sunday.",
    ])
    func anAccidentIsNoRamming(sentence: String) {
        #expect(ExtractionFixture.one(sentence) == nil)
    }

    @Test(arguments: [
        "Soldiers at the scene and a tour guide opened fire at the driver, who was killed.",
        "Police officers opened fire on the assailant and killed him.",
    ])
    func respondersFiringAtTheAttackerMakeNoClash(follow: String) {
        let found = ExtractionFixture.main("A truck rammed into a group of soldiers in Jerusalem on Sunday, killing four. " + follow, published: "2024-02-14")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .other)
    }

    @Test func gunmenFiringAtADriverStillAttack() {
        let i = ExtractionFixture.one("On Sunday gunmen opened fire at the driver of a bus in Kirkuk, killing him.")
        #expect(i != nil)
        #expect(i?.killed == 1)
    }

    @Test(arguments: [
        "Police gather at the scene of a ramming attack in Jerusalem on Sunday.",
        "Paramedics treat a wounded man at the site of a ramming attack in Jerusalem on Sunday.",
    ])
    func theSceneOfAnAttackIsNoReportOfIt(scene: String) {
        let found = ExtractionFixture.main(scene + " A man drove a truck into a group of soldiers on the promenade, killing four.", published: "2024-02-14")
        #expect(found.count == 1)
        #expect(found.first?.killed == 4)
        #expect(found.first?.sources.first?.evidence.contains("drove a truck") == true)
    }

    @Test func theSceneOfAnAttackThatKilledIsStillNews() {
        let i = ExtractionFixture.one("Police cordoned off the scene of a car bombing that killed five people in Kirkuk on Sunday.")
        #expect(i?.killed == 5)
    }

    // MARK: Types

    @Test(arguments: [
        "Hundreds of fighters on motorcycles assaulted an army camp near Kirkuk on Tuesday, using mortars and a car bomb, and fought the garrison for three hours, killing 30 soldiers.",
        "Militants stormed a border post in Anbar on Tuesday with rockets and battled the guards, killing six.",
        "Insurgents attacked a police station in Mosul on Tuesday with mortar fire before hours of fighting, killing four officers.",
    ])
    func anAssaultFoughtOutWithTheDefendersIsAClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .armedClash)
    }

    @Test func mortarsFiredAtAVillageStayAMortarAttack() {
        #expect(ExtractionFixture.one("Militants fired mortars at a village near Kirkuk on Tuesday, killing five.")?.eventType == .mortarAttack)
    }

    // MARK: Tolls

    @Test(arguments: [
        "A tanker was hit by a missile in the Red Sea on Tuesday. None of the 21 crew, 19 Indians and two Ukrainians, were hurt.",
        "A drone struck a cargo ship off Hodeidah on Tuesday. None of its 18 crew members, all of them Syrians, were hurt.",
    ])
    func noneOfACountedCrewHurtIsZero(text: String) {
        let i = ExtractionFixture.one(text)
        #expect(i?.wounded == 0 || i?.wounded == nil, "got \(String(describing: i?.wounded))")
    }

    @Test(arguments: [
        ("Four soldiers, three women and one man, all officer cadets in their twenties, were killed in the attack.", 4),
        ("Six people, two policemen and four civilians, were killed in the attack.", 6),
        ("Two guards, both of them conscripts, died in the attack.", 2),
        ("Five pilgrims, all of them conscripts on leave, were killed in the attack.", 5),
    ])
    func appositionsAfterACountKeepIt(toll: String, killed: Int) {
        let i = ExtractionFixture.one("On Sunday a bomb exploded at a checkpoint in Kirkuk. " + toll)
        #expect(i?.killed == killed, "got \(String(describing: i?.killed))")
    }

    @Test func anAttackerShotDeadAddsToTheToll() {
        let i = ExtractionFixture.one("A stabbing at a bus stop in Jerusalem on Sunday killed two people. The perpetrator was shot dead at the scene.")
        #expect(i?.killed == 3)
    }

    @Test func stateMediaTerroristsKilledInAStrikeAreItsToll() {
        let text = "Four terrorists killed in airstrikes in Wadi al-Tharthar\n\nIraqi F-16 aircraft carried out two airstrikes on hideouts in Wadi al-Tharthar on Tuesday, killing four terrorists."
        #expect(ExtractionFixture.main(text, published: "2024-03-12").first?.killed == 4)
    }

    // MARK: Caption sets

    @Test func aCaptionSetIsReadForItsCaptions() {
        let body = """
        Picture desk | Editorial
        Search results for "Hebron attack" | 3 results

        HEBRON - MARCH 03: Police gather at the scene after a gunman opened fire on a checkpoint in Hebron on March 03, 2024, killing two soldiers. (Photo by Staff/Agency Images)
        Editorial #1234 | Date created: March 03, 2024 | Credit: Agency Images News

        HEBRON - MARCH 03: Soldiers search a street near the checkpoint where the gunman was shot dead on March 03, 2024 in Hebron. (Photo by Staff/Agency Images)
        Editorial #1235 | Date created: March 03, 2024 | Credit: AFP

        Editorial use only. Not for commercial use. Restrictions: No use in advertising.
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.paragraphs.contains(where: { $0.contains("opened fire on a checkpoint") && !$0.contains("Photo by") }))
        #expect(!c.paragraphs.contains(where: { $0.contains("Editorial #") }))
    }

    @Test func captionsBesideAReportStillGo() {
        let body = """
        Gunmen kill two soldiers at a checkpoint in Hebron
        Gunmen opened fire on an army checkpoint at the southern entrance of Hebron on Sunday morning, killing two soldiers and wounding a third, the army said.
        Troops sealed off the area and began searching nearby villages for the attackers, who fled in a car towards the hills.
        The army said the gunmen had used automatic rifles and fired dozens of rounds before escaping, according to a statement.
        Soldiers search a street near the checkpoint on Sunday. (Photo by Staff/Agency Images)
        Police gather at the scene after the attack on the checkpoint in Hebron. (Photo by Staff/Agency Images)
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains(where: { $0.contains("Photo by") || $0.contains("Soldiers search a street") }))
    }

    // MARK: Places and actors

    @Test(arguments: [
        ("Regime artillery shelled the village of Kafr Ruma in Jabal al-Zawiya on Tuesday, killing a child.", "Kafr Ruma"),
        ("Warplanes struck the outskirts of the village of Sarja in Jabal al-Zawiya on Tuesday.", "Sarja"),
    ])
    func aVillageInsideAListedAreaIsWhereItHappened(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test(arguments: [
        ("Gunmen attacked a police post in Qarah, Dhamar province on Tuesday, killing three officers.", "Qarah"),
        ("Militants attacked an army camp in Tabarak, Diyala province, on Tuesday, killing four soldiers.", "Tabarak"),
    ])
    func aNameBeforeItsProvinceIsWhereItHappened(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aWeekdayBeforeAProvinceIsNoPlace() {
        #expect(ExtractionFixture.one("A bomb exploded at a market on Tuesday, in Tuesday, Diyala province, killing two.")?.place != "Tuesday")
    }

    @Test func aForeignCityNamedByItsOwnNameStaysThatCity() {
        let i = ExtractionFixture.one("The IRGC fired missiles at targets in Syria on Monday night in response to the bombings in the Iranian city of Kerman.")
        #expect(i?.place != "Kerman" || i?.country == "Iran")
    }

    @Test(arguments: ["the promenade overlooking the Old City", "a hilltop facing Jenin"])
    func aPlaceSeenFromTheSceneIsNotTheScene(view: String) {
        let i = ExtractionFixture.one("A gunman opened fire on tourists at \(view) in Nablus on Sunday, wounding three.")
        #expect(i?.place == "Nablus", "got \(String(describing: i?.place))")
    }

    @Test(arguments: [
        ("Russian fixed-wing warplanes carried out airstrikes on Ariha on Tuesday.", "Russia"),
        ("Israeli combat jets struck a weapons depot near Hama on Tuesday.", "Israel"),
    ])
    func aStatesAircraftNamedWithTheirKindAreTheStates(sentence: String, actor: String) {
        #expect(ExtractionFixture.one(sentence)?.perpetrator == actor)
    }
}
