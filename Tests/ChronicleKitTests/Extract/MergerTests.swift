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

    /// "In early 2020, … killed in Baghdad" recalled in one report is not the day-precise rocket attack
    /// another report tells from the same city that year, even though the type "other" fits anything.
    @Test func aYearMentionDoesNotSwallowADayEventOfAnotherKind() {
        let recalled = inc("a", "2020-01-01", .year, type: .other, place: "Baghdad", placeID: "baghdad", geo: .city,
                           admin1: "Baghdad", lat: 33.34, lon: 44.40, killed: 2, role: .background)
        let news = inc("b", "2020-09-28", type: .rocketAttack, place: "Baghdad International Airport", placeID: "baghdad-airport",
                       admin1: "Baghdad", lat: 33.26, lon: 44.23, killed: 5)
        #expect(IncidentMerger.merge([recalled, news]).count == 2)
        #expect(IncidentMerger.merge([news, recalled]).count == 2)
    }

    @Test func aYearMentionMergesWhenTypeAndExactPlaceAgree() {
        let recalled = inc("a", "2024-01-01", .year, type: .droneAttack, role: .background)
        let news = inc("b", "2024-01-28", type: .droneAttack)
        let out = IncidentMerger.merge([recalled, news])
        #expect(out.count == 1)
        #expect(out.first?.datePrecision == .day)
        #expect(out.first?.sources.first?.article == "b", "the article whose news it is comes first")
        let elsewhere = inc("c", "2024-01-01", .year, type: .droneAttack, place: "Anbar", placeID: "anbar", geo: .admin1, role: .background)
        #expect(IncidentMerger.merge([elsewhere, news]).count == 2, "a governorate-level year mention is too vague")
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

    // MARK: Merge rules beyond pairs

    @Test func mergesDoNotChain() {
        // B is within a day of A and of C, but A and C are two days apart: B joins A, C stays alone.
        let out = IncidentMerger.merge([inc("a", "2023-10-17"), inc("b", "2023-10-18"), inc("c", "2023-10-19")])
        #expect(out.count == 2)
        #expect(out.map { $0.sources.map(\.article).sorted() }.sorted { $0.count > $1.count } == [["a", "b"], ["c"]])
    }

    @Test func chainThroughACoarsePlaceDoesNotJoinDistantTowns() {
        // A governorate-level report fits both towns, but the towns are 60 km apart.
        let gov = inc("a", "2024-03-02", place: "Anbar", placeID: "anbar", geo: .admin1, lat: 33.0, lon: 42.0)
        let t1 = inc("b", "2024-03-02", place: "Town One", placeID: "t1", geo: .city, lat: 34.0, lon: 41.0)
        let t2 = inc("c", "2024-03-02", place: "Town Two", placeID: "t2", geo: .city, lat: 34.5, lon: 41.2)
        let out = IncidentMerger.merge([gov, t1, t2])
        #expect(out.count == 2)
        #expect(!out.contains { Set($0.sources.map(\.article)) == ["b", "c"] || $0.sources.count == 3 })
    }

    @Test func mainReportDateWinsOverBackgroundMention() {
        // The background mention sorts first (earlier day) but the main report's day is kept.
        let out = IncidentMerger.merge([inc("a", "2024-05-07", role: .background), inc("b", "2024-05-08")])
        #expect(out.count == 1)
        #expect(out[0].date?.iso == "2024-05-08")
        #expect(out[0].role == .main)
    }

    @Test func backgroundMonthNeverReplacesMainDay() {
        let month = inc("a", "2024-05-01", .month, role: .background)
        let out = IncidentMerger.merge([month, inc("b", "2024-05-20")])
        #expect(out.count == 1)
        #expect(out[0].datePrecision == .day)
        #expect(out[0].date?.iso == "2024-05-20")
    }

    @Test func backgroundPlaceNeverReplacesMainPlace() {
        let site = inc("a", "2024-06-01", place: "Camp Nearby", placeID: "camp-nearby", lat: 33.85, lon: 42.53, role: .background)
        let city = inc("b", "2024-06-01", place: "Baghdadi", placeID: "baghdadi", geo: .city, lat: 33.88, lon: 42.50)
        let out = IncidentMerger.merge([site, city])
        #expect(out.count == 1)
        #expect(out[0].place == "Baghdadi")
        // With two main reports the finer place wins.
        var siteMain = site; siteMain.role = .main; siteMain.sources[0].role = .main
        #expect(IncidentMerger.merge([siteMain, city])[0].place == "Camp Nearby")
    }

    @Test func threeReportsKeepLowestAndHighestFigures() {
        let out = IncidentMerger.merge([inc("a", "2024-01-20", killed: 7), inc("b", "2024-01-20", killed: 3),
                                        inc("c", "2024-01-21", killed: 5, role: .background)])
        #expect(out.count == 1)
        #expect(out[0].killed == 3)
        #expect(out[0].killedLow == 3)
        #expect(out[0].killedHigh == 7)
    }

    @Test func backgroundOnlyGroupStaysBackground() {
        let out = IncidentMerger.merge([inc("a", "2024-01-20", role: .background), inc("b", "2024-01-20", role: .background)])
        #expect(out.count == 1)
        #expect(out[0].role == .background)
    }

    @Test func perpetratorFromMainReportFirst() {
        var bg = inc("a", "2024-01-20", role: .background); bg.perpetrator = "Group A"
        var main = inc("b", "2024-01-20"); main.perpetrator = "Group B"
        #expect(IncidentMerger.merge([bg, main])[0].perpetrator == "Group B")
        main.perpetrator = "unknown"
        #expect(IncidentMerger.merge([bg, main])[0].perpetrator == "Group A")
    }

    @Test func staticTypeCompatibilityIsSymmetric() {
        for a in EventType.allCases {
            for b in EventType.allCases {
                #expect(IncidentMerger.typesCompatible(a, b) == IncidentMerger.typesCompatible(b, a))
            }
        }
        #expect(IncidentMerger.typesCompatible(.missileAttack, .rocketAttack))
        #expect(IncidentMerger.typesCompatible(.droneAttack, .airstrike))
        #expect(IncidentMerger.typesCompatible(.missileAttack, .airstrike))
        #expect(!IncidentMerger.typesCompatible(.rocketAttack, .airstrike))
        #expect(!IncidentMerger.typesCompatible(.mortarAttack, .rocketAttack))
    }

    // MARK: The windowed merge equals the all-pairs merge

    /// The plain rule, written the obvious way: every pair of reports is a candidate (no date window), best agreement
    /// first, and a join checks every member against every other.
    static func referenceMerge(_ incidents: [Incident]) -> [Incident] {
        let input = incidents.sorted(by: IncidentMerger.inputOrder)
        // The same pairwise rule; only the candidate search differs.
        func same(_ i: Int, _ j: Int) -> Bool { IncidentMerger.sameEvent(input[i], input[j]) }
        var pairs: [(score: Int, a: Int, b: Int)] = []
        for i in input.indices { for j in input.indices where j > i && same(i, j) {
            pairs.append((IncidentMerger.agreement(.init(input[i]), .init(input[j])), i, j))
        } }
        pairs.sort { ($1.score, $0.a, $0.b) < ($0.score, $1.a, $1.b) }
        var groups: [[Int]] = input.indices.map { [$0] }
        for p in pairs {
            guard let ga = groups.firstIndex(where: { $0.contains(p.a) }), let gb = groups.firstIndex(where: { $0.contains(p.b) }), ga != gb,
                  groups[ga].allSatisfy({ x in groups[gb].allSatisfy { y in same(min(x, y), max(x, y)) } }) else { continue }
            groups[ga] = (groups[ga] + groups[gb]).sorted()
            groups.remove(at: gb)
        }
        let ordered = groups.sorted { $0[0] < $1[0] }.map { $0.map { input[$0] } }
        return IncidentMerger.sortForOutput(IncidentMerger.assignIDs(ordered.map { IncidentMerger.combine($0) }))
    }

    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
    }

    static func randomIncidents(_ rng: inout SplitMix, count: Int) -> [Incident] {
        let places: [(String, String, GeoPrecision, String?, String?, Double, Double)] = [
            ("Ain al-Asad", "ain-al-asad", .site, "Anbar", "Iraq", 33.80, 42.44), ("Camp Nearby", "camp-nearby", .site, "Anbar", "Iraq", 33.85, 42.53),
            ("Anbar", "anbar", .admin1, "Anbar", "Iraq", 33.0, 42.0), ("Iraq", "iraq", .country, nil, "Iraq", 33.0, 44.0),
            ("Erbil", "erbil", .city, "Erbil", "Iraq", 36.19, 44.01), ("Harir", "harir", .site, "Erbil", "Iraq", 36.55, 44.35),
            ("Deir ez-Zor", "deir-ez-zor", .city, "Deir ez-Zor", "Syria", 35.33, 40.14), ("Syria", "syria", .country, nil, "Syria", 35.0, 38.0),
            ("Somewhere", "somewhere", .city, nil, nil, 35.3, 40.2)]
        let precisions: [DatePrecision] = [.day, .day, .day, .day, .week, .month, .year, .unknown]
        let base = Day(year: 2023, month: 12, day: 20)!
        return (0..<count).map { n in
            let p = rng.pick(places), prec = rng.pick(precisions)
            var day = base.adding(days: rng.int(40))
            if prec == .month { day = Day(year: day.year, month: day.month, day: 1)! }
            if prec == .year { day = Day(year: day.year, month: 1, day: 1)! }
            let role: IncidentRole = rng.int(3) == 0 ? .background : .main
            let killed: Int? = rng.int(3) == 0 ? nil : rng.int(6)
            return Incident(date: prec == .unknown && rng.int(2) == 0 ? nil : day, datePrecision: prec, dateText: [nil, "on day \(n)", "late on day \(n)"][n % 3],
                            eventType: rng.pick(EventType.allCases), place: rng.int(10) == 0 ? nil : p.0, placeID: p.1,
                            admin1: p.3, country: rng.int(12) == 0 ? nil : p.4, latitude: p.5, longitude: p.6, geoPrecision: p.2,
                            perpetrator: rng.pick(["unknown", "Group A", "Group B"]), killed: killed, role: role,
                            sources: [IncidentSource(article: "art\(rng.int(count / 2 + 1))", role: role, evidence: "Sentence \(rng.int(4)).")])
        }
    }

    @Test func windowedMergeEqualsAllPairsMerge() {
        var rng = SplitMix(state: 20240128)
        var merged = 0
        for round in 0..<300 {
            let input = Self.randomIncidents(&rng, count: 2 + round % 40)
            let fast = IncidentMerger.merge(input)
            let slow = Self.referenceMerge(input)
            #expect(fast == slow, "round \(round)")
            if fast != slow { break }
            merged += input.count - fast.count
        }
        // The random input must exercise merging, not only singletons.
        #expect(merged > 300)
    }
}


