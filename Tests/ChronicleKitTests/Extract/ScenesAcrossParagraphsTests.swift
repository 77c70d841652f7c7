import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fiftieth session (invented phrasings): a day that opens a narrative two paragraphs up dates the event
/// the narrative reaches; a state named by its adjective on a weapon's model ("an Iraqi Scud missile") fired it; people
/// killed in fighting; mortars among infantry arms; a group that leads its allies; the day of an aftermath before "after";
/// the time of knowing; buses that went off; armed men who burst into a house.
@Suite("Scenes across paragraphs")
struct ScenesAcrossParagraphsTests {
    /// The scene opens with its day; the event is told two paragraphs down, with no day and no event in between.
    @Test(arguments: [
        ("On Tuesday night a convoy of fuel tankers stopped at a checkpoint outside Baqubah.", "2024-05-07"),
        ("On Monday evening, a crowd gathered around a broken-down lorry on the road outside Baqubah.", "2024-05-06"),
        ("On 5 May a column of pick-up trucks reached the edge of Baqubah.", "2024-05-05"),
    ])
    func aSceneOpenedWithItsDayDatesTheEventItReaches(_ opening: String, _ day: String) throws {
        let text = """
        Night at the checkpoint

        \(opening) The drivers would not say what they carried.

        Accounts differ about what followed, and the army has opened an inquiry.

        Residents said the guards opened fire on people who had gathered around the trucks in Baqubah, killing three men.
        """
        let found = ExtractionFixture.extract(text, published: "2024-05-09")
        let clash = try #require(found.first { $0.killed == 3 })
        #expect(clash.date == Day(iso: day), "\(found.map { ($0.date, $0.dateText) })")
    }

    /// Not a day that merely stands at the head of a paragraph ("Tuesday was quiet"), nor one three paragraphs up.
    @Test(arguments: [
        "Tuesday was quiet in Baqubah. The drivers would not say what they carried.\n\nAccounts differ about what followed, and the army has opened an inquiry.",
        "On Tuesday night a convoy of fuel tankers stopped at a checkpoint outside Baqubah.\n\nThe drivers would not say what they carried.\n\nAccounts differ about what followed, and the army has opened an inquiry.",
    ])
    func noDayFromAnythingElse(_ before: String) {
        let text = """
        Night at the checkpoint

        \(before)

        Residents said the guards opened fire on people who had gathered around the trucks in Baqubah, killing three men.
        """
        let found = ExtractionFixture.extract(text, published: "2024-05-09")
        #expect(found.contains { $0.killed == 3 && $0.date == nil }, "\(found.map { ($0.date, $0.dateText, $0.killed) })")
    }

    @Test(arguments: [
        ("An Iraqi Scud missile slammed into a block of flats in Haifa late on Tuesday, killing two people.", "Iraq"),
        ("A Syrian ballistic missile hit the town of Reyhanli on Tuesday, killing two people.", "Syria"),
        ("A French cruise missile struck a depot near Raqqa on Tuesday, killing two guards.", "France"),
        ("An Iranian cruise missile struck a tanker off Fujairah on Tuesday, killing two sailors.", "Iran"),
    ])
    func theStateOnTheWeaponFiredIt(_ sentence: String, _ state: String) throws {
        let strike = try #require(ExtractionFixture.one(sentence, published: "2024-05-09"))
        #expect(strike.perpetrator == state, "\((strike.perpetrator, strike.suspected))")
    }

    /// A national of the state among the victims is no perpetrator.
    @Test func aVictimsNationalityNamesNoPerpetrator() throws {
        let bomb = try #require(ExtractionFixture.one("A roadside bomb killed two Iraqi soldiers near Tikrit on Tuesday.", published: "2024-05-09"))
        #expect(bomb.perpetrator == "unknown")
    }

