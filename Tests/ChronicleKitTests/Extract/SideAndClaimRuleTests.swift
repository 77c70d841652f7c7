import Foundation
import Testing
@testable import ChronicleKit

/// Precision rules for reports beyond the dev set: attack vs retaliation, interceptions, claims in later
/// sentences, hedged quantities and site lists of an operation. Each rule has phrasings of several outlets
/// (US and British spelling, digits and number words) and sentences where it must not fire.
@Suite("SideAndClaimRules")
struct SideAndClaimRuleTests {
    static let kb = ExtractionFixture.kb

    func extract(_ raw: String, published: String) -> [Incident] { ExtractionFixture.extract(raw, published: published) }

    // MARK: Claims, owners of aircraft, blamed strikes

    @Test(arguments: [
        ("The Islamic State did claim a separate ambush on Thursday, in which its fighters killed three soldiers near Mayadin.", "2023-02-18", "2023-02-16"),
        ("The Islamic Resistance in Iraq claimed a one-way drone attack targeting US forces at Ain al-Asad late on February 4.", "2024-02-05", "2024-02-04"),
        ("Kataib Hezbollah also claimed a rocket attack on the Harir air base on Tuesday night, its Telegram channel said.", "2023-12-28", "2023-12-26"),
    ])
    func aClaimedAttackIsDatedByTheTimeAfterIt(sentence: String, published: String, day: String) {
        let incs = extract("Militants claim attack\n" + sentence, published: published)
        #expect(incs.contains { $0.date?.iso == day && $0.perpetrator != "unknown" })
    }

    /// Negative: the day of a claim of responsibility stays the claim's day.
    @Test func aClaimOfResponsibilityOnADayDoesNotDateTheAttack() {
        let text = """
        Rocket attack hits Iraqi base
        Rockets struck the Ain al-Asad air base early on Saturday, the coalition said.
        Kataib Hezbollah claimed responsibility for the attack on Monday.
        """
        let incs = extract(text, published: "2021-03-08")
        #expect(incs.contains { $0.date?.iso == "2021-03-06" })
        #expect(!incs.contains { $0.date?.iso == "2021-03-08" && $0.role == .main })
    }

    @Test(arguments: [
        "At dawn on Friday, warplanes of the international coalition struck positions near the Ghwayran prison in Hasakah.",
        "On Friday, jets of the US-led coalition struck IS hideouts in the Hamrin mountains, the Security Media Cell said.",
    ])
    func aircraftOfAnActorNameTheirOwner(sentence: String) {
        let incs = extract("Coalition strikes\n" + sentence, published: "2022-01-21")
        #expect(incs.contains { $0.eventType == .airstrike && $0.perpetrator.contains("Coalition") })
    }

    @Test(arguments: [
        "Strikes attributed to Israel hit several military sites around Masyaf late on Sunday, killing 14 people.",
        "Overnight strikes blamed on Israel hit a weapons depot near Masyaf on Sunday, state media said.",
        "Strikes widely attributed to Turkey hit two villages near Qamishli on Sunday, the SDF said.",
    ])
    func strikesBlamedOnAStateAreAirstrikes(sentence: String) {
        let incs = extract("Strikes in Syria\n" + sentence, published: "2024-09-09")
        #expect(incs.contains { $0.eventType == .airstrike && $0.perpetrator == "unknown" })
    }

    /// Negative: strikes blamed on a militia stay untyped air strikes.
    @Test func strikesBlamedOnAMilitiaAreNotAirstrikes() {
        let incs = extract("Attack\nStrikes blamed on Iran-backed militias hit a checkpoint near Kirkuk on Sunday, police said.", published: "2024-09-09")
        #expect(!incs.contains { $0.eventType == .airstrike })
    }

