import Foundation

/// How strongly a sentence reports an event.
enum MentionStrength: Int, Comparable {
    /// Refers back to an event ("the attack", "Thursday's strikes", "accused militias of targeting"): may add
    /// facts to an event reported elsewhere, becomes an incident only with its own time and place.
    case reference = 1
    /// Reports an event: a weapon that hit, an airstrike, a clash, an attack with its time.
    case report = 2
    static func < (a: MentionStrength, b: MentionStrength) -> Bool { a.rawValue < b.rawValue }
}

/// The kind of word that triggered a mention, before actors decide between airstrike and drone attack.
enum TriggerKind: Equatable {
    case typed(EventType)
    /// "drone strike": an airstrike when a state's forces carried it out, a drone attack when militias did.
    case droneStrike
    /// "struck", "a strike", "bombed": an airstrike when a state's forces did it, else unspecified.
    case strike
    /// "attack", "assault", "targeted", "assassination", "shelling".
    case generic

    var isSpecific: Bool { if case .generic = self { return false } else { return true } }
}

struct Trigger {
    var range: NSRange
    var word: String
    var kind: TriggerKind
    var strength: MentionStrength
    /// Rank among triggers of one sentence: lower wins.
    var rank: Int
    /// A bare plural ("airstrikes", "rocket attacks"): an event only with specifics in the sentence.
    var bare = false
    /// A bare plural without specifics: a class of events, dropped.
    var vague = false
}

