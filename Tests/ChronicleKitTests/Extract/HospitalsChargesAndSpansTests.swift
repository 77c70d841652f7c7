import Foundation
import Testing
@testable import ChronicleKit

/// The people a report sends to hospital, explosives set off, operations carried out, the span after an event, streets
/// named after towns, and Israel named by another adjective (forty-eighth session).
@Suite("Hospitals, charges and spans")
struct HospitalsChargesAndSpansTests {
    @Test(arguments: [
        ("Officials put the death toll at 60 and said more than 110 people had been taken to hospitals in Lahore.", 110 as Int?),
        ("The health ministry says 145 people have been hospitalized.", 145),
        ("Four other people were rushed to the Beilinson and Sheba hospitals.", 4),
        ("Eight of the injured were taken to hospital for treatment.", nil),
        ("The bodies of two people were taken to the hospital in Sinjar.", nil),
        ("Several people were taken to hospital with burns.", nil),
    ])
    func thePeopleSentToHospitalAreTheWounded(_ sentence: String, _ wounded: Int?) {
        #expect(ExtractionFixture.casualties(sentence).wounded == wounded)
    }

    @Test func aWoundedCountStandsBeforeThoseTakenToHospital() {
        #expect(ExtractionFixture.casualties("The blast wounded 30 people, 12 of whom were taken to hospital in Kirkuk.").wounded == 30)
        #expect(ExtractionFixture.casualties("The blast wounded 30 people; 12 people were later taken to hospital in Kirkuk.").wounded == 30)
    }

    @Test(arguments: [
        "A man wearing an army uniform walked into the crowd at the bus stop in Hadera on Sunday and set off the explosives he was carrying, killing seven.",
        "Minutes after a first blast at the bus stop in Hadera on Sunday, a second man detonated a larger charge among the rescuers, killing seven.",
        "A bomber set off his charge at the bus stop in Hadera on Sunday, killing seven.",
    ])
    func explosivesOrAChargeSetOffAreABombing(_ sentence: String) {
        let found = ExtractionFixture.extract("Bus stop bombing\n\n\(sentence)", published: "1995-01-23")
        #expect(found.count == 1)
        #expect(found.first?.eventType == .iedAttack)
        #expect(found.first?.date == Day(iso: "1995-01-22"))
    }

    @Test func anOperationCarriedOutOnADayAtAPlaceDatesAndPlacesTheBlastsToldAfter() {
        let text = """
        President condemns operation

        The President has condemned the operation carried out this morning at the Beit Lid junction near Netanya.

        According to the radio, two explosions went off at about 9:30 local time at a bus stop crowded with soldiers at the junction, about three minutes apart. The radio said 19 people were killed and 61 wounded.

        The group said the operation avenged a leader who was killed when a bomb exploded in his car in Khan Younis on 2 November.
        """
        let found = ExtractionFixture.extract(text, published: "1995-01-22")
        let blasts = found.first { $0.date == Day(iso: "1995-01-22") }
        #expect(blasts?.place == "Beit Lid junction")
        #expect(blasts?.country == "Israel")
        #expect(blasts?.killed == 19)
        #expect(found.contains { $0.date == Day(iso: "1994-11-02") && $0.killed != 19 })
    }

    @Test(arguments: ["the military operation carried out under the new president", "operations carried out in Midyat and Nusaybin"])
    func anOperationWithoutItsDayIsNoEvent(_ phrase: String) {
        let found = ExtractionFixture.extract("Arrests\n\nPolice detained 12 people in \(phrase), the ministry said.", published: "2017-03-01")
        #expect(found.isEmpty)
    }

    @Test(arguments: ["In the following 45 minutes", "Over the next hour", "Within the next two hours"])
    func aSpanAfterTheEventToldBeforeOpensOtherEventsOfItsDay(_ opening: String) {
        let text = """
        Red Cross hit

        It was shortly before 8:30 yesterday morning when an ambulance drove up to the entrance of the delegation in the capital, Baghdad. The vehicle exploded a few metres from the outer wall. Twelve people died at the office.

        The attack on the Red Cross was only the first of a series. \(opening), car bombs exploded at three police stations in different parts of the city: at al-Bayaa, at al-Shaab and at al-Khadra.

        The United Nations withdrew its staff after the car bomb that exploded at its compound at the Canal Hotel on 22 September.
        """
        let found = ExtractionFixture.extract(text, published: "2003-10-28")
        #expect(found.contains { $0.place == "Baghdad" && $0.date == Day(iso: "2003-10-27") && $0.killed == 12 })
        #expect(found.contains { $0.place == "Bayaa" && $0.date == Day(iso: "2003-10-27") })
        #expect(!found.contains { $0.place == "Bayaa" && $0.date == Day(iso: "2003-09-22") })
    }

