import Foundation
import Testing
@testable import ChronicleKit

/// Two attacks in one sentence told with the same weapon; tolls of several events told together; days told as the
/// event's own or borrowed from an earlier full date; where victims were travelling to; what an event is measured against.
@Suite("Same days, destinations and joint tolls")
struct SameDaysDestinationsAndJointTollsTests {
    @Test(arguments: [
        "Three women wearing explosive vests blew themselves up among pilgrims in Baghdad on Monday, and a suicide bomber struck a Kurdish rally in Kirkuk hours later, killing at least 50 people in the two cities, officials said.",
        "A car bomb exploded at a market in Mosul on Monday, and a suicide bomber hit a police station in Basra minutes later, killing at least 30 people in both attacks.",
    ])
    func aNewAttackerInAClauseAtAFarTownIsASecondAttack(sentence: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.count == 2)
        #expect(Set(found.compactMap(\.country)).count == 1)
        // The toll of both cities is no one attack's figure.
        #expect(found.allSatisfy { $0.killed == nil })
    }

    @Test func aJointTollIsNoFigureButOneAttacksStill() {
        #expect(CasualtyReader.read("The bombings killed 27 people in the two districts, police said." as NSString).killed == nil)
        #expect(CasualtyReader.read("At least 40 people were killed in both attacks." as NSString).killed == nil)
        #expect(CasualtyReader.read("The bombing killed 27 people in the district, police said." as NSString).killed == 27)
    }

    @Test(arguments: [
        "In Baghdad, the women detonated their explosives in the Karrada district as crowds walked to the shrine.",
        "The attacker detonated an explosive belt at the gate of a police academy in Kirkuk.",
    ])
    func detonatingExplosivesIsABombing(sentence: String) {
        let found = ExtractionFixture.main("A suicide attack was reported on Monday. " + sentence, published: "2024-02-14")
        #expect(found.contains { $0.eventType == .iedAttack && $0.place != nil })
    }

    @Test func aReferenceNamingItsOwnDayIsNotTheEventOfAnotherDay() {
        let text = """
        The police chief was killed yesterday by a suicide bomber in Mosul as he toured the site of an earlier blast, police said. Two of his guards were also killed.

        The health directorate said the number of people killed in Wednesday's explosion in the Zanjili district of Mosul had risen to 40.
        """
        // Published on a Friday: "yesterday" is Thursday the 15th, "Wednesday's explosion" the 14th.
        let found = ExtractionFixture.main(text, published: "2024-02-16")
        let chief = found.first { $0.date?.iso == "2024-02-15" }
        #expect(chief?.killed == 3)
    }

    @Test(arguments: ["Police said Monday's bombing in Kirkuk killed four people.", "Officials said the Monday bombing in Kirkuk killed four people."])
    func aDayOfTheEventAfterSaidIsNoTimeOfSpeaking(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-14").first?.date?.iso == "2024-02-12")
    }

    @Test func aSameWeekdayTakesTheEarlierFullDateWithoutAPublicationDay() {
        let text = """
        Kirkuk buries its dead

        The attack took place on the morning of Monday, 28 July 2008, when a suicide bomber blew himself up among demonstrators in Kirkuk, killing 25 people.

        On the same Monday in Baghdad, three women suicide bombers blew themselves up among pilgrims in the Karrada district, killing 32 people.
        """
        let found = ExtractionFixture.asGiven(text).filter { $0.role == .main }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.date?.iso == "2008-07-28" })
        #expect(Set(found.compactMap(\.place)).count == 2)
    }

    @Test func aWeekdayWithADayAndMonthTakesTheYearTheTextNames() {
        let text = """
        Second shooting in two days

        In the first attack, on Tuesday evening, 31 August 2010, gunmen opened fire on a car near Hebron, killing four people.

        Then on Wednesday night, 1 September, gunmen fired from a passing car at an Israeli vehicle near Ramallah, wounding two people.

        In June, a police officer was shot dead in a similar ambush near Hebron.
        """
        let found = ExtractionFixture.asGiven(text)
        #expect(found.contains { $0.date?.iso == "2010-08-31" && $0.killed == 4 })
        #expect(found.contains { $0.date?.iso == "2010-09-01" && $0.place == "Ramallah" })
        // "In June" (no year) is not the August attack.
        #expect(found.contains { $0.date == nil && $0.killed == 1 })
    }

    @Test(arguments: [
        "Gunmen in a passing car fired at a group of worshippers outside a mosque in Kirkuk on Monday, wounding three.",
        "Terrorists sprayed a car with automatic fire near Hebron on Monday, police said.",
    ])
    func armedMenFiringAtPeopleIsAnAttack(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-02-14").count == 1)
    }

    @Test func policeFiringIntoTheAirIsNoAttack() {
        #expect(ExtractionFixture.main("Police fired into the air to disperse the crowd in Kirkuk on Monday.", published: "2024-02-14").isEmpty)
    }

    @Test func allOfACountedGroupIsTheEventsToll() {
        let found = ExtractionFixture.main("Gunmen opened fire on a car near Hebron on Tuesday. All four passengers were killed.", published: "2024-02-14")
        #expect(found.first?.killed == 4)
    }

    @Test(arguments: [
        ("A suicide bomber blew himself up among pilgrims walking to the holy city of Karbala this morning, near a checkpoint in Nasiriyah, killing 44 people.", "Nasiriyah"),
        ("A roadside bomb struck a bus carrying pilgrims on their way to Najaf near Hilla on Monday, killing six.", "Hilla"),
    ])
    func whereTravellersWereGoingIsNotWhereTheyWereHit(sentence: String, place: String) {
        let found = ExtractionFixture.main(sentence, published: "2024-02-14")
        #expect(found.first?.place == place)
    }

    @Test func aDroneHeadedForABaseStillPlacesTheAttack() {
        let found = ExtractionFixture.main("Ten drones headed for Hmeimim air base on Saturday night and three for the naval facility in Tartus, the ministry said.", published: "2024-02-14")
        #expect(found.contains { $0.place?.lowercased().contains("hmeimim") == true })
    }

    @Test func whereVictimsComeFromIsNotWhereTheyWereHit() {
        let found = ExtractionFixture.main("A suicide bomber struck a checkpoint near Nasiriyah this morning, killing 44 pilgrims. The pilgrims, many of them from Basra, had stopped to be searched when the attacker detonated his explosive belt.", published: "2024-02-14")
        #expect(!found.contains { $0.place == "Basra" })
    }

    @Test func whatAnEventIsMeasuredAgainstGivesItNoDayNorPlace() {
        let found = ExtractionFixture.extract("""
        Bombs in Sadr City killed at least 27 people on Thursday, police said.

        The bombings were the deadliest since the last American troops left Iraq on 18 December.

        Saturday's massacre is the worst attack on a school since the crisis in the North West region began.
        """, published: "2024-01-05")
        #expect(!found.contains { $0.date?.iso == "2023-12-18" })
        #expect(!found.contains { $0.place == "North West" })
    }

    @Test func aMassacreJudgedIsNoSecondEvent() {
        let found = ExtractionFixture.main("Two airstrikes hit a crowded market in Mastaba on Tuesday, killing 97 people. \"What happened in Mastaba is a massacre of people who went to the market,\" a resident said on Wednesday morning.", published: "2024-02-14")
        #expect(found.count == 1)
        #expect(ExtractionFixture.main("Gunmen massacred 43 farmers in Zabarmari on Saturday.", published: "2024-02-14").first?.killed == 43)
    }

    @Test(arguments: [
        "In a second attack in the northern city of Mazar-i-Sharif, a bomb fitted to a bicycle went off near a procession, killing four people.",
        "In another attack, a roadside bomb exploded near a police patrol in Kandahar, wounding three officers.",
    ])
    func aFurtherAttackToldWithoutADayIsTheSameDays(second: String) {
        let found = ExtractionFixture.main("KABUL - A suicide attacker blew himself up among mourners at a shrine in Kabul today, killing 54 people.\n\n" + second, published: "2011-12-06")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.date?.iso == "2011-12-06" })
    }

    @Test func theProvinceWhosePoliceSpeakIsNotThePlace() {
        let found = ExtractionFixture.main("A suicide attacker blew himself up among mourners at a shrine in Kabul today, killing 54 people. Minutes later, a bomb attached to a bicycle exploded near mourners in the northern city of Mazar-i-Sharif, killing four people, the Balkh police said.", published: "2011-12-06")
        #expect(found.contains { $0.place == "Mazar-i-Sharif" })
        #expect(!found.contains { $0.place == "Balkh" })
    }

    @Test(arguments: [
        "Three Chinese citizens were among the people killed when gunmen stormed a hotel in Bamako on Friday.",
        "Two Britons were among those killed in the attack on a hotel in Bamako on Friday.",
    ])
    func somePeopleAmongTheDeadAreNotTheToll(sentence: String) {
        #expect(CasualtyReader.read(sentence as NSString).killed == nil)
    }

    @Test func aNumberOfOthersIsNoCount() {
        let c = CasualtyReader.read("Four workers were killed and a number of others were injured, the ministry said." as NSString)
        #expect(c.killed == 4)
        #expect(c.wounded == nil)
    }

    @Test func aTownTheSiteIsLocatedInIsTheSitesPlace() {
        let found = ExtractionFixture.main("A drone struck the Khor Mor gas field late Friday night, killing four workers. The drone hit a storage area inside the field, located in Chamchamal district, at about 11:50 p.m.", published: "2024-04-27")
        #expect(found.count == 1)
    }

    @Test func aSahelGroupClaimingIsThePerpetrator() {
        let found = ExtractionFixture.main("Gunmen stormed a hotel in Bamako on Friday, killing 21 people. Al-Mourabitoun claimed responsibility for the attack.", published: "2015-11-21")
        #expect(found.first?.perpetrator == "al-Mourabitoun")
    }

    @Test func aFurtherStrikeIsOneMoreOfTheKindToldBefore() {
        let found = ExtractionFixture.main("Israeli air strikes hit two houses in the town of Khiam on Thursday, killing 10 people. Another strike targeted a farm near the village of Kfar Kila without causing casualties.", published: "2024-01-19")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.eventType == .airstrike })
    }

    @Test func aSecondExplosionIsPartOfTheSameAttack() {
        let found = ExtractionFixture.main("At least 120 people were killed yesterday when suicide bombers struck the central mosque in Kano. A second explosion went off outside among worshippers, and gunmen then opened fire on those fleeing.", published: "2014-11-29")
        #expect(found.count == 1)
    }

    @Test func aZeroSaidByAMinistryAbroadIsStillTheEventsZero() {
        let found = ExtractionFixture.main("Five French soldiers were wounded yesterday when a roadside bomb exploded beside their vehicle in Sidon. No one was killed, the Defence Ministry in Paris said in a statement.", published: "2011-07-27")
        #expect(found.first?.killed == 0)
        #expect(found.first?.wounded == 5)
    }

    @Test(arguments: ["Over 70 Killed As Truck Bomb Hits Ministries Compound", "Three Soldiers Killed, Two Wounded In Roadside Blast"])
    func aTitleCaseHeadlineCountsTheDead(headline: String) {
        let c = CasualtyReader.read(headline as NSString)
        #expect(c.killed != nil)
        #expect(c.killed != c.wounded)
    }

    @Test func aDayAndMonthWithoutAYearIsTheLatestBeforeTheNewsDate() {
        let text = """
        Truck bomb hits ministries compound

        More than 70 people were killed when a truck bomb exploded at a compound in Mogadishu on Tuesday, 4 October 2011, officials said.

        On 10 June, the interior minister was killed by a suicide bomber at his home in Mogadishu.

        On 12 December, a car bomb killed nine people at a market in Mogadishu.
        """
        let found = ExtractionFixture.asGiven(text)
        #expect(found.contains { $0.date?.iso == "2011-06-10" })
        #expect(found.contains { $0.date?.iso == "2010-12-12" })
    }

    @Test(arguments: ["- Aden: southern movement calls for strike on Tuesday", "Unions called for strike on Monday in Aden over unpaid wages."])
    func aCallForAStrikeIsAStoppage(line: String) {
        #expect(ExtractionFixture.main(line, published: "2010-11-27").isEmpty)
    }

    @Test func aStatesVetoAndASloganPlaceNothing() {
        let found = ExtractionFixture.main("""
        Two car bombs exploded outside security compounds in Aleppo on Friday morning, killing 25 people.

        Friday's bombings came on a day when activists had called for demonstrations under the slogan "Russia is killing our children," a reference to Moscow's veto of a UN resolution.
        """, published: "2012-02-10")
        #expect(found.count == 1)
        #expect(found.first?.place == "Aleppo")
    }
}
