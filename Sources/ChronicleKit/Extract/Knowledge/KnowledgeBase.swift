/// The gazetteer and the actors knowledge base, built in and extended by the user's
/// `Content/data/places.yml` and `Content/data/actors.yml`.
public struct KnowledgeBase: Sendable {
    public var gazetteer: Gazetteer
    public var actors: ActorBase

    public init(gazetteer: Gazetteer, actors: ActorBase) {
        self.gazetteer = gazetteer
        self.actors = actors
    }

    /// The shipped data only. STUB: the knowledge work replaces this with the bundled data files.
    public static func builtIn() -> KnowledgeBase {
        KnowledgeBase(gazetteer: Gazetteer(places: []), actors: ActorBase(actors: []))
    }
}
