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
