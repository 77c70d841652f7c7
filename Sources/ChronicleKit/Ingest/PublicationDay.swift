import Foundation

/// Finds the day an article was published when front matter does not give it.
///
/// Order of evidence: a publication stamp or dated byline (usually among the removed furniture:
/// "Updated 10:58 AM on September 25, 2019"), then a dateline carrying a full date
/// ("WASHINGTON, Jan 3, 2020"), both `.text`. Failing that, a year-less stamp ("6 June | 12:30") whose year
/// a weekday written next to a month and day ("on Saturday, June 5") fixes, but only among the years the
/// article itself makes possible (from the latest year it mentions up to two years later) and only when
/// exactly one fits: that is `.inferred`. Anything less is `(nil, .unknown)`: a wrong day is worse than none.
public enum PublicationDay {
    /// "Sep 19, 2023"; also the year glued to the time as Reuters pages scrape ("November 7, 20219:56 AM").
    static let mdy = Rx(#"\b(\#(DateWords.stampMonthPattern))\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)((?:19|20)\d{2})(?:\b|(?=\d{1,2}:\d{2}))"#, caseInsensitive: false)
    /// "19 September 2023", "19th of Sept. 2023", "09-October-2014".
    static let dmy = Rx(#"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?:of\s+)?(\#(DateWords.stampMonthPattern))(?:,?\s+|-)((?:19|20)\d{2})\b"#, caseInsensitive: false)
    /// A stamp in the outlet's own language: "Mercredi 13 août 2008", "12 Şubat 2013 Salı", "28 Maret 2021", "3 de marzo de 2014".
    /// (Any word of letters stands in the month's place; `DateWords.foreignMonth` says whether it is one.)
    static let foreignDmy = Rx(#"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b"#)
    /// A day of the Iranian solar calendar, as Tehran's English dailies stamp their issues: "Khordad 23, 1384", "7 Ordibehesht 1396".
    static let solarDate = Rx(#"\b(\#(DateWords.solarMonthPattern))\s+(\d{1,2}),?\s+(1[34]\d{2})\b|\b(\d{1,2})\s+(\#(DateWords.solarMonthPattern)),?\s+(1[34]\d{2})\b"#,
                              caseInsensitive: false)

    /// A Hijri date, as Arab and Yemeni outlets stamp a page that gives no Gregorian day: "Saturday 21 Dhu al-Hijjah 1431 H".
    static let hijriDate = Rx(#"\b(\d{1,2})\s+(\#(DateWords.hijriMonthPattern)),?\s+(1[34]\d{2})\b"#)

    /// A solar-calendar or Hijri date in a line with no Gregorian year, looked for only where a year 13xx or 14xx stands
    /// (the test runs on every line of a page).
    static func hasSolarDate(_ line: String) -> Bool {
        let b = Array(line.utf8)
        guard b.count >= 4 else { return false }
        func digit(_ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 48 && b[i] <= 57 }
        let yearAt = (0...(b.count - 4)).contains { i in b[i] == 49 && (b[i + 1] == 51 || b[i + 1] == 52) && digit(i + 2) && digit(i + 3) && !digit(i - 1) && !digit(i + 4) }
        return yearAt && (solarDate.test(line as NSString) || hijriDate.test(line as NSString))
    }

    /// "27.07.11", "27/07/11": a stamp line that is only a numeric date with a two-digit year (read when its order is certain).
    static let shortNumeric = Rx(#"^\W*(\d{1,2})([/.-])(\d{1,2})\2(\d{2})\W*$"#)
    static func shortNumericDay(_ line: String) -> Day? {
        guard line.utf8.count <= 14 else { return nil }
        let ns = line as NSString
        guard let m = shortNumeric.first(ns), let a = m.group(1, in: ns).flatMap({ Int($0) }), let b = m.group(3, in: ns).flatMap({ Int($0) }),
              let yy = m.group(4, in: ns).flatMap({ Int($0) }) else { return nil }
        return numericDay(a, b, year: yy >= 90 ? 1900 + yy : 2000 + yy)
    }

    /// A day moved by up to two days to fall on the weekday the line names ("Saturday 21 Dhu al-Hijjah 1431": the
    /// moon's sighting may put the month's start a day or two off the tables); unchanged when the line names none.
    static func onNamedWeekday(_ day: Day, in line: String) -> Day? {
        guard let wd = Words.of(line).lazy.compactMap(DateWords.weekday).first else { return day }
        return [0, -1, 1, -2, 2].lazy.map { day.adding(days: $0) }.first { $0.weekday == wd }
    }
    /// "2023-09-19", also as the date of a timestamp ("2023-09-19T08:12:00Z").
    static let iso = Rx(#"\b((?:19|20)\d{2})([-/.])(\d{2})\2(\d{2})(?![\d-])"#)
    /// "19/09/2023", "19-09-2023", "19.09.2023": read only when the order is certain (see `numericDay`).
    static let numeric = Rx(#"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-])"#)
    static let weekdayDate = Rx(#"\b(\#(DateWords.weekdayPattern))\s*(?:\(|,)\s*(?:(\#(DateWords.monthPattern))\s+(\d{1,2})|(\d{1,2})\s+(\#(DateWords.monthPattern)))(?:st|nd|rd|th)?\b(?!,?\s*\d{4})"#, caseInsensitive: false)
    static let mentionedYear = Rx(#"(?<![\d,.$])\b((?:19|20)\d{2})\b(?![\d,])"#)

    public static func find(in body: CleanedBody, removed: [String]) -> (Day?, PublicationSource) {
        // 1. Stamps and dated bylines (published before updated). Not from the related-stories and comments block
        //    that ends a page: its "Published 7 November 2021" belongs to another article.
        var outsideTail = removed
        for line in body.tail { if let i = outsideTail.lastIndex(of: line) { outsideTail.remove(at: i) } }
        let stamps = entryLabelsDropped((outsideTail + body.paragraphs.prefix(2) + body.paragraphs.suffix(2)).filter { Boilerplate.isStamp(TextCleaner.plain($0)) })
        // An update stamp says "updated" before its date; "March 4, 2023 9:02 AM GMT+3 Updated 2 hours ago" is the
        // publication stamp with a note after it, and must not lose to a bare date further down the page.
        let isUpdate = { (line: String) in line.asciiLower.has("updated") && !Boilerplate.isDateThenUpdated(TextCleaner.plain(line)) }
        let ordered = stamps.filter { !isUpdate($0) } + stamps.filter(isUpdate)
        for line in ordered {
            if let d = fullDate(in: line) { return (d, .text) }
        }
        // 2. A dateline with a full date.
        if let dl = body.dateline, let d = fullDate(in: dl) { return (d, .text) }
        // 2b. A numeric stamp of either order ("07-06-2011 10:14") whose month and day the dateline names ("ERBIL, June 7"):
        //     the reading the dateline agrees with.
        if let dl = body.dateline, let (month, day) = yearlessMonthDay(in: dl) {
            for line in ordered {
                guard let (a, b, y) = ambiguousNumeric(in: line) else { continue }
                if (a, b) == (month, day) || (b, a) == (month, day), let d = Day(year: y, month: month, day: day) { return (d, .text) }
            }
        }
        // 3. A year-less stamp ("6 June | 12:30") in the year fixed by a weekday beside a month and day in the report
        //    ("Saturday, June 5"). The weekday's day is an event's, not the publication's (a communiqué of Monday tells
        //    of Friday's attacks): without the stamp it fixes nothing.
        let text = body.paragraphs.joined(separator: "\n")
        if let d = inferFromWeekday(text) {
            let lines = outsideTail.prefix(12) + body.paragraphs.prefix(2)
            if let day = lines.lazy.compactMap({ yearlessStampDay(TextCleaner.plain($0), onOrAfter: d) }).first { return (day, .inferred) }
        }
        return (nil, .unknown)
    }

    /// "Date: 16 Feb 2017" … "Date: 17 Feb 2017": a stamp word that labels several different days on one page with
    /// no clock time (a tracker's or a log's entries) dates the entries, not the page; a page stamp of another word
    /// ("Database last updated") may still date it. Posts' stamps carry their time ("Date: Tue, 18 Aug 1998 21:40:12"),
    /// and the first post is the page's.
    static func entryLabelsDropped(_ stamps: [String]) -> [String] {
        guard stamps.count >= 2 else { return stamps }
        func label(_ line: String) -> Substring { TextCleaner.plain(line).asciiLower.prefix { $0 >= "a" && $0 <= "z" } }
        var days: [Substring: Set<Day>] = [:]
        for line in stamps where !clockTime.test(line as NSString) {
            if let d = fullDate(in: line) { days[label(line), default: []].insert(d) }
        }
        let entries = Set(days.filter { $0.value.count >= 2 }.keys)
        return entries.isEmpty ? stamps : stamps.filter { !entries.contains(label($0)) || clockTime.test($0 as NSString) }
    }
    static let clockTime = Rx(#"\b\d{1,2}[:.]\d{2}\b"#)

    /// "21 January  10:48", "June 6 | 12:30", "Sat, 6 June": a short line that is a day and month with no year, maybe
    /// with a weekday and a time.
    static let yearlessStamp = Rx(#"^\W*(?:(?:\#(DateWords.weekdayPattern))\.?,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(\#(DateWords.stampMonthPattern))|(\#(DateWords.stampMonthPattern))\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:\s*[|,•·–—-]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$"#, caseInsensitive: false)

    /// The day of a year-less stamp line, in the year that puts it on or up to 31 days after `event` (a report is
    /// published after what it tells, and soon): nil for any other line.
    static func yearlessStampDay(_ line: String, onOrAfter event: Day) -> Day? {
        guard line.utf8.count <= 40, !Boilerplate.containsYear(line) else { return nil }
        let ns = line as NSString
        guard let m = yearlessStamp.first(ns),
              let mo = (m.group(2, in: ns) ?? m.group(3, in: ns)).flatMap(DateWords.month),
              let d = (m.group(1, in: ns) ?? m.group(4, in: ns)).flatMap({ Int($0) }) else { return nil }
        return [event.year, event.year + 1].lazy.compactMap { Day(year: $0, month: mo, day: d) }
            .first { $0.days(since: event) >= 0 && $0.days(since: event) <= 31 }
    }

    /// The first complete date (with a year) in `s`.
    static func fullDate(in s: String) -> Day? { fullDateMatch(in: s)?.0 }

    /// The two numbers and the year of a numeric date whose order is not certain ("07-06-2011"), else nil.
    static func ambiguousNumeric(in s: String) -> (Int, Int, Int)? {
        guard hasNumericDate(s) else { return nil }
        let ns = s as NSString
        guard let m = numeric.first(ns), let a = m.group(1, in: ns).flatMap({ Int($0) }), let b = m.group(3, in: ns).flatMap({ Int($0) }),
              let y = m.group(4, in: ns).flatMap({ Int($0) }), a <= 12, b <= 12, a != b else { return nil }
        return (a, b, y)
    }

    /// "June 7", "7 June" in a dateline with no year: (month, day).
    static func yearlessMonthDay(in s: String) -> (Int, Int)? {
        let ns = s as NSString
        guard let m = monthDay.first(ns), let mo = (m.group(1, in: ns) ?? m.group(4, in: ns)).flatMap(DateWords.month),
              let d = (m.group(2, in: ns) ?? m.group(3, in: ns)).flatMap({ Int($0) }), (1...31).contains(d) else { return nil }
        return (mo, d)
    }
    static let monthDay = Rx(#"\b(\#(DateWords.monthPattern))\s+(\d{1,2})\b|\b(\d{1,2})\s+(\#(DateWords.monthPattern))"#, caseInsensitive: false)

    /// The first complete date (with a year) in `s` and where it stands.
    static func fullDateMatch(in s: String) -> (Day, NSRange)? {
        let ns = s as NSString
        guard Boilerplate.containsYear(s) else {
            if let d = shortNumericDay(s) { return (d, NSRange(location: 0, length: ns.length)) }
            guard hasSolarDate(s) else { return nil }
            // An issue dated in the Iranian (or Afghan) solar calendar, even beside its Hijri date ("Chaharshanbeh 25 Mehr
            // 1397 - 7 Safar 1440"): the solar calendar is reckoned, the lunar one sighted, a day off the tables either way.
            if let m = solarDate.first(ns) {
                let month = (m.group(1, in: ns) ?? m.group(5, in: ns)).flatMap { DateWords.solarMonths[$0.asciiLower] }
                let day = (m.group(2, in: ns) ?? m.group(4, in: ns)).flatMap { Int($0) }
                let year = (m.group(3, in: ns) ?? m.group(6, in: ns)).flatMap { Int($0) }
                if let mo = month, let d = day, let y = year, let g = DateWords.gregorian(solarYear: y, month: mo, day: d) { return (g, m.range) }
            }
            // A page dated only in the Hijri calendar.
            guard let m = hijriDate.first(ns), let mo = m.group(2, in: ns).flatMap(DateWords.hijriMonth), let d = m.group(1, in: ns).flatMap({ Int($0) }),
                  let y = m.group(3, in: ns).flatMap({ Int($0) }), let g = DateWords.gregorian(hijriYear: y, month: mo, day: d), let day = onNamedWeekday(g, in: s) else { return nil }
            return (day, m.range)
        }
        var found: [(NSRange, Day)] = []
        if let m = mdy.first(ns), let mo = m.group(1, in: ns).flatMap(DateWords.month), let d = m.group(2, in: ns).flatMap({ Int($0) }),
           let y = m.group(3, in: ns).flatMap({ Int($0) }), let day = Day(year: y, month: mo, day: d) { found.append((m.range, day)) }
        if let m = dmy.first(ns), let mo = m.group(2, in: ns).flatMap(DateWords.month), let d = m.group(1, in: ns).flatMap({ Int($0) }),
           let y = m.group(3, in: ns).flatMap({ Int($0) }), let day = Day(year: y, month: mo, day: d) { found.append((m.range, day)) }
        if let (m, mo) = foreignDmy.matches(ns).lazy.compactMap({ m in m.group(2, in: ns).flatMap(DateWords.foreignMonth).map { (m, $0) } }).first,
           let d = m.group(1, in: ns).flatMap({ Int($0) }), let y = m.group(3, in: ns).flatMap({ Int($0) }), let day = Day(year: y, month: mo, day: d) {
            found.append((m.range, day))
        }
        if let m = iso.first(ns), let y = m.group(1, in: ns).flatMap({ Int($0) }), let mo = m.group(3, in: ns).flatMap({ Int($0) }),
           let d = m.group(4, in: ns).flatMap({ Int($0) }), let day = Day(year: y, month: mo, day: d) { found.append((m.range, day)) }
        if s.utf8.contains(where: { $0 == 47 || $0 == 45 || $0 == 46 }), let m = numeric.first(ns),
           let a = m.group(1, in: ns).flatMap({ Int($0) }), let b = m.group(3, in: ns).flatMap({ Int($0) }),
           let y = m.group(4, in: ns).flatMap({ Int($0) }), let day = numericDay(a, b, year: y) ?? weekdayNumericDay(a, b, year: y, in: s) { found.append((m.range, day)) }
        return found.min(by: { $0.0.location < $1.0.location }).map { ($0.1, $0.0) }
    }

    /// A numeric date whose order is certain: day first when the first number cannot be a month ("27/07/2023"),
    /// month first when the second cannot ("09/19/2023"), either when both are equal. "08/04/2023" is 8 April in
    /// Britain and 4 August in the US: nil, because a wrong day is worse than none.
    /// A numeric date of either order, certain or not ("08/04/2023"): furniture on a line of its own all the same.
    static func hasNumericDate(_ s: String) -> Bool {
        s.utf8.contains(where: { $0 == 47 || $0 == 45 || $0 == 46 }) && numeric.test(s as NSString)
    }

    /// "Saturday 11/2/2012": either order would do, but only 11 February 2012 is a Saturday.
    static func weekdayNumericDay(_ a: Int, _ b: Int, year: Int, in line: String) -> Day? {
        guard let wd = Words.of(line).lazy.compactMap(DateWords.weekday).first else { return nil }
        let fits = [Day(year: year, month: b, day: a), Day(year: year, month: a, day: b)].compactMap { $0 }.filter { $0.weekday == wd }
        return fits.count == 1 ? fits[0] : nil
    }

    static func numericDay(_ a: Int, _ b: Int, year: Int) -> Day? {
        if a == b || (a > 12 && b <= 12) { return Day(year: year, month: b, day: a) }
        if b > 12 && a <= 12 { return Day(year: year, month: a, day: b) }
        return nil
    }

    static func inferFromWeekday(_ text: String) -> Day? {
        let ns = text as NSString
        let years = mentionedYear.matches(ns).compactMap { $0.group(1, in: ns).flatMap { Int($0) } }.filter { DateWords.plausibleYears.contains($0) }
        guard let latest = years.max() else { return nil }
        for m in weekdayDate.matches(ns) {
            guard let wd = m.group(1, in: ns).flatMap(DateWords.weekday) else { continue }
            let monthName = m.group(2, in: ns) ?? m.group(5, in: ns)
            let dayText = m.group(3, in: ns) ?? m.group(4, in: ns)
            guard let mo = monthName.flatMap(DateWords.month), let d = dayText.flatMap({ Int($0) }) else { continue }
            let fits = (latest...(latest + 2)).compactMap { Day(year: $0, month: mo, day: d) }.filter { $0.weekday == wd }
            if fits.count == 1 { return fits[0] }
        }
        return nil
    }
}
