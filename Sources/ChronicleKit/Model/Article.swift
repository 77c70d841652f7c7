/// Where an article's publication day came from (the incidents document's `published_source`).
public enum PublicationSource: String, Codable, Sendable, Hashable {
    case frontMatter = "front-matter"
    case text
    case inferred
    case unknown
}

/// A file read from `Content/`, before any parsing: the only place where disk contents enter.
public struct SourceFile: Hashable, Sendable {
    /// Path as shown in messages, relative to the folder the user named (e.g. `Content/articles/x.md`).
    public var path: String
    /// The bytes decoded as UTF-8 (invalid sequences already replaced and reported by the loader).
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The file's name without folders (`articles[].file` in the incidents document).
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// What the front matter of an article says, typed. Every field is optional: raw `.txt`
/// articles have none.
public struct ArticleFrontMatter: Hashable, Sendable {
    public var title: String?
    public var published: Day?
    public var outlet: String?
    public var url: String?
    public var tags: [String] = []
    /// Line in the source file where the body starts (1-based), so body positions map back to file lines.
    public var bodyStartLine: Int = 1

    public init(title: String? = nil, published: Day? = nil, outlet: String? = nil, url: String? = nil,
                tags: [String] = [], bodyStartLine: Int = 1) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.url = url
        self.tags = tags
        self.bodyStartLine = bodyStartLine
    }
}

/// A cleaned news report: what ingest hands to extraction and to the site.
public struct Article: Hashable, Sendable {
    /// URL slug, unique in the site (`2019-09-25-attacks-on-...`); assigned by `ArticleSlugs`.
    public var id: String
    /// The input file's name (basename).
    public var file: String
    /// The input path as the user would type it, for messages.
    public var path: String
    public var title: String
    public var outlet: String?
    public var url: String?
    public var published: Day?
    public var publishedSource: PublicationSource
    /// "ERBIL, Kurdistan Region", "BAGHDAD (AP)" → kept as metadata, removed from the first paragraph.
    public var dateline: String?
    public var tags: [String]
    /// The cleaned body, one entry per paragraph, in reading order (boilerplate, captions and repeats removed).
    public var paragraphs: [String]
    /// What the cleaner removed (navigation, captions, repeated blocks), kept for transparency.
    public var removed: [String]
    /// Knowledge-base ids of the actors and places the cleaned text mentions (filled by extraction).
    public var actors: [String]
    public var places: [String]

    public init(id: String, file: String, path: String, title: String, outlet: String? = nil, url: String? = nil,
                published: Day? = nil, publishedSource: PublicationSource = .unknown, dateline: String? = nil,
                tags: [String] = [], paragraphs: [String], removed: [String] = [], actors: [String] = [],
                places: [String] = []) {
        self.id = id
        self.file = file
        self.path = path
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.publishedSource = publishedSource
        self.dateline = dateline
        self.tags = tags
        self.paragraphs = paragraphs
        self.removed = removed
        self.actors = actors
        self.places = places
    }
}