    /// Bombs dropped by an aircraft named by its model are an air strike, by whoever flew it.
    @Test(arguments: [
        ("Late on Tuesday a Russian Su-24 dropped four bombs on a market in Idlib, killing nine people.", "Russia"),
        ("A US Air Force F-16C dropped two 500-pound bombs on a farmhouse near Baqubah on Tuesday, killing six people.", "US military (United States)"),
        ("On Tuesday an Israeli F-15I dropped a one-tonne bomb on a building in Gaza City, killing nine people.", "Israel"),
    ])
    func bombsDroppedByAModelAreAnAirStrike(_ sentence: String, _ state: String) throws {
        let strike = try #require(ExtractionFixture.one(sentence, published: "2024-05-09"))
        #expect(strike.eventType == .airstrike)
        #expect(strike.perpetrator == state, "\((strike.eventType, strike.perpetrator))")
    }

    /// Fighting is a clash when people die in it or it breaks out; not a war's fighting nor a verb.
    @Test(arguments: [
        ("At least nine people were killed in fighting in the Aley district on Sunday.", true),
        ("Eleven fighters died in the fierce fighting around Aley on Sunday.", true),
        ("Fighting broke out in Aley on Sunday, killing nine people.", true),
        ("The fighting in Syria has displaced millions since 2011.", false),
        ("Hezbollah was fighting in Syria on Sunday.", false),
    ])
    func fightingThatKillsIsAClash(_ sentence: String, _ isEvent: Bool) {
        let found = ExtractionFixture.extract("Fighting\n\n\(sentence)\n", published: "2008-05-12")
        #expect(found.contains { $0.eventType == .armedClash } == isEvent, "\(found.map { ($0.eventType, $0.killed) })")
    }

    /// Mortars or launchers named with the arms of infantry are a ground fight; mortars alone are shelling.
    @Test(arguments: [
        ("Gunmen attacked the village of Bsous on Sunday with mortars, rocket-propelled grenades and machine guns, killing four people.", EventType.armedClash),
        ("Militants armed with rifles and mortars attacked an army post near Arish on Sunday, killing four soldiers.", .armedClash),
        ("Militants launched an armed assault with mortar support on an army post near Arish on Sunday, killing four soldiers.", .armedClash),
        ("Militants fired mortars at an army post near Arish on Sunday, killing four soldiers.", .mortarAttack),
    ])
    func infantryArmsMakeAGroundFight(_ sentence: String, _ type: EventType) throws {
        let attack = try #require(ExtractionFixture.one(sentence, published: "2008-05-12"))
        #expect(attack.eventType == type)
    }

    @Test func aGroupLeadingItsAlliesDidIt() throws {
        let attack = try #require(ExtractionFixture.one("At dawn on Sunday, fighters of Hezbollah and its allies attacked villages near Aley, killing four people.", published: "2008-05-12"))
        #expect(attack.perpetrator == "Hezbollah")
    }

    /// The day before "after" is the aftermath's when the event after it tells a day of its own.
    @Test(arguments: [
        ("Hospitals were still identifying the dead Monday after car bombs ripped through two markets in Karrada at dusk Sunday, killing 40 people.", "2006-03-12"),
        ("Police arrested two men on Monday after a bomb exploded in Karrada on Sunday, killing five people.", "2006-03-12"),
        ("Rescuers were still searching the rubble on Monday after an airstrike hit a building in Karrada on 11 March, killing five people.", "2006-03-11"),
    ])
    func theAftermathsDayIsNotTheEvents(_ sentence: String, _ day: String) throws {
        let event = try #require(ExtractionFixture.one(sentence, published: "2006-03-13"))
        #expect(event.date == Day(iso: day), "\((event.date, event.dateText))")
    }

    /// "what is known this morning": the time an account stood at, not the event's.
    @Test func theTimeOfKnowingIsNotTheEvents() throws {
        let text = """
        Digest

        Underpass bomb: what is known this morning

        A bomb exploded in the underpass beneath Pushkin Square in Moscow on Tuesday evening, killing seven people.
        """
        let found = ExtractionFixture.extract(text, published: "2000-08-09")
        let bomb = try #require(found.first)
        #expect(bomb.date == Day(iso: "2000-08-08"), "\(found.map { ($0.date, $0.dateText) })")
    }

