import Foundation
import Testing
@testable import ChronicleKit

/// Attacks a report counts off one by one ("Two car bombs …, the first in X and the second in Y"), a car that blew up,
/// figures told before a clause about something else, claims that count the attacks they cover, and a front group on
/// the side of the organisation it fronts for.
@Suite("Counted attacks and claims")
struct CountedAttacksAndClaimsTests {
    @Test(arguments: [
        "Two car bombs tore through Baghdad on Tuesday, the first outside an ice cream parlour in Karrada shortly after midnight and the second near a pension office in Kadhimiya at around midday.",
        "Twin blasts rocked Baghdad on Tuesday: the first near a market in Karrada, killing nine, while the second hit a bus station in Kadhimiya.",
        "Two bombs exploded in the Iraqi capital on Tuesday - the first in Karrada; the second in Kadhimiya, near the shrine.",
        // (The city the count is told in is not the first clause's place.)
        "Two bombs exploded in Baghdad on Tuesday - the first in Karrada; the second in Kadhimiya, near the shrine.",
    ])
    func attacksCountedOffAtTwoPlacesAreTwoEvents(_ lead: String) {
        let text = """
        Bombings in the Iraqi capital

        \(lead)

        Police said the area had been crowded with shoppers.
        """
        let found = ExtractionFixture.extract(text, published: "2017-05-30")
        #expect(found.contains { $0.place == "Karrada" && $0.date == Day(iso: "2017-05-30") })
        #expect(found.contains { $0.place == "Kadhimiya" && $0.date == Day(iso: "2017-05-30") })
    }

    @Test func attacksCountedOffWithoutPlacesStayOneEvent() {
        let text = """
        Rockets hit base in Anbar

        Two rockets struck the Ain al-Asad air base on Monday, the first at 9 a.m. and the second at noon, officials said.
        """
        let found = ExtractionFixture.extract(text, published: "2021-03-08")
        #expect(found.filter { $0.date == Day(iso: "2021-03-08") }.count == 1)
    }

    @Test func theSecondAttackToldLaterJoinsTheSecondPlace() {
        let text = """
        Car bombs kill dozens in Baghdad

        Two car bombs exploded in Baghdad on Tuesday, the first outside a shop in Karrada and the second near a pension office in Kadhimiya.

        The first blast ripped through the front of the shop as families queued on the pavement. At least 13 people were killed.

        The second car bomb went off hours later near the shrine in Kadhimiya, where pensioners gather each morning. At least 11 people were killed and 30 wounded there.
        """
        let found = ExtractionFixture.extract(text, published: "2017-05-30")
        #expect(found.first { $0.place == "Karrada" }?.killed == 13)
        #expect(found.first { $0.place == "Kadhimiya" }?.killed == 11)
        #expect(found.filter { $0.date == Day(iso: "2017-05-30") }.count == 2)
    }

    @Test func theOrdinalCountingAnAttackWordOff() {
        func ordinal(_ s: String, _ word: String) -> Int? {
            let ns = s as NSString
            return IncidentExtractor.ordinal(ns, before: ns.range(of: word))
        }
        #expect(ordinal("The second car bomb went off hours later.", "car bomb") == 2)
        #expect(ordinal("The first blast ripped through the shop.", "blast") == 1)
        #expect(ordinal("It was the second such attack this year.", "attack") == nil)
        #expect(ordinal("A second drone was shot down.", "drone") == nil)
    }

    @Test(arguments: ["A car exploded outside a police station in Kirkuk on Monday, killing three people.",
                      "Late on Monday morning a second car blew up beside the police station in Kirkuk, killing three people."])
    func aCarThatBlewUpIsACarBomb(_ sentence: String) {
        let found = ExtractionFixture.extract("Blast in Kirkuk\n\n\(sentence)", published: "2019-07-15")
        #expect(found.contains { $0.place == "Kirkuk" && $0.eventType == .iedAttack && $0.killed == 3 })
    }

    @Test func aCarHitByADroneIsNoCarBomb() {
        let text = """
        Drone strike in Kirkuk

        A drone struck a car near Kirkuk on Monday and the car exploded, killing two men inside.
        """
        let found = ExtractionFixture.extract(text, published: "2019-07-15")
        #expect(!found.contains { $0.eventType == .iedAttack })
        #expect(found.contains { $0.eventType == .droneAttack })
    }

    @Test(arguments: ["pensioners had been queueing since early morning for their payments.",
                      "since dawn, residents had waited in line for bread."])
    func figuresBeforeASemicolonAreTheEventsOwn(_ clause: String) {
        let text = """
        Bomb hits Baghdad queue

        Late on Tuesday morning a bomb exploded beside a government office in Kadhimiya. The ministry said 14 people were killed and 37 wounded there; \(clause)
        """
        let found = ExtractionFixture.extract(text, published: "2017-05-31")
        #expect(found.contains { $0.place == "Kadhimiya" && $0.killed == 14 && $0.wounded == 37 })
    }

