import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset19's failures (fourteenth session), each tested on phrasings of our own.
@Suite("Quarters of towns")
struct QuarterRuleTests {
    func one(_ sentence: String, published: String = "2024-02-14") -> Incident? {
        ExtractionFixture.extract(sentence, published: published).first
    }

    @Test(arguments: [
        ("in the Akramah neighbourhood of the city of Homs", "Akramah"),
        ("in the Zayouna district of the capital of Baghdad", "Zayouna"),
        ("on the Bab Touma and Qassa'a neighbourhoods of Damascus", "Bab Touma"),
        ("in Bachoura, central Beirut", "Bachoura"),
        ("near Hay al-Amil, western Baghdad", "Hay al-Amil"),
        ("in Baghdad's Ghadir district", "Ghadir"),
        ("in Beirut’s Tayouneh neighbourhood", "Tayouneh"),
    ])
    func aQuarterNamedWithItsTownIsWhereItHappened(phrase: String, quarter: String) throws {
        let i = try #require(one("Mortar shells struck a market \(phrase) on Monday, killing four people."))
        #expect(i.place == quarter)
    }

    @Test(arguments: ["In March, central Baghdad", "In Washington, Baghdad", "At the Baghdad"])
    func aTimeOrAnOutsideCityBeforeATownIsNoQuarter(opening: String) {
        let i = one("\(opening) was hit by a car bomb on Monday that killed four people.", published: "2024-03-20")
        #expect(i?.place == "Baghdad")
    }
}
