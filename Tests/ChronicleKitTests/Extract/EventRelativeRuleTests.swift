import Foundation
import Testing
@testable import ChronicleKit

/// Event-relative times ("minutes later", "the next day"), two weapons at two places in one sentence,
/// claims covering several events, and victims that must never become perpetrators. Invented phrasings only,
/// with sentences where each rule must not fire.
@Suite("EventRelativeRules")
struct EventRelativeRuleTests {
    static let kb = ExtractionFixture.kb

    func extract(_ raw: String, published: String) -> [Incident] { ExtractionFixture.extract(raw, published: published) }

    // MARK: Relative phrases

    @Test(arguments: [
        ("About forty minutes later, three rockets were launched.", 0),
        ("Minutes later, a second drone hit the base.", 0),
        ("Hours later, rockets struck the airport.", 0),
        ("Shortly afterwards, a mortar round landed nearby.", 0),
        ("Within the hour, rockets were fired at the base.", 0),
        ("Later that night, a drone hit the compound.", 0),
        ("The same night, rockets were fired.", 0),
        ("An hour earlier, a drone had struck the base.", 0),
        ("The following day, rockets hit the airport.", 1),
        ("The next morning, a drone struck the base.", 1),
        ("A day later, gunmen attacked a checkpoint.", 1),
        ("The previous day, a roadside bomb hit a convoy.", -1),
        ("Within hours, government forces shelled several towns.", 0),
        ("Warplanes also struck the outskirts of the city in the same raid.", 0),
        ("During the same wave of strikes, jets hit a depot near the border.", 0),
    ])
    func relativePhrasesAreFound(sentence: String, shift: Int) {
        let m = RelativeTimes.phrase.first(sentence as NSString)
        #expect(m != nil)
        if let m { #expect(RelativeTimes.shift((sentence as NSString).substring(with: m.range)) == shift) }
    }

    @Test(arguments: [
        "The group later claimed responsibility for the attack.",
        "Officials said the day after the attack that the base was damaged.",
        "Talks lasted three hours on Monday.",
        "The next election is due in the spring.",
        "It happened after the attack on the convoy.",
    ])
    func ordinaryWordsAreNotRelativeTimes(sentence: String) {
        #expect(RelativeTimes.phrase.first(sentence as NSString) == nil)
    }

    @Test(arguments: [
        "The blast happened on Tuesday afternoon as shoppers gathered before the evening meal.",
        "The explosion occurred at about 3 p.m. on Tuesday, police said.",
        "The first blast went off late on Tuesday near the main gate.",
    ])
    func theBlastHappenedOnADayDatesTheEventBefore(second: String) {
        let text = "Tanker bomb kills 40 in Afrin\nA fuel tanker packed with explosives tore through a crowded market in Afrin, killing at least 40 people.\n\n\(second)"
        let incs = extract(text, published: "2020-04-29").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.date == Day(year: 2020, month: 4, day: 28))
    }

    @Test(arguments: [
        "Baghdad, 21 Aug 09:40 - A series of explosions hit a weapons depot near Balad air base late on Tuesday, local sources said.",
        "Powerful blasts rocked an arms depot near Balad air base on Tuesday night, residents said.",
    ])
    func explosionsThatHitASiteOnADayDateTheReport(lead: String) {
        let text = "Drone attack suspected at Balad depot\n\(lead)\n\nAccording to a militia source, the depot was struck by a drone, and no casualties were reported."
        let incs = extract(text, published: "2019-08-21").filter { $0.role == .main }
        #expect(incs.contains { $0.date == Day(year: 2019, month: 8, day: 20) && ($0.place ?? "").hasPrefix("Balad") })
    }

    /// Negative: a blast that "came" days after another event is not dated by that event.
    @Test func aBlastThatCameAfterAnotherEventIsNotDatedByIt() {
        let text = "Tanker bomb kills 40 in Afrin\nA fuel tanker packed with explosives tore through a crowded market in Afrin, killing at least 40 people.\n\nThe blast came days after a clash on Sunday between rival factions."
        let incs = extract(text, published: "2020-04-29").filter { $0.role == .main }
        #expect(!incs.contains { $0.date == Day(year: 2020, month: 4, day: 26) && $0.killed == 40 })
    }

