import Foundation
import Testing
@testable import ChronicleKit

/// A town named only as the way to the dateline's town; habits and classes of attacks; what "also" happened in the
/// same paragraph; attackers who go on; claims made in a group's name; a day told without a year matched across reports.
@Suite("Bearings, habits and yearless days")
struct BearingsHabitsAndYearlessDaysTests {
    @Test(arguments: [
        ("HILLAH, Iraq (CP) - A suicide bomber drove a car packed with explosives into a crowd of recruits outside a medical clinic south of Baghdad on Monday, killing at least 122 people.", "Hillah"),
        ("BAQUBA, Iraq (AP) — A car bomb exploded at a crowded market north of Baghdad on Tuesday, killing 20 people.", "Baqubah"),
    ])
    func theDatelinesTownLyingAlongTheBearingIsThePlace(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test(arguments: [
        // Erbil lies east of Mosul, not west; Kirkuk lies south of Erbil, not west.
        ("ERBIL, Iraq (Reuters) - A roadside bomb struck an army patrol west of Mosul on Monday, killing two soldiers.", "Mosul"),
        ("KIRKUK, Iraq (AP) - A suicide bomber blew himself up outside a police station west of Erbil on Monday, killing 12 people.", "Erbil"),
    ])
    func aDatelineTownLyingAnotherWayLeavesTheBearing(sentence: String, place: String) {
        #expect(ExtractionFixture.one(sentence)?.place == place)
    }

    @Test(arguments: [
        "Recruiting centres and police stations have been bombed in Baghdad, Baqouba, Mosul and elsewhere over the past year, and hundreds of recruits have been killed.",
        "\"Every day we hear of explosions in Baghdad, Baquba, Mosul. We thought this city was different,\" said a pharmacist.",
        "The Khor Mor gas field has also been repeatedly targeted with rockets and drones over the past year.",
        "Every week there are airstrikes on villages around Idlib, residents say.",
    ])
    func habitsAndClassesOfAttacksAreNoEvent(paragraph: String) {
        let found = ExtractionFixture.extract("Suicide car bomb kills 40 in Hillah\n\nA suicide car bomb killed 40 people outside a clinic in Hillah on Monday.\n\n" + paragraph, published: "2024-02-14")
        #expect(found.map(\.place) == ["Hillah"])
    }

    @Test func anAttackAlsoToldAfterAnEventOfTheParagraphHappenedThatDay() {
        let found = ExtractionFixture.extract("""
        Drone kills US contractor in Syria

        An Iranian-made drone struck a maintenance facility on a coalition base near Hasakah on Thursday, killing a contractor.

        Then, on Friday morning, about 10 rockets were fired at U.S. forces at the Green Village base in eastern Syria. One service member suffered a minor injury. A U.S. official said a drone attack was also attempted against a base in Rumeilan, but it was unsuccessful.
        """, published: "2023-03-24")
        #expect(found.first(where: { $0.place == "Rumeilan" })?.date == Day(iso: "2023-03-24"))
    }

    @Test(arguments: [
        "The attackers opened fire at the entrance to the international terminal shortly before 10pm, before blowing themselves up as police returned fire.",
        "The gunmen then fired on passengers in the arrivals hall as police shot back.",
    ])
    func theAttackersGoingOnAreTheSameAttack(paragraph: String) {
        let found = ExtractionFixture.extract("""
        Suicide bombers kill 41 at Istanbul airport

        ISTANBUL (AFP) - Three suicide bombers armed with assault rifles attacked Istanbul's main international airport late on Tuesday (June 28), killing at least 41 people.

        \(paragraph)
        """, published: "2016-06-29")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .iedAttack)
    }

    @Test(arguments: [
        "An Internet statement posted in the name of al-Qaida in Iraq, the group led by Jordanian-born militant Abu Musab al-Zarqawi, claimed responsibility for the attack.",
        "A video released in the name of al-Shabab claimed responsibility for the bombing.",
    ])
    func aClaimMadeInAGroupsNameIsTheGroups(sentence: String) {
        let found = ExtractionFixture.one("A suicide car bomb killed 40 people outside a clinic in Hillah on Monday. " + sentence)
        #expect(found?.perpetrator != "unknown")
        #expect(found?.perpetrator.isEmpty == false)
    }

    // MARK: - A day told without a year, across reports

