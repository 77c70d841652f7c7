import Foundation
import Testing
@testable import ChronicleKit

/// Lists of victims with a companion set off by commas, the dead counted by their bodies, a zero told after a sentence of
/// several events, the wounded's hospital town, a division's homonym abroad, a town naming another event, a quarter after
/// a town's possessive, weapons supplied or kept, and a headline's time of knowing (forty-ninth session; invented phrasings).
@Suite("Victim lists, bodies and shared zeros")
struct VictimListsBodiesAndSharedZerosTests {
    @Test(arguments: [
        ("A car bomb exploded on Monday, killing a police colonel, his driver and two passers-by.", 4 as Int?),
        ("A roadside bomb exploded on Monday, killing Major Ali Hassan, his bodyguard and three civilians.", 5),
        ("The blast killed Sheikh Omar Salim, a tribal elder, his son and two guards.", 4),
        ("A bomb exploded on Monday, killing two soldiers and a civilian.", 3),
        ("The mortar round killed three policemen and an elderly woman.", 4),
        ("A bomb exploded on Monday, killing two soldiers in an attack on a checkpoint and a police station.", 2),
        ("Gunmen killed a judge and his driver on Monday.", 2),
    ])
    func everyVictimOfTheListCounts(_ sentence: String, _ killed: Int?) {
        #expect(ExtractionFixture.casualties(sentence).killed == killed)
    }

    @Test(arguments: [
        ("Twenty-five bodies have so far been recovered and taken to the district hospital.", 25 as Int?, false),
        ("Rescuers pulled 12 bodies from the rubble of the market.", 12, false),
        ("An ambulance service said it had counted more than 90 bodies.", 90, false),
        ("Two more bodies were found in the burnt huts on Saturday.", 2, true),
        ("Bodies lay in the road near the junction.", nil, false),
    ])
    func theDeadCountedByTheirBodies(_ sentence: String, _ killed: Int?, _ addition: Bool) {
        let c = ExtractionFixture.casualties(sentence)
        #expect(c.killed == killed)
        #expect(c.killedIsAddition == addition)
    }

    @Test func moreBodiesAddToTheToll() {
        let found = ExtractionFixture.extract("Village attack\n\nGunmen attacked a village near Beni on Friday, killing ten people. Two more bodies were found on Saturday.\n", published: "2024-03-03")
        #expect(found.first?.killed == 12)
    }

