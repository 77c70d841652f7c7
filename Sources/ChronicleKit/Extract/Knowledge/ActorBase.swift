import Foundation

/// Actors with aliases and kinds, and the index that finds their names in text.
public struct ActorBase: Sendable {
    public private(set) var actors: [Actor]
    private var byID: [String: Int]
    private var matcher: NameMatcher

    /// `preferred`: ids that win over others sharing a name (the user's entries).
    /// `blockers`: phrases that hide the actor names inside them (place names such as "Sadr City"
    /// or "Damascus International Airport").
    public init(actors: [Actor], preferred: Set<String> = [], blockers: [String] = []) {
        self.actors = actors
        var byID: [String: Int] = [:]
        for (i, a) in actors.enumerated() where byID[a.id] == nil { byID[a.id] = i }
        self.byID = byID
        var matcher = NameMatcher()
        for (i, a) in actors.enumerated() where byID[a.id] == i {
            let base = preferred.contains(a.id) ? 0 : 1
            matcher.add(alias: a.name, entry: i, rank: [base, 0])
            for alias in a.aliases { matcher.add(alias: alias, entry: i, rank: [base, 1]) }
        }
        for b in blockers { matcher.block(b) }
        self.matcher = matcher
    }

    public func actor(id: String) -> Actor? { byID[id].map { actors[$0] } }

    /// Every actor name in `text`, longest match first at each position, in text order.
    public func mentions(in text: String) -> [Mention<Actor>] {
        let (found, utf16) = matcher.matches(in: text)
        return mentions(found, utf16)
    }

    /// Mentions in already tokenized text (see `KnowledgeBase.mentions(in:)`).
    func mentions(tokens: [NameToken], units: [UInt16]) -> [Mention<Actor>] {
        mentions(matcher.matches(tokens), units)
    }

    private func mentions(_ found: [NameMatcher.Match], _ utf16: [UInt16]) -> [Mention<Actor>] {
        found.map { m in
            Mention(entry: actors[m.entry], text: String(utf16Units: utf16[m.range]), range: m.range)
        }
    }

    /// The actor a whole name stands for ("Kata'ib Hizballah" → Kataib Hezbollah), or nil when the
    /// text is not exactly one known name.
    public func actor(named name: String) -> Actor? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let found = mentions(in: trimmed)
        guard found.count == 1, found[0].range == 0..<trimmed.utf16.count else { return nil }
        return found[0].entry
    }

    /// The chain from an actor up through its parents (a person, their organisation, …).
    public func ancestors(of actor: Actor) -> [Actor] {
        var chain: [Actor] = []
        var current: Actor? = actor
        var seen = Set<String>()
        while let a = current, !seen.contains(a.id) {
            seen.insert(a.id)
            chain.append(a)
            current = a.parent.flatMap { self.actor(id: $0) }
        }
        return chain
    }
}