    @Test(arguments: [
        "Russian air strikes on Syrian market kill nine in deadliest attack on Idlib this year",
        "Nine killed in the worst strikes on Idlib so far this year",
        "Market strike is the first Russian raid on Idlib this month",
    ])
    func aSpanAnEventIsComparedWithinIsNotItsTime(headline: String) {
        let text = headline + "\nRussian air strikes on a market in Jisr al-Shughur killed nine people on Sunday, rescuers said.\n\nRussian warplanes also struck the outskirts of Idlib city in the same raid, which left two dead."
        let incs = extract(text, published: "2023-06-25")
        #expect(incs.contains { $0.place == "Idlib" && $0.date == Day(year: 2023, month: 6, day: 25) && $0.role == .main })
        #expect(!incs.contains { $0.datePrecision == .year || $0.datePrecision == .month })
    }

    @Test(arguments: [
        "On Tuesday, the base's air defences shot down two explosive-laden drones as they approached the airbase.",
        "On Tuesday, two drones were downed by air defenses before they reached the base, the coalition said.",
    ])
    func aReportOnAnotherNamedDayIsAnotherEvent(second: String) {
        let text = "Rockets hit Ain al-Asad\nFive rockets targeted the Ain al-Asad base in Anbar on Wednesday, a security source said.\n\n\(second)"
        let incs = extract(text, published: "2022-01-05").filter { $0.role == .main }
        #expect(incs.contains { $0.date == Day(year: 2022, month: 1, day: 5) })
        #expect(incs.contains { $0.date == Day(year: 2022, month: 1, day: 4) })
    }

    /// Negative: around midnight, "late Monday" and "early Tuesday" may be one event.
    @Test func lateAndEarlyAroundMidnightMayBeOneEvent() {
        let text = "Rockets hit Ain al-Asad\nRockets struck the Ain al-Asad air base late on Monday, a security source said.\n\nThe rocket attack early on Tuesday wounded two contractors, the coalition said."
        let incs = extract(text, published: "2022-01-05").filter { $0.role == .main }
        #expect(incs.count == 1)
    }

    /// Negative: a month with no comparison stays the event's month.
    @Test func aPlainMonthStaysTheTime() {
        let incs = extract("Base attacked\nRockets hit the Ain al-Asad air base this month, killing a contractor, officials said.", published: "2023-06-25")
        #expect(incs.contains { $0.datePrecision == .month })
    }

    @Test(arguments: [
        "Russian warplanes also struck the outskirts of Idlib city in the same raid, which left two dead, a monitor said.",
        "Within hours, government forces shelled the town of Sarmin in Idlib province, killing three civilians.",
    ])
    func sameRaidAndWithinHoursTakeTheLeadsDay(second: String) {
        let text = "Strikes on market\nRussian air strikes hit a market in Jisr al-Shughur on Sunday, killing nine people.\n\n\(second)"
        let incs = extract(text, published: "2023-06-26")
        #expect(incs.contains { $0.date == Day(year: 2023, month: 6, day: 25) && ($0.place == "Idlib" || $0.place == "Sarmin") })
        #expect(incs.contains { $0.date == Day(year: 2023, month: 6, day: 25) && $0.place == "Jisr al-Shughur" })
    }

    @Test(arguments: [
        "About forty minutes later, three rockets were launched at Ain al-Asad air base in Anbar province.",
        "Minutes later, rockets were fired at Ain al-Asad air base.",
        "Less than an hour later, several rockets hit Ain al-Asad air base, officials said.",
    ])
    func laterAttackTakesThePreviousEventsDay(second: String) {
        let text = "Two bases attacked\nA drone struck Erbil air base on Tuesday night, the coalition said on Wednesday.\n\n\(second)"
        let incs = extract(text, published: "2024-01-17")
        let rockets = incs.filter { $0.eventType == .rocketAttack }
        #expect(rockets.count == 1)
        #expect(rockets.first?.date == Day(year: 2024, month: 1, day: 16))
        #expect(rockets.first?.role == .main)
        #expect(incs.filter { $0.eventType == .droneAttack && $0.date == Day(year: 2024, month: 1, day: 16) }.count == 1)
    }

