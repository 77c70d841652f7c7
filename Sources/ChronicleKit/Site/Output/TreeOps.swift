#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Folder operations on the hot path of writing a site, done with plain syscalls: Foundation's
/// `createDirectory`/`removeItem` cost far more per call, which shows at thousands of pages.
enum TreeOps {
    /// `mkdir -p`: creates `path` and any missing parents (mode 0755).
    static func makeFolders(_ path: String) throws {
        var st = stat()
        if stat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: path])
        }
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
        }
        try makeFolders(String(path[..<slash]))
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Creates or truncates `path` and writes `bytes` (mode 0666 less the umask, as Foundation does). A plain
    /// open/write/close: `Data.write(to:)` cost several times more per file, which shows at thousands of pages.
    static func writeFile(_ path: String, _ bytes: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw writeError(path) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var p = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = write(fd, p, left)
                if n < 0 { if errno == EINTR { continue }; throw writeError(path) }
                p += n
                left -= n
            }
        }
    }

    private static func writeError(_ path: String) -> FileWriteError {
        FileWriteError(path: path, reason: String(cString: strerror(errno)))
    }

    /// `rm -rf` without following symlinks (a link inside the tree is removed, never its target).
    /// Returns false when something could not be removed.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        var st = stat()
        guard lstat(path, &st) == 0 else { return errno == ENOENT }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { return unlink(path) == 0 }
        var ok = true
        if let dir = opendir(path) {
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(dir)
            for name in names where !removeTree(path + "/" + name) { ok = false }
        } else {
            ok = false
        }
        return rmdir(path) == 0 && ok
    }
}

/// A file of the site could not be written: which one, and the system's reason ("No space left on device").
struct FileWriteError: LocalizedError {
    var path: String
    var reason: String
    var errorDescription: String? { "\(path): \(reason)" }
}
