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
    /// The outlet named by the text itself: a dateline's agency tag ("(Reuters)") or an "Outlet/ " prefix.
    public var outlet: String?
    /// The block from the first end-of-article marker ("Related stories", "Comments", "More on this story") to
    /// the end of the page (also in `removed`): other articles' headlines and dates, never this one's.
    public var tail: [String]

    public init(headline: String? = nil, dateline: String? = nil, paragraphs: [String], removed: [String] = [],
                headlineFromLead: Bool = false, outlet: String? = nil, tail: [String] = []) {
        self.headline = headline
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.removed = removed
        self.headlineFromLead = headlineFromLead
        self.outlet = outlet
        self.tail = tail
    }
}

/// Turns a raw or Markdown report body into clean paragraphs: drops page furniture, captions,
/// section labels and repeated blocks, finds the headline and the dateline.
public enum TextCleaner {
    /// - Parameters:
    ///   - body: the text after any front matter.
    ///   - hasTitle: true when front matter gives the title, so the first line is body, not headline.
    public static func clean(_ body: String, hasTitle: Bool) -> CleanedBody {
        var paras = paragraphs(of: body, markdown: hasTitle).map(withoutNoteMarks)
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
        var tail: [String] = []
        // Only once the report has begun: a share bar's "Comments" above the lead is a label, not the end of the page.
        let reportLine = { (p: String) -> Bool in p.split(separator: " ").count >= 8 && plain(p).hasSuffix(".") }
        if let cut = paras.indices.first(where: { i in i > 0 && i >= paras.count / 3 && paras[i].count <= 60 && Boilerplate.tailMarker.test(plain(paras[i]) as NSString)
                && paras[..<i].contains(where: reportLine) }) {
            tail = Array(paras[cut...])
            removed += tail
            paras.removeSubrange(cut...)
        }

        // A caption set (an agency's picture search, a gallery): every sentence of report sits in a caption, so the
        // captions are the text. Their credits still go.
        // (A licence line, "Editorial use only. Not for commercial use.", may read like one sentence of report.)
        var captionReports = 0, otherReports = 0
        for p in paras {
            let line = plain(p)
            if Boilerplate.isCaption(line) {
                if reportLine(Boilerplate.withoutCaptionCredit(line)) { captionReports += 1 }
            } else if reportLine(p) { otherReports += 1 }
        }
        let captionPage = captionReports >= 2 && otherReports <= 1

        // Line-level furniture, captions and stamps anywhere.
        var kept: [String] = []
        var skipNextShort = false
        var captionNext = false
        var inRelatedList = false
        let datedHeadline = paras.map { Boilerplate.isDatedHeadline(plain($0)) }
        var i = 0
        while i < paras.count {
            let p = paras[i]
            i += 1
            let line = plain(p)
            // A run of headlines each ending with its day ("- Baghdad: Attack on hotels kills dozens (25.01.2010)").
            if datedHeadline[i - 1], i >= 2 && datedHeadline[i - 2] || i < paras.count && datedHeadline[i] {
                removed.append(p); continue
            }
            // Other stories' headlines under a "Related" / "Read also" line, once the report has begun.
            if inRelatedList, Boilerplate.isListedHeadline(line) { removed.append(p); continue }
            inRelatedList = false
            if line.count <= 60, Boilerplate.relatedMarker.test(line as NSString),
               kept.contains(where: { plain($0).hasSuffix(".") && $0.split(separator: " ").count >= 12 }) {
                removed.append(p); inRelatedList = true; continue
            }
            if skipNextShort, line.split(separator: " ").count <= 16, !line.hasSuffix(".") {
                removed.append(p); skipNextShort = false; continue
            }
            skipNextShort = false
            if captionNext, line.split(separator: " ").count <= 40 {
                removed.append(p); captionNext = false; continue
            }
            captionNext = false
            if line.count <= 40, Boilerplate.captionLabel.test(line as NSString) {
                removed.append(p); captionNext = true; continue
            }
            if line.count <= 60, Boilerplate.tailMarker.test(line as NSString) {
                removed.append(p)
                skipNextShort = line.asciiLower.hasPrefix("previous") || line.asciiLower.hasPrefix("next")
                continue
            }
            // "Published" alone, with the date on the next line: one stamp.
            if Boilerplate.isStampWord(line) {
                if i < paras.count, Boilerplate.isDateLine(plain(paras[i])) {
                    removed.append(line + " " + plain(paras[i])); i += 1
                } else {
                    removed.append(p)
                }
                continue
            }
            if captionPage, Boilerplate.isCaption(line), case let text = Boilerplate.withoutCaptionCredit(line), reportLine(text) {
                removed.append(line.replacingOccurrences(of: text, with: "").trimmingCharacters(in: .whitespaces))
                kept.append(text); continue
            }
            if Boilerplate.isFurniture(line) || Boilerplate.isBreadcrumb(line) || Boilerplate.isShortMenu(line) || Boilerplate.isStamp(line) || Boilerplate.isCaption(line) {
                removed.append(p); continue
            }
            kept.append(p)
        }
        paras = kept

        // Section labels ("Iraq", or a run of one- and two-word labels: "Sections / News / Opinion") are never the headline.
        // An outlet's name above the headline: a masthead in capitals ("THE TIMES OF ISRAEL"), or a short line the page
        // repeats later in a bio or a prompt ("… is an analyst at FDD's Long War Journal", "Follow Enab Baladi on Telegram").
        while !hasTitle, paras.count >= 3, isOutletLine(plain(paras[0]), later: paras.dropFirst().map(plain)) {
            removed.append(paras.removeFirst())
        }
        if paras.count >= 2, Boilerplate.isSectionLabel(plain(paras[0])) {
            removed.append(paras.removeFirst())
            while paras.count >= 2, Boilerplate.isSectionLabel(plain(paras[0])), plain(paras[0]).split(separator: " ").count <= 2 {
                removed.append(paras.removeFirst())
            }
        }

        var outlet: String? = nil
        var headline: String? = nil
        if !hasTitle, let first = paras.first, paras.count >= 2 {
            var h = plain(first)
            let prefix = Dateline.outletPrefix(h) ?? agencyDashPrefix(h)
            if let (_, rest) = prefix { h = rest }
            if looksLikeHeadline(h) {
                outlet = prefix?.0
                headline = h
                paras.removeFirst()
            }
        }

        // Bylines between the headline and the lead ("By Jane Doe, John Roe") are furniture, and hide the dateline.
        // So are labels joined by pipes above a dateline ("THE DAILY STAR | Lebanon News", "Jane Roe | The Daily Star").
        while paras.count >= 2, Boilerplate.isByline(plain(paras[0]))
                || (Boilerplate.isNameLine(plain(paras[0])) && Dateline.split(paras[1]) != nil)
                || (Boilerplate.isPipedLabels(plain(paras[0])) && paras.dropFirst().prefix(2).contains(where: { Dateline.split($0) != nil })) {
            removed.append(paras.removeFirst())
        }

        var dateline: String? = nil
        // The lead may sit under a few short lines the rules above keep (an outlet's tagline, a raw time stamp):
        // its dateline is still a dateline. Above a wire dateline ("PARIS -", "Kabul (AFP) -") the lines may be longer
        // (a site's tagline, its menu), as long as none of them is a sentence.
        var lead = paras.indices.prefix(8).lazy.compactMap { i -> (Int, (dateline: String, rest: String, agency: String?))? in
            let limit = Dateline.isWire(paras[i]) ? 100 : 40
            guard paras[..<i].allSatisfy({ Self.isShortLine(plain($0), limit: limit) }), agencyDashPrefix(paras[i]) == nil,
                  let split = Dateline.split(paras[i]),
                  // "MAP - Maghreb Arabe Presse | Agence marocaine de presse": an outlet's masthead, not a lead.
                  !(split.rest.contains(" | ") && !split.rest.contains(". ")),
                  // "NOTIMEX - Agencia de Noticias del Estado Mexicano": an agency's name line, no sentence after the dash.
                  !(limit == 100 && split.rest.utf8.count <= 60 && !split.rest.contains(where: { ".!?:;\"”".contains($0) })) else { return nil }
            return (i, split)
        }.first
        // "Interior Ministry: Hasm behind the blast" above "CAIRO - 6 August 2019: The death toll …": a headline in the
        // "Speaker: claim" form is no dateline when a wire dateline opens the next paragraph.
        if let (at, _) = lead, Dateline.isColonOnly(paras[at]), !plain(paras[at]).contains(". "),
           let wire = paras.indices.dropFirst(at + 1).prefix(6).first(where: { Dateline.isWire(paras[$0]) }),
           // (the lines between may be the site's masthead, tagline, menu and stamp, but no sentence)
           paras[(at + 1)..<wire].allSatisfy({ Self.isShortLine(plain($0), limit: 100) }), let next = Dateline.split(paras[wire]) {
            lead = (wire, next)
        }
        // "New Delhi/Kabul, July 7" on its own line, the lead on the next: the line is the lead's dateline.
        if lead == nil, let at = paras.indices.prefix(8).first(where: { i in
            i + 1 < paras.count && paras[..<i].allSatisfy({ Self.isShortLine(plain($0), limit: 100) }) && Dateline.standalone(plain(paras[i])) != nil
                && !Self.isShortLine(plain(paras[i + 1]), limit: 100) }), let line = Dateline.standalone(plain(paras[at])) {
            removed.append(paras.remove(at: at))
            dateline = line
        }
        if let (at, split) = lead {
            dateline = split.dateline
            paras[at] = split.rest
            if let tag = split.agency, let name = Dateline.outletName(forAgency: tag) { outlet = outlet ?? name }
        } else if let first = paras.first, let (name, rest) = Dateline.outletPrefix(first) ?? agencyDashPrefix(first) {
            paras[0] = rest
            outlet = outlet ?? name
        }

        var fromLead = false
        if !hasTitle, headline == nil {
            // The lead's first sentence; a too-short first line gives way to the next paragraph.
            headline = paras.prefix(3).lazy.compactMap { headlineFromLead(plain($0)) }.first
            fromLead = headline != nil
        }
        return CleanedBody(headline: headline, dateline: dateline, paragraphs: paras, removed: removed, headlineFromLead: fromLead,
                           outlet: outlet, tail: tail)
    }

