import Foundation
import Testing
@testable import ChronicleKit

/// General rules added for outlet styles the older sets use little: zeros told as "no injuries", targeted
/// killings, a state telling of its own strike, capitals standing for governments, dated bylines and page
/// furniture above the headline. Invented sentences in several outlets' styles, with negatives that must not fire.
@Suite("State voice, zeros and page furniture")
struct StateVoiceAndPageRuleTests {
    func read(_ s: String) -> Casualties { CasualtyReader.read(s as NSString) }
    func main(_ text: String, published: String) -> [Incident] { ExtractionFixture.main(text, published: published) }

    // MARK: - "No injuries were reported": nobody hurt, so nobody killed

    @Test(arguments: [
        "No injuries were reported in either attack, the ministry said.",
        "No one was hurt, the company said, but production was suspended.",
        "Nobody was injured in the blast, police said.",
        "There were no injuries, the Pentagon said.",
        "The shells caused neither casualties nor material damage, the army said.",
        "No injuries have been recorded, according to the civil defence.",
    ])
    func nobodyHurtIsZeroKilledAndZeroWounded(sentence: String) {
        let c = read(sentence)
        #expect(c.killed == 0)
        #expect(c.wounded == 0)
    }

    @Test(arguments: [
        ("Two guards were killed; no other injuries were reported.", 2),
        ("The strike killed three fighters. No civilians were hurt.", 3),
    ])
    func otherZerosKeepTheDead(sentence: String, killed: Int) {
        #expect(read(sentence).killed == killed)
    }

    @Test func noOtherInjuriesIsNotANobodyHurt() {
        // "no other injuries" says nothing about the dead of the sentence before: no zero figure for them.
        let c = read("No other injuries were reported by the hospital.")
        #expect(c.killed == nil)
    }

    // MARK: - Targeted killings

    @Test(arguments: [
        ("On Tuesday, gunmen on motorcycles assassinated a member of the local council in Hajin, monitors said.", 1),
        ("Unknown assailants assassinated prominent tribal leader Sheikh Hamad al-Ali outside his home.", 1),
        ("The mayor of the town was assassinated on Sunday evening.", 1),
        ("Militants assassinated two police officers at a checkpoint.", 2),
        ("Gunmen assassinated three activists in Basra in August.", 3),
    ])
    func anAssassinatedPersonIsOneDead(sentence: String, killed: Int) {
        #expect(read(sentence).killed == killed)
    }

    @Test(arguments: [
        "Police foiled a plot to assassinate the governor.",
        "The assassination attempt failed and the judge was unharmed.",
        "Gunmen assassinated several activists over the summer.",
    ])
    func noAssassinationNoDead(sentence: String) {
        #expect(read(sentence).killed == nil)
    }

    // MARK: - A state telling of its own strike

    @Test func anArmySayingItsJetsStruckIsThePerpetrator() {
        let afp = """
        Strikes hit Kurdish positions near al-Bab
        The Turkish army said Saturday its jets had struck positions near al-Bab, killing 26 fighters.
        Kurdish officials did not comment.
        """
        let inc = main(afp, published: "2017-07-01")
        #expect(inc.contains { $0.perpetrator.contains("Turk") })
    }

    @Test func theGuardsSayingTheyAlsoTargetedIsThePerpetrator() {
        let mee = """
        Missiles land near Idlib
        In a separate statement, the IRGC said it had also targeted militant gatherings in Idlib with missiles on Monday night.
        Activists said the missiles landed west of Idlib city, and the civil defence reported no casualties.
        """
        let inc = main(mee, published: "2024-01-16")
        #expect(inc.contains { $0.place == "Idlib" && $0.perpetrator.contains("Iran") })
    }

    @Test func aSourceCitedAfterACommaIsNotTheStriker() {
        // "…, the Syrian army said it …" can name the source of a report about someone else's strike; the rule
        // needs the speaker right before the verb, and a claim of "it" by the one reporting. Here no state speaks.
        let ns = "Drones struck a farm near Malah, local activists said, without causing casualties." as NSString
        #expect(IncidentExtractor.ownStrike.first(ns) == nil)
    }

    @Test(arguments: [
        "the army said its warplanes had struck hideouts",
        "the ministry said on Friday that its forces had destroyed the launchers",
        "the Guards said in a statement it had hit the headquarters",
        "the air force said early Monday its jets struck targets",
    ])
    func ownStrikePhrasings(sentence: String) {
        #expect(IncidentExtractor.ownStrike.first(sentence as NSString) != nil)
    }

    @Test(arguments: [
        "the army said the militants had struck the base",
        "the ministry said it would respond to the attack",
        "officials said its residents had fled",
    ])
    func notOwnStrike(sentence: String) {
        #expect(IncidentExtractor.ownStrike.first(sentence as NSString) == nil)
    }

    // MARK: - Capitals standing for governments