@Suite("IncidentMerger cross-article rules")
struct MergerSideAndSlackTests {
    let actors = KnowledgeBase.builtIn().actors

    func report(_ article: String, _ iso: String, type: EventType, place: String, placeID: String, geo: GeoPrecision = .city,
                lat: Double, lon: Double, perpetrator: String = "unknown", perpetratorID: String? = nil, dateText: String? = nil) -> Incident {
        Incident(date: Day(iso: iso), datePrecision: .day, dateText: dateText, eventType: type, place: place, placeID: placeID,
                 admin1: "Deir ez-Zor", country: "Syria", latitude: lat, longitude: lon, geoPrecision: geo,
                 perpetrator: perpetrator, perpetratorID: perpetratorID,
                 sources: [IncidentSource(article: article, role: .main, evidence: "Evidence from \(article).")])
    }

    /// A US air strike on a town and a militia drone attack on a base 15 km away the same day are two events,
    /// even though air strikes and drone attacks are otherwise mixed up by reporters.
    @Test func stateStrikeAndMilitiaDroneAttackNearbyStayApart() {
        let strike = report("a", "2023-11-12", type: .airstrike, place: "Mayadin", placeID: "mayadin", lat: 35.02, lon: 40.45,
                            perpetrator: "United States", perpetratorID: "united-states")
        let drones = report("b", "2023-11-12", type: .droneAttack, place: "Green Village", placeID: "green-village", geo: .site,
                            lat: 35.0, lon: 40.6, perpetrator: "Iran-backed militias", perpetratorID: "iran-backed-militias")
        #expect(IncidentMerger.merge([strike, drones], actors: actors).count == 2)
        // Without knowing the sides, the old leniency applies (documents what the actors add).
        #expect(IncidentMerger.merge([strike, drones]).count == 1)
    }

