import Foundation

/// The body of a report with site furniture removed, and what the cleaner learnt on the way.
public struct CleanedBody: Hashable, Sendable {
    /// Headline found in the text (first line of a raw report), or made from the lead when none exists.
    public var headline: String?
    /// "ERBIL, Kurdistan Region", "BAGHDAD": kept as metadata, removed from the first paragraph.
    public var dateline: String?
    public var paragraphs: [String]
    /// What was dropped: navigation, captions, section labels, comment furniture, repeated blocks.
    public var removed: [String]
    /// True when `headline` was made from the lead sentence (the text had none).
    public var headlineFromLead: Bool

    public init(headline: String? = nil, dateline: String? = nil, paragraphs: [String], removed: [String] = [],
                headlineFromLead: Bool = false) {
        self.headline = headline
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.removed = removed
        self.headlineFromLead = headlineFromLead
    }
}

/// Turns a raw or Markdown report body into clean paragraphs: drops page furniture, captions,
/// section labels and repeated blocks, finds the headline and the dateline.
public enum TextCleaner {
    /// - Parameters:
    ///   - body: the text after any front matter.
    ///   - hasTitle: true when front matter gives the title, so the first line is body, not headline.
    public static func clean(_ body: String, hasTitle: Bool) -> CleanedBody {
        var paras = paragraphs(of: body, markdown: hasTitle)
        var removed: [String] = []

        // Repeated blocks: a paragraph seen before (same words) is a scraping artefact.
        var seen = Set<String>()
        paras = paras.filter { p in
            let key = normalized(p)
            guard key.split(separator: " ").count >= 4 else { return true }
            if seen.contains(key) { removed.append(p); return false }
            seen.insert(key)
            return true
        }

        // Trailing furniture: navigation / related / comments blocks run to the end of the page.
        if let cut = paras.indices.first(where: { i in i > 0 && Boilerplate.tailMarker.test(plain(paras[i]) as NSString) && i >= paras.count / 3 }) {
            removed += paras[cut...]
            paras.removeSubrange(cut...)
        }

        // Line-level furniture, captions and stamps anywhere.
        var kept: [String] = []
        var skipNextShort = false
        for p in paras {
            let line = plain(p)
            if skipNextShort, line.split(separator: " ").count <= 16, !line.hasSuffix(".") {
                removed.append(p); skipNextShort = false; continue
            }
            skipNextShort = false
            if Boilerplate.tailMarker.test(line as NSString) {
                removed.append(p)
                skipNextShort = line.lowercased().hasPrefix("previous") || line.lowercased().hasPrefix("next")
                continue
            }
            if Boilerplate.isFurniture(line) || Boilerplate.isStamp(line) || Boilerplate.isCaption(line) {
                removed.append(p); continue
            }
            kept.append(p)
        }
        paras = kept

        // A section label ("Iraq") on the first line is never the headline.
        if paras.count >= 2, Boilerplate.isSectionLabel(plain(paras[0])) {
            removed.append(paras.removeFirst())
        }

        var headline: String? = nil
        if !hasTitle, let first = paras.first, looksLikeHeadline(plain(first)), paras.count >= 2 {
            headline = plain(first)
            paras.removeFirst()
        }

        var dateline: String? = nil
        if let first = paras.first, let split = Dateline.split(first) {
            dateline = split.dateline
            paras[0] = split.rest
        }

        var fromLead = false
        if !hasTitle, headline == nil, let first = paras.first {
            headline = headlineFromLead(plain(first))
            fromLead = headline != nil
        }
        return CleanedBody(headline: headline, dateline: dateline, paragraphs: paras, removed: removed, headlineFromLead: fromLead)
    }

    /// Splits on line breaks: each non-empty line is a paragraph (scraped text puts one paragraph per line),
    /// except that a line continuing a sentence (next line starts in lower case, or Markdown soft-wrapping)
    /// is joined to the previous one.
    static func paragraphs(of body: String, markdown: Bool) -> [String] {
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces) }
        var out: [String] = []
        var previousBlank = true
        for line in lines {
            if line.isEmpty { previousBlank = true; continue }
            if let last = out.last, !previousBlank, continues(last, with: line, markdown: markdown) {
                out[out.count - 1] = last + " " + line
            } else {
                out.append(line)
            }
            previousBlank = false
        }
        return out
    }

    private static func continues(_ previous: String, with line: String, markdown: Bool) -> Bool {
        guard let first = line.first, let end = previous.last else { return false }
        let blockStart = line.hasPrefix("#") || line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("> ") || line.hasPrefix("|")
            || (first.isNumber && line.prefix(4).contains("."))
        if blockStart || previous.hasPrefix("#") { return false }
        if ".!?:\"”’)".contains(end) { return false }
        if first.isLowercase { return true }
        return markdown
    }

    /// Markdown markup removed for the cleaner's shape tests (the paragraphs themselves keep it).
    static func plain(_ s: String) -> String {
        var t = s
        while t.hasPrefix("#") || t.hasPrefix(">") { t.removeFirst() }
        t = t.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        return t.trimmingCharacters(in: .whitespaces)
    }

    static func normalized(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A headline is one short line that does not read like the report's first sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 3, words <= 30, line.count <= 220 else { return false }
        if Dateline.split(line) != nil { return false }
        if words > 22 && line.hasSuffix(".") { return false }
        return true
    }

    /// A title made from the lead: its first sentence, cut at a clause boundary or a word boundary.
    static func headlineFromLead(_ paragraph: String) -> String? {
        let sentence = SentenceSplitter.split(paragraph).first.map { (paragraph as NSString).substring(with: $0) } ?? paragraph
        var s = sentence.trimmingCharacters(in: .whitespaces)
        if s.hasSuffix(".") { s.removeLast() }
        guard s.count >= 12 else { return nil }
        let limit = 110
        if s.count <= limit { return s }
        let ns = s as NSString
        // Prefer a clause boundary between 45 and `limit` characters.
        var best: Int? = nil
        for sep in [", saying", ", according", " – ", " — ", "; ", ", "] {
            var search = NSRange(location: 0, length: ns.length)
            while true {
                let r = ns.range(of: sep, options: [], range: search)
                if r.location == NSNotFound || r.location > limit { break }
                if r.location >= 45 { best = max(best ?? 0, r.location) }
                search = NSRange(location: r.location + r.length, length: ns.length - r.location - r.length)
            }
            if best != nil { break }
        }
        if let b = best { return ns.substring(to: b) }
        // Else cut at the last word boundary before the limit.
        let prefix = ns.substring(to: min(limit, ns.length))
        if let space = prefix.lastIndex(of: " ") { return String(prefix[..<space]) + "…" }
        return prefix + "…"
    }
}
