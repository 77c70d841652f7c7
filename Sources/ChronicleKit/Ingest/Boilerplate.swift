import Foundation

/// Recognises the furniture that scraped news pages carry around the report itself: navigation,
/// share prompts, comment sections, photo captions, section labels and "Updated …" stamps.
/// Every rule looks at the shape of a whole line, never at a particular outlet's wording of a story.
enum Boilerplate {
    /// A line that starts a trailing block of page furniture: from here to the end nothing is report (also a reference
    /// list's heading: "References", "External links", "Further reading").
    static let tailMarker = Rx(#"^(?:previous (?:article|post|story)|next (?:article|post|story)|related (?:posts?|articles?|stories|news|content|coverage|topics)|read more|more (?:stories|news|from [\w ]+|on this (?:story|topic))|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|leave a (?:reply|comment)|post a comment|add a comment|comments?(?: \(\d+\))?|\d+ comments?|source link|share this(?: article| story| post)?:?|join the (?:conversation|discussion)|about the author|sign up for our newsletter|references|notes and references|footnotes|citations|bibliography|external links|further reading)\s*:?$"#)

    /// A line introducing a list of other stories ("Related", "Read also:", "Read more »", "More in Flashpoints:",
    /// "More on this story", "See also"): the headline-shaped lines after it are those stories, not this report, and the
    /// list may stand mid-page, so only the headline-shaped lines go (prose after the list is report again).
    static let relatedMarker = Rx(#"^(?:related(?: (?:posts?|articles?|stories|news|content|coverage|topics|reading|releases|statements|bulletins))?|related (?:[\w-]+ ){0,2}links|(?:latest|previous|earlier|other|more) (?:press )?(?:releases|statements|bulletins|updates)|read (?:also|more|next)(?: on [\w' .-]{1,30})?|also read|see also|more (?:on|in|from|about) [\w' .-]{1,40}|more stories|recommended(?: for you| reading| stories)?|you (?:may|might) also like|most (?:read|viewed|popular|shared)(?: (?:on|in|at|from) [\w' .-]{1,30})?|latest (?:news|stories))\s*[:»›>|]*\s*$"#)

    /// A labelled row of keywords ("Related searches: Jerusalem attack | truck ramming | Israeli soldiers", "Tagged with:
    /// Baghdad, car bomb"): names without a sentence, longer than a menu line may be.
    static let keywordRow = Rx(#"^(?:related (?:searches|topics|tags|terms|keywords|links|videos|galleries|images)|tags?|tagged(?: with| in)?|keywords?|topics?|categories?|filed under)\s*:[^.!?]*$"#)

    /// Lines that are furniture wherever they stand.
    static let furnitureLine = Rx(#"^(?:advertisement|advertising|sponsored(?: content)?|share|tweet|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|copy link|listen(?: to (?:this )?(?:article|story))?|subscribe\b.*|sign up\b.*|follow us\b.*|click here\b.*|(?:also )?read (?:also|more)\b.*|read\s*:.*|watch\s*:.*|see also\b.*|related:.*|tags?:.*|topics?:.*|categories?:.*|filed under:?.*|copyright\b.*|©.*|all rights reserved.*|image source.*|getty images|(?:photo|image|video) credit.*|skip (?:to|next).*|scroll (?:down|to).*|loading\.*|x|close)$"#)

    /// A row of share buttons: "Facebook Twitter Telegram", "Share on: Facebook | X | WhatsApp | Email".
    static let shareRow = Rx(#"^(?:share(?: this| on)?:?\s*)?(?:(?:facebook|twitter|x|telegram|whatsapp|linkedin|e-?mail|print|reddit|pinterest|messenger|copy link|viber|flipboard)(?:\s*[|,·•/]\s*|\s+|$)){2,}$"#)

    /// Comment-section and form prompts, matched anywhere in a line.
    static let commentPrompt = Rx(#"your email address will not be published|required fields are marked|moderates all comments|comments (?:are|will be) (?:moderated|reviewed|not edited)|community guidelines|we welcome comments|comments that do not meet|be the first to comment|you must be logged in to post|notify me of (?:new|follow-up)|save my name, email"#)

    /// "Updated 10:58 AM on September 25, 2019", "Published: 3 March 2021", "Posted on 2020-01-03", "Database last
    /// updated: 2017-02-20".
    /// ("Vol. XXXVII - Issue dated Monday, October 6, 2008": a periodical's issue line.)
    static let stampLine = Rx(#"^(?:(?:last )?updated|published|first published|posted|date|dated|(?:[^\n]{0,40}?\b)?(?:issue|edition)\s+(?:dated|of)|(?:issue|edition|no\.?|number)\s+[\d,.]+\s*[-–—|,]|(?:(?:this|the)\s+)?(?:page|site|database|list|table|tracker|map)\s+(?:was\s+)?last\s+updated)\b[^\n]{0,80}$"#)

    /// A byline with a date: "By Jane Roe | January 3, 2020", "By John Doe, 3 March 2021 10:00".
    /// Also "Written by Jane Roe and John Doe on June 12, 2024" (think tanks and blogs date the byline with "on").
    static let bylineWithDate = Rx(#"^(?:(?:[Ww]ritten|[Pp]osted|[Rr]eported|[Pp]ublished) )?[Bb]y (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Late|Early|Mid)\b)(?:(?:a|an|our) )?[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|and|&|correspondent|reporter|staff|writer|writers|desk|special)){0,8}?(?:\s*[,|/–—-]\s*|\s+on\s+).{0,40}\b(?:19|20)\d{2}\b.{0,20}$"#, caseInsensitive: false)

    /// Photo captions: "… Photo: PM's office", "(AP Photo/Jane Roe)", "File – … Reuters", "FILE PHOTO: …".
    static let captionCredit = Rx(#"(?:\b(?:photo|photograph|picture|image|credit|photos)s?\s*(?::|by\b)[^.]{0,80}$|\((?:AP|AFP|Reuters|EPA|Getty|Anadolu)[^)]*(?:photo|image)[^)]*\)\s*$|\((?:photo|file photo|image)[^)]{0,60}\)\s*$|[.|]\s*(?:Reuters|AFP|AP|EPA|Getty Images|AFP via Getty Images|Anadolu Agency|Xinhua)(?:/[\w .]+)?\.?\s*$)"#)
    /// Also a credit line that carries its caption ("© AFP 2024 / Photo caption: Smoke rises …", "Photo caption: …").
    static let captionStart = Rx(#"^(?:©[^/|]{0,60}[/|]|(?:image|photo|media|picture)\s+caption\s*[:,]|file(?: photo| picture| image)?\s*(?:[–—:-]|\|)|\(?file\)?\s*[–—:-]|photo\s*:|in this (?:file )?(?:photo|picture|image)|this (?:photo|picture|image) (?:shows|taken)|pictured\s*:)"#)

    /// A label line standing above a caption ("Image caption,", "Media caption:", "Photo caption"): the BBC's and others'
    /// pages put the caption itself on the next line, which reads like a short sentence but is not report.
    static let captionLabel = Rx(#"^(?:image|media|photo|picture|video)\s+caption\s*[,:.]?$"#, anchors: ["caption"])

    /// A short first line naming a section ("Iraq", "Middle East", "World News").
    static func isSectionLabel(_ line: String) -> Bool {
        guard line.utf8.count <= 90 else { return false }
        let words = line.split(separator: " ")
        guard !words.isEmpty, words.count <= 3, line.count <= 30 else { return false }
        if line.last.map({ ".!?:;,\"”’".contains($0) }) == true { return false }
        return line.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" || $0 == "/" }
    }

    static let captionWords = ["©", "photo", "image", "picture", "credit", "file", "reuters", "afp", "getty", "epa", "anadolu", "xinhua", "pictured"].map { Array($0.utf8) }
    static let promptWords = ["comment", "email", "required", "guidelines", "notify", "logged", "save my"].map { Array($0.utf8) }
    static let captionList = WordList(bytes: captionWords), promptList = WordList(bytes: promptWords)

    static func isCaption(_ line: String) -> Bool {
        guard Folded(line).hasAny(captionList) else { return false }
        let ns = line as NSString
        if captionStart.test(ns) { return true }
        // A caption credit ends the line; long report paragraphs rarely end that way, and never without a verb-rich body,
        // so require the credit to follow a sentence end or the line to be short.
        if captionCredit.test(ns) { return true }
        return false
    }

    /// A caption with its closing credit cut off ("… were killed. (Photo by Staff/Getty Images)" → "… were killed.").
    /// An agency's caption may close with more than one ("… (Photo by Staff/Getty Images) Editorial #630182214 | Credit: AFP").
    static func withoutCaptionCredit(_ line: String) -> String {
        var text = line
        for _ in 0..<3 {
            let ns = text as NSString
            guard let m = captionCredit.first(ns) else { break }
            text = ns.substring(to: m.range.location).trimmingCharacters(in: CharacterSet(charactersIn: " \t\n([|–—-"))
        }
        return text
    }

    /// One item of a related-stories list: a headline ("Eleven killed in strikes on southern Lebanon - 14 June",
    /// "Fuel crisis paralyses transport in Damascus 15/10/2022", "What's next for Kurdistan oil exports?"), i.e. a
    /// short line that does not end like a report's sentence.
    static func isListedHeadline(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        // (A dot before a number or a lower-case word is an abbreviation's: "(Sept. 3, 2009)".)
        guard !t.isEmpty, t.split(separator: " ").count <= 20, !Self.sentenceBreak.test(t as NSString) else { return false }
        guard let last = t.last else { return false }
        return !".:;,\"”’'".contains(last)
    }

    static let sentenceBreak = Rx(#"\.\s+\p{Lu}"#, caseInsensitive: false)

    /// A listed headline that ends with its day in brackets: "- Iraq: Allawi's list ahead after final count (26.03.2010)",
    /// "Gaza: Egypt warns against closure of crossings (4/4/2010)", "Sudan votes (March 3, 2010)". Two in a row are
    /// links to other stories, whatever the line above them calls the list.
    static func isDatedHeadline(_ line: String) -> Bool {
        guard line.hasSuffix(")"), line.count <= 160, isListedHeadline(line) else { return false }
        return datedHeadlineEnd.test(line as NSString)
    }

    static let datedHeadlineEnd = Rx(#"\S\s*\((?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\.? [\p{L}]+\.? (?:19|20)\d{2}|[\p{L}]+\.? \d{1,2},? (?:19|20)\d{2})\)$"#)

    static func isFurniture(_ line: String) -> Bool {
        if line.count <= 120, shareRow.test(line as NSString) { return true }
        let ns = line as NSString
        if line.count <= 80, furnitureLine.test(ns) { return true }
        if line.count <= 240, keywordRow.test(ns) { return true }
        if Folded(line).hasAny(promptList), commentPrompt.test(ns) { return true }
        return false
    }

    static func isStamp(_ line: String) -> Bool {
        guard line.utf8.count <= 330, line.count <= 110, containsYear(line) || PublicationDay.hasSolarDate(line) || PublicationDay.shortNumericDay(line) != nil else { return false }
        let ns = line as NSString
        return stampLine.test(ns) || bylineWithDate.test(ns) || isDateLine(line) || isDateThenUpdated(line)
    }

    /// A plausible four-digit year (19xx or 20xx) standing alone, found without a regex (runs on every line); also one
    /// glued to a time ("20219:56"), as scraped Reuters stamps have it.
    static func containsYear(_ line: String) -> Bool {
        let b = Array(line.utf8)
        guard b.count >= 4 else { return false }
        func digit(_ i: Int) -> Bool { i >= 0 && i < b.count && b[i] >= 48 && b[i] <= 57 }
        func word(_ i: Int) -> Bool { i >= 0 && i < b.count && (digit(i) || (b[i] | 0x20 >= 97 && b[i] | 0x20 <= 122) || b[i] == 95) }
        for i in 0...(b.count - 4) where (b[i] == 49 && b[i + 1] == 57) || (b[i] == 50 && b[i + 1] == 48) {
            if digit(i + 2), digit(i + 3), !word(i - 1), !word(i + 4) { return true }
            // "20219:56 AM": a year glued to the time after it (how Reuters pages scrape).
            if digit(i + 2), digit(i + 3), !word(i - 1), digit(i + 4), i + 5 < b.count, b[i + 5] == 58 || (digit(i + 5) && i + 6 < b.count && b[i + 6] == 58) { return true }
        }
        return false
    }

    /// "November 7, 2021 9:56 AM GMT+2Updated 3 years ago", "7 November 2021 09:56 GMT Updated ago": a date first, then only
    /// a time and an "Updated"/"Published" note.
    static func isDateThenUpdated(_ line: String) -> Bool {
        guard line.count <= 90, let first = line.first, first.isUppercase || first.isNumber, let (_, range) = PublicationDay.fullDateMatch(in: line), range.location == 0 else { return false }
        let rest = (line as NSString).substring(from: range.location + range.length).asciiLower
        guard let r = rest.range(of: "updated") ?? rest.range(of: "published") else { return false }
        // Before the note only a time and a zone: "9:56 AM GMT+2", "10:05 am EDT |".
        return rest[..<r.lowerBound].allSatisfy { $0.isNumber || " :.,+-|apmgtuecdsb".contains($0) } && rest.distance(from: rest.startIndex, to: r.lowerBound) <= 24
    }

    /// "Published", "Updated:", "Last updated", "First published on": a stamp word whose date is on the next line.
    static func isStampWord(_ line: String) -> Bool {
        guard line.utf8.count <= 24 else { return false }
        var key = line.asciiLower
        if key.hasSuffix(":") { key.removeLast() }
        if key.hasSuffix(" on") { key.removeLast(3) }
        return ["published", "updated", "last updated", "first published", "posted", "last modified"].contains(key)
    }

    /// A line that is only a date, maybe with a weekday and time, and maybe with short byline or outlet parts
    /// between separators: "3 Mar 2021", "Sunday, 21 January, 2024 - 09:45", "Aug 6, 2024, 11:02 AM",
    /// "By Jane Doe | June 28, 2021 | The Outlet", "The Outlet • March 24, 2023".
    static func isDateLine(_ line: String) -> Bool {
        // (Slavic stamps write the weekday in lower case: "среда, 15 мая 2019 г.")
        guard line.count <= 110, let first = line.first, !first.isLowercase || DateWords.foreignWeekdays.contains(DateWords.plainKey(String(line.prefix { $0.isLetter }))),
              containsYear(line) || PublicationDay.hasSolarDate(line) || PublicationDay.shortNumericDay(line) != nil else { return false }
        // (A line that reads as a date with its dashes, "Friday, 26 Ramadan 1437 - 1 July 2016 - 1:05 a.m.", needs no parting.)
        let parted = labelDashParted(line)
        return isDateLine(parts: parted) || parted != line && isDateLine(parts: line)
    }

    private static func isDateLine(parts line: String) -> Bool {
        let parts = line.split(whereSeparator: { $0 == "|" || $0 == "•" || $0 == "·" }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.count <= 4 else { return false }
        var dated = false
        for part in parts {
            // ("No. 6014 | Thursday, Bahman 25, 1397 | February 14, 2019": one day told in two calendars.)
            if isDateOnly(part) || !dated && (isPlaceAndDate(part) || isAmbiguousNumericDateOnly(part) || isDateWithPlace(part)) { dated = true; continue }
            // Anything else is a short label: a byline or an outlet, never a sentence.
            let words = part.split(separator: " ")
            if part.isEmpty || part.count > 50 || words.count > 7 || part.hasSuffix(".") || containsYear(part) { return false }
        }
        return dated
    }

    /// "Main evening news, 20:00 - Friday, 5 September 1997", "Aden - 20 June 2010 - Al-Eshteraki.net": labels set beside a
    /// day with spaced dashes, each dash read as a separator. Not a span ("25 April - 1 May 2022", "6 - 12 August 2018")
    /// nor a related item led by its day ("26.12.2002 - Grozny: electricity restored in three districts").
    static func labelDashParted(_ line: String) -> String {
        guard line.contains(" - ") || line.contains(" – ") || line.contains(" — ") else { return line }
        let segments = line.replacingOccurrences(of: " – ", with: " - ").replacingOccurrences(of: " — ", with: " - ").components(separatedBy: " - ")
        for (a, b) in zip(segments, segments.dropFirst()) where spanEnd.test(a as NSString) && spanStart.test(b as NSString) { return line }
        if let dated = segments.firstIndex(where: containsYear),
           segments[(dated + 1)...].contains(where: { $0.split(separator: " ").count >= 4 }) { return line }
        return segments.joined(separator: "|")
    }
    /// A day number (not a clock's minutes), month or weekday ending the words before a dash, and one starting the words after it.
    static let spanEnd = Rx(#"(?:(?<![:.]\d?)\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|\b(?:\#(DateWords.monthPattern)|\#(DateWords.weekdayPattern))\.?)\s*$"#, caseInsensitive: false)
    static let spanStart = Rx(#"^\s*(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b|(?:\#(DateWords.monthPattern)|\#(DateWords.weekdayPattern))\b)"#, caseInsensitive: false)

    /// A dateline standing on its own line: one or two capitalised place words, then only a date
    /// ("Baghdad 15/08/2021", "Erbil, 3 March 2021"). The place words carry no digits and no sentence.
    static func isPlaceAndDate(_ part: String) -> Bool {
        // "Baghdad - 19/09/2023", "19 Sep 2023 – Baghdad": a place and a date either side of a spaced dash.
        for dash in [" - ", " – ", " — "] where part.contains(dash) {
            let sides = part.components(separatedBy: dash)
            guard sides.count == 2 else { return false }
            func isPlace(_ s: String) -> Bool {
                let w = s.split(separator: " ")
                return (1...3).contains(w.count) && w.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }
            }
            return (isPlace(sides[0]) && isDateOnly(sides[1])) || (isDateOnly(sides[0]) && isPlace(sides[1]))
        }
        let words = part.split(separator: " ", maxSplits: 2)
        for n in [1, 2] where words.count > n {
            let place = words.prefix(n)
            guard place.allSatisfy({ w in w.first?.isUppercase == true && w.dropLast(w.last == "," ? 1 : 0).allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) }) else { return false }
            // ("Owo, 10 June, 2022 / 4:20 pm (ACI Africa)": the agency's tag may close the line.)
            let rest = Self.withoutAgencyTag(words.dropFirst(n).joined(separator: " "))
            if rest.first?.isNumber == true || DateWords.month(String(rest.prefix(while: { $0.isLetter }))) != nil, isDateOnly(rest) { return true }
            if place.last?.last == "," { return false }
        }
        return false
    }

    /// A newspaper's edition line: the day with the city (and country) it is printed in, either side of the date
    /// ("Tuesday, July 8, 2008, Chandigarh, India", "Karachi, Monday, 12 May 2008"). Each part between commas is a
    /// weekday or one to three capitalised words; at most two such places.
    static func isDateWithPlace(_ part: String) -> Bool {
        guard part.count <= 70, part.contains(","), let (_, range) = PublicationDay.fullDateMatch(in: part) else { return false }
        let ns = part as NSString
        let outside = ns.substring(to: range.location) + "," + ns.substring(from: range.location + range.length)
        var places = 0
        for segment in outside.split(separator: ",") {
            let words = segment.split(separator: " ")
            if words.isEmpty || words.count == 1 && DateWords.weekday(String(words[0])) != nil { continue }
            guard words.count <= 3, words.allSatisfy({ w in w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else { return false }
            places += 1
        }
        return (1...2).contains(places)
    }

    /// The text without a bracketed agency tag (and a dash) that ends it: "10 June, 2022 / 4:20 pm (ACI Africa) –".
    static func withoutAgencyTag(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        if let last = t.last, "–—-".contains(last) { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "("), t.distance(from: open, to: t.endIndex) <= 32 else { return s }
        return String(t[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// "08/04/2023 12:00": a line holding only a numeric date whose order is unknown is furniture, though it gives no day.
    static func isAmbiguousNumericDateOnly(_ part: String) -> Bool {
        guard part.count <= 40, PublicationDay.hasNumericDate(part) else { return false }
        let ns = part as NSString
        guard let m = PublicationDay.numeric.first(ns) else { return false }
        let rest = ns.replacingCharacters(in: m.range, with: " ")
        return rest.split(separator: " ").allSatisfy { t in t.allSatisfy { $0.isNumber || ":.apmAPMGTU+".contains($0) } || ["at", "-", "|"].contains(t) }
    }

    /// A date with a year, and otherwise only weekday, time and zone words.
    static func isDateOnly(_ part: String) -> Bool {
        guard part.count <= 60, let (_, range) = PublicationDay.fullDateMatch(in: part) else { return false }
        let ns = part as NSString
        let rest = ns.replacingCharacters(in: range, with: " ")
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
                        "thu", "thur", "thurs", "fri", "sat", "sun"]
        for token in rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }) {
            let t = String(token)
            if ["-", "–", "—", "/", "at", "on"].contains(t) { continue }
            let lower = t.asciiLower.replacingOccurrences(of: ".", with: "")
            if weekdays.contains(lower) || lower == "am" || lower == "pm" { continue }
            // "Mercredi", "Salı", "de" (of "3 de marzo"); the Hijri or solar date told beside it ("15 Dhu al-Hijjah 1435 H").
            let plain = DateWords.plainKey(t)
            if DateWords.foreignWeekdays.contains(plain) || plain == "de" || DateWords.yearMarks.contains(plain) || Self.otherCalendarWords.contains(plain) || DateWords.solarMonths[plain] != nil { continue }
            // Times ("11:02", "09:45", "4:35PM") and zones ("GMT", "EDT", "UTC+3").
            if t.first?.isNumber == true, t.allSatisfy({ $0.isNumber || ":.apmAPM".contains($0) }) { continue }
            if t.count <= 5, t.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "+" }), t.first?.isUppercase == true { continue }
            // An RFC 2822 offset: "Tue, 01 May 2018 18:12:40 +0000".
            if t.count <= 6, t.first == "+" || t.first == "-", t.dropFirst().allSatisfy({ $0.isNumber || $0 == ":" }), t.count >= 3 { continue }
            return false
        }
        return true
    }

    /// Words of a Hijri date written beside the Gregorian one in a stamp.
    static let otherCalendarWords: Set<String> = ["muharram", "safar", "rabi", "al-awwal", "al-thani", "al-akhir", "jumada", "jumadi", "al-ula",
                                                  "al-awal", "al-akhira", "al-thaniyah", "rajab", "shaban", "sha'ban", "ramadan", "shawwal",
                                                  "dhu", "dhul", "al-qadah", "al-qidah", "al-qa'dah", "al-hijjah", "dhul-hijjah", "dhul-qadah",
                                                  "dhu'l-hijjah", "ah", "h", "hijri"]

    /// Navigation: "Home | Middle East | Iraq", "News › World › Middle East": short labels between separators.
    static func isBreadcrumb(_ line: String) -> Bool {
        // Cheap byte test first: "|", ">", or the UTF-8 lead byte of "›" and "»" (0xE2, 0xC2).
        guard line.utf8.count <= 270, line.utf8.contains(where: { $0 == 124 || $0 == 62 || $0 == 0xE2 || $0 == 0xC2 }), line.count <= 90 else { return false }
        let seps: Set<Character> = ["|", "›", "»", ">"]
        let parts = line.split(whereSeparator: { seps.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 3, parts.count == line.filter({ seps.contains($0) }).count + 1 else { return false }
        return parts.allSatisfy { p in
            !p.isEmpty && p.count <= 30 && p.split(separator: " ").count <= 4
                && p.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" || $0 == "'" || $0 == "’" }
        }
    }

    /// A two-item menu or section path: "Mideast | Iraq", "English | Arabic", "Iraq / Energy", "Politics | Syria".
    /// Each item is one or two words of letters (a headline's halves are longer, or carry digits and punctuation).
    static func isShortMenu(_ line: String) -> Bool {
        // "|", "/", ">", or the UTF-8 lead byte of "›" and "»" ("Home » ISIS").
        guard line.utf8.count <= 80, line.utf8.contains(where: { $0 == 124 || $0 == 47 || $0 == 62 || $0 == 0xE2 || $0 == 0xC2 }) else { return false }
        var path = line
        for sep in [" / ", " » ", " › ", " > "] { path = path.replacingOccurrences(of: sep, with: "|") }
        let parts = path.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { p in
            !p.isEmpty && p.count <= 20 && p.split(separator: " ").count <= 2 && p.first?.isUppercase == true
                && p.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" }
        }
    }

    /// Labels joined by pipes: "THE DAILY STAR | Lebanon News", "Jane Roe, John Doe | The Daily Star". Every part is a
    /// few capitalised words (a name list may have commas); a headline's halves have lower-case words, digits or a verb's
    /// sentence punctuation.
    static func isPipedLabels(_ line: String) -> Bool {
        guard line.utf8.count <= 120, line.contains(" | ") else { return false }
        let minor: Set<Substring> = ["of", "the", "and", "&", "for", "in", "on", "al", "bin", "de", "van"]
        let parts = line.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
        // Each item (a part, or a name of a comma list) is one to four words: a Title Case headline's half is longer.
        return parts.count >= 2 && parts.allSatisfy { p in
            !p.hasSuffix(".") && p.split(separator: ",").allSatisfy { item in
                let words = item.split(separator: " ")
                return (1...4).contains(words.count)
                    && words.allSatisfy { w in (w.first?.isUppercase == true || minor.contains(w)) && w.allSatisfy { $0.isLetter || "-'’.&".contains($0) } }
            }
        }
    }

    /// A masthead: the outlet's name in capitals ("THE TIMES OF ISRAEL"), up to five words of letters.
    static func isMasthead(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        let words = line.split(separator: " ")
        guard (1...5).contains(words.count), line.contains(where: { $0.isLetter }) else { return false }
        return line.allSatisfy { ($0.isLetter && $0.isUppercase) || $0 == " " || $0 == "&" || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// "Jane Roe", "Newsroom Staff": two to four capitalised words and nothing else (an author line, when a dateline follows).
    static func isNameLine(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count), line.count <= 40 else { return false }
        return words.allSatisfy { w in w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." } }
            && !line.hasSuffix(".")
    }

    /// "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Staff Writer": a byline without the report.
    static func isByline(_ line: String) -> Bool {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.count <= 80, !line.hasSuffix(".") else { return false }
        let words = line.split(separator: " ").dropFirst()
        guard let name = words.first, name.first?.isUppercase == true, words.count <= 9 else { return false }
        return true
    }
}

extension Rx {
    static let year = Rx(#"\b(?:19|20)\d{2}\b"#)
}