    /// The subject of an air raid told before its munitions ("carried out an air raid, when a light aircraft dropped bombs").
    @Test func theRaidersSubjectOwnsItsBombs() throws {
        let text = "Air raid\n\nThe Tamil Tigers carried out their first ever air raid early on Monday, when a light aircraft dropped bombs on the air force base at Katunayake, killing three airmen.\n"
        let found = ExtractionFixture.extract(text, published: "2007-03-27")
        let raid = try #require(found.first)
        #expect(raid.perpetrator == "Liberation Tigers of Tamil Eelam", "\(found.map { ($0.perpetrator, $0.eventType) })")
    }

    /// A vehicle that went off carried a bomb, even when the sentence also calls it an attack (a weapon named beside it,
    /// "a drone struck a car, which exploded", is what hit).
    @Test(arguments: [
        ("Two empty buses exploded on Thursday evening in a depot in Holon, in what police called a coordinated terrorist attack.", EventType.iedAttack),
        ("A parked car blew up on Thursday evening outside a bank in Holon, in what police called a terrorist attack.", .iedAttack),
        ("A drone struck a car on Thursday evening near Tyre, which exploded, killing two men.", .droneAttack),
    ])
    func aVehicleThatWentOffCarriedABomb(_ sentence: String, _ type: EventType) throws {
        let event = try #require(ExtractionFixture.one(sentence, published: "2025-02-21"))
        #expect(event.eventType == type, "\((event.eventType, event.place))")
    }

    /// Armed men forcing their way into a home or a hall is an attack, told without an attack word; people breaking into
    /// a shop are not armed men.
    @Test(arguments: [
        ("Shortly after midnight on Sunday, a group of gunmen blocked both ends of the street in Kirkuk and burst into the house where a wedding was held.", true),
        ("On Sunday evening masked men armed with knives barged into the ticket hall of the station in Kirkuk and began stabbing passengers.", true),
        ("On Sunday evening thieves broke into a jewellery shop in Kirkuk and took gold worth thousands of dollars.", false),
    ])
    func armedMenBurstingIntoAHouseAttackIt(_ sentence: String, _ isEvent: Bool) {
        let found = ExtractionFixture.extract("Night\n\n\(sentence)\n", published: "2010-02-01")
        #expect(!found.isEmpty == isEvent, "\(found.map { ($0.eventType, $0.place) })")
    }

    /// A scene dated twice over ("On Tuesday of last week, 13 May") dates the attack the paragraph goes on to tell.
    @Test func aSceneDatedByWeekdayAndDate() throws {
        let text = """
        Raid

        On Tuesday of last week, 13 May, at about noon, three pick-up trucks drove into Tikrit. The men in them wore army uniforms. Within minutes the fighters had attacked the police headquarters and the market, killing 12 people.
        """
        let found = ExtractionFixture.extract(text, published: "2014-05-20")
        let raid = try #require(found.first { $0.killed == 12 })
        #expect(raid.date == Day(iso: "2014-05-13"), "\(found.map { ($0.date, $0.dateText) })")
    }

    /// Gunmen storming a family's ceremony attack its guests; storming an army post is a clash.
    @Test(arguments: [
        ("Masked gunmen stormed an engagement ceremony near Mardin late on Monday and opened fire, killing 20 people.", EventType.other),
        ("Gunmen stormed a circumcision ceremony in a village of Mardin province late on Monday and opened fire with automatic rifles, killing 12 people, among them four children.", .other),
        ("Gunmen stormed an army post near Mardin late on Monday, killing 20 soldiers.", .armedClash),
    ])
    func stormingACeremonyAttacksItsGuests(_ sentence: String, _ type: EventType) throws {
        let attack = try #require(ExtractionFixture.one(sentence, published: "2009-05-05"))
        #expect(attack.eventType == type, "\((attack.eventType, attack.place))")
    }
}
