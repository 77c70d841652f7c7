import Foundation

public struct BuildOptions: Sendable {
    public var contentDir: String
    public var templatesDir: String
    public var outputDir: String
    public var baseURL: String?
    public var force: Bool
    public var workers: Int

    public init(contentDir: String = "Content", templatesDir: String = "Templates", outputDir: String = "Site",
                baseURL: String? = nil, force: Bool = false, workers: Int = Parallel.defaultWorkers) {
        self.contentDir = contentDir
        self.templatesDir = templatesDir
        self.outputDir = outputDir
        self.baseURL = baseURL
        self.force = force
        self.workers = workers
    }
}

public struct BuildSummary: Sendable, CustomStringConvertible {
    public var articles: Int
    public var incidents: Int
    public var pages: Int
    public var seconds: Double
    public var warnings: [Diagnostic]

    public var description: String {
        String(format: "built %d articles, %d incidents, %d files in %.2f s", articles, incidents, pages, seconds)
    }
}

/// STUB: the site work writes the recipe (load → ingest → extract → markdown → render → assemble → swap).
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) throws -> BuildSummary {
        throw BuildFailure([.error(SourceLocation(file: options.contentDir), "chronicle build is not implemented yet")])
    }
}
