/// Finds the day an article was published when front matter does not give it.
/// STUB (to be replaced by the extraction work): always unknown.
public enum PublicationDay {
    public static func find(in body: CleanedBody, removed: [String]) -> (Day?, PublicationSource) {
        (nil, .unknown)
    }
}