    /// A line that is no sentence: at most `limit` characters, no full stop inside (a wider limit also asks for no
    /// sentence end: "Home | News | Housing" or "news and information for expats" but not "Police said so.").
    static func isShortLine(_ line: String, limit: Int) -> Bool {
        guard line.count <= limit, !line.contains(". ") else { return false }
        return line.count <= 40 || !(line.hasSuffix(".") || line.hasSuffix("!") || line.hasSuffix("?"))
    }

    /// Splits on line breaks: each non-empty line is a paragraph (scraped text puts one paragraph per line),
    /// except that a line continuing a sentence (next line starts in lower case, or Markdown soft-wrapping)
    /// is joined to the previous one.
    static func paragraphs(of body: String, markdown: Bool) -> [String] {
        // Plain Swift string work: Foundation's string methods are slow on Linux and this runs on every line.
        let lines = lineSlices(body).map { trimSpaces($0) }
        var out: [String] = []
        var block: [String] = []
        func flush() {
            // A print page's column, hard-wrapped and hyphenated ("es-" / "caped", "of last" / "Saturday, 24 March."):
            // most of its line breaks fall inside sentences, so the whole block is one paragraph.
            // (Four lines at least, most of them continued: a byline block "Outlet / by Name / 20 December 2024" stays apart.)
            let wrapped = block.count >= 4 && 2 * zip(block, block.dropFirst()).filter { continues($0, with: $1, markdown: false) }.count > block.count - 1
            for (k, line) in block.enumerated() {
                if let last = out.last, k > 0, wrapped || continues(last, with: line, markdown: markdown) {
                    out[out.count - 1] = joined(last, line)
                } else {
                    out.append(line)
                }
            }
            block = []
        }
        for line in lines {
            if line.isEmpty { flush() } else { block.append(line) }
        }
        flush()
        return out
    }

