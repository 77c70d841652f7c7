import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset11's failures (sixth session), each tested on phrasings of our own: a short
/// name refers back to the fuller one, a year-less stamp gives the publication day once a weekday fixes the year,
/// "X followed Y" makes Y an earlier event, aircraft deployed or attacks prepared are not attacks, and groups known
/// by an acronym carry it in their name.
@Suite("Names, stamps and cues")
struct NamesStampsAndCueRuleTests {
    func all(_ text: String, published: String) -> [Incident] { ExtractionFixture.extract(text, published: published) }

    // MARK: - A short name refers back to the fuller one told before

    @Test(arguments: [
        ("Lebanon", "Hezbollah"),
        ("Iraq", "Islamic Resistance in Iraq"),
    ])
    func theBareShortNameIsTheGroupNamedInFullBefore(country: String, group: String) {
        let text = """
        Fighters fire rockets and missiles at army positions across the border
        The Islamic Resistance in \(country) said its fighters fired a salvo of Grad rockets at a military base on Sunday evening.
        Earlier on Sunday, the Islamic Resistance said it targeted a tank near the border with a guided missile, achieving a direct hit.
        """
        let incidents = all(text, published: "2023-11-05")
        #expect(!incidents.isEmpty)
        for i in incidents { #expect(i.perpetrator == group) }
    }

    @Test func shortFormsReferBackOnlyToALongerNameTheyBegin() {
        let a = Actor(id: "a", name: "A", kind: .armedGroup, aliases: [])
        let b = Actor(id: "b", name: "B", kind: .armedGroup, aliases: [])
        let long = Mention(entry: a, text: "Islamic Resistance in Lebanon", range: 0..<29)
        let short = Mention(entry: b, text: "Islamic Resistance", range: 40..<58)
        let other = Mention(entry: b, text: "Resistance Front", range: 60..<76)
        let out = IncidentExtractor.shortFormsReferBack([long, short, other])
        #expect(out[1].entry.id == "a")
        #expect(out[2].entry.id == "b")
        // A short name told before the long one keeps its own entry.
        #expect(IncidentExtractor.shortFormsReferBack([short, long])[0].entry.id == "b")
    }

    // MARK: - A year-less stamp, once a weekday fixes the year

    @Test(arguments: [
        ("6 June  |  12:30", "on Saturday, June 5", "2021-06-06"),
        ("June 7, 09:10", "on Saturday, June 5", "2021-06-07"),
        ("2 January", "on Thursday, December 31", "2021-01-02"),
    ])
    func aYearlessStampTakesTheYearTheWeekdayFixed(stamp: String, when: String, day: String) {
        let raw = """
        Kurdish News
        Five fighters killed in attack on mountain positions
        \(stamp)
        ERBIL — Five fighters were killed when militants attacked their positions \(when), the ministry said in a statement.
        Clashes between the two sides have been rare since the conflict with the Islamic State began in 2014 and flared again in 2020.
        """
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "k.txt", text: raw))
        #expect(article?.published?.iso == day)
        #expect(article?.publishedSource == .inferred)
    }

    @Test func aYearlessStampMoreThanAMonthAfterTheWeekdaysDayIsNotUsed() {
        #expect(PublicationDay.yearlessStampDay("9 August | 10:00", onOrAfter: Day(year: 2021, month: 6, day: 5)!) == nil)
        #expect(PublicationDay.yearlessStampDay("Security | Politics", onOrAfter: Day(year: 2021, month: 6, day: 5)!) == nil)
        #expect(PublicationDay.yearlessStampDay("4 June", onOrAfter: Day(year: 2021, month: 6, day: 5)!) == nil)
    }

    // MARK: - "X followed Y": Y is an earlier event

    @Test(arguments: [
        "The fire from Syria followed Thursday's barrage of 34 rockets from southern Lebanon, the largest in years.",
        "The shelling followed Thursday's rocket attack on Kiryat Shmona, which wounded a man.",
    ])
    func theEventAfterFollowedIsBackground(sentence: String) {
        let text = """
        Rockets fired from Syria at the Golan Heights overnight
        Three rockets were fired from Syria toward the Golan Heights late on Saturday, the army said.
        \(sentence)
        """
        let incidents = all(text, published: "2023-04-09")
        let thursday = incidents.filter { $0.date?.iso == "2023-04-06" }
        #expect(!thursday.isEmpty)
        #expect(thursday.allSatisfy { $0.role == .background })
    }

    @Test func twoEarlierEventsAfterFollowedStayTwo() {
        let text = """
        US strike hits militia depot south of Baghdad
        US forces struck a militia depot at Jurf al-Sakhr early on Wednesday, killing two fighters, officials said.
        The strike followed a drone attack last week on the al-Tanf garrison in Syria, which caused no injuries, and a rocket attack earlier this month near Baghdad airport.
        """
        let background = all(text, published: "2025-03-12").filter { $0.role == .background }
        #expect(background.count == 2)
        #expect(Set(background.map(\.eventType)) == [.droneAttack, .rocketAttack])
    }

    @Test func followedByKeepsTheOrder() {
        let text = """
        Drone attack on base followed by rocket fire
        A drone attacked the al-Tanf garrison on Monday, followed by rocket fire at the base an hour later, the coalition said.
        """
        #expect(all(text, published: "2023-01-24").contains { $0.role == .main })
    }

    // MARK: - Aircraft deployed, attacks prepared

    @Test(arguments: [
        "The Pentagon said on Monday it was deploying additional warships and fighter jets to the region.",
        "Britain dispatched four more fighter jets to Cyprus on Tuesday, the defence ministry said.",
        "Washington has stationed F-16 fighter jets at the base since Sunday, officials said.",
    ])
    func aircraftMovedAreNoAttack(sentence: String) {
        let text = "Allies reinforce the region as tensions rise\n" + sentence
        #expect(all(text, published: "2024-08-06").isEmpty)
    }

    @Test func dronesAGroupWasPreparingToLaunchDoNotTypeTheStrike() {
        let text = """
        US strike hits militia south of Baghdad
        A US strike in Jurf al-Nasr on 30 July killed four members of the Popular Mobilization Forces, who the Pentagon said were preparing to launch drones.
        """
        let strike = all(text, published: "2024-08-06").first { $0.date?.iso == "2024-07-30" }
        #expect(strike?.eventType == .airstrike)
        #expect(strike?.perpetrator == "United States")
    }

    // MARK: - Groups known by an acronym carry it

    @Test(arguments: [
        ("PKK militants attacked an army outpost near Zakho on Saturday, killing two soldiers.", "PKK"),
        ("Fighters of the Kurdistan Workers' Party attacked an army outpost near Zakho on Saturday, killing two soldiers.", "PKK"),
        ("SDF fighters clashed with gunmen near Shaddadi on Saturday, killing two of them.", "SDF"),
    ])
    func theActorsNameCarriesItsAcronym(sentence: String, acronym: String) {
        let text = "Two killed in attack in the north\n" + sentence
        let inc = all(text, published: "2022-05-08").first
        #expect(inc?.perpetrator.contains("(\(acronym))") == true)
    }
    // MARK: - "stormed": armed men taking a position by force

    @Test(arguments: [
        "Eleven soldiers were killed at dawn on Friday when militants stormed an army post north of Baquba, a security source said.",
        "Gunmen stormed a police checkpoint near Kirkuk on Friday, killing three policemen.",
    ])
    func armedMenStormingAPostIsAClash(sentence: String) {
        let inc = all("Soldiers killed in attack on post\n" + sentence, published: "2022-01-21").first { $0.role == .main }
        #expect(inc?.eventType == .armedClash)
        #expect(inc?.date?.iso == "2022-01-21")
    }

    @Test(arguments: [
        "Protesters stormed the embassy compound in Baghdad on Friday, setting fire to a reception area.",
        "Hundreds of supporters stormed the parliament building in Baghdad on Friday.",
    ])
    func aCrowdStormingABuildingIsNoAttack(sentence: String) {
        #expect(all("Crowds in the capital\n" + sentence, published: "2022-01-21").isEmpty)
    }

    // MARK: - Spellings of a shrine town

    @Test(arguments: ["Sayyida Zainab", "Sayyida Zeinab", "Sayyidah Zaynab", "Sayeda Zainab"])
    func theShrineTownIsFoundUnderItsSpellings(name: String) {
        let text = "Blast near shrine\nA car bomb exploded in \(name), south of Damascus, on Sunday, killing eight people."
        let inc = all(text, published: "2016-02-21").first
        #expect(inc?.placeID == "sayyida-zeinab")
        #expect(inc?.admin1 == "Rif Dimashq")
    }
}