/// Finds attack and strike words in a sentence and judges, from their immediate context, whether they
/// report an event, refer back to one, or do neither (negated, hypothetical, intercepted, vague plurals,
/// anniversaries). All rules look at grammar-like cues, never at particular stories.
enum EventTriggers {
    static let trigger = Rx(#"\b(air[\s-]?strikes?|air raids?|bombing raids?|warplanes?|fighter jets?|war ?planes?|drone strikes?|drone attacks?|(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden )?(?:drones?|uavs?|unmanned aerial vehicles?)|katyushas?|rocket attacks?|rockets?|rocket fire|mortar (?:shells?|rounds?|bombs?|fire|attacks?)|mortars?|(?:ballistic |cruise )?missiles?|roadside (?:bombs?|attacks?|explosions?|blasts?)|car bombs?|suicide (?:bomb(?:er|ing)s?|attacks?)|improvised explosive devices?|explosive devices?|sticky bombs?|landmines?|vbieds?|ieds?|bombings?|bombs?|clash(?:es|ed)?|gun ?fights?|fire ?fights?|gun battles?|exchanges? of fire|ambush(?:ed|es)?|opened fire|shoot-?outs?|struck|strikes?|bombed|attack(?:s|ed)?|assault(?:s|ed)?|assassinat(?:ion|ed)|shell(?:ed|ing)|artillery fire|targeted|targeting)\b"#)

    /// A weapon word used as a modifier of something that is not an attack ("drone experts", "missile defence").
    static let nonAttackNoun = Rx(#"^\s*(?:experts?|units?|programs?|programmes?|factor(?:y|ies)|launchers?|launch|defen[cs]es?|production|storage|depots?|warehouses?|teams?|cells?|technolog\w*|capabilit\w*|operators?|pilots?|footage|sightings?|flights?|surveillance|makers?|manufactur\w*|parts|components|shipments?|deliver\w*|arsenals?|stockpiles?|carriers?|sites?|tests?|systems?|batter(?:y|ies)|shield|interceptors?|ranges?|trade|deal|sales?|supplies|supply)\b"#)
    static let nonAttackModifier = Rx(#"\b(?:reconnaissance|surveillance|spy|anti|counter|intercept(?:ed|or)?|air[- ]defen[cs]e)[\s-]*$"#)

    static let negation = Rx(#"\b(?:no|not|never|neither|nor|without)\b|n['’]t\b"#)
    static let negationBlocker = Rx(#"\b(?:casualt\w*|injur\w*|one|dead|deaths?|damage\w*|claim\w*|responsib\w*|word|reports?|comment\w*|group|faction)\b"#)
    static let irrealis = Rx(#"\b(?:may|might|could|would|will|should|shall|can|threat\w*|threaten\w*|warn\w*|vow\w*|pledg\w*|prevent\w*|deter\w*|stop\w*|halt\w*|plan\w*|plot\w*|fear\w*|risk\w*|intend\w*|aim\w*|possible|possibly|potential|future|further|if|whether|against any|tolerat\w*|respond to)\b"#)
    static let irrealisAfter = Rx(#"^\W*(?:\w+\W+){0,3}?(?:may|might|could|would|will|should|can)\b"#)
    static let interception = Rx(#"\b(?:intercept\w*|shot down|shoot down|downed|foil\w*|thwart\w*|defus\w*|dismantl\w*|seiz\w*|confiscat\w*|discover\w*|uncover\w*|failed to (?:launch|explode|detonate)|misfired)\b"#)
    static let impact = Rx(#"\b(?:hit|hits|landed|struck|exploded|detonated|killed|killing|wounded|wounding|injur\w+|damag\w+|impact\w*|slammed|fell|crashed)\b"#)
    static let anniversary = Rx(#"\banniversar\w* of (?:\S+\s+){0,4}$"#)
    /// Quantities that make a plural a vague class rather than an event.
    static let vagueBefore = Rx(#"\b(?:such|these|those|similar|frequent|repeated|many|numerous|dozens|hundreds|scores|thousands|series|wave|spate|string|list|number|more|other|increasing|growing|some|all|further|daily|regular|weekly|occasional|sporadic|ongoing|continued|future|possible|potential|recurring)\b(?:\s+\S+){0,4}\s*$"#)
    static let definiteBefore = Rx(#"(?:\b(?:the|this|its|their|his|her|latest|recent|yesterday['’]s|today['’]s)|\w+day['’]s|night['’]s)\s+(?:\S+\s+){0,2}$"#)
    static let quantityBefore = Rx(#"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|both|a pair of|a barrage of|a salvo of|a volley of|a couple of|at least \w+)\s+(?:\S+\s+){0,2}$"#)
    static let articleBefore = Rx(#"\b(?:a|an|another)\s+(?:\S+\s+)?$"#)
    static let indefiniteBefore = Rx(#"\b(?:a|an|one|another)\s+(?:\S+\s+){0,3}$"#)
    static let genericSentence = Rx(#"\b(?:ha(?:ve|s|d) (?:increased|intensified|escalated|continued|risen|surged|become|grown|spiked)|in recent (?:weeks|months|days|years)|so far this year|over the (?:past|last) (?:\w+ )?(?:weeks|months|years|days)|since the (?:start|beginning)|on the rise|tit-for-tat|campaign of|a series of|growing list)\b"#)
    static let coordinatedPlural = Rx(#"^\s*(?:(?:and|or|,)\s+(?:[\w-]+\s+){0,2})?(?:attacks|strikes|assaults|bombings)\b"#)
    static let clauseBoundary: Set<unichar> = [44, 59, 58, 0x2013, 0x2014, 40, 41, 34, 0x201C, 0x201D]

    static func find(in ns: NSString) -> [Trigger] {
        if interception.test(ns) && !impact.test(ns) { return [] }
        let generic = genericSentence.test(ns)
        var out: [Trigger] = []
        for m in trigger.matches(ns) {
            let r = m.range
            let word = ns.substring(with: r).lowercased()
            let before = ns.substring(to: r.location) as NSString
            let after = ns.substring(from: r.location + r.length) as NSString
            let clauseStart = clauseStartIndex(ns, before: r.location)
            let clauseBefore = ns.substring(with: NSRange(location: clauseStart, length: r.location - clauseStart)) as NSString
            let kind = classify(word)
            // Weapon words naming something other than an attack.
            if kind.isSpecific, nonAttackNoun.test(after) || nonAttackModifier.test(before) { continue }
            if anniversary.test(before) { continue }
            if isNegated(clauseBefore) { continue }
            if irrealis.test(clauseBefore) || irrealisAfter.test(after) { continue }
            if vagueBefore.test(clauseBefore) { continue }
            // "missile and bomb attacks": a modifier coordinated into a plural noun phrase.
            let plural = isPlural(word) || coordinatedPlural.test(after)
            let quantified = quantityBefore.test(clauseBefore)
            let definite = definiteBefore.test(clauseBefore) && !quantified && !articleBefore.test(clauseBefore)
            let isVerb = word.hasSuffix("ed") || word == "struck" || word == "targeting" || word == "opened fire"
            var strength: MentionStrength
            switch kind {
            case .generic:
                if word.hasPrefix("target") { strength = .reference }
                else if isVerb || word.hasPrefix("assassinat") { strength = .report }
                else if definite { strength = .reference }
                else if plural && !quantified { strength = .reference }
                else if indefiniteBefore.test(clauseBefore) { strength = .report }
                else { strength = .reference }
            default:
                if definite && !isVerb { strength = .reference }
                else if plural && !quantified && generic { continue }
                else { strength = .report }
            }
            // A bare plural ("rocket attacks", "airstrikes") reports an event only with specifics nearby;
            // the extractor checks them (time, casualties, a named place) and otherwise drops it.
            let rank = rankOf(kind, word)
            out.append(Trigger(range: r, word: word, kind: kind, strength: strength, rank: rank))
            if plural && !quantified && !isVerb, case .report = strength { out[out.count - 1].bare = true }
        }
        return out
    }

    static func isPlural(_ w: String) -> Bool {
        let last = w.split(separator: " ").last.map(String.init) ?? w
        return last.hasSuffix("s") && !last.hasSuffix("ss") && last != "uavs" ? true : last == "uavs"
    }

    static func isNegated(_ clauseBefore: NSString) -> Bool {
        let ms = negation.matches(clauseBefore)
        guard let last = ms.last else { return false }
        let between = clauseBefore.substring(from: last.range.location + last.range.length) as NSString
        return !negationBlocker.test(between)
    }

    static func clauseStartIndex(_ ns: NSString, before i: Int) -> Int {
        var j = i - 1
        while j >= 0 {
            if clauseBoundary.contains(ns.character(at: j)) { return j + 1 }
            j -= 1
        }
        return 0
    }

    static func classify(_ w: String) -> TriggerKind {
        if w.contains("air") && (w.contains("strike") || w.contains("raid")) || w.contains("warplane") || w.contains("war plane")
            || w.contains("fighter jet") || w.contains("bombing raid") { return .typed(.airstrike) }
        if w.hasPrefix("drone strike") { return .droneStrike }
        if w.contains("drone") || w.contains("uav") || w.contains("unmanned") { return .typed(.droneAttack) }
        if w.contains("rocket") || w.contains("katyusha") { return .typed(.rocketAttack) }
        if w.contains("mortar") { return .typed(.mortarAttack) }
        if w.contains("missile") { return .typed(.missileAttack) }
        if w.contains("bomb") && w != "bombed" || w.hasPrefix("roadside") || w.contains("explosive") || w.contains("ied") || w.contains("landmine") || w.hasPrefix("suicide") { return .typed(.iedAttack) }
        if w.hasPrefix("clash") || w.contains("fight") || w.contains("battle") || w.contains("exchange") || w.hasPrefix("ambush")
            || w == "opened fire" || w.hasPrefix("shoot") { return .typed(.armedClash) }
        if w == "struck" || w.hasPrefix("strike") || w == "bombed" { return .strike }
        return .generic
    }

    static func rankOf(_ k: TriggerKind, _ w: String) -> Int {
        switch k {
        case .typed(.airstrike): return 0
        case .droneStrike: return 1
        case .typed: return 2
        case .strike: return 3
        case .generic: return w.hasPrefix("assassinat") ? 4 : 5
        }
    }
}
