import Foundation
import Testing
@testable import ChronicleKit

/// Where victims come from or were about to go (no place of the attack), the day told inside a claim's relative clause
/// ("claimed the murder of an officer who was shot dead … on Monday night"), and Northern Ireland's towns and armed
/// groups (forty-third session).
@Suite("Origins, deployments and claimed killings")
struct OriginsDeploymentsAndClaimedKillingsTests {
    @Test(arguments: [
        "The Continuity IRA has claimed responsibility for the murder of a police officer who was shot dead in Craigavon on Monday night.",
        "The Real IRA claimed the killing of a constable who was gunned down in Craigavon late on Monday night.",
        "Responsibility for the murder of an officer who had been shot dead in Craigavon on Monday night was claimed by the Continuity IRA.",
    ])
    func aDayInsideTheClaimsRelativeClauseDatesTheAttack(_ lead: String) {
        let text = """
        Police officer murdered in Craigavon

        \(lead)

        A caller using a recognised codeword contacted a newspaper yesterday and said the attack had been carried out by a local unit.
        """
        let found = ExtractionFixture.extract(text, published: "2009-03-11")
        #expect(found.contains { $0.place == "Craigavon" && $0.date == Day(iso: "2009-03-09") })
        #expect(!found.contains { $0.date == Day(iso: "2009-03-10") })
    }

    @Test func aClaimMadeOnADayStillDatesOnlyTheClaim() {
        let text = """
        Bomb in Kirkuk claimed

        A roadside bomb killed two soldiers near Kirkuk on Saturday. The Islamic State claimed responsibility for the attack on Monday.
        """
        let found = ExtractionFixture.extract(text, published: "2019-07-16")
        #expect(found.contains { $0.place == "Kirkuk" && $0.date == Day(iso: "2019-07-13") })
        #expect(!found.contains { $0.date == Day(iso: "2019-07-15") })
    }

    @Test(arguments: [
        "Two soldiers, aged 23 and 21, from Birmingham and London, were killed when gunmen opened fire outside the barracks in Antrim on Saturday night.",
        "The victims, a married father from Coventry and his son, were killed when gunmen opened fire outside the barracks in Antrim on Saturday night.",
        "Two sappers from Leeds or Manchester were killed when gunmen opened fire outside the barracks in Antrim on Saturday night.",
    ])
    func whereVictimsComeFromIsNoPlaceOfTheAttack(_ sentence: String) {
        let found = ExtractionFixture.extract("Soldiers shot dead at barracks\n\n\(sentence)", published: "2009-03-09")
        #expect(found.contains { $0.place == "Antrim" && $0.date == Day(iso: "2009-03-07") })
        #expect(found.allSatisfy { $0.place == "Antrim" })
    }

    @Test(arguments: [
        "hours before they were due to deploy to Afghanistan.",
        "a day before they were set to fly to Kabul.",
        "as the unit was preparing to return to Iraq.",
    ])
    func whereVictimsWereAboutToGoIsNoPlaceOfTheAttack(_ tail: String) {
        let text = """
        Soldiers shot dead at barracks

        Gunmen opened fire on soldiers collecting a delivery at the gate of the barracks in Antrim, Northern Ireland, on Saturday night, killing two.

        The two sappers were killed at the gate at about 9.40pm, \(tail)
        """
        let found = ExtractionFixture.extract(text, published: "2009-03-09")
        #expect(found.contains { $0.place == "Antrim" && $0.killed == 2 })
        #expect(!found.contains { ["Afghanistan", "Kabul", "Iraq"].contains($0.place) })
    }

    @Test func troopsDeployedInACountryAreStillPlacedThere() {
        let found = ExtractionFixture.extract("Soldiers killed in Mali\n\nThree soldiers deployed to Mali were killed when a roadside bomb hit their convoy near Gao on Sunday.", published: "2019-07-16")
        #expect(found.contains { $0.place == "Gao" })
    }

    @Test(arguments: [("Omagh", "Omagh"), ("Craigavon", "Craigavon"), ("Londonderry", "Derry"), ("Derry", "Derry"), ("Newry", "Newry")])
    func northernIrelandsTownsAreKnown(_ written: String, _ name: String) {
        let p = KnowledgeBase.builtIn().gazetteer.mentions(in: "A car bomb exploded in \(written).").first?.entry
        #expect(p?.name == name)
        #expect(p?.admin1 == "Northern Ireland")
        #expect(p?.country == "United Kingdom")
    }

    /// (The same for the small towns of two other wars: Sri Lanka's and the North Caucasus's.)
    @Test(arguments: [("Anuradhapura", "Sri Lanka"), ("Vavuniya", "Sri Lanka"), ("Beslan", "Russia"), ("Kizlyar", "Russia"),
                      ("Budyonnovsk", "Russia"), ("Yessentuki", "Russia")])
    func smallTownsOfOtherWarsAreKnown(_ name: String, _ country: String) {
        let p = KnowledgeBase.builtIn().gazetteer.mentions(in: "A suicide bomber struck in \(name).").first?.entry
        #expect(p?.name == name)
        #expect(p?.country == country)
    }

