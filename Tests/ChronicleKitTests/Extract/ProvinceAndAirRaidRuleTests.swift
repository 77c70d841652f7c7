import Foundation
import Testing
@testable import ChronicleKit

/// Rules written after reading devset16's failures (eleventh session), each tested on phrasings of our own: the
/// provinces of the neighbouring countries as places, a list of provinces as one incident per province, an air
/// power's "raids" as air raids, and a "READ:" link line as page furniture.
@Suite("Provinces and air raids")
struct ProvinceAndAirRaidRuleTests {
    @Test(arguments: [
        ("Israeli warplanes struck military targets in the provinces of Tehran, Khuzestan and Ilam on Saturday.", ["Tehran", "Khuzestan", "Ilam"]),
        ("Warplanes struck the governorates of Marib, Shabwah and Abyan on Saturday, the ministry said.", ["Marib", "Shabwah", "Abyan"]),
        ("US and British jets struck targets in Sanaa and the provinces of Hodeidah, Taiz and Saada on Saturday.", ["Sanaa", "Hodeidah", "Taiz", "Saada"]),
    ])
    func aListOfProvincesIsOneIncidentPerProvince(sentence: String, places: [String]) {
        let found = ExtractionFixture.main(sentence, published: "2024-10-27")
        #expect(Set(found.map(\.place)) == Set(places), "got \(found.map(\.place))")
        #expect(found.allSatisfy { $0.date == Day(year: 2024, month: 10, day: 26) })
    }

    /// A province named like its capital is the province when the text says so, and the town otherwise.
    @Test func aTownNamedAsProvinceIsTheProvince() throws {
        let kb = ExtractionFixture.kb
        let province = try #require(ExtractionFixture.main("Turkish jets struck PKK hideouts in Hakkari province on Saturday.", published: "2024-10-27").first)
        #expect(province.place == "Hakkari")
        #expect(province.placeID.flatMap { kb.gazetteer.place(id: $0) }?.kind == .admin1)
        let town = try #require(ExtractionFixture.main("A bomb exploded in a market in Hakkari on Saturday.", published: "2024-10-27").first)
        #expect(town.placeID.flatMap { kb.gazetteer.place(id: $0) }?.kind == .city)
    }

    /// The neighbours' provinces hold their towns: a town is inside its province for grouping and merging.
    @Test func neighbourProvincesHoldTheirTowns() throws {
        let g = ExtractionFixture.kb.gazetteer
        for (town, province) in [("Dezful", "Khuzestan"), ("Cizre", "Sirnak"), ("Kiryat Shmona", "Northern District")] {
            let t = try #require(g.place(named: town), "\(town)")
            #expect(g.ancestors(of: t).contains { $0.kind == .admin1 && $0.name == province }, "\(town) in \(g.ancestors(of: t).map(\.name).joined(separator: ", "))")
        }
    }

    @Test(arguments: [
        "At the end of March, Israeli raids on the Aleppo countryside killed dozens of soldiers.",
        "Turkish raids on the Qandil mountains on Friday destroyed several shelters, the ministry said.",
        "Russian raids hit the outskirts of Idlib on Friday.",
    ])
    func anAirPowersRaidsAreAirRaids(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2024-10-27")
        #expect(found.count == 1, "got \(found.map(\.place))")
        #expect(found.first?.eventType == .airstrike, "got \(found.map(\.eventType))")
    }

    /// Raids with troops on the ground stay raids: no air strike, and no event without a toll or fire.
    @Test(arguments: [
        "Israeli raids on homes in Khiam on Friday ended with the arrest of two men.",
        "Turkish special forces raids on a village near Duhok on Friday detained four suspects.",
    ])
    func groundRaidsAreNotAirRaids(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2024-10-27")
        #expect(!found.contains { $0.eventType == .airstrike }, "got \(found.map(\.eventType))")
    }

    @Test(arguments: ["READ: Syria says Israeli missiles target Damascus countryside", "Read: Rockets hit US base in Syria",
                      "WATCH: Drone strike on Erbil airport"])
    func aReadLinkLineIsFurniture(line: String) {
        #expect(Boilerplate.isFurniture(line))
        let body = "Clashes near Deir ez-Zor kill four\nFour fighters were killed in clashes near Deir ez-Zor on Sunday, a monitor said.\n\(line)\nThe monitor gave no further details."
        let found = ExtractionFixture.extract(body, published: "2024-06-03")
        #expect(found.count == 1, "got \(found.map(\.place))")
    }
}

