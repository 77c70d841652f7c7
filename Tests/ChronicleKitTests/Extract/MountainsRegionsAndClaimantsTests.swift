import Foundation
import Testing
@testable import ChronicleKit

/// A town's name inside a mountain's or a valley's name; a mountain described after its name; a town named as a region;
/// groups that claim bombings in South Asia, and the Shining Path by its English name; bombs dropped from aircraft;
/// the small towns of the South Caucasus wars.
@Suite("Mountains, regions and claimants")
struct MountainsRegionsAndClaimantsTests {
    @Test(arguments: ["Rebels seized Jabal al-Dukhan on Tuesday.", "Troops patrolled Jebel Dukhan overnight.", "Fighting spread to Wadi Dukhan."])
    func aTownsNameInsideALandformIsNotTheTown(text: String) {
        // "Dukhan" is one spelling of Iraq's town of Dukan.
        #expect(!ExtractionFixture.kb.gazetteer.mentions(in: text).contains { $0.entry.id == "dukan" })
    }

    @Test func theTownItselfIsStillFound() {
        #expect(ExtractionFixture.kb.gazetteer.mentions(in: "Workers left Dukhan on Tuesday.").contains { $0.entry.id == "dukan" })
    }

    @Test func aListedMountainAreaKeepsItsName() {
        // Metina is a listed mountain area, not a town: "Mount Metina" still names it.
        let found = ExtractionFixture.main("Militants attacked Peshmerga positions on Mount Metina in Duhok province on Saturday, killing five fighters.", published: "2021-06-06")
        #expect(found.first?.place == "Metina")
    }

    @Test(arguments: [
        ("Rebels attacked a patrol on Jabal al-Dukhan, a mountain straddling the frontier in the southern region of Jizan, on Tuesday, killing a soldier.", "Jabal al-Dukhan"),
        ("Militants ambushed a convoy on Koh-e Sultan, a hill overlooking the road in the region of Kandahar, on Tuesday, killing two soldiers.", "Koh-e Sultan"),
    ])
    func aMountainDescribedAfterItsNameIsWhereItHappened(sentence: String, place: String) {
        #expect(ExtractionFixture.main(sentence, published: "2009-11-04").first?.place == place)
    }

    @Test func aHospitalInACitysRegionIsNoPlaceOfTheAttack() {
        let found = ExtractionFixture.main(headline: "Suicide bombings kill 41 in Casablanca",
            "Five suicide bombings killed 41 people in Casablanca on Friday night, officials said.",
            "The king visited the wounded at Ibn Rochd University Hospital and met the Wali of the Greater Casablanca region.",
            published: "2003-05-17")
        #expect(found.count == 1)
        #expect(found.first?.place == "Casablanca")
    }

    @Test(arguments: [
        ("A group calling itself Harkat-ul-Jihad al-Islami (HuJI) claimed responsibility for the bombing outside the court in New Delhi on Wednesday.", "Harkat-ul-Jihad al-Islami"),
        ("Shining Path guerrillas ambushed an army convoy in Ayacucho on Saturday, killing eight soldiers.", "Shining Path"),
        ("Sendero Luminoso rebels ambushed an army convoy in Ayacucho on Saturday, killing eight soldiers.", "Shining Path"),
    ])
    func claimantsAreNamedAsNewsNamesThem(sentence: String, actor: String) {
        let kb = ExtractionFixture.kb
        #expect(kb.actors.mentions(in: sentence).contains { $0.entry.name == actor })
    }

    @Test(arguments: [
        ("At least eight people were killed when Russian aircraft dropped cluster bombs on the central square of Gori on Tuesday morning.", "Russia"),
        // (The jets are the subject of "dropped", an attack verb: the actor they name, as "Russian jets struck" gives.)
        ("Russian jets dropped bombs on Gori on Tuesday, killing eight people.", "Russian military"),
        ("Helicopters dropped barrel bombs on Daraya on Tuesday, killing eight people.", "unknown"),
    ])
    func bombsDroppedFromTheAirAreAnAirstrike(sentence: String, perpetrator: String) {
        let found = ExtractionFixture.main(sentence, published: "2008-08-13")
        #expect(found.first?.eventType == .airstrike)
        #expect(found.first?.perpetrator == perpetrator)
    }

    @Test func aBombThatExplodedIsStillABombing() {
        #expect(ExtractionFixture.main("A bomb exploded in Gori on Tuesday, killing eight people.", published: "2008-08-13").first?.eventType == .iedAttack)
    }

    @Test(arguments: [("Tskhinvali", "Georgia"), ("Gori", "Georgia"), ("Barda", "Azerbaijan"), ("Sukhumi", "Georgia")])
    func theSouthCaucasusSmallTownsAreListed(name: String, country: String) {
        let p = ExtractionFixture.kb.gazetteer.mentions(in: "Shells fell on \(name) overnight.").first?.entry
        #expect(p?.name == name)
        #expect(p?.country == country)
    }
}
