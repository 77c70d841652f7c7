import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset19's failures (fourteenth session), each tested on phrasings of our own.
@Suite("Quarters of towns, regions, describing clauses, attackers' dead, all-number dates")
struct QuarterTollAndDateRuleTests {
    @Test(arguments: [
        ("in the Akramah neighbourhood of the city of Homs", "Akramah, Homs"),
        ("in the Zayouna district of the capital of Baghdad", "Zayouna"),
        ("on the Bab Touma and Qassa'a neighbourhoods of Damascus", "Bab Touma, Damascus"),
        ("in Bachoura, central Beirut", "Bachoura, Beirut"),
        ("near Hay al-Amil, western Baghdad", "Hay al-Amil, Baghdad"),
        ("in Baghdad's Ghadir district", "Ghadir, Baghdad"),
        ("in Beirut’s Mar Mikhael neighbourhood", "Mar Mikhael, Beirut"),
    ])
    func aQuarterNamedWithItsTownIsWhereItHappened(phrase: String, place: String) throws {
        let i = try #require(ExtractionFixture.one("Mortar shells struck a market \(phrase) on Monday, killing four people."))
        // The quarter says where, its town which one.
        #expect(i.place == place)
    }

    @Test(arguments: ["In March, central Baghdad", "In Washington, Baghdad", "At the Baghdad"])
    func aTimeOrAnOutsideCityBeforeATownIsNoQuarter(opening: String) {
        let i = ExtractionFixture.one("\(opening) was hit by a car bomb on Monday that killed four people.", published: "2024-03-20")
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

    // MARK: - Provinces called regions; places that describe a target

    @Test(arguments: ["in the Riyadh Region", "in Riyadh region", "in Riyadh province"])
    func aTownNamedAsItsRegionIsTheProvince(phrase: String) {
        let i = ExtractionFixture.one("Drones struck a pumping station in Afif governorate, \(phrase), on Tuesday.")
        #expect(i?.place == "Afif")
    }

    @Test(arguments: [
        "Drones hit two pumping stations on the pipeline, which carries crude from the Eastern Province to the port of Yanbu on the Red Sea, on Tuesday.",
        "A rocket struck the bridge, which links the city to the Dora district of Baghdad, on Tuesday.",
    ])
    func placesOfARelativeClauseDescribingTheTargetAreNotTheEvents(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i != nil)
        #expect(i?.place == nil)
    }

    @Test func aRelativeClauseTellingTheEventStillPlacesIt() {
        let i = ExtractionFixture.one("Militants fired a rocket on Tuesday, which hit a checkpoint in Kirkuk, killing two soldiers.")
        #expect(i?.place == "Kirkuk")
    }

    @Test(arguments: ["stationed in", "positioned near", "based in"])
    func whereTheShootersAreIsNotWhereTheShellsLanded(phrase: String) {
        let i = ExtractionFixture.one("On Monday shells fired by regime forces \(phrase) the Jabal al-Zawiya area struck a school in Ariha, killing four children.")
        #expect(i?.place == "Ariha")
    }

    // MARK: - All-number dates

    @Test(arguments: [("On 13.06.2024 the vessel", "2024-06-13"), ("on 2024-06-12 the vessel", "2024-06-12"), ("On 1.6.2024 the vessel", "2024-06-01")])
    func dottedAndISODatesAreDays(opening: String, day: String) {
        let t = TimeExpressions.find(in: "\(opening) was struck by a missile.", published: Day(iso: "2024-06-14"))
        #expect(t.first?.date?.description == day)
        #expect(t.first?.precision == .day)
    }

    @Test(arguments: ["On 06/07/2024 the vessel", "Version 13.06.2024.1 of the form", "On 31.02.2024 the vessel", "Call 13.06.20245 now"])
    func slashedVersionAndImpossibleNumbersAreNoDays(opening: String) {
        let t = TimeExpressions.find(in: "\(opening) was struck by a missile.", published: Day(iso: "2024-06-14"))
        #expect(t.allSatisfy { $0.precision != .day })
    }
}