/// More rules from devset16's failures: attacks cut short, spots at sea, two days one apart, spans without attacks,
/// tallies of targets, datelines closed up to the lead, a sea naming a port town, and an air power's raid on a town.
@Suite("Sea, midnight and dateline rules")
struct SeaMidnightDatelineRuleTests {
    @Test(arguments: [
        "Late last night, coalition forces at Ain al-Asad Air Base shot down a one-way attack drone before it could reach the base.",
        "Air defences over Erbil airport downed a drone late last night before it could hit the runway.",
    ])
    func anAttackCutShortIsStillAnEvent(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2023-12-08")
        #expect(found.count == 1, "got \(found.map(\.place))")
        #expect(found.first?.date == Day(year: 2023, month: 12, day: 7))
    }

    @Test(arguments: [
        "The bulk carrier was hit by drone boats about 51 nautical miles southwest of the Houthi-held port of Hodeidah on Sunday.",
        "A merchant vessel was struck by a missile 68NM southwest of Al Hudaydah on Sunday.",
    ])
    func aSpotMeasuredAtSeaIsNotThePort(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-06-12")
        #expect(found.count == 1)
        #expect(found.first?.place != "Hodeidah" && found.first?.place != "Hodeidah port", "got \(found.map(\.place))")
    }

    @Test(arguments: ["the Red Sea port city of Hodeidah", "the Red Sea port of Hodeidah", "the Red Sea coastal town of Hodeidah"])
    func aSeaDescribingAPortTownIsNotThePlace(phrase: String) {
        let found = ExtractionFixture.main("Coalition jets hit a telecommunications building in \(phrase) on Friday, killing three children.", published: "2022-01-22")
        #expect(found.map(\.place).allSatisfy { $0?.hasPrefix("Hodeidah") == true }, "got \(found.map(\.place))")
    }

    /// "On Sunday" and "on Monday evening" are two days; "late Sunday" and "early Monday" may be one night.
    @Test func namedDaysOneApartAreTwoEventsUnlessAcrossMidnight() {
        let two = ExtractionFixture.main("""
        Houthi fighters attacked the bulk carrier Eternity C in the Red Sea with drone boats on Monday evening.
        On Sunday, the bulk carrier Magic Seas was hit by drone boats in the Red Sea.
        """, published: "2025-07-09")
        #expect(Set(two.compactMap(\.date)) == [Day(year: 2025, month: 7, day: 6), Day(year: 2025, month: 7, day: 7)], "got \(two.map(\.date))")
        let one = ExtractionFixture.main("""
        A drone struck the Harir base late on Sunday, officials said.
        The drone attack early on Monday caused no casualties, the Pentagon said.
        """, published: "2025-07-09")
        #expect(one.count == 1, "got \(one.map(\.date))")
    }

    @Test(arguments: [
        "The attacks end a lull of seven months in Houthi strikes on ships off Hodeidah, which followed a ceasefire in January.",
        "Since November 2023 the group has attacked more than 100 merchant vessels off Hodeidah, killing at least eight seafarers.",
        "So far this year militants have targeted more than 40 convoys near Kirkuk.",
    ])
    func spansAndTalliesAreNotEvents(sentence: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2025-07-09").isEmpty)
    }

    @Test func aWaveOfManyTargetsOnOneDayIsAnEvent() {
        #expect(ExtractionFixture.main("Israeli jets struck more than 100 targets near Tyre on Monday.", published: "2024-09-24").count == 1)
    }

    @Test func anAirPowersRaidOnATownIsAnAirstrike() {
        let found = ExtractionFixture.main("On Monday the Saudi-led coalition raided Sanaa, hitting the house of a retired officer and killing 14 people.", published: "2022-01-22")
        #expect(found.map(\.eventType) == [.airstrike], "got \(found.map(\.eventType))")
    }

