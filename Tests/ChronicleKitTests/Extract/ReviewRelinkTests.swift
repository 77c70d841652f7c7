import Testing
@testable import ChronicleKit

/// A reviewer corrects names; the corrected incident must still reach the right place and actor
/// pages, and its summary must say what the review says.
@Suite struct ReviewRelinkTests {
    let kb = KnowledgeBase.builtIn()

    func extracted() -> Incident {
        var inc = Incident(id: "2024-05-02-baghdad-rocket-attack", date: Day(iso: "2024-05-02"), datePrecision: .day,
                           eventType: .rocketAttack, place: "Baghdad", placeID: "baghdad", admin1: "Baghdad", country: "Iraq",
                           wounded: 3, sources: [IncidentSource(article: "a", role: .main, evidence: "Rockets hit Baghdad.")])
        inc.summary = Summary.make(inc)
        return inc
    }

    @Test func correctedPlaceIsLookedUpInTheGazetteer() {
        var review = extracted()
        review.place = "Ain al-Asad air base"
        review.wounded = 5
        let r = ReviewedIncident(incident: review, path: "incidents/x.md", givenFields: ["place", "wounded"])
        let (out, diags) = ReviewApplier.apply([r], to: [extracted()], articleIDs: ["a"], knowledge: kb)
        #expect(diags.isEmpty)
        guard let inc = out.first else { Issue.record("no incident"); return }
        #expect(inc.placeID != nil && inc.placeID != "baghdad")
        #expect(inc.admin1 == kb.gazetteer.place(id: inc.placeID ?? "")?.admin1)
        #expect(inc.geoPrecision == .site)
        #expect(inc.summary?.contains("5 wounded") == true)
        #expect(inc.summary?.contains("3 wounded") == false)
    }

    @Test func reviewerGivenSummaryAndAdmin1Win() {
        var review = extracted()
        review.place = "Erbil"
        review.admin1 = "Hand-checked governorate"
        review.summary = "As reviewed."
        review.perpetrator = "Kataib Hezbollah"
        let r = ReviewedIncident(incident: review, path: "incidents/x.md", givenFields: ["place", "admin1", "summary", "perpetrator"])
        let (out, _) = ReviewApplier.apply([r], to: [extracted()], articleIDs: ["a"], knowledge: kb)
        #expect(out.first?.admin1 == "Hand-checked governorate")
        #expect(out.first?.summary == "As reviewed.")
        #expect(out.first?.perpetratorID != nil)
    }

    @Test func unknownNamesStayUnlinked() {
        var review = extracted()
        review.place = "Qasr Nowhere-in-Particular"
        let r = ReviewedIncident(incident: review, path: "incidents/x.md", givenFields: ["place"])
        let (out, _) = ReviewApplier.apply([r], to: [extracted()], articleIDs: ["a"], knowledge: kb)
        #expect(out.first?.placeID == nil)
        #expect(out.first?.place == "Qasr Nowhere-in-Particular")
    }
}
