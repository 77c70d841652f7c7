import Foundation
import Testing
@testable import ChronicleKit

/// A count whose noun phrase names a unit at length and adds "the driver"; a camp stormed to burn property; people
/// told unharmed; fighting told by its gunfire.
@Suite("Raids, gunfire and long counts")
struct RaidsGunfireAndLongCountsTests {
    @Test(arguments: [
        ("FIFTEEN jawans of the Quick Response Team (QRT) of the C-60 anti-Naxal force and the driver of their private vehicle were killed when the IED went off.", 16),
        ("Three soldiers of the Border Security Force and the driver of the truck were killed in the blast.", 4),
        ("Two policemen and the driver were killed.", 3),
        ("A man and his wife from a nearby community were killed.", 2),
        ("Four members of a family were killed.", 4),
    ])
    func aCountAndTheDriverAfterALongName(sentence: String, killed: Int) {
        #expect(CasualtyReader.read(sentence as NSString).killed == killed)
    }

    @Test func aCountFarBeforeTheVerbAcrossAClauseIsNotRead() {
        // The comma closes the noun phrase: "five" counts the days, not the dead.
        #expect(CasualtyReader.read("The attack came five days after the talks, and some people were killed." as NSString).killed == nil)
    }

    @Test(arguments: [
        "About 100 armed men stormed the camp of a road contractor at Dadapur on Tuesday night and torched 36 vehicles and machines.",
        "Gunmen stormed a construction site near Kirkuk on Tuesday and set the company's trucks ablaze.",
    ])
    func aCampStormedToBurnPropertyIsNoClash(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first?.eventType == .other)
    }

    @Test func anArmyPostStormedAndBurnedIsStillAClash() {
        let found = ExtractionFixture.main("Militants stormed an army post near Kirkuk on Tuesday and set it on fire, killing four soldiers.", published: "2024-02-14")
        #expect(found.first?.eventType == .armedClash)
    }

    @Test(arguments: ["The workers at the camp were not harmed.", "Passengers on the bus were unharmed."])
    func peopleToldUnharmedAreNoCasualties(sentence: String) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == 0)
        #expect(c.wounded == 0)
    }

    @Test(arguments: [
        "Hundreds of cartel gunmen unleashed hours of gunfire across Culiacán yesterday, killing at least eight people.",
        "An exchange of gunfire between police and smugglers near Kirkuk on Monday left two officers dead.",
    ])
    func fightingToldByItsGunfireIsAClash(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2019-10-18")
        #expect(found.first?.eventType == .armedClash)
    }

    @Test(arguments: [
        "Reports in Syrian media spoke of heavy gunfire and helicopter activity near Nawa on Tuesday.",
        "Residents said gunfire could be heard across Kirkuk on Monday night.",
    ])
    func gunfireHeardIsNoEvent(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-14").isEmpty)
    }
}
