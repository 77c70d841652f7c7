import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset13's failures (eighth session), each tested on phrasings of our own: a victim
/// named after an active killing verb, a dated site list whose verb follows an aside, "X comes N days after Y"
/// counted from the article's news, and two towns each told with its own attack word.
@Suite("Named victims, dated site lists and neighbouring towns")
struct NamedVictimsAndSiteListRuleTests {
    // MARK: - Named victims

    @Test(arguments: [
        ("killing Wissam al-Tawil, a senior Hezbollah commander", 1),
        ("killed Abu Taqwa, a commander of the militia", 1),
        ("killed Hezbollah commander Ali Ahmed Hussein", 1),
        ("killing senior commander Taleb Abdallah", 1),
        ("killed Abu Mahdi al-Muhandis and Qassem Soleimani", 2),
        ("killing Sheikh Omar Hadid and another man who was with him", 2),
        ("killing Wissam al-Tawil, a senior commander, and another man who was with him", 2),
        ("killed him and six others", 7),
        ("killing her and two of her children", 3),
    ])
    func aPersonNamedAfterAKillingVerbIsCounted(phrase: String, killed: Int) {
        let c = CasualtyReader.read("A drone struck a car near the town on Monday, \(phrase), sources said." as NSString)
        #expect(c.killed == killed)
    }

    @Test(arguments: [
        "killed Islamic State militants hiding in a cave",
        "killed Iraqi police officers at a checkpoint",
        "killing Hezbollah fighters near the border",
        "killed Palestinians waiting for aid",
        "killed Kurdish civilians in the village",
    ])
    func aGroupNamedByItsPeopleIsNoCount(phrase: String) {
        let c = CasualtyReader.read("An airstrike on Monday \(phrase)." as NSString)
        #expect(c.killed == nil)
    }

