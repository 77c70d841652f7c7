import Testing
@testable import ChronicleKit

/// A chronology entry dated only by its head, placed in a village the gazetteer lacks; a headline's second part with
/// its own day; a group's cadres as the subject of the attack.
@Suite("Entry villages and headline clauses")
struct EntryVillagesAndHeadlineClausesTests {
    @Test(arguments: ["Kadenar", "Tekalguda"])
    func anEntryDatedByItsHeadIsPlacedInTheVillageItNames(village: String) {
        let text = """
        Chhattisgarh Timeline 2021

        March 21

        Four cadres surrendered before the Police in Dantewada District.

        March 23

        Five policemen were killed when Maoists triggered an IED under a bus near \(village) village in Narayanpur District.
        """
        let found = ExtractionFixture.extract(text, published: "2021-04-10")
        #expect(found.contains { $0.place == village && $0.date?.iso == "2021-03-23" })
    }

    @Test(arguments: [
        "22 jawans killed in Bijapur ambush; Shah to visit Bastar today",
        "Bomb kills four in Kirkuk market; minister to visit city on Monday",
    ])
    func aHeadlinesOtherPartKeepsItsDay(headline: String) {
        // Published on a Monday: "today" and "on Monday" are the visit's day, not the attack's (told on Saturday).
        let found = ExtractionFixture.main(headline: headline, "The attack took place on Saturday, police said.", published: "2021-04-05")
        #expect(!found.contains { $0.date?.iso == "2021-04-05" })
    }

    @Test(arguments: [
        "CPI-Maoist cadres triggered an IED under a bus near Narayanpur on Tuesday, killing five policemen.",
        "Taliban guerrillas detonated a roadside bomb near Kandahar on Tuesday, killing two soldiers.",
    ])
    func aGroupsCadresAreItsMen(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first.map { $0.perpetrator != "unknown" } == true)
    }
}
