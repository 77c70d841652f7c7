import Foundation
import Testing
@testable import ChronicleKit

/// A side taken ("pro-Moscow"), an aircraft shot down by a missile, a base named after its village, attackers counted
/// among the dead, a hotel in a village placed by its bearing, and an airliner fired at as it took off (forty-sixth
/// session).
@Suite("Airliners, hotels and sides taken")
struct AirlinersHotelsAndSidesTests {
    func extract(_ body: String, title: String = "Report", published: String = "2002-11-29") -> [Incident] {
        ExtractionFixture.extract("\(title)\n\n\(body)", published: published)
    }

    @Test(arguments: ["pro-Moscow", "anti-Moscow"])
    func aSideTakenIsNoPlace(_ side: String) {
        let found = extract("Two vehicles packed with explosives were blown up yesterday at the building of the \(side) administration in the centre of Grozny, killing 46 people.")
        #expect(found.count == 1)
        #expect(found.first?.place == "Grozny")
    }

    @Test(arguments: [
        "A military helicopter carrying troops was shot down with a missile as it approached the main federal base at Khankala on 19 August, killing 118 servicemen.",
        "On 19 August rebels shot down an army helicopter with a missile near the base at Khankala, killing 118 servicemen.",
    ])
    func anAircraftShotDownByAMissileIsAMissileAttackAtTheBasesVillage(_ sentence: String) {
        let found = extract(sentence, published: "2002-12-27")
        #expect(found.first?.eventType == .missileAttack)
        #expect(found.first?.place == "Khankala")
        #expect(found.first?.killed == 118)
    }

    @Test(arguments: ["among them the three suicide bombers", "including the three suicide bombers"])
    func attackersCountedAmongTheDeadAreNotAddedAgain(_ aside: String) {
        let found = extract("Sixteen people, \(aside), were killed yesterday morning when a vehicle packed with explosives was driven into a hotel in Mombasa.",
                            title: "Sixteen dead as suicide bombers hit hotel")
        #expect(found.count == 1)
        #expect(found.first?.killed == 16)
    }

    @Test(arguments: [
        "the Israeli-owned Paradise Hotel at Kikambala, some thirty kilometres north of Mombasa",
        "the Paradise Hotel at Kikambala, about 30 km north of Mombasa",
    ])
    func aHotelInAVillagePlacedByItsBearingIsInTheVillage(_ hotel: String) {
        let found = extract("A car bomb exploded yesterday at \(hotel), killing 13 people.")
        #expect(found.first?.place == "Kikambala")
        #expect(found.first?.country == "Kenya")
    }

    @Test func anAirlinerFiredAtAsItTookOffIsHitAtTheAirportNotWhereItFlew() {
        let text = "Less than an hour earlier, two shoulder-fired missiles were fired at an airliner as it took off from Moi International Airport with 261 passengers on board for Tel Aviv."
        let found = extract("A car bomb exploded yesterday at a hotel in Mombasa, killing 13 people.\n\n\(text)")
        let missiles = found.first { $0.eventType == .missileAttack }
        #expect(missiles?.place == "Moi International Airport")
        #expect(missiles?.date == Day(iso: "2002-11-28"))
    }

    @Test(arguments: [
        "Yesterday morning two missiles were fired at the Arkia plane that took off from Mombasa with 261 passengers returning to Israel.",
        "Yesterday morning a missile was fired at a Boeing airliner as it took off from Mombasa.",
    ])
    func thePlaneFiredAtTookOffFromWhereItWasHit(_ sentence: String) {
        let found = extract(sentence)
        #expect(found.first?.place == "Mombasa")
        #expect(found.first?.eventType == .missileAttack)
    }

    @Test(arguments: ["the Likud branch in Beit She'an, where party members were voting", "a polling station in Beit She'an"])
    func gunmenFiringOnVotersAttackThem(_ target: String) {
        let found = extract("On Thursday two gunmen opened fire on \(target), killing six people.")
        #expect(found.first?.eventType == .other)
        #expect(found.first?.killed == 6)
    }

    @Test func dronesThatTookOffFromABaseStillNameWhereTheyWereLaunched() {
        let found = extract("Drones that took off from Syria struck an airbase near Kirkuk yesterday.", published: "2024-03-05")
        #expect(found.first?.place == "Kirkuk")
    }
}