    @Test(arguments: [
        ("The following day, rockets hit Ain al-Asad air base.", 1),
        ("The next day, rockets were fired at Ain al-Asad air base.", 1),
        ("A day later, rockets struck Ain al-Asad air base.", 1),
        ("The previous day, rockets had hit Ain al-Asad air base.", -1),
    ])
    func nextAndPreviousDayShiftByOne(second: String, shift: Int) {
        let text = "Attacks on bases\nA drone struck Erbil air base on Saturday, officials said.\n\n\(second)"
        let incs = extract(text, published: "2024-01-22")
        let saturday = Day(year: 2024, month: 1, day: 20)!
        #expect(incs.first(where: { $0.eventType == .rocketAttack })?.date == saturday.adding(days: shift))
    }

    @Test func relativePhraseWithoutAnEarlierDayStaysUndated() {
        let text = "Rockets hit base\nMinutes later, rockets were fired at Ain al-Asad air base, officials said."
        let incs = extract(text, published: "2024-01-17")
        #expect(incs.allSatisfy { $0.dateText != "Minutes later" })
    }

    // MARK: Two weapons at two places in one sentence

    @Test(arguments: [
        "A drone struck Erbil air base on Tuesday night and, within the hour, rockets were fired at Ain al-Asad air base, the coalition said.",
        "A drone hit Erbil air base late on Tuesday, and rockets struck Ain al-Asad air base soon afterwards, officials said.",
        "Rockets hit Ain al-Asad air base on Tuesday night; shortly afterwards a drone struck Erbil air base, officials said.",
    ])
    func twoWeaponsAtTwoPlacesAreTwoEvents(lead: String) {
        let incs = extract("Two attacks\n" + lead, published: "2024-01-17")
        let main = incs.filter { $0.role == .main }
        #expect(main.count == 2)
        #expect(Set(main.compactMap(\.place)).count == 2)
        #expect(main.allSatisfy { $0.date == Day(year: 2024, month: 1, day: 16) })
    }

    @Test(arguments: [
        // One place only: one attack with two weapons.
        "Drones and rockets were fired at Ain al-Asad air base on Tuesday night, officials said.",
        "A drone and three rockets struck Erbil air base on Tuesday, and no one was hurt, officials said.",
    ])
    func twoWeaponsAtOnePlaceStayOneEvent(lead: String) {
        let incs = extract("Base attacked\n" + lead, published: "2024-01-17")
        #expect(incs.filter { $0.role == .main }.count == 1)
    }

    // MARK: Claims covering several events

    @Test(arguments: [
        "The Islamic Resistance in Iraq said in a Telegram post that it had targeted both bases.",
        "The Islamic Resistance in Iraq claimed responsibility for both attacks.",
        "The Islamic Resistance in Iraq claimed the attacks on Erbil air base and Ain al-Asad air base.",
        "In a statement, the Islamic Resistance in Iraq claimed responsibility for the two attacks.",
    ])
    func pluralClaimAttributesEveryEvent(claim: String) {
        let text = """
        Two bases attacked
        A drone struck Erbil air base on Tuesday night, the coalition said.

        Rockets hit Ain al-Asad air base on Tuesday, officials said.

        The coalition said it was assessing the damage.

        \(claim)
        """
        let incs = extract(text, published: "2024-01-17").filter { $0.role == .main }
        #expect(incs.count == 2)
        #expect(incs.allSatisfy { $0.perpetrator == "Islamic Resistance in Iraq" })
    }

