/// The actors that get pages: knowledge-base actors named by incidents or mentioned by articles,
/// plus actors that incidents name but the knowledge base lacks (slugged from the name).
public struct ActorIndex: Sendable {
    public struct Entry: Hashable, Sendable {
        public var id: String
        public var name: String
        public var kind: ActorKind
        public var role: String?
        public var perpetrator: [String] = []
        public var suspected: [String] = []
        public var target: [String] = []
        public var articles: [String] = []
        public var incidentCount: Int { Set(perpetrator + suspected + target).count }
    }

    /// Sorted by name, then id.
    public private(set) var entries: [Entry] = []
    private var byID: [String: Int] = [:]

    public init(corpus: Corpus) {
        var table: [String: Entry] = [:]
        let kb = corpus.knowledge.actors
        func key(id: String?, name: String?) -> String? {
            if let id, !id.isEmpty {
                if table[id] == nil {
                    let a = kb.actor(id: id)
                    table[id] = Entry(id: Slug.make(id), name: a?.name ?? name ?? id, kind: a?.kind ?? .other, role: a?.role)
                }
                return id
            }
            guard let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty,
                  name.lowercased() != "unknown" else { return nil }
            let slug = Slug.make(name)
            if table[slug] == nil {
                let a = kb.actor(id: slug)
                table[slug] = Entry(id: slug, name: a?.name ?? name, kind: a?.kind ?? .other, role: a?.role)
            }
            return slug
        }
        for inc in corpus.incidents {
            if let k = key(id: inc.perpetratorID, name: inc.perpetrator) { table[k]?.perpetrator.append(inc.id) }
            if let k = key(id: inc.suspectedID, name: inc.suspected) { table[k]?.suspected.append(inc.id) }
            // A target that is a place (a base, an embassy compound) belongs to the location pages.
            if ActorIndex.targetPlace(id: inc.targetID, name: inc.target, corpus.knowledge) != nil { continue }
            if let k = key(id: inc.targetID, name: inc.target) { table[k]?.target.append(inc.id) }
        }
        for article in corpus.articles {
            for id in article.actors where kb.actor(id: id) != nil || table[id] != nil {
                if let k = key(id: id, name: nil), !(table[k]?.articles.contains(article.id) ?? true) {
                    table[k]?.articles.append(article.id)
                }
            }
        }
        entries = table.values.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        for (i, e) in entries.enumerated() { byID[e.id] = i }
        // Keys were the raw ids; pages use the slugged id, which is what `byID` holds.
        keyToSlug = Dictionary(table.map { ($0.key, $0.value.id) }, uniquingKeysWith: { a, _ in a })
    }

    private var keyToSlug: [String: String] = [:]

    /// The page slug for an incident's actor reference (id, else name), or nil for "unknown".
    /// The gazetteer place a target denotes (by id, else by its whole name) when it is no actor.
    public static func targetPlace(id: String?, name: String?, _ kb: KnowledgeBase) -> Place? {
        if let id, !id.isEmpty { return kb.actors.actor(id: id) == nil ? kb.gazetteer.place(id: id) : nil }
        guard let name, kb.actors.actor(named: name) == nil else { return nil }
        return kb.gazetteer.place(named: name)
    }

    public func slug(id: String?, name: String?) -> String? {
        if let id, !id.isEmpty { return keyToSlug[id] }
        guard let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty, name.lowercased() != "unknown" else { return nil }
        return keyToSlug[Slug.make(name)]
    }

    public func entry(_ slug: String) -> Entry? { byID[slug].map { entries[$0] } }

    /// Display label of each kind for the actors index, in index order.
    public static func label(_ kind: ActorKind) -> String {
        switch kind {
        case .armedGroup: return "Armed groups"
        case .stateMilitary: return "States and militaries"
        case .government: return "Governments and officials"
        case .internationalBody: return "International bodies"
        case .person: return "People"
        case .other: return "Other"
        }
    }
}
