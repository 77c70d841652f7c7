import Yams

/// The site's settings from `Content/site.yml` (title, description, base_url, language, author).
/// A missing file is not an error: the site builds with neutral defaults and a warning.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    public var description: String
    /// Public URL prefix, e.g. `https://user.github.io/project/` or `/project/`.
    public var baseURL: String
    public var language: String
    public var author: String?

    public init(title: String = "Incident chronicle", description: String = "", baseURL: String = "/",
                language: String = "en", author: String? = nil) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.author = author
    }

    public static let knownKeys: Set<String> = ["title", "description", "base_url", "language", "author"]

    /// Parses the text of a `site.yml`; `path` is only used in messages.
    public static func parse(_ text: String, path: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        var diags: [Diagnostic] = []
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch let error as YamlError {
            return (config, [FrontMatter.yamlDiagnostic(error, path: path)])
        } catch {
            return (config, [.error(SourceLocation(file: path, line: 1), "site settings are not valid YAML: \(error)")])
        }
        guard let node else { return (config, diags) }
        guard case .mapping(let mapping) = node else {
            return (config, [.error(SourceLocation(file: path, line: 1, column: 1), "site.yml must be a mapping of 'key: value' lines, e.g. title: My chronicle")])
        }
        for (k, v) in mapping {
            guard let key = k.string else { continue }
            // Yams marks are 1-based already.
            let loc = SourceLocation(file: path, line: k.mark?.line ?? 1, column: k.mark?.column ?? 1)
            guard knownKeys.contains(key) else {
                diags.append(.warning(loc, "unknown setting '\(key)' is ignored; known settings: \(knownKeys.sorted().joined(separator: ", "))"))
                continue
            }
            guard case .scalar(let scalar) = v else {
                diags.append(.error(loc, "'\(key)' must be a text value"))
                continue
            }
            let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            switch key {
            case "title": config.title = value
            case "description": config.description = value
            case "language":
                if value.isEmpty || !value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                    diags.append(.error(loc, "'language: \(value)' is not a language tag; write e.g. en or en-GB"))
                } else { config.language = value }
            case "author": config.author = value.isEmpty ? nil : value
            case "base_url":
                if value.isEmpty { config.baseURL = "/" }
                else if let problem = SiteURLs.problem(with: value) { diags.append(.error(loc, problem)) }
                else { config.baseURL = value }
            default: break
            }
        }
        return (config, diags.sorted())
    }

    /// Reads `<contentDir>/site.yml` when present.
    public static func load(contentDir: String, fileSystem: FileSystem) -> (SiteConfig, [Diagnostic]) {
        let path = contentDir.hasSuffix("/") ? contentDir + "site.yml" : contentDir + "/site.yml"
        guard fileSystem.fileExists(path) else {
            return (SiteConfig(), [.warning(SourceLocation(file: path), "no site settings file; using defaults — create it with title, description, base_url and language")])
        }
        do {
            let data = try fileSystem.readData(path)
            return parse(String(decoding: data, as: UTF8.self), path: path)
        } catch {
            return (SiteConfig(), [.error(SourceLocation(file: path), "cannot read site settings: \(error.localizedDescription)")])
        }
    }
}