    @Test(arguments: [
        "No group claimed responsibility for either attack.",
        "No group has claimed the attacks on the two bases.",
    ])
    func deniedOrMissingClaimsAttributeNothing(claim: String) {
        let text = """
        Two bases attacked
        A drone struck Erbil air base on Tuesday night, the coalition said.

        Rockets hit Ain al-Asad air base on Tuesday, officials said.

        The coalition said it was assessing the damage.

        \(claim)
        """
        let incs = extract(text, published: "2024-01-17")
        #expect(incs.allSatisfy { $0.perpetrator == "unknown" })
    }

    @Test func pluralClaimNamingOnePlaceSkipsTheOther() {
        let text = """
        Two attacks
        A drone struck Erbil air base on Tuesday night, the coalition said.

        Rockets hit Ain al-Asad air base on Tuesday, officials said.

        The coalition said it was assessing the damage at several sites.

        Kataib Hezbollah claimed the attacks on Erbil air base, which it said were revenge.
        """
        let incs = extract(text, published: "2024-01-17")
        #expect(incs.first(where: { $0.eventType == .droneAttack })?.perpetrator == "Kataib Hezbollah")
        #expect(incs.first(where: { $0.eventType == .rocketAttack })?.perpetrator == "unknown")
    }

    @Test func militiaClaimDoesNotTakeAStatesStrike() {
        let text = """
        Strikes and attacks
        US warplanes struck militia sites near al-Qaim on Tuesday, the Pentagon said.

        Rockets hit Ain al-Asad air base on Tuesday, officials said.

        Officials gave no further details of the damage.

        Kataib Hezbollah claimed responsibility for both attacks.
        """
        let incs = extract(text, published: "2024-01-17")
        #expect(incs.first(where: { $0.eventType == .airstrike })?.perpetrator != "Kataib Hezbollah")
    }

    // MARK: Victims are never perpetrators

    @Test(arguments: [
        ("Three US soldiers were killed in a drone attack on Sunday, officials said.", "US"),
        ("A drone hit the outpost on Sunday, wounding two Iraqi soldiers.", "Iraqi"),
        ("A drone strike on Sunday killed a Kataib Hezbollah commander, officials said.", "Kataib"),
        ("Two Kataib Hezbollah fighters have been wounded in a rocket attack on Sunday.", "Kataib"),
        ("A roadside bomb on Sunday targeted a US convoy near Baghdad.", "US"),
    ])
    func victimsAreNotPerpetrators(sentence: String, victim: String) {
        let ns = sentence as NSString
        let actors = Self.kb.actors.mentions(in: sentence)
        let hit = actors.filter { ns.substring(with: NSRange(location: $0.range.lowerBound, length: $0.range.count)).hasPrefix(victim) }
        #expect(!hit.isEmpty)
        #expect(hit.allSatisfy { Attribution.isVictimSide($0, ns) })
        let incs = extract("Attack\n" + sentence, published: "2024-01-30")
        #expect(!incs.isEmpty)
        for inc in incs { #expect(!inc.perpetrator.hasPrefix(victim) && !(inc.perpetrator.hasPrefix("United States") && victim == "US")) }
    }

    @Test(arguments: [
        ("Kataib Hezbollah fired rockets at the base on Sunday.", "Kataib"),
        ("The US military struck militia sites near al-Qaim on Sunday.", "US"),
        ("Kataib Hezbollah claimed responsibility for the attack.", "Kataib"),
    ])
    func agentsAreNotVictims(sentence: String, agent: String) {
        let ns = sentence as NSString
        let actors = Self.kb.actors.mentions(in: sentence)
        let hit = actors.filter { ns.substring(with: NSRange(location: $0.range.lowerBound, length: $0.range.count)).hasPrefix(agent) }
        #expect(!hit.isEmpty)
        #expect(hit.allSatisfy { !Attribution.isVictimSide($0, ns) })
    }
}

/// "The strike came five days after …" and "facilities used by US forces": more relative days and agent rules.
@Suite("EventRelativeGapRules")
struct EventRelativeGapRuleTests {
    func extract(_ raw: String, published: String) -> [Incident] { EventRelativeRuleTests().extract(raw, published: published) }