    @Test func umbrellaAndMemberGroupAreOneSide() {
        let claimed = report("a", "2024-01-28", type: .droneAttack, place: "Tower 22", placeID: "tower-22", geo: .site, lat: 33.32, lon: 38.69,
                             perpetrator: "Islamic Resistance in Iraq", perpetratorID: "islamic-resistance-in-iraq")
        let blamed = report("b", "2024-01-28", type: .droneAttack, place: "Tower 22", placeID: "tower-22", geo: .site, lat: 33.32, lon: 38.69,
                            perpetrator: "Kataib Hezbollah", perpetratorID: "kataib-hezbollah")
        #expect(IncidentMerger.merge([claimed, blamed], actors: actors).count == 1)
    }

    @Test func stateAndItsCoalitionAreOneSide() {
        let us = report("a", "2023-11-12", type: .airstrike, place: "Abu Kamal", placeID: "abu-kamal", lat: 34.45, lon: 40.92,
                        perpetrator: "US military", perpetratorID: "us-military")
        let coalition = report("b", "2023-11-12", type: .airstrike, place: "Abu Kamal", placeID: "abu-kamal", lat: 34.45, lon: 40.92,
                               perpetrator: "coalition", perpetratorID: "coalition")
        #expect(IncidentMerger.merge([us, coalition], actors: actors).count == 1)
    }

