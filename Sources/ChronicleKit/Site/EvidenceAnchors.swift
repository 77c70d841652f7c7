/// Where each evidence sentence sits in its article, and the anchor (`ev-<n>`) it gets there.
/// Computed once for the whole corpus so the article page (which marks the sentence) and the
/// incident page (which links to it) agree; a sentence that cannot be found gets no anchor,
/// and the incident page then links to the article without a fragment.
public struct EvidenceAnchors: Sendable {
    /// One marked span: paragraph index, UTF-8 offsets in that paragraph, anchor number.
    public struct Span: Hashable, Sendable {
        public var paragraph: Int
        public var start: Int
        public var end: Int
        public var number: Int
        public var anchor: String { "ev-\(number)" }
    }

    /// Per article id, spans in reading order (non-overlapping).
    public private(set) var spans: [String: [Span]] = [:]
    private var lookup: [String: [String: Int]] = [:]

    public init(corpus: Corpus) {
        let articles = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var wanted: [String: [String]] = [:]
        for inc in corpus.incidents {
            for s in inc.sources where articles[s.article] != nil && !s.evidence.isEmpty {
                if !(wanted[s.article]?.contains(s.evidence) ?? false) { wanted[s.article, default: []].append(s.evidence) }
            }
        }
        for articleID in wanted.keys.sorted() {
            guard let article = articles[articleID], let sentences = wanted[articleID] else { continue }
            var found: [(evidence: String, paragraph: Int, start: Int, end: Int)] = []
            for sentence in sentences {
                guard let hit = EvidenceAnchors.locate(sentence, in: article.paragraphs) else { continue }
                found.append((sentence, hit.0, hit.1, hit.2))
            }
            found.sort { ($0.paragraph, $0.start, $1.end) < ($1.paragraph, $1.start, $0.end) }
            var placed: [Span] = []
            var map: [String: Int] = [:]
            for f in found {
                if let overlap = placed.first(where: { $0.paragraph == f.paragraph && $0.start < f.end && f.start < $0.end }) {
                    map[f.evidence] = overlap.number
                    continue
                }
                let span = Span(paragraph: f.paragraph, start: f.start, end: f.end, number: placed.count + 1)
                placed.append(span)
                map[f.evidence] = span.number
            }
            if !placed.isEmpty {
                spans[articleID] = placed
                lookup[articleID] = map
            }
        }
    }

    /// `ev-<n>` for a source's evidence sentence, or nil when it is not in the article's text.
    public func anchor(article: String, evidence: String) -> String? {
        lookup[article]?[evidence].map { "ev-\($0)" }
    }

    /// Finds a sentence verbatim (then with its surrounding whitespace and quotes trimmed) in one paragraph.
    static func locate(_ sentence: String, in paragraphs: [String]) -> (Int, Int, Int)? {
        let candidates = [sentence, sentence.trimmingCharacters(in: .whitespacesAndNewlines),
                          sentence.trimmingCharacters(in: CharacterSet(charactersIn: " \n\t\"“”'‘’"))]
        for candidate in candidates where !candidate.isEmpty {
            for (i, p) in paragraphs.enumerated() {
                if let r = p.range(of: candidate) {
                    let start = p.utf8.distance(from: p.startIndex, to: r.lowerBound)
                    let end = p.utf8.distance(from: p.startIndex, to: r.upperBound)
                    return (i, start, end)
                }
            }
        }
        return nil
    }
}

import Foundation
