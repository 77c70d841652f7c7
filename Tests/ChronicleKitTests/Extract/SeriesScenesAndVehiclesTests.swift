import Foundation
import Testing
@testable import ChronicleKit

/// Rules of the fifty-first session (invented phrasings): a series of bombs that struck on one day it names is one
/// coordinated attack even before its toll is known; a full date closing the paragraph before a narrative dates it; a bus,
/// a train or a convoy blown up was bombed; "the day before yesterday" is two days back.
@Suite("Series, scenes and vehicles blown up")
struct SeriesScenesAndVehiclesTests {
    /// A series (string, spate) of bombs that tore through or hit a place, with the day in the sentence, before or after.
    @Test(arguments: [
        ("At nightfall yesterday a series of car bombs tore through the crowded markets of Kirkuk.", "2024-02-13"),
        ("A string of bombs ripped through two bus stations in Hilla on Monday morning, police said.", "2024-02-12"),
        ("A spate of bombs hit the main market of Baqubah late on Saturday.", "2024-02-10"),
        ("Officials said a series of car bombs exploded outside three churches in Mosul this morning.", "2024-02-14"),
    ])
    func aSeriesThatStruckOnANamedDayIsOneAttack(_ sentence: String, _ day: String) throws {
        let found = try #require(ExtractionFixture.one(sentence))
        #expect(found.date == Day(iso: day))
        #expect(found.role == .main)
    }

    /// Not a series over a span, nor one with no day, nor one whose only day is the day of speaking.
    @Test(arguments: [
        "A series of bombings have hit Kirkuk since May.",
        "A series of car bombs hit Kirkuk in May.",
        "A series of car bombs tore through Kirkuk's markets, residents recalled.",
        "On Monday officials said a series of bombs hit Kirkuk in recent years.",
    ])
    func noSeriesWithoutItsOwnDay(_ sentence: String) {
        #expect(ExtractionFixture.one(sentence) == nil)
    }

    /// A page with no stamp: the paragraph before the narrative closes on a full date ("… on Monday, 23 July 2012, the
    /// campaign began."), and the narrative's first event tells only the hour.
    @Test(arguments: [
        ("Less than two days later, on Monday, 23 July 2012, the offensive began.", "2012-07-23"),
        ("Then, on the morning of 4 March 2019, the convoy set out from the capital along the river road.", "2019-03-04"),
    ])
    func aFullDateClosingTheParagraphBeforeDatesTheNarrative(_ closing: String, _ day: String) throws {
        let text = """
        The longest day

        The warning had come in a recorded message weeks before. \(closing)

        The heaviest blow fell on the market town of Baqubah. About an hour after dawn, two car bombs exploded outside the police station, killing 14 people.
        """
        let found = ExtractionFixture.asGiven(text)
        let blast = try #require(found.first { $0.killed == 14 })
        #expect(blast.date == Day(iso: day), "\(found.map { ($0.date, $0.dateText) })")
    }

    /// Not a stamp line closing the paragraph, nor a date two paragraphs up, nor one in a statement.
    @Test(arguments: [
        "The warning had come in a recorded message weeks before.\n\n23.07.2012 Monday 09:15 | Last update: 23.07.2012 11:02",
        "Less than two days later, on Monday, 23 July 2012, the offensive began.\n\nResidents had feared it for weeks.",
        "The warning had come weeks before. On Monday, 23 July 2012, the governor said the city was ready.",
    ])
    func noDateFromAnythingElse(_ before: String) {
        let text = """
        The longest day

        \(before)

        The heaviest blow fell on the market town of Baqubah. About an hour after dawn, two car bombs exploded outside the police station, killing 14 people.
        """
        let blast = ExtractionFixture.asGiven(text).first { $0.killed == 14 }
        #expect(blast != nil && blast?.date == nil, "\(String(describing: blast?.dateText))")
    }

    /// "the man who blew up a bus full of tourists at the airport on Wednesday": a vehicle blown up is a bombing, told
    /// even in a relative clause.
    @Test(arguments: [
        "Investigators believe that the man who blew up a bus full of tourists at Burgas airport on Wednesday afternoon had been in the country for days.",
        "Militants blew up a passenger train near Quetta on Wednesday, killing six.",
        "A suicide bomber blew up the minibus at a checkpoint outside Kirkuk on Wednesday morning.",
    ])
    func aVehicleBlownUpIsABombing(_ sentence: String) throws {
        let bombing = try #require(ExtractionFixture.one(sentence, published: "2012-07-21"))
        #expect(bombing.eventType == .iedAttack)
        #expect(bombing.date == Day(iso: "2012-07-18"))
    }

    /// Not a house blown up by soldiers (a demolition), nor a bus that was merely damaged.
    @Test(arguments: ["Soldiers blew up the house of the attacker in Jenin on Wednesday.", "A bus was damaged in a crash near Kirkuk on Wednesday."])
    func noBombingWithoutAVehicleBlownUp(_ sentence: String) {
        #expect(ExtractionFixture.one(sentence, published: "2012-07-21") == nil)
    }

    /// "the day before yesterday" is two days before the report, not "the day before" an event told earlier.
    @Test func theDayBeforeYesterdayIsTwoDaysBack() throws {
        let found = TimeExpressions.find(in: "Snipers shot dead a boy the day before yesterday.", published: Day(iso: "2018-07-15"))
        #expect(found.map(\.text) == ["the day before yesterday"])
        #expect(found.first?.date == Day(iso: "2018-07-13"))
        let shooting = try #require(ExtractionFixture.one("Snipers shot dead a boy at the fence east of Gaza City the day before yesterday.", published: "2018-07-15"))
        #expect(shooting.date == Day(iso: "2018-07-13"))
    }

    /// Opening the sentence, "the day before yesterday" is the event's day, not a cue ("days before …") that sends
    /// the rest of the sentence to another event; "two days after the funeral" still is such a cue.
    @Test(arguments: [("The day before yesterday, a roadside bomb killed three soldiers in Kirkuk.", "2024-03-12"),
                      ("The day before yesterday gunmen shot dead two policemen at a checkpoint in Mosul.", "2024-03-12"),
                      ("Day before yesterday, an air strike hit a market in Saada, killing six people.", "2024-03-12")])
    func theDayBeforeYesterdayOpeningTheSentence(_ sentence: String, _ day: String) throws {
        let event = try #require(ExtractionFixture.one(sentence, published: "2024-03-14"))
        #expect(event.date == Day(iso: day))
        #expect(event.dateText?.lowercased() == "the day before yesterday" || event.dateText?.lowercased() == "day before yesterday")
    }
}