    @Test(arguments: [
        ("SANA'A, Jan. 22 (Debriefer)--The death toll of an airstrike on a prison in Saada rose to 87, the ministry said.", "SANA'A, Jan. 22"),
        ("ADEN, March 3 (Xinhua)—Gunmen killed two soldiers at a checkpoint in Lahj province on Sunday, officials said.", "ADEN, March 3"),
    ])
    func aDatelineClosedUpToTheLeadIsADateline(line: String, expected: String) {
        let c = TextCleaner.clean("Prison strike toll rises\nYemen News in English\n1642851360\n\(line)\nRescuers kept digging.", hasTitle: false)
        #expect(c.dateline == expected)
        #expect(c.paragraphs.contains { $0.hasPrefix("The death toll") || $0.hasPrefix("Gunmen killed") })
    }
}

/// The start of a span of fighting, and the places a list adds to an operation.
@Suite("Spans and operation sites")
struct SpanAndOperationSiteRuleTests {
    @Test(arguments: [
        "Since the clashes along the Blue Line began on October 8, more than 330 people have been killed in Lebanon.",
        "Since the fighting erupted on 7 October, at least 40 soldiers have died near Kirkuk.",
    ])
    func theStartOfASpanIsNoEvent(sentence: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-03-28").isEmpty)
    }

    /// "Strikes on A and B" after a dated, attributed wave: B takes the wave's day, attacker and type as A does.
    @Test func aListedPlaceTakesTheOperationsAttackerAndType() {
        let found = ExtractionFixture.main("""
        Israel launched a new wave of air strikes on southern Lebanon on Wednesday.
        Strikes on the towns of Tayr Harfa and Naqoura killed five people, security sources said.
        """, published: "2024-03-28")
        #expect(Set(found.map(\.place)) == ["Tayr Harfa", "Naqoura"], "got \(found.map(\.place))")
        #expect(found.allSatisfy { $0.eventType == .airstrike && $0.perpetrator == "Israel" && $0.date == Day(year: 2024, month: 3, day: 27) },
                "got \(found.map { "\($0.eventType) \($0.perpetrator ?? "-") \(String(describing: $0.date))" })")
    }
}

/// A town the gazetteer lacks, named where the sentence names no known place.
@Suite("Unlisted towns without a known place")
struct UnlistedTownRuleTests {
    @Test(arguments: [
        "An Israeli strike destroyed a civil defence centre in the southern border town of Habbariyeh before dawn on Wednesday, killing seven paramedics.",
        "Gunmen attacked a checkpoint near the village of Umm al-Tiyour on Wednesday, killing two guards.",
    ])
    func aDatedReportAtAnUnlistedTownIsPlacedThere(sentence: String) throws {
        let found = ExtractionFixture.main(sentence, published: "2024-03-28")
        let inc = try #require(found.first)
        #expect(found.count == 1)
        #expect(inc.place.map { sentence.contains($0) } == true, "got \(String(describing: inc.place))")
        #expect(inc.placeID == nil)
    }

    /// Named again beside a known town, it is one event, in that town's country.
    @Test func theSameUnlistedTownNamedAgainIsOneEvent() throws {
        let found = ExtractionFixture.extract("""
        The group said the attack answered the killing of its fighters in an Israeli strike in the town of Ain Baal on Tuesday.
        The army confirmed that it had struck Ain Baal, near Tyre, on Tuesday.
        """, published: "2024-04-18")
        #expect(found.count == 1, "got \(found.map(\.place))")
        #expect(found.first?.place == "Ain Baal")
        #expect(found.first?.country == "Lebanon")
    }

    /// An undated reference naming an unlisted town does not split off from the event told at a known place.
    @Test func anUndatedMentionDoesNotSplitTheEvent() {
        let found = ExtractionFixture.main("""
        Israeli strikes near Aleppo killed 17 people early on Monday, a monitor said.
        The monitor said the raids hit a factory in the town of Hayyan, north-west of the city.
        """, published: "2024-06-03")
        #expect(found.count == 1, "got \(found.map(\.place))")
    }
}

