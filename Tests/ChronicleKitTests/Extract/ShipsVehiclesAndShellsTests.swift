import Foundation
import Testing
@testable import ChronicleKit

/// Ships that fire from a sea, car bombs told as vehicles that went off, attempts on a target, places told in apposition
/// between two towns, shells that strike from the ground and petrol bombs thrown by hand (forty-sixth session).
@Suite("Ships, vehicles, attempts and shells")
struct ShipsVehiclesAndShellsTests {
    func extract(_ body: String, published: String = "1993-06-28") -> [Incident] {
        ExtractionFixture.extract("Report\n\n\(body)", published: published)
    }

    @Test(arguments: [
        "US warships in the Red Sea fired cruise missiles at Baghdad on Sunday.",
        "US destroyers stationed in the Gulf launched Tomahawk missiles at Baghdad early on Sunday.",
        "On Sunday US warships in the Gulf and the Red Sea fired a salvo of cruise missiles at Baghdad.",
    ])
    func whereTheShipsSailIsNotWhereTheMissilesHit(_ sentence: String) {
        let found = extract(sentence)
        #expect(found.count == 1)
        #expect(found.first?.place == "Baghdad")
        #expect(found.first?.perpetrator == "United States")
        #expect(found.first?.date == Day(iso: "1993-06-27"))
    }

    @Test func shipsOffATownThatShellItsBeachKeepTheTown() {
        // The sea off a town is named by the town itself: it is the only place, so it stays.
        let found = extract("Israeli gunboats off Gaza shelled the beach on Sunday, killing four children.")
        #expect(found.first?.place == "Gaza")
        #expect(found.first?.killed == 4)
    }

    @Test(arguments: [
        ("Guards at the terminal in Mukalla opened fire on Friday, and both vehicles exploded short of the fence, killing two drivers.", 2),
        ("Two vehicles were stopped and detonated near the oil installations in Marib on Friday, killing one guard.", 1),
        ("A truck blew up outside the police station in Mukalla on Friday, killing five policemen.", 5),
    ])
    func vehiclesThatWentOffAreCarBombs(_ sentence: String, _ killed: Int) {
        let found = extract(sentence, published: "2006-09-16")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .iedAttack)
        #expect(found.first?.date == Day(iso: "2006-09-15"))
        #expect(found.first?.killed == killed)
    }

    @Test(arguments: [
        "At about the same time this morning, a similar attempt was made against oil production facilities in Marib province.",
        "An attempt was made against the oil pipeline in Marib province this morning.",
    ])
    func anAttemptMadeAgainstATargetIsAnEvent(_ sentence: String) {
        let found = extract(sentence, published: "2006-09-15")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2006-09-15"))
        #expect(found.first?.admin1 == "Marib")
    }

    @Test func similarAttacksInThePluralStayAClass() {
        #expect(extract("Similar attacks have hit oil facilities in Marib province in recent months.", published: "2006-09-15").isEmpty)
    }

    @Test(arguments: [
        ("was ambushed in the orchards of Ansariya, between Sidon and Tyre", "Ansariya"),
        ("was ambushed on the outskirts of Kfar Melki, between Sidon and Jezzine", "Kfar Melki"),
    ])
    func aPlaceToldBetweenTwoTownsIsThePlace(_ clause: String, _ place: String) {
        let found = extract("Before dawn on Friday a patrol of naval commandos \(clause), killing twelve soldiers.", published: "1997-09-05")
        #expect(found.first?.place == place)
        #expect(found.first?.country == "Lebanon")
    }

    @Test func aRoadBetweenATownAndAVillageIsPlacedAtTheTown() {
        let found = extract("A drone fired two missiles at a car on the road between Qamishli and the village of Tel Hamis on Tuesday, killing two men.", published: "2022-08-17")
        #expect(found.first?.place == "Qamishli")
    }

    @Test(arguments: ["threw petrol bombs into", "hurled gasoline bombs at", "threw fire bombs into"])
    func fireThrownByHandIsArsonNoBomb(_ verb: String) {
        let found = extract("Masked men \(verb) a small restaurant in Sitra late last night, killing seven workers.", published: "1996-03-15")
        #expect(found.first?.eventType == .other)
        #expect(found.first?.killed == 7)
        #expect(extract("A bomb exploded in a small restaurant in Sitra late last night, killing seven workers.", published: "1996-03-15").first?.eventType == .iedAttack)
    }

    @Test(arguments: [
        "Artillery shells fired by regime forces struck residential neighbourhoods in Ariha on Wednesday, killing 11 people.",
        "Shells fired by regime forces stationed in the Jabal al-Zawiya area struck a school in Ariha on Wednesday, killing 11 people.",
    ])
    func shellsThatStrikeAreNoAirstrike(_ sentence: String) {
        let found = extract(sentence, published: "2021-10-21")
        #expect(found.first?.eventType == .other)
        #expect(found.first?.killed == 11)
        #expect(found.first?.place == "Ariha")
    }
}
