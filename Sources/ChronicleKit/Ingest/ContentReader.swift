import Foundation

/// Reads article files from disk (through `FileSystem`) into `SourceFile`s, reporting unreadable,
/// binary and badly encoded files instead of skipping them silently.
public struct ContentReader: Sendable {
    public var fileSystem: FileSystem
    public static let articleExtensions: Set<String> = ["md", "markdown", "txt"]

    public init(fileSystem: FileSystem = DiskFileSystem()) { self.fileSystem = fileSystem }

    /// Article paths under `paths` (files or folders), sorted, as the user would write them.
    public func articlePaths(_ paths: [String]) -> ([String], [Diagnostic]) {
        var out: [String] = []
        var diags: [Diagnostic] = []
        for p in paths {
            if fileSystem.directoryExists(p) {
                do {
                    for rel in try fileSystem.listFiles(in: p) {
                        let name = rel.split(separator: "/").last.map(String.init) ?? rel
                        if name.hasPrefix(".") { continue }
                        let full = p.hasSuffix("/") ? p + rel : p + "/" + rel
                        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
                        if ContentReader.articleExtensions.contains(ext) {
                            out.append(full)
                        } else {
                            diags.append(.warning(SourceLocation(file: full), "not an article (.md, .markdown or .txt); ignored — rename it or move it out of the articles folder"))
                        }
                    }
                } catch {
                    diags.append(.error(SourceLocation(file: p), "cannot list folder: \(error.localizedDescription)"))
                }
            } else if fileSystem.fileExists(p) {
                out.append(p)
            } else {
                diags.append(.error(SourceLocation(file: p), "no such file or folder"))
            }
        }
        return (out.sorted(), diags)
    }

    public func read(_ path: String) -> (SourceFile?, [Diagnostic]) {
        let data: Data
        do { data = try fileSystem.readData(path) } catch {
            return (nil, [.error(SourceLocation(file: path), "cannot read file: \(error.localizedDescription); check its permissions")])
        }
        if data.contains(0) {
            return (nil, [.error(SourceLocation(file: path), "binary file (contains NUL bytes) in the articles folder; remove it or convert it to text")])
        }
        if let s = String(data: data, encoding: .utf8) { return (SourceFile(path: path, text: s), []) }
        let repaired = String(decoding: data, as: UTF8.self)
        let line = repaired.prefix(while: { $0 != "\u{FFFD}" }).filter { $0 == "\n" }.count + 1
        return (SourceFile(path: path, text: repaired),
                [.warning(SourceLocation(file: path, line: line), "invalid UTF-8; bad bytes were replaced with U+FFFD — re-save the file as UTF-8")])
    }
}
