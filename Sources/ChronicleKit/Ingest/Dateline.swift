/// Wire datelines at the start of a report's first paragraph: "BAGHDAD (AP) —", "ERBIL, Kurdistan Region –",
/// "WASHINGTON, Jan 3, 2020 (Reuters) -", "BAGHDAD/WASHINGTON, Dec 30 (Reuters) -", "Baghdad (AFP) -",
/// "Shafaq News/ …". The place (and date) is kept as metadata, the agency in brackets is returned apart
/// (it names the outlet when front matter does not), and the report text starts after the dash.
enum Dateline {
    /// (Capitals may be any script's: "HAKKARİ (DİHA) -", "ŞIRNAK", "SÃO PAULO".)
    private static let agency = #"\((?:\p{Lu}[\p{L}0-9.&' -]{0,30})\)"#
    /// ", Jan 3, 2020", ", 3 January 2020", ", Dec 30", or a numeric ", 27/07/2023" (read only when unambiguous).
    /// ("Owo, 10 June, 2022 / 4:20 pm (ACI Africa) –": a clock time may follow the date.)
    private static let datePart = #"(?:(?:,\s*\#(DateWords.monthPattern)\s+\d{1,2}(?:,\s*\d{4})?|,\s*\d{1,2}\s+\#(DateWords.monthPattern)(?:,?\s*\d{4})?|,\s*\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}(?!\d)))(?:\s*[/|,]?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?)"#
    private static let upperWord = #"\p{Lu}[\p{Lu}'’.-]{2,}"#
    /// Upper-case place ("ERBIL", "SULAIMANI", "NEW YORK", "BAGHDAD/WASHINGTON"), optional ", Region/Country" qualifier,
    /// optional date, optional agency (in brackets, or bare after the date: "TEL AVIV, Feb 26 AAP -").
    private static let upper = Rx(#"^((?:\#(upperWord)(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}(?:\s*/\s*\#(upperWord)(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}){0,2})(?:,\s*[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})?\#(datePart)?)(?:(?<=\d)\s+[A-Z]{2,5}(?=\s+[–—-]))?\s*(\#(agency))?\s*\.?(?:\s(?=[–—-]))?(?:(?:[–—-]{1,2}|:)(?:\s+|\#(closeUp))|(?<=\)\s)(?=[A-Z]))"#, caseInsensitive: false)
    /// "SANA'A, Jan. 22 (Debriefer)--The death toll": an agency tag closed up to its dash and the lead. ("BOGOTA, Feb. 8
    /// (Notimex).- A car bomb": Spanish-language agencies put a full stop before the dash.)
    private static let closeUp = #"(?<=\)--|\)—|\)–)(?=[A-Z])"#
    /// Mixed-case place only with an agency: "Baghdad (AFP) -".
    /// ("Damascus, Jan 19 (Prensa Latina) An Israeli …": some agencies put no dash after their tag.)
    private static let mixed = Rx(#"^([A-Z][a-z'’.-]+(?:[ -][A-Z][a-z'’.-]+){0,2}\#(datePart)?)\s*(\#(agency))\s*\.?(?:(?:[–—-]{1,2}|:)\s+|(?=[A-Z]))"#, caseInsensitive: false)
    /// Gulf and Levant outlets' "Dubai: Three soldiers …", "Beirut: …": a mixed-case place and a colon (labels such as
    /// "Breaking:" or "Watch:" are not places).
    /// ("Mumbai, Dt. 1:", "New Delhi, May 1:", "Lahore, 3rd June:": Indian and Pakistani releases put the day before the colon;
    /// it is kept with the place, as a wire's date is.)
    private static let mixedColon = Rx(#"^([A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,2}(?:,\s*(?:Dt\.?\s*|Dated\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+\#(DateWords.monthPattern))?|\#(DateWords.monthPattern)\.?\s+\d{1,2}))?):\s+"#, caseInsensitive: false)
    /// "Tehran, Jam-e-Jam Online: Twenty-two people …": a place and the outlet that signs, as a wire's "Place (Agency) -".
    private static let placeOutletColon = Rx(#"^([A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]+){0,2}),\s*([A-Z][A-Za-z'’.&-]*(?:\s+[A-Z][A-Za-z'’.&-]*){0,3}):\s+"#, caseInsensitive: false)
    private static let labels: Set<String> = ["breaking", "update", "updated", "updates", "watch", "analysis", "exclusive", "opinion", "explainer",
                                              "live", "video", "photos", "photo", "note", "editor's note", "read", "read more", "related", "comment",
                                              "correction", "interview", "factbox", "timeline", "source", "sources", "caption", "credit", "file",
                                              "summary", "background", "context", "tags", "topics", "share", "listen", "warning", "alert", "developing",
                                              "just in", "new", "more", "also read", "see also", "advertisement", "disclaimer", "q", "a"]
    /// A date opening the text after a dateline's dash, closed by a colon or dash: "6 August 2019:", "Aug. 6, 2019 -".
    private static let leadDate = Rx(#"^(\d{1,2}\s+\#(DateWords.monthPattern)(?:,?\s*\d{4})?|\#(DateWords.monthPattern)\s+\d{1,2}(?:,\s*\d{4})?)\s*(?::|[–—-]{1,2})\s+"#, caseInsensitive: false)
    /// An outlet's own prefix: "Shafaq News/ A drone …" (a slash then a space; "BAGHDAD/WASHINGTON" has none).
    private static let outletSlash = Rx(#"^([A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){0,2})\s?/\s+"#, caseInsensitive: false)

    /// A dateline on a line of its own, above the lead: "New Delhi/Kabul, July 7", "ISLAMABAD, Oct 5 (Reuters)". Only with
    /// a date, so that a section label ("Middle East") or a place heading is never taken for one.
    private static let alone = Rx(#"^((?:[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2})(?:\s*/\s*[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,2}){0,2}\#(datePart))\s*(?:\#(agency))?\s*\.?[–—:-]{0,2}$"#, caseInsensitive: false)

    /// A byline line that ends on the dateline: "From our correspondent and agencies - San Cristóbal de Las Casas, Chis.,
    /// December 22", "By Staff Reporter — Kabul, 7 July". The place may hold particles and accents; a date is required.
    private static let bylined = Rx(#"^(?:From|By)\s+[^–—\-:]{3,60}?\s+[–—-]{1,2}\s+(\p{Lu}[\p{L}'’.]+(?:[ -](?:\p{Lu}[\p{L}'’.]+|de|del|de la|las|los|la|el|al|do|da|dos)){0,4}(?:,\s*\p{Lu}[\p{L}.]{1,14}){0,2}\#(datePart))\s*\.?$"#, caseInsensitive: false)

    /// The dateline of a paragraph that is nothing but a dateline (or a byline ending on one), nil otherwise.
    static func standalone(_ paragraph: String) -> String? {
        guard let c = paragraph.first, c.isUppercase else { return nil }
        let ns = paragraph as NSString
        if paragraph.utf8.count > 80 {
            guard paragraph.utf8.count <= 130, paragraph.hasPrefix("From ") || paragraph.hasPrefix("By ") else { return nil }
            return bylined.first(ns)?.group(1, in: ns).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return (alone.first(ns) ?? bylined.first(ns))?.group(1, in: ns).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// (dateline without agency, rest of the paragraph, agency name) or nil when the paragraph has no dateline.
    static func split(_ paragraph: String) -> (dateline: String, rest: String, agency: String?)? {
        guard let c = paragraph.first, c.isUppercase else { return nil }
        let ns = paragraph as NSString
        for rx in [upper, mixed] {
            guard let m = rx.first(ns), let place = m.group(1, in: ns) else { continue }
            var rest = ns.substring(from: m.range.location + m.range.length)
            guard m.range.length <= 70, rest.count >= 20, rest.first.map({ $0.isUppercase || $0 == "\"" || $0 == "“" || $0.isNumber }) == true else { continue }
            let tag = m.group(2, in: ns).map { String($0.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
            var line = place.trimmingCharacters(in: .whitespaces)
            // "CAIRO - 6 August 2019: The death toll …": the date after the dash belongs to the dateline, not the report.
            let restNS = rest as NSString
            if let d = leadDate.first(restNS), let day = d.group(1, in: restNS), restNS.length - d.range.length >= 20 {
                line += ", " + day
                rest = restNS.substring(from: d.range.length)
            }
            return (line, rest, tag)
        }
        for rx in [mixedColon, placeOutletColon] {
            guard let m = rx.first(ns), let place = m.group(1, in: ns), !labels.contains(place.lowercased()) else { continue }
            let rest = ns.substring(from: m.range.location + m.range.length)
            if rest.count >= 40, rest.first.map({ $0.isUppercase || $0 == "\"" || $0 == "“" || $0.isNumber }) == true {
                return (place, rest, m.group(2, in: ns))
            }
        }
        return nil
    }

    /// The paragraph opens with a wire dateline (a place in capitals, or a place with an agency), not only "Place: ".
    static func isWire(_ paragraph: String) -> Bool {
        let ns = paragraph as NSString
        return upper.test(ns) || mixed.test(ns) || placeOutletColon.test(ns)
    }

    /// The paragraph's dateline, if any, is only the "Dubai: …" form.
    static func isColonOnly(_ paragraph: String) -> Bool { !isWire(paragraph) && mixedColon.test(paragraph as NSString) }

    /// "Shafaq News/ rest" → ("Shafaq News", "rest"); nil when the paragraph has no such prefix.
    static func outletPrefix(_ line: String) -> (outlet: String, rest: String)? {
        guard let c = line.first, c.isUppercase, line.utf8.contains(47) else { return nil }
        let ns = line as NSString
        guard let m = outletSlash.first(ns), let name = m.group(1, in: ns) else { return nil }
        let rest = ns.substring(from: m.range.location + m.range.length)
        guard rest.count >= 12, rest.first.map({ $0.isUppercase || $0 == "\"" || $0 == "“" }) == true else { return nil }
        return (name, rest)
    }

    /// Agency tags that name an outlet, spelt as the outlet is usually named.
    static func outletName(forAgency tag: String) -> String? {
        let known: [String: String] = ["AP": "AP", "Reuters": "Reuters", "AFP": "AFP", "CNN": "CNN", "Kurdistan24": "Kurdistan24",
                                       "Rudaw": "Rudaw", "INA": "Iraqi News Agency", "BBC": "BBC", "UPI": "UPI", "Xinhua": "Xinhua",
                                       "Anadolu": "Anadolu Agency", "AA": "Anadolu Agency", "dpa": "dpa", "DPA": "dpa", "ANI": "ANI"]
        return known[tag]
    }
}

import Foundation
