import Testing
@testable import ChronicleKit

/// Tolls of the fifty-first session (invented phrasings): deaths a witness documented or an official confirmed, people
/// taken prisoner beside the dead, and fighting told by the toll it took.
@Suite("Toll wording")
struct TollWordingTests {
    /// "documented the deaths of at least 170 soldiers": a count of the dead, like "claimed the lives of".
    @Test(arguments: [
        ("Our correspondents documented the deaths of at least 170 soldiers in the final assault.", 170),
        ("The health ministry confirmed the deaths of 12 civilians, among them four children.", 12),
        ("Monitors recorded the deaths of twenty-three fighters on both sides.", 23),
    ])
    func deathsSomeoneCounted(_ sentence: String, _ killed: Int) {
        #expect(ExtractionFixture.casualties(sentence).killed == killed)
    }

    /// "40 soldiers were killed and 68 captured": the second count is of people taken, not more dead.
    @Test(arguments: [
        "At least 40 soldiers were killed and 68 captured, a defence source said.",
        "Forty soldiers were killed and 12 missing after the attack.",
        "40 policemen were killed and 15 abducted when the post fell.",
    ])
    func peopleTakenAreNotAddedToTheDead(_ sentence: String) {
        #expect(ExtractionFixture.casualties(sentence).killed == 40)
    }

    /// ("killed a policeman and two others" still adds the others.)
    @Test func othersKilledAreStillAdded() {
        #expect(ExtractionFixture.casualties("Gunmen killed a policeman and two others in the market.").killed == 3)
    }

    /// "The fighting at the airport on Tuesday killed at least 33": fighting that killed a counted number is a clash.
    @Test(arguments: [
        ("The fighting at the airport in Hodeidah on Tuesday killed at least 33 fighters.", 33),
        ("Fierce fighting in Hodeidah on Tuesday left 52 dead.", 52),
        ("Fighting between rival clans near Kirkuk on Monday killed two people.", 2),
    ])
    func fightingToldByItsToll(_ sentence: String, _ killed: Int) throws {
        let clash = try #require(ExtractionFixture.one(sentence, published: "2018-06-20"))
        #expect(clash.eventType == .armedClash)
        #expect(clash.killed == killed)
    }

    /// Not fighting over a span, nor fighting with no count.
    @Test(arguments: ["The fighting has killed thousands since 2015.", "The fighting in Hodeidah on Tuesday killed many."])
    func noClashFromFightingWithoutACount(_ sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2018-06-20") == nil)
    }
}
