import Foundation

/// Recognises the furniture that scraped news pages carry around the report itself: navigation,
/// share prompts, comment sections, photo captions, section labels and "Updated …" stamps.
/// Every rule looks at the shape of a whole line, never at a particular outlet's wording of a story.
enum Boilerplate {
    /// A line that starts a trailing block of page furniture: from here to the end nothing is report.
    static let tailMarker = Rx(#"^(?:previous (?:article|post|story)|next (?:article|post|story)|related (?:posts?|articles?|stories|news|content|coverage|topics)|read more|more (?:stories|news|from [\w ]+)|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|leave a (?:reply|comment)|post a comment|add a comment|comments?(?: \(\d+\))?|\d+ comments?|source link|share this(?: article| story| post)?:?|join the (?:conversation|discussion)|about the author|sign up for our newsletter)\s*:?$"#)

    /// Lines that are furniture wherever they stand.
    static let furnitureLine = Rx(#"^(?:advertisement|advertising|sponsored(?: content)?|share|tweet|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|copy link|listen(?: to (?:this )?(?:article|story))?|subscribe\b.*|sign up\b.*|follow us\b.*|click here\b.*|(?:also )?read (?:also|more)\b.*|see also\b.*|related:.*|tags?:.*|topics?:.*|filed under:?.*|copyright\b.*|©.*|all rights reserved.*|image source.*|getty images|(?:photo|image|video) credit.*|skip (?:to|next).*|scroll (?:down|to).*|loading\.*|x|close)$"#)

    /// Comment-section and form prompts, matched anywhere in a line.
    static let commentPrompt = Rx(#"your email address will not be published|required fields are marked|moderates all comments|comments (?:are|will be) (?:moderated|reviewed|not edited)|community guidelines|we welcome comments|comments that do not meet|be the first to comment|you must be logged in to post|notify me of (?:new|follow-up)|save my name, email"#)

    /// "Updated 10:58 AM on September 25, 2019", "Published: 3 March 2021", "Posted on 2020-01-03".
    static let stampLine = Rx(#"^(?:(?:last )?updated|published|first published|posted|date|dated)\b[^\n]{0,80}$"#)

    /// A byline with a date: "By Jane Roe | January 3, 2020", "By John Doe, 3 March 2021 10:00".
    static let bylineWithDate = Rx(#"^[Bb]y [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,4}\s*[,|–—-]\s*.{0,40}\b(?:19|20)\d{2}\b.{0,20}$"#, caseInsensitive: false)

    /// Photo captions: "… Photo: PM's office", "(AP Photo/Jane Roe)", "File – … Reuters", "FILE PHOTO: …".
    static let captionCredit = Rx(#"(?:\b(?:photo|photograph|picture|image|credit|photos)s?\s*(?::|by\b)[^.]{0,80}$|\((?:AP|AFP|Reuters|EPA|Getty|Anadolu)[^)]*(?:photo|image)[^)]*\)\s*$|\((?:photo|file photo|image)[^)]{0,60}\)\s*$|[.|]\s*(?:Reuters|AFP|AP|EPA|Getty Images|AFP via Getty Images|Anadolu Agency|Xinhua)(?:/[\w .]+)?\.?\s*$)"#)
    static let captionStart = Rx(#"^(?:file(?: photo| picture| image)?\s*(?:[–—:-]|\|)|\(?file\)?\s*[–—:-]|photo\s*:|in this (?:file )?(?:photo|picture|image)|this (?:photo|picture|image) (?:shows|taken)|pictured\s*:)"#)

    /// A short first line naming a section ("Iraq", "Middle East", "World News").
    static func isSectionLabel(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard !words.isEmpty, words.count <= 3, line.count <= 30 else { return false }
        if line.last.map({ ".!?:;,\"”’".contains($0) }) == true { return false }
        return line.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" || $0 == "/" }
    }

    static func isCaption(_ line: String) -> Bool {
        let ns = line as NSString
        if captionStart.test(ns) { return true }
        // A caption credit ends the line; long report paragraphs rarely end that way, and never without a verb-rich body,
        // so require the credit to follow a sentence end or the line to be short.
        if captionCredit.test(ns) { return true }
        return false
    }

    static func isFurniture(_ line: String) -> Bool {
        let ns = line as NSString
        if line.count <= 80, furnitureLine.test(ns) { return true }
        if commentPrompt.test(ns) { return true }
        return false
    }

    static func isStamp(_ line: String) -> Bool {
        let ns = line as NSString
        guard line.count <= 110 else { return false }
        let hasYear = Rx.year.test(ns)
        return hasYear && (stampLine.test(ns) || bylineWithDate.test(ns))
    }
}

extension Rx {
    static let year = Rx(#"\b(?:19|20)\d{2}\b"#)
}
