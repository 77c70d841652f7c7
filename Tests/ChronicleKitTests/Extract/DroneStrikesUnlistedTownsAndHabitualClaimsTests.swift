import Foundation
import Testing
@testable import ChronicleKit

/// A "drone strike" nobody is named for (thirty-first session): the weapon the report names is the type, unless a
/// state is blamed for it or it hunted an armed group's men, which states do from the air.
@Suite("Unattributed drone strikes")
struct DroneStrikeTypeTests {
    @Test(arguments: [
        "A drone strike hit a flour mill in the town of Mai Tsebri late on Monday, killing 17 people.",
        "At least 56 people were killed when a drone strike hit a camp for displaced people in Mekelle on Friday night.",
        "Three farmers died in a drone strike on a market near Kidal on Monday, residents said.",
    ])
    func aDroneStrikeOnPeopleOrBuildingsIsADroneAttack(text: String) {
        #expect(ExtractionFixture.one(text)?.eventType == .droneAttack)
    }

    @Test(arguments: [
        "A drone strike on Thursday killed a senior commander of an armed group in Baghdad, officials said.",
        "Senior militia commander killed in Baghdad drone strike",
        "Hamas deputy leader Saleh al-Arouri killed in Beirut drone strike on Tuesday",
        "A drone strike targeting militants hit a car near Mogadishu on Monday.",
    ])
    func aDroneStrikeHuntingAGroupsMenIsAnAirstrike(text: String) {
        #expect(ExtractionFixture.one(text)?.eventType == .airstrike)
    }

    @Test func aStateBlamedForItMakesItAnAirstrike() {
        let inc = ExtractionFixture.one("A drone strike blamed on Israel hit a car near Tyre on Monday, killing two people.")
        #expect(inc?.eventType == .airstrike)
    }

    @Test func aStatesDroneStrikeIsAnAirstrikeAndAMilitiasADroneAttack() {
        #expect(ExtractionFixture.one("A Turkish drone strike hit a car near Qamishli on Monday, killing two people.")?.eventType == .airstrike)
        #expect(ExtractionFixture.one("Kataib Hezbollah carried out a drone strike on the Harir base on Monday.")?.eventType == .droneAttack)
    }
}

/// Places and days of the thirty-first session: a town named by a place noun and then the listed town that holds it
/// ("near the town of Huanta, in Ayacucho") is where it happened; an event first told under a month and then on its
/// day keeps the day.
@Suite("Named towns inside listed towns, days over months")
struct NamedTownInsideAndDayOverMonthTests {
    @Test(arguments: [
        ("Four soldiers were killed when a patrol was ambushed near the town of Huanta, in Ayacucho, on Monday.", "Huanta"),
        ("Gunmen killed six people in the village of Dabaga, in Maiduguri, on Monday.", "Dabaga"),
        ("A bomb exploded in the town of Tal Afar in Mosul on Monday, wounding three people.", "Tal Afar"),
    ])
    func aNamedTownInsideAListedTownIsThePlace(text: String, place: String) {
        #expect(ExtractionFixture.one(text)?.place == place)
    }

    @Test func theDayBeatsTheMonthItFallsIn() {
        let text = "Army ambush in Ayacucho\n\nIn February, Sendero guerrillas ambushed an army patrol in Ayacucho, the army said.\n\n"
            + "Four soldiers were killed when the patrol was ambushed near the town of Huanta, in Ayacucho, on Monday."
        let main = ExtractionFixture.main(text, published: "2024-02-14")
        #expect(main.count == 1)
        #expect(main.first?.date == Day(year: 2024, month: 2, day: 12))
        #expect(main.first?.datePrecision == .day)
    }
}

