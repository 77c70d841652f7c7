import Yams

/// Splits a `---` YAML block off the top of a document and parses it with Yams.
/// Errors carry the file line and column of the YAML problem.
public struct FrontMatterBlock: Sendable {
    /// The parsed mapping (empty when there is no front matter).
    public var fields: [String: YAMLValue]
    /// Line (1-based) of each top-level key, for messages about a field's value.
    public var keyLines: [String: Int]
    /// The text after the closing `---`.
    public var body: String
    /// File line where `body` starts.
    public var bodyStartLine: Int
    public var hasFrontMatter: Bool
}

/// A YAML value reduced to what front matter needs, so stages don't depend on Yams' types.
public indirect enum YAMLValue: Hashable, Sendable {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case list([YAMLValue])
    case map([String: YAMLValue])

    public var stringValue: String? {
        switch self {
        case .string(let s), .number(let s): return s
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}

public enum FrontMatter {
    /// Splits and parses; returns diagnostics instead of throwing so every problem of a run is reported.
    public static func split(_ text: String, path: String) -> (FrontMatterBlock, [Diagnostic]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return (FrontMatterBlock(fields: [:], keyLines: [:], body: text, bodyStartLine: 1, hasFrontMatter: false), [])
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0.trimmingCharacters(in: .whitespaces) == "..." }) else {
            let d = Diagnostic.error(SourceLocation(file: path, line: 1, column: 1),
                                     "front matter opened with '---' is never closed; add a line '---' after the last field")
            return (FrontMatterBlock(fields: [:], keyLines: [:], body: "", bodyStartLine: lines.count + 1, hasFrontMatter: true), [d])
        }
        let yamlText = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        var block = FrontMatterBlock(fields: [:], keyLines: [:], body: body, bodyStartLine: close + 2, hasFrontMatter: true)
        do {
            let node = try Yams.compose(yaml: yamlText)
            switch node {
            case nil:
                break
            case .some(.mapping(let mapping)):
                for (k, v) in mapping {
                    guard let key = k.string else { continue }
                    block.fields[key] = convert(v)
                    block.keyLines[key] = k.mark.map { $0.line + 1 } // +1 for the opening '---'
                }
            case .some(let other):
                let line = (other.mark?.line ?? 0) + 1
                return (block, [.error(SourceLocation(file: path, line: line, column: 1),
                                       "front matter must be a mapping of 'key: value' lines")])
            }
        } catch let error as YamlError {
            return (block, [yamlDiagnostic(error, path: path)])
        } catch {
            return (block, [.error(SourceLocation(file: path, line: 2), "front matter is not valid YAML: \(error)")])
        }
        return (block, [])
    }

    static func convert(_ node: Node) -> YAMLValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                if node.null != nil { return .null }
                if let b = node.bool { return .bool(b) }
                if node.int != nil || node.float != nil { return .number(s.string) }
            }
            return .string(s.string)
        case .sequence(let seq):
            return .list(seq.map(convert))
        case .mapping(let m):
            var out: [String: YAMLValue] = [:]
            for (k, v) in m { if let key = k.string { out[key] = convert(v) } }
            return .map(out)
        case .alias:
            return .null
        }
    }

    static func yamlDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .error(SourceLocation(file: path, line: mark.line + 1, column: mark.column),
                          "malformed YAML front matter: \(what); check the quoting and indentation of this line")
        default:
            return .error(SourceLocation(file: path, line: 2), "malformed YAML front matter: \(error)")
        }
    }
}
