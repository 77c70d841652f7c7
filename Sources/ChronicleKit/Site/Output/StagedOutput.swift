import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Linux `renameat2(2)`; Glibc has it since 2.28 but Swift's Glibc module does not export it.
@_silgen_name("renameat2")
private func c_renameat2(_ olddirfd: Int32, _ oldpath: UnsafePointer<CChar>, _ newdirfd: Int32,
                         _ newpath: UnsafePointer<CChar>, _ flags: UInt32) -> Int32

/// Writes the site into a staging folder beside the output folder and swaps it in only when
/// the build is complete, so a failed or killed build leaves the previous site intact.
///
/// - The staging folder is `.<name>.staging-<pid>` in the output's parent (same file system,
///   so the swap is a rename). `commit()` exchanges it with the output in one `renameat2(…,
///   RENAME_EXCHANGE)` step, then deletes the old tree, which is then at the staging path. A
///   build killed before that leaves a stale staging folder; the next build removes it.
/// - The output folder holds a marker file (`.chronicle-site`); a folder with files but no
///   marker is not replaced without `force`, and the content, templates, home, current or root
///   folder never are, whatever `force` says.
/// - A file whose bytes equal the previous site's file is hard-linked from it (or copied with
///   its modification time), so unchanged pages keep their mtime through the swap.
public final class StagedOutput: OutputSink, @unchecked Sendable {
    public static let markerName = ".chronicle-site"
    public static let markerText = "This folder is made by `chronicle build` and replaced on every build; edit Content/ and Templates/ instead.\n"

    public let outputDir: String
    public let stagingDir: String
    private let lock = NSLock()
    private var finished = false

    /// Validates the output folder against the content and templates folders, removes stale
    /// staging folders of killed builds and creates this build's staging folder.
    public init(outputDir: String, contentDir: String, templatesDir: String, force: Bool) throws {
        let out = StagedOutput.resolve(outputDir)
        let here = SourceLocation(file: outputDir)
        func refuse(_ why: String) -> BuildFailure { BuildFailure([.error(here, why)]) }

        var forbidden: [(String, String)] = [("/", "the root folder"), (StagedOutput.resolve(FileManager.default.currentDirectoryPath), "the current folder")]
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { forbidden.append((StagedOutput.resolve(home), "your home folder")) }
        for (path, name) in forbidden where out == path {
            throw refuse("refusing to use \(name) as the output folder; choose a dedicated folder such as Site")
        }
        for (dir, name) in [(contentDir, "content"), (templatesDir, "templates")] {
            let d = StagedOutput.resolve(dir)
            if out == d || StagedOutput.isInside(out, d) || StagedOutput.isInside(d, out) {
                throw refuse("the output folder \(out == d ? "is" : StagedOutput.isInside(out, d) ? "lies inside" : "contains") the \(name) folder (\(dir)); building would overwrite your \(name) — choose another output folder")
            }
        }

        var st = stat()
        if lstat(outputDir, &st) == 0 {
            let kind = st.st_mode & S_IFMT
            if kind == S_IFLNK {
                throw refuse("the output folder is a symlink; chronicle replaces the folder itself, so point --output at a real folder")
            }
            if kind != S_IFDIR {
                throw refuse("the output path exists and is not a folder; move it away or choose another --output")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: outputDir)) ?? []
            if !entries.isEmpty, !entries.contains(StagedOutput.markerName), !force {
                throw refuse("the output folder holds files but was not made by chronicle (no \(StagedOutput.markerName) marker); nothing was deleted — move it away, choose another --output, or pass --force to replace it")
            }
        }