/// A building named after a town, and a toll told back on a later day.
@Suite("Buildings and toll days")
struct BuildingAndTollDayRuleTests {
    @Test(arguments: [
        ("A suicide bomber struck the Amara Culture Centre in Suruç on Monday, killing 31 people.", "Suruç"),
        ("Gunmen stormed the Mosul Hotel in Erbil on Monday, killing two guards.", "Erbil"),
    ])
    func aBuildingNamedAfterATownIsInTheTownNamedNext(sentence: String, place: String) {
        let found = ExtractionFixture.main(sentence, published: "2015-07-22")
        #expect(found.map(\.place) == [place], "got \(found.map(\.place))")
    }

    @Test func aTollToldBackKeepsTheAttacksDay() {
        let found = ExtractionFixture.main("""
        A suicide bombing hit a cultural centre in Suruç on Monday, killing 31 people.
        The death toll of the Suruç bombing rose to 32 on Wednesday, the health ministry said.
        """, published: "2015-07-22")
        #expect(found.count == 1, "got \(found.map(\.date))")
        #expect(found.first?.date == Day(year: 2015, month: 7, day: 20))
        #expect(found.first?.killed == 32 || found.first?.killedHigh == 32, "got \(String(describing: found.first?.killed))")
    }

    /// The lead's own toll sentence may be all it says of the day: "an attack … rose to eleven on Tuesday" keeps it.
    @Test func aLeadTollOfAnAttackKeepsItsDay() {
        let found = ExtractionFixture.main("The death toll of an ISIS attack on a village near Muqdadiyah rose to eleven on Tuesday, a security source said.", published: "2021-10-27")
        #expect(found.first?.date == Day(year: 2021, month: 10, day: 26), "got \(found.map(\.date))")
    }
}

/// Several bombings of one day in one city, each with its own place and toll.
@Suite("Separate tolls at separate places")
struct SeparateTollRuleTests {
    @Test func bombingsWithTheirOwnTollsAreSeparateEvents() {
        let found = ExtractionFixture.main("""
        A car bomb exploded at a market in Sadr City on Wednesday morning, killing at least 64 people and wounding 87.
        Hours later, a suicide bomber blew himself up at a checkpoint in Kadhimiya, killing 17 people, and another car bomb exploded in the Jamia neighbourhood of western Baghdad, killing eight.
        """, published: "2016-05-11")
        #expect(Set(found.map(\.place)) == ["Sadr City", "Kadhimiya", "Jamia, Baghdad"], "got \(found.map(\.place))")
        #expect(Set(found.compactMap(\.killed)) == [64, 17, 8], "got \(found.map(\.killed))")
    }

    /// The toll retold at another name of the same place stays one event.
    @Test func aTollRetoldStaysOneEvent() {
        let found = ExtractionFixture.main("""
        A car bomb exploded at a market in Sadr City on Wednesday, killing at least 64 people.
        The bombing in Sadr City killed 64 people, police said.
        """, published: "2016-05-11")
        #expect(found.count == 1, "got \(found.map(\.place))")
    }
}

/// Opposition outlets' name for the Syrian army, and "later in the afternoon" as the day told before.
@Suite("Regime names and later in the day")
struct RegimeNameAndLaterRuleTests {
    @Test(arguments: ["Assad militias", "Assad forces", "Assad regime forces"])
    func assadsForcesAreTheSyrianArmy(name: String) throws {
        let inc = try #require(ExtractionFixture.main("A suicide drone launched by \(name) hit a car near Atarib on Tuesday, killing two farm workers.", published: "2024-09-11").first)
        #expect(inc.perpetrator == "Syrian army", "got \(String(describing: inc.perpetrator))")
        #expect(inc.eventType == .airstrike)
    }

    @Test(arguments: ["later in the afternoon", "later in the day", "later in the evening"])
    func laterInTheDayIsTheDayToldBefore(phrase: String) {
        let found = ExtractionFixture.main("""
        A drone hit a car in Atarib on Tuesday, killing two workers.
        A second suicide drone hit a civilian car near the village of Kafr Amma, north of Atarib, \(phrase), wounding its driver.
        """, published: "2024-09-11")
        #expect(found.count == 2, "got \(found.map(\.place))")
        #expect(found.allSatisfy { $0.date == Day(year: 2024, month: 9, day: 10) }, "got \(found.map(\.date))")
    }
}
