import Foundation
import Testing
@testable import ChronicleKit

/// Place and relative-date rules read off wire copy in general (invented phrasings in several outlets' styles,
/// US and British spelling, and negatives that must not fire).
@Suite("PlaceDateRules")
struct PlaceDateRuleTests {
    func incidents(_ body: String, dateline: String = "BEIRUT", published: String = "2024-06-12") -> [Incident] {
        ExtractionFixture.extract("Security update\n\n\(dateline) – \(body)\n", published: published)
    }

    // MARK: - A bearing town told "in" its province

    /// "east of X in the eastern Y countryside": the town measured from is the most specific place given, and the
    /// province only says where the town is.
    @Test(arguments: [
        ("Islamic State fighters ambushed an army convoy east of al-Sukhnah in the eastern Homs countryside on Tuesday, killing 12 soldiers.", "sukhnah"),
        ("Gunmen attacked a checkpoint west of Saraqib in rural Idlib on Tuesday, killing two fighters.", "saraqib"),
        ("A roadside bomb struck a military vehicle north of Hajin in Deir ez-Zor province on Tuesday, wounding three soldiers.", "hajin"),
        ("Militants ambushed a patrol south of Baiji in the northern Salahuddin province on Tuesday, killing a soldier.", "baiji"),
    ])
    func bearingTownInItsProvinceWins(sentence: String, expected: String) {
        let ids = incidents(sentence).compactMap(\.placeID)
        #expect(ids.contains(expected), "\(ids)")
    }

    /// The province set apart by a comma, or a town of another province: the bearing stays a bearing.
    @Test(arguments: [
        ("Gunmen opened fire on truffle hunters east of Palmyra, in Homs province, on Tuesday, killing 12 people.", "palmyra"),
        ("A roadside bomb struck a convoy south of Baghdad in Babil province on Tuesday, killing two soldiers.", "baghdad"),
    ])
    func bearingSetApartIsNotThePlace(sentence: String, notExpected: String) {
        let ids = incidents(sentence).compactMap(\.placeID)
        #expect(!ids.isEmpty)
        #expect(!ids.contains(notExpected), "\(ids)")
    }

    // MARK: - A town the gazetteer never matches by its bare name

    /// "the city of Jasim": the gazetteer holds Jasim but never matches the bare word (it is also a given name);
    /// named by a place noun inside the province the sentence gives, it is that town.
    @Test(arguments: [
        "Clashes broke out on Saturday in the city of Jasim, in the northern countryside of Daraa, killing four gunmen.",
        "Gunmen attacked a checkpoint in the town of Jasim in Daraa province on Saturday, killing two local fighters.",
    ])
    func placeNounNamesAnUnmatchedTown(sentence: String) {
        let ids = incidents(sentence, dateline: "DARAA", published: "2022-10-16").compactMap(\.placeID)
        #expect(ids.contains("jasim"), "\(ids)")
    }

    @Test func listedTownNeedsToLieInsideTheCoarsePlace() throws {
        let gaz = ExtractionFixture.kb.gazetteer
        let daraa = try #require(gaz.place(id: "daraa-governorate"))
        let idlib = try #require(gaz.place(id: "idlib-governorate"))
        #expect(UnlistedPlace.listedTown(named: "Jasim", inside: daraa, gazetteer: gaz)?.id == "jasim")
        #expect(UnlistedPlace.listedTown(named: "Jasim", inside: idlib, gazetteer: gaz) == nil)
        #expect(UnlistedPlace.listedTown(named: "Nowhereville", inside: daraa, gazetteer: gaz) == nil)
    }

    // MARK: - Spelling variants of a site's name

    @Test(arguments: [("Rumalyn", "Rumeilan"), ("Qamishlo", "Qamishli"), ("Mayadeen", "al-Mayadin"), ("Rmeilan base", "Rumeilan")])
    func vowelVariantsShareASkeleton(a: String, b: String) {
        #expect(ArticleEvents.sameSkeleton(a, b))
    }

