import Foundation

/// A time expression in a sentence, resolved against the publication day.
public struct TimeExpression: Hashable, Sendable {
    /// UTF-16 range in the sentence.
    public var range: NSRange
    /// The phrase as written ("late on Monday", "last week", "in early 2020").
    public var text: String
    /// First day of the span (nil when it cannot be resolved, e.g. a weekday without a publication day).
    public var date: Day?
    public var precision: DatePrecision
    /// The expression dates a statement ("said in a statement Tuesday"), not the event.
    public var isSpeechTime: Bool
    /// The precision the phrase has even when it cannot be resolved ("last week" is a week).
    public var nominalPrecision: DatePrecision = .day

    /// This time lent to a mention in another sentence (a feed stamp, an anchor event, the sentence before): it has no
    /// place in that sentence and dates an event, not a statement.
    var borrowed: TimeExpression {
        TimeExpression(range: NSRange(location: 0, length: 0), text: text, date: date, precision: precision,
                       isSpeechTime: false, nominalPrecision: nominalPrecision)
    }

    /// A key telling unresolved phrases apart ("late on Monday" and "Monday night" → "monday").
    var unresolvedKey: String {
        text.asciiLower.replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { !["on", "late", "early", "last", "the", "s", "night", "morning", "evening", "afternoon", "in", "at"].contains($0) }
            .joined(separator: " ")
    }
}

