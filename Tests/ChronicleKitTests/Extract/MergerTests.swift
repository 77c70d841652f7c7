import Testing
@testable import ChronicleKit

@Suite("IncidentMerger")
struct MergerTests {
    func inc(_ article: String, _ iso: String?, _ precision: DatePrecision = .day, type: EventType = .rocketAttack,
             place: String = "Ain al-Asad", placeID: String = "ain-al-asad", geo: GeoPrecision = .site, admin1: String = "Anbar",
             lat: Double = 33.80, lon: Double = 42.44, killed: Int? = nil, role: IncidentRole = .main) -> Incident {
        Incident(date: iso.flatMap { Day(iso: $0) }, datePrecision: iso == nil ? .unknown : precision, eventType: type, place: place,
                 placeID: placeID, admin1: admin1, country: "Iraq", latitude: lat, longitude: lon, geoPrecision: geo, killed: killed,
                 role: role, sources: [IncidentSource(article: article, role: role, evidence: "Evidence from \(article).")])
    }

    @Test func sameEventFromTwoArticlesIsOneIncidentWithBothSources() {
        let out = IncidentMerger.merge([inc("a", "2024-01-20"), inc("b", "2024-01-21", role: .background)])
        #expect(out.count == 1)
        #expect(out[0].sources.map(\.article).sorted() == ["a", "b"])
        #expect(out[0].role == .main)
    }

    @Test func threeDaysApartStaysTwo() {
        #expect(IncidentMerger.merge([inc("a", "2024-01-20"), inc("b", "2024-01-23")]).count == 2)
    }

    @Test func rocketAndMortarStayApart() {
        #expect(IncidentMerger.merge([inc("a", "2024-01-20"), inc("b", "2024-01-20", type: .mortarAttack)]).count == 2)
    }

    @Test func otherFitsAnyType() {
        let out = IncidentMerger.merge([inc("a", "2024-01-20", type: .other), inc("b", "2024-01-20", type: .droneAttack)])
        #expect(out.count == 1)
        #expect(out[0].eventType == .droneAttack)
    }

    @Test func placeInsideItsGovernorateMerges() {
        let gov = inc("b", "2024-01-20", place: "Anbar", placeID: "anbar", geo: .admin1, lat: 33.0, lon: 42.0)
        let out = IncidentMerger.merge([inc("a", "2024-01-20"), gov])
        #expect(out.count == 1)
        #expect(out[0].place == "Ain al-Asad")
        #expect(out[0].geoPrecision == .site)
    }

    @Test func distantPlacesStayApart() {
        let erbil = inc("b", "2024-01-20", place: "Erbil", placeID: "erbil", geo: .city, admin1: "Erbil", lat: 36.19, lon: 44.01)
        #expect(IncidentMerger.merge([inc("a", "2024-01-20"), erbil]).count == 2)
    }

    @Test func nearbySitesMerge() {
        // About 10 km apart.
        let near = inc("b", "2024-01-20", place: "Camp Nearby", placeID: "camp-nearby", lat: 33.85, lon: 42.53)
        #expect(IncidentMerger.merge([inc("a", "2024-01-20"), near]).count == 1)
    }

    @Test func weekSpanOverlapsADay() {
        let week = inc("b", "2024-01-15", .week)
        let out = IncidentMerger.merge([inc("a", "2024-01-18"), week])
        #expect(out.count == 1)
        #expect(out[0].datePrecision == .day)
        #expect(out[0].date?.iso == "2024-01-18")
    }

    @Test func disagreeingFiguresKeepBothEnds() {
        let out = IncidentMerger.merge([inc("a", "2024-01-20", killed: 5), inc("b", "2024-01-20", killed: 4)])
        #expect(out.count == 1)
        #expect(out[0].killed == 4)
        #expect(out[0].killedLow == 4)
        #expect(out[0].killedHigh == 5)
    }

    @Test func undatedAreNeverMergedAcrossArticles() {
        #expect(IncidentMerger.merge([inc("a", nil), inc("b", nil)]).count == 2)
    }

    @Test func sameArticleEventsAreNotMergedAgain() {
        #expect(IncidentMerger.merge([inc("a", "2024-01-20"), inc("a", "2024-01-20")]).count == 2)
    }

    @Test func idsAreStableReadableAndDeduplicated() {
        let input = [inc("a", "2024-01-20"), inc("a", "2024-01-20"), inc("c", "2024-02-01", .month, type: .droneAttack),
                     inc("d", "2020-01-01", .year, type: .other), inc("e", nil, type: .iedAttack)]
        let out = IncidentMerger.merge(input)
        let ids = out.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("2024-01-20-ain-al-asad-rocket-attack"))
        #expect(ids.contains("2024-01-20-ain-al-asad-rocket-attack-2"))
        #expect(ids.contains("2024-02-ain-al-asad-drone-attack"))
        #expect(ids.contains("2020-ain-al-asad-other"))
        #expect(ids.contains("undated-ain-al-asad-ied-attack"))
        // Same ids whatever the input order.
        #expect(IncidentMerger.merge(input.reversed()).map(\.id) == ids)
    }

    @Test func outputIsChronologicalWithUndatedLast() {
        let out = IncidentMerger.merge([inc("e", nil), inc("a", "2024-01-20"), inc("d", "2020-01-01", .year, type: .other)])
        #expect(out.map { $0.date?.iso } == ["2020-01-01", "2024-01-20", nil])
    }
}
