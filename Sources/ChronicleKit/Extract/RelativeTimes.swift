import Foundation

/// Times told relative to another event of the article ("About forty minutes later, rockets were launched …",
/// "the following day", "later that night", "within hours", "in the same raid", "at about the same time"): they carry no day of their own, so they take the day of the
/// event told just before them (shifted by a day for "the next day" / "the previous day"), at that event's
/// precision. Without this such reports come out undated and fall into the background or merge with the
/// event they follow.
enum RelativeTimes {
    /// Phrases dating an event from the one told before it; group 1 names the shift.
    static let phrase = Rx(#"\b(?:(?:about|around|some|roughly|nearly|almost|just|barely|only|less than|more than)\s+)?(?:(?:a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|several|few|\d{1,3})\s+)?(?:minutes?|hours?)\s+(?:later|afterwards?|earlier|before that)\b|\b(?:shortly|soon|moments|minutes|hours)\s+(?:afterwards?|after that|thereafter|later)\b|\bwithin\s+(?:the|an|the same|half an)\s+hour\b|\bwithin\s+(?:hours|minutes)\b|\b(?:in|over|within|during)\s+the\s+(?:following|next|ensuing)\s+(?:(?:\d{1,3}|a\s+few|few|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|ninety)\s+)?(?:minutes|hours|hour)\b|\b(?:in|during)\s+the\s+same\s+(?:raid|attack|wave|strikes?|operation|barrage|salvo|assault|bombardment|offensive)\b|\bat\s+(?:(?:about|around|roughly|nearly|almost)\s+)?the\s+same\s+(?:time|moment)\b|\blater\s+(?:that|the same)\s+(?:night|day|evening|morning|afternoon)\b|\blater\s+in\s+the\s+(?:day|morning|afternoon|evening|night)\b|\b(?:that|the)\s+same\s+(?:night|day|date|evening|morning|afternoon)\b|\b(?:the\s+(?:following|next)\s+(?:day|morning|night|evening|afternoon)|a\s+day\s+later|the\s+day\s+after(?:wards?)?(?!\s+(?:the|a|an|its|their)\b))|\b(?:the\s+previous\s+(?:day|night|evening)|a\s+day\s+earlier|the\s+day\s+before(?!\s+(?:the|a|an|its|their|yesterday)\b))|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+(?:later|afterwards?|earlier|before\s+that)\b"#,
        anchors: ["minute", "hour", "shortly", "soon", "moment", "later", "same", "following", "next", "previous", "earlier", "day after", "day before", "days"],
        lead: 4) // ("more than a few minutes later": four words before "minute")

    /// A clock time with no day ("Shortly after 4:15 p.m.", "at about 9 pm", "at 1130 hrs local time", "At approximately
    /// 13:30", "at 0930 UTC"): a narrative going on with the day it told last, like "later that day". A bare 24-hour time
    /// needs its colon ("at 13:30"; "at 13.30" could be a price or a score).
    static let clockTime = Rx(#"\b(?:(?:shortly|just|soon|minutes)\s+(?:after|before)|at|around|about|by|until)\s+(?:(?:around|about|roughly|approximately|nearly)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]\.?m\b)|\d{1,2}[:.]\d{2}\s*(?:local time|gmt|utc)\b|(?:[01]?\d|2[0-3]):[0-5]\d\b(?![:.,]?\d)|\d{4}\s*(?:hrs|hours|gmt|utc|z)\b(?:\s+local time)?)"#,
        anchors: ["a.m", "p.m", "am", "pm", "local time", "gmt", "utc", "hrs", "hours", ":"])