    @Test(arguments: [
        ("The Turkish occupation army's drones struck the Swediyah gas station on Thursday, wounding two workers.", "Turkish military (Turkey)"),
        ("Turkish occupation forces shelled villages near Tal Tamr on Thursday, killing two members of the Asayish.", "Turkish military (Turkey)"),
        ("The Israeli enemy launched missiles at the airport on Friday, a military source said.", "Israel Defense Forces"),
    ])
    func stateMediaNamesForArmiesAreTheArmies(sentence: String, perpetrator: String) {
        let incs = extract("Attack\n" + sentence, published: "2023-10-06")
        #expect(incs.contains { $0.perpetrator == perpetrator })
    }

    @Test(arguments: [
        "Iraqi F-16 aircraft carried out two airstrikes on Tuesday on ISIS hideouts near Tuz Khurmatu, killing four militants.",
        "Iraqi F-16s struck an IS cave in the Hamrin mountains on Tuesday morning, the Security Media Cell said.",
    ])
    func iraqiJetsAreIraqiForces(sentence: String) {
        let incs = extract("Iraqi jets strike IS\n" + sentence, published: "2024-03-12")
        #expect(incs.contains { $0.eventType == .airstrike && $0.perpetrator.hasPrefix("Iraqi") })
    }

    // MARK: Attack and retaliation

    @Test(arguments: [
        "US forces carried out retaliatory airstrikes in Iraq on Tuesday, after a drone attack by militants wounded three American troops at the Harir base on Monday.",
        "American warplanes hit militia sites in Iraq on Tuesday in response to a rocket attack on US troops at Ain al-Asad on Monday.",
        "The US launched retaliatory air strikes in Iraq on Tuesday in the first wave of retaliation for a drone attack on American troops at the Harir base on Monday.",
    ])
    func militiaAttackAndStateReplyStayApart(lead: String) {
        let incs = extract("Strikes follow attack\n" + lead, published: "2023-12-27")
        let strikes = incs.filter { $0.eventType == .airstrike }
        let attacks = incs.filter { [.droneAttack, .rocketAttack].contains($0.eventType) }
        #expect(strikes.count == 1)
        #expect(attacks.count == 1)
        #expect(attacks.allSatisfy { $0.perpetrator != "United States" && $0.perpetrator != "US military" })
        #expect(strikes.first?.date?.iso == "2023-12-26")
    }

    @Test func sameDayAttackAndStrikeInTwoSentencesStayApart() {
        let text = """
        Drone kills contractor in Syria; US hits back
        A drone attack on a coalition base near Hasakah on Thursday killed a US contractor, the Pentagon said.
        US F-15 jets carried out airstrikes against militia facilities in Syria on Thursday night.
        """
        let incs = extract(text, published: "2023-03-24")
        #expect(incs.contains { $0.eventType == .droneAttack })
        #expect(incs.contains { $0.eventType == .airstrike })
    }

