import Foundation
import Testing
@testable import ChronicleKit

/// A victim's career told in a relative clause (no place of the attack), a toll whose aside lists the victim the lead
/// named, and a label someone else pins on an attack ("It was an LTTE suicide attack"), which is blame (forty-fourth
/// session).
@Suite("Careers, listed victims and verdicts")
struct CareersListsAndVerdictsTests {
    @Test(arguments: [
        "A former army commander who oversaw some of the bloodiest operations of the war in Jaffna was killed on Monday when a bomb exploded at a rally in Anuradhapura.",
        "A retired general, who had served as governor in Jaffna, was killed on Monday when a bomb exploded at a rally in Anuradhapura.",
        "An opposition politician who grew up in Jaffna was killed on Monday when a bomb exploded at a rally in Anuradhapura.",
    ])
    func aPlaceInAVictimsCareerIsNoPlaceOfTheAttack(_ lead: String) {
        let found = ExtractionFixture.extract("Politician killed in blast\n\n\(lead)", published: "2008-10-07")
        #expect(found.contains { $0.place == "Anuradhapura" && $0.date == Day(iso: "2008-10-06") })
        #expect(!found.contains { $0.place == "Jaffna" })
    }

    @Test func aCareerPlaceAloneStillPlacesTheEvent() {
        // With no other place named, the clause's town is all the sentence gives: it is kept.
        let found = ExtractionFixture.extract("Official shot\n\nAn official who once worked in Kirkuk was shot dead by gunmen on Monday.", published: "2019-07-16")
        #expect(found.contains { $0.place == "Kirkuk" })
    }

    @Test(arguments: [
        "At least 26 people, among them the general and his wife, party officials and a journalist, were killed and nearly 90 wounded.",
        "Twenty-six people, including the general, two of his aides and a photographer, died in the blast.",
        "The blast killed 26 people, among them the general.",
    ])
    func aTollThatListsTheNamedVictimIsTheWholeCount(_ toll: String) {
        let text = """
        General killed in blast

        A retired general was killed on Monday morning when a suicide bomber blew himself up at a party office in Anuradhapura.

        \(toll)
        """
        let found = ExtractionFixture.extract(text, published: "2008-10-07")
        #expect(found.contains { $0.place == "Anuradhapura" && $0.killed == 26 })
    }

    @Test func aLaterSmallerCountOfAnotherGroupDoesNotReplaceTheLeadsOne() {
        let text = """
        Soldiers killed in Kirkuk

        Four soldiers were killed on Monday when a roadside bomb hit their patrol near Kirkuk.

        Two civilians, including a child, were wounded.
        """
        let found = ExtractionFixture.extract(text, published: "2019-07-16")
        #expect(found.contains { $0.place == "Kirkuk" && $0.killed == 4 && $0.wounded == 2 })
    }

    @Test(arguments: [
        "\"It was an LTTE suicide attack,\" a military spokesman said of Monday's bombing in Anuradhapura, which killed 26 people.",
        "State media declared it an LTTE suicide attack within an hour of Monday's bombing in Anuradhapura, which killed 26 people.",
        "The army described it as an LTTE attack: Monday's bombing in Anuradhapura killed 26 people.",
    ])
    func aLabelPinnedByOthersIsBlame(_ sentence: String) {
        let found = ExtractionFixture.extract("Bombing in Anuradhapura\n\n\(sentence)", published: "2008-10-07")
        #expect(found.contains { $0.place == "Anuradhapura" })
        #expect(found.allSatisfy { $0.perpetrator == "unknown" })
        #expect(found.contains { $0.suspected == "Liberation Tigers of Tamil Eelam" })
    }

    @Test func aGroupNamedOnItsAttackStaysThePerpetrator() {
        let found = ExtractionFixture.extract("Bombing in Anuradhapura\n\nAn LTTE suicide attack killed 26 people in Anuradhapura on Monday.", published: "2008-10-07")
        #expect(found.contains { $0.perpetrator == "Liberation Tigers of Tamil Eelam" })
    }
}