    @Test func twoArmedGroupsWithDifferentRootsStayApart() {
        let isis = report("a", "2022-01-20", type: .armedClash, place: "Hasakah", placeID: "hasakah", lat: 36.5, lon: 40.75,
                          perpetrator: "Islamic State", perpetratorID: "isis")
        let militia = report("b", "2022-01-20", type: .armedClash, place: "Hasakah", placeID: "hasakah", lat: 36.5, lon: 40.75,
                             perpetrator: "Iran-backed militias", perpetratorID: "iran-backed-militias")
        #expect(IncidentMerger.merge([isis, militia], actors: actors).count == 2)
    }

    /// "On Monday" and "on Tuesday" in two reports are two days: a town hit on consecutive days is two incidents.
    @Test func namedNeighbouringDaysWithoutANightWordStayApart() {
        let monday = report("a", "2021-08-16", type: .droneAttack, place: "Sinjar", placeID: "sinjar", lat: 36.32, lon: 41.88,
                            perpetrator: "Turkey", perpetratorID: "turkey", dateText: "on Monday")
        let tuesday = report("b", "2021-08-17", type: .airstrike, place: "Sinjar", placeID: "sinjar", lat: 36.32, lon: 41.88,
                             perpetrator: "Turkey", perpetratorID: "turkey", dateText: "on Tuesday")
        #expect(IncidentMerger.merge([monday, tuesday], actors: actors).count == 2)
    }

    /// "Late Saturday" (Washington) and "early Sunday" (Erbil) are the same moment.
    @Test func lateAndEarlyOnNeighbouringDaysMerge() {
        let late = report("a", "2022-03-12", type: .missileAttack, place: "Erbil", placeID: "erbil", lat: 36.19, lon: 44.01,
                          perpetrator: "Islamic Revolutionary Guard Corps", perpetratorID: "irgc", dateText: "late Saturday")
        let early = report("b", "2022-03-13", type: .missileAttack, place: "Erbil", placeID: "erbil", lat: 36.19, lon: 44.01,
                           perpetrator: "Iran", perpetratorID: "iran", dateText: "early on Sunday")
        let out = IncidentMerger.merge([late, early], actors: actors)
        #expect(out.count == 1)
        #expect(out.first?.sources.count == 2)
        #expect(IncidentMerger.nearMidnight("on Monday night"))
        #expect(IncidentMerger.nearMidnight("in the early hours of Wednesday"))
        #expect(!IncidentMerger.nearMidnight("on Tuesday"))
        #expect(!IncidentMerger.nearMidnight(nil))
    }

