/// The body of a report with site furniture removed, and what the cleaner learnt on the way.
public struct CleanedBody: Hashable, Sendable {
    /// Headline found in the text (first line of a raw report), or made from the lead when none exists.
    public var headline: String?
    /// "ERBIL, Kurdistan Region", "BAGHDAD (AP)": kept as metadata, removed from the first paragraph.
    public var dateline: String?
    public var paragraphs: [String]
    /// What was dropped: navigation, captions, section labels, comment furniture, repeated blocks.
    public var removed: [String]

    public init(headline: String? = nil, dateline: String? = nil, paragraphs: [String], removed: [String] = []) {
        self.headline = headline
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.removed = removed
    }
}

/// Turns a raw or Markdown report body into clean paragraphs.
/// STUB (to be replaced by the extraction work): splits on blank lines / newlines only.
public enum TextCleaner {
    /// - Parameters:
    ///   - body: the text after any front matter.
    ///   - hasTitle: true when front matter gives the title, so the first line is body, not headline.
    public static func clean(_ body: String, hasTitle: Bool) -> CleanedBody {
        var paras = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var headline: String? = nil
        if !hasTitle, !paras.isEmpty { headline = paras.removeFirst() }
        return CleanedBody(headline: headline, paragraphs: paras)
    }
}
