import Foundation
import Testing
@testable import ChronicleKit

/// Shots fired into a service, an office or a crowd; quarters and suburbs named with a town; a village placed by its
/// distance from a town; replies within a border clash; attacks that may come and flights that go on.
@Suite("Shootings, quarters and replies")
struct ShootingsQuartersAndRepliesTests {
    @Test(arguments: [
        "Two masked gunmen opened fire during Mass at a Catholic church in Istanbul on Sunday, killing one man.",
        "Gunmen opened fire at the offices of two oil companies in Khobar on Saturday, killing 16 people.",
        "Militants opened fire on the terrace of a cafe in Ouagadougou on Friday evening, killing three people.",
        "Snipers opened fire from rooftops on the demonstrators in Sanaa on Friday, killing 45 people.",
        "A gunman opened fire inside a supermarket in Amman on Tuesday, wounding four shoppers.",
    ])
    func shotsIntoAServiceAnOfficeOrACrowdAreNoClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .other)
    }

    @Test(arguments: [
        "Gunmen opened fire inside the police station in Ramadi on Monday, killing two officers.",
        "Militants opened fire on security services in Ramadi on Monday, killing two.",
        "Four gunmen opened fire on an army checkpoint near Arish on Monday, killing two soldiers.",
    ])
    func shotsAtArmedMenStayAClash(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.eventType == .armedClash)
    }

    @Test(arguments: [
        ("A car bomb went off on Thursday near a checkpoint in al-Mazraa neighbourhood in Damascus, killing 53 people.", "al-Mazraa, Damascus"),
        ("A suicide bomber struck on Thursday in the al-Mazraa quarter of Damascus, killing 12 people.", "al-Mazraa, Damascus"),
    ])
    func aQuarterNamedLikeAForeignTownIsAQuarter(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence, published: "2013-02-22")?.place == place)
    }

    @Test(arguments: [
        ("Twin car bombs exploded in the Damascus suburb of Jaramana on Wednesday, killing 34 people.", "Jaramana"),
        ("A car bomb exploded in the Sadr City district of Baghdad on Wednesday, killing 34 people.", "Sadr City"),
    ])
    func theSmallerOfATownAndItsSuburbIsThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aVillagePlacedByItsDistanceFromATownIsThePlace() {
        let found = ExtractionFixture.one("At least 60 people were killed on Saturday night when insurgents attacked Dalori village, about 12 kilometres from Maiduguri.")
        #expect(found?.place == "Dalori")
    }

    @Test func aDistanceWithoutANamedVillageKeepsTheTown() {
        #expect(ExtractionFixture.one("A roadside bomb struck a patrol 20 km from Kirkuk on Monday, killing two soldiers.")?.place == "Kirkuk")
    }

    @Test func aSeaDescribingResortTownsPlacesNothing() {
        let found = ExtractionFixture.main(headline: "Rockets hit two resort towns",
            "Five rockets were fired early on Monday at the twin Red Sea resort towns of Eilat and Aqaba.")
        #expect(Set(found.compactMap(\.place)) == ["Eilat", "Aqaba"])
    }

    @Test func aCountryFramingTheSentenceLeavesTheTownMeasuredFrom() {
        let found = ExtractionFixture.one("In Israel, police said one rocket landed in an open area north of Eilat on Monday.")
        #expect(found?.place == "Eilat")
    }

    @Test func aShootingDatedWithOfIsNews() {
        let found = ExtractionFixture.main("Doctors have listed the names of 52 people killed in the shooting of Friday, 18 March 2011, in Sanaa.", published: "2011-03-20")
        #expect(found.first?.date == Day(year: 2011, month: 3, day: 18))
        #expect(found.first?.killed == 52)
    }

    @Test func gunmenPostedOnRoofsWhoFiredOnProtestersAreAnAttack() {
        let found = ExtractionFixture.one("Dozens were killed in Sanaa on Friday when gunmen posted on the roofs of nearby houses fired on the protesters.")
        #expect(found?.eventType == .other)
    }

    @Test func aShootingCalledAClashKeepsItsType() {
        let found = ExtractionFixture.main(headline: "Dozens killed at protest camp",
            "Gunmen fired on protesters in Sanaa on Friday, killing 45 people.",
            "The government said the shooting was a clash between the protesters and local residents.")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .other)
    }

    @Test(arguments: [
        "Lebanon would confront any Israeli aggression, the president said in Baabda on Tuesday.",
        "Israel would respond forcefully to any attack on its soldiers in Metula, the minister said on Tuesday.",
    ])
    func anAttackThatMayComeIsNoEvent(sentence: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-02-14").isEmpty)
    }

    @Test func warplanesThatKeepFlyingOverAreNoStrike() {
        let found = ExtractionFixture.extract("Israeli warplanes continued to fly over the south during the night, the army said.", published: "2024-02-14")
        #expect(found.isEmpty)
    }

    @Test func aReplyToldAfterABorderClashIsPartOfIt() {
        let found = ExtractionFixture.main(headline: "Border clash",
            "Two soldiers and a journalist were killed on Tuesday in an exchange of fire between the Lebanese army and Israeli forces near the border village of Adaisseh.",
            "Israeli tanks answered with shells on army positions in Adaisseh, and a helicopter fired missiles at an army post.",
            "The journalist, a reporter for a Beirut daily, was killed by a shell near the army post.",
            published: "2010-08-04")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .armedClash)
        #expect(found.first?.killed == 3)
    }

    @Test func aJunctionInsideAListedAreaIsThePlace() {
        let found = ExtractionFixture.one("Two sisters were killed on Friday when gunmen opened fire on their car near the Hamra Junction in the Jordan Valley.")
        #expect(found?.place?.hasPrefix("Hamra Junction") == true)
    }

    @Test func aQuarterNamedWithoutATownLiesInTheReportsTown() {
        let found = ExtractionFixture.main(headline: "Two bombs in Baghdad",
            "A car bomb exploded in central Baghdad on Sunday, killing 20 people.",
            "About an hour later, a second bomb went off in a market in the northern Shaab district, killing five people and injuring 16, police said.")
        #expect(found.contains { $0.place == "Shaab, Baghdad" && $0.killed == 5 })
    }

    @Test(arguments: [
        ("The Israeli strikes near Baalbek hit two buildings in the town of Bouday, west of the city, on Monday, killing two Hezbollah members.", "Bouday"),
        ("An Israeli drone strike near Nabatieh on Monday destroyed a house in the village of Kfar Tebnit, killing two people.", "Kfar Tebnit"),
    ])
    func theVillageHitBeatsTheTownTheStrikesWereNear(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func aPlaceNounThatNamesNothingLeavesTheBareName() {
        let found = ExtractionFixture.one("Two policemen were lightly injured in Sanabis on Sunday night when masked men threw petrol bombs at a patrol near the roundabout.")
        #expect(found?.place == "Sanabis")
    }

    @Test(arguments: [
        "Israeli shelling near Nabatieh on Monday destroyed a house in the village of Kfar Tebnit, killing two people.",
        "Turkish artillery fire on Tuesday levelled two homes on the edge of Tal Tamr, the monitor said.",
    ])
    func anAttackThatDestroysHomesIsNews(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.role == .main)
    }

    @Test(arguments: ["the Badr mosque", "a rally on Hezbollah Street", "the Hamas school"])
    func aBuildingNamedAfterAGroupIsNotTheGroup(phrase: String) {
        let kb = ExtractionFixture.kb
        let text = "A bomb went off near \(phrase) on Friday."
        let found = IncidentExtractor.withoutBuildingNames(kb.actors.mentions(in: text), Array(text.utf16))
        #expect(found.isEmpty)
    }

    @Test func aGroupBeforeAnotherWordIsStillTheGroup() {
        let kb = ExtractionFixture.kb
        let text = "Hamas fighters fired rockets on Friday."
        #expect(!IncidentExtractor.withoutBuildingNames(kb.actors.mentions(in: text), Array(text.utf16)).isEmpty)
    }

    @Test func moreBombersWhoStruckAreMenWithBombs() {
        let found = ExtractionFixture.main(headline: "Mosques bombed",
            "Suicide bombers struck two mosques in Sanaa on Friday, killing 137 people.",
            "Two more bombers struck a third mosque in the north of the city minutes later.",
            published: "2015-03-21")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.eventType == .iedAttack })
    }

    @Test func aMosqueNamedLikeAForeignTownIsNoPlaceInThatCountry() {
        let found = ExtractionFixture.main(headline: "Twin bombings in Tripoli",
            "Two car bombs exploded outside two mosques in Tripoli, Lebanon's second city, on Friday afternoon.",
            "Five minutes after the first, a second car bomb blew up outside the al-Salam mosque in the al-Mina district, killing 20 people.",
            published: "2013-08-24")
        #expect(found.allSatisfy { $0.country == "Lebanon" })
    }

    @Test func aNamedMosqueInASentenceWithNoListedPlaceIsThePlace() {
        let found = ExtractionFixture.one("Two more bombers struck the al-Hashoosh mosque in the north of the city on Friday.", published: "2015-03-21")
        #expect(found?.place == "al-Hashoosh mosque")
    }

    @Test func oneBuildingToldWithMoreOrLessOfItsTownIsOnePlace() {
        let found = ExtractionFixture.main(headline: "Hospital destroyed",
            "Airstrikes destroyed the Al-Quds Hospital in the al-Sukkari district of Aleppo on Wednesday, killing 27 people.",
            "Staff said the Al-Quds Hospital in Aleppo was hit directly at about 9:45 pm on Wednesday.",
            published: "2016-04-28")
        #expect(found.count == 1)
    }

    @Test func aNamedMeadowInADistrictIsThePlace() {
        let found = ExtractionFixture.one("Gunmen opened fire on tourists at Baisaran meadow in Kashmir's Anantnag district on Tuesday, killing 26 people.", published: "2025-04-23")
        #expect(found?.place == "Baisaran meadow")
    }

    @Test func aFurtherBombingAtAnotherNamedMosqueMinutesLaterIsItsOwnEvent() {
        let found = ExtractionFixture.main(headline: "Mosques bombed in Sanaa",
            "A suicide bomber struck the Badr mosque in Sanaa on Friday, killing 30 worshippers.",
            "Two more bombers struck the al-Hashoosh mosque in the north of the city minutes later.",
            published: "2015-03-21")
        #expect(found.count == 2)
        #expect(found.contains { $0.place == "al-Hashoosh mosque" })
    }

    @Test func aNamedAirportInASentenceWithNoListedPlaceIsThePlace() {
        #expect(ExtractionFixture.one("A suicide bomber blew himself up in the arrivals hall of Vnukovo Airport late on Monday, killing 20 people.")?.place == "Vnukovo Airport")
    }

    @Test(arguments: [
        ("A car bomb exploded in the Shorja market in central Baghdad on Monday, killing 20 people.", "Shorja market, Baghdad"),
        ("Two bombs ripped through the crowded Nyanya motor park on the outskirts of Abuja on Monday, killing 71 people.", "Nyanya motor park, Abuja"),
    ])
    func aNamedMarketOrBusParkInATownIsThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test func theDayASiegeEndedIsNotTheAttacksDay() {
        let found = ExtractionFixture.main(headline: "Hotel siege ends",
            "Security forces ended an overnight siege at a hotel in Ouagadougou on Saturday after gunmen killed at least 28 people, officials said.",
            "The attack began at about 7.30pm on Friday, when gunmen opened fire on the terrace of a cafe across the road.",
            published: "2016-01-16")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(year: 2016, month: 1, day: 15))
    }
}
