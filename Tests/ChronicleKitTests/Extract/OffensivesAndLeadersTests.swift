import Foundation
import Testing
@testable import ChronicleKit

/// Who struck when a coalition is named with its leader or the verb waits behind a time word, offensives opened on a
/// day with that day's toll, the two sides of a fight, and initials that end in a full stop.
@Suite("Offensives and leaders")
struct OffensivesAndLeadersTests {
    @Test(arguments: [
        ("The General Command said that aircraft of the international coalition led by the United States yesterday targeted an army position on the road to al-Tanf.", "Global Coalition against ISIS (CJTF-OIR)"),
        ("The army said aircraft of the international coalition, led by the United States, struck a position near Deir ez-Zor on Sunday.", "Global Coalition against ISIS (CJTF-OIR)"),
        ("Hezbollah fighters yesterday attacked Nusra positions in the hills outside Arsal, killing 12.", "Hezbollah"),
        ("On February 13, 2015, a team of ISIS fighters attempted to storm Ain al-Asad air base in Anbar province.", "Islamic State"),
        ("On Friday, Taliban fighters tried to storm a police post in Kunduz.", "Taliban"),
    ])
    func thePerpetratorIsTheSubjectThatActs(text: String, perpetrator: String) {
        #expect(ExtractionFixture.one(text, published: "2017-05-19")?.perpetrator == perpetrator)
    }

    @Test(arguments: [
        ("Hezbollah, backed by Syrian army units across the border, yesterday launched its long-awaited offensive against Nusra positions around Arsal, with at least 24 fighters from both sides killed on the first day.", 24),
        ("Government forces on Monday launched a ground offensive on rebel-held villages south of Idlib, killing 17 fighters, a monitor said.", 17),
    ])
    func anOffensiveOpenedWithItsDaysTollIsAClash(text: String, killed: Int) {
        let found = ExtractionFixture.one(text, published: "2017-07-22")
        #expect(found?.eventType == .armedClash)
        #expect(found?.killed == killed)
    }

    @Test(arguments: [
        "On November 27, an alliance of rebel groups launched an offensive against government positions west of Aleppo.",
        "Israeli forces launched a military offensive on the Gaza Strip that lasted three days, until a ceasefire took effect on Sunday.",
    ])
    func anOffensiveWithoutATollIsACampaign(text: String) {
        #expect(ExtractionFixture.extract(text, published: "2024-12-01").isEmpty)
    }

    @Test(arguments: [
        ("A Navy F/A-18E Super Hornet from the aircraft carrier George H.W. Bush shot down a Syrian Su-22 on Sunday.", 1),
        ("Former president George W. Bush visited the base. Rockets struck it on Sunday.", 2),
    ])
    func runTogetherInitialsEndNoSentence(text: String, sentences: Int) {
        #expect(SentenceSplitter.split(text).count == sentences)
    }

    @Test(arguments: [
        ("The death toll from Wednesday's attack by the Rapid Support Forces on Wad al-Noura, a farming village in al-Jazira state, has climbed to at least 120, the resistance committees said, who had earlier reported 104 dead.", "Rapid Support Forces", 120),
        ("An attack by the Rapid Support Forces on a market in El Fasher, North Darfur, on Wednesday killed 104 people.", "Rapid Support Forces", 104),
    ])
    func anAttackByTheGroupIsTheGroups(text: String, perpetrator: String, killed: Int) {
        let found = ExtractionFixture.one(text, published: "2024-06-07")
        #expect(found?.perpetrator == perpetrator)
        #expect(found?.killed == killed)
        #expect(found?.country == "Sudan")
    }

    @Test(arguments: [
        ("A raid by the Israeli army on Jenin on Monday killed three people.", EventType.armedClash),
        ("A raid by Israeli warplanes on Gaza on Monday killed three people.", EventType.airstrike),
    ])
    func aRaidByTroopsIsNoAirstrike(text: String, type: EventType) {
        #expect(ExtractionFixture.one(text, published: "2024-06-07")?.eventType == type)
    }

    @Test(arguments: ["North Darfur", "South Kordofan", "Gezira state", "Gedaref"])
    func sudansStatesGoByTheirNewsNames(state: String) {
        let found = ExtractionFixture.one("Gunmen attacked a village in \(state) on Wednesday, killing 12 people.", published: "2024-06-07")
        #expect(found?.country == "Sudan")
        #expect(found?.admin1 != nil)
    }
}