    @Test(arguments: [
        ("The strike came five days after US forces struck targets near al-Qaim.", -5),
        ("The attack came two days after US warplanes struck militia sites near al-Qaim.", -2),
        ("It came 3 days after US aircraft bombed militia sites near al-Qaim.", -3),
        ("The raid came hours after US jets struck militia sites near al-Qaim.", 0),
    ])
    func earlierEventIsThatManyDaysBefore(second: String, shift: Int) {
        let text = "Strike in Baghdad\nA drone strike hit a car in Baghdad on Wednesday night, killing three people, officials said.\n\n\(second)"
        let incs = extract(text, published: "2024-02-08")
        let wednesday = Day(year: 2024, month: 2, day: 7)!
        let qaim = incs.first(where: { $0.place?.hasPrefix("Al-Qaim") == true || $0.place?.hasPrefix("al-Qaim") == true })
        #expect(qaim?.date == wednesday.adding(days: shift))
    }

    @Test func gapWithoutANumberGivesNoDay() {
        let text = "Strike in Baghdad\nA drone strike hit a car in Baghdad on Wednesday night, killing three people, officials said.\n\nThe strike came days after US forces struck targets near al-Qaim."
        let incs = extract(text, published: "2024-02-08")
        #expect(incs.allSatisfy { $0.dateText?.hasSuffix("after") != true })
    }

    @Test(arguments: [
        "Militias have carried out drone attacks on facilities used by US forces, including an April 14 attack on Erbil airport.",
        "Rockets struck a base operated by coalition troops near Erbil on April 14.",
        "Drones hit a compound run by the US military near Erbil on April 14.",
    ])
    func usersOfAPlaceAreNotAttackers(sentence: String) {
        let incs = extract("Attack\n" + sentence, published: "2021-04-20")
        #expect(!incs.isEmpty)
        #expect(incs.allSatisfy { !$0.perpetrator.hasPrefix("US") && $0.perpetrator != "United States" && $0.perpetrator != "Coalition" })
    }

    @Test(arguments: [
        "A drone strike was launched by US forces near Erbil on April 14.",
        "The attack on April 14 near Erbil was carried out by US forces.",
    ])
    func attackersAfterByStayAttackers(sentence: String) {
        let incs = extract("Strike\n" + sentence, published: "2021-04-20")
        #expect(incs.contains { $0.perpetrator.hasPrefix("US") || $0.perpetrator == "United States" })
    }
}

/// The undated news of a headline and lead: older dated strikes stay apart, and site lists take its type and actor.
@Suite("LeadOperationRules")
struct LeadOperationRuleTests {
    func extract(_ raw: String, published: String) -> [Incident] { EventRelativeRuleTests().extract(raw, published: published) }

    @Test(arguments: [
        "The group was also targeted by US strikes in December near Kirkuk.",
        "The same group was hit by US air strikes near Kirkuk in October 2019.",
    ])
    func olderDatedStrikeDoesNotDateTheLeadNews(aside: String) {
        let text = """
        US air strikes hit militia sites
        The US has carried out air strikes against an Iran-backed militia group in Iraq, officials said.

        Iraqi officials said sites near the holy city of Karbala were among those hit early on Friday.

        \(aside)
        """
        let incs = extract(text, published: "2020-03-13")
        let main = incs.filter { $0.role == .main }
        #expect(!main.isEmpty)
        #expect(main.allSatisfy { $0.date == Day(year: 2020, month: 3, day: 13) })
        #expect(incs.contains { $0.role == .background && $0.place == "Kirkuk" })
    }

