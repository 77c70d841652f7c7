import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset18's failures (thirteenth session), each tested on phrasings of our own:
/// chronology entries whose head gives the day and place, reference lists, claims told after the event, suicide
/// attackers who also fired, cues that end at a colon, and states named as a place's country.
@Suite("Timelines, claims and appositives")
struct TimelineAndClaimRuleTests {
    /// A chronology entry's head ("3 March – Kirkuk.") dates and places the event told under it.
    @Test func entryHeadsDateAndPlaceTheirEntries() {
        let text = """
        Attacks on the province this year, by month.

        3 March – Tuz Khurmatu. A roadside bomb struck an army patrol on the main road, killing two soldiers.

        July 19: Kirkuk. Gunmen ambushed a police checkpoint on the southern edge of the city; four policemen were killed.

        - 2 Oct — Hawija. A car bomb exploded outside a market, wounding nine people.
        """
        let found = ExtractionFixture.extract(text, published: "2021-12-30")
        let byDay = Dictionary(found.compactMap { i in i.date.map { ($0, i.place ?? "-") } }, uniquingKeysWith: { a, _ in a })
        #expect(byDay[Day(year: 2021, month: 3, day: 3)!] == "Tuz Khurmatu", "got \(found.map { "\(String(describing: $0.date)) \($0.place ?? "-")" })")
        #expect(byDay[Day(year: 2021, month: 7, day: 19)!] == "Kirkuk", "got \(found.map { "\(String(describing: $0.date)) \($0.place ?? "-")" })")
        #expect(byDay[Day(year: 2021, month: 10, day: 2)!] == "Hawija", "got \(found.map { "\(String(describing: $0.date)) \($0.place ?? "-")" })")
    }

    /// A paragraph that merely opens with a date and goes on in prose is no entry head for the sentences after it.
    @Test func aDatedOpeningSentenceIsNoHeadWithoutASeparator() {
        let text = "On 3 March the minister visited Kirkuk and met tribal leaders. A roadside bomb later struck a patrol near Hawija, killing two soldiers, police said on Friday."
        let found = ExtractionFixture.extract(text, published: "2021-03-06")
        #expect(found.allSatisfy { $0.date != Day(year: 2021, month: 3, day: 3) }, "got \(found.map { String(describing: $0.date) })")
    }

