/// A JSON value whose object keys keep the order they were given in: the incidents document's
/// field order is part of its readability, and Foundation's encoder sorts or shuffles keys.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.render() == b.render() }

    public static func str(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    public static func num(_ i: Int?) -> JSON { i.map(JSON.int) ?? .null }
    public static func num(_ d: Double?) -> JSON { d.map(JSON.double) ?? .null }

    /// Pretty-printed with two-space indents and a trailing newline-free body.
    public func render(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent, pretty: true)
        return out
    }

    public func renderCompact() -> String {
        var out = ""
        write(into: &out, indent: 0, pretty: false)
        return out
    }

    private func write(into out: inout String, indent: Int, pretty: Bool) {
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        let nl = pretty ? "\n" : ""
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite {
                if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) } else { out += "\(d)" }
            } else { out += "null" }
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + nl
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1, pretty: pretty)
                if i < items.count - 1 { out += "," }
                out += nl
            }
            out += closePad + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{" + nl
            for (i, (k, v)) in fields.enumerated() {
                out += pad
                JSON.escape(k, into: &out)
                out += pretty ? ": " : ":"
                v.write(into: &out, indent: indent + 1, pretty: pretty)
                if i < fields.count - 1 { out += "," }
                out += nl
            }
            out += closePad + "}"
        }
    }

    /// Escapes quotes, backslashes, control characters, and `<`, `>`, `&`, U+2028/2029 so the
    /// output is also safe to inline in HTML.
    public static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
