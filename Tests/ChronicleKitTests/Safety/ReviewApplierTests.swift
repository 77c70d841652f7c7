import Foundation
import Testing
@testable import ChronicleKit

@Suite struct ReviewApplierTests {
    static let articleIDs: Set<String> = ["2024-01-02-rockets-hit-base", "2024-01-03-drones"]

    static func extracted() -> [Incident] {
        [Incident(id: "2024-01-01-erbil-rocket-attack", date: Day(iso: "2024-01-01"), datePrecision: .day, eventType: .rocketAttack,
                  place: "Erbil", placeID: "erbil", country: "Iraq", perpetrator: "unknown", killed: 1, wounded: 3, killedLow: 1, killedHigh: 2,
                  sources: [IncidentSource(article: "2024-01-02-rockets-hit-base", role: .main, evidence: "Rockets hit.")]),
         Incident(id: "2024-01-03-drone-attack", date: Day(iso: "2024-01-03"), datePrecision: .day, eventType: .droneAttack,
                  sources: [IncidentSource(article: "2024-01-03-drones", role: .main, evidence: "Drones.")])]
    }

    static func reviewed(_ name: String, _ yaml: String, body: String = "") -> ReviewedIncident {
        let (r, diags) = ReviewedIncidentFile.parse(SourceFile(path: "incidents/\(name).md", text: "---\n\(yaml)---\n\(body)"))
        #expect(!diags.hasErrors, "\(diags)")
        return r!
    }

    @Test func givenFieldsWinOmittedFieldsKeepExtractedValues() {
        let r = Self.reviewed("a", "id: 2024-01-01-erbil-rocket-attack\nkilled: 2\nperpetrator: Islamic State\n", body: "Checked against two sources.\n")
        let (out, diags) = ReviewApplier.apply([r], to: Self.extracted(), articleIDs: Self.articleIDs)
        #expect(diags.isEmpty)
        let inc = out[0]
        #expect(inc.status == .reviewed)
        #expect(inc.killed == 2 && inc.killedLow == nil && inc.killedHigh == nil)
        #expect(inc.perpetrator == "Islamic State")
        #expect(inc.wounded == 3 && inc.place == "Erbil" && inc.placeID == "erbil" && inc.eventType == .rocketAttack)
        #expect(inc.date == Day(iso: "2024-01-01") && inc.sources.count == 1)
        #expect(inc.notes == "Checked against two sources.")
        #expect(out[1].status == .extracted)
    }

    @Test func explicitNullClearsAField() {
        let r = Self.reviewed("a", "id: 2024-01-01-erbil-rocket-attack\nkilled: null\n")
        let (out, _) = ReviewApplier.apply([r], to: Self.extracted(), articleIDs: Self.articleIDs)
        #expect(out[0].killed == nil && out[0].wounded == 3)
    }

    @Test func rejectedHidesTheIncident() {
        let r = Self.reviewed("a", "id: 2024-01-03-drone-attack\nstatus: rejected\n")
        let (out, diags) = ReviewApplier.apply([r], to: Self.extracted(), articleIDs: Self.articleIDs)
        #expect(diags.isEmpty)
        #expect(out.map(\.id) == ["2024-01-01-erbil-rocket-attack"])
    }

    @Test func rejectingAnUnknownIdWarns() {
        let r = Self.reviewed("a", "id: 2024-01-09-nothing\nstatus: rejected\n")
        let (out, diags) = ReviewApplier.apply([r], to: Self.extracted(), articleIDs: Self.articleIDs)
        #expect(out.count == 2)
        #expect(diags.count == 1 && diags[0].severity == .warning && diags[0].location == SourceLocation(file: "incidents/a.md", line: 2, column: 1))
    }

    @Test func newIncidentIsAdded() {
        let r = Self.reviewed("new", """
        id: 2024-01-05-kirkuk-ied-attack
        date: 2024-01-05
        event_type: IED attack
        place: Kirkuk
        sources:
          - article: 2024-01-03-drones
            role: background
            evidence: "A roadside bomb hit a convoy near Kirkuk on Friday."

        """)
        let (out, diags) = ReviewApplier.apply([r], to: Self.extracted(), articleIDs: Self.articleIDs)
        #expect(diags.isEmpty)
        #expect(out.map(\.id) == ["2024-01-01-erbil-rocket-attack", "2024-01-03-drone-attack", "2024-01-05-kirkuk-ied-attack"])
        let added = out[2]
        #expect(added.status == .reviewed && added.datePrecision == .day && added.eventType == .iedAttack)
        #expect(added.role == .background) // its only source mentions it in passing
    }

    @Test func resultDoesNotDependOnFileOrder() {
        let a = Self.reviewed("a", "id: 2024-01-01-erbil-rocket-attack\nkilled: 2\n")
        let b = Self.reviewed("b", "id: 2024-01-03-drone-attack\nstatus: rejected\n")
        let (x, _) = ReviewApplier.apply([a, b], to: Self.extracted(), articleIDs: Self.articleIDs)
        let (y, _) = ReviewApplier.apply([b, a], to: Self.extracted(), articleIDs: Self.articleIDs)
        #expect(x == y)
    }

    @Test func shippedReviewedIncidentParses() throws {
        // The example content's reviewed file must stay valid under the strict parser.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content/incidents").path
        guard FileManager.default.fileExists(atPath: root) else { return }
        let (reviewed, diags) = ContentReader().reviewedIncidents(in: root)
        #expect(!diags.hasErrors, "\(diags)")
        #expect(reviewed.count >= 1)
        #expect(reviewed.allSatisfy { IncidentFields.isValidID($0.incident.id) })
    }

    @Test(arguments: ["a", "0", "2019-09-23-green-zone-mortar-attack", String(repeating: "a", count: 121)])
    func validIDs(_ id: String) { #expect(IncidentFields.isValidID(id)) }

    @Test(arguments: ["", "-a", "A", "a_b", "a b", "a/b", "../x", "a.b", "é", String(repeating: "a", count: 122), "a\u{0}"])
    func invalidIDs(_ id: String) { #expect(!IncidentFields.isValidID(id)) }
}