    @Test(arguments: [("Hawler", "Erbil"), ("Tal Abyad", "Ras al-Ain"), ("Hit", "Hayt"), ("Tower 22", "Rukban")])
    func differentNamesDoNot(a: String, b: String) {
        #expect(!ArticleEvents.sameSkeleton(a, b))
    }

    /// A site the text spells otherwise reads with the gazetteer's name (one page per place); a town keeps the
    /// article's spelling when it only differs from GeoNames' transliteration.
    @Test func siteVariantReadsAsTheGazetteerName() {
        let inc = incidents("A one-way attack drone struck Rumalyn Landing Zone in northeastern Syria on Friday, wounding eight US service members.",
                            dateline: "WASHINGTON", published: "2024-08-10")
        #expect(inc.contains { $0.placeID == "rumeilan" && $0.place == "Rumeilan" }, "\(inc.map { ($0.placeID, $0.place) })")
    }

    @Test func townKeepsTheArticlesSpelling() {
        let inc = incidents("Gunmen opened fire on a police patrol in Fuheis on Friday, killing two officers.", dateline: "AMMAN", published: "2018-08-11")
        #expect(inc.contains { $0.placeID == "fuhays" && $0.place == "Fuheis" }, "\(inc.map { ($0.placeID, $0.place) })")
    }

    // MARK: - "In May last year"

    let pub = Day(year: 2024, month: 1, day: 19)!

    @Test(arguments: [
        ("In May last year, an air strike killed a trafficker and his family.", "2023-05-01"),
        ("The depot was bombed in March of last year, residents said.", "2023-03-01"),
        ("In October the previous year, gunmen stormed the prison.", "2023-10-01"),
        ("A similar raid took place in January this year.", "2024-01-01"),
    ])
    func monthWithYearWordIsThatMonth(sentence: String, expected: String) throws {
        let t = try #require(TimeExpressions.find(in: sentence, published: pub).first)
        #expect(t.date?.description == expected)
        #expect(t.precision == .month)
    }

    /// Without a year word a month is the latest one on or before publication, as before; "last year" alone a year.
    @Test func bareMonthAndLastYearKeepTheirReadings() throws {
        let may = try #require(TimeExpressions.find(in: "In May, an air strike killed a trafficker.", published: pub).first)
        #expect(may.date?.description == "2023-05-01")
        let year = try #require(TimeExpressions.find(in: "Attacks rose sharply last year.", published: pub).first)
        #expect(year.precision == .year)
    }

    // MARK: - "Overnight"

    @Test(arguments: [
        "Overnight, pro-government militias fired mortar rounds at SDF positions in Dhiban, wounding two fighters.",
        "Overnight Israeli jets struck what the army called Hezbollah targets in southern Lebanon.",
    ])
    func sentenceOpeningOvernightIsThePublicationDay(sentence: String) throws {
        let t = try #require(TimeExpressions.find(in: sentence, published: pub).first)
        #expect(t.date == pub)
        #expect(t.precision == .day)
    }

    /// Later in a sentence, or beside another time, the night may be the one before the day told: no date from it.
    @Test(arguments: [
        "The army said early Sunday that its jets struck targets in response to rocket fire overnight.",
        "Rockets were fired at the Golan Heights overnight.",
        "Four officers were killed in an operation that continued overnight Saturday to Sunday.",
    ])
    func overnightElsewhereDatesNothing(sentence: String) {
        let found = TimeExpressions.find(in: sentence, published: pub)
        #expect(!found.contains { $0.text.lowercased() == "overnight" }, "\(found.map(\.text))")
    }

    // MARK: - A reporter's seat or an outlet named after a town