        self.outputDir = outputDir
        let parent = StagedOutput.parent(of: outputDir)
        let name = StagedOutput.lastComponent(of: outputDir)
        self.stagingDir = StagedOutput.join(parent, ".\(name).staging-\(getpid())")
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            StagedOutput.removeStale(parent: parent, name: name)
            if !TreeOps.removeTree(stagingDir) { try FileManager.default.removeItem(atPath: stagingDir) }
            try FileManager.default.createDirectory(atPath: stagingDir, withIntermediateDirectories: false)
            try Data(StagedOutput.markerText.utf8).write(to: URL(fileURLWithPath: StagedOutput.join(stagingDir, StagedOutput.markerName)))
        } catch {
            throw refuse("cannot create the staging folder \(stagingDir): \(error.localizedDescription)")
        }
    }

    public func write(_ path: String, _ bytes: Data) throws {
        let parts = try SafePath.components(path)
        let rel = parts.joined(separator: "/")
        let full = stagingDir + "/" + rel
        if parts.count > 1 { try makeFolders(stagingDir + "/" + parts.dropLast().joined(separator: "/")) }
        // Never write through a file that may be hard-linked into the previous site.
        unlink(full)
        let previous = outputDir + "/" + rel
        if StagedOutput.regularFile(previous, hasBytes: bytes) {
            if link(previous, full) == 0 { return }
            try TreeOps.writeFile(full, bytes)
            StagedOutput.copyModificationTime(from: previous, to: full)
            return
        }
        try TreeOps.writeFile(full, bytes)
    }

    /// Swaps the staged site in place of the output folder, then deletes the previous site.
    public func commit() throws {
        lock.lock(); defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        var st = stat()
        if lstat(outputDir, &st) != 0 {
            guard rename(stagingDir, outputDir) == 0 else { throw swapFailure() }
            return
        }
        if c_renameat2(AT_FDCWD, stagingDir, AT_FDCWD, outputDir, 2 /* RENAME_EXCHANGE */) == 0 {
            TreeOps.removeTree(stagingDir) // now the previous site
            return
        }
        // File systems without RENAME_EXCHANGE: two renames, with the old site kept until the second succeeds.
        let old = stagingDir + ".old"
        guard rename(outputDir, old) == 0 else { throw swapFailure() }
        guard rename(stagingDir, outputDir) == 0 else {
            let failure = swapFailure()
            _ = rename(old, outputDir)
            throw failure
        }
        TreeOps.removeTree(old)
    }

    /// Removes the staging folder after a failed build; the output folder is untouched.
    public func abandon() {
        lock.lock(); defer { lock.unlock() }
        guard !finished else { return }
        finished = true
        TreeOps.removeTree(stagingDir)
    }

    private func swapFailure() -> BuildFailure {
        let why = String(cString: strerror(errno))
        TreeOps.removeTree(stagingDir)
        return BuildFailure([.error(SourceLocation(file: outputDir), "cannot swap the new site into place: \(why); the previous site is unchanged")])
    }

    private func makeFolders(_ path: String) throws { try TreeOps.makeFolders(path) }

    // MARK: - Paths

    // Path helpers written out by hand: NSString's path methods crash on some short relative
    // paths in this Foundation (`("A" as NSString).deletingLastPathComponent` traps).

    /// `path` without trailing slashes, split into its non-empty components.
    static func components(_ path: String) -> [Substring] { path.split(separator: "/", omittingEmptySubsequences: true) }

    static func lastComponent(of path: String) -> String { components(path).last.map(String.init) ?? path }

    static func join(_ folder: String, _ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }

    /// Absolute path with `.` and `..` removed lexically (before symlinks are resolved).
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : join(FileManager.default.currentDirectoryPath, path)
        var out: [Substring] = []
        for c in components(full) {
            if c == "." { continue }
            if c == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(c)
        }
        return "/" + out.joined(separator: "/")
    }

    /// Absolute path with symlinks resolved; for a path that does not exist yet, its nearest
    /// existing ancestor is resolved and the rest appended.
    static func resolve(_ path: String) -> String {
        var head = components(absolute(path)).map(String.init)
        var tail: [String] = []
        while true {
            let candidate = "/" + head.joined(separator: "/")
            if let real = realpath(candidate, nil) {
                defer { free(real) }
                var out = String(cString: real)
                for t in tail.reversed() { out = join(out, t) }
                return out
            }
            guard let last = head.popLast() else { return absolute(path) }
            tail.append(last)
        }
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
    }

    static func parent(of path: String) -> String {
        let parts = components(path)
        if parts.count <= 1 { return path.hasPrefix("/") ? "/" : "." }
        return (path.hasPrefix("/") ? "/" : "") + parts.dropLast().joined(separator: "/")
    }

    /// Staging folders of this output left by builds that no longer run (killed, crashed);
    /// only folders that carry the marker (or are empty) are removed.
    static func removeStale(parent: String, name: String) {
        let prefix = ".\(name).staging-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries.sorted() where entry.hasPrefix(prefix) {
            let pidText = entry.dropFirst(prefix.count).prefix { $0.isNumber }
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) == 0 { continue } // still building
            let full = join(parent, entry)
            let inner = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            if inner.isEmpty || inner.contains(markerName) { TreeOps.removeTree(full) }
        }
    }

    static func regularFile(_ path: String, hasBytes bytes: Data) -> Bool {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        guard let old = FileManager.default.contents(atPath: path) else { return false }
        return old == bytes
    }

    static func copyModificationTime(from source: String, to target: String) {
        var st = stat()
        guard stat(source, &st) == 0 else { return }
        var times = [st.st_atim, st.st_mtim]
        _ = utimensat(AT_FDCWD, target, &times, 0)
    }
}
