import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fifty-second session (invented phrasings): a force whose uniforms the attackers wore did not attack;
/// the weapon that opened an attack told as a whole, with gunmen after it, does not type the whole attack.
@Suite("Disguises and the phases of one attack")
struct DisguisesAndPhasesTests {
    /// The force named as a disguise is a modifier of the attackers, never the perpetrator.
    @Test(arguments: [
        ("Militants disguised in the uniforms of the Kurdish People's Protection Units (YPG) detonated a car bomb in Kobani on Thursday.", "People's Protection Units (YPG)"),
        ("Gunmen dressed as Iraqi army soldiers killed six people at a checkpoint in Tarmiyah on Monday.", "Iraqi Army"),
        ("Attackers wearing the fatigues of the Afghan National Army opened fire on trainers at a base in Kabul on Sunday.", "Afghan National Army"),
    ])
    func aDisguiseIsNotThePerpetrator(_ sentence: String, _ disguise: String) throws {
        let found = try #require(ExtractionFixture.one(sentence))
        #expect(found.perpetrator.lowercased() != disguise.lowercased())
        #expect(!found.perpetrator.lowercased().contains("army") || !disguise.lowercased().contains("army"))
    }

    /// The same names outside a disguise still act.
    @Test func theForceItselfStillActs() throws {
        let found = try #require(ExtractionFixture.one("The Iraqi army shelled a village near Tarmiyah on Monday, killing six people."))
        #expect(found.perpetrator.lowercased().contains("iraq"))
        let posed = try #require(ExtractionFixture.one("The Iraqi army said gunmen posing as soldiers shelled a village near Tarmiyah on Monday."))
        #expect(!posed.perpetrator.lowercased().contains("iraq"))
    }

    /// "The attack began …, when X … then gunmen …": one attack, typed by the whole, not by the weapon that opened it.
    @Test(arguments: [
        "The assault started shortly after midnight on Tuesday, when a suicide bomber rammed a truck into the gate of the police headquarters in Gardez; gunmen then stormed the compound.",
        "The attack began before dawn on Tuesday, when militants detonated a car bomb at the checkpoint of Tal Abyad and then spread through the town, shooting civilians.",
    ])
    func anOpeningBlastWithGunmenAfterItIsOnePhase(_ sentence: String) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "2024-05-10"))
        #expect(found.eventType != .iedAttack)
        #expect(found.date == Day(iso: "2024-05-07"))
    }

    /// Without gunmen after it, the weapon that opened the attack is its type.
    @Test(arguments: [
        ("The raid began on Monday night, when an air strike hit a house in Rafah, killing five people.", EventType.airstrike),
        ("The attack began on Monday with a car bomb at the gate of the ministry in Kabul.", EventType.iedAttack),
    ])
    func anOpeningWeaponAloneTypesTheAttack(_ sentence: String, _ type: EventType) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "2024-05-10"))
        #expect(found.eventType == type)
    }
}