    func inc(_ article: String, _ iso: String?, dateText: String, type: EventType = .iedAttack, place: String = "Hillah",
             placeID: String = "hillah", role: IncidentRole = .main) -> Incident {
        Incident(date: iso.flatMap { Day(iso: $0) }, datePrecision: iso == nil ? .unknown : .day, dateText: dateText, eventType: type,
                 place: place, placeID: placeID, admin1: "Babil", country: "Iraq", latitude: 32.48, longitude: 44.42, geoPrecision: .city,
                 role: role, sources: [IncidentSource(article: article, role: role, evidence: "Evidence from \(article).")])
    }

    @Test func anUndatedReportNamingTheMonthAndDayJoinsTheDatedEvent() {
        let out = IncidentMerger.merge([inc("a", "2005-02-28", dateText: "on Monday"), inc("b", nil, dateText: "On 28 February")])
        #expect(out.count == 1)
        #expect(out.first?.date == Day(iso: "2005-02-28"))
        #expect(out.first?.sources.map(\.article).sorted() == ["a", "b"])
    }

    @Test(arguments: [
        ("On 27 February", EventType.iedAttack, "hillah"),
        ("On 28 February", EventType.armedClash, "hillah"),
        ("On 28 February", EventType.iedAttack, "karbala"),
        ("last month", EventType.iedAttack, "hillah"),
    ])
    func anUndatedReportThatDisagreesStaysApart(dateText: String, type: EventType, placeID: String) {
        let out = IncidentMerger.merge([inc("a", "2005-02-28", dateText: "on Monday"),
                                        inc("b", nil, dateText: dateText, type: type, place: placeID.capitalized, placeID: placeID)])
        #expect(out.count == 2)
    }

    @Test func twoDatedEventsOnThatDayLeaveTheUndatedReportApart() {
        let out = IncidentMerger.merge([inc("a", "2005-02-28", dateText: "on Monday"), inc("c", "2006-02-28", dateText: "on Tuesday"),
                                        inc("b", nil, dateText: "On 28 February")])
        #expect(out.count == 3)
    }
}

/// Tolls summed over a day's attacks, shootings told in the passive, initials before a surname, earlier events an undated
/// report came after, what happened around the blast, and attackers already among the dead.
@Suite("Summed tolls, passive shootings and earlier events")
struct SummedTollsPassiveShootingsAndEarlierEventsTests {
    @Test func aLeadTollSummingTheDaysAttacksLeavesEachItsOwn() {
        let found = ExtractionFixture.extract("""
        Twin car bombs kill 40 in Baghdad

        BAGHDAD — Two car bombs exploded in Baghdad on Tuesday, killing at least 40 people.

        The first bomb went off near a bus station in Karrada. Officials said 25 people were killed there.

        In a separate attack, a suicide bomber blew himself up at a market in Kadhimiya on Tuesday, killing 15 people.
        """, published: "2024-02-14")
        #expect(found.compactMap(\.killed).sorted() == [15, 25])
    }

    @Test func aLeadTollThatIsNotTheSumKeepsItsFigure() {
        let found = ExtractionFixture.extract("""
        Car bomb kills 40 in Baghdad

        BAGHDAD — A car bomb exploded near a bus station in Karrada on Tuesday, killing at least 40 people.

        The bomb went off during the morning rush. Officials said 25 people were killed there.

        In a separate attack, a suicide bomber blew himself up at a market in Kadhimiya on Tuesday, killing 10 people.
        """, published: "2024-02-14")
        #expect(found.compactMap(\.killed).sorted() == [10, 40])
    }

    @Test(arguments: [
        "At about 10:30 p.m. on Tuesday, a police officer was shot and killed as he sat in his car in Basra.",
        "A police officer was shot dead as he sat in his car in Basra on Tuesday.",
    ])
    func onePersonShotInThePassiveIsATargetedKilling(sentence: String) {
        let found = ExtractionFixture.one(sentence)
        #expect(found?.eventType == .other)
        #expect(found?.killed == 1)
    }

    @Test func gunmenShootingAndKillingSoldiersAreAnEvent() {
        let found = ExtractionFixture.one("Gunmen shot and killed three soldiers at a checkpoint in Kirkuk on Tuesday.")
        #expect(found?.killed == 3)
        #expect(found?.place == "Kirkuk")
    }

