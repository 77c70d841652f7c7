import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the fifteenth session, each tested on phrasings of our own: the lede is the first sentence of
/// prose, an operation as the subject names its sites, and an operation dated only by its announcement dates them.
@Suite("The lede below short lines; sites named by the operation; the announcement's day")
struct LedeAndOperationSiteTests {
    @Test(arguments: [
        "Kurdistan News Network\n\nStory ID: 88213\n\n",
        "The Frontier Post\n\nWorld | Region | Opinion\n\n",
        "",
    ])
    func shortLinesAboveTheLedeDoNotMakeTheNewsBackground(furniture: String) {
        let text = """
        Missiles pound armed groups' bases in Kurdistan Region

        \(furniture)The Revolutionary Guards announced on Wednesday that they had targeted the bases of armed groups near Koya with missiles.

        The officials gave no casualty figures.

        The Koya area has been hit before. In September 2018, missiles struck a meeting of an armed group in the town, killing about 15 people.
        """
        let found = ExtractionFixture.extract(text, published: "2022-09-28")
        let news = found.filter { $0.role == .main }
        #expect(news.count == 1)
        #expect(news.first?.date == Day(year: 2022, month: 9, day: 28))
        #expect(found.contains { $0.role == .background && $0.date?.year == 2018 })
    }

    @Test func theLedeIsTheFirstSentenceOfProse() {
        let sentences = ["Mehr News Agency", "News ID: 1927734", "Iranian missiles hit bases of armed groups near Koya on Wednesday."]
            .enumerated().map { ArticleSentence(index: $0.offset, paragraph: $0.offset, text: $0.element, ns: $0.element as NSString) }
        let out = IncidentExtractor.fromLede(sentences)
        #expect(out.map(\.isLede) == [false, false, true])
        #expect(out.count == 3, "the lines above stay: they may hold a stamp or an entry head")
    }

    @Test(arguments: [
        "The operation, which began at dawn, hit the bases of the groups in Koya, Sidakan and Penjwen.",
        "According to the statement, the bombardment struck hideouts in Koya, Sidakan and Penjwen.",
        "The second wave targeted depots in Koya, Sidakan and Penjwen.",
    ])
    func theOperationAsSubjectNamesItsSites(siteSentence: String) {
        let text = """
        The Revolutionary Guards said on Wednesday that they had targeted the headquarters of armed groups in the Kurdistan Region of Iraq with missiles and drones.

        \(siteSentence)
        """
        let news = ExtractionFixture.main(text, published: "2022-09-28")
        #expect(Set(news.compactMap(\.place)) == ["Koya", "Sidakan", "Penjwen"])
        // Dated by the statement that announced the operation.
        #expect(news.allSatisfy { $0.date == Day(year: 2022, month: 9, day: 28) })
    }

    @Test func aSiteListWithNoOperationToldBeforeIsNoIncident() {
        let text = "The operation, which began at dawn, hit the bases of the groups in Koya, Sidakan and Penjwen, the statement said."
        #expect(ExtractionFixture.main(text, published: "2022-09-28").isEmpty)
    }

    // MARK: - Named buildings

    @Test(arguments: [
        ("inside the Imam Ali mosque in Kirkuk", "Imam Ali mosque, Kirkuk"),
        ("at the Al-Noor Hospital in the city of Mosul", "Al-Noor Hospital, Mosul"),
        ("outside Basra's Shatt Hotel", "Shatt Hotel, Basra"),
        ("at the Tasfirat Detention Center near Mosul", "Tasfirat Detention Center, Mosul"),
        ("near Tikrit's Spicher Military Academy", "Spicher Military Academy, Tikrit"),
    ])
    func aNamedBuildingInATownIsWhereItHappened(phrase: String, place: String) throws {
        let i = try #require(ExtractionFixture.extract("A suicide bomber blew himself up \(phrase) on Friday, killing 12 people.", published: "2024-02-14").first)
        #expect(i.place == place)
        #expect(i.country == "Iraq")
    }

    @Test(arguments: ["a school in Kirkuk", "the hospital in Kirkuk", "a mosque in Kirkuk", "The Kurdish school in Kirkuk"])
    func anUnnamedBuildingLeavesTheTown(phrase: String) throws {
        let i = try #require(ExtractionFixture.extract("Rockets hit \(phrase) on Monday, wounding three people.", published: "2024-02-14").first)
        #expect(i.place == "Kirkuk")
    }

    // MARK: - Claims and the wider region's groups

    @Test(arguments: [
        ("Militants attacked a police checkpoint in Kirkuk on Monday, killing nine people.", "The Islamic State claimed the attack.", "Islamic State"),
        ("Gunmen opened fire on a bus in Quetta on Monday, killing nine passengers.", "The Balochistan Liberation Army claimed responsibility for the attack.", "Balochistan Liberation Army"),
        ("Armed men stormed a gendarmerie school in Bamako on Monday, killing nine cadets.", "JNIM said it carried out the attack, in a claim posted online.", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ])
    func attackersToldByDescriptionAreTheGroupThatClaims(report: String, claim: String, group: String) throws {
        let i = try #require(ExtractionFixture.main("\(report) \(claim)", published: "2024-02-14").first)
        #expect(i.perpetrator == group)
    }

    @Test func aClaimByNoNamedGroupLeavesTheDescription() throws {
        let i = try #require(ExtractionFixture.main("Iran-backed militias fired rockets at Ain al-Asad air base on Monday. Nobody claimed the attack.", published: "2024-02-14").first)
        #expect(i.perpetrator == "Iran-backed militias")
    }

    @Test(arguments: [
        ("ISIS-K", "Islamic State Khorasan Province"), ("Sinai Province", "Wilayat Sinai"), ("the Pakistani Taliban", "Tehreek-e-Taliban Pakistan"),
        ("Haftar's forces", "Libyan National Army"), ("ISWAP", "Islamic State West Africa Province"),
    ])
    func theWiderRegionsGroupsAreKnownByTheirAliases(alias: String, name: String) {
        let found = ExtractionFixture.kb.mentions(inUnits: Array("Officials blamed \(alias) for the attack.".utf16)).actors
        #expect(found.map(\.entry.name) == [name])
    }
}
