import Foundation
import Testing
@testable import ChronicleKit

/// General rules of the fourth session: caption labels, share rows, short paths and acronym mastheads as page furniture;
/// the lead's news not carried off by an event recalled weeks earlier; "no-one" as nobody; long death-toll sentences;
/// aircraft in support of another action; an earlier event named after "the deadliest … since"; the desert of a
/// province; perpetrators read past time phrases and acronyms; sites named by "it had hit … at A and at B"; coarse
/// reports joining precise ones across articles. Invented sentences in several outlets' styles, with negatives.
@Suite("Lead news, page furniture and attribution")
struct LeadAndFurnitureRuleTests {
    func main(_ text: String, published: String) -> [Incident] { ExtractionFixture.main(text, published: published) }
    func all(_ text: String, published: String) -> [Incident] { ExtractionFixture.extract(text, published: published) }
    func clean(_ body: String) -> CleanedBody { TextCleaner.clean(body, hasTitle: false) }

    // MARK: - Page furniture

    @Test(arguments: ["Image caption,", "Media caption:", "Photo caption", "Image caption"])
    func captionLabelAndItsCaptionAreDropped(label: String) {
        let c = clean("""
        Rockets hit an air base in western Iraq
        \(label)
        A guard walks past the damaged hangar at the base on Saturday
        Four rockets struck the base late on Friday, wounding two contractors, officials said.
        The base hosts foreign troops.
        """)
        #expect(c.headline == "Rockets hit an air base in western Iraq")
        #expect(c.paragraphs.first?.hasPrefix("Four rockets struck") == true)
        #expect(!c.paragraphs.contains(where: { $0.hasPrefix("A guard walks") }))
    }

    @Test(arguments: ["Facebook Twitter Telegram", "Share on: Facebook | X | WhatsApp | Email", "Twitter, LinkedIn, Print", "Home » ISIS", "News › Iraq"])
    func shareRowsAndShortPathsAreFurniture(line: String) {
        let c = clean("""
        Gunmen attack an army post near the border
        \(line)
        Gunmen attacked an army post near the border on Monday night, killing two soldiers, the army said.
        The attackers fled.
        """)
        #expect(c.headline == "Gunmen attack an army post near the border")
        #expect(!c.paragraphs.contains(line))
    }

    @Test func aSentenceNamingNetworksIsNotAShareRow() {
        let line = "The video was shared on Facebook and Twitter by the group on Sunday."
        let c = clean("Militia posts attack video\nThe group released a video of the attack.\n\(line)\nIt was removed later.")
        #expect(c.paragraphs.contains(line))
    }

    @Test func aMastheadIsKnownByTheAcronymTheReportUses() {
        let c = clean("""
        Syrian Observatory For Human Rights
        Death toll of ambush on army bus in the desert rises to 20
        SOHR has learned that the death toll of the ambush on a bus carrying soldiers yesterday has risen to 20.
        SOHR sources said the attackers withdrew.
        """)
        #expect(c.headline == "Death toll of ambush on army bus in the desert rises to 20")
    }

    @Test func aTitleCaseHeadlineWithoutALaterAcronymStays() {
        let c = clean("""
        Rocket Attack Hits Baghdad Airport
        Three rockets struck Baghdad airport on Friday, officials said.
        Nobody was hurt, the RAHB spokesman said.
        """)
        #expect(c.headline == "Rocket Attack Hits Baghdad Airport")
    }

    // MARK: - Lead news and events recalled weeks before

    @Test func undatedLeadIsNotCarriedByAnEventRecalledWeeksEarlier() {
        let text = """
        Rockets hit Baghdad airport, damaging two planes

        Six rockets have struck Baghdad International Airport, damaging two parked planes, officials say.

        On 13 January, three rockets landed near the US embassy in the Green Zone, wounding two civilians.
        """
        let incs = all(text, published: "2022-01-28")
        // The recalled attack keeps its day and place; the lead is not folded into it.
        let recalled = incs.first { $0.date?.iso == "2022-01-13" }
        #expect(recalled != nil)
        #expect(recalled?.sources.contains(where: { $0.evidence.hasPrefix("Six rockets") }) == false)
        #expect(incs.contains(where: { $0.sources.contains(where: { $0.evidence.hasPrefix("Six rockets") }) }))
    }

