import Foundation
import Testing
@testable import ChronicleKit

/// `chronicle review` is the only command that writes into Content/: it must never lose a
/// person's work, and what it writes must read back as the same incident once confirmed.
@Suite struct ReviewWriteTests {
    func sample() -> Incident {
        Incident(id: "2024-03-04-green-zone-rocket-attack", date: Day(iso: "2024-03-04"), datePrecision: .day,
                 dateText: "late Monday", eventType: .rocketAttack, place: "Green Zone", placeID: "green-zone",
                 admin1: "Baghdad", country: "Iraq", latitude: 33.3, longitude: 44.38, geoPrecision: .site,
                 suspected: "Kataib Hezbollah", killed: nil, wounded: 2, woundedLow: 2, woundedHigh: 3,
                 sources: [IncidentSource(article: "2024-03-05-rockets-hit", role: .main, evidence: "Two rockets hit the zone late Monday.")])
    }

    @Test func newFileIsWrittenExistingDraftNeedsForce() {
        let path = "Content/incidents/x.md"
        let empty = ContentWriter(fileSystem: MemoryFileSystem(), force: false)
        #expect(empty.permission(for: path) == .written)

        let draft = ReviewDraft.text(sample(), articleTitles: [:])
        let fs = MemoryFileSystem(texts: [path: draft])
        #expect(ContentWriter(fileSystem: fs, force: false).permission(for: path) != .written)
        #expect(ContentWriter(fileSystem: fs, force: true).permission(for: path) == .written)
    }

    @Test(arguments: ["reviewed", "rejected"])
    func reviewedFilesAreNeverOverwrittenEvenWithForce(status: String) {
        let path = "Content/incidents/x.md"
        let fs = MemoryFileSystem(texts: [path: "---\nid: x\nstatus: \(status)\n---\nChecked by hand.\n"])
        guard case .keptExisting(let reason) = ContentWriter(fileSystem: fs, force: true).permission(for: path) else {
            Issue.record("a \(status) file would be overwritten")
            return
        }
        #expect(reason.contains(status))
    }

    @Test func draftIsNotAppliedUntilConfirmed() {
        let text = ReviewDraft.text(sample(), articleTitles: ["2024-03-05-rockets-hit": "Rockets hit"])
        let (parsed, diags) = ReviewedIncidentFile.parse(SourceFile(path: "incidents/x.md", text: text))
        #expect(parsed == nil)
        #expect(diags.count == 1 && diags[0].severity == .warning && diags[0].message.contains("draft"))
    }

    @Test func confirmedDraftReadsBackAsTheSameIncident() {
        let text = ReviewDraft.text(sample(), articleTitles: [:]).replacingOccurrences(of: "status: draft", with: "status: reviewed")
        let (parsed, diags) = ReviewedIncidentFile.parse(SourceFile(path: "incidents/x.md", text: text))
        #expect(!diags.hasErrors, "\(diags)")
        guard let inc = parsed?.incident else { Issue.record("not parsed"); return }
        let want = sample()
        #expect(inc.id == want.id && inc.date == want.date && inc.datePrecision == want.datePrecision)
        #expect(inc.eventType == want.eventType && inc.place == want.place && inc.placeID == want.placeID)
        #expect(inc.suspected == want.suspected && inc.killed == nil && inc.wounded == 2)
        #expect(inc.woundedLow == 2 && inc.woundedHigh == 3)
        #expect(inc.status == .reviewed)
        #expect(diags.isEmpty, "unexpected warnings: \(diags)")
    }
}
