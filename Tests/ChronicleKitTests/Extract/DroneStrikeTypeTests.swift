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
