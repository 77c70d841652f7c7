import Foundation
import Testing
@testable import ChronicleKit

/// A day told before a denial set off by commas, where a statement was sent, a road named after a date, two targets each
/// placed with the same long frame, and a day told by the sentence that sets the scene (forty-sixth session).
@Suite("Statements, roads named after dates and long frames")
struct StatementsRoadsAndFramesTests {
    func extract(_ body: String, published: String) -> [Incident] {
        ExtractionFixture.extract("Report\n\n\(body)", published: published)
    }

    @Test(arguments: [
        "The militia's radio station, which remained on the air on Sunday, denied that its men had attacked the peacekeepers.",
        "The group's statements, posted on its channel on Sunday, said its fighters attacked the peacekeepers.",
    ])
    func aDayBeforeACommaAndASpeechVerbIsTheDayOfSpeaking(_ statement: String) {
        let text = "Twenty-three peacekeepers were killed when militiamen ambushed them in Mogadishu on Saturday.\n\n\(statement)"
        let found = extract(text, published: "1993-06-07")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "1993-06-05"))
        #expect(found.first?.killed == 23)
    }

    @Test func whereAStatementWasSentIsNoPlaceOfTheEvent() {
        let text = "Five soldiers were killed on Friday when troops stormed a house in Bir Nabala.\n\nIn a statement sent to news agencies in Jerusalem on Friday, the movement said the raid had killed its members."
        let found = extract(text, published: "1994-10-16")
        #expect(!found.contains { $0.place == "Jerusalem" })
    }

    @Test(arguments: ["21 October Road", "14 July Street", "6 October Bridge"])
    func aRoadNamedAfterADateGivesNoDay(_ road: String) {
        let found = extract("Militiamen attacked a food distribution point on \(road) in Mogadishu on Saturday, killing four soldiers.", published: "1993-06-07")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "1993-06-05"))
    }

    @Test(arguments: [
        ("Thursday was a day of double mourning. While the first reports were coming in, two gunmen opened fire on a polling station in Beit She'an, killing six people.", "2002-11-28"),
        ("The same Friday, the war reached the hotels of Baghdad. At about eight in the morning, two car bombs exploded at the barriers of the Hamra Hotel, killing eight people.", "2002-11-29"),
        ("On the night of Friday, 3 August 1990, armed men entered four mosques in Kattankudy. Survivors told us the men wore sarongs. They lined up behind the worshippers and opened fire, killing 147 people.", "1990-08-03"),
    ])
    func aDayToldByTheSentenceThatSetsTheSceneDatesTheEventAfterIt(_ paragraph: String, _ iso: String) {
        let found = extract("Elsewhere, people gathered for prayers.\n\n\(paragraph)", published: "2002-12-01")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: iso))
    }

    @Test func aStatementsDaySetsNoScene() {
        let found = extract("Officials said on Monday that the investigation was continuing. Two gunmen opened fire on a polling station in Beit She'an, killing six people.", published: "2002-12-01")
        // (Monday is 25 November: the day the officials spoke dates nothing but their words.)
        #expect(found.count == 1)
        #expect(found.first?.date != Day(iso: "2002-11-25"))
    }

    @Test func twoTargetsPlacedWithTheSameLongFrameAreTwoEvents() {
        let found = extract("Late on Wednesday night, gunmen attacked the headquarters of the Revolutionary Guards in the city of Chabahar and the headquarters of the police and a Guards base in the city of Rask.",
                            published: "2024-04-04")
        #expect(Set(found.compactMap(\.place)) == ["Chabahar", "Rask"])
        #expect(found.allSatisfy { $0.date == Day(iso: "2024-04-03") })
    }
}
