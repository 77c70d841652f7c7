import Foundation
import Testing
@testable import ChronicleKit

/// A state named as the owner of a diplomatic mission ("Turkey's embassy", "the Embassy of the Republic of Iraq") is not
/// where the mission is, when the sentence names the host country too (invented phrasings).
@Suite("MissionOwnerPlace")
struct MissionOwnerPlaceTests {
    func incidents(_ body: String, dateline: String = "WIRE DESK", published: String = "2024-06-12") -> [Incident] {
        ExtractionFixture.extract("Security update\n\n\(dateline) – \(body)\n", published: published)
    }

    @Test(arguments: [
        ("Gunmen attacked Turkey's embassy in Iraq on Tuesday, killing a guard and wounding two others.", "Iraq", "Turkey"),
        ("An armed attack was committed on the Embassy of the Republic of Azerbaijan in the Islamic Republic of Iran on Tuesday, killing a guard.", "Iran", "Azerbaijan"),
        ("A bomb exploded outside the embassy of the Hashemite Kingdom of Jordan in Iraq on Tuesday, killing two guards.", "Iraq", "Jordan"),
        ("A rocket hit the consulate of Egypt in Lebanon on Tuesday, wounding three guards.", "Lebanon", "Egypt"),
    ])
    func hostCountryWinsOverOwner(sentence: String, host: String, owner: String) {
        let countries = incidents(sentence).compactMap(\.country)
        #expect(countries.contains(host), "\(countries)")
        #expect(!countries.contains(owner), "\(countries)")
    }

    /// A state named straight before its mission's noun owns it too, and places nothing even when the sentence names no
    /// other place (the dateline's country, not the owner's, is the event's).
    @Test(arguments: [
        "On Tuesday, a bomb hidden on a roadside in the Dora district targeted a vehicle of the United States embassy, wounding three passers-by.",
        "On Tuesday, gunmen fired on a car of the France embassy on the coastal road, wounding its driver.",
    ])
    func anOwnerNamedAloneIsNoPlace(_ sentence: String) {
        let found = incidents(sentence, dateline: "BEIRUT")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.country != "United States" && $0.country != "France" }, "\(found.map(\.country))")
    }

    /// A country that owns no mission in the sentence keeps its place.
    @Test(arguments: [
        ("Gunmen attacked an army post in Iraq near the border with Turkey on Tuesday, killing a soldier.", "Iraq"),
        ("A bomb exploded near the embassy district in Lebanon on Tuesday, wounding three people.", "Lebanon"),
    ])
    func otherCountriesStay(sentence: String, expected: String) {
        let countries = incidents(sentence).compactMap(\.country)
        #expect(countries.contains(expected), "\(countries)")
    }
}
