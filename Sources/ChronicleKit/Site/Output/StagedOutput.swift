import Foundation

/// Writes the site into a staging folder beside the output folder and swaps it in only when
/// the build is complete, so a failed or killed build leaves the previous site intact.
/// STUB (the safety work adds the marker, refusal rules, renameat2 exchange and mtime keeping).
public final class StagedOutput: OutputSink, @unchecked Sendable {
    public let outputDir: String
    public let stagingDir: String

    /// Validates the output folder against the content and templates folders and creates the staging folder.
    public init(outputDir: String, contentDir: String, templatesDir: String, force: Bool) throws {
        self.outputDir = outputDir
        let parent = (outputDir as NSString).deletingLastPathComponent
        let name = (outputDir as NSString).lastPathComponent
        self.stagingDir = ((parent.isEmpty ? "." : parent) as NSString).appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(atPath: stagingDir)
        try FileManager.default.createDirectory(atPath: stagingDir, withIntermediateDirectories: true)
    }

    public func write(_ path: String, _ bytes: Data) throws {
        let full = (stagingDir as NSString).appendingPathComponent(path)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try bytes.write(to: URL(fileURLWithPath: full))
    }

    /// Swaps the staged site in place of the output folder.
    public func commit() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: outputDir) { try fm.removeItem(atPath: outputDir) }
        try fm.moveItem(atPath: stagingDir, toPath: outputDir)
    }

    /// Removes the staging folder after a failed build; the output folder is untouched.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: stagingDir)
    }
}
