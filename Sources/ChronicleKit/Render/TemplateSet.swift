import Foundation
import Mustache

/// The user's Mustache templates, loaded from `Templates/` at run time (restyling needs no
/// recompiling) and checked before any page is rendered: Mustache renders a missing partial,
/// parent or variable as empty text, so every `{{>name}}` / `{{<name}}` reference is verified
/// here and reported with its file, line and column.
public struct TemplateSet: @unchecked Sendable {
    /// Page kinds the builder renders; each must exist as `<name>.mustache`.
    public static let required = ["base", "index", "timeline", "incident", "article", "articles",
                                  "actors", "actor", "locations", "location", "404"]

    public let library: MustacheLibrary
    public let names: [String]
    /// Static assets (path relative to `static/`, bytes), sorted by path.
    public let assets: [(String, Data)]

    /// Loads and checks every `*.mustache` under `folder`; all problems are returned together.
    public static func load(folder: String, fileSystem: FileSystem) -> (TemplateSet?, [Diagnostic]) {
        guard fileSystem.directoryExists(folder) else {
            return (nil, [.error(SourceLocation(file: folder), "templates folder not found; pass --templates PATH or copy the Templates/ folder shipped with chronicle next to Content/")])
        }
        let files: [String]
        do { files = try fileSystem.listFiles(in: folder) } catch {
            return (nil, [.error(SourceLocation(file: folder), "cannot list templates folder: \(error.localizedDescription)")])
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var sources: [(name: String, path: String, text: String)] = []
        var assets: [(String, Data)] = []
        var diags: [Diagnostic] = []
        for rel in files {
            let path = prefix + rel
            if rel.hasPrefix("static/") {
                if let d = try? fileSystem.readData(path) { assets.append((String(rel.dropFirst("static/".count)), d)) }
                else { diags.append(.error(SourceLocation(file: path), "cannot read static file")) }
                continue
            }
            guard rel.hasSuffix(".mustache") else { continue }
            do {
                let text = String(decoding: try fileSystem.readData(path), as: UTF8.self)
                sources.append((String(rel.dropLast(".mustache".count)), path, text))
            } catch {
                diags.append(.error(SourceLocation(file: path), "cannot read template: \(error.localizedDescription)"))
            }
        }
        var templates: [String: MustacheTemplate] = [:]
        for s in sources {
            do {
                templates[s.name] = try MustacheTemplate(string: s.text)
            } catch let e as MustacheTemplate.ParserError {
                diags.append(.error(SourceLocation(file: s.path, line: e.context.lineNumber, column: e.context.columnNumber),
                                    "template syntax error: \(describe(e.error))"))
            } catch {
                diags.append(.error(SourceLocation(file: s.path), "template syntax error: \(error)"))
            }
        }
        let known = Set(sources.map(\.name))
        for s in sources {
            for ref in references(in: s.text) where !known.contains(ref.name) {
                let what = ref.kind == ">" ? "partial" : "parent template"
                diags.append(.error(SourceLocation(file: s.path, line: ref.line, column: ref.column),
                                    "\(what) '\(ref.name)' does not exist; create \(prefix)\(ref.name).mustache or fix the name"))
            }
        }
        for name in required where !known.contains(name) {
            diags.append(.error(SourceLocation(file: prefix + name + ".mustache"),
                                "required template is missing; every page kind needs one (\(required.map { $0 + ".mustache" }.joined(separator: ", ")))"))
        }
        if diags.hasErrors { return (nil, diags.sorted()) }
        return (TemplateSet(library: MustacheLibrary(templates: templates), names: sources.map(\.name).sorted(),
                            assets: assets.sorted { $0.0 < $1.0 }), diags.sorted())
    }

    /// A `{{>name}}` or `{{<name}}` tag, with its 1-based position.
    public struct Reference: Hashable, Sendable {
        public var kind: Character
        public var name: String
        public var line: Int
        public var column: Int
    }

    /// Partial and parent references with the default delimiters (dynamic `{{>*name}}` ones are skipped).
    public static func references(in text: String) -> [Reference] {
        var out: [Reference] = []
        var line = 1, column = 1
        var i = text.startIndex
        while i < text.endIndex {
            if text[i...].hasPrefix("{{"), let kindIndex = text.index(i, offsetBy: 2, limitedBy: text.endIndex),
               kindIndex < text.endIndex, text[kindIndex] == ">" || text[kindIndex] == "<",
               let end = text[kindIndex...].range(of: "}}") {
                let name = text[text.index(after: kindIndex)..<end.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") {
                    out.append(Reference(kind: text[kindIndex], name: name, line: line, column: column))
                }
            }
            if text[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i = text.index(after: i)
        }
        return out
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "section closed with the wrong name (check {{/name}} matches {{#name}})"
        case MustacheTemplate.Error.unfinishedName: return "unfinished tag (missing '}}')"
        case MustacheTemplate.Error.expectedSectionEnd: return "section is never closed (add {{/name}})"
        case MustacheTemplate.Error.invalidSetDelimiter: return "malformed set-delimiter tag"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection, MustacheTemplate.Error.textInsideInheritSection:
            return "only {{$block}} overrides may appear inside {{<parent}}…{{/parent}}"
        default: return "\(error)"
        }
    }

    /// Renders a page template; a template that is not loaded renders nothing (load checked they exist).
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