    @Test(arguments: [("the Continuity IRA", "Continuity IRA"), ("the Ulster Volunteer Force", "Ulster Volunteer Force"),
                      ("the INLA", "Irish National Liberation Army"), ("the Real IRA", "Real IRA")])
    func northernIrelandsArmedGroupsClaimTheirAttacks(_ written: String, _ name: String) {
        let text = """
        Shooting in Newry

        Gunmen shot dead a man in Newry on Monday night. \(written.prefix(1).uppercased() + written.dropFirst()) claimed responsibility for the attack.
        """
        let found = ExtractionFixture.extract(text, published: "2009-03-11")
        #expect(found.contains { $0.place == "Newry" && $0.perpetrator == name })
    }
}

/// A long aside between a count and its verb ("Twenty-two people, among them a provincial governor's official and
/// members of the security forces, were killed").
@Suite("Long asides in a count")
struct LongCountAsidesTests {
    @Test(arguments: [
        "Twenty-two people, among them a provincial governor's official and members of the security forces, were killed when gunmen opened fire on their bus near Zahedan on Thursday.",
        "Twenty-two people, including a district governor's driver and four members of the Revolutionary Guards, were killed when gunmen opened fire on their bus near Zahedan on Thursday.",
        "22 people, many of them pilgrims returning home from the holy city of Mashhad for the holidays, were killed when gunmen opened fire on their bus near Zahedan on Thursday.",
    ])
    func aLongAsideKeepsTheCount(_ sentence: String) {
        let found = ExtractionFixture.extract("Travellers killed near Zahedan\n\n\(sentence)", published: "2006-03-18")
        #expect(found.first?.killed == 22)
    }
}

/// Raids that arrest people, with no one hurt and no fire exchanged, are no attack (forty-third session).
@Suite("Arrest raids")
struct ArrestRaidsTests {
    @Test(arguments: [
        "In Kirkuk, police detained 11 people in house raids this morning, according to their lawyers.",
        "Police arrested 40 suspects in dawn raids in Kirkuk on Tuesday.",
        "Dozens of activists were rounded up in overnight raids on homes in Kirkuk, their families said on Tuesday.",
    ])
    func raidsThatArrestPeopleAreNoAttack(_ sentence: String) {
        #expect(ExtractionFixture.extract("Raids in Kirkuk\n\n\(sentence)", published: "2011-10-19").isEmpty)
    }

    @Test(arguments: [
        "Troops raided a village near Kirkuk on Tuesday, killing two gunmen and arresting five.",
        "Police detained three men after a raid on a house in Kirkuk on Tuesday in which gunmen opened fire on officers.",
    ])
    func raidsWithBloodshedOrGunfireStayEvents(_ sentence: String) {
        #expect(ExtractionFixture.extract("Raid in Kirkuk\n\n\(sentence)", published: "2011-10-19").contains { $0.place == "Kirkuk" })
    }
}

/// A wave of bombings told over a city is the city's, even when one of its blasts is placed in a quarter (forty-third
/// session).
@Suite("City-wide waves")
struct CityWideWavesTests {
    @Test(arguments: [
        "At least 63 people were killed when a string of car bombs, roadside bombs and a suicide attack struck Baghdad this morning, officials said.",
        "A wave of bombings tore through Baghdad this morning, killing at least 63 people, officials said.",
        "Coordinated blasts across Baghdad killed at least 63 people this morning, officials said.",
    ])
    func aWaveOverACityStaysTheCitys(_ lead: String) {
        let text = """
        Bombs across Baghdad

        \(lead)

        Most were in mainly Shia neighbourhoods, but a roadside bomb also went off in the Sunni district of Adhamiya.
        """
        let found = ExtractionFixture.extract(text, published: "2011-12-22")
        #expect(found.contains { $0.place == "Baghdad" && $0.killed == 63 })
        #expect(!found.contains { $0.place == "Adhamiya" })
    }

    @Test func oneBombInACityIsPlacedInItsQuarter() {
        let text = """
        Bomb in Baghdad

        A roadside bomb exploded in Baghdad this morning, killing three people, officials said.

        Police said the bomb exploded at 8 a.m. this morning near a market in the Adhamiya district.
        """
        let found = ExtractionFixture.extract(text, published: "2011-12-22")
        #expect(found.contains { $0.place == "Adhamiya" && $0.killed == 3 })
    }
}

