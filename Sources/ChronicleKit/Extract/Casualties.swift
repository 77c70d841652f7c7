import Foundation

/// Killed and wounded figures stated in one sentence. `nil` = no figure given; 0 = the text says none.
struct Casualties: Equatable {
    var killed: Int?
    var wounded: Int?
}

/// Reads casualty figures: "three children and two women were killed" (5), "wound two civilians" (2),
/// "killing two and injuring five", "at least 12 people died", "no casualties were reported" (0 and 0),
/// "no US troops were hurt" (wounded 0), "without causing casualties". Vague amounts ("several",
/// "dozens") give no figure.
enum CasualtyReader {
    private static let number = #"(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|a dozen|several|dozens|scores|hundreds|many|some)"#
    private static let hedge = #"(?:at least|as many as|up to|more than|over|nearly|almost|about|around|some|roughly|an estimated)"#
    private static let killWord = #"(?:kill(?:ed|ing|s)?|dead|died|die|slain|deaths?)"#
    private static let woundWord = #"(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|e|ies)|hurt)"#

    /// Active: "killing two", "wounded 12 people", "killed at least four soldiers".
    static let active = Rx(#"\b(kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|left)\s+(?:\#(hedge)\s+)?(\#(number))\b(?!\s*(?:%|percent|km|kilomet|mile|meter|metre|minutes?|hours?|days?|weeks?|months?|years?|rockets?|drones?|missiles?|mortars?))(?:\s+[\w-]+){0,3}?(\s+(?:dead|injured|wounded))?"#)
    /// Passive / intransitive tail: "... were killed", "... died", "... were wounded".
    static let passiveVerb = Rx(#"\b(?:(?:were|was|have been|has been|had been|are|is|got|being|reportedly|also|later)\s+)*(?:\#(killWord)|\#(woundWord))\b"#)
    static let zeroAll = Rx(#"\bno (?:immediate )?casualties\b(?! figures)|\bwithout (?:causing |inflicting |resulting in )?(?:any )?casualties\b|\bcaused no casualties\b|\bno one (?:was|were|has been|had been) (?:killed or (?:injured|wounded|hurt)|(?:injured|wounded|hurt) or killed)\b|\bno (?:deaths|fatalities) or injuries\b"#)
    static let zeroUnreported = Rx(#"\bno (?:immediate )?(?:reports?|word|information) (?:of|on) (?:casualties|injuries|deaths)\b"#)
    static let zeroKilled = Rx(#"\b(?:no one (?:was|were|has been|had been) killed|no (?:deaths|fatalities)\b(?! or)|no (?:\S+\s+){0,2}(?:forces|troops|soldiers|personnel|people|civilians|one|americans|service ?members)\s+(?:were|was|had been|have been)\s+(?:killed|dead))\b"#)
    static let zeroWounded = Rx(#"\b(?:no injuries|no one (?:was|were|has been|had been) (?:hurt|injured|wounded)|no (?:\S+\s+){0,2}(?:forces|troops|soldiers|personnel|people|civilians|americans|service ?members)\s+(?:were|was|had been|have been)\s+(?:hurt|injured|wounded))\b"#)

    static func read(_ ns: NSString) -> Casualties {
        var c = Casualties()
        let lower = (ns as String).lowercased() as NSString
        if zeroUnreported.test(lower) { /* no figure either way */ }
        else if zeroAll.test(lower) { c.killed = 0; c.wounded = 0 }
        if zeroKilled.test(lower) { c.killed = 0 }
        if zeroWounded.test(lower) { c.wounded = 0 }

        var claimed: [NSRange] = []
        for m in active.matches(lower) {
            guard let verb = m.group(1, in: lower), let numText = m.group(2, in: lower) else { continue }
            guard let n = DateWords.number(numText), !isVague(numText) else { claimed.append(m.range); continue }
            let tail = m.group(3, in: lower)?.trimmingCharacters(in: .whitespaces)
            if verb == "left" {
                if tail == "dead" { c.killed = add(c.killed, n) } else if tail == "injured" || tail == "wounded" { c.wounded = add(c.wounded, n) } else { continue }
            } else if verb.hasPrefix("kill") { c.killed = add(c.killed, n) }
            else { c.wounded = add(c.wounded, n) }
            claimed.append(m.range)
        }
        for m in passiveVerb.matches(lower) {
            if claimed.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) { continue }
            let verb = lower.substring(with: m.range)
            let isKill = verb.range(of: #"kill|dead|died|die|slain|death"#, options: .regularExpression) != nil
            guard let n = countBefore(lower, at: m.range.location) else { continue }
            if isKill { c.killed = add(c.killed, n) } else { c.wounded = add(c.wounded, n) }
        }
        return c
    }

    private static func add(_ a: Int?, _ b: Int) -> Int { (a ?? 0) == 0 ? b : max(a ?? 0, b) }

    private static func isVague(_ w: String) -> Bool { ["several", "dozens", "scores", "hundreds", "many", "some"].contains(w) }

    /// Sums the counts of the noun phrase just before a passive casualty verb:
    /// "three children and two women were killed" → 5; "four fighters" → 4; nil when none is found.
    static func countBefore(_ ns: NSString, at end: Int) -> Int? {
        let start = max(0, end - 100)
        let window = ns.substring(with: NSRange(location: start, length: end - start))
        var tokens = window.split(whereSeparator: { $0 == " " }).map(String.init)
        // A clause boundary ends the noun phrase.
        if let cut = tokens.lastIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(";") || $0.hasSuffix(":") || $0.hasSuffix(".") }) {
            // keep "three children, two women and a man" lists: only cut when the token after is not a count
            let next = cut + 1 < tokens.count ? tokens[cut + 1].lowercased() : ""
            if DateWords.number(next) == nil { tokens = Array(tokens[(cut + 1)...]) }
        }
        let words = tokens.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let stops: Set<String> = ["when", "after", "that", "which", "who", "said", "says", "in", "on", "at", "as", "while", "where",
                                  "by", "but", "than", "for", "with", "from", "to", "if", "because", "had", "have", "has",
                                  "were", "was", "is", "are", "been", "killed", "wounded", "injured", "hurt", "dead", "died", "no"]
        let hedges: Set<String> = ["least", "at", "many", "as", "up", "to", "more", "than", "over", "nearly", "almost", "about", "around", "some", "roughly"]
        var total = 0
        var found = false
        var sinceNumber = 0
        var i = words.count - 1
        while i >= 0 {
            let t = words[i]
            if t.isEmpty { i -= 1; continue }
            if t == "dozen", i > 0, words[i - 1] == "a" { total += 12; found = true; sinceNumber = 0; i -= 2; continue }
            if let n = DateWords.number(t) {
                if isVague(t) { return found ? total : nil }
                if t == "one", i > 0, words[i - 1] == "no" { return found ? total : nil }
                if (t == "a" || t == "an") && found { break }
                total += n; found = true; sinceNumber = 0
                i -= 1
                while i >= 0, hedges.contains(words[i]) { i -= 1 }
                if i >= 0, words[i] == "and" { i -= 1; continue }
                if i >= 0, tokens[i].hasSuffix(","), DateWords.number(words[i]) == nil { break }
                break
            }
            if stops.contains(t) { break }
            if t == "and" { i -= 1; continue }
            sinceNumber += 1
            if sinceNumber > 4 { break }
            i -= 1
        }
        return found ? total : nil
    }
}
