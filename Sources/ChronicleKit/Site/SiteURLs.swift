/// Every internal link of the site goes through here, so the site works at a sub-path
/// (`https://user.github.io/project/`) as well as at a domain root.
public struct SiteURLs: Hashable, Sendable {
    /// `https://example.org` (no trailing slash) or "" when the base URL is a bare path.
    public let origin: String
    /// Always starts and ends with `/`: `/` or `/project/`.
    public let basePath: String

    public init(baseURL: String) {
        var s = baseURL.trimmingCharacters(in: .whitespaces)
        var origin = ""
        if let scheme = s.range(of: "://") {
            let afterScheme = s[scheme.upperBound...]
            let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            origin = String(s[..<hostEnd])
            s = String(s[hostEnd...])
        }
        if let q = s.firstIndex(where: { $0 == "?" || $0 == "#" }) { s = String(s[..<q]) }
        if !s.hasPrefix("/") { s = "/" + s }
        if !s.hasSuffix("/") { s += "/" }
        self.origin = origin
        self.basePath = s
    }

    /// Why a `base_url` value cannot be used, or nil when it is fine.
    public static func problem(with value: String) -> String? {
        if value.contains(" ") { return "base_url must not contain spaces: '\(value)'" }
        if value.hasPrefix("/") { return nil }
        if value.hasPrefix("http://") || value.hasPrefix("https://") {
            let rest = value.split(separator: "/", omittingEmptySubsequences: true)
            return rest.count >= 2 ? nil : "base_url '\(value)' has no host; write e.g. https://example.org/ or /project/"
        }
        return "base_url '\(value)' must be an absolute URL (https://example.org/project/) or a path starting with / (/project/)"
    }

    public var isAbsolute: Bool { !origin.isEmpty }

    /// Site-relative path (`incidents/x/`) → link (`/project/incidents/x/`).
    public func href(_ path: String) -> String {
        basePath + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    /// Absolute URL for feeds, sitemap and canonical links (a root-relative one when no origin is known).
    public func absolute(_ path: String) -> String { origin + href(path) }
}
