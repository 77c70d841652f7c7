import Foundation
import Testing
@testable import ChronicleKit

/// A state's forces as perpetrators carry their state's name when their own name does not say it.
@Suite("State actors as perpetrators")
struct StateActorNameTests {
    func perpetrator(_ text: String, _ published: String = "2023-10-06") -> String? {
        ExtractionFixture.extract(text, published: published).first(where: { $0.perpetrator != "unknown" })?.perpetrator
    }

    @Test func forcesNamedByDemonymGetTheirState() {
        #expect(perpetrator("""
        Drone strike hits car in Hasakah
        The Turkish Armed Forces struck a car near the town of Amuda on Thursday, killing two fighters, a monitor said.
        """) == "Turkish military (Turkey)")
        // A bare demonym on the attack word already names the state.
        #expect(perpetrator("""
        Drone strike hits car in Hasakah
        A Turkish drone strike hit a car near the town of Amuda on Thursday, killing two fighters, a monitor said.
        """) == "Turkey")
    }

    @Test func aForceWithANameOfItsOwnKeepsItAndGetsItsState() {
        #expect(perpetrator("""
        Missiles hit Erbil
        Iran's Islamic Revolutionary Guard Corps fired ballistic missiles at a house in Erbil late on Monday, killing four civilians.
        """, "2024-01-16") == "Islamic Revolutionary Guard Corps (Iran)")
    }

    @Test func aForceNamedAfterItsStateIsLeftAsItIs() {
        let p = perpetrator("""
        Israeli strike near Damascus
        The Israel Defense Forces struck a weapons depot near Damascus airport on Sunday, killing three soldiers, a monitor said.
        """, "2023-09-04")
        #expect(p == "Israel Defense Forces")
    }

    @Test func regionalForcesKeepTheirName() {
        let incidents = ExtractionFixture.extract("""
        Clash in Sinjar
        Peshmerga forces clashed with PKK fighters near Sinjar on Tuesday, killing two, officials said.
        """, published: "2022-04-20")
        #expect(!incidents.contains { $0.perpetrator.contains("(") })
    }
}
