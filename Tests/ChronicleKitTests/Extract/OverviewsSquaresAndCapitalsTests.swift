import Testing
@testable import ChronicleKit

/// Reports with no publication day that date their attacks in one overview sentence; squares that many towns have;
/// "the capital" with no name; names shared by towns of several countries; headline parts; nouns that look like counts.
@Suite("Overview dates, squares, capitals and shared names")
struct OverviewsSquaresAndCapitalsTests {
    @Test(arguments: [
        ("The ministry condemns the two attacks carried out on Thursday, October 9, 2014, in the capital Sana'a and in the city of Mukalla.",
         "In Sana'a, a suicide bomber detonated an explosive belt at a gathering, killing 47 people.",
         "In Mukalla, a suicide car bomb struck a military checkpoint, killing twenty soldiers."),
        ("Statement on the bombings of 3 March 2021 in Kirkuk and Tikrit",
         "In Kirkuk, a car bomb exploded near a market, killing four people.",
         "In Tikrit, an explosive device went off at a checkpoint, wounding two policemen."),
    ])
    func anOverviewDatesTheUndatedAttacksOfAReportWithoutADay(overview: String, first: String, second: String) {
        let found = ExtractionFixture.asGiven("Press release\n\n\(overview)\n\n\(first) \(second)\n\nThe government vowed to pursue the perpetrators.")
            .filter { $0.role == .main }
        #expect(found.count == 2)
        let day = overview.contains("2014") ? "2014-10-09" : "2021-03-03"
        #expect(found.allSatisfy { $0.date?.iso == day && $0.datePrecision == .day })
    }

    @Test func anOverviewOfAnotherPlaceLendsNoDay() {
        let found = ExtractionFixture.asGiven("Press release\n\nThe ministry condemns the attack carried out on Thursday, October 9, 2014, in Aden.\n\nIn Mukalla, a suicide car bomb struck a military checkpoint, killing twenty soldiers.")
        #expect(found.first(where: { $0.place == "Mukalla" })?.date == nil)
    }

    @Test(arguments: [
        ("SANA'A - Forty-seven people were killed this morning when a suicide bomber blew himself up at Tahrir Square in the heart of the capital.", "Yemen", "Sanaa"),
        ("CAIRO - A bomb exploded near Tahrir Square on Friday, wounding six police officers, the Interior Ministry said. Police sealed off the streets around Giza and Alexandria.", "Egypt", "Cairo"),
    ])
    func aSquareOfAnotherCountrysTownIsTheSquareOfTheReportsTown(lead: String, country: String, admin1: String) {
        let found = ExtractionFixture.main(lead + " Ambulances took the wounded to hospitals across " + (country == "Yemen" ? "Sanaa and Mukalla." : "Cairo."), published: "2014-10-09")
        #expect(found.first?.place == "Tahrir Square")
        #expect(found.first?.country == country)
        #expect(found.first?.admin1 == admin1)
    }

    @Test func aSquareIsInTheTownNamedJustBeforeIt() {
        let found = ExtractionFixture.asGiven("Press release\n\nThe ministry condemns the two attacks carried out on Thursday, October 9, 2014, in Sana'a and in Mukalla.\n\nIn Sana'a, a suicide bomber detonated an explosive belt at the entrance of Tahrir Square, killing 47 people. In Mukalla, a suicide car bomb struck a military checkpoint, killing twenty soldiers.")
            .filter { $0.role == .main }
        #expect(found.count == 2)
        #expect(found.first(where: { $0.place == "Tahrir Square" })?.admin1 == "Sanaa")
        #expect(found.first(where: { $0.place == "Tahrir Square" })?.killed == 47)
    }

    @Test func aSquareInAReportOnItsOwnCountryStaysListed() {
        let found = ExtractionFixture.main("A roadside bomb exploded near Tahrir Square in central Baghdad on Monday, killing two people, Iraqi police said.", published: "2024-02-14")
        #expect(found.first?.placeID == "tahrir-square")
    }

    @Test(arguments: [
        ("TEHRAN - Four bombs exploded yesterday morning outside government buildings in Ahvaz, killing eight people.", "Hours later a bomb went off in the capital, killing one person.", "Tehran"),
        ("KABUL - A roadside bomb struck a police vehicle in Kandahar on Tuesday, killing three officers.", "Later the same day a rocket hit a house in the capital, wounding two children.", "Kabul"),
    ])
    func theCapitalIsTheCapitalOfTheReportsCountry(first: String, second: String, capital: String) {
        let found = ExtractionFixture.main(headline: "Blasts hit two cities", first, second, published: "2024-02-14")
        #expect(found.count == 2)
        #expect(found.contains { $0.place == capital })
    }