/// Pakistan's military says its dead "embraced shahadat"; South Asian armed groups claim attacks (forty-third session).
@Suite("Shahadat and South Asian groups")
struct ShahadatAndSouthAsianGroupsTests {
    @Test(arguments: [("In the cowardly attack 61 persons embraced shahadat, including 60 police recruits.", 61),
                      ("Three soldiers embraced shahadat when terrorists attacked a post in Quetta last night.", 3),
                      ("Two policemen embraced martyrdom in the attack.", 2)])
    func embracingShahadatIsDying(_ sentence: String, _ killed: Int) {
        let text = "Attack in Quetta\n\nTerrorists attacked a police post in Quetta last night.\n\n\(sentence)"
        #expect(ExtractionFixture.extract(text, published: "2016-10-25").first?.killed == killed)
    }

    @Test(arguments: [("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi"), ("LeJ al-Alami", "Lashkar-e-Jhangvi al-Alami"),
                      ("Jaish-e-Mohammed", "Jaish-e-Mohammed")])
    func southAsianGroupsClaimTheirAttacks(_ written: String, _ name: String) {
        let text = "Bombing in Quetta\n\nA bomb exploded at a market in Quetta on Monday, killing 12 people. \(written) claimed responsibility for the attack."
        #expect(ExtractionFixture.extract(text, published: "2016-10-25").contains { $0.place == "Quetta" && $0.perpetrator == name })
    }
}

/// People shot in cold blood, told without an attack word: "executed the men with automatic weapons", "the killing of
/// 22 pilgrims" (forty-third session); only with a place and a day, like "gunmen killed three".
@Suite("Executions and killings of many")
struct ExecutionsAndKillingsTests {
    @Test(arguments: [
        "A terrorist group set up a fake checkpoint near Nukhaib on Monday evening, stopped a bus and executed the men with automatic weapons.",
        "The government formed a committee to investigate the killing of 22 pilgrims near Nukhaib on Monday night.",
        "Police are investigating the murders of seven farmers near Nukhaib on Monday night.",
    ])
    func coldBloodedKillingsWithPlaceAndDayAreEvents(_ sentence: String) {
        let found = ExtractionFixture.extract("Pilgrims killed in the desert\n\n\(sentence)", published: "2011-09-13")
        #expect(found.contains { $0.place == "Nukhaib" && $0.date == Day(iso: "2011-09-12") })
    }

    @Test(arguments: [
        "Court officials said 12 prisoners were executed in Baghdad on Monday after their appeals failed.",
        "The killing of civilians must stop, the minister said in Baghdad on Monday.",
        "The rebels executed two men with automatic weapons, the report said.",
    ])
    func executionsByTheStateOrWithoutPlaceAndDayAreNot(_ sentence: String) {
        #expect(ExtractionFixture.extract("Iraq news\n\n\(sentence)", published: "2011-09-13").isEmpty)
    }
}

/// A day something is planned for ("the session set for Monday") is no past day (forty-third session).
@Suite("Planned days")
struct PlannedDaysTests {
    @Test(arguments: ["Many saw the timing of the attack, days before the session set for Monday to elect a president, as a message.",
                      "The vote, scheduled for next Tuesday, was postponed after the bombing.",
                      "The hearing was adjourned until Thursday."])
    func aPlannedDayIsNoTime(_ s: String) {
        #expect(TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2007-12-13")).filter { $0.precision == .day }.isEmpty)
    }

    @Test func aDayTheAttackWasSetOffStillCounts() {
        let s = "The bomb, which was set off on Monday near the army barracks, killed two soldiers."
        #expect(TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2007-12-13")).contains { $0.date == Day(iso: "2007-12-10") })
    }
}

/// "In Washington, American officials confirmed …": the seat of the speakers a sentence opens on is no place of the
/// event they speak of (forty-third session).
@Suite("Speakers' seats")
struct SpeakersSeatsTests {
    @Test(arguments: ["In Washington, American officials confirmed his death and said the strike had been carried out by US drones.",
                      "In London, government sources said the drone strike had been carried out by the United States.",
                      "In Paris, the ministry said the drone strike had been carried out by the United States."])
    func theSeatOfTheSpeakersIsNoPlace(_ sentence: String) {
        let text = """
        Cleric killed in Yemen

        The Defence Ministry said the cleric was targeted and killed about eight kilometres from the town of Khashef.

        Tribal sources said an unmanned aircraft fired on two vehicles.

        \(sentence)
        """
        let found = ExtractionFixture.extract(text, published: "2011-09-30")
        #expect(!found.contains { ["Washington", "London", "Paris"].contains($0.place) })
    }

    @Test func aTownOpeningASentenceOfEventsStaysThePlace() {
        let text = "Bombing in Kirkuk\n\nIn Kirkuk, a car bomb exploded outside a police station on Friday, killing three officers, police said."
        #expect(ExtractionFixture.extract(text, published: "2011-09-30").contains { $0.place == "Kirkuk" && $0.killed == 3 })
    }
}
