import Foundation
import Testing
@testable import ChronicleKit

/// Unarmed people killed, told before the shooting that killed them; a raid whose victims come late in the clause; a
/// running file told newest first; a town told as lying in a named area; a fraction that is no count (forty-fifth
/// session).
@Suite("Running files, areas and massacres told in two sentences")
struct RunningFilesAndAreasTests {
    @Test(arguments: [
        ("Twenty villagers were killed on Monday night by an armed group in the village of Kafr Qasim near Tikrit.", "The attackers gathered the men in a field, where they opened fire on them."),
        ("Eleven farmers were massacred by gunmen near Kirkuk on Monday evening.", "Witnesses said the gunmen lined them up and opened fire on them."),
    ])
    func unarmedPeopleKilledStayAnAttackOnThemWhenTheShootingIsToldAfter(_ lead: String, _ after: String) {
        let found = ExtractionFixture.extract("Villagers killed\n\n\(lead)\n\n\(after)", published: "2024-03-05")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .other)
        #expect(found.first?.date == Day(iso: "2024-03-04"))
    }

    @Test func aSoldierShotDeadThenFireOnTroopsIsAClash() {
        // Armed men shot are one side of a fight: the fire told after types it.
        let text = "Soldier killed\n\nA soldier was shot dead near Kirkuk on Monday.\n\nTroops came under fire from the same position an hour later."
        let found = ExtractionFixture.extract(text, published: "2024-03-05")
        #expect(found.first?.eventType == .armedClash)
    }

    @Test(arguments: [("villagers", EventType.other), ("soldiers", EventType.armedClash)])
    func aRaidsVictimsToldLateInTheClauseTypeIt(_ victims: String, _ type: EventType) {
        let text = "Village raided\n\nMilitants raided the village of Hasanlar in the Kemaliye district of Erzincan province on Monday and killed 20 \(victims)."
        let found = ExtractionFixture.extract(text, published: "2024-03-05")
        #expect(found.first?.eventType == type)
        #expect(found.first?.killed == 20)
    }

    @Test(arguments: [
        "The number of martyrs in the town's market has risen to at least 40, medical sources say.",
        "Medics say the death toll has now risen to 40.",
    ])
    func aRunningFileToldNewestFirstGivesTheLatestTotal(_ latest: String) {
        let text = """
        Market bombing: running file

        21:10 | UPDATE 3

        \(latest)

        18:30 | UPDATE 2

        The death toll has reached 25.

        12:05 | URGENT

        A car bomb exploded in the main market of Kirkuk at noon on Monday, killing at least 12 people.
        """
        let found = ExtractionFixture.extract(text, published: "2024-03-04")
        #expect(found.count == 1)
        #expect(found.first?.killed == 40)
    }

    @Test func aTotalToldBeforeAnEventOfAnotherDayIsNotItsOwn() {
        let text = """
        Bulletin

        The number of martyrs of last week's massacre in Hama has risen to 40, medical sources say.

        A car bomb exploded in the main market of Kirkuk at noon on Monday, killing at least 12 people.
        """
        let found = ExtractionFixture.extract(text, published: "2024-03-05")
        #expect(found.contains { $0.place == "Kirkuk" && $0.killed == 12 })
    }

    @Test(arguments: [
        ("Warplanes struck the market of Douma in Eastern Ghouta on Monday, killing 30 people.", "Douma"),
        ("An air strike hit a bakery in Palmyra, in the Syrian Badia, on Monday, killing 12 people.", "Palmyra"),
        ("An air strike hit a convoy in the Syrian Badia near Palmyra on Monday, killing 12 people.", "Syrian Badia"),
    ])
    func aTownToldAsLyingInAnAreaIsThePlace(_ lead: String, _ place: String) {
        let found = ExtractionFixture.extract("Strike\n\n\(lead)", published: "2024-03-05")
        #expect(found.first?.place == place)
    }

    @Test(arguments: ["More than three quarters of them", "Half of them", "Two thirds of the victims"])
    func aFractionIsNoCount(_ subject: String) {
        let found = ExtractionFixture.extract("Bombing\n\n\(subject) were killed in the town of Kirkuk, where a car bomb exploded on Monday.", published: "2024-03-05")
        #expect(found.contains { $0.place == "Kirkuk" })
        #expect(!found.contains { $0.killed != nil })
    }

    @Test func aPlaceAndTheLocalGovernmentAreaHoldingItAreOnePlace() {
        let text = """
        School attacked

        Gunmen attacked the Government Secondary School, Buni Yadi, in Gujba local government area of Yobe State, early on Monday, killing 12 students.

        The police commissioner, who confirmed the figure to journalists in Damaturu, said the attackers stormed the school at 2am.
        """
        let found = ExtractionFixture.extract(text, published: "2024-03-05")
        #expect(found.count == 1)
        #expect(found.first?.place == "Buni Yadi")
        #expect(!found.contains { $0.place == "Gujba" || $0.place == "Damaturu" })
    }

    @Test(arguments: [
        ("Militants attacked a police post in the stanitsa of Naurskaya in Chechnya on Monday night, killing six officers.", "Naurskaya"),
        ("Gunmen killed eight young people on Saturday night in the municipality of Samaniego, in Narino.", "Samaniego"),
        ("Jihadists attacked the army position at Point Triple, in the commune of Karimama, on Wednesday afternoon, killing 28 soldiers.", "Point Triple"),
        ("Guerrillas ambushed the patrol at first light on Tuesday, in the hamlet of Puerto Toledo, south of the town, killing 28 soldiers.", "Puerto Toledo"),
    ])
    func aSettlementTheGazetteerLacksIsNamedByItsNoun(_ lead: String, _ place: String) {
        let found = ExtractionFixture.extract("Attack\n\n\(lead)", published: "2024-03-05")
        #expect(found.first?.place == place)
    }

    @Test(arguments: [
        ("A bomb exploded in a carriage of the St Petersburg metro on Monday, killing 14 people.", "Saint Petersburg", "Russia"),
        ("Gunmen killed 29 students in a dormitory of a college in Buni Yadi on Monday.", "Buni Yadi", "Nigeria"),
        ("A roadside bomb killed four soldiers near Tarinkot in Uruzgan on Monday.", "Tarinkot", "Afghanistan"),
    ])
    func townsOfTheWiderRegionAndSaintsTownsAreKnown(_ lead: String, _ place: String, _ country: String) {
        let found = ExtractionFixture.extract("Attack\n\n\(lead)", published: "2024-03-05")
        #expect(found.first?.place == place)
        #expect(found.first?.country == country)
    }

    @Test func aProvinceKeepsItsNameWhenAVillageSharesIt() {
        let p = ExtractionFixture.kb.gazetteer.mentions(in: "Taliban fighters overran a district centre in Uruzgan.").first?.entry
        #expect(p?.kind == .admin1)
        #expect(p?.name == "Uruzgan")
    }

    @Test(arguments: [
        "At least 76 people were killed on Sunday when regime helicopters dropped barrels packed with explosives on Aleppo.",
        "Helicopters dropped barrels filled with TNT on Aleppo on Sunday, killing at least 76 people.",
    ])
    func barrelsPackedWithExplosivesAreDroppedFromTheAir(_ lead: String) {
        let found = ExtractionFixture.extract("Barrel bombs\n\n\(lead)", published: "2013-12-16")
        #expect(found.first?.eventType == .airstrike)
        #expect(found.first?.date == Day(iso: "2013-12-15"))
    }

    @Test func theDayAnAuthorityConfirmedIsNotTheEventsDay() {
        let lead = "Eight young people were murdered late on Saturday night in the village of Santa Catalina when armed men opened fire on them, the local authorities confirmed this Sunday."
        let found = ExtractionFixture.extract("Massacre\n\n\(lead)", published: "2020-08-16")
        #expect(found.first?.date == Day(iso: "2020-08-15"))
    }

    @Test(arguments: [
        ("in the night of Friday to Saturday, at around 2 a.m.,", "2021-06-05"),
        ("in the night from Friday to Saturday, shortly after 1:30 a.m.,", "2021-06-05"),
        ("in the night of Friday to Saturday", "2021-06-04"),
        ("in the night of Friday to Saturday, at about 11 p.m.,", "2021-06-04"),
    ])
    func aNightOfTwoDaysIsDatedByItsEveningOrItsSmallHours(_ night: String, _ day: String) {
        let found = ExtractionFixture.extract("Massacre\n\nGunmen attacked the village of Solhan \(night) killing 100 civilians.", published: "2021-06-06")
        #expect(found.first?.date == Day(iso: day))
    }

    @Test(arguments: [
        ("The Israeli occupation army committed a horrific massacre at dawn today by bombing the al-Sardi school in the Nuseirat refugee camp, killing 40 people.", EventType.airstrike, true),
        ("The Israeli army committed a massacre on Monday by bombing a school in the Nuseirat refugee camp, killing 40 people.", EventType.airstrike, true),
        ("Militants committed a massacre on Monday by bombing a market in the Nuseirat refugee camp, killing 40 people.", EventType.iedAttack, false),
    ])
    func aStatesForcesCommittingACrimeByBombingStruckFromTheAir(_ lead: String, _ type: EventType, _ state: Bool) {
        let found = ExtractionFixture.extract("Massacre\n\n\(lead)", published: "2024-03-05")
        #expect(found.first?.eventType == type)
        #expect((found.first?.perpetrator == "Israel Defense Forces") == state)
    }

    @Test(arguments: [
        "The number of soldiers killed rose to eleven on Thursday, the army reported.",
        "The number of soldiers killed near the school, in the hamlet of La Esperanza, has risen to eleven.",
        "The number of soldiers killed in the rural area of Buenos Aires, in northern Cauca, rose to eleven.",
        "The number of soldiers killed in the attack on the platoon rose to eleven on Thursday, the army reported.",
    ])
    func aRunningTotalCountedOnALaterDayOrAfterAnAsideStillUpdatesTheEvent(_ total: String) {
        let text = "Platoon attacked\n\nGuerrillas attacked an army platoon in the rural area of Buenos Aires on Tuesday night, killing ten soldiers.\n\n\(total)"
        let found = ExtractionFixture.extract(text, published: "2024-03-08")
        #expect(found.count == 1)
        #expect(found.first?.killed == 11)
    }

    @Test func aTotalDatedBeforeTheEventIsAnotherEvents() {
        let text = "Platoon attacked\n\nGuerrillas attacked an army platoon in the rural area of Buenos Aires on Tuesday night, killing ten soldiers.\n\nThe number of soldiers killed had risen to forty last month."
        let found = ExtractionFixture.extract(text, published: "2024-03-08")
        #expect(found.first?.killed == 10)
    }
}
