import Foundation
import Testing
@testable import ChronicleKit

/// A definite blast told by its own clause; the day a toll rose; "the bomber" who struck; counts with an aside of
/// "N of them"; Spanish names longer than a listed town's; a village before a province named like its capital (with
/// the Arabic article) or after a country's possessive; a possessive town's quarter; an island named after "the island
/// of"; a day told before an attack that stands in an "after" clause; a town's government district.
@Suite("Blast clauses, bombers and long names")
struct BlastClausesBombersAndLongNamesTests {
    @Test(arguments: [
        "Twelve people died in the explosion that tore through a metro station in Kirkuk yesterday evening.",
        "Nine people were killed in the bombing which ripped through a market in Kirkuk on Tuesday.",
        "The explosion took place at 17.56 on Tuesday at a metro station in Kirkuk, killing twelve people.",
    ])
    func aDefiniteBlastToldByItsOwnClauseIsNews(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first?.place == "Kirkuk")
        #expect(found.first?.date?.iso == "2024-02-13")
    }

    @Test(arguments: [
        "The attack took place in a context of rising violence in Kirkuk.",
        "The attack that the ministry condemned was the third this year in Kirkuk.",
    ])
    func aDefiniteAttackWithoutSuchAClauseStillPointsBack(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-14").isEmpty)
    }

    @Test func theDayATollRoseIsNotTheEventsDay() {
        let found = ExtractionFixture.main(headline: "Toll from Kirkuk bombing rises to 20",
            "The death toll from the explosion outside the hospital in Kirkuk rose to 20 on Monday, officials said.",
            "The blast happened at about 11:30 pm on Sunday in front of the hospital's main building.",
            published: "2024-02-14")
        #expect(found.count == 1)
        #expect(found.first?.date?.iso == "2024-02-11")
        #expect(found.first?.killed == 20)
    }

    @Test(arguments: [
        ("In Baquba, the bomber struck at about 7:30 a.m. on Wednesday, killing 12 people.", EventType.iedAttack),
        ("In Baquba, a bomber struck a police checkpoint on Wednesday, killing 12 people.", EventType.iedAttack),
        ("Russian bombers struck Aleppo on Wednesday, killing 12 people.", EventType.airstrike),
        ("B-52 bombers struck positions near Kirkuk on Wednesday.", EventType.airstrike),
    ])
    func theBomberWhoStruckIsAManWithABomb(sentence: String, type: EventType) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-15").first?.eventType == type)
    }

    @Test(arguments: [
        ("Seven Palestinians, two of them children, were killed.", 7),
        ("Nine people, three of whom were women, were killed.", 9),
        ("Four soldiers, all of them conscripts, were killed.", 4),
    ])
    func anAsideOfNOfThemLeavesTheWholeCount(sentence: String, killed: Int) {
        #expect(CasualtyReader.read(sentence as NSString).killed == killed)
    }

    @Test func aSpanishNameLongerThanAListedTownIsAnotherPlace() {
        let gazetteer = ExtractionFixture.kb.gazetteer
        #expect(!gazetteer.mentions(in: "in the district of Santo Domingo de Acobamba").contains { $0.entry.name == "Santo Domingo" })
        #expect(gazetteer.mentions(in: "Troops were sent to Santo Domingo on Monday.").first?.entry.name == "Santo Domingo")
    }

    @Test(arguments: [
        ("Rebels ambushed a military convoy in the district of Santo Domingo de Acobamba, Huancayo province, on Saturday, killing ten soldiers.", "Santo Domingo de Acobamba"),
        ("Commandos raided a compound in Yakla, in Yemen's al-Bayda province, on Sunday, killing 14 militants.", "Yakla"),
        ("Gunmen attacked a checkpoint near Rafid, in Yemen's Abyan province, on Sunday, killing two soldiers.", "Rafid"),
    ])
    func aVillageBeforeItsProvinceIsWhereItHappened(sentence: String, place: String) {
        #expect(ExtractionFixture.main(sentence, published: "2016-04-11").first?.place == place)
    }

    @Test(arguments: [
        ("A bomb planted under his car exploded in Erbil's Ankawa district on Friday, killing him.", "Ankawa"),
        ("A car bomb exploded in Baghdad's Karrada district on Friday, killing six people.", "Karrada"),
    ])
    func aPossessiveTownsQuarterIsWhereItHappened(sentence: String, place: String) {
        #expect(ExtractionFixture.main(sentence, published: "2022-10-08").first?.place == place)
    }

    @Test func anIslandNamedAfterItsNounIsWhereItHappened() {
        let found = ExtractionFixture.main("A gunman opened fire at a youth camp on the small island of Utøya, about 40 kilometres northwest of Oslo, on Friday, killing 69 people.", published: "2011-07-23")
        #expect(found.first?.place == "Utøya")
    }

    @Test func aDayToldBeforeAnAfterClauseIsNotTheAttacksDay() {
        let found = ExtractionFixture.main(headline: "Terror strikes Oslo",
            "Norway woke up on Saturday to the worst violence the country has seen in decades, after a bomb blast in the heart of Oslo's government district.",
            "At least seven people were killed when a powerful bomb exploded outside the government headquarters at 3:26pm on Friday.",
            published: "2011-07-23")
        #expect(found.count == 1)
        #expect(found.first?.date?.iso == "2011-07-22")
        #expect(found.first?.place == "Oslo")
    }

    @Test(arguments: [
        "Egypt's prosecutor-general died of his wounds in Cairo on Monday after a car bomb struck his convoy.",
        "Thousands filled the streets of Dearborn on Sunday night, hours after an Israeli airstrike flattened a building in Qana.",
    ])
    func aDayOfHarmOrHoursAfterIsStillTheAttacksDay(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2015-06-30")
        #expect(found.first?.date != nil)
    }

    @Test(arguments: [
        ("A bomb blast in Oslo's government district killed seven people on Friday.", "Oslo"),
        ("Missiles hit Damascus's military airport on Friday, killing seven people.", "Damascus"),
    ])
    func aTownsGovernmentDistrictIsInTheTown(sentence: String, place: String) {
        #expect(ExtractionFixture.main(sentence, published: "2011-07-23").first?.place == place)
    }
}