    @Test(arguments: [
        ("Clashes broke out on Saturday in the town of Nawa, killing three gunmen, according to Enab Baladi's correspondent in Daraa.", "daraa"),
        ("Gunmen attacked a police checkpoint in Tafas on Saturday, killing two officers, a reporter based in Daraa said.", "daraa"),
        ("Air strikes hit two houses in Salkhad on Saturday, killing four people, according to Suwayda 24.", "suwayda"),
    ])
    func sourcesSeatIsNotThePlace(sentence: String, notExpected: String) {
        let ids = incidents(sentence, dateline: "AMMAN", published: "2022-10-16").compactMap(\.placeID)
        #expect(!ids.isEmpty)
        #expect(!ids.contains(notExpected), "\(ids)")
    }

    @Test func placeAfterOtherWordsIsKept() {
        let ids = incidents("Gunmen attacked a police checkpoint in Daraa on Saturday, killing two officers, the correspondent said.", dateline: "AMMAN", published: "2022-10-16").compactMap(\.placeID)
        #expect(ids.contains("daraa"), "\(ids)")
    }

    // MARK: - "Three days later"

    /// An event told "N days later" / "N days earlier" is that many days from the event dated before it, counted from
    /// one dated by its own words (not from a claim told "the following day").
    @Test(arguments: [
        ("Three days later, a roadside bomb struck an army vehicle near Hajin, killing two soldiers.", "2024-06-09"),
        ("Two days earlier, gunmen ambushed a patrol near Hajin, killing two soldiers.", "2024-06-04"),
        ("4 days later a car bomb exploded near Hajin, killing two soldiers.", "2024-06-10"),
    ])
    func daysLaterCountsFromTheEventBefore(sentence: String, expected: String) {
        let body = "On June 6, Islamic State fighters ambushed an army convoy near Palmyra, killing four soldiers. The group claimed the ambush the following day.\n\n\(sentence)"
        let inc = incidents(body, dateline: "BEIRUT", published: "2024-06-12")
        #expect(inc.contains { $0.placeID == "hajin" && $0.date?.description == expected }, "\(inc.map { ($0.placeID, $0.date?.description) })")
    }

    @Test func daysShiftReadsItsNumber() {
        #expect(RelativeTimes.shift("Three days later") == 3)
        #expect(RelativeTimes.shift("two days earlier") == -2)
        #expect(RelativeTimes.shift("10 days afterwards") == 10)
        #expect(RelativeTimes.shift("the following day") == 1)
        #expect(RelativeTimes.shift("hours later") == 0)
    }

    // MARK: - Homonyms written with a hyphen

    /// "al-Busayrah" (text) and "Al Busayrah" (alias) are one name, so a town shared by Syria and Jordan resolves
    /// to the country the article is about.
    @Test func hyphenatedHomonymFollowsTheTextsCountry() {
        let gaz = ExtractionFixture.kb.gazetteer
        #expect(Set(gaz.homonyms(of: "al-Busayrah").compactMap(\.country)) == Set(gaz.homonyms(of: "Al Busayrah").compactMap(\.country)))
        let inc = incidents("An improvised explosive device struck a vehicle in the town of al-Busayrah in Deir ez-Zor province on Sunday, killing two SDF fighters.",
                            dateline: "BEIRUT", published: "2024-06-12")
        #expect(inc.contains { $0.country == "Syria" && $0.placeID == "busayrah" }, "\(inc.map { ($0.placeID, $0.country) })")
        #expect(!inc.contains { $0.country == "Jordan" })
    }

    // MARK: - A border crossing the gazetteer lacks

    /// "near the Masnaa border crossing": the crossing is the place (an unlisted site in the country named), not
    /// the country alone.
    @Test(arguments: [
        ("An Israeli strike early Friday cut the road linking Lebanon and Syria near the Joussieh border crossing, the minister said.", "Joussieh border crossing"),
        ("A drone hit a lorry at the Jdeidet Yabous crossing in Syria on Friday, killing the driver.", "Jdeidet Yabous crossing"),
    ])
    func unlistedCrossingIsThePlace(sentence: String, expected: String) {
        let inc = incidents(sentence, dateline: "BEIRUT", published: "2024-10-05")
        #expect(inc.contains { $0.place == expected }, "\(inc.map(\.place))")
    }

