import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fifty-second session (invented phrasings): days told as ordinals ("the second of June", "the third of
/// this month") and "last evening"; raids flown by aircraft; troops that kill as they storm a town; martyrdom
/// operations; "shot or hacked to death"; one named person beside "N others"; a speaker's city opening the sentence;
/// a day inside the week the sentence tells.
@Suite("Ordinal days, killing words and counted others")
struct OrdinalDaysAndKillingWordsTests {
    @Test(arguments: [
        ("Helicopters attacked a camp at Ain Dardara on the second of June.", "1994-06-02"),
        ("On the third of this month, jets bombed Nabatieh.", "1994-08-03"),
        ("Gunmen killed four policemen in Sidon on the twenty-first of last month.", "1994-07-21"),
        ("The blast on the 21st of this month killed two.", nil),
        ("A bomb went off in Tyre last evening.", "1994-08-04"),
    ])
    func ordinalDaysAndLastEvening(_ sentence: String, _ day: String?) {
        let found = TimeExpressions.find(in: sentence, published: Day(iso: "1994-08-05")).filter { $0.precision == .day }
        #expect(found.first?.date == day.flatMap { Day(iso: $0) })
    }

    @Test func ordinalWordsReadTheirDay() {
        #expect(DateWords.ordinalDay("second") == 2)
        #expect(DateWords.ordinalDay("twenty-first") == 21)
        #expect(DateWords.ordinalDay("thirty-first") == 31)
        #expect(DateWords.ordinalDay("21st") == 21)
        #expect(DateWords.ordinalDay("June") == nil)
    }

    /// Raids flown by jets or helicopters are air strikes; a police raid with arrests is no attack.
    @Test(arguments: ["Israeli jets carried out two raids on Nabatieh on Thursday.", "Helicopter gunships carried out a raid on Nabatieh on Thursday."])
    func raidsFlownByAircraftAreAirStrikes(_ sentence: String) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "1994-08-05"))
        #expect(found.eventType == .airstrike)
    }

    @Test func aPoliceRaidWithArrestsIsNoAttack() {
        #expect(ExtractionFixture.one("Police backed by helicopters carried out a raid on a house in Nabatieh on Thursday, arresting three.", published: "1994-08-05") == nil)
    }

    /// Troops that kill as they storm a town fight there; troops that only arrest do not.
    @Test func troopsStormingWithDeathsAreAClash() throws {
        let found = try #require(ExtractionFixture.one("Eleven people were killed when occupation forces stormed the town of Jabaliya on Wednesday night.", published: "2003-03-06"))
        #expect(found.killed == 11)
        #expect(found.date == Day(iso: "2003-03-05"))
        #expect(ExtractionFixture.one("Troops stormed the parliament in Gaza on Wednesday, arresting 20.", published: "2003-03-06") == nil)
    }

    @Test(arguments: [
        ("Yesterday afternoon a martyrdom operation destroyed a bus in Haifa, killing 17 people.", 17),
        ("Hamas claimed the martyrdom attack in Netanya on Tuesday, which killed five Israelis.", 5),
    ])
    func martyrdomOperationsAreBombings(_ sentence: String, _ killed: Int) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "2003-03-06"))
        #expect(found.eventType == .iedAttack)
        #expect(found.killed == killed)
    }

    @Test(arguments: [
        ("Twenty villagers were shot or hacked to death in Kosheh on Sunday.", 20),
        ("Gunmen shot to death five villagers in Kosheh on Sunday.", 5),
        ("Attackers hacked to death 12 farmers near Kosheh on Sunday.", 12),
    ])
    func killingsToDeathAreEvents(_ sentence: String, _ killed: Int) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "2000-01-05"))
        #expect(found.killed == killed)
        #expect(found.date == Day(iso: "2000-01-02"))
    }

    /// One named person beside "N others" is one more dead; a count of its own, a place or a day is not.
    @Test(arguments: [
        ("The opposition leader, Gamini Dissanayake, and 53 other people were killed when a bomb exploded in Colombo on Sunday.", 54),
        ("The governor and 12 others died when a bomb exploded in Kandy on Sunday.", 13),
        ("Two Americans and 12 others were killed when a bomb exploded in Kandy on Sunday.", 14),
    ])
    func aNamedPersonBesideOthers(_ sentence: String, _ killed: Int) throws {
        #expect(try #require(ExtractionFixture.one(sentence, published: "1994-10-25")).killed == killed)
    }

    @Test func aDayBeforeOthersNamesNoOne() {
        let c = ExtractionFixture.casualties("Five people were killed when a bomb exploded in Kandy on Sunday, and 12 others were wounded.")
        #expect(c.killed == 5)
        #expect(c.wounded == 12)
    }

    /// "In Tel Aviv, a spokeswoman for the army said …": where the speaker sits is not where it happened.
    @Test func aSpeakersCityIsNotThePlace() throws {
        let found = ExtractionFixture.main(headline: "Jets hit a house in Sidon",
                                           "Eight civilians were killed last night when Israeli warplanes destroyed a house in Sidon.",
                                           "In Tel Aviv, a spokeswoman for the Israeli army said the house in Sidon had been hit by mistake.",
                                           published: "1994-08-05")
        #expect(found.count == 1)
        #expect(found.first?.place == "Sidon")
    }

    /// A day inside the week a sentence tells is the finer reading of it.
    @Test func aDayInsideTheWeekToldIsTheEventsDay() throws {
        let found = try #require(ExtractionFixture.one("Iraqi forces stormed the camp last week, killing 34, in the April 8 assault on Camp Ashraf.", published: "2011-04-15"))
        #expect(found.date == Day(iso: "2011-04-08"))
    }
}