    @Test(arguments: [
        "'s offensive against the Syrian Democratic Forces pressed on",
        "’s proxies in the region",
        "'s military campaign",
        "'s forces",
        " has said",
    ])
    func aPossessiveOfStateActionIsAMetonym(after: String) {
        #expect(IncidentExtractor.metonymAfter.test(after as NSString))
    }

    @Test(arguments: ["'s Green Zone", "'s airport", " on Sunday", "'s old city", "'s southern outskirts"])
    func aPossessiveOfAPlaceIsNotAMetonym(after: String) {
        #expect(!IncidentExtractor.metonymAfter.test(after as NSString))
    }

    @Test(arguments: ["in what appeared to be an attempt by ", "a move condemned by ", "talks with "])
    func aCapitalAfterByActs(before: String) {
        #expect(IncidentExtractor.partnerBefore.test(before as NSString))
    }

    @Test(arguments: ["in the village of ", "nearby ", "near the border with "])
    func placesAfterOtherWordsStay(before: String) {
        #expect(!IncidentExtractor.partnerBefore.test(before as NSString))
    }

    @Test func theCapitalsOffensiveDoesNotPlaceTheShelling() {
        let post = """
        Mortars kill civilians in border town
        Mortar shells killed five civilians in Nusaybin on Thursday, Turkish officials said, as Ankara's offensive against the SDF pressed on.
        """
        let inc = main(post, published: "2019-10-11")
        #expect(!inc.isEmpty)
        #expect(!inc.contains { $0.place == "Ankara" })
        #expect(inc.contains { $0.place == "Nusaybin" && $0.killed == 5 })
    }

    @Test func aStrikeBlamedOnTheCapitalIsPlacedWhereItHit() {
        let national = """
        Suspected air strikes kill civilians in Sweida
        Suspected Jordanian air strikes killed at least ten civilians in southern Syria early on Thursday, in what appeared to be the latest attempt by Amman to hit drug smugglers.
        """
        let inc = main(national, published: "2024-01-18")
        #expect(!inc.isEmpty)
        #expect(!inc.contains { $0.place == "Amman" })
    }

    // MARK: - Page furniture above the headline

    @Test(arguments: ["Mideast | Iraq", "English | Arabic", "Iraq / Energy", "Politics | Syria", "News | Reports | Economy"])
    func shortMenus(line: String) {
        #expect(Boilerplate.isShortMenu(line))
    }

    @Test(arguments: ["Iraq | Rocket attack kills two near Baghdad airport", "Erbil/Baghdad talks resume", "24/7 coverage", "US-Iran | 2024"])
    func notShortMenus(line: String) {
        #expect(!Boilerplate.isShortMenu(line))
    }

    @Test(arguments: [
        ("Mideast | Iraq\nBasra activist shot dead in attack on car\nGunmen shot dead an activist in Basra on Wednesday, police said.\nThe killing drew protests.", "Basra activist shot dead in attack on car"),
        ("THE TIMES OF ISRAEL\nTwo soldiers killed as drone strikes Golan base\nTwo soldiers were killed on Thursday when a drone struck a base.\nThe army is investigating.", "Two soldiers killed as drone strikes Golan base"),
        ("FDD's Long War Journal\nIslamic State steps up attacks in Syria's desert\nThe group carried out a string of attacks this week.\nJane Roe is an analyst at FDD's Long War Journal.", "Islamic State steps up attacks in Syria's desert"),
        ("Asharq Al-Awsat\nEnglish | Arabic\nIsraeli Strike Cuts Main Road Between Lebanon and Syria\nAn Israeli strike cut the main road on Friday, officials said.\nTraffic stopped.", "Israeli Strike Cuts Main Road Between Lebanon and Syria"),
    ])
    func mastheadsAndMenusAreNotTheHeadline(body: String, headline: String) {
        #expect(TextCleaner.clean(body, hasTitle: false).headline == headline)
    }

    @Test func aShortHeadlineNotRepeatedLaterStays() {
        let body = "Rockets Hit Baghdad Airport\nThree rockets hit Baghdad airport on Monday, officials said.\nNo one was hurt."
        #expect(TextCleaner.clean(body, hasTitle: false).headline == "Rockets Hit Baghdad Airport")
    }

    // MARK: - Dated bylines

    @Test(arguments: [
        ("Written by Caleb Roe and Joe Doe on June 12, 2024", "2024-06-12"),
        ("Posted by Jane Roe on 3 March 2021", "2021-03-03"),
        ("By Jane Roe | January 3, 2020", "2020-01-03"),
        ("Reported by Sam Doe, Sept 9, 2023", "2023-09-09"),
    ])
    func datedBylinesAreStamps(line: String, iso: String) {
        #expect(Boilerplate.isStamp(line))
        #expect(PublicationDay.fullDate(in: line)?.iso == iso)
    }

    @Test(arguments: [
        "By Monday on the front, the army had retaken 2019 positions it lost.",
        "Written by hand on the wall were the words of the 2011 uprising, residents said, long after the protests ended in the square.",
    ])
    func sentencesAreNotBylines(line: String) {
        #expect(!Boilerplate.bylineWithDate.test(line as NSString))
    }
}