    @Test func aTownBeforeACapitalisedRoadNamesAStreet() {
        let found = ExtractionFixture.extract("Market bombing\n\nTwo bombers walked into the market from Jaffa Road on Wednesday and detonated their charges, killing 13.", published: "1997-07-31")
        #expect(found.first?.place != "Jaffa")
        let highway = ExtractionFixture.extract("Convoy ambushed\n\nGunmen ambushed a convoy on the Kabul-Jalalabad Road on Monday, killing four soldiers.", published: "2010-03-02")
        #expect(highway.first?.place == "Kabul")
    }

    @Test(arguments: ["Zionist helicopter gunships", "Israeli helicopter gunships", "Israeli gunships"])
    func gunshipsNamedByTheirStateAreItsStrike(_ subject: String) {
        let found = ExtractionFixture.extract("Motorcade hit\n\n\(subject) fired a number of missiles at the motorcade on the road between Jibshit and Tuffahta yesterday afternoon, killing seven.", published: "1992-02-17")
        #expect(found.first?.perpetrator == "Israel")
        #expect(found.first?.place == "Jibshit")
        #expect(found.first?.eventType == .airstrike)
    }

    @Test func aLedesAttacksAtTwoTownsDateEachTownsReportToldAfter() {
        let text = """
        Suicide bombers strike recruits and pilgrims

        WASHINGTON, Jan. 5 - Suicide bombers killed dozens of Iraqis today in attacks on a police recruiting drive in Ramadi and on a crowded street near a shrine in Karbala, officials said.

        In Ramadi, a bomber detonated an explosive vest among men lined up outside a factory. About 30 applicants were killed, the statement said. A Marine and a soldier were also killed.

        In Karbala, a bomber blew himself up near the shrine. Police said 49 people were killed and 52 wounded.
        """
        let found = ExtractionFixture.extract(text, published: "2006-01-05")
        #expect(found.first { $0.place == "Karbala" }?.date == Day(iso: "2006-01-05"))
        #expect(found.first { $0.place == "Karbala" }?.role == .main)
        // The "also" dead add to the first count told after the blast.
        #expect(found.first { $0.place == "Ramadi" }?.killed == 32)
    }

    @Test func aTownTheLedeMeasuresABearingFromGetsNoDayOfItsOwn() {
        let text = """
        Shells hit school

        At least 40 people were killed on Tuesday afternoon when mortar shells struck a school in Jabalia, north of Gaza City.

        Officials said fighters in Gaza City fired rockets at the army, without giving a day.
        """
        let found = ExtractionFixture.extract(text, published: "2009-01-07")
        #expect(!found.contains { $0.place == "Gaza City" && $0.date == Day(iso: "2009-01-06") })
    }

    @Test func anAttackerToldAsAPronounGoesOnTheAssaultToldRightBefore() {
        let text = """
        Sahwa targeted twice

        A suicide bomber blew himself up among Sahwa members queuing for their pay at an army base in Radwaniya this morning, killing 43.

        Less than an hour later, in al-Qaim, a suicide attacker stormed a Sahwa office and opened fire on the men inside. When the fighters returned fire and wounded him, he detonated his explosive belt as they gathered around him, killing three of them and wounding six.
        """
        let found = ExtractionFixture.extract(text, published: "2010-07-18")
        let qaim = found.first { $0.place?.hasSuffix("Qaim") == true }
        #expect(qaim?.killed == 3)
        #expect(qaim?.wounded == 6)
        #expect(qaim?.eventType == .iedAttack)
        #expect(found.first { $0.place == "Radwaniya" }?.killed == 43)
    }