/// Russia's regions under the names the news gives them ("Stavropol Krai", "North Ossetia-Alania", "the Chechen
/// Republic"), not as the capital they share a stem with.
@Suite("Russian regions")
struct RussianRegionTests {
    @Test(arguments: [
        ("A bomb exploded on a commuter train in Stavropol Krai on Friday morning, killing 40 people.", "Stavropol Krai"),
        ("A car bomb exploded outside a police station in the Chechen Republic on Friday, killing three officers.", "Chechnya"),
        ("A suicide bomber struck a military hospital in North Ossetia on Friday, killing 50 people.", "North Ossetia-Alania"),
    ])
    func aRegionNamedAsTheNewsNamesItIsTheRegion(_ sentence: String, _ region: String) {
        let found = ExtractionFixture.extract("Bombing\n\n\(sentence)", published: "2003-12-05")
        // (The place keeps the name the text gives; the province is the gazetteer's.)
        #expect(found.contains { $0.admin1 == region && $0.country == "Russia" && $0.place != "Stavropol" && $0.place != "Grozny" })
    }

    @Test func aTownNamedLaterPlacesTheRegionsEvent() {
        let text = """
        Blast on commuter train

        An explosion tore apart a carriage of a crowded commuter train in Stavropol Krai on Friday morning, killing 40 people.

        The blast went off about 400 metres after the train left the station at Yessentuki.
        """
        let found = ExtractionFixture.extract(text, published: "2003-12-05")
        #expect(found.contains { $0.place == "Yessentuki" && $0.admin1 == "Stavropol Krai" && $0.killed == 40 })
    }
}

/// Villagers killed by armed men told without an attack word: "33 villagers were killed … by an armed group", "raided
/// the village and murdered 33 unarmed citizens", "a group of armed men fired on displaced families" (forty-fourth
/// session).
@Suite("Massacres told without an attack word")
struct MassacresWithoutAttackWordTests {
    @Test(arguments: [
        "In the village of Basbaglar, in the Kemaliye district of Erzincan, 33 villagers were killed and most of the houses were set on fire on Monday evening by an armed group.",
        "Thirty-three villagers were shot dead by gunmen in the village of Basbaglar, in the Kemaliye district of Erzincan, on Monday evening.",
        "On Monday evening 33 villagers were massacred by militants in the village of Basbaglar in the Kemaliye district of Erzincan.",
    ])
    func villagersKilledByArmedMenAreAnAttackOnThem(_ sentence: String) {
        let found = ExtractionFixture.extract("Massacre in Erzincan\n\n\(sentence)", published: "1993-07-07")
        #expect(found.contains { $0.place == "Basbaglar" && $0.admin1 == "Erzincan" && $0.date == Day(iso: "1993-07-05") && $0.killed == 33 && $0.eventType == .other })
    }

    @Test func soldiersKilledByRebelsAreNoAttackOnCivilians() {
        let found = ExtractionFixture.extract("Ambush\n\nFive soldiers were killed by rebels near Erzincan on Monday evening.", published: "1993-07-07")
        #expect(found.contains { $0.killed == 5 && $0.eventType != .other })
    }

    @Test func aKillingWithNoDayIsNoEvent() {
        let found = ExtractionFixture.extract("Report\n\nOver the years, 33 villagers were killed by armed groups in Erzincan.", published: "1993-07-07")
        #expect(found.isEmpty)
    }

    @Test(arguments: ["murdered 33 unarmed citizens", "massacred 33 villagers", "killed 33 villagers"])
    func aRaidOnAVillageThatKillsVillagersIsAnAttackOnThem(_ killing: String) {
        let found = ExtractionFixture.extract("Massacre\n\nOn the evening of 5 July, PKK militants raided the village of Basbaglar in Erzincan province and \(killing).", published: "1993-07-09")
        #expect(found.contains { $0.place == "Basbaglar" && $0.killed == 33 && $0.eventType == .other && $0.perpetrator.contains("PKK") })
    }