    /// Minutes after midnight of a clock time phrase ("At around 13:00" → 780, "at about 9 pm" → 1260, "at 1130 hrs" → 690),
    /// or nil when the phrase tells no hour.
    static func clockMinutes(_ text: String) -> Int? {
        let ns = text.asciiLower as NSString
        guard clockTime.test(ns), let m = clockDigits.first(ns), let h = m.group(1, in: ns).flatMap({ Int($0) }) else { return nil }
        let min = m.group(2, in: ns).flatMap { Int($0) } ?? 0
        let pm = m.group(3, in: ns)?.hasPrefix("p") ?? false, am = m.group(3, in: ns)?.hasPrefix("a") ?? false
        let hour = pm && h < 12 ? h + 12 : am && h == 12 ? 0 : h
        return hour < 24 && min < 60 ? hour * 60 + min : nil
    }
    private static let clockDigits = Rx(#"\b(\d{1,2})(?:[:.]?(\d{2}))?\s*(?:([ap])\.?m\b|hrs\b|hours\b|local\b|gmt\b|utc\b|z\b)?"#)

    /// A sentence opening with a clock time ("Shortly after 4:15 p.m., artillery fired …"): the narrative's next step.
    static func opensWithClockTime(_ ns: NSString) -> Bool {
        clockTime.first(ns).map { $0.range.location <= openingLimit(ns) } ?? false
    }
    /// Where a clock time that opens the sentence may start: "Then, at about 9:20 PM, …" (a word of sequence first).
    static func openingLimit(_ ns: NSString) -> Int { (sequenceLead.first(ns).map { $0.range.length } ?? 0) + 2 }
    static let sequenceLead = Rx(#"^\W*(?:then|later|afterwards|and then|meanwhile|subsequently)\s*,?\s*"#)

    /// The day shift a phrase implies: +1 for the next day, -1 for the previous one, else 0.
    static func shift(_ text: String) -> Int {
        let t = text.asciiLower
        // "Three days later", "two days earlier": that many days from the event told before.
        if let m = daysShift.first(t as NSString), let n = m.group(1, in: t as NSString).flatMap(DateWords.number), n > 0 {
            return (m.group(2, in: t as NSString) ?? "").hasPrefix("later") || (m.group(2, in: t as NSString) ?? "").hasPrefix("after") ? n : -n
        }
        // "some 48 hours earlier", "24 hours later": whole days of hours.
        if let m = hoursShift.first(t as NSString), let n = m.group(1, in: t as NSString).flatMap({ Int($0) }), n >= 24 {
            return (m.group(2, in: t as NSString) ?? "").hasPrefix("earlier") || (m.group(2, in: t as NSString) ?? "").hasPrefix("before") ? -(n / 24) : n / 24
        }
        // "In the following 45 minutes", "over the next hour": the same day.
        if t.has("minute") || t.has("hour"), !t.has("day") { return 0 }
        if t.has("following") || t.has("next") || t.has("day later") || t.has("day after") { return 1 }
        if t.has("previous") || t.has("day earlier") || t.has("day before") { return -1 }
        return 0
    }

    static let hoursShift = Rx(#"\b(\d{2,3})\s+hours\s+(later|afterwards?|earlier|before)\b"#, anchors: ["hours"])
    static let daysShift = Rx(#"\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+(later|afterwards?|earlier|before)\b"#, anchors: ["days"])

    static let cueStems = ["later", "after", "earlier", "within", "same", "following", "next", "previous", "before", "thereafter"].map { Array($0.utf8) }

    /// "The strike came five days after US forces struck …": the event after the phrase is that many days before
    /// (or, with "before", after) the event the sentence's subject stands for; "a week after" is seven days.
    static let gap = Rx(#"\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|just|only|a few|several)\s+)?(days?|hours?|weeks?)\s+(after|before)\b"#)

    /// Live feeds and tickers put each entry's time on a line of its own ("2 hours ago", "Yesterday", "14:05 GMT, 3 March")
    /// above the entry: an undated mention in the paragraph right below such a line takes its day.
    static func feedStamps(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        var stampOf: [Int: TimeExpression] = [:] // paragraph → the stamp that is its whole text
        var sentencesIn: [Int: Int] = [:]
        for s in sentences where !s.isHeadline { sentencesIn[s.paragraph, default: 0] += 1 }
        // "Chhattisgarh: Timeline (Terrorist Activities)-2021" over "March 23", "April 3": a chronology page with no
        // publication day whose headline names one year holds that year's days.
        var pageYear: String?
        if published == nil {
            let years = Set(sentences.filter(\.isHeadline).flatMap { s in
                s.text.split(whereSeparator: { !$0.isNumber }).filter { $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }.map(String.init)
            })
            if years.count == 1 { pageYear = years.first }
        }
        for s in sentences where !s.isHeadline && sentencesIn[s.paragraph] == 1 && s.ns.length <= 40 {
            if let t = clockStampDay(s.ns, published: published) { stampOf[s.paragraph] = t; continue }
            var found = TimeExpressions.find(in: s.ns, text: s.text, published: published)
            if let year = pageYear, found.count == 1, found[0].date == nil, found[0].nominalPrecision == .day {
                let dated = s.text.trimmingCharacters(in: .whitespaces) + ", " + year
                found = TimeExpressions.find(in: dated, published: nil).map { var t = $0; t.text = found[0].text; return t }
            }
            guard found.count == 1, let t = found.first, t.date != nil, !t.isSpeechTime,
                  s.text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).count <= t.text.count + 1 else { continue }
            stampOf[s.paragraph] = t
        }
        entryHeads(&mentions, sentences: sentences, published: published)
        sectionHeads(&mentions, sentences: sentences, published: published)
        // "16:58 Summary of the afternoon: …", "13:14 A rocket hit a house in Sderot.": a page whose entries open with
        // their clock time on the same line; the stamp is the entry's own (the paragraph it opens, not the next).
        var inline: [Int: TimeExpression] = [:]
        if stampOf.isEmpty, let published {
            var firsts = Set<Int>()
            for s in sentences where !s.isHeadline && firsts.insert(s.paragraph).inserted {
                guard s.ns.length > 8, let m = inlineStamp.first(s.ns) else { continue }
                inline[s.paragraph] = TimeExpression(range: NSRange(location: 0, length: 0), text: s.ns.sub(m.range(at: 1)), date: published,
                                                     precision: .day, isSpeechTime: false, nominalPrecision: .day)
            }
            if inline.count >= 3 { shiftAcrossMidnight(&inline, published: published) } else { inline = [:] }
        }
        guard !stampOf.isEmpty || !inline.isEmpty else { return }
        shiftAcrossMidnight(&stampOf, published: published)
        for i in mentions.indices where mentions[i].time == nil {
            let paragraph = sentences[mentions[i].sentence].paragraph
            guard let stamp = inline[paragraph] ?? stampOf[paragraph - 1] else { continue }
            mentions[i].time = stamp.borrowed
            placeInUnlistedVillage(&mentions[i], sentences[mentions[i].sentence])
            // "19:30 / Settlers attack homes in Urif", "1:40 PM / A blast has been reported inside a mosque": the entry's stamp
            // is the time the report word wanted (not for plurals: "a series of explosions near the airport" may be a strike's).
            if mentions[i].trigger.wantedTime, mentions[i].trigger.kind == .generic, !EventTriggers.isPlural(mentions[i].trigger.word), stamp.precision == .day, mentions[i].strength == .reference {
                mentions[i].strength = .report; mentions[i].trigger.strength = .report
            }
        }
    }

    /// A clock time opening an entry's text: "16:58 Summary …", "9.40pm - Troops …" (group 1: the time).
    static let inlineStamp = Rx(#"^\W{0,3}(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?)\s+(?:[-–—|:]\s+)?(?=\p{Lu})"#, caseInsensitive: false)

    /// A live page's bare clock stamps are the publication day's, except across midnight: "11:52 PM … 12:20 AM … 04:05 AM"
    /// (oldest first) or "04:05 AM … 12:20 AM … 11:52 PM" (newest first) on a page of the later day puts the entries before
    /// midnight on the day before. The page's newest entry is taken to be of the publication day.
    static func shiftAcrossMidnight(_ stampOf: inout [Int: TimeExpression], published: Day?) {
        guard let published else { return }
        let bare = stampOf.keys.sorted().compactMap { p -> (Int, Int)? in
            guard let t = stampOf[p], t.date == published, !t.text.contains(where: { $0 == "/" }),
                  let minutes = stampMinutes(t.text) else { return nil }
            return (p, minutes)
        }
        guard bare.count >= 2 else { return }
        let steps = zip(bare, bare.dropFirst()).map { $1.1 - $0.1 }
        let forward = steps.filter { $0 > 0 && $0 < 12 * 60 || $0 < -12 * 60 }.count
        let backward = steps.filter { $0 < 0 && $0 > -12 * 60 || $0 > 12 * 60 }.count
        guard forward != backward else { return }
        // Days back from the newest entry: each wrap past midnight between an entry and the newest one is one day.
        var back = Array(repeating: 0, count: bare.count)
        if forward > backward {
            for i in stride(from: bare.count - 2, through: 0, by: -1) { back[i] = back[i + 1] + (steps[i] < -12 * 60 ? 1 : 0) }
        } else {
            for i in 1..<bare.count { back[i] = back[i - 1] + (steps[i - 1] > 12 * 60 ? 1 : 0) }
        }
        for (i, (p, _)) in bare.enumerated() where back[i] > 0 {
            guard let t = stampOf[p] else { continue }
            stampOf[p] = TimeExpression(range: t.range, text: t.text, date: published.adding(days: -back[i]), precision: t.precision,
                                        isSpeechTime: t.isSpeechTime, nominalPrecision: t.nominalPrecision)
        }
    }

    /// Minutes after midnight of a stamp's clock time: "23:52", "11:52 PM", "9.30 a.m.".
    static func stampMinutes(_ text: String) -> Int? {
        let ns = text as NSString
        guard let m = stampClock.first(ns), let h = m.group(1, in: ns).flatMap({ Int($0) }), let mm = m.group(2, in: ns).flatMap({ Int($0) }),
              h < 24, mm < 60 else { return nil }
        let meridiem = m.group(3, in: ns)?.lowercased()
        if meridiem == nil { return h * 60 + mm }
        guard h >= 1, h <= 12 else { return nil }
        return ((h % 12) + (meridiem == "p" ? 12 : 0)) * 60 + mm
    }
    static let stampClock = Rx(#"\b(\d{1,2})[:.](\d{2})\b(?:\s*([ap])\.?m\b\.?)?"#)

    /// A report dated only by its entry's head ("March 23 / Five DRG personnel were killed … near Kadenar village") is
    /// placed like a report dated by its own words: in the village the gazetteer lacks, when it names no listed place.
    static func placeInUnlistedVillage(_ m: inout EventMention, _ s: ArticleSentence) {
        guard m.place == nil, m.strength == .report else { return }
        m.place = UnlistedPlace.mentionWithoutPlace(in: s, window: NSRange(location: 0, length: s.ns.length))
    }

    /// A factbox's or chronology's section heading: a short line naming a place or event with its date in brackets
    /// and no sentence of its own ("GARISSA UNIVERSITY COLLEGE (April 2, 2015)", "Westgate mall, Nairobi (21 September
    /// 2013)"). The bullets under it tell the event without its day: an undated report there takes the heading's, up to
    /// the next heading (a bracketed date line, or a short line in capitals: "OTHER ATTACKS").
    static func sectionHeads(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        var sentencesIn: [Int: Int] = [:]
        for s in sentences where !s.isHeadline { sentencesIn[s.paragraph, default: 0] += 1 }
        var heads: [(paragraph: Int, time: TimeExpression?)] = []
        for s in sentences where !s.isHeadline && sentencesIn[s.paragraph] == 1 && s.ns.length <= 90 {
            let text = s.text.trimmingCharacters(in: .whitespaces)
            guard let open = text.lastIndex(of: "("), text.hasSuffix(")") else {
                // "OTHER ATTACKS": a short heading in capitals ends the section before it.
                if text.split(separator: " ").count <= 5, text.count >= 4, text == text.uppercased(), text.contains(where: \.isLetter),
                   !heads.isEmpty { heads.append((s.paragraph, nil)) }
                continue
            }
            let name = text[..<open], inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty, name.split(separator: " ").count <= 8, !name.contains(".") else { continue }
            let found = TimeExpressions.find(in: inside as NSString, text: inside, published: published)
            guard found.count == 1, let t = found.first, t.date != nil, !t.isSpeechTime, t.precision != .unknown,
                  t.text.count + 2 >= inside.trimmingCharacters(in: .whitespaces).count else { continue }
            heads.append((s.paragraph, t))
        }
        guard heads.contains(where: { $0.time != nil }) else { return }
        // Reports only: a reference under a heading ("the suicide bomber was among the dead") is told with its report.
        for i in mentions.indices where mentions[i].time == nil && mentions[i].strength == .report && !mentions[i].backgroundCue {
            let p = sentences[mentions[i].sentence].paragraph
            guard let head = heads.last(where: { $0.paragraph < p }), let t = head.time else { continue }
            mentions[i].time = t.borrowed
            placeInUnlistedVillage(&mentions[i], sentences[mentions[i].sentence])
        }
    }

    /// A date, then a dash or colon, opening a paragraph: a timeline or chronology entry's head ("7 June – Vezneciler,
    /// Istanbul.", "March 3: Erbil.", "- 12 Feb 2024 — Tower 22"). Group 1 is what follows the separator.
    static let entryHead = Rx(#"^\W{0,3}[^\n]{3,30}?\s*(?:[–—:|]|\s-)\s*(.*)$"#)

    /// Timeline entries tell their day (and often their place) once, in the head, and the event in the sentences
    /// under it: an undated mention of the entry takes the head's day, and its place when it names none.
    /// False when `entryHead` cannot match: its separator is a literal "–", "—", ":", "|" (no case variants), or "-"
    /// right after a `\s` (any control character, space or unit that is not ASCII counts as a possible one).
    static func mayHoldEntrySeparator(_ ns: NSString) -> Bool {
        let u = RxText.of(ns).original
        for i in u.indices {
            switch u[i] {
            case 0x2013, 0x2014, 58, 124: return true
            case 45: if i > 0, u[i - 1] >= 0x80 || u[i - 1] <= 32 { return true }
            default: continue
            }
        }
        return false
    }

    static func entryHeads(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        var headOf: [Int: (time: TimeExpression, place: Mention<Place>?)] = [:]
        var seen = Set<Int>()
        for s in sentences where !s.isHeadline && seen.insert(s.paragraph).inserted {
            guard s.ns.length <= 160, mayHoldEntrySeparator(s.ns), let m = entryHead.first(s.ns) else { continue }
            // Only the head (before the separator, at most ~35 characters) can hold the entry's day: read just that.
            let headText = s.ns.slice(0, m.range(at: 1).location)
            let found = TimeExpressions.find(in: headText as NSString, text: headText, published: published)
            guard let t = found.first, t.date != nil, !t.isSpeechTime, t.precision == .day || t.precision == .month,
                  t.range.location <= 3 else { continue }
            // The head's most specific place ("Vezneciler, Istanbul." → the quarter when the gazetteer knows it).
            let headPlace = s.places.filter { $0.range.lowerBound >= m.range(at: 1).location }
                .max(by: { IncidentExtractor.rank($0.entry) < IncidentExtractor.rank($1.entry) })
            headOf[s.paragraph] = (t, headPlace)
        }
        guard !headOf.isEmpty else { return }
        for i in mentions.indices {
            let s = sentences[mentions[i].sentence]
            guard let head = headOf[s.paragraph], mentions[i].time == nil,
                  let first = sentences.first(where: { $0.paragraph == s.paragraph }), first.index != s.index else { continue }
            let t = head.time
            mentions[i].time = t.borrowed
            if let p = head.place, mentions[i].place.map({ IncidentExtractor.rank($0.entry) < IncidentExtractor.rank(p.entry) }) ?? true { mentions[i].place = p }
            placeInUnlistedVillage(&mentions[i], s)
        }
    }

    /// A live page's entry stamp: a clock time alone ("10:48", "18:05 - UPDATE", "9.40pm") or with a numeric day
    /// ("19:22 | 13.10.24", "13/10/2024 19:22"). Group 1 and 2 hold the day written before or after the time.
    static let clockStamp = Rx(#"^\W{0,3}(?:(\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))\s*[|·•,–—-]?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?))?(?:\s*(?:GMT|UTC|local time)(?:\s*[+-]\s*\d{1,2})?)?(?:\s*[|·•,–—-]?\s*(\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})))?(?:\s*[-–—:|]?\s*(?:UPDATE|UPDATED|BREAKING|NEW))?\W{0,3}$"#)

    /// The day a clock stamp gives its entry: its numeric day (day first, as outside the US; month first only when
    /// the day-first reading is impossible or after the report), else the report's own day (a live page's entries
    /// stamped with a time only are of its day). Nil when it is no stamp or the day cannot be read.
    static func clockStampDay(_ ns: NSString, published: Day?) -> TimeExpression? {
        guard ns.length >= 4, let m = clockStamp.first(ns) else { return nil }
        var day = published
        if let text = m.group(1, in: ns) ?? m.group(2, in: ns) {
            let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            let y = parts[2] < 100 ? 2000 + parts[2] : parts[2]
            let late = { (d: Day) in published.map { d > $0.adding(days: 1) } ?? false }
            if let d = Day(year: y, month: parts[1], day: parts[0]), !late(d) { day = d }
            else if let d = Day(year: y, month: parts[0], day: parts[1]), !late(d) { day = d }
            else { return nil }
        }
        guard let day else { return nil }
        return TimeExpression(range: m.range, text: ns.sub(m.range), date: day, precision: .day, isSpeechTime: false, nominalPrecision: .day)
    }

    /// "Lebanon today lost its former prime minister. A huge explosion targeted his motorcade …": a sentence that says
    /// when, with no attack word, dates the blast the next sentence of its paragraph tells, when that blast is the first
    /// event the report tells (an untimed "explosion" is otherwise too vague to be news).
    static func newsDayBefore(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        guard published != nil,
              let i = mentions.indices.first(where: { !sentences[mentions[$0].sentence].isHeadline && (mentions[$0].strength == .report || mentions[$0].trigger.wantedTime) }) else { return }
        let m = mentions[i]
        guard m.time == nil, m.strength == .reference, m.trigger.wantedTime, m.trigger.kind == .generic, !m.backgroundCue,
              !EventTriggers.isPlural(m.trigger.word), m.sentence > 0 else { return }
        // The sentence just before, in the same paragraph and with no attack word of its own, says when.
        let prev = sentences[m.sentence - 1]
        guard prev.paragraph == sentences[m.sentence].paragraph, !mentions.contains(where: { $0.sentence == prev.index }) else { return }
        let found = TimeExpressions.find(in: prev.ns, text: prev.text, published: published).filter { !$0.isSpeechTime }
        guard found.count == 1, let t = found.first, t.date != nil, t.precision == .day else { return }
        for j in mentions.indices where mentions[j].sentence == m.sentence && mentions[j].time == nil && mentions[j].trigger.wantedTime {
            mentions[j].time = t.borrowed
            mentions[j].strength = .report; mentions[j].trigger.strength = .report
        }
    }

    /// A report with no publication day that dates one event in full ("on Friday 2 November 2018") and another without
    /// its year ("On Sunday 4 November"): the weekday fixes the year among those the text names (or the one after or
    /// before it, as at a year's turn), nearest first. Without a weekday that agrees the date stays unresolved.
    static func yearFromWeekday(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        guard published == nil, mentions.contains(where: { $0.time.map { $0.date == nil && $0.nominalPrecision == .day } ?? false }) else { return }
        // The years of the article's full dates, by sentence.
        let years = datesWithTheirYear(sentences).map { (sentence: $0.sentence, year: $0.day.year) }
        guard !years.isEmpty else { return }
        for i in mentions.indices {
            guard let t = mentions[i].time, t.date == nil, t.nominalPrecision == .day else { continue }
            let words = Words.of(t.text)
            guard let weekday = words.lazy.compactMap(DateWords.weekday).first,
                  // The month and day, read as if the text had named a year (any will do: only they are kept).
                  let probe = TimeExpressions.find(in: t.text + " 2000", published: nil).first(where: { $0.date != nil && $0.precision == .day })?.date
            else { continue }
            let here = mentions[i].sentence
            let nearest = years.sorted { (abs($0.sentence - here), $0.sentence > here ? 1 : 0) < (abs($1.sentence - here), $1.sentence > here ? 1 : 0) }
            for y in nearest.flatMap({ [$0.year, $0.year + 1, $0.year - 1] }) {
                guard let d = Day(year: y, month: probe.month, day: probe.day), d.weekday == weekday else { continue }
                mentions[i].time?.date = d
                mentions[i].time?.precision = .day
                break
            }
        }
    }

    /// The dates the article writes with their year ("4 October 2011", "in 2009"), by sentence: read without a
    /// publication day, they are all the calendar such a report gives.
    static func datesWithTheirYear(_ sentences: [ArticleSentence]) -> [(sentence: Int, day: Day, precision: DatePrecision)] {
        var out: [(sentence: Int, day: Day, precision: DatePrecision)] = []
        for s in sentences where s.text.plainContains("19") || s.text.plainContains("20") {
            for e in TimeExpressions.find(in: s.ns, text: s.text, published: nil) {
                if let d = e.date, e.text.plainContains(String(d.year)) { out.append((s.index, d, e.precision)) }
            }
        }
        return out
    }

    /// A report with no publication day whose news is dated in full ("on Tuesday, 4 October 2011") and that recalls an
    /// earlier event by day and month only ("On 10 June, the interior minister was killed"): the day is the latest one
    /// before the full date, as a reporter leaves out the year of the months just past, or one within a month after it
    /// ("Two days later, on October 18"). Only with one full date
    /// in the text (several years give no single reading).
    static func yearBeforeFullDate(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        guard published == nil, mentions.contains(where: { $0.time.map { $0.date == nil && $0.nominalPrecision == .day } ?? false }) else { return }
        let full = Set(datesWithTheirYear(sentences).filter { $0.precision == .day }.map(\.day))
        guard full.count == 1, let anchor = full.first else { return }
        for i in mentions.indices {
            guard let t = mentions[i].time, t.date == nil, t.nominalPrecision == .day,
                  !Words.of(t.text).contains(where: { DateWords.weekday($0) != nil }),
                  let probe = TimeExpressions.find(in: t.text + " 2000", published: nil).first(where: { $0.date != nil && $0.precision == .day })?.date,
                  let same = Day(year: anchor.year, month: probe.month, day: probe.day) else { continue }
            // ("Two days later, on October 18": a day within a month after the full date is of its year, told as what followed.)
            let d = same <= anchor || same.days(since: anchor) <= 31 ? same : Day(year: anchor.year - 1, month: probe.month, day: probe.day)
            guard let d else { continue }
            mentions[i].time?.date = d
            mentions[i].time?.precision = .day
        }
    }

    /// A report with no publication day that dates one event in full ("on the morning of Monday, 28 July 2008") and then
    /// tells another "on the same Monday" or "on Monday": the bare weekday is the day of the nearest event told before it
    /// on that weekday (a weekday that no earlier date has stays unresolved). Only a report: "Monday's attack was the
    /// first on a demonstration" names an event told before, and which one is for the grouping to say.
    static func weekdayOfEarlierDate(_ mentions: inout [EventMention], published: Day?) {
        guard published == nil else { return }
        for i in mentions.indices {
            guard mentions[i].strength == .report, let t = mentions[i].time, t.date == nil, t.nominalPrecision == .day,
                  let weekday = Words.of(t.text).lazy.compactMap(DateWords.weekday).first else { continue }
            let here = mentions[i].sentence
            let earlier = mentions.indices.filter { mentions[$0].sentence < here }.reversed()
            guard let j = earlier.first(where: { mentions[$0].time?.precision == .day && mentions[$0].time?.date?.weekday == weekday }),
                  let day = mentions[j].time?.date else { continue }
            mentions[i].time?.date = day
            mentions[i].time?.precision = .day
        }
    }

    /// Gives each undated mention whose sentence dates it relative to an earlier event the day of the nearest
    /// dated mention told before the phrase (an earlier sentence, or earlier in the same sentence).
    /// `phrasesOnly`: only the phrases of sequence ("minutes later", "in the following hour"), for mentions still undated
    /// after later passes dated the events they follow.
    static func anchor(_ mentions: inout [EventMention], sentences: [ArticleSentence], phrasesOnly: Bool = false) {
        if !phrasesOnly { anchorOwnDays(&mentions, sentences: sentences) }
        for i in mentions.indices where mentions[i].time == nil {
            let s = sentences[mentions[i].sentence]
            guard s.folded.hasAny(cueStems) || opensWithClockTime(s.ns) else { continue }
            // The phrase nearest before the attack word (or right after it: "rockets hit X minutes later").
            let t = mentions[i].trigger.range
            if let g = gap.matches(s.ns).last(where: { $0.range.location + $0.range.length <= t.location && t.location - ($0.range.location + $0.range.length) < 120 }) {
                if !phrasesOnly { anchorGap(&mentions, i, g, in: s) }
                continue
            }
            anchorPhrase(&mentions, i, in: s)
        }
    }

    /// "that year", "earlier in the day", and the gap after a day the sentence tells.
    private static func anchorOwnDays(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        thatYear(&mentions, sentences: sentences)
        // "… struck Sadr City yesterday afternoon … Earlier in the day, gunmen attacked the Ministry of Health": the day of
        // the event told before (the report's day only when that event is today's).
        for i in mentions.indices {
            guard let t0 = mentions[i].time, t0.text.asciiLower.hasPrefix("earlier in the day"),
                  let (j, base, day) = prior(to: i, before: t0.range.location, mentions, ownWordsOnly: true, dayOnly: true),
                  base.precision == .day, sentences[mentions[i].sentence].paragraph - sentences[mentions[j].sentence].paragraph <= 6 else { continue }
            mentions[i].time?.date = day
            mentions[i].relativeTime = true
        }
        // "The militia announced on Tuesday it was suspending operations, two days after a drone attack killed …": the
        // sentence's day belongs to what comes before the gap; the attack after it is that many days earlier.
        for i in mentions.indices {
            guard let t0 = mentions[i].time, let d0 = t0.date, t0.precision == .day else { continue }
            let s = sentences[mentions[i].sentence]
            guard s.folded.has(" after") || s.folded.has(" before") else { continue }
            let t = mentions[i].trigger.range
            let t0End = t0.range.location + t0.range.length
            // "Two days after the Evin strike, on June 25, the judiciary announced …": the day told after the phrase is
            // the main clause's; the event the phrase names is that many days from it.
            let dayAfter = t0.range.location >= t.location + t.length && t0.range.location - (t.location + t.length) < 30
            guard dayAfter || t0End <= t.location, let g = gap.matches(s.ns).last(where: { g in
                let end = g.range.location + g.range.length
                // The attack word lies in the phrase's own clause ("Two days after the election, a car bomb exploded … on
                // Monday" names the bomb's own day in the main clause).
                return end <= t.location && t.location - end < 40 && (dayAfter || g.range.location >= t0End) && !s.ns.slice(end, t.location).contains(",")
            }) else { continue }
            let unit = g.group(2, in: s.ns)?.asciiLower ?? ""
            guard unit.hasPrefix("day") || unit.hasPrefix("week"), let n0 = g.group(1, in: s.ns).flatMap(DateWords.number), n0 > 0 else { continue }
            let n = unit.hasPrefix("week") ? 7 * n0 : n0
            let sign = (g.group(3, in: s.ns)?.asciiLower == "before") ? 1 : -1
            mentions[i].time = TimeExpression(range: g.range, text: s.ns.sub(g.range), date: d0.adding(days: sign * n), precision: .day,
                                              isSpeechTime: false, nominalPrecision: .day)
            mentions[i].relativeTime = true
        }
    }

    /// "two days after a drone attack killed …": the gap counted from the event told before (or the sentence's own day).
    private static func anchorGap(_ mentions: inout [EventMention], _ i: Int, _ g: NSTextCheckingResult, in s: ArticleSentence) {
        let unit = g.group(2, in: s.ns)?.asciiLower ?? ""
        // ("exactly a week after a police raid": seven days; "less than 24 hours after a suicide attack": a day or
        // two counted in hours, rounded to days.)
        let count = g.group(1, in: s.ns).flatMap(DateWords.number) ?? 0
        let n = unit.hasPrefix("hour") ? (count >= 18 ? Int((Double(count) / 24).rounded()) : 0) : count * (unit.hasPrefix("week") ? 7 : 1)
        guard unit.hasPrefix("hour") || n > 0 else { return }
        let sign = (g.group(3, in: s.ns)?.asciiLower == "before") ? 1 : -1
        // "The militia announced on Tuesday it was suspending attacks, two days after a drone attack killed …":
        // with no event told before, the day the sentence tells (that of the statement) anchors the gap.
        let own = mentions[i].speechTime.flatMap { st -> (Int, TimeExpression, Day)? in
            guard let d = st.date, st.precision == .day, st.range.location + st.range.length <= g.range.location else { return nil }
            return (i, st, d)
        }
        // "The strike comes six days after …": the subject is the article's news, not the event told last.
        let lead = cameAfter.test(s.ns, window: NSRange(location: 0, length: g.range.location)) ? leadEvent(mentions) : nil
        // "won a surprise victory three days after ten bombs ripped through four commuter trains", after "Thursday's
        // train bombings": counted back from an attack of the same kind told before, the gap would make that attack
        // a second one days earlier; the main clause's own day is untold, so the mention stays undated.
        // (Not when that attack is the main clause of the same sentence: "a suicide bomber blew up a trolleybus …,
        // less than 24 hours after a suicide attack on the city's main railway station".)
        if n > 0, lead == nil, own == nil, let (j, _, _) = prior(to: i, before: g.range.location, mentions),
           mentions[j].type == mentions[i].type, mentions[i].type != .other, mentions[j].sentence != mentions[i].sentence, !cameAfter.test(s.ns, window: NSRange(location: 0, length: g.range.location)) { return }
        if let (_, base, day) = lead ?? prior(to: i, before: g.range.location, mentions) ?? own {
            let k = base.precision == .day ? sign * n : 0
            mentions[i].time = TimeExpression(range: g.range, text: s.ns.sub(g.range), date: day.adding(days: k), precision: base.precision,
                                              isSpeechTime: false, nominalPrecision: base.precision)
            mentions[i].relativeTime = true
        }
    }

    /// "Minutes later", "the following day", "at 14:30": the day of the event told before, shifted as the phrase says.
    private static func anchorPhrase(_ mentions: inout [EventMention], _ i: Int, in s: ArticleSentence) {
        let t = mentions[i].trigger.range
        let limit = openingLimit(s.ns)
        let found = (phrase.matches(s.ns) + clockTime.matches(s.ns).filter { $0.range.location <= limit }).sorted { $0.range.location < $1.range.location }.filter { m in
            m.range.location + m.range.length <= t.location || m.range.location - (t.location + t.length) < 90
        }
        guard let p = found.last(where: { $0.range.location < t.location }) ?? found.first else { return }
        let text = s.ns.sub(p.range)
        // "Three days later": counted from an event dated by its own words, not from one itself told relative to
        // another ("claimed the ambush the following day"), which would add its shift twice.
        let days = daysShift.test(text.asciiLower as NSString)
        let clock = clockTime.test(text as NSString) && !phrase.test(text as NSString)
        guard let (_, base, day) = prior(to: i, before: p.range.location, mentions, ownWordsOnly: days, dayOnly: clock) else { return }
        let n = base.precision == .day ? shift(text) : 0
        mentions[i].time = TimeExpression(range: p.range, text: text, date: day.adding(days: n), precision: base.precision,
                                          isSpeechTime: false, nominalPrecision: base.precision)
        mentions[i].relativeTime = true
    }

    /// "The ferry left Manila at about 2200H of 27 February 2004. … At about 2300H of the same date, an explosion occurred":
    /// "the same date" with no event told before it is the day the sentences just before name (an inquiry's facts or a
    /// chronology date the circumstances first, then the event).
    static func sameDateToldBefore(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        for i in mentions.indices where mentions[i].time == nil && mentions[i].strength == .report {
            let s = sentences[mentions[i].sentence]
            guard s.folded.has("same da"), let m = sameDatePhrase.matches(s.ns).first, m.range.location < mentions[i].trigger.range.location,
                  !mentions[..<i].contains(where: { $0.time?.date != nil }) else { continue }
            let earlier = sentences[max(0, s.index - 2)..<s.index].filter { !$0.isHeadline }.reversed()
            guard let t = earlier.lazy.compactMap({ p in
                TimeExpressions.find(in: p.ns, text: p.text, published: published).last(where: { $0.date != nil && $0.precision == .day && !$0.isSpeechTime })
            }).first else { continue }
            mentions[i].time = TimeExpression(range: m.range, text: s.ns.sub(m.range), date: t.date, precision: .day, isSpeechTime: false, nominalPrecision: .day)
            mentions[i].relativeTime = true
        }
    }
    /// "The same Friday, the war reached the hotels of Baghdad. At about eight in the morning, two car bombs exploded …",
    /// "Thursday was a day of double mourning. While the first reports were coming in, two gunmen opened fire …": a day
    /// told by the sentence that opens the scene, with no event of its own, dates the paragraph's first event told without one.
    static func dayFromSceneSetter(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        let told = Set(mentions.map(\.sentence))
        // (Not an event whose sentence tells a day of speaking: "A roadside bomb later struck a patrol, police said on
        // Friday" is dated by the statement, not by the scene before it.)
        for i in mentions.indices where mentions[i].time == nil && mentions[i].speechTime == nil && mentions[i].strength == .report {
            let s = sentences[mentions[i].sentence]
            guard !s.isHeadline, s.paragraph >= 0, !mentions.contains(where: { $0.sentence < s.index && sentences[$0.sentence].paragraph == s.paragraph }) else { continue }
            // Two sentences back in the paragraph; before it, up to two paragraphs of narrative back to one that opens
            // with the day ("On Wednesday evening a truck overturned … ¶ What happened next … ¶ By the end of the exchange
            // of fire two men had been killed"), none of them telling an event.
            var back = 1
            while back <= 8, s.index - back >= 0 {
                let p = sentences[s.index - back]
                let inParagraph = p.paragraph == s.paragraph
                guard (inParagraph ? back <= 2 : s.paragraph - p.paragraph <= 2), p.paragraph >= 0, !p.isHeadline, !told.contains(p.index) else { break }
                back += 1
                let days = TimeExpressions.find(in: p.ns, text: p.text, published: published).filter { $0.date != nil && !$0.isSpeechTime }
                guard let t = days.first else { continue }
                // (Not a statement's day: "On Saturday, Iran admitted that …", "Police said on Monday …".)
                if p.words.contains(where: sceneSpeechWords.contains) { break }
                let opensParagraph = p.index == 0 || sentences[p.index - 1].paragraph != p.paragraph
                // "… Less than two days later, on Monday, 23 July 2012, the campaign began. ¶ The worst blow fell on Taji.
                // About an hour after dawn, bombs … exploded": a full date that closes the paragraph before the narrative.
                // (A sentence of narrative, not a stamp line: "24.10.2024 Thursday 09:15 | Last update: 24.10.2024 11:02".)
                let closesParagraph = p.index + 1 < sentences.count && sentences[p.index + 1].paragraph != p.paragraph && p.words.count >= 8 && p.text.hasSuffix(".")
                let fullDate = Boilerplate.containsYear(t.text)
                // ("On Wednesday of last week, 14 June": a weekday and its date name one day.)
                if Set(days.map(\.date)).count == 1, t.precision == .day,
                   inParagraph || (opensParagraph && t.range.location <= 3 && t.text.asciiLower.hasPrefix("on "))
                    || (closesParagraph && fullDate && s.paragraph - p.paragraph == 1) {
                    mentions[i].time = TimeExpression(range: NSRange(location: 0, length: 0), text: t.text, date: t.date, precision: .day, isSpeechTime: false, nominalPrecision: .day)
                    mentions[i].relativeTime = true
                }
                break
            }
        }
    }

    /// "Eight days after the bomb that killed three women in the restroom of the mall, the authorities announced …": a
    /// lead that opens by counting the days since an event, with no day of its own, measures from the report's day.
    static func daysSinceOpening(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        let told = Set(mentions.map(\.sentence))
        guard let published, let lede = sentences.first(where: { s in !s.isHeadline && s.paragraph >= 0 && told.contains(s.index) }),
              let m = daysSince.first(lede.ns) else { return }
        let count = lede.ns.sub(m.range(at: 1)).asciiLower
        guard let n = ["a", "one"].contains(count) ? 1 : DateWords.number(count) else { return }
        let back = lede.ns.sub(m.range(at: 2)).hasPrefix("week") ? 7 * n : n
        let end = m.range.location + m.range.length
        let comma = lede.ns.range(of: ",", range: NSRange(location: end, length: lede.ns.length - end)).location
        guard comma != NSNotFound, !TimeExpressions.find(in: lede.ns, text: lede.text, published: published).contains(where: { $0.date != nil && !$0.isSpeechTime }) else { return }
        for i in mentions.indices where mentions[i].sentence == lede.index && mentions[i].time == nil
            && mentions[i].trigger.range.location >= end && mentions[i].trigger.range.location < comma {
            mentions[i].time = TimeExpression(range: m.range, text: lede.ns.sub(m.range), date: published.adding(days: -back), precision: .day, isSpeechTime: false, nominalPrecision: .day)
        }
    }
    static let daysSince = Rx(#"^\W*(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|one|\d{1,2})\s+(days|weeks?)\s+after\s+(?:the|a|an)\b"#)

    static let sceneSpeechWords: Set<String> = ["said", "says", "told", "announced", "admitted", "acknowledged", "confirmed", "stated",
                                                "reported", "claimed", "denied", "added", "according", "statement", "quoted", "warned", "vowed"]
    static let sameDatePhrase = Rx(#"\b(?:of|on)\s+(?:that|the)\s+same\s+(?:date|day)\b"#, anchors: ["same"])

    /// Nouns of a whole attack after "a second", "another": not "a second explosion", a part of the same attack.
    static let furtherEventNouns: Set<String> = ["attack", "attacks", "incident", "bombing", "shooting", "ambush", "assault", "raid"]

    /// "In a second attack in the northern city of Mazar-i-Sharif, a bomb … went off": a further attack told with no
    /// time of its own, right after a dated one, happened the same day (wire style counts the day's attacks).
    static func furtherAttackSameDay(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        for i in mentions.indices where mentions[i].time == nil && mentions[i].strength == .report {
            let s = sentences[mentions[i].sentence]
            let t = mentions[i].trigger.range
            // ("In a second attack", "In another attack", "In a separate incident": the sentence's opening words; not "A
            // second explosion went off", a part of the same attack.)
            let opening = Words.of(s.ns.sub(NSRange(location: 0, length: min(s.ns.length, 60))), limit: 6)
            guard let f = opening.firstIndex(where: { ["second", "third", "another", "separate"].contains($0) }),
                  opening[(f + 1)...].prefix(2).contains(where: { furtherEventNouns.contains($0) }) else { continue }
            guard let (j, base, day) = prior(to: i, before: t.location, mentions, ownWordsOnly: true, dayOnly: true), base.precision == .day,
                  s.paragraph - sentences[mentions[j].sentence].paragraph <= 3 else { continue }
            let r = NSRange(location: 0, length: min(t.location + t.length, s.ns.length))
            mentions[i].time = TimeExpression(range: r, text: s.ns.sub(r), date: day, precision: .day, isSpeechTime: false, nominalPrecision: .day)
            mentions[i].relativeTime = true
        }
    }

    /// "has been targeted repeatedly since 2022. On June 22 that year, a rocket landed …": a day or month told "that
    /// year" / "the same year" is in the year the article last named explicitly (before it, in that sentence or an
    /// earlier one), not the one nearest publication. Without such a year the reading stays as it was.
    static func thatYear(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        for i in mentions.indices {
            guard let t = mentions[i].time, let d = t.date, t.precision == .day || t.precision == .month else { continue }
            let lower = t.text.asciiLower
            guard lower.hasSuffix("that year") || lower.hasSuffix("same year") else { continue }
            let here = mentions[i].sentence
            var year: Int?
            for k in stride(from: here, through: 0, by: -1) where year == nil {
                let s = sentences[k]
                guard s.text.contains("19") || s.text.contains("20") else { continue }
                let found = TimeExpressions.find(in: s.text, published: nil).filter { e in
                    e.date != nil && e.range.location != t.range.location && (k < here || e.range.location < t.range.location)
                }
                year = found.last?.date?.year
            }
            guard let y = year, let moved = Day(year: y, month: d.month, day: d.day) else { continue }
            mentions[i].time?.date = moved
        }
    }

    /// "The strike comes six days after", "Sunday's attack came just hours after", "It came two days after": a sentence
    /// whose subject, an event, "comes" some time after another (text up to the gap).
    static let cameAfter = Rx(#"(?:^|[.;:,]\s+|\b(?:the|this|that|it|which|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|today's|yesterday's)\s+(?:[\w'’-]+\s+){0,3}?)(?:comes|came)\s+(?:(?:just|only|barely|exactly|nearly|almost|some|about|more than|less than)\s+)?$"#, anchors: ["came", "comes"])

    /// The article's news: its first event told as a report with its own day (not a cause or a relative time).
    static func leadEvent(_ mentions: [EventMention]) -> (Int, TimeExpression, Day)? {
        guard let j = mentions.indices.first(where: { j in
            let m = mentions[j]
            return m.strength == .report && !m.backgroundCue && !m.relativeTime && m.time?.precision == .day && m.time?.isSpeechTime == false && m.time?.date != nil
        }), let t = mentions[j].time, let d = t.date else { return nil }
        return (j, t, d)
    }

    /// The nearest mention dated by its own words told before a phrase at `location` in mention `i`'s sentence.
    /// `dayOnly`: a clock time ("at about 9:20 PM") goes on from an event told with its day, not from "this week".
    static func prior(to i: Int, before location: Int, _ mentions: [EventMention], ownWordsOnly: Bool = false, dayOnly: Bool = false) -> (Int, TimeExpression, Day)? {
        let candidates = mentions.indices.filter { j in
            // "the deadliest bombing since March 2017, when a suicide attacker …": an event recalled for comparison is no
            // anchor for "two hours after the bombing".
            guard j != i, let time = mentions[j].time, time.date != nil, !time.isSpeechTime, !(ownWordsOnly && mentions[j].relativeTime),
                  !dayOnly || time.precision == .day, !mentions[j].recalledForComparison else { return false }
            if mentions[j].sentence < mentions[i].sentence { return true }
            return mentions[j].sentence == mentions[i].sentence && mentions[j].trigger.range.location < location && time.range.location < location
        }
        guard let j = candidates.max(by: { (mentions[$0].sentence, mentions[$0].trigger.range.location) < (mentions[$1].sentence, mentions[$1].trigger.range.location) }),
              let base = mentions[j].time, let day = base.date else { return nil }
        return (j, base, day)
    }
}
