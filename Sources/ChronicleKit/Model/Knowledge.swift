/// Kinds used to group the actors index (the four groups, plus people and others).
public enum ActorKind: String, Codable, Sendable, Hashable, CaseIterable {
    case armedGroup = "armed-group"
    case stateMilitary = "state-military"
    case government = "government"
    case internationalBody = "international-body"
    case person = "person"
    case other = "other"
}

/// An entry of the actors knowledge base.
public struct Actor: Hashable, Sendable {
    /// Stable slug (`kataib-hezbollah`), used in URLs and in `articles[].actors`.
    public var id: String
    /// Display name ("Kataib Hezbollah").
    public var name: String
    public var kind: ActorKind
    /// Other names and spellings matched in text ("Hezbollah Brigades", "KH").
    public var aliases: [String]
    /// For people: their role ("coalition spokesman"); for units: a description.
    public var role: String?
    /// The organisation a person or unit belongs to (another actor's id).
    public var parent: String?

    public init(id: String, name: String, kind: ActorKind, aliases: [String] = [], role: String? = nil, parent: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.role = role
        self.parent = parent
    }
}

public enum PlaceKind: String, Codable, Sendable, Hashable, CaseIterable {
    case country, admin1, city, site
}

/// An entry of the gazetteer: a country, a governorate/province, a town or an installation.
public struct Place: Hashable, Sendable {
    /// Stable slug (`erbil`, `ain-al-asad-air-base`), used in URLs.
    public var id: String
    public var name: String
    public var kind: PlaceKind
    public var aliases: [String]
    /// Id of the enclosing place (site → city or admin1, city → admin1, admin1 → country).
    public var parent: String?
    /// Display names of the first-level division and country, in the gazetteer's spelling.
    public var admin1: String?
    public var country: String?
    public var latitude: Double?
    public var longitude: Double?
    public var population: Int?

    public init(id: String, name: String, kind: PlaceKind, aliases: [String] = [], parent: String? = nil,
                admin1: String? = nil, country: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
                population: Int? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.parent = parent
        self.admin1 = admin1
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.population = population
    }
}

/// A name found in a text: which entry, and where (character offsets into the searched string).
public struct Mention<Entry: Hashable & Sendable>: Hashable, Sendable {
    public var entry: Entry
    /// The text as written ("Irbil").
    public var text: String
    /// UTF-16 offset range in the searched string, stable across String index invalidation.
    public var range: Range<Int>

    public init(entry: Entry, text: String, range: Range<Int>) {
        self.entry = entry
        self.text = text
        self.range = range
    }
}