    @Test(arguments: [
        "At least 45 people were killed on Monday in the community of Acteal, in the Chiapas highlands, when a group of armed men fired on displaced families gathered in a chapel.",
        "Armed men fired on women and children in the community of Acteal, in Chiapas, on Monday, killing 45.",
        "On Monday paramilitaries fired on pilgrims in the community of Acteal, in Chiapas, killing 45 people.",
    ])
    func armedMenFiringOnFamiliesIsAnAttack(_ sentence: String) {
        let found = ExtractionFixture.extract("Massacre in Chiapas\n\n\(sentence)", published: "1997-12-23")
        #expect(found.contains { $0.place == "Acteal" && $0.admin1 == "Chiapas" && $0.date == Day(iso: "1997-12-22") && $0.killed == 45 })
    }
}

/// Where attackers came from, one victim told back as all the dead, the wounded who died later, and a claim told after
/// the event's figures (forty-fourth session).
@Suite("Origins, later deaths and late claims")
struct OriginsLaterDeathsAndLateClaimsTests {
    @Test(arguments: ["communities", "villages", "neighbouring towns"])
    func thePlacesAttackersCameFromAreNoPlaceOfTheAttack(_ noun: String) {
        let text = """
        Massacre in Chiapas

        On Monday, in the community of Acteal, Chiapas, a paramilitary group from the \(noun) of Los Chorros, Puebla and La Esperanza attacked displaced families praying in a chapel, killing 45 people.
        """
        let found = ExtractionFixture.extract(text, published: "1997-12-23")
        #expect(found.contains { $0.place == "Acteal" && $0.killed == 45 })
        #expect(!found.contains { $0.place == "Puebla" })
    }

    @Test(arguments: [
        "The driver of the bus was killed in the attack.",
        "The driver, an Angolan citizen, was killed in the attack.",
    ])
    func oneVictimToldBackIsTheDeadWhenNoneAreCounted(_ victim: String) {
        let text = """
        National team's bus attacked in Cabinda

        The bus carrying the national team was attacked by armed men yesterday afternoon in the province of Cabinda.

        \(victim) Nine members of the delegation were wounded and taken to hospital.
        """
        let found = ExtractionFixture.extract(text, published: "2010-01-09")
        #expect(found.contains { $0.place == "Cabinda" && $0.killed == 1 && $0.wounded == 9 })
    }

    @Test(arguments: [
        ("Late last night the federation announced that two of the wounded, the assistant coach and the press officer, had died.", 3),
        ("Hospital officials said two of the injured have since died.", 3),
        ("The death toll rose to three after two of the wounded died in hospital.", 3),
    ])
    func theWoundedWhoDiedLaterAddToTheDead(_ later: String, _ killed: Int) {
        let text = """
        National team's bus attacked in Cabinda

        The bus carrying the national team was attacked by armed men yesterday afternoon in the province of Cabinda, killing the driver.

        Nine members of the delegation were wounded and taken to hospital. \(later)
        """
        let found = ExtractionFixture.extract(text, published: "2010-01-09")
        #expect(found.contains { $0.place == "Cabinda" && $0.killed == killed })
    }

    @Test func aClaimToldAfterTheFiguresIsTheEventsClaim() {
        let text = """
        National team's bus attacked in Cabinda

        The bus carrying the national team was attacked by armed men yesterday afternoon in the province of Cabinda.

        The driver was killed in the attack. Nine members of the delegation were wounded. Some were flown to Luanda. Late last night two of the wounded had died.

        The FLEC-PM, a faction which is not party to the 2006 memorandum, claimed responsibility in a statement sent from abroad.
        """
        let found = ExtractionFixture.extract(text, published: "2010-01-09")
        #expect(found.contains { $0.place == "Cabinda" && $0.perpetrator.contains("FLEC-PM") })
    }

    @Test func aClaimAfterAnotherEventIsNotCarriedBack() {
        let text = """
        Team bus attacked and bomb in Luanda

        The bus carrying the national team was attacked by armed men yesterday afternoon in the province of Cabinda.

        The driver was killed. Nine were wounded. Some were flown to Luanda.

        Separately, a bomb exploded in Luanda on Thursday, killing two people. The FLEC-PM claimed responsibility.
        """
        let found = ExtractionFixture.extract(text, published: "2010-01-09")
        #expect(found.contains { $0.place == "Cabinda" && $0.perpetrator == "unknown" })
    }
}

