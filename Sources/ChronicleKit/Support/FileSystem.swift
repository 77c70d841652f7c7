import Foundation

/// Disk access behind a small protocol (as in Saga), so stages and tests run without the disk.
public protocol FileSystem: Sendable {
    /// Regular files below `folder`, recursively, as paths relative to it, sorted. Symlinks are not followed.
    func listFiles(in folder: String) throws -> [String]
    func readData(_ path: String) throws -> Data
    func fileExists(_ path: String) -> Bool
    func directoryExists(_ path: String) -> Bool
}

/// The real disk.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func listFiles(in folder: String) throws -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: folder) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var files: [String] = []
        while let rel = walker.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(rel)
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                files.append(rel)
            }
        }
        return files.sorted()
    }

    public func readData(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    public func fileExists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    public func directoryExists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

/// Files held in memory, keyed by path: for tests and inline fixture sites.
public struct MemoryFileSystem: FileSystem {
    public var files: [String: Data]

    public init(files: [String: Data] = [:]) { self.files = files }

    public init(texts: [String: String]) {
        self.files = texts.mapValues { Data($0.utf8) }
    }

    public func listFiles(in folder: String) throws -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    public func readData(_ path: String) throws -> Data {
        guard let d = files[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        return d
    }

    public func fileExists(_ path: String) -> Bool { files[path] != nil }

    public func directoryExists(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }
}
