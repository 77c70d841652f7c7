import Foundation

/// Reads the typed article fields out of a front-matter block, reporting wrong types and unknown keys.
public enum ArticleFields {
    public static let knownKeys: Set<String> = ["title", "published", "outlet", "url", "tags", "date", "draft", "summary"]

    public static func read(_ block: FrontMatterBlock, path: String) -> (ArticleFrontMatter, [Diagnostic]) {
        var fm = ArticleFrontMatter(bodyStartLine: block.bodyStartLine)
        var diags: [Diagnostic] = []
        func loc(_ key: String) -> SourceLocation { SourceLocation(file: path, line: block.keyLines[key], column: 1) }

        for key in block.fields.keys.sorted() where !knownKeys.contains(key) {
            diags.append(.warning(loc(key), "unknown front-matter key '\(key)' is ignored; known keys: \(knownKeys.sorted().joined(separator: ", "))"))
        }
        func string(_ key: String) -> String? {
            guard let v = block.fields[key] else { return nil }
            switch v {
            case .null: return nil
            case .string(let s), .number(let s): return s
            default:
                diags.append(.error(loc(key), "'\(key)' must be a text value, not \(YAMLValue.kindName(v))"))
                return nil
            }
        }
        fm.title = string("title").flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        fm.outlet = string("outlet")
        if let url = string("url")?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty {
            // The URL becomes a link on the article page: only web addresses, never `javascript:` or `data:`.
            if isWebURL(url) {
                fm.url = url
            } else {
                diags.append(.warning(loc("url"), "'url' must start with http:// or https:// and contain no spaces; ignored"))
            }
        }
        let publishedKey = block.fields["published"] != nil ? "published" : "date"
        if let raw = string(publishedKey) {
            if let day = Day(iso: raw.trimmingCharacters(in: .whitespaces)) {
                fm.published = day
            } else {
                diags.append(.error(loc(publishedKey), "'\(publishedKey): \(raw)' is not a day; write it as YYYY-MM-DD, e.g. 2024-07-31"))
            }
        }
        if let tags = block.fields["tags"] {
            switch tags {
            case .list(let items): fm.tags = items.compactMap(\.stringValue)
            case .string(let s): fm.tags = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case .null: break
            default: diags.append(.error(loc("tags"), "'tags' must be a list, not \(YAMLValue.kindName(tags)), e.g. tags: [iraq, rockets]"))
            }
        }
        return (fm, diags)
    }

    static func isWebURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !s.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "`" }
    }
}
