import Foundation

/// Writes files into the user's content folder, the one place chronicle ever does so, under a
/// never-lose-work policy: an existing file is replaced only with `force`, and a file whose
/// front matter says `status: reviewed` (or `rejected`) is never replaced, even with `force`.
public struct ContentWriter {
    public enum Outcome: Equatable, Sendable {
        case written
        case keptExisting(reason: String)
    }

    public var fileSystem: FileSystem
    public var force: Bool

    public init(fileSystem: FileSystem = DiskFileSystem(), force: Bool) {
        self.fileSystem = fileSystem
        self.force = force
    }

    /// Decides whether `path` may be (re)written; pure, so the policy is testable without the disk.
    public func permission(for path: String) -> Outcome {
        guard fileSystem.fileExists(path) || fileSystem.directoryExists(path) else { return .written }
        if fileSystem.directoryExists(path) { return .keptExisting(reason: "a folder has this name") }
        if let data = try? fileSystem.readData(path) {
            let (block, _) = FrontMatter.split(String(decoding: data, as: UTF8.self), path: path)
            if let status = block.fields["status"]?.stringValue, status == "reviewed" || status == "rejected" {
                return .keptExisting(reason: "it is marked 'status: \(status)'; hand-reviewed files are never overwritten")
            }
        }
        return force ? .written : .keptExisting(reason: "it already exists; pass --force to replace an unreviewed draft")
    }

    /// Writes atomically (temporary file + rename) when permitted.
    public func write(_ text: String, to path: String) throws -> Outcome {
        let decision = permission(for: path)
        guard decision == .written else { return decision }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return .written
    }
}
