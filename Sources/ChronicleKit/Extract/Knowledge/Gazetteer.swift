/// Places with aliases, hierarchy and coordinates. STUB API, to be filled by the knowledge work.
public struct Gazetteer: Sendable {
    public private(set) var places: [Place]
    private var byID: [String: Place]

    public init(places: [Place]) {
        self.places = places
        self.byID = Dictionary(places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func place(id: String) -> Place? { byID[id] }

    /// Every place name in `text`, longest match first at each position, in text order.
    public func mentions(in text: String) -> [Mention<Place>] { [] }

    /// The chain from a place up to its country (place, parent, …, country).
    public func ancestors(of place: Place) -> [Place] {
        var chain: [Place] = []
        var current: Place? = place
        var seen = Set<String>()
        while let p = current, !seen.contains(p.id) {
            seen.insert(p.id)
            chain.append(p)
            current = p.parent.flatMap { byID[$0] }
        }
        return chain
    }
}