    @Test(arguments: [
        "Two soldiers were killed Monday by a roadside bomb.",
        "A soldier was killed Tuesday in the attack, the ministry said.",
    ])
    func aDayAfterAPassiveIsNotAName(sentence: String) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed != 1 || sentence.hasPrefix("A soldier"))
        if sentence.hasPrefix("Two") { #expect(c.killed == 2) }
    }

    // MARK: - Dated site lists

    @Test(arguments: [
        "The monitor said the strikes, which started at around 1 am on Wednesday and lasted an hour, hit targets in the city of Deir ez-Zor, in the town of al-Mayadin and in the desert around Abu Kamal.",
        "Local sources said the raids, which began shortly after midnight on Wednesday, struck positions in Deir ez-Zor, al-Mayadin and Abu Kamal.",
    ])
    func aDatedReferenceNamingSeveralPlacesIsOneIncidentPerPlace(second: String) {
        let lead = "Israeli warplanes carried out a series of raids after midnight on militia positions in the eastern countryside of Deir ez-Zor, killing at least 57 people.\n\n"
        let places = Set(ExtractionFixture.main(lead + second, published: "2024-02-14").compactMap(\.place))
        #expect(places.isSuperset(of: ["Mayadin", "Abu Kamal"]), "got \(places)")
    }

    @Test func aDatedReferenceNamingOnePlacePlacesTheEventToldBefore() {
        let text = """
        A drone attack on a US base in Jordan killed three soldiers, officials said on Sunday.

        Officials said the drone, which came in low, hit the living quarters of Tower 22 in the early hours of Sunday.
        """
        let found = ExtractionFixture.main(text, published: "2024-01-28")
        #expect(found.count == 1)
        #expect(found.first?.place == "Tower 22")
        #expect(found.first?.killed == 3)
    }

    // MARK: - "comes N days after"

    @Test(arguments: [
        ("The strike comes six days after the assassination of a Hamas leader in a drone strike in Beirut.", "2024-01-02"),
        ("The attack came just two days after a drone strike on a car in Beirut.", "2024-01-06"),
    ])
    func theEarlierEventIsCountedFromTheArticlesNews(sentence: String, earlier: String) {
        let text = """
        An Israeli drone struck a car in the town of Khirbet Selm on Monday, killing two men.

        Exchanges of fire began on the border on October 8.

        \(sentence)
        """
        let all = ExtractionFixture.extract(text, published: "2024-01-08")
        #expect(all.contains { $0.place?.hasPrefix("Beirut") == true && $0.date == Day(iso: earlier) }, "got \(all.map { ($0.place ?? "-", $0.date?.iso ?? "-") })")
    }

    // MARK: - Neighbouring towns

    @Test func twoTownsEachWithItsOwnAttackWordAreTwoIncidents() {
        let text = """
        An Israeli drone struck a car in the town of Khirbet Selm on Monday morning, killing two men.

        Israeli warplanes also carried out a raid on the outskirts of Aita al-Shaab on Monday. No casualties were reported in that raid.
        """
        let found = ExtractionFixture.main(text, published: "2024-01-08")
        let selm = found.first { $0.place == "Khirbet Selm" }
        #expect(selm?.killed == 2)
        #expect(found.contains { $0.place == "Aita al-Shaab" })
    }

    // MARK: - The lede's strike

    @Test(arguments: [
        ("US military aircraft struck two facilities in eastern Syria used by Iran's Revolutionary Guard, the defence secretary said in a statement.", "Syria"),
        ("American warplanes struck a weapons depot in eastern Syria, officials said.", "Syria"),
        ("Turkish jets struck Kurdish militant positions in northern Iraq, the defence ministry said.", "Iraq"),
    ])
    func aStrikeToldInTheLedeWithoutADayIsTheReportsNews(lede: String, country: String) {
        let text = "Washington responds to attacks on its troops\n\n\(lede)\n\nOfficials gave no details of casualties.\n\nThe government condemned what it called a violation of its sovereignty."
        let found = ExtractionFixture.main(text, published: "2023-10-27")
        #expect(found.contains { $0.country == country && $0.date == Day(iso: "2023-10-27") }, "got \(found.map { ($0.place ?? "-", $0.date?.iso ?? "-") })")
    }

    @Test func aStrikeWithoutADayLaterInTheBodyIsNoIncident() {
        let text = """
        Ministry briefs reporters on border

        The defence ministry held a briefing on Friday about the situation on the border.

        The army struck targets in eastern Syria, an official recalled.
        """
        #expect(ExtractionFixture.main(text, published: "2023-10-27").isEmpty)
    }

    // MARK: - Captions

    @Test(arguments: [
        "© AFP 2024 / Photo caption: Smoke rises after an Israeli strike in the Bekaa valley",
        "© Reuters | Smoke rises after an airstrike near the town",
        "Image caption, Smoke rises after an airstrike on the outskirts of the city",
        "Photo caption: Rescuers search the rubble after a drone strike",
    ])
    func aCreditOrCaptionLineIsNotReport(caption: String) {
        let body = """
        Checkpoint attack kills two soldiers
        \(caption)
        Gunmen attacked an army checkpoint near the town on Tuesday night, killing two soldiers, officials said.
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains { $0.contains("Smoke rises") || $0.contains("Rescuers search") })
        #expect(c.paragraphs.contains { $0.contains("Gunmen attacked") })
    }

    // MARK: - A group's statement of its own attack

    @Test(arguments: [
        ("Hezbollah said it had targeted Israeli positions facing Rmeish and the Biranit barracks with guided missiles, \"achieving direct hits.\"", EventType.missileAttack),
        ("Hezbollah said its fighters attacked the Metula barracks with rockets.", EventType.rocketAttack),
        ("The Islamic Resistance in Lebanon said it targeted an Israeli tank near Shtula with an anti-tank missile, destroying it.", EventType.missileAttack),
        ("Hezbollah announced that it struck the Biranit barracks with two drones.", EventType.droneAttack),
    ])
    func aGroupsStatementOfItsOwnAttackWithAWeaponIsAnIncident(sentence: String, type: EventType) {
        let found = ExtractionFixture.main("Border clashes continue\n\n\(sentence)", published: "2024-01-08")
        #expect(found.count == 1)
        #expect(found.first?.eventType == type)
        #expect(found.first?.perpetrator == "Hezbollah")
        #expect(found.first?.date == Day(iso: "2024-01-08"))
    }

    @Test(arguments: [
        "Hezbollah said it would target Israeli towns with rockets if the strikes continued.",
        "Hezbollah denied it had attacked the Metula barracks with rockets.",
        "Kataib Hezbollah said it had not attacked the base with drones.",
    ])
    func aThreatOrDenialIsNoIncident(sentence: String) {
        #expect(ExtractionFixture.main("Border clashes continue\n\n\(sentence)", published: "2024-01-08").isEmpty)
    }
}
