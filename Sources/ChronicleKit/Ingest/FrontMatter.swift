import Foundation
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
    /// Largest number of YAML nodes a front-matter block may expand to. Aliases share nodes, so a
    /// few lines of `&a [*b, *b, …]` can describe billions of values ("billion laughs"); the budget
    /// turns that into an error instead of a hang.
    public static let nodeBudget = 20_000
    /// Deepest nesting accepted, so a hostile `[[[[…]]]]` cannot exhaust the stack.
    public static let maxDepth = 64

    /// `\r\n` and lone `\r` become `\n`: Swift treats `\r\n` as one Character, so splitting on
    /// `\n` alone would miss every line break of a Windows file (and its front matter).
    public static func normalizeNewlines(_ text: String) -> String {
        // A byte test: Foundation's `contains` runs a locale-aware search (true exactly when a U+000D is present).
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Splits and parses; returns diagnostics instead of throwing so every problem of a run is reported.
    public static func split(_ rawText: String, path: String) -> (FrontMatterBlock, [Diagnostic]) {
        let text = normalizeNewlines(rawText)
        // Lines up to the closing fence only, split on "\n" bytes (after normalising, "\n" is always a character
        // of its own); the body is the rest of the text. Splitting the whole article into lines was a share of ingest.
        var lines = PrefixLines(text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            var body = text
            if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
            return (FrontMatterBlock(fields: [:], keyLines: [:], body: body, bodyStartLine: 1, hasFrontMatter: false), [])
        }
        guard let close = lines.closingFence() else {
            let d = Diagnostic.error(SourceLocation(file: path, line: 1, column: 1),
                                     "front matter opened with '---' is never closed; add a line '---' after the last field")
            return (FrontMatterBlock(fields: [:], keyLines: [:], body: "", bodyStartLine: lines.count + 1, hasFrontMatter: true), [d])
        }
        let yamlText = lines[1..<close].joined(separator: "\n")
        let body = lines.rest(after: close)
        var block = FrontMatterBlock(fields: [:], keyLines: [:], body: body, bodyStartLine: close + 2, hasFrontMatter: true)
        do {
            // Yams' marks are 1-based within the YAML text, which starts on file line 2: file line = mark.line + 1.
            let node = try Yams.compose(yaml: yamlText)
            switch node {
            case nil:
                break
            case .some(.mapping(let mapping)):
                var budget = nodeBudget
                for (k, v) in mapping {
                    guard let key = k.string else { continue }
                    if block.fields[key] != nil { continue } // first wins; Yams reports duplicates itself
                    guard let value = convert(v, budget: &budget, depth: 0) else {
                        return (block, [.error(SourceLocation(file: path, line: k.mark.map { $0.line + 1 }, column: 1),
                                               "front matter value of '\(key)' is nested too deeply or expands to too many values (more than \(nodeBudget)); simplify it")])
                    }
                    block.fields[key] = value
                    block.keyLines[key] = k.mark.map { $0.line + 1 }
                }
            case .some(let other):
                let line = (other.mark?.line ?? 1) + 1
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

    /// Converts with a node budget and depth limit; nil when either runs out.
    static func convert(_ node: Node, budget: inout Int, depth: Int) -> YAMLValue? {
        budget -= 1
        if budget < 0 || depth > maxDepth { return nil }
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                if node.null != nil { return .null }
                if let b = node.bool { return .bool(b) }
                if node.int != nil || node.float != nil { return .number(s.string) }
            }
            return .string(s.string)
        case .sequence(let seq):
            var out: [YAMLValue] = []
            for item in seq {
                guard let v = convert(item, budget: &budget, depth: depth + 1) else { return nil }
                out.append(v)
            }
            return .list(out)
        case .mapping(let m):
            var out: [String: YAMLValue] = [:]
            for (k, v) in m {
                guard let key = k.string else { continue }
                guard let value = convert(v, budget: &budget, depth: depth + 1) else { return nil }
                if out[key] == nil { out[key] = value }
            }
            return .map(out)
        case .alias:
            return .null
        }
    }

    static func yamlDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        func located(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> Diagnostic {
            var what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            if let start = context?.mark, start.line != mark.line || start.column != mark.column {
                what += " (the construct starts at line \(start.line + 1), column \(start.column))"
            }
            return .error(SourceLocation(file: path, line: mark.line + 1, column: mark.column),
                          "malformed YAML front matter: \(what); check the quoting and indentation of this line")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return located(context, problem, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(SourceLocation(file: path, line: context.mark.line + 1, column: context.mark.column),
                          "front matter repeats the key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")); keep one")
        case .reader(let problem, _, _, _):
            return .error(SourceLocation(file: path, line: 2), "front matter cannot be read as YAML: \(problem); remove control characters")
        default:
            return .error(SourceLocation(file: path, line: 2), "malformed YAML front matter: \(error)")
        }
    }
}

/// The lines of a text read on demand from the start (split at "\n" bytes), for the front-matter fence search.
struct PrefixLines {
    let text: String
    /// Lines read so far; `ends[i]` is the index of the "\n" ending line i (or the text's end).
    private(set) var lines: [Substring] = []
    private var ends: [String.Index] = []
    private var next: String.Index?

    init(_ text: String) {
        self.text = text
        next = text.startIndex
        _ = read()
    }

    var first: Substring? { lines.first }

    subscript(i: Int) -> Substring {
        get { lines[i] }
        set { lines[i] = newValue }
    }

    subscript(r: Range<Int>) -> ArraySlice<Substring> { lines[r] }

    /// Reads one more line; false at the end of the text.
    private mutating func read() -> Bool {
        guard let start = next else { return false }
        let u = text.utf8
        var i = start
        while i != u.endIndex && u[i] != 10 { i = u.index(after: i) }
        lines.append(text[start..<i])
        ends.append(i)
        next = i == u.endIndex ? nil : u.index(after: i)
        return true
    }

    /// The first line after the opening one that is "---" or "..." (spaces aside).
    mutating func closingFence() -> Int? {
        var k = 1
        while true {
            while k >= lines.count { guard read() else { return nil } }
            let t = lines[k].trimmingCharacters(in: .whitespaces)
            if t == "---" || t == "..." { return k }
            k += 1
        }
    }

    /// Every line of the text (reads the rest).
    var count: Int { mutating get { while read() {}; return lines.count } }

    /// The text after line `k` and its line break ("" when line `k` is the last).
    func rest(after k: Int) -> String {
        let end = ends[k]
        guard end != text.utf8.endIndex else { return "" }
        return String(text[text.utf8.index(after: end)...])
    }
}
