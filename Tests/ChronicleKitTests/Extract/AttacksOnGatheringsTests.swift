import Foundation
import Testing
@testable import ChronicleKit

/// Armed men who storm or burst into a school, a house of worship, a hospital or a sitting chamber attack the
/// unarmed people inside (typed `other`, ACLED's violence against civilians), unless a fight with defenders is told.
@Suite("Attacks on gatherings")
struct AttacksOnGatheringsTests {
    @Test(arguments: [
        "Gunmen suspected to be Boko Haram members stormed the boarding school near Potiskum at about 2am on Monday, killing 29 pupils.",
        "Gunmen stormed the boarding school near Potiskum early on Monday and set fire to a dormitory.",
        "Armed men stormed a mosque in Kano during evening prayers on Monday.",
        "Militants disguised as doctors stormed the military hospital in Kabul on Monday, killing at least 30 people.",
        "Five gunmen burst into the chamber of the National Assembly in Yerevan on Monday afternoon and opened fire, killing eight officials.",
        "Two masked men barged into a church in Istanbul during Sunday Mass and opened fire.",
    ])
    func anAssaultOnAPlaceOfUnarmedPeopleIsAnAttackOnThem(sentence: String) {
        let found = ExtractionFixture.one(sentence, published: "2024-02-13")
        #expect(found?.eventType == .other)
    }

    @Test(arguments: [
        "Gunmen stormed the boarding school near Potiskum on Monday and battled soldiers guarding it for three hours.",
        "Militants stormed an army post near Potiskum on Monday, killing four soldiers.",
        "Five gunmen burst into a police station in Yerevan on Monday afternoon and opened fire, killing two officers.",
    ])
    func aFightWithDefendersOrAnArmedPostStaysAClash(sentence: String) {
        let found = ExtractionFixture.one(sentence, published: "2024-02-13")
        #expect(found?.eventType == .armedClash)
    }

    @Test func aChurchSiegeEndedByARescueAssaultWithAnExchangeOfFireIsAClash() {
        let found = ExtractionFixture.main("""
        Dozens killed in Baghdad church siege

        A group of armed men wearing explosive belts stormed the cathedral in Karrada during the evening Mass on Sunday and took the worshippers hostage.

        Iraqi security forces stormed the building at around 9 p.m. In the exchange of fire, the attackers detonated their explosives, killing 52 people.
        """, published: "2010-11-01")
        #expect(found.first?.eventType == .armedClash)
    }
}
