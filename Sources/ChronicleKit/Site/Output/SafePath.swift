/// Checks every path the builder writes: relative, `/`-separated, no `..`, `.` or empty
/// components, no NUL or backslash, each component at most 200 bytes. Slugs are safe by
/// construction; this is the second lock, so no title, id or template can write outside the
/// staging folder whatever reaches the sink.
public enum SafePath {
    public static let maxComponentBytes = 200
    public static let maxDepth = 32

    /// The path's components, or a `Diagnostic` saying what is wrong with it.
    public static func components(_ path: String) throws -> [Substring] {
        func refuse(_ why: String) -> Diagnostic {
            let shown = String(path.unicodeScalars.prefix(120).map { $0.value < 0x20 ? "?" : Character($0) })
            return .error(SourceLocation(file: shown.isEmpty ? "(empty path)" : shown), "refusing to write output file: \(why)")
        }
        if path.isEmpty { throw refuse("the path is empty") }
        if path.utf8.contains(0) { throw refuse("the path contains a NUL byte") }
        if path.hasPrefix("/") { throw refuse("the path is absolute; output paths are relative to the site folder") }
        if path.contains("\\") { throw refuse("the path contains a backslash") }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > maxDepth { throw refuse("the path is nested more than \(maxDepth) folders deep") }
        for part in parts {
            if part.isEmpty { throw refuse("the path has an empty component ('//' or a trailing '/')") }
            if part == "." || part == ".." { throw refuse("the path has a '\(part)' component") }
            if part.utf8.count > maxComponentBytes { throw refuse("a path component is longer than \(maxComponentBytes) bytes") }
            if part.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { throw refuse("the path contains a control character") }
        }
        return parts
    }

    public static func isSafe(_ path: String) -> Bool { (try? components(path)) != nil }
}
