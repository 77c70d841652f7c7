import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-fifth session, each tested on phrasings of our own: numbers written as several words,
/// a clock time in words after "after", a landmark across a river, an attack told with "also" after the news, a day told
/// in the sentence before a blast, running tolls of a named blast, and a charge that makes a blast a bomb.
@Suite("Clock times, compound numbers")
struct ClockTimesAndCompoundNumbersTests {
    // MARK: Numbers in several words

    @Test(arguments: [
        ("one hundred and forty", 140),
        ("a hundred", 100),
        ("two hundred fifty-three", 253),
        ("three hundred and twelve", 312),
        ("two thousand", 2000),
        ("one thousand two hundred", 1200),
        ("forty-two", 42),
        ("hundred and forty", 140),
    ])
    func aCompoundNumberIsReadWhole(words: String, value: Int) {
        #expect(DateWords.number(words) == value)
    }

    @Test(arguments: ["one hundred and people", "a big hundred", "two and", "two three", "forty fifty"])
    func wordsThatAreNotANumberGiveNone(words: String) {
        #expect(DateWords.number(words) == nil)
    }

    @Test(arguments: [
        ("A car bomb in a market in Baghdad killed around one hundred and forty people on Monday.", 140, nil as Int?),
        ("A suicide bomber killed a hundred people and wounded two hundred fifty-three others at a market in Mosul on Monday.", 100, 253),
        ("Two car bombs in Kirkuk on Monday killed three hundred and twelve people, officials said.", 312, nil),
    ])
    func aTollInSeveralWordsIsTheWholeNumber(sentence: String, killed: Int, wounded: Int?) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.killed == killed)
        #expect(i?.wounded == wounded)
    }

    // MARK: A clock time in words is no earlier event

    @Test(arguments: [
        "The first blast came shortly after ten thirty this morning, local time, when a car bomb exploded close to the Finance Ministry in Baghdad.",
        "The blast came after eleven this morning when a car bomb exploded near a police station in Baghdad.",
        "The explosion happened just after nine in the morning, when a roadside bomb hit a minibus in Baghdad.",
    ])
    func aClockTimeAfterAfterKeepsTheEvent(sentence: String) {
        let i = ExtractionFixture.one(sentence)
        #expect(i?.role == .main)
        #expect(i?.place == "Baghdad")
        #expect(i?.eventType == .iedAttack)
        #expect(i?.date == Day(iso: "2024-02-14"))
    }

    @Test func anEventAfterAfterIsStillTheEarlierOne() {
        // "after ten days of clashes" names a span, "after a bombing" an earlier event: the cue still splits those.
        let i = ExtractionFixture.extract("The rocket attack on the base came two days after a roadside bomb killed ten soldiers in Kirkuk.", published: "2024-02-14")
        #expect(i.contains { $0.killed == 10 && $0.eventType == .iedAttack })
    }

    // MARK: A landmark across the river

    @Test(arguments: [
        ("A truck bomb went off at the entrance to the Foreign Ministry in Baghdad, across the river from the heavily fortified Green Zone, on Monday.", "Baghdad"),
        ("A bomb exploded outside a bank in Baghdad on Monday, on the opposite bank of the Tigris from the Green Zone.", "Baghdad"),
    ])
    func aLandmarkAcrossTheRiverIsNotThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aPlaceSimplyNamedStaysThePlace() {
        #expect(ExtractionFixture.one("Rockets hit the Green Zone in Baghdad on Monday.")?.place == "Green Zone")
    }

    // MARK: "Also" after the news

    @Test(arguments: [
        ("A suicide car bomb struck an army checkpoint in Ramadi on Monday, killing six soldiers.", "Mortar shells also landed near the provincial council building in Fallujah, wounding two guards.", "Fallujah"),
        ("A roadside bomb hit a police patrol in Kirkuk late on Monday, killing three policemen.", "Gunmen also opened fire on a checkpoint in Tuz Khurmatu, police said.", "Tuz Khurmatu"),
    ])
    func anAttackToldWithAlsoRightAfterTheNewsHappenedThatDay(news: String, also: String, place: String) {
        let incidents = ExtractionFixture.extract(news + "\n\n" + also, published: "2024-02-14")
        #expect(incidents.count == 2)
        let other = incidents.first { $0.place == place }
        #expect(other?.date == Day(iso: "2024-02-12"))
        #expect(other?.role == .main)
    }

    @Test func anAlsoToldParagraphsLaterTakesNoDay() {
        let text = """
        A suicide car bomb struck an army checkpoint in Ramadi on Monday, killing six soldiers.

        The province has seen little violence since the city was retaken.

        Residents said life had returned to the markets.

        Mortar shells also landed near the provincial council building in Fallujah, residents recalled.
        """
        let other = ExtractionFixture.extract(text, published: "2024-02-14").first { $0.place == "Fallujah" }
        #expect(other?.date == nil)
    }

    // MARK: A day told in the sentence before the blast

    @Test(arguments: [
        ("Pakistan on Monday lost one of its best-known clerics. A powerful blast ripped through his car as he left a mosque in Peshawar.", "2024-02-12", "Peshawar"),
        ("Iraq today mourned a senior judge. A huge explosion tore through his convoy in Baghdad.", "2024-02-14", "Baghdad"),
    ])
    func aDayInTheSentenceBeforeDatesTheFirstBlast(text: String, day: String, place: String) {
        let i = ExtractionFixture.one(text)
        #expect(i?.date == Day(iso: day))
        #expect(i?.place == place)
        #expect(i?.role == .main)
    }

    @Test func anUntimedBlastWithNoDayBeforeStaysVague() {
        // The sentence before says nothing of when: the blast is not made news.
        let i = ExtractionFixture.one("The cleric was well known. A powerful blast ripped through his car in Peshawar.")
        #expect(i?.date == nil)
    }

    // MARK: Running tolls are the news's

    @Test(arguments: [
        "The toll of the Hamra blast has risen to 14, the health ministry said.",
        "The toll from the bombing has climbed to 14.",
        "The toll in the market attack has now risen to 14 dead.",
    ])
    func aTollOfANamedBlastIsARunningTotal(update: String) {
        let i = ExtractionFixture.extract("A car bomb killed nine people in Beirut on Monday.\n\n" + update, published: "2024-02-14")
        #expect(i.count == 1)
        #expect(i.first?.killed == 14)
    }

    @Test func aRunningTollDoesNotGoToAnEventRecalledFromMonthsBefore() {
        let text = """
        Lebanon today lost a former minister. A huge explosion hit his motorcade in Beirut.

        This is the second attack on a politician in four months. On 1 October last year, a car bomb in Beirut wounded an MP.

        The toll of the seafront explosion has risen to 11 dead.
        """
        let incidents = ExtractionFixture.extract(text, published: "2005-02-14")
        #expect(incidents.first { $0.role == .main }?.killed == 11)
        #expect(incidents.first { $0.role == .background }?.killed != 11)
    }

    // MARK: A charge makes a blast a bomb

    @Test(arguments: [
        "Investigators said the explosive charge weighed about 300 kg.",
        "Police said some 50 kilograms of TNT had been used.",
    ])
    func aChargeNamedInTheReportMakesTheBlastABomb(detail: String) {
        let i = ExtractionFixture.one("An explosion hit a convoy in Beirut on Monday, killing four. " + detail)
        #expect(i?.eventType == .iedAttack)
    }

    @Test func noChargeLeavesTheBlastUntyped() {
        let i = ExtractionFixture.one("An explosion hit a fuel depot in Beirut on Monday, killing four. Investigators found no explosive charge.")
        #expect(i?.eventType == .other)
    }
}
