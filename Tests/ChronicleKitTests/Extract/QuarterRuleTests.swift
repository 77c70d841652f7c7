import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset19's failures (fourteenth session), each tested on phrasings of our own.
@Suite("Quarters of towns, attackers' dead")
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

    // MARK: - The attackers' own dead

    @Test(arguments: [
        ("Police said the three attackers were shot dead.", 9),
        ("Both assailants were killed by the guards.", 8),
        ("Two of the attackers were killed in the exchange of fire.", 8),
    ])
    func theAttackersDeadAddToTheirVictims(followUp: String, killed: Int) {
        let text = """
        Six people were killed and 28 wounded when gunmen opened fire near a mosque in Baghdad late on Monday, police said. \(followUp)
        """
        let i = ExtractionFixture.extract(text, published: "2024-07-16").first
        #expect(i?.killed == killed)
    }

    @Test func attackersCountedAmongTheDeadAreNotAddedAgain() {
        let text = """
        Nine people, including the three gunmen, were killed when gunmen opened fire near a mosque in Baghdad late on Monday, police said. The three gunmen were shot dead by police.
        """
        #expect(ExtractionFixture.extract(text, published: "2024-07-16").first?.killed == 9)
    }

    @Test(arguments: ["the three gunmen were killed", "two attackers died", "the assailant was shot dead"])
    func aCasualtyVerbAfterAnAttackerNounIsTheAttackersDead(phrase: String) {
        let c = CasualtyReader.read("Police said \(phrase)." as NSString)
        #expect(c.killedIsAddition && c.killedAreAttackers)
    }
}
