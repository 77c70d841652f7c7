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

    /// 1 = Monday … 7 = Sunday (ISO), matching `Day.weekday`.
    public static func weekday(_ name: String) -> Int? {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let key = name.asciiLower
        return names.firstIndex(where: { key.hasPrefix($0) }).map { $0 + 1 }
    }

    /// Plausible news years: a number outside this range is a count, not a year.
    public static let plausibleYears = 1990...2035

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
