import Foundation
import Testing
@testable import ChronicleKit

/// One raid told over several towns whose figures come town by town afterwards, "perished" as a word for killed, and
/// uncounted shells or explosions that the sentence says landed.
@Suite("Town tolls and uncounted shells")
struct TownTollsAndUncountedShellsTests {
    @Test(arguments: [
        ("Warplanes struck Mosul and Kirkuk early on Tuesday, officials said.",
         "The health ministry said 40 people lost their lives. In Mosul, 30 people were killed and 50 wounded. In Kirkuk, ten died and 12 were injured.",
         ["mosul": 30, "kirkuk": 10], ["mosul": 50, "kirkuk": 12]),
        ("Enemy aircraft bombed the cities of Ramadi and Fallujah in the early hours of Tuesday.",
         "At Fallujah, six civilians were killed and nine others wounded. At Ramadi two soldiers died.",
         ["fallujah": 6, "ramadi": 2], ["fallujah": 9]),
    ])
    func figuresSetInOneTownAreThatTownsAfterARaidOnSeveral(lead: String, figures: String, killed: [String: Int], wounded: [String: Int]) {
        let found = ExtractionFixture.main(headline: "Raids on two cities", lead, figures)
        for (town, k) in killed { #expect(found.first(where: { $0.placeID == town })?.killed == k, "\(town) killed") }
        for (town, w) in wounded { #expect(found.first(where: { $0.placeID == town })?.wounded == w, "\(town) wounded") }
    }

    @Test func aTownTollIsNotTakenByAnotherTown() {
        let found = ExtractionFixture.main(headline: "Raids on two cities",
            "Warplanes struck Mosul and Kirkuk early on Tuesday, officials said.", "In Kirkuk, ten died and 12 were injured.")
        #expect(found.first(where: { $0.placeID == "kirkuk" })?.killed == 10)
        #expect(found.first(where: { $0.placeID == "mosul" })?.killed == nil)
    }

    @Test(arguments: [
        ("A car bomb exploded in a market in Kirkuk on Friday. Eleven people perished in the blast.", 11),
        ("A car bomb exploded in a market in Kirkuk on Friday, and at least 23 shoppers perished.", 23),
    ])
    func perishedCountsTheDead(text: String, killed: Int) {
        #expect(ExtractionFixture.one(text, published: "1999-01-10")?.killed == killed)
    }

    @Test(arguments: [
        "Artillery shells hit Kirkuk on Monday evening, killing two people.",
        "Artillery shells slammed into a market in Kirkuk on Monday evening, killing two people.",
        "Shells landed on a crowded street in Kirkuk on Monday evening, killing two people.",
    ])
    func uncountedShellsThatLandedAreNews(text: String) {
        let found = ExtractionFixture.one(text, published: "2019-04-16")
        #expect(found?.placeID == "kirkuk")
        #expect(found?.killed == 2)
        #expect(found?.role == .main)
    }

    @Test func shellsOfAPeriodAreNoEvent() {
        #expect(ExtractionFixture.extract("Residents say shells fall on the old city almost every night.", published: "2019-04-16").isEmpty)
    }
}
