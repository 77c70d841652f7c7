import Foundation
import Testing
@testable import ChronicleKit

/// Assaults on bases told the way defence reporters tell them: attackers described in an aside, an attempt to storm,
/// attackers all killed by the guards, nobody hurt on either side, and a death from illness during the alert.
@Suite("Base assaults")
struct BaseAssaultsTests {
    @Test(arguments: [
        ("About 25 Islamic State fighters, some of them dressed in Iraqi army uniforms and wearing suicide vests, attacked the perimeter of Ain al-Asad air base on Friday.", "Islamic State"),
        ("Around 40 al-Shabaab militants, armed with rifles and rocket-propelled grenades, attacked an army base in Lower Shabelle on Friday.", "al-Shabaab"),
    ])
    func aSubjectBeforeAnAsideIsThePerpetrator(text: String, perpetrator: String) {
        #expect(ExtractionFixture.one(text, published: "2015-02-14")?.perpetrator == perpetrator)
    }

    @Test(arguments: [
        "On Friday, ISIS fighters attempted to storm Ain al-Asad air base in Anbar province.",
        "On Friday, ISIS fighters tried to storm the Ain al-Asad air base in Anbar province.",
        "Early on Friday a group of militants moved to storm an army barracks in Kirkuk.",
    ])
    func anAttemptToStormIsAnAssault(text: String) {
        let found = ExtractionFixture.one(text, published: "2015-02-14")
        #expect(found?.eventType == .armedClash)
        #expect(found?.date == Day(iso: "2015-02-13"))
    }

    @Test func aStormOfWeatherIsNoAssault() {
        #expect(ExtractionFixture.extract("A storm hit the Ain al-Asad air base on Friday, tearing roofs off hangars.", published: "2015-02-14").isEmpty)
    }

    @Test(arguments: [
        ("About 25 Islamic State fighters attacked the outer perimeter of Ain al-Asad air base in western Iraq on Friday. A spokesman said the attackers were all killed by Iraqi security forces before they got inside the base.", 25),
        ("Some 12 militants attacked an army outpost near Kirkuk early on Friday. All of the attackers were killed by the soldiers guarding the outpost, the army said.", 12),
    ])
    func attackersAllKilledByTheGuardsAreAClashWithThatToll(text: String, killed: Int) {
        let found = ExtractionFixture.one(text, published: "2015-02-14")
        #expect(found?.eventType == .armedClash)
        #expect(found?.killed == killed)
    }

    @Test(arguments: [
        "Militants attacked a checkpoint in Kirkuk on Friday. Officials said that neither American service members nor Iraqi soldiers were hurt.",
        "Militants attacked a checkpoint in Kirkuk on Friday. Neither the guards nor passers-by were injured, police said.",
    ])
    func neitherSideHurtIsNoWounded(text: String) {
        #expect(ExtractionFixture.one(text, published: "2015-02-14")?.wounded == 0)
    }

    @Test(arguments: [
        "Rockets struck Ain al-Asad air base on Friday. A civilian contractor died of an apparent heart attack while taking shelter.",
        "Rockets struck Ain al-Asad air base on Friday. One contractor died from a suspected cardiac arrest as the sirens sounded.",
    ])
    func aDeathFromIllnessIsNoCasualty(text: String) {
        let found = ExtractionFixture.extract(text, published: "2015-02-14")
        #expect(found.count == 1)
        #expect(found.first?.killed == nil)
    }

    @Test(arguments: [
        ("Unidentified drones struck radar systems at two military bases in Iraq early on Tuesday, hours after a ceasefire between Iran and Israel was announced.", "iraq"),
        ("A roadside bomb hit a convoy in Kirkuk on Tuesday, days after talks between Turkey and Syria broke down.", "kirkuk"),
    ])
    func thePartiesToATruceAreNoPlace(text: String, placeID: String) {
        let found = ExtractionFixture.one(text, published: "2025-06-24")
        #expect(found?.placeID == placeID)
    }

    @Test(arguments: [
        "A drone crashed into a radar unit at Camp Taji early on Tuesday. Residents said the base's air defences opened fire.",
        "A drone crashed into a radar unit at Camp Taji early on Tuesday. Witnesses said anti-aircraft defenses opened fire over the base.",
    ])
    func airDefencesFiringAreNoClash(text: String) {
        let found = ExtractionFixture.extract(text, published: "2025-06-24")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .droneAttack)
    }

    @Test(arguments: [
        ("Taliban insurgents attacked the Bagram airfield yesterday morning, officials said.",
         "The attack began when two suicide bombers drove vehicles packed with explosives at the outer wall. The blasts tore through the wall. A group of attackers then occupied a building and fired on the base, starting a battle that lasted several hours.",
         "bagram-air-base"),
        ("Al-Shabaab militants attacked the Baledogle military airbase early on Tuesday with car bombs and gunfire.",
         "A suicide bomber drove an explosives-laden vehicle at the main gate. \"Our forces fought them back,\" an officer said. He said the fighting, which lasted for more than an hour, ended by noon.",
         "baledogle-airfield"),
        ("Gunmen attacked the Camp Simba base at Manda Bay before dawn on Tuesday.",
         "A car bomb went off at the gate of the base. The fighting lasted for hours, officials said.",
         "manda-bay"),
    ])
    func anAssaultOpeningOnBombsAndFoughtOutIsAClash(lead: String, rest: String, placeID: String) {
        let found = ExtractionFixture.main(headline: "Attack on a base", lead, rest, published: "2019-12-11")
        #expect(found.first?.eventType == .armedClash)
        #expect(found.first?.placeID == placeID)
    }

    @Test(arguments: [
        ("Al-Shabaab militants attacked the Baledogle airbase, where US special forces train Somali commandos, on Tuesday. The US Africa Command said there were no American casualties. Officials said ten militants were killed in the fighting.", 10),
        ("Rockets struck a base hosting US troops in Anbar on Tuesday. There were no U.S. casualties, the coalition said. Two Iraqi soldiers were killed, police said.", 2),
    ])
    func aZeroOfUSForcesGivesWayToTheOthersDead(text: String, killed: Int) {
        let found = ExtractionFixture.one(text, published: "2019-12-11")
        #expect(found?.killed == killed)
        #expect(found?.wounded == nil)
    }
}