    @Test func aTotalAfterASemicolonStillSumsUp() {
        let text = """
        Bomb hits Baghdad queue

        Late on Tuesday morning a bomb exploded beside a government office in Kadhimiya. Police gave no figures; 40 people have been killed in bombings in the city since January.
        """
        let found = ExtractionFixture.extract(text, published: "2017-05-31")
        #expect(found.first { $0.place == "Kadhimiya" }?.killed == nil)
    }

    @Test(arguments: ["The Islamic State claimed both bombings through its Amaq agency.",
                      "Islamic State later claimed the two attacks in an online statement."])
    func aClaimThatCountsItsAttacksCoversEveryEventOfThatDay(_ claim: String) {
        let text = """
        Two bombings in Baghdad

        A car bomb exploded outside a shop in Karrada on Tuesday, killing 13 people.

        Shoppers carried the wounded to private cars. The owner said the shop had served families for decades.

        Residents said the checkpoints had failed again. Many shops stayed closed.

        Hours later, a suicide bomber blew himself up near a pension office in Kadhimiya, killing 11.

        \(claim)
        """
        let found = ExtractionFixture.extract(text, published: "2017-05-30")
        #expect(found.first { $0.place == "Karrada" }?.perpetrator == "Islamic State")
        #expect(found.first { $0.place == "Kadhimiya" }?.perpetrator == "Islamic State")
    }

    @Test func countedClaimWords() {
        for s in ["claimed both bombings", "claimed all three attacks", "claimed the two attacks", "claimed the twin blasts"] {
            #expect(ArticleEvents.countedClaim.test(s as NSString), "\(s)")
        }
        for s in ["claimed the attack", "claimed attacks on bases", "claimed responsibility"] {
            #expect(!ArticleEvents.countedClaim.test(s as NSString), "\(s)")
        }
    }

    @Test func aFrontGroupIsOnTheSideOfTheOrganisationItFrontsFor() {
        let actors = ExtractionFixture.kb.actors
        let front = IncidentMerger.side(of: "ansar-al-sharia", in: actors)
        #expect(front != nil)
        #expect(front == IncidentMerger.side(of: "aqap", in: actors))
        #expect(front != IncidentMerger.side(of: "isis", in: actors))
    }
}

/// A wire update's wave of attacks across a country's cities: the lead under a byline and a desk note, each city's
/// attack dated by it, a town measured from another in apposition, revised tolls and the wave's overall toll.
@Suite("Country waves and revised tolls")
struct CountryWavesAndRevisedTollsTests {
    static let update = """
    UPDATE 2: Wave Of Bombings Across Iraq Kills Dozens
    Example Newswires
    Tuesday, March 20, 2012 - 10:52 AM EDT
    By Example Newswires staff, with contributions from Baghdad
    (Updates toll, adds Ramadi attack.)
    BAGHDAD -- A coordinated wave of bombings and shootings struck more than a dozen Iraqi cities Tuesday, killing at least 46 people, officials said.
    The attacks began around 7 a.m. local time and continued for several hours. Officials put the overall toll at 39 dead in early afternoon.
    The deadliest strike hit the shrine city of Karbala, 50 miles south of Baghdad, where two car bombs exploded minutes apart. Thirteen people were killed and 50 wounded.
    In the northern city of Kirkuk, a suicide car bomber blew up his vehicle at the gate of the police headquarters. Initial reports gave a toll of seven, later revised to at least 12 dead, and about 55 wounded.
    In the western city of Ramadi, a car bomb near a government building killed two people and wounded 11, police said.
    """

    @Test func eachCitysAttackOfACountrysWaveTakesTheLedesDay() {
        let found = ExtractionFixture.extract(Self.update, published: "2012-03-20")
        for town in ["Karbala", "Kirkuk", "Ramadi"] {
            #expect(found.first { $0.place == town }?.date == Day(iso: "2012-03-20"), "\(town)")
        }
    }

    @Test func countsOfTheWaveAndRevisedTolls() {
        let found = ExtractionFixture.extract(Self.update, published: "2012-03-20")
        #expect(found.first { $0.place == "Karbala" }?.killed == 13)
        #expect(found.first { $0.place == "Kirkuk" }?.killed == 12)
        #expect(found.first { $0.place == "Kirkuk" }?.eventType == .iedAttack)
        #expect(found.first { $0.place == "Ramadi" }?.killed == 2)
    }

