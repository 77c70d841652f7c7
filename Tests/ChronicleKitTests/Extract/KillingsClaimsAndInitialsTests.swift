import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the thirtieth session, each tested on phrasings of our own: armed men killing people are an event
/// when a province or a named village says where, and an attack on civilians when the dead are unarmed; a claim dates
/// the attack it names ("Sunday's bombing") and bounds it ("claimed responsibility on Tuesday"); an initialism does not
/// end the noun phrase a casualty count sits in; and an attack told "in a separate attack" is another event.
@Suite("Killings without an attack word, claims, initials, separate attacks, replies")
struct KillingsClaimsAndInitialsTests {
    /// Published on a Wednesday: "Saturday" is 2024-02-10, "Sunday" 2024-02-11, "Tuesday" 2024-02-13.
    let published = "2024-02-14"

    /// The one incident `text` yields (nil, and a failed expectation, when it yields none or several).
    func single(_ text: String) -> Incident? {
        let incs = ExtractionFixture.extract(text, published: published)
        #expect(incs.count == 1, "\(text)")
        return incs.count == 1 ? incs[0] : nil
    }

    @Test(arguments: [
        ("Boko Haram insurgents killed at least 43 farm workers near the village of Koshobe in Borno state on Saturday, officials said.", "Koshobe", 43),
        ("Islamist militants killed 12 soldiers in Borno state on Saturday, the army said.", "Borno", 12),
        ("Jihadists on motorbikes killed nine herders near the hamlet of Dabaga in Tillaberi region on Saturday.", "Dabaga", 9),
    ])
    func armedMenKillingWithAProvinceOrVillageAndADayIsAnEvent(text: String, place: String, killed: Int) {
        let inc = single(text)
        #expect(inc?.place == place)
        #expect(inc?.killed == killed)
        #expect(inc?.date == Day(year: 2024, month: 2, day: 10))
    }

    /// Without a day, the same words may sum up a campaign: no event.
    @Test func aKillingWithoutADayIsNoEvent() {
        #expect(ExtractionFixture.extract("Islamist militants have killed 12 soldiers in Borno state, the army said.", published: published).isEmpty)
    }

    @Test(arguments: [
        ("Boko Haram insurgents killed at least 43 farm workers in rice fields near Maiduguri on Saturday.", EventType.other),
        ("Gunmen killed 14 worshippers at a mosque near Maiduguri on Saturday.", .other),
        ("Militants killed dozens of villagers near Maiduguri on Saturday.", .other),
        ("Islamic State fighters killed three soldiers near Maiduguri on Saturday.", .armedClash),
        // Soldiers among the dead: fighting with armed men, not an attack on civilians alone.
        ("Militants killed 12 villagers and two soldiers near Maiduguri on Saturday.", .armedClash),
    ])
    func unarmedDeadMakeAnAttackOnCivilians(text: String, type: EventType) {
        let inc = single(text)
        #expect(inc?.eventType == type)
    }

    @Test(arguments: [
        "Islamic State claimed responsibility for Sunday's bombing of a church in Kirkuk that killed 20 people.",
        "Islamic State claimed responsibility for Sunday's twin suicide bombings at a church in Kirkuk that killed 20 people.",
    ])
    func aClaimDatesTheAttackItsDayOwns(text: String) {
        let inc = single(text)
        #expect(inc?.date == Day(year: 2024, month: 2, day: 11))
        #expect(inc?.perpetrator == "Islamic State")
        #expect(inc?.killed == 20)
    }

    /// The attack cannot come after the claim of it: with no day of its own, the claim's day dates it (not the paper's).
    @Test(arguments: [
        "The Taliban claimed responsibility on Tuesday for a suicide attack on a police compound in Kunduz that killed nine officers.",
        "The Taliban claimed responsibility for a suicide attack on a police compound in Kunduz on Tuesday that killed nine officers.",
    ])
    func theClaimsDayBoundsTheAttack(text: String) {
        let inc = single(text)
        #expect(inc?.date == Day(year: 2024, month: 2, day: 13))
    }

    @Test(arguments: [
        ("Two U.S. service members were wounded in a rocket attack on Ain al-Asad air base late on Monday, an official said.", 2),
        ("Four U.S. troops were injured when rockets hit Ain al-Asad air base on Monday.", 4),
        ("Rockets hit Ain al-Asad air base on Monday. Three U.N. staff and two U.S. contractors were hurt, officials said.", 5),
    ])
    func anInitialismIsNoClauseBoundary(text: String, wounded: Int) {
        let inc = single(text)
        #expect(inc?.wounded == wounded)
    }

    @Test(arguments: [
        ("A roadside bomb struck a supply convoy near Samawa on Thursday, wounding the Iraqi driver.", nil, 1),
        ("A drone hit a car near Qamishli on Thursday, killing its driver and wounding two passengers.", 1, 2),
        ("A car bomb exploded in Kirkuk on Thursday, killing the local police commander.", 1, nil),
        // A plural, or a relative of the one named, gives no count.
        ("A roadside bomb struck a supply convoy near Samawa on Thursday, wounding the soldiers inside.", nil, nil),
        ("A car bomb exploded in Kirkuk on Thursday, killing the governor's son.", nil, nil),
    ] as [(String, Int?, Int?)])
    func oneNamedPersonIsCounted(text: String, killed: Int?, wounded: Int?) {
        let inc = single(text)
        #expect(inc?.killed == killed)
        #expect(inc?.wounded == wounded)
    }