    @Test func aTownNameAfterAnInitialIsAPersonsName() {
        let found = ExtractionFixture.one("A bomb exploded outside the John F. Kennedy Presidential Library on Tuesday, wounding two people.")
        #expect(found != nil)
        #expect(found?.place != "Kennedy")
        #expect(found?.country != "Colombia")
    }

    @Test func undatedNewsIsNotTheEarlierEventItCameAfter() {
        let found = ExtractionFixture.asGiven("""
        Railway station attack: what we know

        A group of attackers armed with knives stormed the ticket hall of the railway station. Police shot dead four of the attackers.

        The attack came four months after a jeep ploughed into crowds in front of Tian'anmen in Beijing and burst into flames on 28 October 2013, killing two tourists and the three people in the vehicle.
        """)
        let beijing = found.first(where: { $0.place == "Beijing" })
        #expect(beijing?.role == .background)
        #expect(beijing?.killed == 5)
        #expect(found.count == 2)
    }

    @Test(arguments: [
        "According to police, a lorry laden with explosives was driven through the barrier at around 10.45 a.m. Before the explosion, two men who had come behind the vehicle opened fire on the security guards.",
        "Moments before the blast, gunmen opened fire on the guards at the gate.",
    ])
    func shotsToldAroundTheBlastArePartOfIt(paragraph: String) {
        let found = ExtractionFixture.extract("""
        Truck bomb kills 53 in Colombo

        At least 53 people were killed when a truck bomb exploded in front of the Central Bank building in Colombo yesterday morning.

        \(paragraph)
        """, published: "1996-02-01")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .iedAttack)
    }

    @Test(arguments: [
        ("One of the attackers was shot dead by security personnel; police said he is among the dead.", 53),
        ("One of the attackers was shot dead by security personnel.", 54),
    ])
    func anAttackerAmongTheDeadIsNotAddedAgain(sentence: String, killed: Int) {
        let found = ExtractionFixture.extract("""
        Truck bomb kills 53 in Colombo

        At least 53 people were killed when a truck bomb exploded in front of the Central Bank building in Colombo yesterday morning.

        \(sentence)
        """, published: "1996-02-01")
        #expect(found.first?.killed == killed)
    }
}

/// The day "earlier in the day" points to, events named only to compare a reaction, Kuwait's Camp Doha, islands, a
/// landmark something was "not far from", and a gap counted back from the same attack.
@Suite("Earlier in the day, comparisons and landmarks")
struct EarlierInTheDayComparisonsAndLandmarksTests {
    @Test func earlierInTheDayIsTheDayOfTheEventToldBefore() {
        let found = ExtractionFixture.extract("""
        Baghdad under curfew after bombings

        Five car bombs struck the district of Sadr City yesterday afternoon, killing at least 200 people.

        Security sources said the bombs exploded in quick succession in markets of the district.

        Earlier in the day, gunmen attacked the building of the Ministry of Health in Baghdad and exchanged fire with its guards for three hours.
        """, published: "2006-11-24")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.date == Day(iso: "2006-11-23") })
    }

    @Test func earlierInTheDayWithNothingToldBeforeIsTheReportsDay() {
        let found = ExtractionFixture.one("Earlier in the day, gunmen attacked a checkpoint in Kirkuk, killing two policemen.", published: "2024-02-14")
        #expect(found?.date == Day(iso: "2024-02-14"))
    }

    @Test(arguments: [
        "The regime's media rushed, within minutes, to blame terrorists, exactly as it did after the explosions of Kafr Sousa and al-Midan.",
        "Officials blamed foreign fighters, as they did after the bombing in Kafr Sousa.",
    ])
    func eventsNamedToCompareAReactionAreNoEvent(sentence: String) {
        let found = ExtractionFixture.extract("""
        Two explosions in Damascus

        Damascus woke to two huge explosions on Saturday morning, killing 27 people.

        \(sentence)
        """, published: "2012-03-17")
        #expect(found.count == 1)
        #expect(found.first?.place == "Damascus")
    }

    @Test func campDohaIsKuwaitsBaseNotQatarsCapital() {
        let found = ExtractionFixture.one("An unknown gunman opened fire on a civilian vehicle carrying two American contractors near Camp Doha on Tuesday morning, killing one.")
        #expect(found?.place == "Camp Doha")
        #expect(found?.country == "Kuwait")
    }

    @Test func aNamedIslandIsThePlace() {
        let found = ExtractionFixture.one("Two gunmen opened fire on Marines during a training exercise on Failaka Island on Tuesday, killing one Marine.")
        #expect(found?.place?.hasPrefix("Failaka Island") == true)
    }

    @Test(arguments: [
        "A car bomb exploded near the Salhiya area, not far from the fortified Green Zone, on Sunday, killing 30 people.",
        "A car bomb exploded in the Salhiya area, a short distance from the Green Zone, on Sunday, killing 30 people.",
    ])
    func aLandmarkSomethingWasNotFarFromIsNotThePlace(sentence: String) {
        let found = ExtractionFixture.one(sentence, published: "2009-10-26")
        #expect(found != nil)
        #expect(found?.place != "Green Zone")
    }

    @Test(arguments: [
        "A series of car bombs struck the district of Sadr City yesterday afternoon, killing at least 200 people.",
        "A string of bombs tore through markets in Sadr City yesterday afternoon, killing at least 200 people.",
    ])
    func aSeriesOfBombsThatStruckWithItsTollIsOneAttack(sentence: String) {
        let found = ExtractionFixture.one(sentence, published: "2006-11-24")
        #expect(found?.killed == 200)
        #expect(found?.date == Day(iso: "2006-11-23"))
    }

    @Test func aDayGapCountedBackFromTheSameAttackDoesNotMakeASecondOne() {
        let found = ExtractionFixture.extract("""
        Spain's voters punish government over bombings

        Spain's ruling party was swept from power yesterday in an election overshadowed by Thursday's train bombings in Madrid.

        The Socialist leader won a surprise victory three days after ten bombs ripped through four packed commuter trains, killing about 200 people.
        """, published: "2004-03-15")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2004-03-11"))
        #expect(found.first?.killed == 200)
    }
}

