import Foundation
import Testing
@testable import ChronicleKit

/// Strikes told in sum over a list of provinces; counts written with thousands separators; Chad as a place and as a
/// given name; a village named after "near X, in Y state"; a village of an event recalled by its month; where a group
/// operates; an armed post attacked in the passive and the fighting that followed.
@Suite("Campaign sums, Chad and recalled villages")
struct CampaignSumsChadAndRecalledVillagesTests {
    @Test(arguments: [
        "Israeli strikes on towns in the South, Nabatieh and the Bekaa continued throughout Sunday, the ministry said.",
        "Russian air raids on villages across Idlib, Hama and Latakia provinces went on all day on Sunday.",
    ])
    func strikesOnTownsAcrossProvincesAreNoEventPerProvince(sentence: String) {
        #expect(ExtractionFixture.main(sentence, published: "2024-09-30").isEmpty)
    }

    @Test func strikesOnNamedTownsAreEvents() {
        let found = ExtractionFixture.main("Israeli strikes on the towns of Tayr Harfa and Naqoura killed five people on Sunday.", published: "2024-09-30")
        #expect(!found.isEmpty)
        #expect(found.contains { $0.place == "Naqoura" || $0.place == "Tayr Harfa" })
    }

    @Test(arguments: [
        ("The death toll has risen to 1,240, the ministry said.", 1240),
        ("The blast killed 1,032 people and wounded hundreds.", 1032),
        ("Officials said 2,100 were killed.", 2100),
    ])
    func aCountWithAThousandsSeparatorIsReadWhole(sentence: String, killed: Int) {
        #expect(CasualtyReader.read(sentence as NSString).killed == killed)
    }

    @Test(arguments: [
        "Since 8 October 2023, the number of martyrs of the Israeli aggression has reached 1,640.",
        "Since the start of the war, the number of dead has risen to 3,200.",
    ])
    func aWarsRunningTotalIsNoEventsToll(sentence: String) {
        #expect(CasualtyReader.read(sentence as NSString).killed == nil)
    }

    /// A running total of one attack's dead, however long the words before the verb.
    @Test(arguments: [
        ("The number of dead has risen to 1,105, the ministry said.", 1105),
        ("The number of people killed in the explosion at the synagogue on the island of Djerba rose to 16 on Friday.", 16),
    ])
    func theNumberOfDeadOfOneAttackStillRises(sentence: String, killed: Int) {
        let c = CasualtyReader.read(sentence as NSString)
        #expect(c.killed == killed)
        #expect(c.killedIsTotal)
    }

    @Test func chadIsAPlaceButNotAReportersName() {
        let gazetteer = ExtractionFixture.kb.gazetteer
        #expect(gazetteer.mentions(in: "Troops were flown to Chad on Monday.").first?.entry.name == "Chad")
        #expect(gazetteer.mentions(in: "Chad President Idriss Déby visited the base.").first?.entry.name == "Chad")
        #expect(!gazetteer.mentions(in: "By Chad Garland, Stars and Stripes").contains { $0.entry.name == "Chad" })
        // Lake Chad is shared by four countries: it places nothing in Chad.
        #expect(!gazetteer.mentions(in: "Fighters crossed Lake Chad in boats.").contains { $0.entry.name == "Chad" })
    }

    @Test(arguments: [
        ("Gunmen attacked an army base in Bol, in western Chad, on Monday, killing two soldiers.", "Bol"),
        ("Jihadists ambushed a convoy near Goneri, in Yobe state, on Monday, killing several soldiers.", "Goneri"),
        ("Bandits stormed a police post near Dansadau, in Zamfara State, on Monday, killing three officers.", "Dansadau"),
    ])
    func aVillageBeforeItsProvinceIsWhereItHappened(sentence: String, place: String) {
        #expect(ExtractionFixture.main(sentence, published: "2020-03-24").first?.place == place)
    }

    @Test(arguments: [
        "In February 2015, fighters crossed the lake in boats and attacked the village of Ngouboua, killing about ten people.",
        "Last March, gunmen attacked the village of Kukawa, killing 12 people.",
    ])
    func aVillageOfAnEventRecalledByItsMonthIsItsPlace(sentence: String) {
        let found = ExtractionFixture.extract("Gunmen attacked a police post in Kirkuk on Monday, killing two.\n\n" + sentence, published: "2020-03-24")
        let recalled = found.first { $0.role == .background }
        #expect(recalled?.place == "Ngouboua" || recalled?.place == "Kukawa")
    }

    @Test(arguments: [
        ("JNIM, an al-Qaeda affiliate active in the Sahel, claimed responsibility for the attack on Point Triple.", "Sahel"),
        ("Ansaru, a group operating in Kaduna State, claimed the ambush.", "Kaduna"),
        ("The Houthis, who have been fighting a Saudi-led coalition in Yemen for years, claimed the strike.", "Yemen"),
    ])
    func whereAGroupOperatesIsADescriptionNotAPlace(sentence: String, place: String) {
        let ns = sentence as NSString
        let at = ns.range(of: place).location
        #expect(IncidentExtractor.describingClause.matches(ns).contains { NSLocationInRange(at, $0.range) })
    }

    @Test func anAppositiveWithoutWhereItOperatesDescribesNoPlace() {
        let ns = "JNIM, an al-Qaeda affiliate, claimed the attack in Menaka." as NSString
        #expect(!IncidentExtractor.describingClause.matches(ns).contains { NSLocationInRange(ns.range(of: "Menaka").location, $0.range) })
    }

    @Test func anArmyPositionAttackedByArmedGroupsAndFoughtForHoursIsAClash() {
        let found = ExtractionFixture.main(headline: "Soldiers killed in attack on border post",
            "The government said the army position at Karimama was attacked on Wednesday afternoon by \"heavily armed terrorist groups\".",
            "The defence forces responded and the fighting lasted several hours, the spokesman said.",
            published: "2025-01-09")
        #expect(found.first?.eventType == .armedClash)
    }

    @Test func aPositionAttackedWithNoFightingAfterStaysUntyped() {
        let found = ExtractionFixture.main(headline: "Soldiers killed in attack on border post",
            "The government said the army position at Karimama was attacked on Wednesday afternoon by \"heavily armed terrorist groups\".",
            "The president was informed in the evening, the spokesman said.",
            published: "2025-01-09")
        #expect(found.first?.eventType == .other)
    }
}
