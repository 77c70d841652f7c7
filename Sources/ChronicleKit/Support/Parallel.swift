import Foundation

/// Order-preserving parallel map: work runs on up to `workers` threads, results come back in
/// input order, so output bytes never depend on scheduling.
public enum Parallel {
    /// Worker count: `CHRONICLE_THREADS` when set (1 = serial), else the machine's core count.
    public static var defaultWorkers: Int {
        if let s = ProcessInfo.processInfo.environment["CHRONICLE_THREADS"], let n = Int(s), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    public static func map<T, R>(_ items: [T], workers: Int = Parallel.defaultWorkers, _ transform: (T) -> R) -> [R] {
        if workers <= 1 || items.count < 2 { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        let lock = NSLock()
        let chunks = min(items.count, workers * 4)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var local: [(Int, R)] = []
                var i = chunk
                while i < items.count {
                    local.append((i, transform(items[i])))
                    i += chunks
                }
                lock.lock()
                for (j, r) in local { results[j] = r }
                lock.unlock()
            }
        }
        return results.map { $0! }
    }
}
