import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fifty-second session (invented phrasings): a name a group calls itself is not another group; members
/// of a sect act; "the sheikh and two of his guards" is three; the wounded who later died are dead, not wounded; "no one
/// died" is none killed; the day someone was elected, or a day a body is due to meet, is no event's day; a paragraph
/// opening on "Gunmen then …" goes on with the attack told before it; fire on a crowd is an attack on it.
@Suite("Self-given names, tolls and days of other things")
struct SelfNamesAndTollsTests {
    @Test(arguments: [
        "Thirty-nine people were killed yesterday in Bauchi when members of an Islamic sect known as Boko Haram, who call themselves the Taliban, attacked a police station.",
        "Members of the Boko Haram sect yesterday attacked the central police station in Potiskum, killing three policemen.",
    ])
    func theGroupNotTheNameItTakes(_ sentence: String) throws {
        #expect(try #require(ExtractionFixture.one(sentence, published: "2009-07-28")).perpetrator == "Boko Haram")
    }

    @Test func theGroupItselfStillActs() throws {
        #expect(try #require(ExtractionFixture.one("Taliban fighters attacked a police station in Kandahar yesterday, killing three policemen.", published: "2009-07-28")).perpetrator == "Taliban")
    }

    @Test(arguments: [
        ("A roadside bomb exploded in Ramadi today; the sheikh and two of his bodyguards were killed.", 3),
        ("A bomb exploded in Ramadi today; the driver and three passengers were killed.", 4),
        ("A roadside bomb exploded in Ramadi today; the soldiers and two civilians were killed.", 2),
    ])
    func aDefinitePersonBesideACount(_ sentence: String, _ killed: Int) throws {
        #expect(try #require(ExtractionFixture.one(sentence, published: "2007-09-13")).killed == killed)
    }

    @Test func theWoundedWhoDiedAreNotWounded() {
        let c = ExtractionFixture.casualties("Three people wounded in last Saturday's explosion at the market died in hospital over the weekend, bringing the number of dead to 24.")
        #expect(c.wounded == nil)
        #expect(c.killed == 24)
        #expect(ExtractionFixture.casualties("Three people were wounded in the explosion at the market.").wounded == 3)
    }

    @Test(arguments: ["No one died in Yessentuki, but 22 people were injured.", "Nobody died in the blast, but 22 people were injured."])
    func noOneDiedIsNoneKilled(_ sentence: String) {
        let c = ExtractionFixture.casualties(sentence)
        #expect(c.killed == 0)
        #expect(c.wounded == 22)
    }

    @Test(arguments: [
        "The attack came on the eve of the first session of the new parliament, elected on 7 March.",
        "The attack came days before the parliament, which is due to meet on Monday, opens its session.",
        "The lawmaker, appointed in May, was not hurt.",
    ])
    func daysOfOtherThingsAreNoEventDays(_ sentence: String) {
        let days = TimeExpressions.find(in: sentence, published: Day(iso: "2010-06-14")).filter { !$0.isSpeechTime }
        #expect(days.isEmpty)
    }

    /// Fire on a crowd of protesters or mourners is an attack on them; fire at an aircraft is no such thing.
    @Test(arguments: [
        ("Police fired on protesters in Gazi on Monday, killing 15.", "1995-03-13"),
        ("Soldiers fired live ammunition into a crowd of mourners in Hebron yesterday, wounding 12.", "1995-03-13"),
    ])
    func fireOnACrowdIsAnAttack(_ sentence: String, _ day: String) throws {
        let found = try #require(ExtractionFixture.one(sentence, published: "1995-03-14"))
        #expect(found.eventType == .other)
        #expect(found.date == Day(iso: day))
    }

    /// "an official told Soma": a place told something is an outlet or a government, never where it happened.
    @Test func aPlaceToldSomethingIsNoEventPlace() throws {
        let found = try #require(ExtractionFixture.one("A car bomb killed 18 people in Mosul on Sunday, an official at the Ministry of Health told Soma this morning.",
                                                       published: "2010-06-14"))
        #expect(found.place == "Mosul")
    }

    /// "the so-called Khorasan Group": a place naming an armed group is the group's name, not where it happened.
    @Test func aPlaceNamingAGroupIsNoPlace() throws {
        let found = try #require(ExtractionFixture.one("US strikes hit the so-called Khorasan Group west of Aleppo on Tuesday.", published: "2014-09-24"))
        #expect(found.place == "Aleppo")
    }

    /// A toll's figure ("risen to 18") is no part of the wounded counted after it; a subject list still adds up.
    @Test func aTollIsNoPartOfTheWoundedAfterIt() {
        let c = ExtractionFixture.casualties("The number of people killed in the assault has risen to 18, including three of the attackers, and 55 others were wounded.")
        #expect(c.killed == 18)
        #expect(c.wounded == 55)
        #expect(ExtractionFixture.casualties("Two soldiers and 12 others were wounded.").wounded == 14)
    }

    @Test func aParagraphOpeningOnThenGoesOn() {
        let found = ExtractionFixture.extract("""
        Gunmen storm bank in Baghdad

        At least fifteen people were killed on Sunday when suicide bombers set off explosions at the Central Bank in Baghdad.

        Gunmen then took positions on the upper floors and opened fire on the soldiers who surrounded the building.
        """, published: "2010-06-14")
        #expect(found.count == 1)
        #expect(found.first?.killed == 15)
    }
}
