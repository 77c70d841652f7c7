import Testing
import Foundation
@testable import ChronicleKit

@Suite("EventTriggers")
struct TriggerTests {
    let extractor = IncidentExtractor(knowledge: KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: [])))
    let pub = Day(year: 2023, month: 3, day: 14)!

    func mention(_ s: String) -> EventMention? {
        extractor.mention(in: ArticleSentence(index: 0, paragraph: 0, text: s, ns: s as NSString), published: pub)
    }

    @Test(arguments: [
        ("Three rockets hit an air base in the west of the country late on Sunday.", EventType.rocketAttack),
        ("Katyusha rockets slammed into a residential area on Monday night.", .rocketAttack),
        ("Two mortar shells landed near the embassy compound on Saturday.", .mortarAttack),
        ("A mortar round fell inside the camp early Monday, the army said.", .mortarAttack),
        ("An explosive-laden drone targeted the airport on Friday evening.", .droneAttack),
        ("Two UAVs attacked a base housing US troops on Sunday.", .droneAttack),
        ("A ballistic missile struck an oil facility on Monday.", .missileAttack),
        ("A roadside bomb hit a supply convoy south of the city on Tuesday.", .iedAttack),
        ("An improvised explosive device detonated as a patrol passed on Monday.", .iedAttack),
        ("Turkish warplanes struck suspected militant hideouts on Sunday.", .airstrike),
        ("An air strike destroyed a weapons depot on Saturday.", .airstrike),
        ("Clashes broke out between two tribes on Monday, killing three.", .armedClash),
        ("Gunmen opened fire on a checkpoint late Sunday.", .armedClash),
        ("The checkpoint was attacked on Monday night, police said.", .other),
    ])
    func reportsAreTypedByTheirWeapon(sentence: String, type: EventType) {
        let m = mention(sentence)
        #expect(m?.strength == .report)
        #expect(m?.type == type)
    }

    @Test(arguments: [
        "Rocket attacks near the embassy have increased in recent weeks.",
        "Roadside bombs targeted convoys carrying equipment to the coalition.",
        "Washington blames Tehran for missile and bomb attacks.",
        "Dozens of attacks have hit US forces since October.",
        "The group warned of further attacks on foreign troops.",
        "Militias could launch drones at the base, officials fear.",
        "No coalition facility was struck, the spokesman said.",
        "The rally marked the anniversary of the drone strike that killed the general.",
        "Hundreds of rockets and drone strikes have targeted US troops.",
        "The group called on members to stop attacking foreign embassies.",
    ])
    func nonEventsAreNotReports(sentence: String) {
        #expect(mention(sentence)?.strength != .report)
    }

    @Test(arguments: [
        "Air defences intercepted two drones approaching the airport on Monday.",
        "On Tuesday, the base's defences shot down three explosive-laden drones.",
    ])
    func interceptionsAreDisruptedAttacksTypedOther(sentence: String) {
        let m = mention(sentence)
        #expect(m?.strength == .report)
        #expect(m?.type == .other)
    }

    @Test func victimsAreNotPerpetrators() {
        let kb = KnowledgeBase(gazetteer: Gazetteer(places: []),
                               actors: ActorBase(actors: [Actor(id: "us-military", name: "US military", kind: .stateMilitary, aliases: ["US soldiers", "US troops"])]))
        let ex = IncidentExtractor(knowledge: kb)
        for text in ["Three US soldiers killed in drone attack on Sunday", "Two US troops have been wounded in a rocket attack on Monday."] {
            let art = Article(id: "a", file: "a.md", path: "a.md", title: "T", published: pub, paragraphs: [text])
            let s = ex.segment(art).last!
            let m = ex.mention(in: s, published: pub)
            #expect(m?.attribution.perpetrator == nil, "\(text)")
        }
    }

    @Test func stateStrikeIsAnAirstrikeWithItsPerpetrator() {
        let m = mention("A US strike hit a weapons depot on Tuesday night.")
        #expect(m?.type == .airstrike)
        #expect(m?.attribution.perpetrator?.name == "United States")
    }

    @Test func definiteReferencesAreReferences() {
        #expect(mention("The president condemned the attack on Thursday.")?.strength == .reference)
        #expect(mention("Thursday's strikes add to a long list.")?.strength == .reference)
    }

    @Test func genericAttackWithoutTimeIsOnlyAReference() {
        #expect(mention("The embassy compound was attacked by unknown groups.")?.strength == .reference)
        #expect(mention("The embassy compound was attacked this evening by unknown groups.")?.strength == .report)
    }

    @Test func eventTimeWinsOverSpeechTime() {
        let m = mention("The army said in a statement Tuesday that a mortar attack hit the zone on Sunday night.")
        #expect(m?.time?.date?.iso == "2023-03-12")
        #expect(m?.speechTime?.date?.iso == "2023-03-14")
    }
}

@Suite("Casualties")
struct CasualtyTests {
    func read(_ s: String) -> Casualties { CasualtyReader.read(s as NSString) }

    @Test(arguments: [
        ("Three children and two women were killed when rockets hit a house.", 5, nil as Int?),
        ("Four fighters were killed in the attack, media reported.", 4, nil),
        ("The blast killed two soldiers and wounded five civilians.", 2, 5),
        ("The strike hit the convoy, killing 12 and injuring 30.", 12, 30),
        ("At least seven people were killed and 14 others were wounded.", 7, 14),
        ("A policeman was killed at the checkpoint.", 1, nil),
        ("Twenty-three people died in the bombing.", 23, nil),
    ])
    func figures(sentence: String, killed: Int?, wounded: Int?) {
        let c = read(sentence)
        #expect(c.killed == killed)
        #expect(c.wounded == wounded)
    }

    @Test(arguments: [
        "Several rockets hit the zone and wound two civilians.",
        "The drone attack wounded two contractors.",
        "Two civilians were injured by shrapnel.",
    ])
    func twoWounded(sentence: String) {
        #expect(read(sentence).wounded == 2)
        #expect(read(sentence).killed == nil)
    }

    @Test(arguments: [
        "The facility was attacked, but fortunately no casualties were reported.",
        "The rockets fell in an empty field without causing casualties.",
        "No one was killed or injured, the army said.",
    ])
    func noneMeansZero(sentence: String) {
        #expect(read(sentence) == Casualties(killed: 0, wounded: 0))
    }

    @Test func partialZeros() {
        #expect(read("Bases were attacked, though no US forces were killed in the strikes.") == Casualties(killed: 0, wounded: nil))
        // Nobody hurt means nobody killed either (devset8's gold and the JSON contract: 0 when the text says none).
        #expect(read("No one was hurt in the attack.") == Casualties(killed: 0, wounded: 0))
        #expect(read("No civilians were hurt in the attack.") == Casualties(killed: nil, wounded: 0))
        #expect(read("No one has claimed responsibility for the attack.") == Casualties())
    }

    @Test func vagueAmountsGiveNoFigure() {
        #expect(read("Several people were wounded in the blast.") == Casualties())
        #expect(read("Dozens were killed in the fighting.") == Casualties())
        #expect(read("There were no immediate reports of casualties.") == Casualties())
    }
}