    @Test(arguments: ["By Example Newswires staff, with contributions from Baghdad", "(Updates toll, adds Ramadi attack, comment from the speaker.)"])
    func bylinesAndDeskNotesAreNoLede(_ line: String) {
        #expect(!IncidentExtractor.isProse(line))
        #expect(IncidentExtractor.isProse("A coordinated wave of bombings struck more than a dozen Iraqi cities on Tuesday."))
    }

    @Test(arguments: ["A bomb exploded on Tuesday in the city of Karbala, 50 miles south of Baghdad.",
                      "In Karbala, some 80 km south of Baghdad, a bomb exploded on Tuesday."])
    func aTownMeasuredFromAnotherInAppositionIsThePlace(_ sentence: String) {
        let found = ExtractionFixture.extract("Blast in Iraq\n\n\(sentence)", published: "2012-03-20")
        #expect(found.first?.place == "Karbala")
    }

    @Test(arguments: ["Initial reports gave a toll of seven, later revised to at least 12 dead.",
                      "Police gave an initial toll of 7 dead, later raised to 12.",
                      "The first toll of five was subsequently revised upwards to 12."])
    func aFirstTollWithItsRevision(_ sentence: String) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == 12)
    }
}

/// A backgrounder that tells a night's bombings in three cities under a head line for each, and the claims told by
/// radio: section heads place the paragraph below them, a count of bombs over several towns gives only their sum,
/// "at the same moment" takes the day told before, and a charge brought later does not date the bombing.
@Suite("Section heads and claims by radio")
struct SectionHeadsAndClaimsByRadioTests {
    static let backgrounder = """
    Valentine's Day bombings: three cities, one hour

    Three bombs went off within an hour of one another on the evening of Monday, 14 February 2005, in General Santos City, Davao City and Makati City, killing at least eight people and injuring more than 130. The Abu Sayyaf Group claimed all three blasts in telephone calls to a Manila radio station.

    This backgrounder pieces together what happened that night from police reports.

    General Santos City, about 6:30 p.m.

    The first bomb exploded at a tricycle stand near the entrance of a shopping mall. Three people were killed and 33 were injured.

    Davao City, about 6:30 p.m.

    Almost at the same moment, an explosive device went off at the Ecoland bus terminal in Davao City. A boy was killed and five people were injured.

    Makati City, about 7:30 p.m.

    About an hour later, a bomb exploded on a passenger bus travelling just below the Ayala station. Four people were killed and 62 were injured.

    In March 2005 seven men were charged for the Makati bombing.
    """

    @Test func aSectionHeadPlacesTheParagraphBelowIt() {
        let found = ExtractionFixture.extract(Self.backgrounder, published: "2005-02-20")
        let gs = found.first { $0.place == "General Santos" }
        #expect(gs?.killed == 3)
        #expect(gs?.wounded == 33)
        #expect(found.contains { $0.admin1 == "Metro Manila" && $0.killed == 4 && $0.wounded == 62 })
    }

    @Test func theSumOfCountedBombsOverListedTownsIsNoTownsToll() {
        let found = ExtractionFixture.extract(Self.backgrounder, published: "2005-02-20")
        #expect(!found.contains { $0.killed == 8 })
    }

    @Test func atTheSameMomentTakesTheDayToldBefore() {
        let found = ExtractionFixture.extract(Self.backgrounder, published: "2005-02-20")
        #expect(found.first { $0.place == "Davao" }?.date == Day(iso: "2005-02-14"))
    }

    @Test func aChargeBroughtLaterDoesNotDateTheBombing() {
        let found = ExtractionFixture.extract(Self.backgrounder, published: "2005-04-20")
        #expect(!found.contains { $0.date == Day(iso: "2005-03-01") })
        #expect(IncidentExtractor.justiceFor.test("In March 2005 seven men were charged for the " as NSString))
        #expect(IncidentExtractor.justiceFor.test("Two men were sentenced to death for their role in the " as NSString))
        #expect(!IncidentExtractor.justiceFor.test("Police arrested two men. Later the " as NSString))
    }

    @Test func aClaimOfAllThreeCoversEachAndItsChannelIsNoPlace() {
        let found = ExtractionFixture.extract(Self.backgrounder, published: "2005-02-20")
        #expect(found.filter { $0.date == Day(iso: "2005-02-14") }.allSatisfy { $0.perpetrator == "Abu Sayyaf" })
    }

    @Test(arguments: ["Al-Shabaab said in a statement on its radio station that it had carried out the bombing.",
                      "Al-Shabaab said in a statement broadcast on its Andalus radio that it had carried out the bombing.",
                      "The bombing was an attack also claimed by al-Shabaab."])
    func claimsToldByRadioOrAsAlsoClaimed(_ claim: String) {
        let text = """
        Blast in Beledweyne

        A suicide bomber blew himself up at the local government headquarters in Beledweyne on Wednesday, killing 15 people. \(claim)
        """
        let found = ExtractionFixture.extract(text, published: "2022-03-24")
        #expect(found.first { $0.place == "Beledweyne" }?.perpetrator == "al-Shabaab")
    }