    /// Security cells and ministries write "without causing any human or material losses": nobody killed or hurt.
    @Test(arguments: [
        ("Two Katyusha rockets fell near Baghdad airport on Saturday without causing any human or material losses.", 0 as Int?),
        ("Two rockets fell near Baghdad airport on Saturday, causing no human losses, the cell said.", 0),
        ("Two rockets fell near Baghdad airport on Saturday without causing material or human losses.", 0),
        // Material losses alone say nothing of people.
        ("Two rockets fell near Baghdad airport on Saturday, causing material losses.", nil),
    ])
    func noHumanLossesIsNobodyHurt(text: String, count: Int?) {
        let inc = single(text)
        #expect(inc?.killed == count)
        #expect(inc?.wounded == count)
    }

    @Test(arguments: [
        "In a separate attack, gunmen stormed an army checkpoint in Kirkuk on Monday, killing three soldiers.",
        "A separate group of gunmen attacked an army checkpoint in the city on Monday, killing three soldiers.",
        "Separately, gunmen attacked an army checkpoint in Kirkuk on Monday, killing three soldiers.",
    ])
    func anAttackToldApartIsAnotherEvent(second: String) {
        let first = "Gunmen attacked a police post in Kirkuk on Monday, killing two policemen."
        let incs = ExtractionFixture.extract(first + "\n\n" + second, published: published)
        #expect(incs.count == 2)
        #expect(Set(incs.compactMap(\.killed)) == [2, 3])
    }

    /// A state's reply told with its weapon after "with", or strikes launched by a subject with an article of its own.
    @Test(arguments: [
        ("The U.S. retaliated on February 2 with strikes on more than 85 targets in Iraq and Syria.", "United States", EventType.airstrike),
        ("The U.S. launched strikes on 85 targets in eastern Syria on February 2.", "United States", .airstrike),
        ("Israel retaliated with airstrikes on Hezbollah positions in southern Lebanon on February 2.", "Israel", .airstrike),
        ("Turkey responded with artillery fire on YPG positions near Tal Rifaat on February 2.", "Turkey", .other),
        ("Turkish artillery fire hit YPG positions near Tal Rifaat on February 2.", "Turkey", .other),
    ])
    func aReplyWithAnAttackIsItsSubjectsAttack(text: String, perpetrator: String, type: EventType) {
        let inc = single(text)
        #expect(inc?.perpetrator == perpetrator)
        #expect(inc?.eventType == type)
        #expect(inc?.date == Day(year: 2024, month: 2, day: 2))
    }

    /// The article after the verb still points back: "launched the strikes" tells no new event.
    @Test func strikesLaunchedWithTheirArticleReferBack() {
        #expect(ExtractionFixture.extract("The U.S. launched the strikes from an aircraft carrier in the Red Sea.", published: published).isEmpty)
    }

    /// Bombings told over a week are a class of events: their places make no event of their own, nor place the event
    /// the sentence refers to.
    @Test(arguments: [
        "Thursday's attack came at the end of a week in which suicide bombings hit Lahore, Peshawar and Quetta.",
        "The blast capped a month that saw bombings in Kabul, Jalalabad and Kunduz.",
    ])
    func bombingsOverASpanAreNoEvent(text: String) {
        #expect(ExtractionFixture.extract(text, published: published).isEmpty)
    }

    @Test func theEventBeforeASpanKeepsItsOwnPlace() {
        let text = "A suicide bomber killed 75 people at a shrine in Sehwan on Thursday.\n\nThursday's attack came at the end of a week in which bombings hit Lahore, Peshawar and Quetta."
        let inc = single(text)
        #expect(inc?.place == "Sehwan")
    }

    /// A name the gazetteer lacks, after "in" or "at" in an attack's clause, places the event when the sentence names
    /// no known place.
    @Test(arguments: [
        ("At least 20 people were killed in an attack on a refugee camp in Gatumba late on Friday.", "Gatumba"),
        ("A car bomb killed six people at Bab al-Hawa on Friday, activists said.", "Bab al-Hawa"),
        ("Five soldiers were wounded when a roadside bomb exploded in Kalata Rahma on Friday, officials said.", "Kalata Rahma"),
    ])
    func anUnlistedNameAfterInPlacesTheAttack(text: String, place: String) {
        #expect(single(text)?.place == place)
    }

    /// Placed only by a country (or a dateline's town left in the sentence), the attack lies at the name after "in".
    @Test(arguments: [
        "At least 156 refugees were killed in an attack on a transit camp in Gatumba, near Burundi's border with Congo, late on Friday night.",
        "Refugee agency staff said on Monday that 156 people were killed in an attack on a camp in Gatumba, in western Burundi, late on Friday.",
    ])
    func aNameAfterInRefinesACountry(text: String) {
        #expect(single(text)?.place == "Gatumba")
    }

    @Test func aNameAfterInRefinesADatelineTown() {
        let text = "Refugees flee the border\n\nBUJUMBURA, 16 August 2004 (IRIN) - At least 156 refugees were killed in an attack on a transit camp in Gatumba late on Friday night, the agency said on Monday."
        let inc = ExtractionFixture.extract(text, published: "2004-08-16").first
        #expect(inc?.place == "Gatumba")
    }

    /// A month, a day, a group or a common word after "in" is no place.
    @Test(arguments: [
        "Four people were killed in an attack in March, officials said on Friday.",
        "Two soldiers were killed in an attack in Arabic-speaking areas on Friday.",
        "Three people were wounded in a blast at Christmas celebrations on Friday.",
    ])
    func noPlaceIsReadFromOtherCapitalisedWords(text: String) {
        #expect(ExtractionFixture.extract(text, published: published).allSatisfy { $0.place == nil })
    }

    /// "A second rocket" counts a further weapon of the same attack, not another event.
    @Test func aFurtherWeaponIsTheSameAttack() {
        let text = "A rocket hit Ain al-Asad air base on Monday, causing no casualties.\n\nA second rocket landed near the base's runway minutes later."
        #expect(ExtractionFixture.extract(text, published: published).count == 1)
    }
}