/// Peasants killed by a band of armed men who named themselves to their victims (forty-fourth session).
@Suite("Self-named attackers")
struct SelfNamedAttackersTests {
    @Test(arguments: [
        "who identified themselves as members of the Autodefensas Unidas de Colombia (AUC)",
        "saying they belonged to the AUC",
        "who said they were AUC paramilitaries",
    ])
    func attackersWhoNameThemselvesAreThePerpetrator(_ naming: String) {
        let text = """
        Massacre in the Montes de María

        At least 24 peasants were killed yesterday at dawn in the village of Chengue, in the department of Sucre, Colombia, by a group of about fifty armed men \(naming).
        """
        let found = ExtractionFixture.extract(text, published: "2001-01-18")
        #expect(found.contains { $0.place == "Chengue" && $0.killed == 24 && $0.eventType == .other && $0.perpetrator.contains("AUC") })
    }

    @Test func aGroupOnlyAccusedStaysSuspected() {
        let text = """
        Massacre in the Montes de María

        At least 24 peasants were killed yesterday at dawn in the village of Chengue, in the department of Sucre, Colombia, by a group of about fifty armed men. The army blamed the AUC.
        """
        let found = ExtractionFixture.extract(text, published: "2001-01-18")
        #expect(found.contains { $0.place == "Chengue" && $0.perpetrator == "unknown" })
    }
}

/// An undated report that dates its news in full and tells what followed "two days later, on October 18"; sailors "on
/// leave from the Trincomalee base" (forty-fourth session).
@Suite("Days after a full date, travellers' bases")
struct DaysAfterAFullDateTests {
    @Test(arguments: ["Two days later, on October 18,", "On October 18,", "A week later, on 23 October,"])
    func aDayJustAfterTheOnlyFullDateIsOfItsYear(_ opening: String) {
        let text = """
        A bloody prelude to the talks

        The suicide bombing near Habarana on October 16, 2006, killed at least 99 sailors.

        \(opening) Sea Tigers attacked the naval base at Galle, killing one sailor.
        """
        let found = ExtractionFixture.asGiven(text)
        #expect(found.contains { $0.place == "Galle" && $0.date?.year == 2006 })
    }

    @Test func aDayMonthsAfterTheFullDateIsOfTheYearBefore() {
        let text = """
        A look back

        The bombing in Galle on 2 February 2007 killed four sailors.

        On 12 November, gunmen attacked a police post in Jaffna, killing two officers.
        """
        let found = ExtractionFixture.asGiven(text)
        #expect(found.contains { $0.place == "Jaffna" && $0.date == Day(iso: "2006-11-12") })
    }

    @Test(arguments: ["on leave from the Trincomalee base", "on their way home from Trincomalee"])
    func whereTravellersCameFromIsNoPlaceOfTheAttack(_ origin: String) {
        let text = """
        Navy convoy bombed

        A truck laden with explosives drove into a halt in Anuradhapura on Monday where buses carrying sailors \(origin) had stopped, killing 99.
        """
        let found = ExtractionFixture.extract(text, published: "2006-10-17")
        #expect(found.contains { $0.place == "Anuradhapura" && $0.killed == 99 })
        #expect(!found.contains { $0.place == "Trincomalee" })
    }
}

/// A see in a cleric's title ("the Maronite Patriarchate of Antioch" over a bishops' statement) is no place of the
/// events the clerics speak of (forty-fourth session).
@Suite("Clerics' sees")
struct ClericsSeesTests {
    @Test(arguments: ["Maronite Patriarchate of Antioch and All the East", "Office of the Archbishop of Antioch", "The Greek Orthodox Patriarch of Antioch"])
    func aSeeInAClericsTitleIsNoPlace(_ masthead: String) {
        let text = """
        Statement of the bishops

        \(masthead)

        The bishops condemned the explosion which struck a church on Sunday morning. A bomb hidden near the altar exploded among the worshippers. Ten of the faithful were killed.
        """
        let found = ExtractionFixture.extract(text, published: "1994-03-02")
        #expect(found.contains { $0.killed == 10 })
        #expect(!found.contains { $0.place == "Antakya" || $0.country == "Turkey" })
    }
}