/// Releases that put the day before the dateline's colon ("Mumbai, Dt. 1:", "New Delhi, May 1:"), and a village
/// named before its noun in a sentence with no listed place ("near Jambhurkheda village").
@Suite("Dated colon datelines, villages named before their noun")
struct DatedColonDatelineTests {
    @Test(arguments: [
        ("Mumbai, Dt. 1: Fifteen police personnel were killed this afternoon in a blast.", "Mumbai, Dt. 1"),
        ("New Delhi, May 1: Fifteen police personnel were killed this afternoon in a blast.", "New Delhi, May 1"),
        ("Lahore, 3rd June: Two soldiers were killed when a bomb exploded near a checkpoint.", "Lahore, 3rd June"),
    ])
    func theDayBeforeTheColonBelongsToTheDateline(paragraph: String, dateline: String) throws {
        // (The day stays with the place, as a wire's date does: it dates the writing.)
        let split = try #require(Dateline.split(paragraph))
        #expect(split.dateline == dateline)
        #expect(split.rest.hasPrefix("Fifteen") || split.rest.hasPrefix("Two"))
    }

    @Test func aLabelIsNoDateline() {
        #expect(Dateline.split("Update, 1: Fifteen police personnel were killed this afternoon in a blast near the town.")?.dateline != "Update")
    }

    /// "Jammu and Kashmir" is the province, not the town of Jammu inside its name; "Poonch town" is the unlisted town.
    @Test func aProvincesOtherNameIsMatchedWhole() {
        let inc = ExtractionFixture.one("Pakistani mortar shells hit Poonch town and adjoining villages in Jammu and Kashmir early Wednesday, killing 12 civilians.")
        #expect(inc?.place == "Poonch")
        #expect(inc?.admin1 == "Kashmir")
        let p = KnowledgeBase.builtIn().gazetteer.mentions(in: "Troops were sent to Jammu and Kashmir.").first?.entry
        #expect(p?.kind == .admin1)
    }

    /// "in the Uri sector of Baramulla district": a sector of the front named for its town is that town.
    @Test func aSectorNamedForItsTownIsThatTown() {
        let inc = ExtractionFixture.one("A woman was killed when mortar shells hit her house in the Uri sector of Baramulla district late on Wednesday.")
        #expect(inc?.place == "Uri")
    }

    @Test(arguments: [
        ("Mumbai, Dt. 1: Fifteen policemen were killed this afternoon when Naxalites triggered an IED blast near Jambhurkheda village in Kurkheda taluka.", "Jambhurkheda"),
        ("Three people were killed when a bomb exploded in the market of Kupwara town on Monday.", "Kupwara"),
        ("On Monday night about 100 armed rebels stormed the camp of a road contractor at Dadapur, on the main road, and torched 36 vehicles.", "Dadapur"),
        ("Militants ambushed an army convoy at Gambiru, killing four soldiers on Sunday.", "Gambiru"),
        ("Gunmen killed seven people in an attack on Koshobe village on Saturday night, residents said.", "Koshobe"),
    ])
    func aVillageNamedBeforeItsNounPlacesTheEvent(text: String, place: String) {
        let inc = ExtractionFixture.one(text)
        #expect(inc?.place == place)
    }
}

/// A claim told as the group's habit is background, not the claim of the attack reported.
@Suite("Habitual claims")
struct HabitualClaimTests {
    @Test(arguments: [
        "The ELN has in the past claimed responsibility for attacks in the department.",
        "Islamic State has frequently claimed responsibility for bombings in the province.",
        "Al-Shabaab has claimed responsibility for similar attacks on the base."
    ])
    func aClaimToldAsAHabitNamesNoPerpetrator(habit: String) {
        let inc = ExtractionFixture.one("A car bomb exploded inside the army base in Cucuta on Tuesday, wounding 36 people. No group had claimed the attack. " + habit)
        #expect(inc?.perpetrator == "unknown")
    }

    @Test func aClaimOfThisAttackStillNamesIt() {
        let inc = ExtractionFixture.one("A car bomb exploded inside the army base in Cucuta on Tuesday, wounding 36 people. The ELN claimed responsibility for the attack on Wednesday.")
        #expect(inc?.perpetrator == "National Liberation Army (ELN)")
    }
}