/// Finds and resolves time expressions the way wire copy uses them: a weekday is within the
/// seven days up to the publication day (the publication weekday itself is that same day),
/// "last <weekday>" is at least two days back (a Wednesday named "last Wednesday" on a Thursday
/// is the week before: yesterday would be "Wednesday"), months and holidays without a year are the
/// most recent ones, and coarser spans ("last week", "in July", "in early 2020") keep their
/// precision with `date` on the span's first day. Without a publication day only expressions
/// carrying a year resolve.
public enum TimeExpressions {
    /// "the night of Friday to Saturday": the words between a night's two days, and before its first.
    static let nightSpanGap = Rx(#"^\s*(?:to|and|into|-|–)\s*$"#)
    /// ("the night from Friday": the weekday's own phrase may hold "from".)
    static let nightOfBefore = Rx(#"\bnight\s+(?:(?:of|from|between)\s+)?$"#, anchors: ["night"])
    private static let month = DateWords.monthPattern
    private static let weekday = DateWords.weekdayPattern

    enum Kind: Int { case weekdayDate, mdy, dmy, numeric, monthYear, monthOnly, year, holiday, weekday, relDay, relSpan, ago, ordinalDay }

    static let patterns: [(Kind, Rx)] = [
        (.weekdayDate, Rx(#"(?:(?i:late on|early on|on|late|early)\s+)?(\#(weekday))(?:\s*[(,]\s*|\s+)(?:(\#(month))\s+(\d{1,2})|(\d{1,2})\s+(\#(month)))(?:st|nd|rd|th)?(?:,?\s*((?:19|20)\d{2}))?\)?"#, caseInsensitive: false)),
        (.mdy, Rx(#"(?:(?i:late on|early on|on|since|by|until)\s+)?(\#(month))\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:\d)(?:,?\s+((?:19|20)\d{2})\b|,?\s+(?i:that|the same)\s+year\b|,?\s+((?i:this|last) year)\b)?"#, caseInsensitive: false)),
        // ("On 29 SEP 2025": maritime and military advisories write the month in capitals, always with the year.)
        (.dmy, Rx(#"(?:(?i:on|since|by|until)\s+)?(?:(?i:the)\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(\#(month)|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\s+(?:19|20)\d{2}\b))(?:,?\s+((?:19|20)\d{2})|,?\s+(?i:that|the same)\s+year|,?\s+((?i:this|last) year))?\b"#, caseInsensitive: false)),
        // "on the second of June", "the third of this month", "the 21st of last month": a day told as an ordinal of its month.
        (.ordinalDay, Rx(#"(?:(?i:on|since|by|until)\s+)?(?i:the)\s+((?i:\#(DateWords.ordinalDayPattern))|\d{1,2}(?:st|nd|rd|th))\s+(?i:of)\s+(?:(\#(month))|((?i:this|last|the previous) month))(?:,?\s+((?:19|20)\d{2}))?\b"#, caseInsensitive: false)),
        // "On 13.06.2024", "since 2024-06-12": all-number days as European circulars (day.month.year) and ISO stamps
        // write them; slashed ones ("06/07/2024") only when one part is over 12 ("09/17/2008", "17/09/2008"), as their
        // order differs by outlet.
        (.numeric, Rx(#"(?:(?i:on|since|by|until)\s+)?(?<![\d.])(?:(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2})|(?<!/)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2}))(?!\d|\.\d|/)"#, caseInsensitive: false, anchors: ["19", "20"])),
        (.monthYear, Rx(#"(?:(?i:in|since|during|by|until|through|throughout|from)\s+)?(?:(?i:early|mid|late|the end of|the start of|the beginning of|the middle of)[\s-]+)?(\#(month)),?\s+((?:19|20)\d{2})\b"#, caseInsensitive: false)),
        (.monthOnly, Rx(#"\b((?i:last|this past|in|during|since|until|through|throughout|earlier in|later in|at the end of|at the start of|at the beginning of|in early|in mid|in late|early|mid|late))[\s-]+(\#(month))\b(?!\s*\d)(?:,?\s+(?:(?i:of)\s+)?((?i:last year|this year|the previous year|the year before|that year|the same year)))?"#, caseInsensitive: false)),
        (.year, Rx(#"\b((?i:in early|in late|in mid|at the end of|at the start of|at the beginning of|in|since|during|until|through|throughout|early|late|mid|the end of|the start of))[\s-]+((?:19|20)\d{2})\b(?![-–/]\d)"#, caseInsensitive: false)),
        (.holiday, Rx(#"(?:(?i:late on|on)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New Year['’]s(?:\s+(?:Day|Eve))?)(?:\s+(?i:night|morning|evening|afternoon))?"#, caseInsensitive: false)),
        (.weekday, Rx(#"(?:\b((?i:last|this past|late on|early on|on|late|early|since|by|until|from))\s+)?\b(?<!(?i:palm|easter|good|holy|maundy|super|cyber)\s)(?<!(?i:ago)\s)(?<!(?i:ago on)\s)(\#(weekday))(?!\s+(?i:prayers?|sermons?|services?)\b)(?!['’]s\s+(?:[\w-]+\s+)?(?i:elections?|vote|votes|voting|polls?|ballot|run-?off|referendum|match|game|final|summit|meeting|talks|session|debate|deadline|inauguration|parade|rally|kick-?off)\b)(?:['’]s)?(?:\s+((?i:night|morning|evening|afternoon|overnight))\b)?(?:['’]s)?(?:\s+((?i:of last week|last week))\b)?"#, caseInsensitive: false)),
        (.relDay, Rx(#"\b((?:the )?day before yesterday|yesterday|today|tonight|this morning|this afternoon|this evening|last night|last evening|earlier today|earlier in the day|overnight|(?:shortly |just |soon )?after midnight|(?:in|within|during|over) the (?:past|last) (?:(?:few|couple of|two|three|\d) )?hours?|(?:an|one|two|three|four|five|a few|several|\d{1,2}) hours? ago|(?:\d{1,2}|a few) minutes ago)\b(?!\s+(?:on\s+|from\s+|between\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|into|to|between|from)\b)"#)),
        (.relSpan, Rx(#"\b(last|this|earlier this|later this|previous|the previous|the past|over the)\s+(week|month|year|weekend)\b"#)),
        // ("a week ago Wednesday": that weekday in the week a week back.)
        (.ago, Rx(#"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+ago\b(?:,?\s+(?:on\s+)?(\#(weekday))\b)?"#)),
    ]

    /// A notice's label before its date at the start of a sentence: "Correction, …", "Clarification (…)",
    /// "Editor's note, …", "Update, …".
    static let namedAfterDate = Rx(#"^\s+(?:district|city|town|bridge|street|road|avenue|boulevard|highway|square|neighbou?rhood|suburb|governorate|province|stadium|university|war|revolution|uprising|movement|protests?)\b"#)
    static let tollClauseBefore = Rx(#"\b(?:that|which)\s+(?:killed|wounded|injured|left)\b[^.;!?,]*$"#, anchors: ["killed", "wounded", "injured", "left"])
    static let plannedForBefore = Rx(#"\b(?:set|scheduled|planned|slated|due|fixed|postponed|adjourned|rescheduled|delayed)\s+(?:to\s+(?:meet|convene|vote|open|begin|start|resume|sit|hold\s+\w+)\s+)?(?:(?:until|till|to|for|on)\s+)*(?:(?:next|this|the\s+coming)\s+)?$"#)
    static let occasionVerbBefore = Rx(#"\b(?:elected|re-elected|appointed|sworn in|inaugurated|founded|established|signed|ratified|born|chosen|nominated|approved)\s+(?:(?:only|just|late|early)\s+)?$"#,
                                       anchors: ["elected", "appointed", "sworn in", "inaugurated", "founded", "established", "signed", "ratified", "born", "chosen", "nominated", "approved"])
    static let eveOfBefore = Rx(#"\b(?:eve|run-up|lead-up|eve)\s+of\s+(?:the\s+|this\s+|next\s+)?$"#, anchors: ["eve of", "run-up of", "lead-up of"])
    static let noticeLabel = Rx(#"^\W*(?:corrections?|clarifications?|editor['’]?s['’]? notes?|updates?|updated|amendments?|retraction)\W*$"#)

    /// "Today Mr Kerry said the United States had …": a time opening the sentence right before a named speaker and
    /// the verb of speech is the day of the statement, not of what it tells.
    static let speakerSaidAfter = Rx(#"^,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|told|announced|stated|claimed|insisted|declared)\b"#, caseInsensitive: false, anchors: ["said", "says", "told", "announced", "stated", "claimed", "insisted", "declared"])
    static let speechBefore = Rx(#"\b(?:said|says|say|saying|dated|told|tells|announced|announces|announcing|stated|added|adds|reported|reports|tweeted|wrote|posted|warned|statement|statements|briefing|conference|interview|declared|confirmed|noted|explained|insisted|stressed|indicated|remarks|spoke|speaking|claimed|accused|blamed|condemns)\b(?:\s+(?:in|on|at|during|late|early|a|an|the|its|his|her|their|press|news|joint|written|televised|brief|short|to|reporters|journalists|statement|conference|briefing|interview|him|them|us|earlier|later|this))*\s*,?\s*$"#, anchors: ["said", "says", "say", "dated", "told", "tells", "announc", "stated", "added", "adds", "report", "tweeted", "wrote", "posted", "warned", "statement", "briefing", "conference", "interview", "declared", "confirmed", "noted", "explained", "insisted", "stressed", "indicated", "remarks", "spoke", "speaking", "claimed", "accused", "blamed", "condemns"])

    static let monthStems = WordList(bytes: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map { Array($0.utf8) })
    static let weekdayWords = WordList(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    static let relDayWords = WordList(bytes: ["yesterday", "today", "tonight", "this morning", "this afternoon", "this evening", "last night", "last evening", "earlier in the day", "overnight", "after midnight", "the past", "the last", "hour ago", "hours ago", "minutes ago"].map { Array($0.utf8) })

    /// Month names as the patterns match them: capitalised (case-sensitive), so "market" or "decided" rule nothing in.
    static let monthNames = WordList(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                                      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])

    /// Cheap keyword tests so a pattern runs only on sentences that could hold it (regex calls are the cost).
    /// `raw` is the sentence's bytes unfolded, for the case-sensitive month names.
    static func mayContain(_ kind: Kind, _ lower: Folded, _ raw: Folded) -> Bool {
        switch kind {
        case .weekdayDate: return lower.hasAny(weekdayWords) && raw.hasAny(monthNames)
        case .weekday: return lower.hasAny(weekdayWords)
        case .mdy, .dmy, .monthOnly: return raw.hasAny(monthNames)
        case .numeric: return lower.hasAny(numericCues)
        case .monthYear: return raw.hasAny(monthNames) && lower.hasAny(centuries)
        case .year: return lower.hasAny(centuries)
        case .holiday: return lower.hasAny(holidayCues)
        case .relDay: return lower.hasAny(relDayWords)
        case .relSpan: return lower.hasAny(spanUnits)
        case .ago: return lower.has(agoCue)
        case .ordinalDay: return (raw.hasAny(monthNames) || lower.has(monthCue)) && lower.has(ofCue)
        }
    }

    /// `mayContain`'s needles as byte lists made once (`Folded.has(String)` made a byte array per test, and the
    /// tests ran for every pattern of every sentence).
    static let numericCues = WordList([".19", ".20", "-0", "-1", "/19", "/20"])
    static let centuries = WordList(["19", "20"])
    static let holidayCues = WordList(["christmas", "new year"])
    static let spanUnits = WordList(["week", "month", "year"])
    static let agoCue = Array(" ago".utf8)
    static let monthCue = Array("month".utf8), ofCue = Array(" of ".utf8)

    /// `mayContain` for every kind as a bit set (bit `kind.rawValue`), each keyword test made once per sentence
    /// (several kinds share one).
    static func mayContainAll(_ lower: Folded, _ raw: Folded) -> UInt32 {
        let weekday = lower.hasAny(weekdayWords), month = raw.hasAny(monthNames), years = lower.hasAny(centuries)
        let kinds: [(Kind, Bool)] = [(.weekdayDate, weekday && month), (.weekday, weekday), (.mdy, month), (.dmy, month), (.monthOnly, month),
                                     (.numeric, lower.hasAny(numericCues)), (.monthYear, month && years), (.year, years),
                                     (.holiday, lower.hasAny(holidayCues)), (.relDay, lower.hasAny(relDayWords)),
                                     (.relSpan, lower.hasAny(spanUnits)), (.ago, lower.has(agoCue)),
                                     (.ordinalDay, mayContain(.ordinalDay, lower, raw))]
        return kinds.reduce(0) { $1.1 ? $0 | 1 << UInt32($1.0.rawValue) : $0 }
    }

    static let weekdayNames: [[UInt16]] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map { Array($0.utf16) }

    /// Where the `.weekday` pattern's scan can begin: every match holds a capitalised weekday name, opening the match
    /// or after one of the pattern's lead words (nine units at most, "this past") and the spaces (`\s+`) right
    /// before the name. Control characters and every unit that is not ASCII count as possible spaces. 0 when the sentence has no name.
    static func weekdayScanStart(_ ns: NSString) -> Int {
        let u = RxText.of(ns).original
        var start: Int?
        var i = 0
        while i < u.count {
            let c = u[i]
            if c == 77 || c == 84 || c == 87 || c == 70 || c == 83, weekdayNames.contains(where: { w in i + w.count <= u.count && w.indices.allSatisfy { u[i + $0] == w[$0] } }) {
                var j = i
                while j > 0, u[j - 1] >= 0x80 || u[j - 1] <= 32 { j -= 1 }
                start = min(start ?? Int.max, max(0, j - 9))
            }
            i += 1
        }
        return start ?? 0
    }

    public static func find(in sentence: String, published: Day?) -> [TimeExpression] {
        find(in: sentence as NSString, text: sentence, published: published)
    }

    /// `ns` is `text` as the sentence already holds it: the regex helpers' per-string preparation (folded bytes,
    /// lower-cased text) made for the prefilters is the one the patterns then read.
    /// "Police said Monday's bombing killed four", "Media groups said the Monday massacre was the worst": a day told as
    /// the event's own (a possessive, or before the event's noun) is no time of speaking, even right after "said".
    static func namesAnEvent(_ ns: NSString, _ r: NSRange) -> Bool {
        let text = ns.sub(r)
        if text.hasSuffix("'s") || text.hasSuffix("’s") { return true }
        let end = r.location + r.length
        guard end < ns.length else { return false }
        let next = Words.of(ns.sub(NSRange(location: end, length: min(24, ns.length - end)))).first ?? ""
        return eventNouns.contains(next)
    }
    static let eventNouns: Set<String> = ["attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "massacre",
                                          "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "shooting", "ambush", "assault",
                                          "clash", "clashes", "killing", "killings", "shelling", "barrage", "rocket", "rockets", "drone"]

    /// `b` follows `a` with only a comma or a space between ("on Tuesday evening, 31 August 2010").
    static func appositive(_ a: TimeExpression, _ b: TimeExpression, _ ns: NSString) -> Bool {
        let end = a.range.location + a.range.length
        return b.range.location >= end && b.range.location - end <= 2
            && ns.sub(NSRange(location: end, length: b.range.location - end)).allSatisfy { $0 == "," || $0 == " " }
    }

    static func find(in ns: NSString, text sentence: String, published: Day?) -> [TimeExpression] {
        let lower = RxText.of(ns).folded, raw = Folded(bytes: Array(sentence.utf8))
        var out: [TimeExpression] = []
        var taken: [NSRange] = []
        let cues = mayContainAll(lower, raw)
        for (kind, rx) in patterns where cues & 1 << UInt32(kind.rawValue) != 0 {
            for m in kind == .weekday ? rx.matches(ns, from: weekdayScanStart(ns)) : rx.matches(ns) {
                let r = m.range
                if taken.contains(where: { NSIntersectionRange($0, r).length > 0 }) { continue }
                guard let (date, precision) = resolve(kind, m, ns, published) else { continue }
                taken.append(r)
                // "Correction, May 28, 2017: an earlier version said …": the day of an editor's notice, not of an event.
                if r.location < 40, noticeLabel.test(ns, window: NSRange(location: 0, length: r.location)) { continue }
                // "an apartment in the 6th of October district", "the anniversary of the 30 June Revolution": a date naming
                // a place, a street or an event is no time of this one ("since the 2011 war" still dates the war).
                if precision == .day, r.location + r.length < ns.length, namedAfterDate.test(ns, window: NSRange(location: r.location + r.length, length: min(24, ns.length - r.location - r.length))) { continue }
                // "on the eve of the 14 February rally": the day of the occasion, not of the event told.
                if r.location >= 6, eveOfBefore.test(ns, window: NSRange(location: max(0, r.location - 20), length: min(20, r.location))) { continue }
                // "days before the session set for Monday", "the vote scheduled for Tuesday": a planned day, not a past one.
                if r.location >= 8, plannedForBefore.test(ns, window: NSRange(location: max(0, r.location - 30), length: min(30, r.location))) { continue }
                // "the new parliament, elected on 7 March", "the accord signed in May": the day of a vote or a signing told
                // about something else, not of the event.
                if r.location >= 8, occasionVerbBefore.test(ns, window: NSRange(location: max(0, r.location - 30), length: min(30, r.location))) { continue }
                let p0 = max(0, r.location - 80)
                // ("claimed responsibility for the attack that killed two men on 30 December": the toll's day, not the claim's.)
                let speech = (speechBefore.test(ns, window: NSRange(location: p0, length: r.location - p0))
                              && !tollClauseBefore.test(ns, window: NSRange(location: p0, length: r.location - p0))
                    || r.location < 3 && speakerSaidAfter.test(ns.tail(from: r.location + r.length) as NSString)) && !namesAnEvent(ns, r)
                out.append(TimeExpression(range: r, text: ns.sub(r).trimmingCharacters(in: .whitespaces),
                                          date: date, precision: date == nil ? .unknown : precision, isSpeechTime: speech,
                                          nominalPrecision: precision))
            }
        }
        // "Overnight, militias fired mortar rounds …": the night ending on the publication day, its only date. Beside
        // another time ("rockets fired overnight, the army said early Sunday", "late Saturday") the night straddles
        // two days and the other phrase is the one to read, so "overnight" then dates nothing.
        // Told later in a sentence ("rockets fired at the Golan overnight") it may be the night before the day the
        // article tells elsewhere: only a sentence opening on it is dated by it.
        let several = out.count > 1
        // ("Shortly after midnight, sirens sounded …": the same, for the small hours of the publication day.)
        out.removeAll { ($0.text.asciiLower == "overnight" || $0.text.asciiLower.hasSuffix("after midnight")) && (several || $0.range.location > 0) }
        // "in the night of Friday to Saturday": one night, dated by its evening; "…, at around 2 a.m." by its small hours.
        if out.count > 1, ns.length > 20, RxText.of(ns).folded.has("night") {
            let sorted = out.sorted { $0.range.location < $1.range.location }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.precision == .day && b.precision == .day && a.date != nil && b.date != nil {
                let gap = ns.slice(a.range.location + a.range.length, b.range.location) as NSString
                guard nightSpanGap.test(gap), nightOfBefore.test(ns, slice: a.range.location - 30, a.range.location) else { continue }
                let after = ns.slice(b.range.location + b.range.length, b.range.location + b.range.length + 40)
                let smallHours = RelativeTimes.clockMinutes(after).map { $0 < 6 * 60 } ?? false
                // ("in the night of Sunday to Monday 12 June": the day told with its date is the one the text fixes; a bare
                // weekday before it would be read as the last such day before the page.)
                let datedSecond = b.text.contains(where: \.isNumber) && !a.text.contains(where: \.isNumber)
                let drop = smallHours || datedSecond ? a.range : b.range
                out.removeAll { $0.range == drop }
            }
        }
        // "a deadly raid in July: on the night of July 20-21": the month is told first and the day then says which
        // day of it, so the month alone dates nothing.
        let told = out
        out.removeAll { coarse in
            guard coarse.precision == .month, let d = coarse.date else { return false }
            return told.contains { $0.precision == .day && $0.date.map { $0.year == d.year && $0.month == d.month } == true }
        }
        // "on Tuesday evening, 31 August 2010" with no publication day: the date told right after the weekday is its day.
        let dated = out
        out.removeAll { a in a.date == nil && dated.contains { b in b.date != nil && b.precision == .day && appositive(a, b, ns) } }
        // "on Wednesday night, 1 September" with no publication day: one phrase, so that the weekday can fix the year of
        // the day and month (see `RelativeTimes.yearFromWeekday`).
        out.sort { $0.range.location < $1.range.location }
        var k = 0
        while k + 1 < out.count {
            let a = out[k], b = out[k + 1]
            if a.date == nil, b.date == nil, a.nominalPrecision == .day, b.nominalPrecision == .day, appositive(a, b, ns),
               Words.of(a.text).contains(where: { DateWords.weekday($0) != nil }), !Words.of(b.text).contains(where: { DateWords.weekday($0) != nil }) {
                let r = NSUnionRange(a.range, b.range)
                out[k] = TimeExpression(range: r, text: ns.sub(r).trimmingCharacters(in: .whitespaces), date: nil, precision: .unknown,
                                        isSpeechTime: a.isSpeechTime, nominalPrecision: .day)
                out.remove(at: k + 1)
            } else {
                k += 1
            }
        }
        return out
    }

    /// "January 1 this year", "on 31 July last year": the year named relative to the publication's.
    static func namedYear(_ words: String?, _ pub: Day?) -> Int? {
        guard let w = words?.asciiLower, let pub else { return nil }
        return w.hasPrefix("last") ? pub.year - 1 : pub.year
    }

    /// nil = not a time expression after all (e.g. "May 40"); (nil, …) = a time expression that cannot be resolved.
    static func resolve(_ kind: Kind, _ m: NSTextCheckingResult, _ ns: NSString, _ pub: Day?) -> (Day?, DatePrecision)? {
        func int(_ i: Int) -> Int? { m.group(i, in: ns).flatMap { Int($0) } }
        switch kind {
        case .weekdayDate:
            let mo = (m.group(2, in: ns) ?? m.group(5, in: ns)).flatMap(DateWords.month)
            guard let mo, let d = int(3) ?? int(4), d <= 31 else { return nil }
            return (dayWithoutYear(month: mo, day: d, year: int(6), pub), .day)
        case .mdy:
            guard let mo = m.group(1, in: ns).flatMap(DateWords.month), let d = int(2), d >= 1, d <= 31 else { return nil }
            return (dayWithoutYear(month: mo, day: d, year: int(3) ?? namedYear(m.group(4, in: ns), pub), pub), .day)
        case .dmy:
            guard let mo = m.group(2, in: ns).flatMap(DateWords.month), let d = int(1), d >= 1, d <= 31 else { return nil }
            return (dayWithoutYear(month: mo, day: d, year: int(3) ?? namedYear(m.group(4, in: ns), pub), pub), .day)
        case .numeric:
            if let d = int(1), let mo = int(2), let y = int(3) { return Day(year: y, month: mo, day: d).map { ($0, .day) } }
            if let a = int(7), let b = int(8), let y = int(9) {
                guard (a > 12) != (b > 12) else { return nil }
                return Day(year: y, month: min(a, b), day: max(a, b)).map { ($0, .day) }
            }
            guard let y = int(4), let mo = int(5), let d = int(6) else { return nil }
            return Day(year: y, month: mo, day: d).map { ($0, .day) }
        case .monthYear:
            guard let mo = m.group(1, in: ns).flatMap(DateWords.month), let y = int(2) else { return nil }
            return (Day(year: y, month: mo, day: 1), .month)
        case .monthOnly:
            guard let mo = m.group(2, in: ns).flatMap(DateWords.month) else { return nil }
            guard let pub else { return (nil, .month) }
            let strictlyBefore = (m.group(1, in: ns) ?? "").asciiLower.hasPrefix("last") || (m.group(1, in: ns) ?? "").asciiLower == "this past"
            var y = pub.year
            // "In May last year", "in March of the previous year": that month of the year before publication;
            // "in May this year": of the publication's year ("that year" names no year of its own).
            let yearWord = (m.group(3, in: ns) ?? "").asciiLower
            if yearWord.has("last") || yearWord.has("previous") || yearWord.has("before") { return (Day(year: pub.year - 1, month: mo, day: 1), .month) }
            if yearWord.has("this") { return (Day(year: pub.year, month: mo, day: 1), .month) }
            if mo > pub.month || (strictlyBefore && mo == pub.month) { y -= 1 }
            return (Day(year: y, month: mo, day: 1), .month)
        case .ordinalDay:
            guard let d = m.group(1, in: ns).flatMap(DateWords.ordinalDay), d >= 1, d <= 31 else { return nil }
            if let mo = m.group(2, in: ns).flatMap(DateWords.month) { return (dayWithoutYear(month: mo, day: d, year: int(4), pub), .day) }
            guard let pub else { return (nil, .day) }
            // ("the third of this month" in a paper of the first: a day to come, no event's.)
            let which = (m.group(3, in: ns) ?? "").asciiLower
            let first = which.hasPrefix("last") || which.hasPrefix("the previous") ? Day(year: pub.year, month: pub.month, day: 1)?.adding(days: -1) : pub
            guard let f = first, let day = Day(year: f.year, month: f.month, day: d), day <= pub else { return nil }
            return (day, .day)
        case .year:
            guard let y = int(2), DateWords.plausibleYears.contains(y) else { return nil }
            return (Day(year: y, month: 1, day: 1), .year)
        case .holiday:
            let name = (m.group(1, in: ns) ?? "").asciiLower
            let (mo, d) = name.hasPrefix("christmas") ? (12, name.hasSuffix("eve") ? 24 : 25) : (name.hasSuffix("eve") ? (12, 31) : (1, 1))
            guard let pub else { return (nil, .day) }
            return (dayWithoutYear(month: mo, day: d, year: nil, pub), .day)
        case .weekday:
            guard let wd = m.group(2, in: ns).flatMap(DateWords.weekday) else { return nil }
            guard let pub else { return (nil, .day) }
            // "on Thursday last week": that weekday in the calendar week before the publication's.
            if m.has(4) { return (monday(of: pub.adding(days: -7)).adding(days: wd - 1), .day) }
            var back = (pub.weekday - wd + 7) % 7
            let modifier = (m.group(1, in: ns) ?? "").asciiLower
            if modifier == "last" || modifier == "this past" { if back <= 1 { back += 7 } }
            return (pub.adding(days: -back), .day)
        case .relDay:
            guard let pub else { return (nil, .day) }
            let w = (m.group(1, in: ns) ?? "").asciiLower
            // ("the day before yesterday": two days back.)
            if w.hasSuffix("day before yesterday") { return (pub.adding(days: -2), .day) }
            return (w == "yesterday" || w == "last night" || w == "last evening" ? pub.adding(days: -1) : pub, .day)
        case .relSpan:
            let which = (m.group(1, in: ns) ?? "").asciiLower, unit = (m.group(2, in: ns) ?? "").asciiLower
            if which == "the past" || which == "over the" { if unit != "weekend" { return nil } }
            guard let pub else { return (nil, unit == "weekend" ? .week : precision(unit)) }
            let previous = ["last", "previous", "the previous"].contains(which)
            switch unit {
            case "week": return (monday(of: previous ? pub.adding(days: -7) : pub), .week)
            case "month":
                let (y, mo) = previous ? (pub.month == 1 ? (pub.year - 1, 12) : (pub.year, pub.month - 1)) : (pub.year, pub.month)
                return (Day(year: y, month: mo, day: 1), .month)
            case "year": return (Day(year: previous ? pub.year - 1 : pub.year, month: 1, day: 1), .year)
            default: // weekend: the Saturday before the publication day
                let back = (pub.weekday - 6 + 7) % 7
                return (pub.adding(days: -(back == 0 ? 7 : back)), .week)
            }
        case .ago:
            guard let n = m.group(1, in: ns).flatMap(DateWords.number) else { return nil }
            let unit = (m.group(2, in: ns) ?? "").asciiLower
            guard let pub else { return (nil, precision(unit)) }
            switch unit {
            case "day": return (pub.adding(days: -n), .day)
            case "week":
                if let wd = m.group(3, in: ns).flatMap(DateWords.weekday) { return (monday(of: pub.adding(days: -7 * n)).adding(days: wd - 1), .day) }
                return (monday(of: pub.adding(days: -7 * n)), .week)
            case "month":
                var y = pub.year, mo = pub.month - n
                while mo < 1 { mo += 12; y -= 1 }
                return (Day(year: y, month: mo, day: 1), .month)
            default: return (Day(year: pub.year - n, month: 1, day: 1), .year)
            }
        }
    }

    static func precision(_ unit: String) -> DatePrecision {
        switch unit { case "day": return .day; case "week", "weekend": return .week; case "month": return .month; default: return .year }
    }

    static func monday(of d: Day) -> Day { d.adding(days: -(d.weekday - 1)) }

    /// A month and day without a year: the most recent such day no later than the day after publication.
    static func dayWithoutYear(month: Int, day: Int, year: Int?, _ pub: Day?) -> Day? {
        if let year { return Day(year: year, month: month, day: day) }
        guard let pub else { return nil }
        if let d = Day(year: pub.year, month: month, day: day), d <= pub.adding(days: 1) { return d }
        return Day(year: pub.year - 1, month: month, day: day)
    }
}