    /// A zero told after a sentence of several events holds for each; a count stays with none (it may be any one's).
    @Test(arguments: [("No one was hurt.", 0 as Int?, 0 as Int?), ("Four people were hurt.", nil, nil)])
    func aFigureAfterSeveralEvents(_ closing: String, _ killed: Int?, _ wounded: Int?) {
        let text = """
        Bus bombs

        Two parked buses exploded on Tuesday night at depots in Ramla and Lod, in what police called a coordinated attack. \(closing) A third device was found and defused.
        """
        let found = ExtractionFixture.extract(text, published: "2024-05-08")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.killed == killed && $0.wounded == wounded }, "\(found.map { ($0.place, $0.killed, $0.wounded) })")
    }

    @Test func theTownOfTheHospitalIsNoOtherPlace() {
        let text = """
        Soldiers killed

        A roadside bomb struck an army patrol near the Cola roundabout, east of Beirut, on Friday, killing two soldiers. Ambulances took 15 wounded to hospitals in Hazmieh and Baabda.
        """
        let found = ExtractionFixture.extract(text, published: "2024-05-10")
        #expect(found.count == 1)
        #expect(found.first?.killed == 2)
        #expect(found.first?.wounded == 15)
    }

    @Test(arguments: [("Hazmieh", "hazmieh"), ("Hazmiyeh", "hazmieh"), ("Sin el-Fil", "sin-el-fil"), ("Ashrafieh", "achrafieh"), ("Tayouneh", "tayouneh")])
    func greaterBeirutPlacesAreListed(_ name: String, _ id: String) {
        let found = ExtractionFixture.extract("Blast\n\nA car bomb exploded in \(name) on Friday, killing three people.\n", published: "2024-05-11")
        #expect(found.first?.placeID == id)
        #expect(found.first?.country == "Lebanon")
    }

    @Test func aDivisionsHomonymAbroadLeavesTheVillage() {
        let found = ExtractionFixture.extract("Village attack\n\nAt least 30 people were killed after gunmen attacked the village of Yoro Kou, in the commune of Sangha, in the Bandiagara circle of the Mopti region, on Sunday night.\n", published: "2019-06-11")
        #expect(found.first?.place == "Yoro Kou")
        #expect(found.first?.country == "Mali")
    }

    @Test(arguments: [
        ("A Saudi citizen and a Yemeni resident were killed when the projectile hit a shop.", 2 as Int?),
        ("A British national and two Iraqi guards were killed in the blast.", 3),
        ("A local shopkeeper and his son were wounded.", nil),
    ])
    func personsJoinedByAndWithTheirOwnWordsCount(_ sentence: String, _ killed: Int?) {
        #expect(ExtractionFixture.casualties(sentence).killed == killed)
    }

    @Test func aTownNamingTheEventMeasuredFromIsNotThisOnesPlace() {
        let found = ExtractionFixture.extract("Rockets\n\nAbout an hour before the Basra attack on Friday, another rocket fell in the Maysan region, causing material damage only.\n", published: "2024-05-11")
        #expect(found.first?.place == "Maysan")
    }

    @Test(arguments: [
        "An air strike hit a biscuit factory in Tripoli's Wadi al-Rabie on Monday, killing seven workers.",
        "An air strike hit a biscuit factory in Tripoli's Wadi al-Rabie, killing seven workers, the Tripoli-based government said on Monday.",
    ])
    func aQuarterNamedBareAfterATownsPossessive(_ sentence: String) {
        let found = ExtractionFixture.extract("Factory hit\n\n\(sentence)\n", published: "2019-11-19")
        #expect(found.first?.place == "Wadi al-Rabie, Tripoli")
        #expect(found.first?.country == "Libya")
    }

    @Test(arguments: [
        "Both sides now rely on air power, including drones supplied by foreign states.",
        "The army says the militias use the farms to store weapons and launch drones.",
        "The ministry said rockets provided by its allies would be used in any war.",
    ])
    func weaponsSuppliedOrUsedForAreNoAttack(_ sentence: String) {
        #expect(ExtractionFixture.extract("Weapons\n\n\(sentence)\n", published: "2024-05-11").isEmpty)
    }

    @Test func aHeadlinesTimeOfKnowingDoesNotDateTheAttack() {
        let text = """
        Gunmen attack churches in two cities. What we know by Monday morning

        On Sunday evening, groups of armed men carried out almost simultaneous attacks on places of worship in Derbent.

        At about six in the evening, gunmen attacked the Orthodox church in the centre of Derbent, killing a priest.
        """
        let found = ExtractionFixture.extract(text, published: "2024-06-24")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.date == Day(iso: "2024-06-23") }, "\(found.map(\.date))")
    }

    @Test(arguments: [("Samtah", "samitah"), ("Kahaleh", "kahaleh")])
    func moreTownsAreListed(_ name: String, _ id: String) {
        let found = ExtractionFixture.extract("Blast\n\nA projectile fell on a shop in \(name) on Friday, killing two people.\n", published: "2024-05-11")
        #expect(found.first?.placeID == id)
    }

    @Test func aVerdictOnTheEventToldBeforeIsNoNewEvent() {
        let text = """
        Market bombing

        At least 20 people were killed when a bomb ripped through a market in Hazarganji on Friday morning.

        At a press conference later in the day, the home minister said investigators had concluded it was a suicide attack and gave a final toll of 20 dead.

        Later on Friday, a bomb fitted to a motorcycle exploded near a patrol in Chaman, killing one person.

        A faction of the Pakistani Taliban claimed responsibility for the market attack.
        """
        let found = ExtractionFixture.extract(text, published: "2019-04-13")
        let market = found.first { $0.placeID == "hazarganji" }
        let chaman = found.first { $0.place == "Chaman" }
        #expect(market?.killed == 20)
        #expect(chaman?.killed == 1)
        #expect(found.count == 2)
    }

    @Test func aVerdictTellingItsOwnTollIsTheEvent() {
        let found = ExtractionFixture.extract("Bombing\n\nPolice said on Friday that it was a suicide attack that killed 20 people in Quetta.\n", published: "2024-03-02")
        #expect(found.count == 1)
        #expect(found.first?.killed == 20)
    }

    @Test(arguments: ["Armed men attacked a secondary school in Mpondwe on Friday night.", "Rebels attacked the boarding school's dormitories in Bunia on Friday night."])
    func armedMenAttackingASchoolAttackItsPupils(_ sentence: String) {
        let found = ExtractionFixture.extract("School attack\n\n\(sentence)\n", published: "2023-06-17")
        #expect(found.first?.eventType == .other)
    }

    @Test func aNightsSecondDayToldWithItsDateFixesTheNight() {
        let found = ExtractionFixture.extract("Camp attack\n\nIn the night of Sunday to Monday 12 June, militiamen attacked a camp for displaced people in Ituri, killing 46.\n", published: "2023-06-20")
        #expect(found.first?.date == Day(iso: "2023-06-12"))
    }

    @Test func anUpdateAboveTheStoryJoinsTheEventTheStoryTells() {
        let text = """
        Rebels attack school

        UPDATE 4:05 pm: The death toll in last night's attack has risen to 41, according to officials at the scene. Our original story follows.

        Rebels last night attacked a secondary school in Mpondwe, setting fire to two dormitories.
        """
        let found = ExtractionFixture.extract(text, published: "2023-06-17")
        #expect(found.count == 1)
        #expect(found.first?.killed == 41)
        #expect(found.first?.date == Day(iso: "2023-06-16"))
    }
}
