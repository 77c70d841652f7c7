import Foundation
import Testing
@testable import ChronicleKit

/// Armed men who storm or burst into a school, a house of worship, a hospital or a sitting chamber attack the
/// unarmed people inside (typed `other`, ACLED's violence against civilians), unless a fight with defenders is told.
@Suite("Attacks on gatherings")
struct AttacksOnGatheringsTests {
    /// Assaults on places of unarmed people are attacks on them; a fight with defenders, or an armed post, is a clash.
    @Test(arguments: [
        ("Gunmen suspected to be Boko Haram members stormed the boarding school near Potiskum at about 2am on Monday, killing 29 pupils.", EventType.other),
        ("Gunmen stormed the boarding school near Potiskum early on Monday and set fire to a dormitory.", .other),
        ("Armed men stormed a mosque in Kano during evening prayers on Monday.", .other),
        ("Militants disguised as doctors stormed the military hospital in Kabul on Monday, killing at least 30 people.", .other),
        ("Five gunmen burst into the chamber of the National Assembly in Yerevan on Monday afternoon and opened fire, killing eight officials.", .other),
        ("Two masked men barged into a church in Istanbul during Sunday Mass and opened fire.", .other),
        ("Gunmen stormed the boarding school near Potiskum on Monday and battled soldiers guarding it for three hours.", .armedClash),
        ("Militants stormed an army post near Potiskum on Monday, killing four soldiers.", .armedClash),
        ("Five gunmen burst into a police station in Yerevan on Monday afternoon and opened fire, killing two officers.", .armedClash),
    ])
    func anAssaultIsTypedByWhereItStruckAndWhetherAFightIsTold(sentence: String, type: EventType) {
        let found = ExtractionFixture.one(sentence, published: "2024-02-13")
        #expect(found?.eventType == type)
    }

    @Test func aChurchSiegeEndedByARescueAssaultWithAnExchangeOfFireIsAClash() {
        let found = ExtractionFixture.main("""
        Dozens killed in Baghdad church siege

        A group of armed men wearing explosive belts stormed the cathedral in Karrada during the evening Mass on Sunday and took the worshippers hostage.

        Iraqi security forces stormed the building at around 9 p.m. In the exchange of fire, the attackers detonated their explosives, killing 52 people.
        """, published: "2010-11-01")
        #expect(found.first?.eventType == .armedClash)
    }

    @Test func explosivesUsedInAnAssaultOnAChurchLeaveItAnAttackOnTheWorshippers() {
        let found = ExtractionFixture.main("""
        Gunmen kill dozens of worshippers in Ondo church

        More than 40 worshippers were killed on Sunday when gunmen stormed St Michael's Catholic Church in Owo during Mass.

        At least one explosive device went off inside the church and another near the entrance, witnesses said.
        """, published: "2022-06-06")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .other)
        #expect(found.first?.place?.contains("Owo") == true)
    }
}

/// Three-letter names of large towns outside the core ("Gao", "Jos", "Osh") are matched; a world city of a million
/// shares its name with a smaller town of the region, and the report's other places pick one.
@Suite("Short and shared town names")
struct ShortAndSharedTownNamesTests {
    @Test(arguments: [
        ("A car bomb exploded at an army camp in Gao on Monday, killing 47 soldiers.", "Gao", "Mali"),
        ("Gunmen attacked a village near Jos on Monday, killing 12 people.", "Jos", "Nigeria"),
        ("A bomb exploded in a market in Osh, in southern Kyrgyzstan, on Monday, killing three people.", "Osh", "Kyrgyzstan"),
    ])
    func aShortNameOfALargeTownIsMatched(sentence: String, place: String, country: String) {
        let found = ExtractionFixture.one(sentence, published: "2024-02-13")
        #expect(found?.place == place)
        #expect(found?.country == country)
    }

    @Test func aShortNameThatIsAGivenNameIsNotAPlace() {
        // "Ann" is a town of 120,000 in Myanmar as well as a given name.
        let found = ExtractionFixture.one("A roadside bomb killed three soldiers on Monday, Ann Lewis of the monitoring group told reporters.", published: "2024-02-13")
        #expect(found != nil)
        #expect(found?.country != "Myanmar")
    }

    @Test(arguments: [
        ("Two bombs exploded in Hyderabad, the capital of Telangana, on Monday, killing 17 people.", "India"),
        ("Two bombs exploded in a market in Hyderabad in Sindh on Monday, killing 17 people.", "Pakistan"),
    ])
    func aSharedNameGoesToTheCountryTheReportNames(sentence: String, country: String) {
        let found = ExtractionFixture.one(sentence, published: "2024-02-13")
        #expect(found?.place == "Hyderabad")
        #expect(found?.country == country)
    }
}
