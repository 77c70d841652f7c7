/// Places as a hierarchy (country → governorate → place) built from the incidents: each incident
/// hangs under its gazetteer entry's ancestors, or — when the knowledge base lacks the place —
/// under its own country / admin1 / place names, slugged.
public struct LocationTree: Sendable {
    public struct Node: Hashable, Sendable {
        public var id: String
        public var name: String
        public var kind: PlaceKind
        public var parent: String?
        public var children: [String] = []
        /// Incidents at this place or anywhere inside it, in corpus order.
        public var incidents: [String] = []
        public var latitude: Double?
        public var longitude: Double?
    }

    public private(set) var nodes: [String: Node] = [:]
    /// Top-level nodes sorted by name.
    public private(set) var roots: [String] = []
    /// Per incident id: the chain of node ids from the top down to the incident's own place.
    public private(set) var chains: [String: [String]] = [:]

    public init(corpus: Corpus) {
        let gazetteer = corpus.knowledge.gazetteer
        for inc in corpus.incidents {
            var chain: [(id: String, name: String, kind: PlaceKind, lat: Double?, lon: Double?)] = []
            if let pid = inc.placeID, let place = gazetteer.place(id: pid) {
                chain = gazetteer.ancestors(of: place).reversed().map { ($0.id, $0.name, $0.kind, $0.latitude, $0.longitude) }
            } else {
                if let c = LocationTree.clean(inc.country) { chain.append((Slug.make(c), c, .country, nil, nil)) }
                if let a = LocationTree.clean(inc.admin1) { chain.append((Slug.make(a), a, .admin1, nil, nil)) }
                if let p = LocationTree.clean(inc.place), p != chain.last?.name {
                    let kind: PlaceKind = inc.geoPrecision == .site ? .site : .city
                    chain.append((Slug.make(p), p, kind, inc.latitude, inc.longitude))
                }
            }
            var ids: [String] = []
            var parent: String? = nil
            for link in chain {
                var id = link.id
                // The same slug at another level or under another parent ("Baghdad" city vs governorate).
                if let existing = nodes[id], existing.parent != parent || existing.kind != link.kind {
                    id = link.id + "-" + link.kind.rawValue
                    if let again = nodes[id], again.parent != parent { id += "-" + Slug.make(parent ?? "top") }
                }
                if nodes[id] == nil {
                    nodes[id] = Node(id: id, name: link.name, kind: link.kind, parent: parent, latitude: link.lat, longitude: link.lon)
                    if let parent { nodes[parent]?.children.append(id) } else { roots.append(id) }
                }
                nodes[id]?.incidents.append(inc.id)
                ids.append(id)
                parent = id
            }
            if !ids.isEmpty { chains[inc.id] = ids }
        }
        let byName: (String, String) -> Bool = { [nodes] a, b in
            let na = nodes[a]?.name.lowercased() ?? a, nb = nodes[b]?.name.lowercased() ?? b
            return (na, a) < (nb, b)
        }
        roots.sort(by: byName)
        for id in nodes.keys { nodes[id]?.children.sort(by: byName) }
    }

    static func clean(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    /// Node ids from the top down to `id`.
    public func path(to id: String) -> [String] {
        var out: [String] = []
        var current: String? = id
        var seen = Set<String>()
        while let c = current, let node = nodes[c], !seen.contains(c) {
            seen.insert(c)
            out.append(c)
            current = node.parent
        }
        return out.reversed()
    }

    /// Every node id, depth-first in display order.
    public var ordered: [String] {
        var out: [String] = []
        func walk(_ id: String) {
            out.append(id)
            for c in nodes[id]?.children ?? [] { walk(c) }
        }
        roots.forEach(walk)
        return out
    }
}

import Foundation
