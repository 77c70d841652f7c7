import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-seventh session, each tested on phrasings of our own: a running count of the dead
/// ("bringing the number of dead to nine") is the event's toll, the next phase of an attack told with "then" belongs to it
/// whatever its weapon, and a town traffic was diverted to is not where the attack happened.
@Suite("Attack phases, diversions, counts of the dead")
struct PhasesDiversionsAndDeadCountsTests {
    // MARK: A running count of the dead

    @Test(arguments: [
        ("A bomb exploded at a market in Kirkuk on Monday, killing three people. Rescue teams pulled more bodies from the rubble overnight, bringing the number of dead to nine.", 9),
        ("Militants attacked an army post in Sheikh Zuweid on Monday, killing four soldiers. Two wounded conscripts died in hospital on Tuesday, bringing the number of fatalities to 6.", 6),
        ("A car bomb killed seven people in Tal Afar on Monday. Two more victims died of their wounds, which brought the number of killed to nine, police said.", 9),
    ])
    func aRaisedCountOfTheDeadIsTheToll(text: String, killed: Int) {
        let incs = ExtractionFixture.extract(text, published: "2024-02-14")
        #expect(incs.count == 1)
        #expect(incs.first?.killed == killed)
    }

    /// A count of the wounded raised the same way is no count of the dead.
    @Test func aRaisedCountOfTheWoundedIsNotTheDead() {
        let incs = ExtractionFixture.extract("A roadside bomb hit a bus in Kirkuk on Monday, killing three. The army raised the number of people wounded to 20.", published: "2024-02-14")
        #expect(incs.first?.killed == 3)
    }

    // MARK: The next phase of an attack

    @Test(arguments: [
        ("A suicide bomber rammed a truck into the gate of the army base in Mosul on Monday morning. Several gunmen then entered the base and opened fire on soldiers, killing six.", EventType.iedAttack, 6),
        ("A car bomb exploded at the entrance of the ministry in Baghdad on Monday, killing two guards. Two gunmen then stormed the building and took staff hostage.", .iedAttack, 2),
    ])
    func aPhaseToldWithThenJoinsTheAttack(text: String, type: EventType, killed: Int) {
        let incs = ExtractionFixture.extract(text, published: "2024-02-14")
        #expect(incs.count == 1)
        #expect(incs.first?.date == Day(iso: "2024-02-12"))
        #expect(incs.first?.eventType == type)
        #expect(incs.first?.killed == killed)
    }

    /// "Since then" and "the then governor" tell no sequence: the mortar attack stays an event of its own.
    @Test func sinceThenIsNoPhase() {
        let text = "A car bomb exploded at a market in Baghdad on Monday, killing five.\n\nThe then governor of the province said a mortar attack had killed two."
        let incs = ExtractionFixture.extract(text, published: "2024-02-14")
        #expect(incs.count == 2)
        #expect(incs.contains { $0.eventType == .mortarAttack && $0.killed == 2 })
        #expect(ArticleEvents.thenCue.test("The then governor said" as NSString) == false)
        #expect(ArticleEvents.thenCue.test("Since then, two more attacks" as NSString) == false)
        #expect(ArticleEvents.thenCue.test("Gunmen then stormed the hall" as NSString))
    }

    // MARK: Where traffic was diverted to

    @Test(arguments: [
        "Several rockets fell near the international airport on Monday night without causing casualties, forcing the diversion of two flights to Basra.",
        "Mortar shells landed close to the runway of the city's airport on Monday, and incoming planes were diverted to Erbil.",
        "A drone struck near the airport on Monday; three flights were rerouted to the airport in Najaf.",
    ])
    func aDiversionTownIsNotThePlace(sentence: String) {
        let inc = ExtractionFixture.one(sentence)
        #expect(inc != nil)
        #expect(inc?.place == nil)
    }

    @Test func aTownNamedBeforeTheDiversionStays() {
        #expect(ExtractionFixture.one("Rockets hit the airport in Erbil on Monday, and incoming flights were rerouted to Sulaymaniyah.")?.place == "Erbil")
    }
}
