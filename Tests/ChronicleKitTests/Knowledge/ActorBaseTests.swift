import Testing
@testable import ChronicleKit

@Suite struct ActorBaseTests {
    let actors = KnowledgeBase.builtIn().actors

    func ids(_ text: String) -> [String] { actors.mentions(in: text).map(\.entry.id) }

    @Test(arguments: [
        ("the U.S.-led coalition said", "coalition"),
        ("the US-led Coalition said", "coalition"),
        ("CJTF-OIR said", "coalition"),
        ("Kata’ib Hezbollah claimed", "kataib-hezbollah"),
        ("Kata'ib Hizballah claimed", "kataib-hezbollah"),
        ("Kataib Hezbollah claimed", "kataib-hezbollah"),
        ("Iranian-backed militias fired", "iran-backed-militias"),
        ("Iran-aligned militias fired", "iran-backed-militias"),
        ("the Hashd al-Shaabi", "pmf"),
        ("PMF fighters", "pmf"),
        ("Daesh remnants", "isis"),
        ("the Islamic State group", "isis"),
        ("Col. Myles B. Caggins III said", "myles-caggins"),
        ("Prime Minister Mustafa al-Kadhimi", "mustafa-al-kadhimi"),
        ("Prime Minister al-Sudani", "mohammed-shia-al-sudani"),
        ("the Islamic Resistance in Iraq", "islamic-resistance-in-iraq"),
        ("US troops were wounded", "us-military"),
        ("the Pentagon said", "pentagon"),
        ("Syrian Democratic Forces", "sdf"),
    ])
    func aliasSpellings(text: String, id: String) {
        #expect(ids(text) == [id], "\(text) → \(ids(text))")
    }

    @Test func acronymsMatchOnlyAsWritten() {
        #expect(ids("give us the pmf") == [])
        #expect(ids("IS said") == [])
        #expect(ids("this is KH") == ["kataib-hezbollah"])
        #expect(ids("Khan said") == [])
    }

    @Test func iranianIsNotIran() {
        #expect(ids("Iranian officials met") == ["iran"])
        #expect(ids("an Iranian drone") == [])
        #expect(ids("Iran said") == ["iran"])
    }

    @Test func placeNamesHideActorNames() {
        #expect(ids("residents of Sadr City") == [])
        #expect(ids("Muqtada al-Sadr said") == ["muqtada-al-sadr"])
        #expect(ids("flights at Damascus International Airport") == [])
    }

    @Test func peopleHaveRolesAndParents() throws {
        let caggins = try #require(actors.actor(id: "myles-caggins"))
        #expect(caggins.kind == .person && caggins.role == "coalition spokesman" && caggins.parent == "coalition")
        for a in actors.actors where a.kind == .person {
            #expect(a.parent != nil && actors.actor(id: a.parent!) != nil, "\(a.id) has no known parent")
        }
        for a in actors.actors {
            if let p = a.parent { #expect(actors.actor(id: p) != nil, "\(a.id): unknown parent \(p)") }
        }
        let ids = actors.actors.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func deterministic() {
        let text = "Kataib Hezbollah, part of the PMF, denied the U.S. claim; Kadhimi and CENTCOM disagreed."
        #expect(actors.mentions(in: text) == KnowledgeBase.builtIn().actors.mentions(in: text))
        #expect(ids(text) == ["kataib-hezbollah", "pmf", "united-states", "mustafa-al-kadhimi", "centcom"])
    }
}

@Suite struct SponsorPhraseTests {
    let kb = KnowledgeBase.builtIn()

    @Test func sponsorAdjectivesNameNoActorOrPlace() {
        #expect(kb.actors.mentions(in: "Iran-backed Kataib Hezbollah fired").map(\.entry.id) == ["kataib-hezbollah"])
        #expect(kb.gazetteer.mentions(in: "Iran-backed Kataib Hezbollah fired").map(\.entry.id) == [])
        #expect(kb.actors.mentions(in: "Turkish-backed factions shelled Manbij").map(\.entry.id) == ["syrian-national-army"])
        #expect(kb.gazetteer.mentions(in: "Turkish-backed factions shelled Manbij").map(\.entry.id) == ["manbij"])
        #expect(kb.actors.mentions(in: "the US-backed SDF").map(\.entry.id) == ["sdf"])
        // a plain mention is still one
        #expect(kb.actors.mentions(in: "Iran denied it").map(\.entry.id) == ["iran"])
    }
}

@Suite struct CombinedMentionsTests {
    @Test func oneTokenizationGivesTheSameAsEachBase() {
        let kb = KnowledgeBase.builtIn()
        let text = "Kata’ib Hezbollah denied firing at Ain al-Asad; the U.S.-led coalition said Baghdad’s airport was hit."
        let both = kb.mentions(in: text)
        #expect(both.places == kb.gazetteer.mentions(in: text))
        #expect(both.actors == kb.actors.mentions(in: text))
        #expect(both.places.map(\.entry.id) == ["ain-al-asad-air-base", "baghdad-international-airport"])
        #expect(both.actors.map(\.entry.id) == ["kataib-hezbollah", "coalition"])
    }
}