    @Test(arguments: [
        ("No-one was hurt in the attack, the army said.", 0, 0),
        ("No one was hurt in the attack, the army said.", 0, 0),
        ("No-one was killed, police said.", 0, nil),
        ("One was hurt in the attack, the army said.", nil, 1),
    ] as [(String, Int?, Int?)])
    func noOneWithHyphenIsNobody(sentence: String, killed: Int?, wounded: Int?) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        ("The death toll of the ambush carried out by militants against a bus transporting soldiers in the desert in the eastern countryside of the province yesterday has risen to 33.", 33),
        ("The death toll from the bombing of a crowded market in the centre of the old town on Thursday evening has now climbed to 41.", 41),
        ("The death toll has risen to twelve.", 12),
    ])
    func longDeathTollSentences(sentence: String, killed: Int) {
        #expect(CasualtyReader.read(sentence as NSString).killed == killed)
    }

    // MARK: - Aircraft in support

    @Test(arguments: [
        "Regime forces, backed by Russian warplanes, launched a search operation in the Deir Ezzor desert on Friday, but made no arrests.",
        "Army units supported by helicopters and warplanes combed the area near Tikrit on Friday.",
        "Troops, with the support of coalition aircraft, searched villages near Hawija on Friday.",
    ])
    func aircraftBackingAnotherActionIsNoStrike(sentence: String) {
        #expect(main("Security sweep\n\n\(sentence)", published: "2023-08-11").isEmpty)
    }

    @Test func aircraftThatStrikeAreStillAStrike() {
        let incs = main("Strikes in the desert\n\nRussian warplanes struck ISIS hideouts near Palmyra on Friday, a monitor said.", published: "2023-08-11")
        #expect(incs.count == 1)
        #expect(incs.first?.eventType == .airstrike)
    }

    // MARK: - "The deadliest since the attack on …": the earlier event is background

    @Test func theEventAfterDeadliestSinceIsAnEarlierOne() {
        let text = """
        Militants ambush army bus near Mayadin

        Militants ambushed an army bus near Mayadin on Thursday, killing 20 soldiers, a monitor said.

        Thursday's ambush is the deadliest since the attack on a military bus on the Palmyra road in late December 2020, which killed 37 soldiers.
        """
        let incs = all(text, published: "2023-08-11")
        let news = incs.filter { $0.role == .main }
        #expect(news.count == 1)
        #expect(news.first?.killed == 20)
        #expect(incs.contains(where: { $0.role == .background && $0.date?.year == 2020 && $0.killed == 37 }))
    }

    @Test func deadliestWithoutAnEarlierEventSplitsNothing() {
        let text = "Bombing in Azaz\n\nA car bomb exploded in Azaz on Sunday, killing nine people, the deadliest attack in the town since the start of the year."
        let incs = main(text, published: "2024-03-04")
        #expect(incs.count == 1)
        #expect(incs.first?.killed == 9)
    }

    // MARK: - Places

    @Test(arguments: [
        ("Militants attacked a bus in the Deir Ezzor desert on Thursday.", "deir-ez-zor-governorate"),
        ("Militants attacked an army post in the desert of Homs on Thursday.", "homs-governorate"),
        ("Militants attacked a bus in Al-Mayadin desert on Thursday.", "mayadin"),
    ])
    func theDesertOfAProvinceNamedLikeItsCapital(sentence: String, placeID: String) {
        let incs = main("Desert attack\n\n\(sentence)", published: "2023-08-11")
        #expect(incs.first?.placeID == placeID)
    }

    @Test func sitesNamedByWhatTheAttackerSaysItHit() {
        let text = """
        Israel strikes two Syrian air bases

        Israeli warplanes struck two military air bases in central Syria on Tuesday night, the Israeli military said.

        The army said it had hit remaining military capabilities at the T4 airbase in Homs province and at the Palmyra airbase.
        """
        let incs = main(text, published: "2025-03-26")
        let places = Set(incs.compactMap(\.placeID))
        #expect(places.contains("t4-air-base"))
        #expect(places.contains("palmyra"))
        #expect(incs.allSatisfy { $0.date?.iso == "2025-03-25" })
    }

    // MARK: - Perpetrators

    @Test(arguments: [
        "The IRGC on Monday morning launched missile attacks on Kurdish groups near Koya.",
        "The Islamic Revolution Guards Corps (IRGC) Ground Force late on Monday fired missiles at Kurdish groups near Koya.",
        "The IRGC had struck the groups near Koya on Monday, when missiles and drones hit their headquarters.",
    ])
    func subjectBeforeAVerbWithATimePhraseOrAnAcronym(sentence: String) {
        let incs = main("Iran strikes Kurdish groups\n\n\(sentence)", published: "2022-11-15")
        #expect(incs.first.map { $0.perpetrator.contains("Iran") || $0.perpetrator.contains("Revolutionary Guard") } == true)
    }

    @Test func aForceThatHadBeenStruckIsNotThePerpetrator() {
        let incs = main("Base attacked\n\nThe IRGC had been struck near Koya on Monday by drones, officials said.", published: "2022-11-15")
        #expect(incs.allSatisfy { !$0.perpetrator.contains("Revolutionary Guard") })
    }

    @Test func theAttackVerbNamesWhoFoughtTheClash() {
        let text = "Attack on army post\n\nOn Thursday night, ISIS cells attacked a position of regime forces near Deir Ezzor, but the members withdrew after an exchange of fire which left no casualties."
        let incs = main(text, published: "2023-08-11")
        #expect(incs.count == 1)
        #expect(incs.first?.perpetrator == "Islamic State")
        #expect(incs.first?.killed == 0)
        #expect(incs.first?.wounded == 0)
    }

    // MARK: - Across articles

    @Test func aCoarseReportJoinsThePreciseOneAndSpellingsGiveTheGazetteerName() {
        let kb = KnowledgeBase.builtIn()
        func report(_ article: String, place: String, placeID: String, geo: GeoPrecision) -> Incident {
            Incident(date: Day(iso: "2023-08-10"), datePrecision: .day, eventType: .armedClash, place: place, placeID: placeID,
                     admin1: "Deir ez-Zor", country: "Syria", latitude: 35.02, longitude: 40.45, geoPrecision: geo,
                     sources: [IncidentSource(article: article, role: .main, evidence: "Evidence from \(article).")])
        }
        // Article b tells two events: the ambush near the town and a clash placed only in the province.
        let merged = IncidentMerger.merge([
            report("a", place: "Mayadeen", placeID: "mayadin", geo: .city),
            report("b", place: "Al-Mayadin", placeID: "mayadin", geo: .city),
            report("b", place: "Deir ez-Zor", placeID: "deir-ez-zor-governorate", geo: .admin1),
        ], actors: kb.actors, places: kb.gazetteer)
        let town = merged.first { $0.placeID == "mayadin" }
        #expect(Set(town?.sources.map(\.article) ?? []) == ["a", "b"])
        #expect(town?.place == kb.gazetteer.place(id: "mayadin")?.name)
        #expect(merged.count == 2)
    }

    // MARK: - Armed men killing people, and source notes

    @Test(arguments: [
        ("Islamic State fighters killed three soldiers near al-Sukhnah in eastern Homs province on January 25.", "sukhnah", 3),
        ("Border guards had killed four smugglers near Ruwaished at dawn on Monday, the army said.", "ruwaished", 4),
        ("Gunmen killed two policemen at a checkpoint in Tarmiyah on Tuesday evening.", "tarmiyah", 2),
    ])
    func armedMenKillingPeopleIsAnEvent(sentence: String, placeID: String, killed: Int) {
        let incs = main("Security update\n\n\(sentence)", published: "2024-01-26")
        #expect(incs.count == 1)
        #expect(incs.first?.placeID == placeID)
        #expect(incs.first?.killed == killed)
        #expect(incs.first?.eventType == .armedClash)
    }

    @Test(arguments: [
        "Troops killed two militants during the operation, the ministry said.",
        "Security forces have killed dozens of fighters in the province since January.",
        "A drone strike killed three fighters near al-Sukhnah on January 25.",
    ])
    func killingsWithoutDayAndPlaceOrWithAnAttackWordAddNoClash(sentence: String) {
        let incs = main("Security update\n\n\(sentence)", published: "2024-01-26")
        #expect(incs.allSatisfy { $0.eventType != .armedClash })
    }

    @Test func sourceNoteMarksGoAndEndTheirSentence() {
        let c = clean("""
        Militias keep up attacks on US forces in Syria
        Militants killed three soldiers near al-Sukhnah on January 25.[7] The attack is part of a broader uptick.[8]
        See note [12] below, and the map in section [3].
        """)
        #expect(c.paragraphs.contains("Militants killed three soldiers near al-Sukhnah on January 25. The attack is part of a broader uptick."))
        // A bracketed number that does not follow a word or a sentence's end is left alone.
        #expect(c.paragraphs.contains(where: { $0.contains("[12]") && $0.contains("[3]") }))
    }
}