    /// Wiki pages: "[edit]" links go, and the reference list under "References" is no report.
    @Test func referenceListsAreFurniture() {
        let body = """
        Background[edit]

        A car bomb exploded outside a police station in Mosul on 4 May, killing six officers and wounding twelve people, officials said.[1] Nobody claimed the attack.

        Rockets struck a base near the city on 9 May, causing damage but no injuries, the army said in a statement.[2]

        References[edit]

        1. "Car bomb kills six police in Mosul". Example News. 4 May 2017. Retrieved 5 May 2017.
        2. "Rockets hit base near Mosul". Example Wire. 9 May 2017.

        Categories: 2017 in Iraq | Car bombings
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(!c.paragraphs.contains { $0.contains("[edit]") || $0.contains("[1]") }, "\(c.paragraphs)")
        #expect(!c.paragraphs.contains { $0.contains("Retrieved") || $0.hasPrefix("Categories") }, "\(c.paragraphs)")
        #expect(c.paragraphs.contains { $0.contains("Rockets struck a base") }, "\(c.paragraphs)")
    }

    /// Claims told as a passive or after the event ("was claimed by X", "X later claimed it") name the perpetrator.
    @Test(arguments: [
        ("In March, a car bomb tore through a bus station in Ankara, killing 37 people. That attack was claimed by the Kurdistan Freedom Falcons (TAK).", "Kurdistan Freedom Falcons"),
        ("On 17 December a car bomb rammed a bus in Kayseri, killing 14 soldiers. The government blamed the PKK; TAK later claimed it.", "Kurdistan Freedom Falcons"),
        ("A gunman opened fire at a shrine in Shiraz on Wednesday evening, killing 13 people, in an attack later claimed by the so-called Islamic State.", "Islamic State"),
        ("A suicide bomber struck a mosque in Zahedan on Friday, killing nine worshippers; Jaish al-Adl swiftly claimed it.", "Jaish al-Adl"),
    ])
    func claimsToldAfterTheEventNameThePerpetrator(text: String, perpetrator: String) throws {
        let found = ExtractionFixture.extract(text, published: "2024-12-20")
        let first = try #require(found.first)
        #expect(first.perpetrator.contains(perpetrator), "got \(first.perpetrator)")
    }

    /// "claimed it was …" reports what someone said, not a claim of responsibility.
    @Test func claimingItWasSomethingIsNoClaim() throws {
        let found = ExtractionFixture.extract("A drone struck a car near Qamishli on Monday, killing two men. The PKK claimed it was an Israeli plot.", published: "2024-12-20")
        let first = try #require(found.first)
        #expect(!first.perpetrator.contains("PKK"), "got \(first.perpetrator)")
    }

    /// Attackers who fire and then blow themselves up carried out a suicide bombing; a clash in which two fighters
    /// blew themselves up stays a clash. One shooter against unarmed people is an attack ("other"); armed men
    /// assaulting a place are an armed clash.
    @Test(arguments: [
        ("Three attackers armed with rifles opened fire and blew themselves up at the entrance of the terminal in Ankara on Monday, killing 45 people.", EventType.iedAttack),
        ("A man opened fire on guards and then blew himself up outside a police station in Kirkuk on Tuesday.", EventType.iedAttack),
        ("A militant blew himself up at a checkpoint near Tikrit on Monday, killing two soldiers.", EventType.iedAttack),
        ("Clashes broke out on Saturday in the town of Jasim between local fighters and an IS cell, ending with the death of four militants, two of whom blew themselves up.", EventType.armedClash),
        ("A gunman opened fire at the shrine in Shiraz on Wednesday evening, killing 13 people.", EventType.other),
        ("A lone attacker shot dead a guard outside the embassy in Amman on Monday.", EventType.other),
        ("An unidentified gunman opened fire on worshippers in Kirkuk on Friday, wounding four.", EventType.other),
        ("Gunmen opened fire on a checkpoint in Kirkuk on Sunday, killing two policemen.", EventType.armedClash),
        ("On Sunday, two masked gunmen attacked a church in Istanbul, killing one man.", EventType.armedClash),
    ])
    func attackersDecideTheType(sentence: String, type: EventType) throws {
        let found = ExtractionFixture.extract(sentence, published: "2024-02-14")
        let first = try #require(found.first)
        #expect(first.eventType == type, "got \(first.eventType)")
    }

    /// "two hours after a football match: a car bomb … and, a minute later, a suicide bomber …": the cue's object ends at
    /// the colon, so the blasts told after it are the sentence's one event with its toll.
    @Test func aCueEndingAtAColonSplitsNothing() throws {
        let text = "Twin bombings struck near the stadium in Besiktas on 10 December about two hours after a football match: a car bomb hit a police bus and, less than a minute later, a suicide bomber blew himself up in a nearby park. 47 people were killed and 166 were injured."
        let found = ExtractionFixture.extract(text, published: "2016-12-12")
        #expect(found.count == 1, "got \(found.map { "\($0.eventType) \(String(describing: $0.killed))" })")
        #expect(found.first?.killed == 47)
    }

    /// "the attack that took place at X on 26 October": the relative clause dates the attack itself.
    @Test(arguments: [
        "The council condemned the terrorist attack that took place at a shrine in Shiraz on 26 October 2022, which killed 15 people.",
        "Ministers discussed the bombing which occurred in a market in Baquba on 26 October 2022, leaving 15 people dead.",
    ])
    func aRelativeClauseDatesTheAttack(sentence: String) throws {
        let found = ExtractionFixture.extract(sentence, published: "2022-10-27")
        let first = try #require(found.first)
        #expect(first.date == Day(year: 2022, month: 10, day: 26), "got \(String(describing: first.date))")
    }

    /// "the shrine in Shiraz, Islamic Republic of Iran, on …": the state after the town says where, not who.
    @Test func aStateAfterAPlaceIsItsCountry() throws {
        let found = ExtractionFixture.extract("The council condemned the attack that took place at a shrine in Shiraz, Islamic Republic of Iran, on 26 October 2022, for which ISIL has claimed responsibility.", published: "2022-10-27")
        let first = try #require(found.first)
        #expect(first.perpetrator == "Islamic State", "got \(first.perpetrator)")
    }

    /// Airports, shrines and oil terminals that reports name as the place hit are in the gazetteer, inside their cities
    /// (named as the sentence spells them).
    @Test(arguments: [
        ("A missile landed within the perimeter of Ben Gurion airport on Sunday morning, wounding six people.", "Ben Gurion Airport", "Central District"),
        ("Suicide bombers attacked Ataturk Airport in Istanbul on Tuesday night, killing 41 people.", "Ataturk Airport", "Istanbul"),
        ("A gunman opened fire at the Shah Cheragh shrine on Wednesday evening, killing 13 people.", "Shah Cheragh shrine", "Fars"),
        ("Houthi drones struck the al-Dhabba oil terminal on Friday as a tanker was loading crude.", "Al-Dhabba oil terminal", "Hadramawt"),
    ])
    func namedSitesAreInTheGazetteer(sentence: String, place: String, admin1: String) throws {
        let found = ExtractionFixture.extract(sentence, published: "2025-05-04")
        let first = try #require(found.first)
        #expect(first.place == place, "got \(String(describing: first.place))")
        #expect(first.admin1 == admin1, "got \(String(describing: first.admin1))")
    }

    /// "None of the 25 crew, … were hurt": nobody hurt, nobody killed.
    @Test(arguments: [
        "A tanker was hit by three projectiles in the Red Sea on Tuesday. None of the 25 crew, 23 Filipinos and two Russians, were hurt.",
        "A bulk carrier was struck by a missile in the Gulf of Aden on Tuesday. None of its crew members was injured, the operator said.",
    ])
    func noneOfTheCrewHurtIsZero(text: String) throws {
        let found = ExtractionFixture.extract(text, published: "2024-08-22")
        let first = try #require(found.first)
        #expect(first.killed == 0 && first.wounded == 0, "got \(String(describing: first.killed)) \(String(describing: first.wounded))")
    }

    /// A reason clause names what the attacker objects to, not where the attack landed.
    @Test func aReasonClauseIsNoPlace() {
        let text = "A tanker was hit by three projectiles in the Red Sea on Wednesday. The group's spokesman said it had targeted the tanker with missiles because its owner had violated a ban on ports of occupied Palestine."
        let found = ExtractionFixture.main(text, published: "2024-08-22")
        #expect(!found.contains { $0.place == "Palestine" }, "got \(found.map { $0.place ?? "-" })")
        #expect(found.count == 1, "got \(found.map { $0.place ?? "-" })")
    }

    /// "at the terminal, east of the coastal city of Mukalla": the town measures where the site told before lies.
    @Test func aBearingBackToTheSiteIsTheSameEvent() {
        let text = "Houthi drones attacked the al-Dhabba oil terminal in Hadramawt governorate on Friday as a tanker was loading crude.\n\nTwo drones struck near the tanker's mooring at the terminal, east of the coastal city of Mukalla, on Friday evening, an official said. There were no casualties."
        let found = ExtractionFixture.main(text, published: "2022-10-22")
        #expect(found.count == 1, "got \(found.map { $0.place ?? "-" })")
    }

    /// "In the first wave, they hit the ports of X and Y": the sites of the operation told before, on its day, however
    /// often those ports were struck on other days told later.
    @Test func aSiteListBelongsToTheOperationToldBeforeIt() {
        let text = """
        Israeli warplanes struck ports and power stations in western Yemen early on Thursday, the military said.

        Twelve aircraft took part in two waves of strikes. In the first, they hit the ports of Hodeidah and Salif. In the second, they struck power stations in Sanaa.

        Israeli jets first struck Hodeidah on 20 July. On 29 September, Israeli aircraft struck the ports of Hodeidah and Salif again.
        """
        let found = ExtractionFixture.extract(text, published: "2024-12-20")
        let thursday = Day(year: 2024, month: 12, day: 19)!
        let places = Set(found.filter { $0.date == thursday }.compactMap(\.place))
        #expect(places.isSuperset(of: ["Hodeidah", "Salif", "Sanaa"]), "got \(found.map { "\(String(describing: $0.date)) \($0.place ?? "-")" })")
    }

    /// "launched dozens of rockets …, with some hitting the town of X": one barrage, an event; a count over a span or
    /// without a hit told is no event.
    @Test(arguments: [
        ("Early Sunday, the group launched dozens of rockets deeper into Israel than at any time since the start of the war, with some hitting the town of Kiryat Bialik near Haifa.", true),
        ("The militia fired scores of drones at the base in Erbil on Monday, two of which struck a hangar.", true),
        ("The group has fired hundreds of rockets at northern Israel since October, some of them hitting towns in the Galilee.", false),
        ("On Tuesday the militia fired dozens of rockets at northern Israel, setting fires in open areas.", false),
    ])
    func aBarrageWithHitsIsAnEvent(sentence: String, isEvent: Bool) {
        let found = ExtractionFixture.extract(sentence, published: "2024-09-22")
        #expect(found.isEmpty != isEvent, "got \(found.map { "\(String(describing: $0.date)) \($0.place ?? "-")" })")
    }
}