/// More rules of the fifty-second session: a village named with its noun in a sentence that tells no event is known by
/// its bare name in the reports; a relative clause between a count and its verb; troops storming a rebel position;
/// "together with at least twenty"; "beaten to death".
@Suite("Named villages, relative clauses and positions stormed")
struct NamedVillagesAndPositionsTests {
    @Test func aVillageNamedInTheLeadIsKnownByItsBareName() throws {
        let found = ExtractionFixture.main(headline: "Rights group condemns killing of villagers",
                                           "The association condemns the killing of twenty-one villagers in and around the village of Kafr Barakat, in the governorate of Sohag.",
                                           "On Sunday, 2 January 2000, armed men entered the village. Twenty villagers were shot or hacked to death in Kafr Barakat and its fields.",
                                           published: "2000-01-05")
        let event = try #require(found.first)
        #expect(event.place == "Kafr Barakat")
        #expect(event.killed == 20)
    }

    /// Places added to the gazetteer this session: Gaza's camps, Delhi's quarters, Dehiwala.
    @Test(arguments: [
        ("An air strike hit a residential block in al-Maghazi refugee camp on Sunday, killing 70.", "Maghazi", "Palestine"),
        ("A bomb exploded in Karol Bagh on Saturday, killing 11.", "Karol Bagh", "India"),
        ("A bomb exploded on a train at Dehiwala on Wednesday, killing 57.", "Dehiwala-Mount Lavinia", "Sri Lanka"),
    ])
    func placesAddedThisSession(_ sentence: String, _ place: String, _ country: String) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "2023-12-25"))
        #expect(found.place == place)
        #expect(found.country == country)
    }

    @Test(arguments: [
        ("Three workers who had gone to the fields were shot dead in Ramallah on Thursday.", 3),
        ("Two soldiers who had driven into the city in a civilian car were beaten to death by a crowd in Ramallah on Thursday.", 2),
    ])
    func aRelativeClauseBetweenCountAndVerb(_ sentence: String, _ killed: Int) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "2000-10-13"))
        #expect(found.killed == killed)
        #expect(found.date == Day(iso: "2000-10-12"))
    }

    /// An active verb after a relative clause is no passive count ("a soldier who was off duty … killed both attackers").
    @Test func anActiveVerbAfterARelativeClauseCountsNoOne() {
        #expect(ExtractionFixture.casualties("A soldier who was off duty and an armed civilian nearby exchanged fire with them and killed both attackers.").killed != 1)
    }

    @Test func troopsStormingARebelPositionFight() throws {
        let found = try #require(ExtractionFixture.one("On Friday morning army units stormed the last position held by the rebels, a fortified cave in the Marran mountains of Saada.",
                                                       published: "2004-09-12"))
        #expect(found.eventType == .armedClash)
        #expect(found.date == Day(iso: "2004-09-10"))
    }

    @Test(arguments: [
        ("Gunmen attacked a checkpoint in Saada on Friday; a commander was killed along with twenty-five of his men.", 26),
        ("Gunmen attacked a checkpoint in Saada on Friday; the commander was killed together with at least thirty of his men.", 31),
    ])
    func tensWordsJoinTheToll(_ sentence: String, _ killed: Int) throws {
        #expect(try #require(ExtractionFixture.one(sentence, published: "2004-09-12")).killed == killed)
    }
}