/// The largest cities of the United States and China in the gazetteer, with their given-name namesakes kept out; where
/// figures were told and another town's clock are not where it happened.
@Suite("Large cities, speech seats and clocks elsewhere")
struct LargeCitiesSpeechSeatsAndClocksTests {
    @Test(arguments: [
        ("Two bombs exploded near the finish line of the Boston Marathon on Monday afternoon, killing three people.", "Boston", "United States"),
        ("Attackers armed with long knives stormed the railway station in Kunming on Saturday, killing 29 people.", "Kunming", "China"),
    ])
    func theLargestCitiesOfTheUSAndChinaAreListed(sentence: String, place: String, country: String) {
        let found = ExtractionFixture.one(sentence)
        #expect(found?.place == place)
        #expect(found?.country == country)
    }

    @Test(arguments: [
        "Defense Secretary Lloyd Austin said a drone struck a base in Erbil on Monday, wounding two soldiers.",
        "Austin said a drone struck a base in Erbil on Monday, wounding two soldiers.",
    ])
    func aCityNamedLikeAPersonIsNotMatchedAlone(sentence: String) {
        let found = ExtractionFixture.one(sentence)
        #expect(found?.place == "Erbil")
        #expect(found?.country == "Iraq")
    }

    @Test func whereFiguresWereReleasedIsNotWhereItHappened() {
        let found = ExtractionFixture.extract("""
        UN envoy killed in Baghdad bombing

        The UN envoy was killed on Tuesday in the bomb attack against the United Nations headquarters at the Canal Hotel in Baghdad. According to the latest figures released by the UN in Geneva yesterday, 22 people died in the attack.
        """, published: "2003-08-21")
        #expect(found.count == 1)
        #expect(found.first?.place == "Canal Hotel, Baghdad")
    }

    @Test func aSpeakersOwnClaimKeepsItsPlace() {
        let found = ExtractionFixture.one("Shabaab says it killed 28 Kenyans in Mandera on Saturday in an attack on a bus.", published: "2014-11-22")
        #expect(found?.place == "Mandera")
    }

    @Test func anotherTownsClockIsNotThePlace() {
        let found = ExtractionFixture.extract("""
        UN envoy killed in Baghdad bombing

        The UN envoy was killed on Tuesday in the bomb attack against the UN headquarters at the Canal Hotel in Baghdad.

        The attack was carried out with a truck loaded with explosives that exploded next to the wall of the building at around 4:30 pm local time (9:30 am in Brasilia).
        """, published: "2003-08-21")
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.country == "Iraq" })
    }
}