    @Test func anAirportNamedAfterAManIsNoPlaceOfYemen() {
        let text = """
        Gunmen attack Mogadishu airport camp

        Al-Shabaab gunmen attacked the Halane base camp at Aden Adde International Airport in Mogadishu on Wednesday. Six people were killed.
        """
        let found = ExtractionFixture.extract(text, published: "2022-03-24")
        #expect(found.first?.country == "Somalia")
    }

    @Test(arguments: ["UCA News reporter, Jakarta", "Dammam - Al-Yaum"])
    func bylinesAndDatelinesAreNoSectionHeads(_ line: String) {
        let text = """
        Bombing at a cathedral

        Police said a suicide bombing outside the Sacred Heart Cathedral in Makassar on Sunday wounded 20 people.

        \(line)

        Worshippers said the bombers rode a motorcycle to the gate of the Sacred Heart Cathedral before the blast on Sunday.
        """
        let found = ExtractionFixture.extract(text, published: "2021-03-29")
        #expect(!found.contains { $0.place == "Jakarta" || $0.place == "Dammam" })
    }
}

/// A wire update filed across time zones: a bare agency tag after the dateline's date, a clock converted to the
/// reader's zone in brackets, and the bomber's own death left out of the toll.
@Suite("Wire updates across time zones")
struct WireUpdatesAcrossTimeZonesTests {
    @Test func aBareAgencyTagAfterTheDatelinesDate() {
        let split = Dateline.split("TEL AVIV, Feb 26 AAP - The Islamic Jihad movement has claimed the suicide bombing outside a nightclub.")
        #expect(split?.dateline == "TEL AVIV, Feb 26")
        #expect(split?.rest.hasPrefix("The Islamic Jihad") == true)
    }

    @Test(arguments: ["at about 11.30pm local time (8.30am Saturday AEDT) late on Friday night", "late on Friday night (0130 GMT Saturday)"])
    func aDayConvertedToAnotherZoneInBracketsIsTheReaders(_ when: String) {
        let text = """
        Bomb outside Tel Aviv club

        A suicide bomber blew himself up \(when) outside a nightclub in Tel Aviv, killing four people.
        """
        let found = ExtractionFixture.extract(text, published: "2005-02-26")
        #expect(found.first { $0.place == "Tel Aviv" }?.date == Day(iso: "2005-02-25"))
    }

    @Test func theBomberKilledInHisOwnBlastIsNotAddedToTheToll() {
        #expect(CasualtyReader.read("The terrorist was killed in the blast." as NSString).killed == nil)
        #expect(CasualtyReader.read("The two gunmen were killed in the exchange of fire." as NSString).killed == 2)
        let text = """
        Four killed in Tel Aviv bombing

        Four people were killed and 50 wounded when a suicide bomber detonated his explosive belt outside a nightclub in Tel Aviv on Friday night. The terrorist was killed in the blast.
        """
        let found = ExtractionFixture.extract(text, published: "2005-02-26")
        #expect(found.first { $0.place == "Tel Aviv" }?.killed == 4)
    }
}

/// Names and verbs of South Asian and Somali reports: a compound name's first word is no town, a base overrun is a
/// fight, and a Somali region told with a lower-case "region".
@Suite("Compound names and overrun bases")
struct CompoundNamesAndOverrunBasesTests {
    @Test(arguments: ["Gulshan-e-Iqbal Park", "Gulshan-e-Iqbal park"])
    func theFirstWordOfACompoundNameIsNoTown(_ park: String) {
        let text = """
        Lahore park blast

        A suicide bomber blew himself up near the children's rides in \(park) in Lahore on Sunday evening, killing at least 72 people.
        """
        let found = ExtractionFixture.extract(text, published: "2016-03-28")
        #expect(found.first?.country == "Pakistan")
        #expect(IncidentExtractor.linkedNameAfter.test("-e-Iqbal Park" as NSString))
        #expect(!IncidentExtractor.linkedNameAfter.test("-based group" as NSString))
    }

    @Test(arguments: ["Al-Shabaab fighters overran an African Union base in the Gedo region yesterday morning, killing 63 soldiers.",
                      "Militants yesterday overran a Somali army camp in Gedo region."])
    func aBaseOverrunIsAFight(_ sentence: String) {
        let found = ExtractionFixture.extract("Base attacked in Somalia\n\n\(sentence)", published: "2016-01-16")
        let e = found.first { $0.admin1 == "Gedo" }
        #expect(e?.eventType == .armedClash)
        #expect(e?.date == Day(iso: "2016-01-15"))
    }
}
