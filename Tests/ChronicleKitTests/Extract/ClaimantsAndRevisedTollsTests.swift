import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-fourth session, each tested on phrasings of our own: claimants under the names they
/// claim with, revised and scaled tolls, attackers told by their vehicle, and a wave of blasts told as one event.
@Suite("Claimants, revised tolls")
struct ClaimantsAndRevisedTollsTests {
    // MARK: Claimants under their own names

    @Test(arguments: [
        ("A group called the Abdullah Azzam Brigades, which says it is linked to al-Qaeda, claimed responsibility for the attacks.", "Abdullah Azzam Brigades"),
        ("A group calling itself the Abdullah Azzam Brigades of al-Qaeda in Syria and Egypt claimed responsibility in an online statement.", "Abdullah Azzam Brigades"),
        ("Ansar al-Sharia, which says it is loyal to al-Qaeda, claimed responsibility for the bombing.", "Ansar al-Sharia"),
        ("Ansar Beit al-Maqdis claimed the attack in a statement posted online.", "Ansar Beit al-Maqdis"),
    ])
    func theClaimantIsTheGroupThatClaims(claim: String, group: String) {
        let text = """
        Blasts hit resort

        Three bombs exploded in Sharm el-Sheikh on Saturday, killing 64 people.

        \(claim)
        """
        let incidents = ExtractionFixture.main(text, published: "2024-02-12")
        #expect(incidents.count == 1)
        #expect(incidents.first?.perpetrator == group)
        // The lands a claimant names itself after place nothing.
        #expect(incidents.first?.place == "Sharm el-Sheikh")
    }

    @Test func aSpeakerAfterTheGroupIsStillNoClaimant() {
        // "X said Y claimed": the speaker is not the claimant.
        let text = """
        Bombing

        A car bomb exploded at a market in Baghdad on Monday, killing nine people.

        The Interior Ministry said the Islamic State claimed responsibility for the bombing.
        """
        let i = ExtractionFixture.main(text, published: "2024-02-12").first
        #expect(i?.perpetrator == "Islamic State")
    }

    // MARK: Tolls

    @Test(arguments: [
        ("A bomb exploded on a busy street in Istanbul on Sunday. The number of people who lost their lives in the attack has risen to 17, the governor said.", 17),
        ("A car bomb hit a market in Kirkuk on Sunday, killing 12. The number of people who died in the bombing later rose to 15.", 15),
        ("Gunmen attacked a police station in Arish on Sunday, killing 4. The number of dead has since risen to 7.", 7),
    ])
    func aRunningTotalToldAsANumberOfTheDeadIsTheToll(text: String, killed: Int) {
        #expect(ExtractionFixture.main(text, published: "2024-02-12").first?.killed == killed)
    }

    @Test func aRevisedWoundedFigureIsTheBestOne() {
        let text = "A car bomb exploded in Kirkuk on Sunday, killing four and wounding 15 near the scene of a blast. The number of wounded in the car bomb attack was later raised to 17, hospital officials said."
        #expect(ExtractionFixture.main(text, published: "2024-02-12").first?.wounded == 17)
    }

    @Test(arguments: [
        "A man drove a truck into a group of soldiers in Jerusalem on Sunday, killing four and wounding 15. The driver was shot dead at the scene.",
        "A car rammed into a bus stop in Tel Aviv on Sunday, killing four and wounding 15. The driver was shot dead by a passer-by.",
    ])
    func aDriverShotDeadAddsToTheVictims(text: String) {
        #expect(ExtractionFixture.main(text, published: "2024-02-12").first?.killed == 5)
    }

    @Test(arguments: [
        "A bomb exploded near a checkpoint in Mosul on Sunday, killing three soldiers. Paramedics treated a wounded soldier at the scene.",
        "A bomb exploded near a checkpoint in Mosul on Sunday, killing three soldiers. Medics carried an injured man to the ambulance.",
    ])
    func aCasualtyWordBeforeANounIsNoCount(text: String) {
        let i = ExtractionFixture.main(text, published: "2024-02-12").first
        #expect(i?.killed == 3)
        #expect(i?.wounded != 1)
    }

