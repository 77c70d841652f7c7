/// Actors with aliases and kinds. STUB API, to be filled by the knowledge work.
public struct ActorBase: Sendable {
    public private(set) var actors: [Actor]
    private var byID: [String: Actor]

    public init(actors: [Actor]) {
        self.actors = actors
        self.byID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func actor(id: String) -> Actor? { byID[id] }

    /// Every actor name in `text`, longest match first at each position, in text order.
    public func mentions(in text: String) -> [Mention<Actor>] { [] }
}
