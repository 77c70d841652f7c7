/// Calendar vocabulary shared by publication-day detection and time-expression resolution.
public enum DateWords {
    /// Month-name alternation for regexes (full names and wire abbreviations, optional dot).
    /// Capitalised on purpose: months are capitalised in English and "may" is a verb.
    public static let monthPattern = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
    /// Month names also in capitals ("SEPTEMBER 9, 2024 01:14"), for publication stamps only: a stamp needs a day and a
    /// year beside the month, so the capitals cannot be a word like "MAY" in an all-caps headline.
    public static let stampMonthPattern = "(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?"
    public static let weekdayPattern = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

    /// 1…12 for a month name or abbreviation ("Sept.", "october"), else nil.
    public static func month(_ name: String) -> Int? {
        let key = name.asciiLower.replacingOccurrences(of: ".", with: "")
        guard key.count >= 3 else { return nil }
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        if let i = names.firstIndex(of: key) { return i + 1 }
        if key == "sept" { return 9 }
        return names.firstIndex(where: { $0.hasPrefix(key) && key.count == 3 }).map { $0 + 1 }
    }

    /// Month names of the languages whose outlets stamp English pages in their own words ("Mercredi 13 août 2008",
    /// "12 Şubat 2013 Salı", "Minggu, 28 Maret 2021", "3 de marzo de 2014"), keyed without accents and in lower case.
    /// Read in publication stamps only, where a day and a year stand beside them.
    static let foreignMonths: [String: Int] = {
        let lists: [[String]] = [
            ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"], // French
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"], // Spanish
            ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"], // Portuguese
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"], // Italian
            ["januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"], // German
            ["ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim", "kasim", "aralik"], // Turkish
            ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"], // Indonesian
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"], // Dutch
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"], // Polish
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"], // Russian
            ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"], // Bulgarian
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"], // Ukrainian
        ]
        var out: [String: Int] = ["setiembre": 9, "maerz": 3]
        // (Keyed as `plainKey` reads a stamp's word: "мая" and "май" fold alike, so the keys are folded the same way.)
        for list in lists { for (i, name) in list.enumerated() { out[plainKey(name)] = i + 1 } }
        return out
    }()
    /// Weekday names of the same languages, as they stand beside a stamp's date ("Mercredi", "Salı", "Minggu").
    static let foreignWeekdays: Set<String> = Set(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                                                   "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
                                                   "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "domenica",
                                                   "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                                                   "pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar",
                                                   "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
                                                   "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
                                                   "poniedziałek", "wtorek", "sroda", "czwartek", "piatek", "sobota", "niedziela",
                                                   "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                                                   "понеделник", "сряда", "четвъртък", "петък", "събота", "неделя",
                                                   "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"].map(plainKey))
    /// The abbreviation of "year" that follows a date in Slavic stamps ("21 юли 2012 г.", "21 lipca 2012 r.").
    static let yearMarks: Set<String> = ["г", "r"]

    /// The month of a foreign month name in any of its spellings, else nil.
    static func foreignMonth(_ name: String) -> Int? { foreignMonths[plainKey(name)] }

    /// Lower case without accents or dots ("Août" → "aout", "Şubat" → "subat", "Salı" → "sali").
    static func plainKey(_ word: String) -> String {
        word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "")
    }

    /// The months of the Iranian solar calendar as Iranian outlets transliterate them ("Khordad 23, 1384").
    /// Afghan outlets name the same months by the zodiac ("Tuesday, Qaws 15, 1390").
    static let solarMonths: [String: Int] = ["farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
                                             "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11, "esfand": 12,
                                             "hamal": 1, "sawr": 2, "saur": 2, "jawza": 3, "jauza": 3, "saratan": 4, "asad": 5, "sunbula": 6,
                                             "sonbola": 6, "mizan": 7, "aqrab": 8, "qaws": 9, "qaus": 9, "jadi": 10, "jaddi": 10, "dalw": 11,
                                             "dalwa": 11, "hut": 12, "hoot": 12]
    static let solarMonthPattern = #"(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|Esfand|Hamal|Sawr|Saur|Jawza|Jauza|Saratan|Asad|Sunbula|Sonbola|Mizan|Aqrab|Qaws|Qaus|Jadi|Jaddi|Dalw|Dalwa|Hut|Hoot)"#

    /// The months of the Hijri calendar as Arab and South Asian outlets transliterate them ("21 Dhu al-Hijjah 1431 H").
    static let hijriMonthPattern = #"(?:Muharram|Safar|Rabi['’]?\s*(?:al-?)?(?:Awwal|Awal|Thani|Akhir)|Jumad[ai]\s*(?:al-?)?(?:Ula|Oula|Awwal|Thani|Akhira|Akhirah|Akhir)|Rajab|Sha['’]?ban|Ramadan|Ramazan|Shawwal|Dhu(?:l|\s*al)?[-\s]?Qa['’]?dah|Dhu(?:l|\s*al)?[-\s]?Qi['’]?dah|Dhu(?:l|\s*al)?[-\s]?Hijj?ah)"#

    /// The month number of a Hijri month name as `hijriMonthPattern` matched it.
    static func hijriMonth(_ name: String) -> Int? {
        let k = name.asciiLower.filter { $0.isLetter }
        if k.hasPrefix("muharram") { return 1 }
        if k.hasPrefix("safar") { return 2 }
        if k.hasPrefix("rabi") { return k.hasSuffix("awwal") || k.hasSuffix("awal") ? 3 : 4 }
        if k.hasPrefix("jumad") { return k.hasSuffix("ula") || k.hasSuffix("oula") || k.hasSuffix("awwal") ? 5 : 6 }
        if k.hasPrefix("rajab") { return 7 }
        if k.hasPrefix("shaban") { return 8 }
        if k.hasPrefix("ramadan") || k.hasPrefix("ramazan") { return 9 }
        if k.hasPrefix("shawwal") { return 10 }
        if k.hasPrefix("dhu") { return k.contains("hij") ? 12 : 11 }
        return nil
    }

    /// The Gregorian day of a Hijri date (Foundation's Umm al-Qura calendar, in UTC). Outlets follow the moon's sighting,
    /// which may differ by a day or two: a weekday written beside the date settles it (see `PublicationDay`).
    static func gregorian(hijriYear y: Int, month m: Int, day d: Int) -> Day? {
        guard (1300...1500).contains(y), (1...12).contains(m), (1...30).contains(d) else { return nil }
        // (The 30th of a 29-day month in the tables: the sighted month may have had it; the day before is near enough
        // for the weekday to settle.)
        return gregorian(.islamicUmmAlQura, year: y, month: m, day: d) ?? gregorian(.islamicUmmAlQura, year: y, month: m, day: d - 1)?.adding(days: 1)
    }

    /// The Gregorian day of a day of the Iranian solar calendar (Foundation's Persian calendar, in UTC).
    static func gregorian(solarYear y: Int, month m: Int, day d: Int) -> Day? {
        guard (1300...1450).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return gregorian(.persian, year: y, month: m, day: d)
    }

    /// The Gregorian day of a day of another Foundation calendar, in UTC. A day past the month's end rolls over in
    /// Foundation: it is read back to refuse it.
    private static func gregorian(_ calendar: Calendar.Identifier, year y: Int, month m: Int, day d: Int) -> Day? {
        var other = Calendar(identifier: calendar)
        other.timeZone = TimeZone(identifier: "UTC")!
        guard let date = other.date(from: DateComponents(year: y, month: m, day: d)) else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "UTC")!
        let c = gregorian.dateComponents([.year, .month, .day], from: date)
        guard other.dateComponents([.day], from: date).day == d, let gy = c.year, let gm = c.month, let gd = c.day else { return nil }
        return Day(year: gy, month: gm, day: gd)
    }

    /// 1 = Monday … 7 = Sunday (ISO), matching `Day.weekday`.
    public static func weekday(_ name: String) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let key = name.asciiLower
        return names.firstIndex(where: { key.hasPrefix($0) }).map { $0 + 1 }
    }

    /// Plausible news years: a number outside this range is a count, not a year.
    public static let plausibleYears = 1990...2035

    /// The days of a month as ordinal words, first to thirty-first ("the second of June").
    static let ordinalDays: [String] = {
        let small = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                     "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
        return small + ["twentieth"] + small.prefix(9).map { "twenty-" + $0 } + ["thirtieth", "thirty-first"]
    }()
    /// The ordinal words, longest first (so that "twenty-first" is read whole), for a pattern.
    public static let ordinalDayPattern = ordinalDays.sorted { $0.count > $1.count }.joined(separator: "|")
    /// The day an ordinal names: "second" = 2, "twenty-first" = 21, "21st" = 21.
    public static func ordinalDay(_ word: String) -> Int? {
        let w = word.asciiLower
        if let i = ordinalDays.firstIndex(of: w) { return i + 1 }
        let digits = w.prefix(while: \.isNumber)
        return digits.isEmpty ? nil : Int(digits)
    }

    /// Small cardinal numbers as words ("three", "twenty-five", "a dozen").
    public static func number(_ word: String) -> Int? {
        let w = word.asciiLower.trimmedPunctuation
        if let n = Int(w.utf8.contains(44) ? String(w.filter { $0 != "," }) : w) { return n }
        if let n = units[w] { return n }
        if let n = tens[w] { return n }
        if w.utf8.contains(32) { return compound(w) }
        let parts = w.split(separator: "-").map(String.init)
        if parts.count == 2, let t = tens[parts[0]], let u = units[parts[1]], u < 10 { return t + u }
        return nil
    }

    /// "one hundred and forty" = 140, "a hundred" = 100, "two thousand three hundred" = 2,300; nil unless every word
    /// is part of the number.
    static func compound(_ w: String) -> Int? {
        let parts = w.split(separator: " ")
        guard parts.first != "and", parts.last != "and" else { return nil }
        var total = 0, current = 0, seen = false
        var previous: Int? = nil // the last word's value when it was a number, not a scale word
        for part in parts where part != "and" {
            switch part {
            case "hundred": current = max(current, 1) * 100; previous = nil
            case "thousand": total += max(current, 1) * 1000; current = 0; previous = nil
            default:
                guard let n = number(String(part)), n < 100 else { return nil }
                // "forty two" reads as 42, "two three" as nothing.
                if let p = previous, !(p >= 20 && p % 10 == 0 && n < 10) { return nil }
                current += n; previous = n
            }
            seen = true
        }
        return seen ? total + current : nil
    }

    // Built once: as literals inside `number` they were rebuilt on every call (a hot path of casualty reading).
    static let units = ["zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                        "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "both": 2, "twin": 2, "pair": 2]
    static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
}

import Foundation