    /// Two lines of one paragraph: "wound-" + "ed" is "wounded" (a word hyphenated at the line's end); others take a space.
    static func joined(_ last: String, _ line: String) -> String {
        if last.hasSuffix("-"), line.first?.isLowercase == true, last.dropLast().last?.isLetter == true { return String(last.dropLast()) + line }
        return last + " " + line
    }

    /// Lines split at "\n", "\r\n" or "\r", scanning bytes (grapheme-by-grapheme splitting was a large share of ingest).
    static func lineSlices(_ body: String) -> [Substring] {
        var out: [Substring] = []
        let u = body.utf8
        var start = u.startIndex, i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            if b == 10 || b == 13 {
                out.append(body[start..<i])
                var next = u.index(after: i)
                if b == 13, next != u.endIndex, u[next] == 10 { next = u.index(after: next) }
                start = next; i = next
            } else {
                i = u.index(after: i)
            }
        }
        out.append(body[start..<u.endIndex])
        return out
    }

    private static func continues(_ previous: String, with line: String, markdown: Bool) -> Bool {
        guard let first = line.first, let end = previous.last else { return false }
        let blockStart = line.hasPrefix("#") || line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("> ") || line.hasPrefix("|")
            || (first.isNumber && line.prefix(4).contains("."))
        if blockStart || previous.hasPrefix("#") { return false }
        if ".!?:\"”’)".contains(end) { return false }
        // ("събота, 21 юли 2012 г.": Slavic stamps write the weekday in lower case; a stamp starts a line of its own.)
        if first.isLowercase { return !Boilerplate.isStamp(line) }
        return markdown
    }

    /// Markdown markup removed for the cleaner's shape tests (the paragraphs themselves keep it).
    static func plain(_ s: String) -> String {
        // One pass over the contiguous bytes ("*" or "_"); the generic UTF8View walk twice cost more than the rest.
        let marked = s.utf8.withContiguousStorageIfAvailable { b in b.contains { $0 == 42 || $0 == 95 } } ?? (s.utf8.contains(42) || s.utf8.contains(95))
        guard s.hasPrefix("#") || s.hasPrefix(">") || marked else { return s }
        var t = Substring(s)
        while t.hasPrefix("#") || t.hasPrefix(">") { t = t.dropFirst() }
        var out = ""
        var chars = Array(t)
        var i = 0
        while i < chars.count {
            if i + 1 < chars.count, (chars[i] == "*" && chars[i + 1] == "*") || (chars[i] == "_" && chars[i + 1] == "_") { i += 2; continue }
            out.append(chars[i]); i += 1
        }
        chars = []
        return trimSpaces(Substring(out))
    }

    /// Trims spaces, tabs and no-break spaces, and turns inner no-break spaces into spaces.
    static func trimSpaces(_ s: Substring) -> String {
        func space(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{FEFF}" }
        var t = s
        while let f = t.first, space(f) { t = t.dropFirst() }
        while let l = t.last, space(l) { t = t.dropLast() }
        if t.unicodeScalars.contains("\u{00A0}") { return String(t.map { $0 == "\u{00A0}" ? " " : $0 }) }
        return String(t)
    }

    /// Case- and spacing-insensitive key for spotting repeated paragraphs.
    static func normalized(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        for b in Folded(s).bytes {
            if b == 32 || b == 9 || b == 10 || b == 13 {
                if !lastSpace { out.append(32); lastSpace = true }
            } else { out.append(b); lastSpace = false }
        }
        if out.last == 32 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// "AFP - Headline" / "Reuters – Headline": a wire agency's name before a headline.
    static func agencyDashPrefix(_ line: String) -> (String, String)? {
        for name in ["AFP", "AP", "Reuters", "UPI", "Xinhua"] where line.hasPrefix(name + " ") || line.hasPrefix(name + "-") {
            var rest = line.dropFirst(name.count)
            while let c = rest.first, c == " " { rest = rest.dropFirst() }
            guard let dash = rest.first, "-–—".contains(dash) else { continue }
            rest = rest.dropFirst()
            while let c = rest.first, c == " " || c == "-" { rest = rest.dropFirst() }
            guard rest.count >= 12, rest.first?.isUppercase == true else { continue }
            return (name, String(rest))
        }
        return nil
    }

    /// A headline is one short line that does not read like the report's first sentence.
    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 3, words <= 30, line.count <= 220 else { return false }
        if Dateline.split(line) != nil { return false }
        if words > 22 && line.hasSuffix(".") { return false }
        return true
    }

    /// "… on January 25.[7] The attack …": think tanks and encyclopedias number their sources inside the text; the marks
    /// are not words of the report and hide a sentence's end from the splitter.
    /// Reference marks ("[3]"), wiki section edit links ("Background[edit]") and editors' tags ("[citation needed]").
    static let noteMark = Rx(#"(?<=[\w.,;:!?”"')])\[(?:\d{1,3}|edit|citation needed|clarification needed|when\?|who\?|better source needed)\](?=\s|$|[.,;:])"#, anchors: ["["])
    static func withoutNoteMarks(_ p: String) -> String {
        // A byte test (Foundation's `contains` is a locale-aware search); the pattern needs "[" before ASCII anyway.
        guard p.utf8.contains(UInt8(ascii: "[")) else { return p }
        let ns = p as NSString
        let marks = noteMark.matches(ns)
        guard !marks.isEmpty else { return p }
        var out = ""
        var at = 0
        for m in marks { out += ns.sub(NSRange(location: at, length: m.range.location - at)); at = m.range.location + m.range.length }
        return out + ns.sub(NSRange(location: at, length: ns.length - at))
    }

    static func isOutletLine(_ line: String, later: [String]) -> Bool {
        if Boilerplate.isMasthead(line) { return true }
        let words = line.split(separator: " ")
        guard (1...5).contains(words.count), line.count <= 40, line.last.map({ ".!?:;,\"”’".contains($0) }) == false,
              words.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) else { return false }
        if later.contains(where: { $0.contains(line) }) { return true }
        // "Latin American News Agency", "Malaysian National News Agency": an outlet's description under its masthead.
        if let last = words.last?.lowercased(), ["agency", "network", "corporation", "newspaper", "broadcaster"].contains(last), words.count >= 2 { return true }
        // "Syrian Observatory For Human Rights" above a report that calls itself "SOHR": the name's initials, used later.
        let initials = String(words.filter { !["of", "for", "the", "and", "on", "in", "&"].contains($0.lowercased()) }.compactMap(\.first))
        guard words.count >= 3, initials.count >= 3 else { return false }
        return later.contains { Words.of($0).contains(initials.lowercased()) && $0.contains(initials) }
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
        // By characters, never UTF-16 units: a cut inside a surrogate pair crashes NSString.
        let prefix = String(s.prefix(limit))
        if let space = prefix.lastIndex(of: " ") { return String(prefix[..<space]) + "…" }
        return prefix + "…"
    }
}
