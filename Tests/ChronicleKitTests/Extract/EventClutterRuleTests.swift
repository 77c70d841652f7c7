import Foundation
import Testing
@testable import ChronicleKit

/// Events, casualties and page clutter: general rules found on devset8/devset4/devset6, each tested on invented
/// sentences in several outlets' styles (digits and words, US and British spelling) with negatives that must not fire.
@Suite("EventClutterRules")
struct EventClutterRuleTests {
    func read(_ s: String) -> Casualties { ExtractionFixture.casualties(s) }

    // MARK: - Two sides' dead are added

    @Test(arguments: [
        ("The attackers opened fire, killing four troops; two attackers also died.", 6 as Int?),
        ("A suicide bomber killed 3 policemen at the checkpoint, and the bomber's accomplice was also killed.", 4),
        ("Militants killed two guards before a third assailant also died in the exchange of fire.", 3),
        ("Three soldiers and two gunmen were killed in the clash.", 5),
    ])
    func alsoKilledAddsToTheFigureAlreadyRead(sentence: String, killed: Int?) {
        #expect(read(sentence).killed == killed)
    }

    @Test(arguments: [
        ("A member of the local groups was also killed, the correspondent said.", 1 as Int?, nil as Int?),
        ("Two civilians were also wounded by shrapnel.", nil, 2),
    ])
    func aLoneAlsoFigureIsMarkedAsAnAddition(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
        #expect(c.killedIsAddition == (killed != nil))
        #expect(c.woundedIsAddition == (wounded != nil))
    }

    @Test(arguments: [
        "Two soldiers were killed and three were wounded in the ambush.",
        "Four people died when the roadside bomb exploded.",
        "The strike killed 12 people, the ministry said.",
    ])
    func figuresWithoutAlsoAreNoAddition(sentence: String) {
        let c = read(sentence)
        #expect(!c.killedIsAddition)
        #expect(!c.woundedIsAddition)
    }

    @Test func additionsCountEachSentenceOnce() {
        var also = Casualties(); also.killed = 1; also.killedIsAddition = true
        var plain = Casualties(); plain.killed = 4
        let (k, w) = ArticleEvents.additions([(3, plain), (4, also), (4, also)])
        #expect(k == 1)
        #expect(w == 0)
    }

    // MARK: - "ending with the death of …"

    @Test(arguments: [
        ("Clashes broke out in the town, ending with the death of four of the cell's members.", 4 as Int?),
        ("The siege ended in the killing of two gunmen, police said.", 2),
        ("The raid ends with the deaths of 3 militants, according to the army.", 3),
    ])
    func endingWithTheDeathOfCountsTheDead(sentence: String, killed: Int?) {
        #expect(read(sentence).killed == killed)
    }

    @Test(arguments: [
        "The talks ended with the signing of two agreements.",
        "The meeting ended in the early hours of the morning.",
    ])
    func endingWithoutDeathsGivesNoFigure(sentence: String) {
        #expect(read(sentence).killed == nil)
    }

    // MARK: - Whole articles

    @Test func theOtherSidesDeadInALaterSentenceAreAdded() {
        let text = """
        Clashes broke out on Saturday in the town of Jasim, in Daraa, between local fighters and a cell of the Islamic State, ending with the death of four of the cell's members.
        A member of the local fighters was also killed and three others were injured during the fighting, the correspondent said.
        """
        let incs = ExtractionFixture.extract(text, published: "2022-10-18")
        #expect(incs.count == 1)
        #expect(incs.first?.killed == 5)
    }

    // MARK: - Related-story lists

    static let lead = "Gunmen attacked an army checkpoint near the town on Tuesday night, killing two soldiers, officials said."

