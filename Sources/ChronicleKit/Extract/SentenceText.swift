import Foundation

extension NSString {
    /// `substring(with:)` with a fast route for ASCII stretches (news copy nearly always): on Linux
    /// `substring(with:)` decodes UTF-16 through the generic transcoder, a tenth of extraction time. The
    /// result is the same string; non-ASCII stretches (and bad ranges) still go through `substring(with:)`.
    func sub(_ range: NSRange) -> String {
        let n = range.length
        guard n > 0, range.location >= 0, range.location + n <= length else { return substring(with: range) }
        return withUnsafeTemporaryAllocation(of: unichar.self, capacity: n) { buf -> String in
            guard let base = buf.baseAddress else { return substring(with: range) }
            getCharacters(base, range: range)
            var ascii = true
            for u in buf where u >= 0x80 { ascii = false; break }
            guard ascii else { return substring(with: range) }
            return String(unsafeUninitializedCapacity: n) { out in
                for i in 0..<n { out[i] = UInt8(truncatingIfNeeded: buf[i]) }
                return n
            }
        }
    }
}
