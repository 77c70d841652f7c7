import Foundation

/// Where the site's files go. The builder only ever writes through this, so tests collect
/// pages in memory and the CLI writes them to a staging folder that is swapped in at the end.
public protocol OutputSink: AnyObject, Sendable {
    /// `path` is relative to the site root, `/`-separated, already validated (no `..`, not absolute).
    func write(_ path: String, _ bytes: Data) throws
}

/// Collects the site in memory (tests, golden comparisons).
public final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Data] = [:]

    public init() {}

    public func write(_ path: String, _ bytes: Data) throws {
        lock.lock()
        storage[path] = bytes
        lock.unlock()
    }

    public var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    public func text(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }
}
