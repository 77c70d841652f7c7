/// Where each pair of adjacent bytes occurs in a folded text. A text that many keyword lists are asked about (a
/// sentence read by a hundred regex prefilters, most of their words absent) then answers a needle with a look-up of
/// its first two bytes instead of a pass over the whole text. Answers are those of the scan (`Folded` tests both).
final class BytePairIndex: Sendable {
    /// Hash buckets of byte pairs: a sentence has ~150 pairs, so a bucket holds about one.
    static let bucketCount = 512
    /// The first position of each bucket's pairs (-1 for none); `next[i]` is the next position after `i` whose pair
    /// falls in the same bucket (-1 after the last), so each chain runs in ascending order.
    private let heads: [Int32]
    private let next: [Int32]

    init(_ bytes: [UInt8]) {
        let m = bytes.count
        var heads = [Int32](repeating: -1, count: BytePairIndex.bucketCount)
        var next = [Int32](repeating: -1, count: max(0, m - 1))
        if m >= 2 {
            bytes.withUnsafeBufferPointer { b in
                heads.withUnsafeMutableBufferPointer { h in
                    next.withUnsafeMutableBufferPointer { nx in
                        // From the end, so each chain ends up ascending.
                        for i in stride(from: m - 2, through: 0, by: -1) {
                            let k = BytePairIndex.bucket(b[i], b[i + 1])
                            nx[i] = h[k]
                            h[k] = Int32(i)
                        }
                    }
                }
            }
        }
        self.heads = heads
        self.next = next
    }

    @inline(__always) static func bucket(_ a: UInt8, _ b: UInt8) -> Int {
        Int(truncatingIfNeeded: ((UInt32(a) << 8 | UInt32(b)) &* 0x9E37_79B1) >> 23)
    }

    /// The chains as `BytePairIndex.first` walks them (bucket heads, then `next`), for callers that hash their needles once.
    @inline(__always) func withChains<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> R) -> R {
        heads.withUnsafeBufferPointer { h in next.withUnsafeBufferPointer { nx in body(h, nx) } }
    }

    /// The first position `p` in `lo..<limit` where `needle` (two bytes or more) occurs wholly inside `bytes[lo..<hi]`.
    func first(_ needle: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int, before limit: Int) -> Int? {
        let n = needle.count
        var p = Int(heads[BytePairIndex.bucket(needle[0], needle[1])])
        return next.withUnsafeBufferPointer { nx -> Int? in
            while p >= 0 && p < limit && p + n <= hi {
                if p >= lo {
                    var j = 0
                    while j < n && b[p + j] == needle[j] { j += 1 }
                    if j == n { return p }
                }
                p = Int(nx[p])
            }
            return nil
        }
    }
}