    /// A background mention that fits two groups joins the one at its own place, not the first one found.
    @Test func anIncidentJoinsTheBestAgreeingGroup() {
        // Green Village sorts before Mayadin; both are within 25 km of each other and of the mention.
        let base = report("a", "2023-11-12", type: .droneAttack, place: "Green Village", placeID: "green-village", geo: .site, lat: 35.0, lon: 40.6,
                          perpetrator: "Iran-backed militias", perpetratorID: "iran-backed-militias")
        let town = report("b", "2023-11-12", type: .airstrike, place: "Mayadin", placeID: "mayadin", lat: 35.02, lon: 40.45,
                          perpetrator: "United States", perpetratorID: "united-states")
        let mention = report("c", "2023-11-12", type: .airstrike, place: "al-Mayadeen", placeID: "mayadin", lat: 35.02, lon: 40.45)
        let groups = IncidentMerger.clusters(of: IncidentMerger.sortedForInput([base, town, mention]), actors: actors)
        let withMention = groups.first { $0.contains { $0.sources.first?.article == "c" } }
        #expect(withMention?.contains { $0.sources.first?.article == "b" } == true)
        #expect(withMention?.contains { $0.sources.first?.article == "a" } == false)
        #expect(groups.count == 2)
    }

    /// Two reports each telling a deadly raid and a harmless rocket in one town on one morning: raid pairs with raid
    /// and rocket with rocket (the harmless rocket sorts first in both).
    @Test func twoReportsOfTwoEventsPairByToll() {
        func told(_ article: String, _ killed: Int, _ evidence: String) -> Incident {
            var i = report(article, "2009-10-28", type: .rocketAttack, place: "Kabul", placeID: "kabul", lat: 34.53, lon: 69.17)
            i.killed = killed; i.sources[0].evidence = evidence
            return i
        }
        let input = [told("a", 0, "A rocket landed near the hotel."), told("a", 9, "Gunmen stormed the guesthouse."),
                     told("b", 8, "Fighters attacked the guesthouse."), told("b", 0, "Rockets were fired at the hotel.")]
        let merged = IncidentMerger.merge(input, actors: actors)
        #expect(merged.count == 2)
        let deadly = merged.first { ($0.killed ?? 0) > 0 }
        #expect(deadly?.killedLow == 8 && deadly?.killedHigh == 9)
        #expect(merged.contains { $0.killed == 0 && $0.sources.count == 2 })
    }

    /// "Elsewhere in Baghdad, a roadside bomb …" and "car bombs tore through the markets of Sadr City" in one report;
    /// another report tells the Sadr City bombs: the district joins the district, the city-wide report stays apart.
    @Test func aReportAtTheSamePlaceWinsOverOneInTheCityAroundIt() {
        func iraq(_ article: String, _ place: String, _ id: String, _ geo: GeoPrecision, killed: Int) -> Incident {
            var i = report(article, "2006-03-12", type: .iedAttack, place: place, placeID: id, geo: geo, lat: 33.34, lon: 44.4)
            i.admin1 = "Baghdad"; i.country = "Iraq"; i.killed = killed; i.sources[0].evidence = "\(place) in \(article)."
            return i
        }
        let diary = iraq("a-diary", "Sadr City", "sadr-city", .site, killed: 46)
        let roadside = iraq("b-wire", "Baghdad", "baghdad", .city, killed: 6)
        let markets = iraq("b-wire", "Sadr City", "sadr-city", .site, killed: 58)
        let merged = IncidentMerger.merge([roadside, diary, markets], places: KnowledgeBase.builtIn().gazetteer)
        #expect(merged.count == 2)
        let district = merged.first { $0.placeID == "sadr-city" }
        #expect(district?.sources.map(\.article).sorted() == ["a-diary", "b-wire"])
        #expect(district?.killedLow == 46 && district?.killedHigh == 58)
        #expect(merged.contains { $0.placeID == "baghdad" && $0.killed == 6 })
    }

    /// One report's "air strike" and another's "drone strike" on the same target: the drone is the finer word.
    /// (Whichever report sorts first.)
    @Test(arguments: [("a", "b"), ("b", "a")]) func aDroneStrikeNamesTheAirStrikeOfAnotherReport(airReport: String, droneReport: String) {
        let air = report(airReport, "2020-01-04", type: .airstrike, place: "Mayadin", placeID: "mayadin", lat: 35.02, lon: 40.45)
        let drone = report(droneReport, "2020-01-04", type: .droneAttack, place: "Mayadin", placeID: "mayadin", lat: 35.02, lon: 40.45)
        let merged = IncidentMerger.merge([air, drone], actors: actors)
        #expect(merged.map(\.eventType) == [.droneAttack])
    }
}