    @Test(arguments: [
        "US Defence Secretary said the strikes answered the threat posed by Iranian-backed Shia militia groups.",
        "The strikes were a response to the danger posed by Iran-backed militias, the Pentagon said.",
    ])
    func threatPosedByIsNotTheAttacker(aside: String) {
        let text = """
        US air strikes hit militia sites
        The US has carried out air strikes against an Iran-backed militia group in Iraq, officials said.

        Iraqi officials said sites near the holy city of Karbala were among those hit early on Friday.

        The Iraqi military said the strikes killed six people near Karbala. \(aside)
        """
        let incs = extract(text, published: "2020-03-13")
        let karbala = incs.first { $0.place == "Karbala" }
        #expect(karbala?.eventType == .airstrike)
        #expect(karbala?.perpetrator.lowercased().contains("militia") == false)
    }
}

/// "without causing injuries", "no US personnel killed or injured": stated zeros.
@Suite("StatedZeroRules")
struct StatedZeroRuleTests {
    func read(_ s: String) -> Casualties { CasualtyReader.read(s as NSString) }

    @Test(arguments: [
        ("There were no US personnel killed or injured.", 0 as Int?, 0 as Int?),
        ("No American troops were killed or wounded in the attack.", 0, 0),
        ("The third drone crashed inside the base without causing injuries.", nil, 0),
        ("The rocket landed in a field without causing any injury.", nil, 0),
    ])
    func statedZeros(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        "There was no information on casualties.",
        "Officials gave no figures about casualties.",
        "The attack caused no more than minor damage.",
        "There were no more details on injuries or casualties.",
    ])
    func noFigureIsNotZero(sentence: String) {
        let c = read(sentence)
        #expect(c.killed == nil)
        #expect(c.wounded == nil)
    }
}

/// "No US casualties" is a zero only for an attack on US forces; a bare follow-up report joins the event just told.
@Suite("USZeroAndFollowUpRules")
struct USZeroAndFollowUpRuleTests {
    func extract(_ raw: String, published: String) -> [Incident] { EventRelativeRuleTests().extract(raw, published: published) }

    @Test(arguments: [
        "Drones attacked US forces at the al-Tanf garrison on Wednesday, officials said. There were no US casualties, the officials said.",
        "Rockets were fired at US troops at Ain al-Asad air base on Wednesday. There were no American casualties.",
    ])
    func noUSCasualtiesInAnAttackOnUSForcesIsZero(text: String) {
        let incs = extract("Attack\n" + text, published: "2021-10-21").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.killed == 0)
        #expect(incs.first?.wounded == 0)
    }

    @Test(arguments: [
        "Iranian missiles hit a residential area of Erbil on Sunday, officials said. A US official said there were no American casualties.",
        "A Turkish drone struck a car near Sinjar on Sunday, officials said. There were no US casualties, the Pentagon said.",
    ])
    func noUSCasualtiesElsewhereGivesNoFigure(text: String) {
        let incs = extract("Attack\n" + text, published: "2022-03-14").filter { $0.role == .main }
        #expect(!incs.isEmpty)
        #expect(incs.allSatisfy { $0.killed == nil && $0.wounded == nil })
    }

    @Test func reportWithoutTimeOrPlaceJoinsTheEventJustTold() {
        let text = """
        Drones target bases
        Three drones targeted Ain al-Asad air base in western Iraq on Thursday, a US official said.

        On Wednesday, US forces shot down two drones near the al-Tanf garrison in southern Syria. A third drone struck the base, and coalition forces suffered minor injuries.
        """
        let incs = extract(text, published: "2023-10-20")
        let tanf = incs.first { $0.place?.contains("Tanf") == true }
        #expect(tanf?.eventType == .droneAttack)
    }
}

/// "south of Baghdad" is a bearing, not the place; a site list takes the day of the operation, not of an
/// attack told in between.
@Suite("BearingAndSiteListRules")
struct BearingAndSiteListRuleTests {
    static let kb = EventRelativeRuleTests.kb
    func extract(_ raw: String, published: String) -> [Incident] { EventRelativeRuleTests().extract(raw, published: published) }

    func places(_ sentence: String) -> [String] {
        var s = ArticleSentence(index: 0, paragraph: 0, text: sentence, ns: sentence as NSString)
        s.places = Self.kb.gazetteer.mentions(in: sentence)
        return IncidentExtractor.eventPlaces(s).map(\.entry.name)
    }

