import Foundation
import Testing
@testable import ChronicleKit

/// Aircraft that only fly low or drop paper are no event; bombs dropped from the air are an air strike.
@Suite("Flights and dropped bombs")
struct FlightsAndDroppedBombsTests {
    @Test(arguments: [
        "Israeli warplanes flew low over southern Lebanon on Monday.",
        "Israeli warplanes dropped leaflets over Gaza City on Monday urging residents to leave.",
        "Military helicopters dropped aid over the besieged town on Monday.",
    ])
    func aFlightOrALeafletDropIsNoEvent(text: String) {
        #expect(ExtractionFixture.extract(text, published: "2019-04-16").isEmpty)
    }

    @Test(arguments: [
        "Barrel bombs dropped by regime helicopters killed 10 people in Aleppo on Monday.",
        "Government helicopters dropped barrel bombs on a market in Aleppo on Monday, killing 10 people.",
        "Two bombs dropped from Syrian warplanes hit a market in Aleppo on Monday, killing 10 people.",
    ])
    func bombsFromTheAirAreAnAirStrike(text: String) {
        #expect(ExtractionFixture.one(text, published: "2019-04-16")?.eventType == .airstrike)
    }

    @Test func aPlantedBombIsNoAirStrike() {
        #expect(ExtractionFixture.one("A bomb planted in a car exploded in Aleppo on Monday, killing 10 people.", published: "2019-04-16")?.eventType == .iedAttack)
    }

    @Test(arguments: [
        "US forces conducted airstrikes against two facilities in eastern Syria used by Iran's Revolutionary Guard, the Pentagon said on Thursday.",
        "US forces carried out strikes on two facilities in eastern Syria, the Pentagon said on Thursday.",
    ])
    func strikesOnCountedTargetsAreOneOperationDatedByTheStatement(text: String) {
        let found = ExtractionFixture.one(text, published: "2024-01-26")
        #expect(found?.eventType == .airstrike)
        #expect(found?.date == Day(iso: "2024-01-25"))
    }

    @Test func strikesOverYearsAreNoEvent() {
        #expect(ExtractionFixture.extract("Israel has carried out airstrikes against targets in Syria for years.", published: "2024-01-26").isEmpty)
    }
}