    @Test(arguments: [
        "Later a rocket hit a house in the capital of Helmand province, wounding two children.",
        "Later a rocket hit the provincial capital Lashkar Gah, and another fell in the capital, wounding two children.",
    ])
    func aProvincesCapitalIsNotTheCountrys(sentence: String) {
        let found = ExtractionFixture.main(headline: "Blasts hit two cities", "A roadside bomb struck a police vehicle in Kandahar on Tuesday, killing three officers.", sentence, published: "2024-02-14")
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.placeID == "kabul" })
    }

    @Test func aSharedNameIsTheTownOfTheCountryNamedMostAmongThoseThatHaveIt() {
        // Syria is named as often as Lebanon, but has no Tripoli.
        let found = ExtractionFixture.main(headline: "Bomb hits army bus",
            "A bomb exploded in the centre of Tripoli on Wednesday as a bus carrying soldiers passed, killing 18 people.",
            "The bombing came as the president arrived in Damascus for talks, the first such visit to Syria in years.",
            "Tripoli has been shaken by clashes between gunmen in Bab al-Tabbaneh and Jabal Mohsen, near the Nahr al-Bared camp.",
            published: "2008-08-13")
        #expect(found.first?.country == "Lebanon")
    }

    @Test(arguments: [
        "The party offered its condolences to the families and wished the injured a swift recovery.",
        "The governor wished the wounded a speedy recovery.",
    ])
    func theInjuredAreNoCountOfOne(sentence: String) {
        let found = ExtractionFixture.main(headline: "Suicide bomber hits checkpoint",
            "A suicide bomber struck an army checkpoint in Mukalla on Tuesday, killing twenty soldiers.", sentence, published: "2024-02-14")
        #expect(found.first?.killed == 20)
        #expect(found.first?.wounded == nil)
    }

    @Test func aParticipleStillCountsOnePerson() {
        let found = ExtractionFixture.main("A roadside bomb struck a patrol near Mukalla on Tuesday, killing a soldier and injuring a policeman.", published: "2024-02-14")
        #expect(found.first?.killed == 1)
        #expect(found.first?.wounded == 1)
    }

    @Test(arguments: [
        ("47 martyrs in Tahrir Square suicide bombing, 20 soldiers killed in Mukalla", 2),
        ("Car bomb kills 12 in Kirkuk, 3 wounded", 1),
    ])
    func aHeadlineOfTwoPlacedTollsIsTwoHeadlines(headline: String, parts: Int) {
        #expect(IncidentExtractor.headlineParts(Array(headline.utf16)).count == parts)
    }

    @Test(arguments: ["Friday's presidential election", "Sunday's vote", "Monday's summit"])
    func aWeekdayNamingAnotherEventDatesNoAttack(phrase: String) {
        let found = TimeExpressions.find(in: "The bombing was an attempt to disrupt \(phrase).", published: Day(year: 2024, month: 2, day: 14))
        #expect(found.isEmpty)
    }

    @Test func aWeekdayNamingTheAttackStillDatesIt() {
        let found = TimeExpressions.find(in: "Saturday's attack on the base killed two soldiers.", published: Day(year: 2024, month: 2, day: 14))
        #expect(found.first?.date?.iso == "2024-02-10")
    }

    @Test(arguments: [
        ("KUWAIT CITY - Friday's suicide bombing at the Imam Al-Sadiq Mosque in the Al-Sawaber area of the capital killed 27 worshippers, the Ministry of Health said.",
         "2015-06-27", "Imam Al-Sadiq Mosque, Al-Sawaber, Kuwait City"),
        ("A bomb went off on Tuesday at the Al-Furqan Mosque in the Qalaat Hamid area of Aden, killing three worshippers.", "2024-02-14", "Al-Furqan Mosque, Qalaat Hamid, Aden"),
        ("A bomb went off on Tuesday in the Qalaat Hamid area of Aden, killing three worshippers.", "2024-02-14", "Qalaat Hamid, Aden"),
    ])
    func aNamedBuildingInAQuarterComesFirst(lead: String, published: String, place: String) {
        #expect(ExtractionFixture.main(lead, published: published).first?.place == place)
    }

    @Test(arguments: [
        ("Kandahar: Timeline (Terrorist Activities)-2019", "2019"),
        ("Timeline of attacks in Kirkuk, 2017", "2017"),
    ])
    func aChronologyOfOneYearDatesItsEntries(headline: String, year: String) {
        let page = "\(headline)\n\nMarch 21\nPolice arrested two militants near the border and questioned them about recent attacks.\n\nMarch 23\nFive policemen were killed and 13 others were injured when militants triggered a roadside bomb under their vehicle near Kandahar.\n\nApril 3\nA rocket hit a market in Kirkuk, wounding four people."
        let found = ExtractionFixture.asGiven(page).filter { $0.role == .main }
        #expect(found.compactMap { $0.date?.iso }.sorted() == ["\(year)-03-23", "\(year)-04-03"])
    }

    @Test func aChronologyOfSeveralYearsLeavesItsEntriesUndated() {
        let page = "Attacks in 2017 and 2018\n\nMarch 23\nFive policemen were killed when militants triggered a roadside bomb under their vehicle near Kandahar.\n\nApril 3\nA rocket hit a market in Kirkuk, wounding four people."
        #expect(ExtractionFixture.asGiven(page).allSatisfy { $0.datePrecision != .day })
    }

    /// A weapon recovered is a weapon seized: disrupted weapons use (typed other), never an attack that hit.
    @Test(arguments: ["A bomb and some leaflets were recovered from them.", "Two rockets were recovered from an orchard near the base."])
    func aWeaponRecoveredIsSeizedNotUsed(sentence: String) {
        func found(_ s: String) -> [Incident] { ExtractionFixture.main(headline: "Police arrest two suspects near Kirkuk", "Police arrested two suspects near Kirkuk on Tuesday. \(s)", published: "2024-02-14") }
        let recovered = found(sentence), seized = found(sentence.replacingOccurrences(of: "recovered", with: "seized"))
        #expect(recovered.map(\.eventType) == seized.map(\.eventType))
        #expect(recovered.allSatisfy { $0.eventType == .other && $0.killed == nil })
    }

    @Test(arguments: [("Iraq", "baghdad"), ("Yemen", "sanaa"), ("Libya", "tripoli-ly"), ("Lebanon", "beirut")])
    func capitalsOfTheRegion(country: String, id: String) {
        #expect(ExtractionFixture.kb.gazetteer.capital(of: country)?.id == id)
    }
}
