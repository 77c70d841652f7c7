import Foundation
import Testing
@testable import ChronicleKit

/// Who was shot at types a shooting (thirty-second session): unarmed people harmed or aimed at make it an attack on
/// them (`other`, ACLED's violence against civilians), soldiers, police or their post a clash, whoever fired.
@Suite("Shootings typed by their victims")
struct ShootingVictimTypeTests {
    @Test(arguments: [
        "Twenty-five tourists and a local pony operator were killed and 17 others were injured when gunmen emerged from the forest at about 2.45 pm on Tuesday and opened fire with automatic weapons.",
        "Two armed men wearing masks entered a church in the city of Kirkuk during Mass on Sunday and opened fire, killing one person.",
        "At least seven pupils, aged between nine and 12, were killed when a group of armed men on motorbikes attacked a school in Kumba on Saturday, opening fire on children in a classroom.",
        "Five staff members were killed when militants stormed the compound in Baghdad on Monday, the ministry said.",
        "On Saturday, gunmen opened fire on a television crew filming in Baghdad, killing a cameraman and wounding a reporter.",
    ])
    func unarmedPeopleShotAtMakeItAnAttackOnThem(text: String) {
        #expect(ExtractionFixture.one(text)?.eventType == .other)
    }

    @Test(arguments: [
        "A gunman who opened fire on a police patrol in Amman at dawn on Sunday was killed, and three police officers were injured.",
        "A lone attacker opened fire at an army checkpoint near Kirkuk on Monday, wounding two soldiers.",
        "An ISIS cell attacked an SDF checkpoint at the entrance of Hajin on Tuesday night, killing one fighter.",
        "At dawn today, a terrorist gang of the remnants of Daesh attacked a post of the Iraqi army in the Mutaibija area.",
        "Two Turkish soldiers were martyred and another was injured in an attack by PKK terrorists in Hakkari on Wednesday.",
        "On Monday, armed men loyal to a former deputy minister attacked a police station in Kirkuk, killing nine police officers.",
    ])
    func armedMenShotAtMakeItAClash(text: String) {
        #expect(ExtractionFixture.one(text)?.eventType == .armedClash)
    }

    @Test(arguments: [
        "Unknown gunmen shot dead a former opposition commander in the Daraa countryside on Sunday night.",
        "Police said gunmen killed a local official of the Popular Mobilization Forces in the town of Muqdadiyah on Saturday evening.",
        "Gunmen gunned down a prominent lawyer outside his home in Basra on Monday.",
    ])
    func onePersonKilledIsATargetedKilling(text: String) {
        #expect(ExtractionFixture.one(text)?.eventType == .other)
    }

    @Test func aClashWithSoldiersKilledStaysAClash() {
        #expect(ExtractionFixture.one("Gunmen killed three soldiers at a checkpoint near Kirkuk on Monday.")?.eventType == .armedClash)
    }
}

/// A toll told in the present perfect over many events ("132 civilians have died in attacks and landmine explosions")
/// counts a class of events: no incident of its own, and no event's toll.
@Suite("Tallies of many events")
struct TallyOfEventsTests {
    @Test(arguments: [
        "More than 600 members of the security forces have been killed in attacks and clashes across the southeast since then.",
        "Some 132 civilians, most of them truffle hunters, have died in attacks and landmine explosions.",
        "Dozens of people have been wounded in airstrikes on the province, the monitor said.",
    ])
    func aTallyIsNoIncident(text: String) {
        #expect(ExtractionFixture.one(text) == nil)
    }

    @Test func aTallyGivesNoTollToTheEventBefore() {
        let main = ExtractionFixture.main(headline: "ISIS attack near Sukhnah",
            "On Monday, ISIS cells attacked a position of regime forces near Sukhnah, killing four soldiers.",
            "The number of ISIS members killed in the same period stands at 32, while 132 civilians have died in attacks and landmine explosions.")
        #expect(main.count == 1)
        #expect(main.first?.killed == 4)
    }

    @Test func aDaysToldInThePresentPerfectIsStillNews() {
        let inc = ExtractionFixture.one("At least 20 people have been killed in airstrikes on Mosul on Tuesday, medics said.")
        #expect(inc != nil)
        #expect(inc?.killed == 20)
    }
}

