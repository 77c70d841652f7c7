import Foundation

/// Reads article files from disk (through `FileSystem`) into `SourceFile`s, reporting unreadable,
/// binary, oversized and badly encoded files instead of skipping them silently.
public struct ContentReader: Sendable {
    public var fileSystem: FileSystem
    public static let articleExtensions: Set<String> = ["md", "markdown", "txt"]
    /// News reports are kilobytes; anything above this is a mistake (a dump, a video renamed .txt)
    /// and would only make the build slow, so it is an error rather than a 50 MB page.
    public static let maxFileBytes = 10 * 1024 * 1024

    public init(fileSystem: FileSystem = DiskFileSystem()) { self.fileSystem = fileSystem }

    /// Article paths under `paths` (files or folders), sorted, as the user would write them.
    public func articlePaths(_ paths: [String]) -> ([String], [Diagnostic]) {
        filePaths(paths, extensions: ContentReader.articleExtensions, what: "an article (.md, .markdown or .txt)", folderName: "articles")
    }

    /// Files with one of `extensions` under `paths`; other files get a warning (an error when
    /// they are binary: a picture or archive dropped into a content folder is a mistake to fix).
    public func filePaths(_ paths: [String], extensions: Set<String>, what: String, folderName: String) -> ([String], [Diagnostic]) {
        var out: [String] = []
        var diags: [Diagnostic] = []
        for p in paths {
            if fileSystem.directoryExists(p) {
                do {
                    let listing = try fileSystem.listing(in: p)
                    func full(_ rel: String) -> String { p.hasSuffix("/") ? p + rel : p + "/" + rel }
                    for problem in listing.problems {
                        diags.append(Diagnostic(problem.isError ? .error : .warning, SourceLocation(file: full(problem.path)), problem.message))
                    }
                    for rel in listing.files {
                        let name = rel.split(separator: "/").last.map(String.init) ?? rel
                        if name.hasPrefix(".") || rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                        if extensions.contains(ContentReader.fileExtension(name)) {
                            out.append(full(rel))
                        } else if looksBinary(full(rel)) {
                            diags.append(.error(SourceLocation(file: full(rel)), "binary file in the \(folderName) folder; move it out of Content/"))
                        } else {
                            diags.append(.warning(SourceLocation(file: full(rel)), "not \(what); ignored — rename it or move it out of the \(folderName) folder"))
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

    static func fileExtension(_ name: String) -> String {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 ? String(parts[parts.count - 1]).lowercased() : ""
    }

    private func looksBinary(_ path: String) -> Bool {
        if let size = fileSystem.fileSize(path), size > ContentReader.maxFileBytes { return true }
        guard let data = try? fileSystem.readData(path) else { return false }
        return ContentReader.isBinary(data)
    }

    /// NUL bytes, or many control characters or invalid UTF-8 sequences near the start: text
    /// editors never write those, pictures, archives and office files always do.
    public static func isBinary(_ data: Data) -> Bool {
        if data.contains(0) { return true }
        let head = data.prefix(8192)
        guard !head.isEmpty else { return false }
        var odd = 0, total = 0
        for scalar in String(decoding: head, as: UTF8.self).unicodeScalars {
            total += 1
            if scalar == "\u{FFFD}" || (scalar.value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value)) || scalar.value == 0x7F {
                odd += 1
            }
        }
        return total > 0 && odd * 10 > total // more than 10% unreadable
    }

    public func read(_ path: String) -> (SourceFile?, [Diagnostic]) {
        let here = SourceLocation(file: path)
        if let size = fileSystem.fileSize(path), size > ContentReader.maxFileBytes {
            return (nil, [.error(here, ContentReader.tooLarge(size))])
        }
        let data: Data
        do { data = try fileSystem.readData(path) } catch {
            return (nil, [.error(here, "cannot read file: \(ContentReader.reason(error)); check that it exists, is a regular file and is readable")])
        }
        if data.count > ContentReader.maxFileBytes { return (nil, [.error(here, ContentReader.tooLarge(data.count))]) }
        if ContentReader.isBinary(data) {
            return (nil, [.error(here, "binary file (NUL bytes or mostly unreadable bytes), not text; remove it or convert it to UTF-8 text")])
        }
        if let s = String(data: data, encoding: .utf8) { return (SourceFile(path: path, text: s), []) }
        let repaired = String(decoding: data, as: UTF8.self)
        let line = repaired.prefix(while: { $0 != "\u{FFFD}" }).filter { $0 == "\n" || $0 == "\r\n" }.count + 1
        return (SourceFile(path: path, text: repaired),
                [.warning(SourceLocation(file: path, line: line), "invalid UTF-8; bad bytes were replaced with U+FFFD — re-save the file as UTF-8")])
    }

    static func tooLarge(_ bytes: Int) -> String {
        "file is too large (\(bytes) bytes; the limit is \(maxFileBytes / (1024 * 1024)) MB); split it or remove it"
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let d = ns.userInfo[NSLocalizedDescriptionKey] as? String, !d.isEmpty { return d }
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return under.localizedDescription }
        return ns.localizedDescription
    }

    /// Reads every reviewed incident file under `folder` (`Content/incidents`); a missing folder is fine.
    public func reviewedIncidents(in folder: String) -> ([ReviewedIncident], [Diagnostic]) {
        guard fileSystem.directoryExists(folder) else { return ([], []) }
        let (paths, listDiags) = filePaths([folder], extensions: ["md", "markdown"], what: "a reviewed incident (.md)", folderName: "incidents")
        var diags = listDiags
        var reviewed: [ReviewedIncident] = []
        for path in paths {
            let (file, readDiags) = read(path)
            diags += readDiags
            guard let file else { continue }
            let (r, parseDiags) = ReviewedIncidentFile.parse(file)
            diags += parseDiags
            if let r { reviewed.append(r) }
        }
        return (reviewed, diags)
    }

    /// Every article under `folder` read in path order, with all problems found on the way.
    /// Reads on up to `workers` threads; results keep path order.
    public func articles(in folder: String, workers: Int = Parallel.defaultWorkers) -> ([SourceFile], [Diagnostic]) {
        guard fileSystem.directoryExists(folder) else {
            return ([], [.error(SourceLocation(file: folder), "articles folder not found; put the news reports (.md or .txt) in it")])
        }
        let (paths, listDiags) = articlePaths([folder])
        var diags = listDiags
        var files: [SourceFile] = []
        for (file, d) in Parallel.map(paths, workers: workers, read) {
            diags += d
            if let file { files.append(file) }
        }
        return (files, diags)
    }
}
