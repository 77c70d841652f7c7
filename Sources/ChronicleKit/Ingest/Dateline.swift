import Foundation

/// Wire datelines at the start of a report's first paragraph: "BAGHDAD (AP) —", "ERBIL, Kurdistan Region –",
/// "WASHINGTON, Jan 3, 2020 (Reuters) -", "Baghdad (AFP) -". The place (and date) is kept as metadata,
/// the agency in brackets is dropped, and the report text starts after the dash.
enum Dateline {
    private static let agency = #"\((?:[A-Z][A-Za-z.&' -]{0,30})\)"#
    private static let datePart = #"(?:,\s*\#(DateWords.monthPattern)\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+\#(DateWords.monthPattern)(?:,?\s*\d{4})?)"#
    /// Upper-case place ("ERBIL", "SULAIMANI", "NEW YORK"), optional ", Region/Country" qualifier, optional date, optional agency.
    private static let upper = Rx(#"^((?:[A-Z][A-Z'’.-]{2,}(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:,\s*[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})?\#(datePart)?)\s*(\#(agency))?\s*(?:[–—-]{1,2}|:)\s+"#, caseInsensitive: false)
    /// Mixed-case place only with an agency: "Baghdad (AFP) -".
    private static let mixed = Rx(#"^([A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){0,2}\#(datePart)?)\s*(\#(agency))\s*(?:[–—-]{1,2}|:)\s+"#, caseInsensitive: false)

    /// (dateline without agency, rest of the paragraph) or nil when the paragraph has no dateline.
    static func split(_ paragraph: String) -> (dateline: String, rest: String)? {
        let ns = paragraph as NSString
        for rx in [upper, mixed] {
            guard let m = rx.first(ns), let place = m.group(1, in: ns) else { continue }
            let rest = ns.substring(from: m.range.location + m.range.length)
            guard m.range.length <= 70, rest.count >= 20, rest.first.map({ $0.isUppercase || $0 == "\"" || $0 == "“" || $0.isNumber }) == true else { continue }
            return (place.trimmingCharacters(in: .whitespaces), rest)
        }
        return nil
    }
}
