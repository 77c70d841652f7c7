import Testing
@testable import ChronicleKit

/// A train named after its route, and "the attack …, which occurred at 7:45pm on Monday" told as news (forty-seventh
/// session).
@Suite("Routes and clauses that say when")
struct RoutesAndOccurredClausesTests {
    @Test(arguments: [
        "the attack on the train, which occurred at about 7:45pm on Monday",
        "the attack by gunmen on the train, which took place on Monday",
        "the ambush, which happened late on Monday",
    ])
    func anAttackWhoseOwnClauseSaysWhenIsNews(_ phrase: String) {
        let found = ExtractionFixture.extract("Security update\n\nThe state government has received reports on \(phrase).", published: "2022-03-29")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2022-03-28"))
    }

    @Test(arguments: ["the Abuja-Kaduna passenger train", "the Abuja-Kaduna train", "a Kaduna-Abuja bus"])
    func aTrainNamedAfterItsRouteIsNotAtItsEnds(_ vehicle: String) {
        let text = "Train attacked\n\nGunmen attacked \(vehicle) near Rijana in Kaduna State on Monday, killing eight passengers."
        let found = ExtractionFixture.extract(text, published: "2022-03-29")
        #expect(found.count == 1)
        #expect(found.first?.place != "Abuja")
        #expect(found.first?.killed == 8)
    }
}