/// "the Durak area of Hakkari's Şemdinli district": an area the gazetteer lacks, in the town named after a possessive,
/// is placed in that town (so it joins the event told of the town alone).
@Suite("Areas of towns named after a possessive")
struct AreaOfPossessiveTownTests {
    @Test(arguments: [
        ("A car bomb exploded near a checkpoint in the Durak area of Hakkari's Yuksekova district on Sunday, killing 18 people.", "Durak, Yuksekova"),
        ("A roadside bomb hit a patrol in the Tarfawi area of Kirkuk's Hawija district on Monday, wounding two soldiers.", "Tarfawi, Hawija"),
    ])
    func theAreaIsInThePossessiveTown(text: String, place: String) {
        #expect(ExtractionFixture.one(text)?.place == place)
    }

    @Test func theAreaJoinsTheEventToldOfTheTown() {
        let main = ExtractionFixture.main(headline: "18 killed in car bomb attack in Yuksekova",
            "Ten soldiers and eight civilians were killed when militants detonated a car bomb near a checkpoint in the Durak area of Hakkari's Yuksekova district on Sunday.",
            published: "2016-10-09")
        #expect(main.count == 1)
        #expect(main.first?.killed == 18)
    }
}

/// Oil and gas sites the gazetteer lacks, named after their country's possessive ("Saudi Arabia's Shaybah oilfield"),
/// and the war an actor wages told about the actor ("The Houthis, who have been fighting … in Yemen"), which places
/// nothing of the event.
@Suite("Oilfields after a possessive, and wars told about an actor")
struct OilfieldAndActorClauseTests {
    @Test(arguments: [
        ("A drone attack caused a fire at a gas facility in Saudi Arabia's remote Shaybah oilfield on Saturday.", "Shaybah oilfield"),
        ("Gunmen stormed a pumping station at Libya's Sharara oilfield on Friday, officials said.", "Sharara oilfield"),
        ("A rocket hit the Baiji refinery on Monday, wounding two workers.", "Baiji refinery"),
    ])
    func aSiteNamedByItsNoun(text: String, place: String) {
        #expect(ExtractionFixture.one(text)?.place?.hasPrefix(place) == true)
    }

    @Test func theActorsWarPlacesNothing() {
        let main = ExtractionFixture.main(headline: "Drone attack on Saudi gas field",
            "A drone attack claimed by the Houthis caused a fire at a gas facility in Saudi Arabia's remote Shaybah oilfield on Saturday.",
            "The Houthis, who have been fighting a Saudi-led coalition in Yemen for four years, said they had launched ten drones at the field on Saturday.",
            published: "2019-08-17")
        #expect(main.count == 1)
        #expect(main.first?.place?.hasPrefix("Shaybah") == true)
    }
}

/// Attackers' deaths told twice ("…, two attackers killed" in the headline, "The two perpetrators died at the
/// location" later) are the same dead: the later figure adds nothing.
@Suite("Attackers' dead told twice")
struct AttackersDeadToldTwiceTests {
    @Test(arguments: ["\"The two perpetrators died at the location,\" he said.", "Both bombers were killed at the scene, police said."])
    func theLaterFigureAddsNothing(followUp: String) {
        let main = ExtractionFixture.main(headline: "Suicide bombing at cathedral injures 14, two attackers killed",
            "MAKASSAR (ANTARA) - Two suspected suicide bombers riding a motorcycle blew themselves up at the gate of a cathedral in Makassar on Sunday morning, injuring at least 14 people, police said.",
            followUp,
            published: "2021-03-28")
        #expect(main.count == 1)
        #expect(main.first?.killed == 2)
        #expect(main.first?.wounded == 14)
    }

    @Test func attackersDeadAddToTheirVictimsOnce() {
        let main = ExtractionFixture.main(headline: "Gunmen kill three police officers at a checkpoint in Kirkuk",
            "Gunmen opened fire on a police checkpoint in Kirkuk on Monday, killing three police officers.",
            "The two attackers were shot dead by the security forces, police said.")
        #expect(main.first?.killed == 5)
    }
}
