/// Writes a YAML front-matter block with a fixed key order, quoting every value that YAML could
/// read as something else (numbers, booleans, null, values with `:` or `#`, leading symbols).
public struct FrontMatterWriter {
    private var lines: [String] = []

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        lines.append("\(key): " + (value.map(FrontMatterWriter.quote) ?? "null"))
    }

    public mutating func add(_ key: String, _ value: Int?) {
        lines.append("\(key): " + (value.map(String.init) ?? "null"))
    }

    public mutating func add(_ key: String, _ value: Double?) {
        lines.append("\(key): " + (value.map { "\($0)" } ?? "null"))
    }

    public mutating func add(_ key: String, list: [String]) {
        lines.append("\(key): [" + list.map(FrontMatterWriter.quote).joined(separator: ", ") + "]")
    }

    public var text: String { "---\n" + lines.joined(separator: "\n") + "\n---\n" }

    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]

    /// Plain when unambiguous, else a double-quoted YAML string.
    public static func quote(_ s: String) -> String {
        let safeFirst = s.first.map { $0.isLetter || $0.isNumber } ?? false
        let plainOK = safeFirst && !reserved.contains(s.lowercased()) && Double(s) == nil && Int(s) == nil
            && s.allSatisfy { $0.isLetter || $0.isNumber || " .-_/()'’,".contains($0) }
            && !s.hasSuffix(" ") && !s.contains(": ") && !s.contains(" #")
        if plainOK && !isDateLike(s) { return s }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// `2024-03-01` is plain-safe YAML only as a timestamp; keep days as strings for round trips.
    static func isDateLike(_ s: String) -> Bool { s.first?.isNumber == true && s.contains("-") }
}