    @Test(arguments: [
        ("The strikes hit three facilities in Babil province, south of Baghdad, near the city of Hillah.", "Baghdad"),
        ("A roadside bomb hit a patrol near Tarmiyah, north of Baghdad.", "Baghdad"),
        ("Gunmen attacked a checkpoint in Tarmiyah, northwest of the city of Baghdad.", "Baghdad"),
    ])
    func bearingIsNotThePlace(sentence: String, reference: String) {
        let found = places(sentence)
        #expect(!found.isEmpty)
        #expect(!found.contains(reference))
    }

    @Test(arguments: [
        ("One missile fell in an open area about 33 kilometres west of Erbil.", "Erbil"),
        ("A drone struck a farm 20 km south of Kirkuk.", "Kirkuk"),
        ("Rockets hit an area south of Baghdad on Monday.", "Baghdad"),
    ])
    func measuredOrOnlyPlaceIsKept(sentence: String, place: String) {
        #expect(places(sentence).contains(place))
    }

    @Test func siteListSkipsAnAttackToldInBetween() {
        let text = """
        US strikes militia after drone attack
        The US military launched retaliatory airstrikes against a militia group in Iraq early Tuesday, officials said.

        The drone hit the Harir air base early Monday, wounding three US troops. President Biden was briefed on the attack on Christmas Day.

        The US strikes hit three facilities in Babil province, south of Baghdad, including a headquarters near the city of Hillah.
        """
        let incs = extract(text, published: "2023-12-26")
        let hillah = incs.first { $0.place == "Hillah" }
        #expect(hillah?.date == Day(year: 2023, month: 12, day: 26))
        #expect(hillah?.eventType == .airstrike)
    }
}

/// An untimed follow-up may narrow a coarse place; a state's aircraft before "carried out" name the striker.
@Suite("RefineAndAircraftRules")
struct RefineAndAircraftRuleTests {
    func extract(_ raw: String, published: String) -> [Incident] { EventRelativeRuleTests().extract(raw, published: published) }

    @Test(arguments: [
        "The strikes targeted sites in Deir ez-Zor province, officials said.",
        "The strikes targeted weapons depots in Deir ez-Zor province, the officials said.",
    ])
    func untimedReferenceNarrowsACoarsePlace(follow: String) {
        let text = "US strikes in Syria\nUS warplanes carried out airstrikes in Syria on Thursday night, the Pentagon said. \(follow)"
        let incs = extract(text, published: "2023-03-24").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.place?.hasPrefix("Deir") == true)
    }

    @Test func referenceElsewhereDoesNotMoveTheEvent() {
        // Hasakah (Syria) is not inside Iraq: the place stays Iraq's.
        let text = "US strikes in Iraq\nUS warplanes carried out airstrikes in Iraq on Thursday night, the Pentagon said. The strikes followed attacks near Hasakah province."
        let incs = extract(text, published: "2023-03-24").filter { $0.role == .main && $0.eventType == .airstrike }
        #expect(incs.first?.country == "Iraq")
    }

    @Test(arguments: [
        "In response, U.S. F-15E Strike Eagles carried out \"precision airstrikes\" on Thursday night in eastern Syria, officials said.",
        "US F-16 jets carried out retaliatory airstrikes in eastern Syria on Thursday.",
        "American bombers launched airstrikes in eastern Syria on Thursday, officials said.",
    ])
    func aircraftOfAStateNameTheStriker(sentence: String) {
        let incs = extract("Strikes\n" + sentence, published: "2023-03-24")
        #expect(incs.first?.perpetrator == "United States")
    }

    @Test(arguments: [
        "A suspected US F-16 carried out airstrikes in eastern Syria on Thursday, officials said.",
    ])
    func hedgedAircraftOnlySuspected(sentence: String) {
        let incs = extract("Strikes\n" + sentence, published: "2023-03-24")
        #expect(incs.first?.perpetrator == "unknown")
    }
}