    /// Negative: a state's drone strike told again as "the missile" is one event, not two sides.
    @Test func stateDroneStrikeAndItsMissileAreOneEvent() {
        let text = """
        US drone strike in Baghdad
        A US drone strike killed two militia commanders in Baghdad on Thursday, officials said.
        The missile hit their car near Palestine Street.
        """
        let incs = extract(text, published: "2024-01-05").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.eventType == .airstrike)
    }

    // MARK: Interceptions

    @Test(arguments: [
        "Air defences shot down two drones approaching Erbil airport on Monday, the Kurdistan counter-terrorism service said.",
        "On Monday, the base's air defense system intercepted three rockets fired at Erbil airport, a security source said.",
        "A drone attack on Erbil airport on Monday was thwarted, two Kurdish officials said.",
        "Coalition forces downed an explosive-laden drone near Erbil airport on Monday; it caused no damage.",
    ])
    func interceptionIsOther(sentence: String) {
        let incs = extract("Attack foiled\n" + sentence, published: "2024-01-09").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.eventType == .other)
        #expect(incs.first?.date?.iso == "2024-01-08")
    }

    @Test(arguments: [
        "Three drones targeted Ain al-Asad air base on Thursday, two of which were shot down, an official said.",
        "Most of the missiles fired at Ain al-Asad air base on Thursday were intercepted, but others hit the base.",
    ])
    func partialInterceptionIsAnAttack(sentence: String) {
        let incs = extract("Base attacked\n" + sentence, published: "2023-10-20").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.eventType != .other)
    }

    /// Negative: a drone that got through stays a drone attack though its sentence-mate was shot down.
    @Test func interceptionThenImpactIsADroneAttack() {
        let text = """
        Drones target al-Tanf
        On Wednesday, US forces shot down two drones near the al-Tanf garrison in Syria, the Pentagon said.
        A third drone struck the base, causing minor injuries.
        """
        let incs = extract(text, published: "2023-10-20").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.eventType == .droneAttack)
    }

    // MARK: Claims

    /// The subject of "carried out … with missiles" is the one who struck, even when the attack word comes
    /// several words after the verb (state-media wording); a subject with another verb is not.
    @Test func aSubjectThatCarriedOutTheAttackSeveralWordsBeforeItStruck() {
        let text = "Airport hit\nAt around 4:20 am on Friday, the Israeli enemy carried out an air aggression with a salvo of missiles from the direction of the sea, targeting Damascus International Airport, a military source said."
        let incs = extract(text, published: "2022-06-10").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.perpetrator != "unknown")
        let other = extract("Base hit\nIraqi officials met on Sunday to discuss the security situation after rockets struck the Balad air base.", published: "2022-06-12")
        #expect(other.allSatisfy { $0.perpetrator == "unknown" })
    }

    @Test(arguments: [
        ("Kataib Hezbollah and allied groups under the umbrella of the Islamic Resistance in Iraq claimed responsibility for the attack, the Pentagon said.", "Kataib Hezbollah"),
        ("The Islamic Resistance in Iraq, an umbrella of Iran-aligned factions, claimed the attack on Telegram.", "Islamic Resistance in Iraq"),
        ("The Islamic Resistance in Iraq said in a statement it had targeted the base with two drones.", "Islamic Resistance in Iraq"),
        ("The Pentagon said Kataib Hezbollah had claimed responsibility for the attack.", "Kataib Hezbollah"),
        ("Kataib Hezbollah said it was behind the attack in a post on Telegram.", "Kataib Hezbollah"),
        ("The Islamic Resistance in Iraq took responsibility for the attack in a statement.", "Islamic Resistance in Iraq"),
        ("The Islamic Resistance in Iraq claimed in a statement that it had struck the base with drones.", "Islamic Resistance in Iraq"),
        ("Islamic State also claimed the bombings in a statement on its Amaq news agency.", "Islamic State"),
        ("Kataib Hezbollah claimed the rocket launches, according to its Telegram channel.", "Kataib Hezbollah"),
        ("The group's Amaq news agency said its fighters had targeted the base.", "Islamic State"),
        ("A little-known group, Saraya Ansar al-Sunna, claimed responsibility via Telegram on Tuesday.", "Saraya Ansar al-Sunna"),
    ])
    func claimInALaterSentenceNamesThePerpetrator(claim: String, who: String) {
        let text = """
        Drone hits base
        A drone hit the Harir air base north of Erbil early Monday, wounding three US service members.
        \(claim)
        """
        let incs = extract(text, published: "2023-12-26").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.perpetrator == who)
    }

    @Test(arguments: [
        "The interior ministry held the Kataib Hezbollah militia responsible for the attack.",
        "After the attack, officials pointed the finger at Kataib Hezbollah.",
        "Residents are pointing an accusing finger at Kataib Hezbollah over the attack.",
        "The governor pinned the blame on Kataib Hezbollah after the attack.",
    ])
    func blameInOtherWordsNamesTheSuspect(sentence: String) {
        let text = """
        Rockets hit base
        Rockets struck the Ain al-Asad air base early on Saturday, the coalition said.
        \(sentence)
        """
        let incs = extract(text, published: "2023-03-11").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.perpetrator == "unknown")
        #expect(incs.first?.suspected == "Kataib Hezbollah")
    }

    @Test(arguments: [
        "No group has claimed responsibility for the attack, officials said.",
        "Iraqi officials blamed Kataib Hezbollah for the attack.",
        "The attack bore the hallmarks of Kataib Hezbollah, a security official said.",
        "Kataib Hezbollah denied it was behind the attack.",
        "Kataib Hezbollah said it was not behind the attack.",
        "No group said it was behind the attack, but officials pointed the finger at Kataib Hezbollah.",
        "Officials held Kataib Hezbollah responsible for the attack.",
        "Iraqi officials said the group was behind the attack.",
    ])
    func noClaimOrBlameIsNotAPerpetrator(sentence: String) {
        let text = """
        Rockets hit base
        Rockets struck the Ain al-Asad air base in western Iraq on Tuesday, officials said.
        \(sentence)
        """
        let incs = extract(text, published: "2024-03-06").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.perpetrator == "unknown")
    }

    /// Negative: the day of a claim is not the day of the attack.
    @Test func claimDayDoesNotDateTheAttack() {
        let text = """
        Bomb kills police officers in Kirkuk
        A roadside bomb killed nine police officers near Kirkuk late Sunday, officials said.
        The Islamic State group claimed responsibility for the attack on Monday in a statement.
        """
        let incs = extract(text, published: "2022-12-19").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.date?.iso == "2022-12-18")
    }

    // MARK: Quantities

    @Test(arguments: [
        "Some 18 Katyusha rockets hit Camp Taji on Wednesday evening, the coalition said.",
        "A number of drones targeted Camp Taji on Wednesday evening, the coalition said.",
        "Militants fired more than a dozen rockets at Camp Taji on Wednesday evening.",
        "Over 30 rockets slammed into Camp Taji on Wednesday evening, officials said.",
    ])
    func hedgedQuantityIsAnEvent(sentence: String) {
        let incs = extract("Base hit\n" + sentence, published: "2020-03-12").filter { $0.role == .main }
        #expect(incs.count == 1)
        #expect(incs.first?.date?.iso == "2020-03-11")
    }

    @Test(arguments: [
        "Rocket attacks on US bases have increased in recent weeks, officials said.",
        "Dozens of rocket attacks have targeted US forces in Iraq and Syria since October.",
        "Some attacks on coalition convoys have caused damage, the army said.",
    ])
    func vaguePluralsAreNotIncidents(sentence: String) {
        #expect(extract("Attacks rise\n" + sentence, published: "2023-11-14").isEmpty)
    }

    // MARK: Site lists of an operation

    /// Negative: a site list with no dated operation before it creates no undated main incident.
    @Test func siteListWithoutAnOperationIsNotAnUndatedIncident() {
        let text = """
        Analysis: militias on the border
        The militias keep depots along the border, officials say.
        The strikes hit positions near al-Qaim and Abu Kamal, a monitor said.
        """
        let incs = extract(text, published: "2024-02-03")
        #expect(!incs.contains { $0.role == .main && $0.date == nil })
    }

    /// Negative: a site list with its own, older time is not put on the operation's day.
    @Test func siteListWithItsOwnTimeKeepsIt() {
        let text = """
        US jets strike militias
        US forces struck militia targets in Iraq on Friday, the Pentagon said.
        Sites near al-Qaim and Jurf al-Sakhr were among those hit in December 2019.
        """
        let incs = extract(text, published: "2024-02-03")
        #expect(!incs.contains { ["Al-Qaim", "Jurf al-Sakhr"].contains($0.place ?? "") && $0.date?.iso == "2024-02-02" })
    }

    /// Negative: an operation in Syria does not lend its day to towns named in Iraq.
    @Test func siteListInAnotherCountryDoesNotInherit() {
        let text = """
        US strikes in Syria
        US warplanes struck militia targets in eastern Syria on Friday, officials said.
        The strikes also hit positions near Jurf al-Sakhr and Hillah.
        """
        let incs = extract(text, published: "2024-02-03")
        #expect(!incs.contains { ["Jurf al-Sakhr", "Hillah"].contains($0.place ?? "") && $0.date?.iso == "2024-02-02" })
    }
}
