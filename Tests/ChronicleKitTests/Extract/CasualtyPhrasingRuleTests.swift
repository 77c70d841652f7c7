import Foundation
import Testing
@testable import ChronicleKit

/// Casualty phrasings of wire and state-media copy found on devset7/devset5, each tested on invented sentences.
@Suite("CasualtyPhrasingRules")
struct CasualtyPhrasingRuleTests {
    func read(_ s: String) -> Casualties { CasualtyReader.read(s as NSString) }

    @Test(arguments: [
        ("Three bombs went off, killing six people and wounding twenty-two.", 6 as Int?, 22 as Int?),
        ("Twenty-three people were injured in the blast.", nil, 23),
        ("The shelling killed thirty-one civilians.", 31, nil),
        ("At least forty-five people were killed and twenty injured.", 45, 20),
    ])
    func compoundWordNumbersAreReadWhole(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("Medics said nineteen people had died.", 19 as Int?, nil as Int?),
        ("Two fighters have died of their wounds.", 2, nil),
        ("A gunman was shot dead by police after the attack.", 1, nil),
        ("One civilian was lightly wounded in the explosion.", nil, 1),
        ("Two soldiers were seriously injured when the device went off.", nil, 2),
    ])
    func auxiliariesAndAdverbsBeforeTheVerb(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("Police raised the toll to four, saying one of the wounded had died in hospital.", nil as Int?),
        ("Among the injured were children.", nil),
        ("Ambulances took the wounded to Al-Hussein hospital.", nil),
    ])
    func theWoundedIsANounNotACount(sentence: String, wounded: Int?) {
        #expect(read(sentence).wounded == wounded)
    }

    @Test(arguments: [
        ("Four members of the security forces were killed and 16 others sustained wounds in the raid.", 4 as Int?, 16 as Int?),
        ("Two guards were killed and five others suffered minor injuries.", 2, 5),
    ])
    func aCountWithItsOwnWoundVerbIsNotAddedToTheDead(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("The bomb killed Sergeant Ali Hassan and injured six other personnel.", 1 as Int?, 6 as Int?),
        ("Gunmen killed Colonel Abdul Razzaq Dalabeh during the riots.", 1, nil),
        ("A drone strike killed a senior commander of the group and his nephew near the town.", 2, nil),
        ("The blast killed a local official and his driver.", 2, nil),
        ("The strike killed a commander and his fighters.", 1, nil),
    ])
    func ranksAndRelativesCountAsPeople(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("The number of service members injured in the strike had risen to 34, the Pentagon said.", nil as Int?, 34 as Int?),
        ("The number of people killed in the bombing rose to 12 on Sunday.", 12, nil),
        ("Officials said the number of casualties rose to 40.", nil, nil),
    ])
    func aRisingNumberOfCasualtiesIsTheFigure(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        "The explosion left 30 dead and injured, a medic said.",
        "Twelve people were killed or wounded in the blast.",
        "At least 50 people were killed and injured in the bombing.",
    ])
    func aCountOfDeadAndInjuredTogetherIsNeither(sentence: String) {
        let c = read(sentence)
        #expect(c.killed == nil)
        #expect(c.wounded == nil)
    }

    @Test func aCountFollowedByAFromPhraseStillCounts() {
        #expect(read("At least eight fighters from pro-Iranian groups were killed in the strike.").killed == 8)
        #expect(read("Two members from the same family were wounded.").wounded == 2)
    }

    @Test(arguments: [
        ("Five people lost their lives in the explosion.", 5 as Int?),
        ("A soldier lost his life when the mine went off.", 1),
        ("The blast claimed the lives of 12 civilians.", 12),
        ("The strike resulted in the deaths of four fighters.", 4),
        ("The bombing caused the death of six people, police said.", 6),
        ("The explosion killed a dozen people.", 12),
    ])
    func livesAndDeathsOfACount(sentence: String, killed: Int?) {
        #expect(read(sentence).killed == killed)
    }

    @Test func deathsOfAnotherEventAreNotThisOnesFigure() {
        #expect(read("The strikes came in response to the deaths of three US soldiers.").killed == nil)
        #expect(read("Officials mourned the death of two guards last year.").killed == nil)
    }

    @Test(arguments: [
        ("Half a dozen soldiers were wounded.", nil as Int?, 6 as Int?),
        ("Two soldiers were left injured after the blast.", nil, 2),
        ("Four members of one family were killed when a shell hit their home.", 4, nil),
        ("Three members of a single family were wounded.", nil, 3),
    ])
    func countsInNounPhrases(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("The attack killed no one, the army said.", 0 as Int?, nil as Int?),
        ("The rockets did not cause any casualties.", 0, 0),
        ("The drone hurt nobody.", nil, 0),
        ("There were no reports of casualties.", nil, nil),
    ])
    func noneInOtherWords(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test func aTollOverASpanIsNotTheEventsFigure() {
        #expect(read("The attack killed 14 people, raising the death toll this year to 200.").killed == 14)
        #expect(read("The death toll of the war has risen to 500,000.").killed == nil)
        #expect(read("The death toll from the bombing has since risen to 30.").killed == 30)
    }

    @Test(arguments: [
        ("Gunmen shot dead prominent activist Ihab al-Wazni outside his home on Sunday.", 1 as Int?),
        ("Gunmen shot dead two policemen at a checkpoint.", 2),
        ("Unknown assailants gunned down a local official and his driver.", 2),
        ("Gunmen shot and killed at least three people at a wedding.", 3),
        ("Gunmen shot dead Iraqi protesters in the square.", nil),
    ])
    func shootingVerbsCountTheirVictims(sentence: String, killed: Int?) {
        #expect(read(sentence).killed == killed)
    }

    @Test func aResultClauseNamingTheKilledCounts() {
        #expect(read("The airstrike resulted in the destruction of the hideout and the killing of four terrorists.").killed == 4)
        #expect(read("The strikes came after the killing of two soldiers last month.").killed == nil)
    }

    @Test(arguments: [
        ("The bombing killed five people and injured a further nine.", 5 as Int?, 9 as Int?),
        ("The shelling wounded another 14 civilians.", nil, 14),
        ("The strike killed a total of 11 fighters.", 11, nil),
        ("A child was killed and her mother was injured.", 1, 1),
    ])
    func furtherCountsAndRelativesWithTheirOwnVerb(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("The aggression led to the martyrdom of two soldiers and the injury of three others.", 2 as Int?, 3 as Int?),
        ("The blast resulted in the injury of four civilians, a source said.", nil, 4),
        ("The shelling caused material damage and the wounding of a child.", nil, 1),
    ])
    func stateMediaResultNouns(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }
    // MARK: - Coordinated victims: every part of the noun phrase counts

    @Test(arguments: [
        ("A grandmother and her three granddaughters were killed when a drone hit their car.", 4 as Int?, nil as Int?),
        ("The strike on the house killed a woman and her two children.", 3, nil),
        ("A journalist and his driver were killed in the blast.", 2, nil),
        ("A senior commander of the group and three of his guards were killed.", 4, nil),
        ("The drone killed one U.S. contractor and wounded five U.S. service members and one additional U.S. contractor.", 1, 6),
        ("The bomb wounded two U.N. staff and three civilians near the gate.", nil, 5),
        ("A drone struck a car and two people were killed.", 2, nil),
        ("Three soldiers and an interpreter were wounded.", nil, 4),
    ])
    func everyCountedPartOfTheVictimsIsAdded(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("No Coalition or partner force personnel were killed.", 0 as Int?, nil as Int?),
        ("No U.S. service members were killed, an official said.", 0, nil),
        ("No Iraqi or coalition troops were hurt in the attack.", nil, 0),
    ])
    func noneOfALongerNamedForceIsAZero(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }
}
