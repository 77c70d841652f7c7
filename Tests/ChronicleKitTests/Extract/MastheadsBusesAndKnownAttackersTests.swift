import Foundation
import Testing
@testable import ChronicleKit

/// A Spanish masthead that is no Arabic town, a town known by its short name, shots fired at buses on a night told
/// in full, bomb disposal, an explosion named back at a spot the gazetteer cannot place, and attackers named back as
/// a known group.
@Suite("Mastheads, buses and known attackers")
struct MastheadsBusesAndKnownAttackersTests {
    @Test func aSpanishMastheadIsNoTown() {
        let found = ExtractionFixture.asGiven("---\npublished: 2014-09-28\n---\nEl Sur - Periódico de Guerrero\n\nGunmen opened fire on a bus in Iguala on Friday night, killing six people.\n", path: "x.md")
        #expect(found.first?.placeID == "iguala")
        #expect(found.first?.country == "Mexico")
    }

    @Test(arguments: [
        "Municipal police of Iguala opened fire on the night of Friday 26 September 2014 on three buses carrying students, killing six people.",
        "Soldiers opened fire on the morning of Friday 26 September on two buses carrying pilgrims near Iguala, killing six people.",
    ])
    func shotsAtBusesOnANightToldInFullAreNoClash(text: String) {
        #expect(ExtractionFixture.one(text, published: "2014-09-28")?.eventType == .other)
    }

    @Test(arguments: [
        "A suicide bomber blew himself up at a concert in Manchester on Monday night, killing 22. A controlled explosion on a suspicious item in a park was carried out this morning.",
        "A suicide bomber blew himself up at a concert in Manchester on Monday night, killing 22. Police carried out a controlled explosion of a parcel near the station this morning.",
    ])
    func aControlledExplosionIsNoAttack(text: String) {
        let found = ExtractionFixture.extract(text, published: "2017-05-23")
        #expect(found.count == 1)
        #expect(found.first?.killed == 22)
    }

    @Test func anExplosionNamedBackAtAnUnplacedSpotIsTheEventToldBefore() {
        let found = ExtractionFixture.extract(
            "A suicide bomber blew himself up at the end of a concert at Manchester Arena on Monday night, killing 22 people. The explosion happened at 10.31pm on Monday as fans were leaving, in the foyer linking the arena to Victoria station.",
            published: "2017-05-23")
        #expect(found.count == 1)
    }

    @Test(arguments: [
        ("Terror attack in Gurdaspur: all three terrorists killed after 11-hour gunfight. Seven people, including four policemen, were killed in the attack on the police station on Monday.", 10),
        ("Both militants were shot dead after the siege. Five soldiers were killed when the militants stormed the army camp near Kirkuk on Monday.", 7),
    ])
    func attackersNamedBackAsAKnownGroupAddToTheirVictims(text: String, killed: Int) {
        #expect(ExtractionFixture.one(text, published: "2015-07-28")?.killed == killed)
    }

    @Test func theDeadOfAStrikeOnTerroristsAreNotAddedTwice() {
        let found = ExtractionFixture.one("Four terrorists killed in airstrikes on Wadi al-Tharthar. Iraqi F-16 aircraft carried out two airstrikes on ISIS hideouts in Wadi al-Tharthar on Tuesday, killing four terrorists.", published: "2024-03-13")
        #expect(found?.killed == 4)
    }

    @Test(arguments: [
        "A warplane fired two missiles this morning at a school in Aleppo, killing at least 25 people. The strike came at around 10:30 am. A correspondent who arrived a quarter of an hour later said the first missile hit the courtyard and the second struck the front of the building.",
        "Two rockets hit the base in Kirkuk on Monday, wounding three soldiers. Officials said the first rocket landed near the runway, while the other one struck a hangar about an hour later.",
    ])
    func theWeaponsOfOneEventToldInTurnAreThatEvent(text: String) {
        #expect(ExtractionFixture.extract(text, published: "2014-04-30").count == 1)
    }

    @Test(arguments: [
        ("A bomb tore through a crowded shrine in Bangkok last night, killing 20 people. This afternoon, at about 1.20pm, a second device was thrown toward a pier on the river and exploded in the water; no one was injured.", "2015-08-18"),
        ("A car bomb exploded outside a police station in Kirkuk last night, killing four. This afternoon a second device went off near a market in the city, wounding two.", "2015-08-18"),
    ])
    func aFurtherBombTheNextAfternoonIsAnEventOfItsOwn(text: String, day: String) {
        let found = ExtractionFixture.extract(text, published: "2015-08-18")
        #expect(found.count == 2)
        #expect(found.contains { $0.date == Day(iso: day) && $0.eventType == .iedAttack })
    }

    @Test(arguments: [
        "Officer and ten soldiers killed in Sinai\n\nSADA EL BALAD ENGLISH\n\nBy Sada El Balad staff\n\nAn officer and ten soldiers were killed on Saturday while repelling a terrorist attack on a water station in the west of Sinai, the army said. A security source told Sada El Balad that the attack lasted for more than an hour.",
        "Two policemen killed in desert attack\n\nKIRKUK NOW ENGLISH EDITION\n\nGunmen attacked a police checkpoint in the desert on Saturday, killing two policemen, a source told Kirkuk Now.",
    ])
    func anOutletNamedAfterATownIsNoPlaceOfTheNews(text: String) {
        let found = ExtractionFixture.asGiven("---\npublished: 2022-05-08\n---\n" + text, path: "x.md")
        #expect(found.count == 1)
        #expect(found.first?.placeID != "sadah" && found.first?.placeID != "kirkuk")
    }

    @Test func anOutletNamedAfterACountryStillPlacesAVillage() {
        let found = ExtractionFixture.asGiven("---\npublished: 2016-07-01\n---\nA woman was killed and three of her children were injured when a bomb exploded near their home in the village of Eker on Thursday night, residents told Bahrain Mirror.\n", path: "x.md")
        #expect(found.first?.country == "Bahrain")
    }
}

