import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Disk access behind a small protocol (as in Saga), so stages and tests run without the disk.
public protocol FileSystem: Sendable {
    /// Regular files below `folder`, recursively, as paths relative to it, sorted. Symlinks are not followed.
    func listFiles(in folder: String) throws -> [String]
    func readData(_ path: String) throws -> Data
    func fileExists(_ path: String) -> Bool
    func directoryExists(_ path: String) -> Bool
    /// Like `listFiles`, plus what was skipped and why (symlinked folders, broken or looping
    /// symlinks, sockets and pipes), so the caller can report it with the path.
    func listing(in folder: String) throws -> FolderListing
    /// Size in bytes of a regular file, when known without reading it (nil: unknown).
    func fileSize(_ path: String) -> Int?
}

/// A folder's regular files (relative paths, sorted) and the entries that were not listed.
public struct FolderListing: Sendable, Hashable {
    public var files: [String]
    public var problems: [ListingProblem]
    public init(files: [String], problems: [ListingProblem] = []) {
        self.files = files
        self.problems = problems
    }
}

/// An entry of a folder that could not be listed as a file; `isError` problems fail the build.
public struct ListingProblem: Sendable, Hashable {
    public var path: String
    public var message: String
    public var isError: Bool
    public init(path: String, message: String, isError: Bool) {
        self.path = path
        self.message = message
        self.isError = isError
    }
}

extension FileSystem {
    public func listing(in folder: String) throws -> FolderListing { FolderListing(files: try listFiles(in: folder)) }
    public func fileSize(_ path: String) -> Int? { nil }
}

/// The real disk.
public struct DiskFileSystem: FileSystem {
    public init() {}

    public func listFiles(in folder: String) throws -> [String] { try listing(in: folder).files }

    /// Walks with `lstat`, never following a symlinked folder, so a symlink loop cannot make the
    /// walk endless; symlinks to regular files are listed (reading follows them), broken or
    /// looping ones are reported. Pipes, sockets and devices are reported, never opened (reading a
    /// pipe would block the build forever).
    public func listing(in folder: String) throws -> FolderListing {
        var st = stat()
        guard stat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder])
        }
        var out = FolderListing(files: [])
        var visited = Set<[UInt64]>()
        walk(folder, relative: "", depth: 0, visited: &visited, into: &out)
        out.files.sort()
        out.problems.sort { $0.path < $1.path }
        return out
    }

    private static let maxDepth = 32

    private func walk(_ dir: String, relative: String, depth: Int, visited: inout Set<[UInt64]>, into out: inout FolderListing) {
        var dst = stat()
        if stat(dir, &dst) == 0 {
            let key = [UInt64(dst.st_dev), UInt64(dst.st_ino)]
            if visited.contains(key) { return }
            visited.insert(key)
        }
        guard depth <= DiskFileSystem.maxDepth else {
            out.problems.append(ListingProblem(path: relative, message: "folders nested more than \(DiskFileSystem.maxDepth) deep; not read", isError: true))
            return
        }
        guard let handle = opendir(dir) else {
            out.problems.append(ListingProblem(path: relative, message: "cannot open folder: \(String(cString: strerror(errno)))", isError: true))
            return
        }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        closedir(handle)
        for name in names.sorted() {
            let full = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var lst = stat()
            guard lstat(full, &lst) == 0 else {
                out.problems.append(ListingProblem(path: rel, message: "cannot inspect: \(String(cString: strerror(errno)))", isError: true))
                continue
            }
            switch lst.st_mode & S_IFMT {
            case S_IFDIR:
                walk(full, relative: rel, depth: depth + 1, visited: &visited, into: &out)
            case S_IFREG:
                out.files.append(rel)
            case S_IFLNK:
                var target = stat()
                if stat(full, &target) != 0 {
                    let why = errno == ELOOP ? "symlink loop" : "broken symlink (\(String(cString: strerror(errno))))"
                    out.problems.append(ListingProblem(path: rel, message: "\(why); remove it or point it at a file", isError: true))
                } else if (target.st_mode & S_IFMT) == S_IFREG {
                    out.files.append(rel)
                } else if (target.st_mode & S_IFMT) == S_IFDIR {
                    out.problems.append(ListingProblem(path: rel, message: "symlinked folder is not followed; copy or move its files here instead", isError: false))
                } else {
                    out.problems.append(ListingProblem(path: rel, message: "symlink to something that is not a regular file; remove it", isError: true))
                }
            default:
                out.problems.append(ListingProblem(path: rel, message: "not a regular file (pipe, socket or device); remove it", isError: true))
            }
        }
    }

    public func fileSize(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    /// Refuses anything but a regular file (following symlinks): opening a pipe would block.
    public func readData(_ path: String) throws -> Data {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw CocoaError(errno == ELOOP ? .fileReadUnknown : .fileReadNoSuchFile,
                             userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "not a regular file"])
        }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    public func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) != S_IFDIR
    }

    public func directoryExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
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

    public func fileSize(_ path: String) -> Int? { files[path]?.count }

    public func directoryExists(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }
}
