import Testing
@testable import ChronicleKit

/// A camp the town lists lack, fire on unarmed people, shots fired into a car, a killing news measures the days since,
/// counts of attacks over years, and arrest raids (forty-seventh session).
@Suite("Camps, shots and days since")
struct CampsShotsAndDaysSinceTests {
    @Test(arguments: ["Camp Ashraf", "Ashraf camp", "Ashraf"])
    func theCampOfTheExilesLiesInDiyala(_ name: String) {
        let found = ExtractionFixture.extract("Camp stormed\n\nIraqi troops attacked \(name) north-east of Baghdad on Friday, killing 34 residents.", published: "2011-04-09")
        #expect(found.first?.admin1 == "Diyala")
        #expect(found.first?.country == "Iraq")
    }

    @Test(arguments: [
        "Soldiers opened fire with automatic weapons on unarmed residents in Baquba on Friday, killing 34.",
        "Troops opened fire with live ammunition on protesters in Baquba on Friday, killing 34.",
    ])
    func fireWithWeaponsOnUnarmedPeopleIsNoClash(_ sentence: String) {
        let found = ExtractionFixture.extract("Shooting\n\n\(sentence)", published: "2011-04-09")
        #expect(found.first?.eventType == .other)
        #expect(found.first?.killed == 34)
    }

    @Test(arguments: [
        "was killed on Sunday afternoon in central Tehran by two men on a motorcycle who fired five shots into his car",
        "died on Sunday afternoon in central Tehran after two men on a motorcycle fired several bullets into his car",
        "was killed on Sunday afternoon in central Tehran when gunmen fired 12 shots at his car",
    ])
    func shotsFiredIntoACarAreAnAttack(_ clause: String) {
        let found = ExtractionFixture.extract("Colonel killed\n\nA colonel of the Guards \(clause).", published: "2022-05-26")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2022-05-22"))
    }

    @Test(arguments: [("Four days after", "2022-05-22"), ("A week after", "2022-05-19"), ("Eight days after", "2022-05-18")])
    func aLeadCountingTheDaysSinceAKillingDatesIt(_ opening: String, _ iso: String) {
        let text = """
        Colonel's killing shakes Tehran

        \(opening) a colonel of the Revolutionary Guards was shot dead outside his home in Tehran, the killing is turning into a crisis.

        Officials have named no suspect.

        In April last year, an explosion hit the enrichment halls at Natanz.
        """
        let found = ExtractionFixture.extract(text, published: "2022-05-26")
        let killing = found.first { $0.place == "Tehran" }
        #expect(killing?.date == Day(iso: iso))
        #expect(killing?.killed == 1)
        // Older news told later does not make the lead's killing a mere cause.
        #expect(killing?.role == .main || iso == "2022-05-18")
    }

    @Test(arguments: [
        "He added that the group was also responsible for several explosive devices placed in Bogotá since 2015.",
        "Police say the cell carried out dozens of bombings in the capital since last year.",
    ])
    func aCountOfAttacksOverYearsIsNoEvent(_ sentence: String) {
        let found = ExtractionFixture.extract("Arrests\n\nPolice arrested nine people on Saturday.\n\n\(sentence)", published: "2017-06-25")
        #expect(found.isEmpty)
    }

    @Test(arguments: ["captured", "detained", "arrested"])
    func raidsThatCapturePeopleAreNoAttack(_ verb: String) {
        let found = ExtractionFixture.extract("Arrests\n\nPolice \(verb) nine suspects on Saturday in simultaneous raids in Bogotá and two other departments.", published: "2017-06-25")
        #expect(found.isEmpty)
    }

    @Test(arguments: ["set off an explosive belt", "set off her explosive vest", "sets off an explosive device"])
    func settingOffABeltIsABombing(_ clause: String) {
        let found = ExtractionFixture.extract("Sheikh killed\n\nOn Tuesday, a woman entered the sheikh's house in Mosul and \(clause) hidden under her clothes, killing him and six visitors.", published: "2012-09-01")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .iedAttack)
    }

    @Test func wearingAVestIsNoBombing() {
        let found = ExtractionFixture.extract("Checkpoint attacked\n\nOn Tuesday a man wearing a suicide vest attacked a checkpoint in Mosul, killing four soldiers.", published: "2012-09-01")
        #expect(found.first?.eventType != .iedAttack)
    }

    @Test(arguments: ["less than six weeks after", "two weeks after", "ten days after"])
    func anEventSetWeeksBeforeTheNewsIsNotTheNews(_ gap: String) {
        let text = """
        Sheikh killed in his house

        On Tuesday, 28 August 2012, a woman set off an explosive belt in the sheikh's house in Mosul, killing seven people.

        His death came \(gap) an attack on the leadership of the Muslims of Tatarstan.
        """
        let found = ExtractionFixture.extract(text, published: "2012-09-01")
        let news = found.first { $0.date == Day(iso: "2012-08-28") }
        #expect(news?.place == "Mosul")
        #expect(news?.killed == 7)
    }
}