    /// A crossing the gazetteer holds stays the gazetteer's; a lower-case "the border crossing" names nothing.
    @Test func listedOrUnnamedCrossingIsNotInvented() {
        let listed = incidents("Gunmen attacked a customs post at the Nasib crossing in Syria on Friday, killing a guard.", dateline: "AMMAN", published: "2024-10-05")
        #expect(listed.contains { $0.placeID == "nasib-border-crossing" }, "\(listed.map(\.placeID))")
        let unnamed = incidents("An Israeli strike on Friday cut the road near the border crossing in Lebanon, the minister said.", dateline: "BEIRUT", published: "2024-10-05")
        #expect(!unnamed.contains { ($0.place ?? "").lowercased().contains("crossing") }, "\(unnamed.map(\.place))")
    }

    // MARK: - "X said it fired … late on Monday"

    /// A speaker telling of its own strike: the strike is what was said, so the time after the strike verb dates it.
    @Test(arguments: [
        "Iran's Revolutionary Guards said it fired ballistic missiles at what it called a spy headquarters in Erbil late on Monday, in an attack that killed four civilians.",
        "The Revolutionary Guards said it launched missiles at targets in Erbil early on Monday, killing four civilians.",
        "The IRGC said it struck a building in Erbil on Monday night, in an attack local officials said killed four people.",
    ])
    func ownStrikeTimeDatesTheStrike(sentence: String) {
        let inc = incidents(sentence, dateline: "ERBIL", published: "2024-01-17")
        #expect(inc.contains { $0.date?.description == "2024-01-15" }, "\(inc.map { ($0.date?.description, $0.dateText) })")
    }

    /// A claim of responsibility told with a day dates the claim, not the attack (unchanged).
    @Test func responsibilityClaimDayIsNotTheAttacksDay() {
        let inc = incidents("The Islamic State claimed responsibility on Monday for the bombing of a market in Erbil that killed four people.",
                            dateline: "ERBIL", published: "2024-01-17")
        #expect(!inc.contains { $0.date?.description == "2024-01-15" && $0.dateText?.lowercased().contains("monday") == true }, "\(inc.map { ($0.date?.description, $0.dateText) })")
    }

    // MARK: - "On June 22 that year"

    /// A day or month told "that year" / "the same year" is in the year the article last named, not the latest one
    /// before publication.
    @Test(arguments: [
        ("The gas field has been targeted repeatedly since 2022. On June 22 that year, a rocket struck a storage tank at the field near Chamchamal, wounding two guards.", "2022-06-22"),
        ("Militant cells have been active around the town since March 2019. On 3 August that year, gunmen attacked a checkpoint in Chamchamal, killing two guards.", "2019-08-03"),
        ("Rocket crews have operated in the hills since 2021. In May the same year, a rocket attack on Chamchamal wounded two guards.", "2021-05-01"),
    ])
    func thatYearIsTheYearLastNamed(body: String, expected: String) {
        let inc = incidents(body, dateline: "SULAIMANI", published: "2024-04-27")
        #expect(inc.contains { $0.date?.description == expected }, "\(inc.map { ($0.date?.description, $0.dateText) })")
    }

    /// With no year named before it, "that year" keeps the ordinary reading (the latest such day before publication).
    @Test func thatYearWithoutAYearKeepsTheOrdinaryReading() {
        let inc = incidents("On June 22 that year, a rocket struck a storage tank in Chamchamal, wounding two guards.", dateline: "SULAIMANI", published: "2024-04-27")
        #expect(inc.contains { $0.date?.description == "2023-06-22" }, "\(inc.map { ($0.date?.description, $0.dateText) })")
    }
}
