import Foundation
import Testing
@testable import ChronicleKit

/// Words that look like an intention but tell a deed ("planted", "planes"); the bomber named as the subject of
/// "detonated" or "planted"; counts of a unit named in capitals with its acronym.
@Suite("Planted bombs, bombers as subjects and named units")
struct PlantedBombsAndNamedUnitsTests {
    @Test(arguments: [
        "Insurgents planted a roadside bomb that exploded near a police vehicle in Kandahar on Sunday, killing two officers.",
        "Suspected militants had planted an explosive device under a bridge in Kirkuk, which went off on Sunday as a patrol passed, killing two soldiers.",
        "Gunmen planting a bomb at a checkpoint in Mosul on Sunday blew themselves up, killing two soldiers, police said.",
    ])
    func aPlantedBombThatExplodedIsAnAttack(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .iedAttack)
        #expect(found.first?.killed == 2)
    }

    @Test(arguments: [
        "The militants planned to bomb a checkpoint in Mosul on Sunday, police said.",
        "Officials fear the group plans further bombings in Kirkuk.",
    ])
    func aPlanIsStillNoAttack(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-14").isEmpty)
    }

    @Test func planesThatStruckAreAnAirstrike() {
        let found = ExtractionFixture.main("Turkish planes carried out airstrikes on PKK positions near Amadiya on Sunday, the ministry said.", published: "2024-02-14")
        #expect(found.first?.eventType == .airstrike)
    }

    @Test(arguments: [
        ("Maoists triggered an IED blast in Dantewada on Wednesday, killing five policemen.", "CPI (Maoist)"),
        ("Al-Shabaab militants detonated a car bomb at a checkpoint in Mogadishu on Tuesday, killing four soldiers.", "al-Shabaab"),
        ("ISIS fighters set off a bomb near a market in Kirkuk on Monday, wounding six people.", "Islamic State"),
    ])
    func theSubjectOfDetonatedIsThePerpetrator(sentence: String, actor: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first?.perpetrator.lowercased() == actor.lowercased())
    }

    @Test(arguments: [
        ("Five District Reserve Guard (DRG) personnel were killed in the blast.", 5 as Int?, nil as Int?),
        ("Three Border Security Force (BSF) jawans were injured when the mine went off.", nil as Int?, 3 as Int?),
        ("Two Islamic Revolutionary Guard Corps officers were killed, state media said.", 2 as Int?, nil as Int?),
    ])
    func aUnitNamedInCapitalsIsOneNoun(sentence: String, killed: Int?, wounded: Int?) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }
}