    @Test(arguments: ["told reporters by telephone from Mahmudiya hospital", "said from his bed in Mahmudiya general hospital"])
    func theHospitalAWitnessSpeaksFromIsNotWhereTheBlastWas(_ clause: String) {
        let text = """
        Pay queue bombing

        A suicide bomber blew himself up at the gate of an army base in Radwaniya this morning, killing 43.

        "He blew himself up in the biggest group," a man who was wounded in the legs \(clause).
        """
        let found = ExtractionFixture.extract(text, published: "2010-07-18")
        #expect(found.count == 1)
        #expect(found.first?.place == "Radwaniya")
    }

    @Test func aHeadlinesTownsDateTheLedesRaidsAtEachOfThem() {
        let text = """
        Israeli F-16 warplanes bomb Nablus and Ramallah

        The group condemns the Israeli air raids carried out on Friday against Palestinian cities in the West Bank.

        On Friday afternoon, the warplanes dropped bombs on the prison compound in Nablus, killing 11.

        In Ramallah, the warplanes struck a building used by the presidential guard, killing one officer.

        At about 2 a.m. last Monday, soldiers shot dead five police officers at their post on the edge of Beitunia, west of Ramallah.
        """
        let found = ExtractionFixture.extract(text, published: "2001-05-20")
        #expect(found.first { $0.place == "Ramallah" }?.date == Day(iso: "2001-05-18"))
        #expect(found.first { $0.place == "Beitunia" }?.date == Day(iso: "2001-05-14"))
    }

    @Test(arguments: [("Gandhinagar, Sept. 25: ", "2002-09-26"), ("", "2002-09-25")])
    func aSiegeIsDatedByTheDayItLastedSince(_ dateline: String, _ published: String) {
        let text = """
        Siege ends after 14 hours

        \(dateline)The siege of the temple complex ended at dawn today when commandos shot dead the two gunmen who had been holed up in the complex since Tuesday evening. The attack left 31 devotees dead.
        """
        let found = ExtractionFixture.extract(text, published: published)
        #expect(found.first?.date == Day(iso: "2002-09-24"))
    }

    @Test func aDatelinesDayBeforeAColonIsTheWritingDay() {
        let found = ExtractionFixture.extract("Blast\n\nNew Delhi, May 1: A bomb exploded at a market in Delhi this morning, killing four.", published: "2008-05-02")
        #expect(found.first?.date == Day(iso: "2008-05-01"))
    }

    @Test(arguments: ["dressed in police uniforms", "disguised as police", "in army uniforms"])
    func gunmenDisguisedAsTheForcesStormAsGunmen(_ disguise: String) {
        let found = ExtractionFixture.extract("Guesthouse attack\n\nTaliban gunmen \(disguise) stormed a guesthouse used by UN staff in Kabul early this morning, killing six.", published: "2009-10-28")
        #expect(found.count == 1)
        #expect(found.first?.killed == 6)
        #expect(found.first?.date == Day(iso: "2009-10-28"))
    }

    @Test func aRocketLaterInTheMorningIsAnotherEventThanTheHeadlinesAssault() {
        let text = """
        Taliban storm UN guesthouse in Kabul, 12 dead; rocket hits Serena hotel

        Gunmen stormed a guesthouse used by UN staff in the centre of Kabul early this morning, killing six. Residents heard explosions and heavy gunfire for more than two hours.

        Later in the morning, a rocket landed in the grounds of the Serena hotel. No one was hurt.
        """
        let found = ExtractionFixture.extract(text, published: "2009-10-28")
        #expect(found.count == 2)
        #expect(found.contains { $0.killed == 6 && $0.eventType != .rocketAttack })
        #expect(found.contains { $0.eventType == .rocketAttack && $0.killed != 6 })
    }

    @Test(arguments: [
        ("A suicide bomber blew himself up beside a police post, killing two police officers and himself.", 3 as Int?),
        ("A woman blew herself up at the checkpoint, killing four soldiers and herself.", 5),
        ("A suicide bomber blew himself up beside a police post, killing two police officers.", 2),
    ])
    func aBomberTheSentenceSaysDiedCountsInTheToll(_ sentence: String, _ killed: Int?) {
        #expect(ExtractionFixture.casualties(sentence).killed == killed)
    }
}
