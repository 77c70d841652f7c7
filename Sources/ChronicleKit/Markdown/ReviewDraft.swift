/// The text of a review file for an extracted incident, as `chronicle review` writes it into
/// `Content/incidents/`: the incident document with `status: draft`, so nothing counts as
/// reviewed until a person has checked it and changed the status.
public enum ReviewDraft {
    public static func text(_ incident: Incident, articleTitles: [String: String]) -> String {
        var draft = incident
        draft.status = .draft
        var notes = "Review checklist: compare every field above with the quoted sources, correct what is wrong, "
        notes += "then set `status: reviewed` (or `status: rejected` to hide this incident). "
        notes += "Replace this paragraph with your notes: who reviewed, what was corrected and why."
        if let existing = incident.notes, !existing.isEmpty { notes = existing }
        draft.notes = notes
        return IncidentMarkdown.document(draft, articleTitles: articleTitles)
    }
}