    @Test(arguments: [
        ("nine hundred people were killed", 900),
        ("two thousand people were killed", 2000),
        ("nine people were killed", 9),
    ])
    func aScaleWordMultipliesTheCount(phrase: String, count: Int) {
        let ns = "Officials said \(phrase)" as NSString
        #expect(CasualtyReader.countBefore(ns, at: ns.range(of: " were killed").location) == count)
    }

    // MARK: A wave of blasts with its own toll

    @Test(arguments: [
        "Tourists were caught up in a wave of bombings that tore through the resort of Sharm el-Sheikh early on Saturday, killing at least 64 people.",
        "Residents were caught in a wave of explosions which ripped through a market in Kirkuk on Saturday, killing 12 people.",
    ])
    func aWaveWithItsOwnTollIsOneEvent(sentence: String) {
        let i = ExtractionFixture.one(sentence, published: "2024-02-12")
        #expect(i?.role == .main)
        #expect((i?.killed ?? 0) > 0)
    }

    @Test(arguments: [
        "Officials warned of a wave of attacks that could hit the capital.",
        "Residents of Kirkuk live in fear amid a wave of bombings that has shaken the city since January.",
    ])
    func aWaveWithoutATollStaysAClass(sentence: String) {
        #expect(ExtractionFixture.main("Security update\n\n\(sentence)", published: "2024-02-12").isEmpty)
    }

    // MARK: Sinai resorts below the neighbours' population floor

    @Test(arguments: [
        ("Three bombs exploded in the resort town of Dahab on Monday evening, killing 23 people.", "Dahab"),
        ("A car bomb exploded outside the Hilton hotel in Taba on Thursday night, killing 31 people.", "Taba"),
        ("A bomb went off at a beach camp near Nuweiba on Thursday, killing three Israelis.", "Nuweiba"),
    ])
    func sinaiResortsArePlaces(sentence: String, town: String) {
        let i = ExtractionFixture.one(sentence, published: "2024-02-16")
        // ("Hilton hotel, Taba": a site the gazetteer lacks, under the town.)
        #expect(i?.place?.hasSuffix(town) == true)
        #expect(i?.admin1 == "South Sinai")
        #expect(i?.country == "Egypt")
    }

    // MARK: A site's common name in a town of another country

    @Test(arguments: [
        ("Militants attacked the US embassy in the Yemeni capital Sanaa on Wednesday, killing 16 people.", "Sanaa"),
        ("Gunmen opened fire on the American embassy in Tripoli on Tuesday, wounding two guards.", "Tripoli"),
    ])
    func aSiteNamedInAnotherCountrysTownIsThatTown(sentence: String, town: String) {
        let i = ExtractionFixture.one(sentence, published: "2024-02-14")
        #expect(i?.place?.hasSuffix(town) == true)
        #expect(i?.country != "Iraq")
    }

    @Test func theSiteStaysInItsOwnTown() {
        let i = ExtractionFixture.one("Rockets struck near the US embassy in Baghdad on Monday.", published: "2024-02-14")
        #expect(i?.placeID == "us-embassy-baghdad")
    }

    // MARK: Slashed dates

    @Test(arguments: [
        ("09/17/2023: gunmen attacked a checkpoint in Arish, killing two soldiers.", "2023-09-17"),
        ("17/09/2023: gunmen attacked a checkpoint in Arish, killing two soldiers.", "2023-09-17"),
    ])
    func aSlashedDateWithADayOverTwelveIsRead(sentence: String, day: String) {
        let t = TimeExpressions.find(in: sentence as NSString, text: sentence, published: Day(iso: "2024-02-14"))
        #expect(t.first?.date?.description == day)
    }

    @Test func anAmbiguousSlashedDateIsNotRead() {
        let s = "06/07/2023: gunmen attacked a checkpoint in Arish."
        #expect(TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2024-02-14")).allSatisfy { $0.date == nil })
    }
}
