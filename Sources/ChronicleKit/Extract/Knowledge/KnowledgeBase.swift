import Foundation

/// The gazetteer and the actors knowledge base, built in and extended by the user's
/// `Content/data/places.yml` and `Content/data/actors.yml`.
public struct KnowledgeBase: Sendable {
    public var gazetteer: Gazetteer
    public var actors: ActorBase

    public init(gazetteer: Gazetteer, actors: ActorBase) {
        self.gazetteer = gazetteer
        self.actors = actors
    }

    /// Places and actors named in `text`, tokenizing it once for both (what the extractor wants
    /// per sentence or article).
    public func mentions(in text: String) -> (places: [Mention<Place>], actors: [Mention<Actor>]) {
        mentions(inUnits: Array(text.utf16))
    }

    /// `mentions(in:)` over a text's UTF-16 units (the extractor has them at hand).
    func mentions(inUnits units: [UInt16]) -> (places: [Mention<Place>], actors: [Mention<Actor>]) {
        let tokens = units.withUnsafeBufferPointer { NameTokenizer.tokenize(units: $0, aliasMode: false) }
        return (gazetteer.mentions(tokens: tokens, units: units), actors.mentions(tokens: tokens, units: units))
    }

    /// The shipped data only, parsed and indexed once per process (a `static let` is lazy and
    /// thread-safe).
    public static func builtIn() -> KnowledgeBase { shipped.base }

    /// Problems with the shipped data files themselves (empty unless the bundle is damaged).
    public static var builtInDiagnostics: [Diagnostic] { shipped.diagnostics }

    private static let shipped: (base: KnowledgeBase, diagnostics: [Diagnostic], places: BuiltInPlaces, actors: [Actor]) = {
        let (places, placeDiags) = KnowledgeFiles.loadBuiltInPlaces()
        let (actors, actorDiags) = KnowledgeFiles.loadBuiltInActors()
        let base = KnowledgeBase(places: places.places, unmatchedNames: places.unmatchedNames, preferredPlaces: [],
                                 actors: actors, preferredActors: [])
        return (base, placeDiags + actorDiags, places, actors)
    }()

    /// The shipped data merged with the user's `Content/data/places.yml` and `actors.yml` when
    /// present. A user entry with a known id overrides the fields it gives and adds its aliases;
    /// a new id adds an entry. Bad YAML or wrong field types become diagnostics with file:line.
    public static func load(contentDir: String, fileSystem: FileSystem) -> (KnowledgeBase, [Diagnostic]) {
        var diagnostics = shipped.diagnostics
        let dir = contentDir.hasSuffix("/") ? String(contentDir.dropLast()) : contentDir
        let placesPath = dir + "/data/places.yml"
        let actorsPath = dir + "/data/actors.yml"

        var places = shipped.places.places
        var unmatched = shipped.places.unmatchedNames
        var preferredPlaces = Set<String>()
        if fileSystem.fileExists(placesPath) {
            let shown = placesPath
            let (entries, diags) = KnowledgeFiles.readEntries(path: placesPath, shownAs: shown, fileSystem: fileSystem)
            diagnostics += diags
            let (merged, ids, mergeDiags) = KnowledgeFiles.mergePlaces(entries, into: places, file: shown)
            places = merged
            preferredPlaces = ids
            unmatched.subtract(ids)
            diagnostics += mergeDiags
        }

        var actors = shipped.actors
        var preferredActors = Set<String>()
        if fileSystem.fileExists(actorsPath) {
            let shown = actorsPath
            let (entries, diags) = KnowledgeFiles.readEntries(path: actorsPath, shownAs: shown, fileSystem: fileSystem)
            diagnostics += diags
            let (merged, ids, mergeDiags) = KnowledgeFiles.mergeActors(entries, into: actors, file: shown)
            actors = merged
            preferredActors = ids
            diagnostics += mergeDiags
        }

        if preferredPlaces.isEmpty && preferredActors.isEmpty {
            return (shipped.base, diagnostics.sorted())
        }
        let base = KnowledgeBase(places: places, unmatchedNames: unmatched, preferredPlaces: preferredPlaces,
                                 actors: actors, preferredActors: preferredActors)
        return (base, diagnostics.sorted())
    }

    /// Builds both indexes, each blocking the other's multi-word names: "Islamic State of Iraq and
    /// Syria" is no mention of Iraq, "Sadr City" no mention of Muqtada al-Sadr. A phrase that is a
    /// name in both (the US embassy) blocks neither.
    init(places: [Place], unmatchedNames: Set<String>, preferredPlaces: Set<String>,
         actors: [Actor], preferredActors: Set<String>) {
        func phrases(_ names: [String]) -> [[UInt64]: String] {
            var out: [[UInt64]: String] = [:]
            for n in names {
                let k = NameMatcher.key(of: n)
                if k.count > 1, out[k] == nil { out[k] = n }
            }
            return out
        }
        let placeNames = phrases(places.flatMap { [$0.name] + $0.aliases })
        let actorNames = phrases(actors.flatMap { [$0.name] + $0.aliases })
        let placeBlockers = actorNames.filter { placeNames[$0.key] == nil }.values.sorted()
        let actorBlockers = placeNames.filter { actorNames[$0.key] == nil }.values.sorted()
        self.init(
            gazetteer: Gazetteer(places: places, unmatchedNames: unmatchedNames, preferred: preferredPlaces,
                                 blockers: placeBlockers + Self.sponsorPhrases + Self.waterBodies),
            actors: ActorBase(actors: actors, preferred: preferredActors, blockers: actorBlockers + Self.sponsorPhrases))
    }

    /// Lakes named after a country that borders them with others: "near Lake Chad" places nothing in Chad (Nigerian,
    /// Nigerien and Cameroonian towns lie on its shores too).
    static let waterBodies = ["Lake Chad", "Lake Chad Basin", "Lake Chad basin"]

    /// "Iran-backed Kataib Hezbollah" names Kataib Hezbollah, not Iran as an actor or a place: a
    /// sponsor adjective hides the country inside it (longer names such as "Iran-backed militias"
    /// still match).
    static let sponsorPhrases: [String] = {
        let sponsors = ["Iran", "Iranian", "Tehran", "US", "U.S.", "American", "Washington", "Turkey", "Turkish",
                        "Ankara", "Russia", "Russian", "Moscow", "Syria", "Syrian", "Israel", "Israeli", "Saudi",
                        "Iraq", "Iraqi", "Kurdish", "Hezbollah"]
        let verbs = ["backed", "aligned", "allied", "linked", "supported", "sponsored", "affiliated", "funded",
                     "armed", "trained", "controlled", "run"]
        var out: [String] = []
        for s in sponsors { for v in verbs { out.append("\(s)-\(v)") } }
        for s in ["Iran", "Iranian", "Tehran", "US", "American", "Turkish", "Turkey", "Russian", "Russia", "Syria",
                  "Syrian", "Israel", "Israeli", "Kurdish"] {
            out.append("pro-\(s)")
            out.append("anti-\(s)")
        }
        return out
    }()
}
