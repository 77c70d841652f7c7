/// Marks evidence sentences in an article's HTML without touching HTML as text: markers from
/// the Unicode private-use area go into the Markdown source around each sentence, pass through
/// cmark as ordinary characters, and become `<mark id="ev-n">…</mark>` afterwards. When cmark's
/// inline structure would make the mark cross a tag boundary, an empty anchor is used instead,
/// so the result is always well-nested HTML.
public enum EvidenceMarker {
    static let open: Character = "\u{E000}"
    static let mid: Character = "\u{E001}"
    static let close: Character = "\u{E002}"

    /// Inserts markers into paragraph texts (spans must be non-overlapping, as `EvidenceAnchors` makes them).
    public static func insertMarkers(_ paragraphs: [String], spans: [EvidenceAnchors.Span]) -> [String] {
        // Marker characters already in the text become U+FFFD (same UTF-8 length, so offsets hold).
        let clean = paragraphs.map { p in
            String(p.map { $0 == open || $0 == mid || $0 == close ? "\u{FFFD}" : $0 })
        }
        var out = clean
        for (i, p) in clean.enumerated() {
            let mine = spans.filter { $0.paragraph == i }.sorted { $0.start > $1.start }
            guard !mine.isEmpty else { continue }
            var bytes = Array(p.utf8)
            for s in mine where s.start >= 0 && s.end <= bytes.count && s.start < s.end {
                bytes.insert(contentsOf: Array(String(close).utf8), at: s.end)
                bytes.insert(contentsOf: Array("\(open)\(s.number)\(mid)".utf8), at: s.start)
            }
            out[i] = String(decoding: bytes, as: UTF8.self)
        }
        return out
    }

    /// Replaces markers in rendered HTML with `<mark>` elements (or empty anchors where a mark would not nest).
    public static func replaceMarkers(in html: String) -> String {
        guard html.contains(open) else { return html }
        var result = ""
        var rest = Substring(html)
        while let o = rest.firstIndex(of: open) {
            result += rest[..<o]
            let afterOpen = rest.index(after: o)
            guard let m = rest[afterOpen...].firstIndex(of: mid) else { rest = rest[afterOpen...]; continue }
            let number = String(rest[afterOpen..<m])
            let afterMid = rest.index(after: m)
            let id = "ev-\(number.filter(\.isNumber))"
            if let c = rest[afterMid...].firstIndex(of: close) {
                let inner = rest[afterMid..<c]
                if !inner.contains(open), isBalanced(inner) {
                    result += "<mark id=\"\(id)\" class=\"evidence\">" + inner + "</mark>"
                    rest = rest[rest.index(after: c)...]
                } else {
                    result += "<span id=\"\(id)\" class=\"evidence-anchor\"></span>"
                    rest = rest[afterMid...]
                }
            } else {
                result += "<span id=\"\(id)\" class=\"evidence-anchor\"></span>"
                rest = rest[afterMid...]
            }
        }
        result += rest
        return result.filter { $0 != close && $0 != mid }
    }

    /// True when every tag opened inside `html` is closed inside it and vice versa.
    static func isBalanced(_ html: Substring) -> Bool {
        var stack: [Substring] = []
        var rest = html
        let voids: Set<Substring> = ["br", "img", "hr", "input", "wbr"]
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }
                guard stack.last == name else { return false }
                stack.removeLast()
            } else {
                let name = tag.prefix { $0.isLetter || $0.isNumber }
                if !voids.contains(name), !tag.hasSuffix("/") { stack.append(name) }
            }
        }
        return stack.isEmpty
    }
}
