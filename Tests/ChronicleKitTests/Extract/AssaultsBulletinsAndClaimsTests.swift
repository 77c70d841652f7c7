import Foundation
import Testing
@testable import ChronicleKit

/// Combined assaults, bulletins with numbered sections, claims told with the attack's toll, and the forms of older
/// reports (inquiries, statements, threads) that date and place an event in their own way.
@Suite("Assaults, bulletins and claims")
struct AssaultsBulletinsAndClaimsTests {
    // MARK: Combined assaults

    @Test func anAssaultUsingShellsCarBombsAndGunmenThatIsFoughtOutIsAClash() {
        let text = """
        Jail attack in Kirkuk

        Late on Saturday, insurgents carried out a coordinated attack on the central jail in Kirkuk, using mortar rounds, two car bombs and gunmen armed with rifles.

        The guards fought the attackers until dawn. Seven guards were killed and twelve were wounded.
        """
        let found = ExtractionFixture.extract(text, published: "2016-05-09")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .armedClash)
        #expect(found.first?.killed == 7)
    }

    @Test func anAssaultRepelledAfterABattleToldLaterIsAClash() {
        let text = """
        Militants attack two army posts in northern Sinai overnight

        On Sunday night militants launched simultaneous attacks on two army posts in Arish and Rafah, using mortars, a suicide car bomb and fighters.

        Four soldiers were killed at Arish.

        The officials said the curfew would stay in place for the rest of the week and that schools would reopen on Thursday.

        Residents were told to stay indoors.

        Power was cut across the city for most of Monday.

        At Rafah, the attack was repelled after a battle lasting three hours.
        """
        let found = ExtractionFixture.extract(text, published: "2016-05-09")
        // Rafah's assault was fought out; nothing says Arish's was.
        #expect(found.first { $0.place == "Rafah" }?.eventType == .armedClash)
        #expect(found.first { $0.place == "Arish" }?.eventType == .other)
    }

    @Test func shellingAloneStaysAMortarAttack() {
        let found = ExtractionFixture.one("Militants fired mortar rounds at an army post in Arish on Sunday, wounding three soldiers.", published: "2016-05-09")
        #expect(found?.eventType == .mortarAttack)
    }

    // MARK: Weapons and words

    @Test(arguments: [
        "A lorry full of explosives blew up outside a police station in Kirkuk on Monday, killing nine people.",
        "On Monday a truck full of explosives was driven into a crowded market in Kirkuk and blew up, killing nine people.",
    ])
    func aVehicleFullOfExplosivesIsABomb(text: String) {
        let found = ExtractionFixture.one(text, published: "2016-05-10")
        #expect(found?.eventType == .iedAttack)
        #expect(found?.killed == 9)
    }

    @Test func aSeriesOfRocketsThatFellIsOneBarrage() {
        let found = ExtractionFixture.one("Before dawn on Tuesday a series of Grad rockets fell on residential streets of Donetsk, killing four people.", published: "2015-01-21")
        #expect(found?.eventType == .rocketAttack)
        #expect(found?.date == Day(iso: "2015-01-20"))
    }

    @Test func aSeriesOfAttacksOverMonthsIsNoEvent() {
        #expect(ExtractionFixture.extract("A series of rocket attacks has hit the city over recent months.", published: "2015-01-21").isEmpty)
    }

    @Test func aGuidedMissileWarshipIsNoMissileAttack() {
        let found = ExtractionFixture.one("The guided missile frigate HMS Example was damaged by an explosion while docked in Port Sudan on Tuesday.", published: "2015-01-21")
        #expect(found?.eventType != .missileAttack)
    }

    @Test func aSmallBoatThatExplodedBesideAShipIsABomb() {
        let text = """
        Tanker hit off Mukalla

        A tanker was damaged by an explosion off Mukalla on Tuesday, the port authority said.

        Witnesses said a small skiff came alongside the tanker and exploded at the waterline.
        """
        #expect(ExtractionFixture.extract(text, published: "2015-01-21").first?.eventType == .iedAttack)
    }

    @Test(arguments: [
        "The minister called the bombing an attack on democracy and said the elections would go ahead on Sunday.",
        "The editor said the raid on the newspaper's office on Monday was an assault on press freedom.",
    ])
    func anAttackOnAnAbstractionIsAFigureOfSpeech(text: String) {
        let found = ExtractionFixture.extract(text, published: "2015-01-21")
        #expect(found.count <= 1)
    }

    @Test func theCountryHasSeenAWaveOfAttacksIsAClass() {
        #expect(ExtractionFixture.extract("Since then the country has seen a wave of suicide attacks on the security forces in the north.", published: "2015-01-21").isEmpty)
    }

    // MARK: Tolls

    @Test func aCountAsOfThisAfternoonIsTheEventsToll() {
        let text = """
        Rocket barrage on Zamalka leaves hundreds dead, doctors say

        On Monday, rockets fell on the town of Zamalka, east of Damascus.

        As of this afternoon, the medical office has registered 212 deaths.
        """
        #expect(ExtractionFixture.extract(text, published: "2013-08-21").first?.killed == 212)
    }

    @Test func aBulletinsNumberedSectionHeadGoesOnWithTheEvent() {
        let text = """
        Situation bulletin: Kafr Zita

        1. Summary

        At about 3 a.m. on Monday, shells fell on the village of Kafr Zita.

        2. Casualties

        Eleven people were killed, among them four children.
        """
        #expect(ExtractionFixture.extract(text, published: "2014-05-13").first?.killed == 11)
    }

    @Test(arguments: [
        ("The only person killed was the bomber himself.", 1),
        ("The only fatality was the driver of the car.", 1),
    ])
    func theOnlyPersonKilledIsOne(sentence: String, killed: Int) {
        let text = "Court bombing in Diyarbakir\n\nA car bomb exploded outside the court in Diyarbakir on Monday, wounding 14 people. \(sentence)"
        #expect(ExtractionFixture.extract(text, published: "2016-01-05").first?.killed == killed)
    }

    @Test func figuresOfAnotherEventToldTheSameWeekAreNotTheBombings() {
        let text = """
        Grozny bus station bombing

        On 3 June a car bomb exploded at the bus station in Grozny, killing six people.

        In the same week as the Grozny bombing, police said three suspected militants were killed in an operation in Nalchik.
        """
        let found = ExtractionFixture.extract(text, published: "2011-06-10")
        #expect(found.first(where: { $0.place == "Grozny" })?.killed == 6)
    }

    // MARK: Dates

    @Test func aWeekAgoWednesdayIsTheWednesdayOfLastWeek() {
        let s = "The attack came a week ago Wednesday."
        let t = TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2013-08-30"))
        #expect(t.first?.date == Day(iso: "2013-08-21"))
        #expect(t.first?.precision == .day)
    }

    @Test func twoWeeksAgoSundayCountsTwoWeeks() {
        let s = "It happened two weeks ago Sunday."
        #expect(TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2013-08-30")).first?.date == Day(iso: "2013-08-18"))
    }

    @Test func aTimeBeforeASpeakerIsTheStatementsDay() {
        let s = "Today Mr Kerry said the government had carried out the attack."
        #expect(TimeExpressions.find(in: s as NSString, text: s, published: Day(iso: "2013-08-30")).first?.isSpeechTime == true)
        let own = "Today gunmen attacked a checkpoint."
        #expect(TimeExpressions.find(in: own as NSString, text: own, published: Day(iso: "2013-08-30")).first?.isSpeechTime == false)
    }

    @Test func theEveOfAnOccasionIsNotTheEventsDay() {
        let found = ExtractionFixture.one("Two bombs hit buses in Beirut on the eve of the 14 February rally, killing three.", published: "2007-02-13")
        #expect(found?.date != Day(iso: "2007-02-14"))
    }

    @Test func aStatementDatedADayIsNotTheAttacksDay() {
        let text = """
        Group claims airport bombing

        The group has claimed the car bomb attack on the airport in Bilbao that killed two men on 30 December.

        In the statement, dated 7 January, it says the attack was not intended to cause victims.
        """
        let found = ExtractionFixture.extract(text, published: "2007-01-09")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2006-12-30"))
    }

    @Test func theSameDateIsTheDayToldJustBefore() {
        let text = """
        Report of the inquiry into the loss of the ferry

        1. The ferry left the port of Zamboanga at about 2100H of 12 March 2005 with 400 passengers on board.

        2. At about 2230H of the same date, an explosion occurred in the passenger section, killing 11 people.
        """
        let found = ExtractionFixture.asGiven(text)
        #expect(found.first?.date == Day(iso: "2005-03-12"))
    }

    @Test func theBlastWasAtAClockAndDayIsAReport() {
        let text = """
        Thirteen dead now confirmed

        Thirteen sailors are now confirmed dead.

        The blast was around 0915 local yesterday, at the fuel pier in Djibouti.
        """
        let found = ExtractionFixture.extract(text, published: "2005-03-12")
        #expect(found.first?.date == Day(iso: "2005-03-11"))
    }

    @Test func anAttackThatTookPlaceTodayDespiteATruceElsewhereIsNoSecondEvent() {
        let text = """
        Manama, March 3 (BNA) -- Two soldiers were martyred in a drone attack on the southern border of Saudi Arabia, the army announced.

        The army said that the attack took place today, despite the cessation of military operations in Yemen.
        """
        #expect(ExtractionFixture.extract(text, published: "2023-03-03").count == 1)
    }

    // MARK: Claims and places

    @Test func aClaimHeadlineJoinsTheOlderBombingItClaims() {
        let text = """
        Rebels claim Nairobi bombing

        The group has claimed responsibility for the car bomb attack on the Nairobi bus station that killed four people on 2 March.

        Its last deadly attack had been on 5 October 2012, when a car bomb in Mombasa killed two police officers.
        """
        let found = ExtractionFixture.extract(text, published: "2014-03-16")
        #expect(found.count == 2)
        #expect(found.contains { $0.date == Day(iso: "2014-03-02") && $0.place == "Nairobi" })
        #expect(!found.contains { $0.date == Day(iso: "2014-03-16") })
    }

    @Test func aClaimThatTheBlastWasCausedIsNoClaimOfResponsibility() {
        #expect(Attribution.claimed.first("The army claims that the blast was caused by a stray rocket." as NSString) == nil)
        #expect(Attribution.claimed.first("Rebels claim Nairobi bombing" as NSString) != nil)
    }

    @Test func aPaperNamedAfterAPlaceIsNoPlace() {
        let found = ExtractionFixture.one("The group claimed the bomb attack on the airport in Madrid that killed two men on Saturday, according to a statement published by the Basque daily Gara.", published: "2007-01-09")
        #expect(found?.place != "Gara mountain")
    }

    @Test func theOtherSideOfAWarIsNoPlace() {
        let found = ExtractionFixture.one("A bomb exploded at a military parade in Mahabad on Wednesday, at the start of the week commemorating the war with Iraq, killing 12 people.", published: "2010-09-23")
        #expect(found?.place == "Mahabad")
    }

    @Test func aVillageNearAnotherIsWhereItHappened() {
        let found = ExtractionFixture.one("Two bombs tore through minibuses in Kfar Mishki, near Rashaya, this morning, killing three people.", published: "2007-02-13")
        #expect(found?.place == "Kfar Mishki")
    }

    @Test func shotsFiredAtAPostAreAnEvent() {
        let found = ExtractionFixture.one("On the night of 14 September 2010, gunmen fired automatic weapons at a police post in Nazran.", published: "2010-09-20")
        #expect(found?.date == Day(iso: "2010-09-14"))
        #expect(found?.place == "Nazran")
    }

    // MARK: Text

    @Test func aListNumberDoesNotEndASentence() {
        let text = "2. Casualties and damage"
        #expect(SentenceSplitter.split(text).count == 1)
        #expect(SentenceSplitter.split("He was born in 1970. Then he left.").count == 2)
    }

    @Test(arguments: [
        ("- 2009-09-CA-010: Afghan forces detain suspected IED facilitators in Helmand (Sept. 3, 2009)", true),
        ("The bomb exploded. Nobody was hurt", false),
    ])
    func aListedHeadlineMayHoldAnAbbreviatedMonth(line: String, listed: Bool) {
        #expect(Boilerplate.isListedHeadline(line) == listed)
    }

    @Test(arguments: ["Related releases", "Latest statements", "Previous bulletins", "Related SPIEGEL ONLINE links"])
    func relatedListsOfOtherKinds(line: String) {
        #expect(Boilerplate.relatedMarker.test(line.lowercased() as NSString) || Boilerplate.relatedMarker.test(line as NSString))
    }
}