@Suite("Outlets named after towns")
struct OutletsNamedAfterTownsTests {
    @Test(arguments: [
        "Military source to Aden Now: the base was hit by a ballistic missile on Sunday, killing 30 soldiers.",
        "A ballistic missile hit the base on Sunday, killing 30 soldiers, the Baghdad Post reported.",
    ])
    func anOutletNamedAfterATownIsNotThatTown(sentence: String) {
        let found = ExtractionFixture.one(sentence)
        #expect(found != nil)
        #expect(found?.place == nil)
    }

    @Test func theTownItselfStaysAPlace() {
        #expect(ExtractionFixture.one("A ballistic missile hit a base in Aden on Sunday, killing 30 soldiers, a source told Aden Now.")?.place == "Aden")
    }
}

@Suite("Named hospitals")
struct NamedHospitalsTests {
    @Test(arguments: [
        "About an hour later, a car bomb parked near the entrance of al-Kindi hospital exploded as visitors queued outside, killing four.",
        "A suicide bomber blew himself up outside the Ibn Sina hospital on Monday, killing four people.",
    ])
    func aNamedHospitalInASentenceWithNoListedPlaceIsThePlace(sentence: String) {
        #expect(ExtractionFixture.one(sentence)?.place?.hasSuffix("hospital") == true)
    }

    @Test func aFarTownsNameAfterAnArabicArticleIsPartOfAnotherName() {
        let found = ExtractionFixture.one("A car bomb exploded near the entrance of al-Kindi hospital on Monday, killing four people.")
        #expect(found?.place == "al-Kindi hospital")
        #expect(found?.country != "Burkina Faso")
    }

    @Test(arguments: [
        "A bomb exploded in a crowded market on Monday, killing four; the wounded were taken to the Ibn Sina hospital.",
        "A second woman blew herself up near the General Hospital on Monday, killing four people.",
    ])
    func aHospitalTheWoundedWereTakenToOrAGenericOneIsNotThePlace(sentence: String) {
        let found = ExtractionFixture.one(sentence)
        #expect(found != nil)
        #expect(found?.place?.hasSuffix("ospital") != true)
    }
}

@Suite("Since clauses and capitals acting")
struct SinceClausesAndCapitalsActingTests {
    @Test func aDayInASinceClauseDatesTheEarlierEventNotTheAttack() {
        let found = ExtractionFixture.one("Six fighters have been killed in a drone attack on the al-Omar oil field in eastern Syria, the first deadly strike since the retaliatory raids on Friday.", published: "2024-02-05")
        #expect(found?.date != Day(iso: "2024-02-02"))
    }

    @Test(arguments: [
        "Six fighters were killed in a drone attack on a base in eastern Syria on Sunday, days after Washington's retaliatory raids.",
        "A drone struck a base in eastern Syria on Sunday, killing six, in the first deadly attack since Tehran's missile strikes.",
    ])
    func aCapitalsPossessiveBeforeAnAttackWordIsTheStateNotThePlace(sentence: String) {
        let found = ExtractionFixture.one(sentence, published: "2024-02-05")
        #expect(found?.country == "Syria")
    }

    @Test func aCapitalsOwnQuarterStaysThePlace() {
        #expect(ExtractionFixture.one("A car bomb exploded in Baghdad's Karrada district on Sunday, killing six.", published: "2024-02-05")?.place?.contains("Karrada") == true)
    }
}

@Suite("Long after clauses")
struct LongAfterClausesTests {
    @Test func aDayBeforeALongAfterClauseIsTheMainClauses() {
        let found = ExtractionFixture.one("A diplomatic standoff between Israel and Jordan deepened on Monday after an Israeli security guard at the Israeli Embassy in Amman shot and killed two Jordanians.", published: "2017-07-25")
        #expect(found != nil)
        #expect(found?.date != Day(iso: "2017-07-24"))
    }

    @Test func aMainClauseThatHarmsKeepsItsDay() {
        let found = ExtractionFixture.one("Two policemen were killed on Monday after gunmen riding a motorcycle near the old market in Amman opened fire on their patrol.", published: "2017-07-25")
        #expect(found?.date == Day(iso: "2017-07-24"))
    }
}