    @Test(arguments: [
        "Related",
        "Read also:",
        "Read more »",
        "Read more on FRANCE 24:",
        "More in Flashpoints:",
        "See also",
        "Related Articles",
    ])
    func headlinesUnderARelatedLineAreDropped(marker: String) {
        let body = """
        Checkpoint attack kills two soldiers
        \(Self.lead)
        The army sent reinforcements to the area and launched a search operation.
        \(marker)
        Drone strike kills senior commander in eastern Syria
        Eleven killed in strikes on southern Lebanon - 14 June
        Fuel crisis paralyses transport in Damascus 15/10/2022
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains(where: { $0.contains("Drone strike kills") || $0.contains("Eleven killed") || $0.contains("Fuel crisis") }))
        #expect(c.paragraphs.contains(where: { $0.contains("Gunmen attacked") }))
    }

    @Test func proseAfterAMidPageListIsKept() {
        let body = """
        Checkpoint attack kills two soldiers
        \(Self.lead)
        Read also:
        Roadside bomb wounds two policemen in Diyala
        The attackers fled towards the desert, and a curfew was imposed on the town on Wednesday morning.
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains(where: { $0.contains("Roadside bomb") }))
        #expect(c.paragraphs.contains(where: { $0.contains("curfew was imposed") }))
    }

    @Test func aRelatedLineBeforeTheReportRemovesNothing() {
        // Navigation above the headline: no report sentence has been read yet, so the headline stays.
        let body = """
        Latest news
        Checkpoint attack kills two soldiers
        \(Self.lead)
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.paragraphs.contains(where: { $0.contains("Gunmen attacked") }))
        #expect(c.headline?.contains("Checkpoint attack") == true)
    }

    @Test(arguments: [
        ("Drone strike kills senior commander in eastern Syria", true),
        ("What's next for Kurdistan oil exports?", true),
        ("The army sent reinforcements to the area.", false),
        ("\"We will respond,\" the minister said.", false),
    ])
    func listedHeadlineShape(line: String, listed: Bool) {
        #expect(Boilerplate.isListedHeadline(line) == listed)
    }

    @Test func aRelatedHeadlineIsNoBackgroundIncident() {
        let text = """
        Checkpoint attack kills two soldiers in Kirkuk
        \(Self.lead.replacingOccurrences(of: "the town", with: "Kirkuk"))
        The army sent reinforcements to the area and launched a search operation in the villages around the city.
        Related
        Rocket attack targets Ain al-Asad air base in Anbar
        """
        let incs = ExtractionFixture.extract(text, published: "2021-03-10")
        #expect(!incs.contains(where: { $0.place?.contains("Asad") == true || $0.eventType == .rocketAttack }))
        #expect(incs.contains(where: { $0.killed == 2 }))
    }

    // MARK: - Tallies are no events

    @Test(arguments: [
        "The Daraa Martyrs Documentation Office recorded 35 attacks in September alone, most of them by unknown gunmen.",
        "The Islamic State claimed 153 attacks in Iraq and Syria during the first half of 2024, according to CENTCOM.",
        "The Islamic Resistance in Iraq has carried out more than 160 attacks on US forces since October.",
        "Monitors documented forty-two assaults on checkpoints in 2023.",
        "The observatory counted dozens of bombings this year.",
    ])
    func aTallyOfAttacksIsNoTrigger(sentence: String) {
        let ns = sentence as NSString
        let tallies = EventTriggers.tally.matches(ns).map(\.range)
        #expect(!tallies.isEmpty)
        let hits = EventTriggers.find(in: ns).filter { t in tallies.contains { NSIntersectionRange($0, t.range).length > 0 } }
        #expect(hits.isEmpty)
    }

    @Test(arguments: [
        "Israeli jets carried out 20 airstrikes on the outskirts of Damascus on Tuesday.",
        "Gunmen launched two attacks on army posts near Kirkuk on Monday night.",
        "Three attacks hit the base in September, the officials said.",
    ])
    func anEventWithACountIsNoTally(sentence: String) {
        #expect(EventTriggers.tally.matches(sentence as NSString).isEmpty)
        #expect(!EventTriggers.find(in: sentence as NSString).isEmpty)
    }

    @Test func aTallySentenceAddsNoBackgroundIncident() {
        let text = """
        Gunmen kill young man in Daraa countryside
        Unknown gunmen shot dead a young man in the town of Tafas, in the western countryside of Daraa, on Monday evening, local sources said.
        Daraa governorate has witnessed almost daily assassinations. The local documentation office recorded 35 attacks in September alone, most of them carried out by unknown gunmen.
        """
        let incs = ExtractionFixture.extract(text, published: "2022-10-18")
        #expect(incs.count == 1)
        #expect(!incs.contains(where: { $0.date?.description.hasPrefix("2022-09") == true }))
    }

    // MARK: - A further weapon stopped in flight is another event

    @Test(arguments: [
        ("Two soldiers were killed and 24 others were wounded when a drone launched from Iraq slammed into an army base in the Golan Heights late Thursday, the military said.",
         "Early Friday, another drone was intercepted by the air force over the Eilat area, the IDF said."),
        ("A rocket hit a house in Kiryat Shmona on Monday evening, wounding three people, police said.",
         "A second rocket was shot down over Haifa on Tuesday morning, the army said."),
        ("A kamikaze drone struck the Conoco gas field in Deir ez-Zor on Sunday, damaging a storage tank, officials said.",
         "A third drone was downed by coalition defences over al-Omar on Monday."),
    ])
    func anotherInterceptedWeaponIsItsOwnIncident(lede: String, follow: String) {
        let incs = ExtractionFixture.extract("Attack report\n" + lede + "\n" + follow, published: "2024-10-04")
        #expect(incs.count >= 2)
        #expect(incs.contains(where: { $0.eventType == .other && ($0.killed ?? 0) == 0 }))
    }

    @Test func aFurtherWeaponThatHitStillJoinsTheWave() {
        let text = """
        Drones hit US base in Syria
        Two drones struck the US base at al-Tanf in Syria on Wednesday morning, wounding two soldiers, officials said.
        A third drone struck the base minutes later.
        """
        let incs = ExtractionFixture.extract(text, published: "2023-10-19")
        #expect(incs.count == 1)
    }

    // MARK: - State-media wording

    @Test(arguments: [
        ("An Israeli aggression targeted residential buildings in the Mezzeh neighbourhood, martyring 15 people and injuring 16 others.", 15 as Int?, 16 as Int?),
        ("The Turkish occupation's drones martyred two fighters near Qamishli.", 2, nil),
        ("At least 36 people were martyred and more than 50 others injured in the attack.", 36, 50),
    ])
    func martyringCountsTheDead(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        "At least 36 people were martyred in an Israeli aggression that targeted several buildings in the city on Wednesday.",
        "A Zionist aggression targeted a car on the airport road at dawn on Monday, the source said.",
        "Three civilians were injured in a Turkish aggression on the village of Tal Rifaat on Sunday.",
    ])
    func aStatesAggressionIsAStrike(sentence: String) {
        let ts = EventTriggers.find(in: sentence as NSString)
        #expect(ts.contains(where: { $0.word.hasPrefix("aggression") && $0.strength == .report }))
    }

    @Test(arguments: [
        "Our air defences confronted the aggression missiles and shot down some of them.",
        "The ministry condemned the aggression and called on the Security Council to act.",
        "The Israeli enemy carried out an air aggression with a salvo of missiles.",
        "Damascus has condemned the repeated aggressions on its sovereignty.",
    ])
    func aBareAggressionIsNoTrigger(sentence: String) {
        #expect(!EventTriggers.find(in: sentence as NSString).contains(where: { $0.word.hasPrefix("aggression") }))
    }

    @Test func anAggressionReportIsAnIncident() {
        let text = """
        36 martyrs in Israeli aggression on Palmyra
        At least 36 people were martyred and more than 50 others injured in an Israeli aggression that targeted several buildings in the city of Palmyra in the eastern countryside of Homs on Wednesday, the Ministry of Defense said.
        """
        let incs = ExtractionFixture.extract(text, published: "2024-11-20")
        #expect(incs.contains(where: { $0.killed == 36 && $0.place == "Palmyra" }))
    }

    // MARK: - A state's adjective on its guns

    @Test(arguments: [
        ("Turkish artillery also shelled villages in the countryside of Tal Rifaat on Sunday afternoon, local sources said.", "Turkey"),
        ("Israeli tanks shelled a position near the border town of Khiam on Monday.", "Israel"),
        ("Russian warplanes reportedly struck hideouts in the Badia desert on Tuesday.", "Russia"),
        ("Jordanian border guards opened fire on smugglers near the frontier on Thursday.", "Jordan"),
    ])
    func aStatesWeaponsOrForcesNameThePerpetrator(sentence: String, state: String) {
        let incs = ExtractionFixture.extract("Report\n" + sentence, published: "2022-11-21")
        #expect(incs.contains(where: { $0.perpetrator == state }))
    }

    @Test(arguments: [
        "Artillery shelled villages in the countryside of Tal Rifaat on Sunday afternoon, local sources said.",
        "Gunmen opened fire on a Turkish army patrol near the town of al-Bab on Monday.",
    ])
    func noStateAdjectiveBeforeTheAttackNamesNoState(sentence: String) {
        let incs = ExtractionFixture.extract("Report\n" + sentence, published: "2022-11-21")
        #expect(!incs.contains(where: { ["Turkey", "Israel", "Russia", "Jordan"].contains($0.perpetrator) }))
    }

    // MARK: - "came under fire"

    @Test(arguments: [
        "On Friday, a U.S. special forces outpost near Kobani came under Turkish artillery fire, the Pentagon said.",
        "A Peshmerga base in Gwer came under attack by Islamic State militants late on Monday.",
        "The convoy had come under heavy shelling on the road to Tal Tamr on Saturday morning.",
    ])
    func whatCameUnderAttackIsReported(sentence: String) {
        #expect(EventTriggers.find(in: sentence as NSString).contains(where: { $0.strength == .report }))
        #expect(!ExtractionFixture.extract("Report\n" + sentence, published: "2019-10-11").isEmpty)
    }

    @Test(arguments: [
        ("came under Turkish artillery fire", true),
        ("comes under heavy fire", true),
        ("under the attack plan", false),
        ("the government came to power under", false),
    ])
    func cameUnderNeedsTheVerbBeforeUnder(phrase: String, expected: Bool) {
        #expect(Words.cameUnder(Words.of(phrase).prefix(while: { $0 != "fire" && $0 != "attack" }).suffix(5)) == expected)
    }

    // MARK: - A vow about what comes, after an event that happened

    @Test(arguments: [
        ("Israel has vowed to hit back at Hezbollah after a rocket strike on a football pitch in the occupied Golan Heights killed 12 children and teenagers.", 12 as Int?),
        ("The government threatened reprisals following a car bombing in the centre of Mosul that killed seven people.", 7),
        ("Ankara warned it would respond because of a drone attack on its base near Bashiqa, which wounded four soldiers.", nil),
    ])
    func anEventAfterAVowIsReported(sentence: String, killed: Int?) {
        #expect(EventTriggers.find(in: sentence as NSString).contains(where: { $0.strength == .report }))
        if let k = killed { #expect(ExtractionFixture.extract("Report\n" + sentence, published: "2024-07-28").contains(where: { $0.killed == k })) }
    }

    @Test(arguments: [
        "Israel has vowed to hit back hard at any attack on its territory.",
        "The militia warned it would retaliate after any strike on its positions.",
        "Officials fear further rocket attacks on the base.",
    ])
    func aThreatStaysHypothetical(sentence: String) {
        #expect(!EventTriggers.find(in: sentence as NSString).contains(where: { $0.strength == .report }))
    }

    // MARK: - A road's two ends are one place

    @Test(arguments: [
        "On June 6, Islamic State fighters ambushed an army convoy on the road between al-Sukhnah and Palmyra, killing four soldiers.",
        "Gunmen shot dead a young man on the road between Tafas and Muzayrib on Monday evening.",
        "A roadside bomb hit a patrol on the highway linking Kirkuk and Tikrit on Sunday, wounding two policemen.",
    ])
    func anAttackOnARoadBetweenTwoTownsIsOneIncident(sentence: String) {
        let incs = ExtractionFixture.extract("Report\n" + sentence, published: "2024-06-12")
        #expect(incs.count == 1)
    }

    @Test func twoTownsHitAreStillTwoIncidents() {
        let incs = ExtractionFixture.extract("Report\nTurkish drones struck Qamishli and Kobani on Sunday, killing six people.", published: "2022-11-21")
        #expect(incs.count == 2)
    }

    // MARK: - A later event with its own weapon

    @Test(arguments: [
        """
        Islamic State militants attacked the village of al-Hawasha, north-east of Muqdadiyah, at sunset on Tuesday, killing eleven villagers.
        Hours later, an improvised explosive device went off on the road leading to the village as a security reinforcement was heading there, wounding two soldiers.
        """,
        """
        Gunmen attacked a police post in the town of Tarmiyah on Saturday evening, killing three policemen.
        Later that night, a roadside bomb struck an army patrol sent to the area, injuring four soldiers.
        """,
    ])
    func aLaterEventWithItsOwnWeaponIsSeparate(text: String) {
        let incs = ExtractionFixture.extract("Report\n" + text, published: "2021-10-26")
        #expect(incs.count == 2)
        #expect(incs.contains(where: { $0.eventType == .iedAttack }))
    }

    @Test func aLaterHitOfTheSameWeaponStaysOneEvent() {
        let text = """
        Report
        A drone struck the Kawergosk oil field in Erbil province on Wednesday morning, setting a storage tank on fire.
        Minutes later, a second drone struck the field, officials said.
        """
        let incs = ExtractionFixture.extract(text, published: "2025-07-16")
        #expect(incs.count == 1)
    }

    // MARK: - A zero said of "either" / "both" events

    @Test(arguments: [
        "No injuries were reported in either attack.",
        "Nobody was hurt in both incidents, the ministry said.",
        "There were no casualties in either strike, according to the company.",
    ])
    func aSharedZeroHoldsForEachEvent(closing: String) {
        let text = """
        Report
        An explosive-laden drone hit the Tawke oil field in Zakho district early Wednesday, setting a storage tank on fire. About half an hour later, a second drone struck the Peshkhabour oil field in Duhok province. \(closing)
        """
        let incs = ExtractionFixture.extract(text, published: "2025-07-16")
        #expect(incs.count == 2)
        #expect(incs.allSatisfy { $0.wounded == 0 })
    }

    @Test func aZeroForOneEventIsNotShared() {
        let text = """
        Report
        An explosive-laden drone hit the Tawke oil field in Zakho district early Wednesday, wounding two workers. About half an hour later, a second drone struck the Peshkhabour oil field in Duhok province. No injuries were reported there.
        """
        let incs = ExtractionFixture.extract(text, published: "2025-07-16")
        #expect(incs.contains(where: { $0.wounded == 2 }))
    }
}
