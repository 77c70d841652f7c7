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
    /// An air strike's word ("air raid", "drone strike", "struck"): the act of whoever flew it.
    var isAirRaid: Bool {
        switch self {
        case .typed(.airstrike), .droneStrike, .strike: return true
        default: return false
        }
    }
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
    /// A generic report word made a reference only for want of a time in its sentence ("Settlers attacked homes in X"):
    /// the stamp of a live entry gives it one.
    var wantedTime = false
}

/// Finds attack and strike words in a sentence and judges, from their immediate context, whether they
/// report an event, refer back to one, or do neither (negated, hypothetical, intercepted, vague plurals,
/// anniversaries). All rules look at grammar-like cues, never at particular stories.
enum EventTriggers {
    /// Matched on ASCII-lower-cased text, case-sensitively (ICU's case-insensitive matching is several times slower).
    /// The alternatives are grouped by first letter behind a look-ahead (`(?=a)(?:…)`), each group keeping the
    /// original order: ICU tries alternatives one by one at every word start, so this skips most of them. Only
    /// alternatives that can begin with the same letter can both match at one position, so the matches are
    /// those of `triggerReference` (the plain list), which debug builds (and so the tests) check on every sentence.
    static let trigger = Rx(caseInsensitive: false, #"\b((?=a)(?:another\s+devices?|arson attacks?|air[\s-]?strikes?|air raids?|air operations?|aerial (?:bombardments?|bombings?|operations?)|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|ambush(?:ed|es)?|attack(?:s|ed)?|assault(?:s|ed)?|assassinat(?:ion|ed)|artillery fire|aggressions?|attempts? (?:was |were )?(?:made )?against|attempts? on (?:the |his |her |their )?li(?:fe|ves))|(?=b)(?:beaten to death|barrels? (?:(?:packed|laden|loaded|stuffed|filled) with|full of) (?:explosives|tnt)|bus(?:es)? (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|boats? (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|booby-trapped boats?|bomb-laden boats?|blew (?:himself|herself|themselves|(?:his|her|their) (?:vehicle|car|truck)) up|blew up (?:his|her|their) (?:vehicle|car|truck)|blew up (?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:bridges?|railway lines?|rail lines?|tracks|pipelines?|power pylons?|pylons?|checkpoints?|police posts?|bus|buses|minibus(?:es)?|coach|trains?|convoy)|blasts?|bombing raids?|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|(?:ballistic |cruise )?missiles?|bombings?|bombs?|bombed)|(?=c)(?:cars? (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|cars? (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|(?:came|come|comes|coming) under (?:(?:heavy|intense|sustained|small[- ]arms|sniper|automatic|machine[- ]gun)\s+){0,2}(?:gun)?fire|(?:ballistic |cruise )?missiles?|car bombs?|claymore mines?|claymores?|clash(?:es|ed)?)|(?=d)(?:detonat(?:ed|ing|es) (?:(?:an?|the|their|his|her|its)\s+)?(?:[\w-]+\s+)?(?:explosives?(?: (?:belts?|vests?|devices?|charges?))?|charges?)|drone boats?|drone strikes?|drone attacks?|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?))|(?=e)(?:explosive-laden boats?|exchang(?:ed|ing) fire|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|explosive devices?|explosions?|exchanges? of fire)|(?=f)(?:fired (?:live (?:rounds|ammunition|bullets) )?(?:on|at|into) (?:a |the )?(?:crowds?|protesters|protestors|demonstrators|mourners|marchers|worshippers|civilians|villagers|residents|people)|firebomb(?:s|ed|ings?)?|fighter jets?|fire ?fights?|fired (?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+)?(?:(?:automatic|assault|heavy|small[- ]arms|machine[- ]gun)\s+)?(?:weapons|rifles|guns|shots|bullets) (?:at|on|into))|(?=f)(?:flying objects?|fighting(?=\s+(?:broke out|erupted|raged|flared)|(?:\s+(?!and\b|but\b)[\w'’-]+){1,8}?\s+(?:killed|left)\s+(?:at least |more than |some |about |nearly |over )?(?:\d|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty))|(?<=\b(?:killed|wounded|injured|died|dead|lost their lives|casualties) (?:in|during) (?:the )?(?:(?:heavy|fierce|intense|ensuing|subsequent|renewed|street|overnight|day's|night's) )?)fighting)|(?=g)(?:gun ?fights?|gun battles?|gunned down|gunfire)|(?=h)(?:hacked to death)|(?=i)(?:improvised explosive devices?|ieds?|infiltrat(?:e|ed|es|ing|ion))|(?=k)(?:(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|katyushas?)|(?=l)(?:(?:lorry|lorries) (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|landmines?|launch(?:ed|es|ing)?\s+(?:an?|its|the|their|his|a\s+new)\s+(?:[\w'’-]+\s+){0,3}?offensive)|(?=m)(?:martyrdom (?:operations?|attacks?)|mortar (?:shells?|rounds?|bombs?|fire|attacks?)|mortars?|(?:ballistic |cruise )?missiles?|massacre|massacred)|(?=o)(?:(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|opened fire|operations? to (?:arrest|capture|apprehend|detain)|operation (?:that was |which was )?carried out(?=\s+(?:(?:early|late)\s+)?(?:this|last|yesterday|today|tonight|overnight|at dawn|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))|overr(?:an|un|unning))|(?=p)(?:projectiles?)|(?=r)(?:remote-controlled boats?|remotely[ -]piloted,? (?:explosive-laden )?boats?|rocket attacks?|rockets?|rocket fire|roadside (?:bombs?|attacks?|explosions?|blasts?)|raid(?:s|ed)?|rammings?|rammed)|(?=s)(?:sea mines?|second\s+devices?|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|suicide (?:(?:car |truck |lorry )?bomb(?:er|ing)s?|attacks?)|set(?:s|ting)? off (?:(?:an?|the|their|his|her|its)\s+)?(?:[\w-]+\s+)?(?:(?:explosive|suicide) (?:belts?|vests?|devices?|charges?)|explosives|charges?)|sticky bombs?|shoot-?outs?|shot dead|shot (?:or (?:hacked|stabbed) )?to death|shot and (?:killed|wounded)|struck|strikes?|shell(?:ed|ing)|shells?|storm(?:ed|ing|(?<=\bto storm)(?=\s)|(?=\s+(?:the|a|an|its|their)\s))|shootings?(?! down)|stabbings?|stabbed)|(?=t)(?:third\s+devices?|traded fire|trading fire|trucks? (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|trucks? (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|targeted|targeting)|(?=u)(?:un(?:crewed|manned) (?:explosive-laden )?boats?|un(?:crewed|manned) surface vessels?|usvs?|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?))|(?=v)(?:(?:vehicles?|vans?) (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|(?:vehicles?|vans?) (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|vbieds?)|(?=n)(?:naval mines?)|(?=w)(?:warplanes?|war ?planes?)|(?=[sdb])(?:(?:(?:(?:shot|shoot|shoots|shooting) down|downed|downing of|shoot-?down of)\s+(?:[\w'’.-]+\s+){0,5}?(?:airliners?|(?:war ?)?planes?|aircraft|(?:fighter )?jets?|airplanes?|aeroplanes?|helicopters?|choppers?|flight (?:[a-z]{1,3}\s?)?\d+)|brought down by)))\b"#)
    static let triggerReference = Rx(caseInsensitive: false, #"\b(arson attacks?|barrels? (?:(?:packed|laden|loaded|stuffed|filled) with|full of) (?:explosives|tnt)|boats? (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|booby-trapped boats?|bomb-laden boats?|cars? (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|cars? (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|(?:came|come|comes|coming) under (?:(?:heavy|intense|sustained|small[- ]arms|sniper|automatic|machine[- ]gun)\s+){0,2}(?:gun)?fire|detonat(?:ed|ing|es) (?:(?:an?|the|their|his|her|its)\s+)?(?:[\w-]+\s+)?(?:explosives?(?: (?:belts?|vests?|devices?|charges?))?|charges?)|drone boats?|explosive-laden boats?|exchang(?:ed|ing) fire|firebomb(?:s|ed|ings?)?|fired (?:live (?:rounds|ammunition|bullets) )?(?:on|at|into) (?:a |the )?(?:crowds?|protesters|protestors|demonstrators|mourners|marchers|worshippers|civilians|villagers|residents|people)|fired (?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+)?(?:(?:automatic|assault|heavy|small[- ]arms|machine[- ]gun)\s+)?(?:weapons|rifles|guns|shots|bullets) (?:at|on|into)|remote-controlled boats?|remotely[ -]piloted,? (?:explosive-laden )?boats?|sea mines?|traded fire|trading fire|trucks? (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|un(?:crewed|manned) (?:explosive-laden )?boats?|(?:vehicles?|vans?|lorry|lorries) (?:(?:packed|laden|loaded|rigged|filled) with|full of) explosives|(?:vehicles?|vans?|trucks?) (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|bus(?:es)? (?:exploded|blew up|(?:was|were) (?:[a-z]+ and )?detonated)|naval mines?|air[\s-]?strikes?|air raids?|air operations?|aerial (?:bombardments?|bombings?|operations?)|bombing raids?|warplanes?|fighter jets?|war ?planes?|un(?:crewed|manned) surface vessels?|usvs?|drone strikes?|drone attacks?|(?:(?:suicide |kamikaze |one-way |armed |attack |explosive-laden |bomb-laden ){1,2})?(?:drones?|uavs?|uas|unmanned aerial (?:vehicles?|systems?)|unmanned aircraft(?: systems?)?)|katyushas?|rocket attacks?|rockets?|rocket fire|martyrdom (?:operations?|attacks?)|mortar (?:shells?|rounds?|bombs?|fire|attacks?)|mortars?|(?:ballistic |cruise )?missiles?|roadside (?:bombs?|attacks?|explosions?|blasts?)|car bombs?|suicide (?:(?:car |truck |lorry )?bomb(?:er|ing)s?|attacks?)|set(?:s|ting)? off (?:(?:an?|the|their|his|her|its)\s+)?(?:[\w-]+\s+)?(?:(?:explosive|suicide) (?:belts?|vests?|devices?|charges?)|explosives|charges?)|improvised explosive devices?|explosive devices?|explosions?|blew (?:himself|herself|themselves|(?:his|her|their) (?:vehicle|car|truck)) up|blew up (?:his|her|their) (?:vehicle|car|truck)|blew up (?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:bridges?|railway lines?|rail lines?|tracks|pipelines?|power pylons?|pylons?|checkpoints?|police posts?|bus|buses|minibus(?:es)?|coach|trains?|convoy)|blasts?|sticky bombs?|landmines?|(?:second|third|another)\s+devices?|launch(?:ed|es|ing)?\s+(?:an?|its|the|their|his|a\s+new)\s+(?:[\w'’-]+\s+){0,3}?offensive|claymore mines?|claymores?|vbieds?|ieds?|bombings?|bombs?|clash(?:es|ed)?|gun ?fights?|fire ?fights?|gun battles?|gunned down|gunfire|shot dead|shot (?:or (?:hacked|stabbed) )?to death|hacked to death|beaten to death|shot and (?:killed|wounded)|projectiles?|flying objects?|exchanges? of fire|ambush(?:ed|es)?|opened fire|overr(?:an|un|unning)|shoot-?outs?|fighting(?=\s+(?:broke out|erupted|raged|flared)|(?:\s+(?!and\b|but\b)[\w'’-]+){1,8}?\s+(?:killed|left)\s+(?:at least |more than |some |about |nearly |over )?(?:\d|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty))|(?<=\b(?:killed|wounded|injured|died|dead|lost their lives|casualties) (?:in|during) (?:the )?(?:(?:heavy|fierce|intense|ensuing|subsequent|renewed|street|overnight|day's|night's) )?)fighting|infiltrat(?:e|ed|es|ing|ion)|struck|strikes?|storm(?:ed|ing|(?<=\bto storm)(?=\s)|(?=\s+(?:the|a|an|its|their)\s))|bombed|attack(?:s|ed)?|assault(?:s|ed)?|assassinat(?:ion|ed)|attempts? (?:was |were )?(?:made )?against|attempts? on (?:the |his |her |their )?li(?:fe|ves)|shell(?:ed|ing)|shells?|artillery fire|targeted|targeting|raid(?:s|ed)?|operations? to (?:arrest|capture|apprehend|detain)|operation (?:that was |which was )?carried out(?=\s+(?:(?:early|late)\s+)?(?:this|last|yesterday|today|tonight|overnight|at dawn|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))|aggressions?|shootings?(?! down)|massacre|massacred|stabbings?|stabbed|rammings?|rammed|(?:(?:(?:shot|shoot|shoots|shooting) down|downed|downing of|shoot-?down of)\s+(?:[\w'’.-]+\s+){0,5}?(?:airliners?|(?:war ?)?planes?|aircraft|(?:fighter )?jets?|airplanes?|aeroplanes?|helicopters?|choppers?|flight (?:[a-z]{1,3}\s?)?\d+)|brought down by))\b"#)

    /// A weapon word used as a modifier of something that is not an attack ("drone experts", "missile defence").
    static let nonAttackNoun = Rx(#"^\s*(?:experts?|units?|programs?|programmes?|factor(?:y|ies)|launchers?|launch|defen[cs]es?|production|storage|depots?|warehouses?|teams?|cells?|technolog\w*|capabilit\w*|disposal|squads?|technicians?|operators?|pilots?|footage|sightings?|flights?|surveillance|makers?|manufactur\w*|parts|components|shipments?|deliver\w*|arsenals?|stockpiles?|carriers?|sites?|tests?|systems?|batter(?:y|ies)|shield|interceptors?|ranges?|trade|deal|sales?|supplies|supply)\b"#)
    static let nonAttackModifier = Rx(#"\b(?:reconnaissance|surveillance|spy|anti|counter|intercept(?:ed|or)?|air[- ]defen[cs]e)[\s-]*$"#, anchors: ["reconnaissance", "surveillance", "spy", "anti", "counter", "intercept", "air-defen", "air defen"])

    static let negation = Rx(#"\b(?:no|not|never|neither|nor|without)\b|n['’]t\b"#)
    static let negationBlocker = Rx(#"\b(?:casualt\w*|injur\w*|one|dead|deaths?|damage\w*|claim\w*|responsib\w*|word|reports?|comment\w*|group|faction)\b"#, anchors: ["casualt", "injur", "one", "dead", "death", "damage", "claim", "responsib", "word", "report", "comment", "group", "faction"])
    static let irrealis = Rx(#"\b(?:may|might|could|would|will|should|shall|can|threat\w*|threaten\w*|warn\w*|vow\w*|pledg\w*|prevent\w*|deter(?!min|ior)\w*|stop\w*|halt\w*|plan(?!t|e)\w*|plot\w*|fear\w*|risk\w*|intend\w*|aim\w*|possible|possibly|potential|future|further|if|whether|against any|tolerat\w*|respond to)\b"#)
    static let irrealisAfter = Rx(#"^\W*(?:\w+\W+){0,3}?(?:may|might|could|would|will|should|can)\b"#, anchors: ["may", "might", "could", "would", "will", "should", "can"])
    static let interception = Rx(#"\b(?:intercept\w*|shot down|shoot down|shooting down|shoots down|downed|foil\w*|thwart\w*|defus\w*|dismantl\w*|seiz\w*|confiscat\w*|discover\w*|uncover\w*|recovered|failed to (?:launch|explode|detonate)|misfired)\b"#, anchors: ["intercept", "shot down", "shoot down", "shooting down", "shoots down", "downed", "foil", "thwart", "defus", "dismantl", "seiz", "confiscat", "recovered", "discover", "uncover", "failed to ", "misfired"])
    static let impact = Rx(#"\b(?:hit|hits|hitting|landed|struck|striking|exploded|detonated|killed|killing|wounded|wounding|injur\w+|damag\w+|impact\w*|slammed|fell|crashed)\b"#, anchors: ["hit", "landed", "struck", "striking", "exploded", "detonated", "kill", "wound", "injur", "damag", "impact", "slammed", "fell", "crashed"])
    static let anniversary = Rx(#"\banniversar\w* of (?:\S+\s+){0,4}$"#, anchors: ["anniversar"])
    static let comparedWithBefore = Rx(#"\b(?:as|like)\s+(?:[\w'’-]+\s+){0,2}?(?:did|happened)\s+(?:after|following|during|in|with)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$"#, anchors: ["did", "happened"])
    /// Quantities that make a plural a vague class rather than an event.
    static let vagueBefore = Rx(#"\b(?:such|these|those|similar|frequent|repeated|many|numerous|dozens|hundreds|scores|thousands|series|wave|spate|string|list|number|more(?! than)|other|increasing|growing|some|all|further|daily|regular|weekly|occasional|sporadic|ongoing|continued|future|possible|potential|recurring)\b(?:\s+\S+){0,4}\s*$"#)
    static let definiteBefore = Rx(#"(?:\b(?:the|this|its|their|his|her|latest|recent|yesterday['’]s|today['’]s)|\w+day['’]s|night['’]s)\s+(?:\S+\s+){0,2}$"#)
    static let quantityBefore = Rx(#"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|both|a pair of|a barrage of|a salvo of|a volley of|a couple of|at least \w+)\s+(?:\S+\s+){0,2}$"#)
    static let stateBefore = Rx(#"\b(?:U\.S\.|US|American|Israeli|Turkish|Iranian|Russian|Jordanian|British|[Cc]oalition)(?:-led)?\s+(?:air\s+|drone\s+|missile\s+|retaliatory\s+)?$"#, caseInsensitive: false,
                          anchors: ["u.s.", "us", "american", "israeli", "turkish", "iranian", "russian", "jordanian", "british", "coalition"])
    static let articleBefore = Rx(#"\b(?:a|an|another)\s+(?:\S+\s+)?$"#)
    static let indefiniteBefore = Rx(#"\b(?:a|an|one|another)\s+(?:\S+\s+){0,3}$"#)
    /// A sentence about a class of events ("attacks have increased in recent weeks"), not about one; a toll that
    /// "has risen to 119" is one event's running total, not a trend.
    static func isGenericSentence(_ ns: NSString) -> Bool {
        genericSentence.matches(ns).contains { m in
            let text = ns.sub(m.range).asciiLower
            guard text.hasPrefix("ha"), text.count < 20 else { return true }
            let before = ns.sub(NSRange(location: 0, length: m.range.location)).asciiLower
            return !(before.has("toll ") || before.has("number of "))
        }
    }
    /// "Since October, rocket and missile fire from Lebanon has killed 15 Israelis": the toll of a span opened by its
    /// start, not of one attack.
    static let sinceToll = Rx(#"^\W*since\b[^.;]{0,120}?\bha(?:s|ve)\s+(?:now\s+|so far\s+)?(?:killed|wounded|injured|claimed the lives)\b"#, anchors: ["since"])
    /// (Also a count of attacks over a span: "several explosive devices placed in Bogotá since 2015".)
    static let genericSentence = Rx(#"\b(?:ha(?:ve|s|d) (?:increased|intensified|escalated|continued|risen|surged|become|grown|spiked)|in recent (?:weeks|months|days|years)|in the (?:past|last) (?:few |several |two |three |four |five )?(?:weeks|months|years)|so far this year|over the (?:past|last) (?:\w+ )?(?:weeks?|months?|years?|days)|every (?:single )?(?:day|night|week)|since the (?:start|beginning)|on the rise|tit-for-tat|campaign of|a series of|growing list|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|dozens of|hundreds of) times|(?:near|nearly|almost)[ -]daily|on a (?:daily|regular|near-daily|weekly) basis|ha(?:ve|s) been (?:near |nearly |almost )?(?:daily|routine|frequent|commonplace|regular)|(?:hostilities|fighting|violence|bombardments?) (?:ha(?:ve|s|d) )?continued|between (?:the )?\d{1,2}(?:st|nd|rd|th)? and (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|between (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}(?:st|nd|rd|th)? and \d{1,2}(?:st|nd|rd|th)?|(?:several|many|numerous|a number of|dozens of|scores of)\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|bombs|explosive devices|devices|explosions|blasts|ambushes|shootings)\b[^.;]{0,60}?\bsince\s+(?:(?:19|20)\d{2}|(?:last|early|late)\s+\w+|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*))\b"#, anchors: ["between", "since ", "in the past", "in the last", "daily", "regular", "weekly", "routine", "frequent", "commonplace", "increased", "intensified", "escalated", "continued", "risen", "surged", "become", "grown", "spiked", "in recent", "so far this year", "over the", "every ", "since the", "on the rise", "tit-for-tat", "campaign of", "a series of", "growing list", " times"])
    /// A kill or wound verb in the clause right after an attack noun ("shelling on the town killed 11").
    /// "caught up in a wave of bombings that tore through the resort early today, killing at least 64 people": a wave
    /// told with its own relative clause and counted toll is one event's blasts, not a class of events.
    static let waveToll = Rx(#"^\s+(?:that|which)\s+[^.;]{0,160}?\b(?:killing|killed|leaving)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)\b"#, anchors: ["that", "which"])
    /// "the series of suicide attacks that struck Casablanca late on Friday, leaving 41 people dead": one coordinated attack
    /// told with its toll, unlike "a string of bombings that have killed 20 since January" (a span, in the perfect).
    static func oneSeriesToll(_ after: NSString) -> Bool { waveToll.test(after) && !perfectRelative.test(after) }
    /// "A series of car bombs and mortar shells struck the district of Sadr City yesterday afternoon, killing at least 200":
    /// a series that is the subject of its own strike and toll is one coordinated attack.
    static let seriesStruckToll = Rx(#"^\s+(?:and\s+(?:[\w-]+\s+){1,2})?\#(seriesVerbs)\b[^.;]{0,160}?\b(?:killing|killed|leaving)\s+(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|dozens|scores|hundreds)\b"#,
                                     anchors: seriesVerbAnchors)
    /// What a series of blasts did when it struck ("tore through the markets", "hit the city").
    static let seriesVerbs = #"(?:struck|hit|rocked|tore through|ripped through|exploded|went off|targeted)"#
    static let seriesVerbAnchors = ["struck", "hit", "rocked", "tore through", "ripped through", "exploded", "went off", "targeted"]
    /// "a series of car bombs tore through the markets of Sadr City at dusk this evening": a series that struck on one
    /// day it names is one coordinated attack even before its toll is known ("a series of bombings have hit the city
    /// since May" names a span, not a day).
    static func seriesStruckOnDay(_ after: NSString, sentence: NSString) -> Bool {
        guard seriesStruck.test(after),
              !genericSentence.matches(sentence).contains(where: { sentence.sub($0.range).asciiLower != "a series of" }) else { return false }
        return TimeExpressions.find(in: sentence as String, published: nil).contains { !$0.isSpeechTime && $0.nominalPrecision == .day && !$0.text.asciiLower.hasPrefix("since") }
    }
    static let seriesStruck = Rx(#"^\s+(?:and\s+(?:[\w-]+\s+){1,2})?\#(seriesVerbs)\b"#, anchors: seriesVerbAnchors)
    static let perfectRelative = Rx(#"^\s+(?:that|which)\s+(?:have|has|had)\b"#, anchors: ["that", "which"])
    static let killsAfter = Rx(#"^[^.;,]{0,70}?\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left (?:\w+ ){1,3}dead)\b(?!\s+(?:in|by|during)\b)"#, anchors: ["kill", "wound", "injur", "dead"])
    /// "the explosion that tore through the platform", "the bomb which ripped through the market", "The explosion took
    /// place at 17.56 on Monday", "the terrorist attack committed at the station on 11 April", "the attack by terrorists on
    /// the train, which occurred at about 7:45pm on Monday": a definite noun whose own clause tells the blast, or when and
    /// where it happened, is told as news, not pointed back to.
    static let blastClauseAfter = Rx(#"^\s*(?:(?:that|which)\s+(?:(?:had|has)\s+)?(?:tore|torn|ripped|rocked|shook|went off|gone off|exploded)\b|(?:took place|occurred|happened)\s+(?:at\s+(?:about\s+|around\s+)?\d|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|shortly\s+(?:before|after)\b|(?:early|late)\s+on\b)|(?:committed|carried out|perpetrated)\s+(?:at|in|on)\b|(?:(?:by|on|against)\s+[^,.;]{1,80}?)?,\s+(?:which|that)\s+(?:occurred|took place|happened)\s+(?:at\s+(?:about\s+|around\s+)?\d|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:early|late)\s+on\b))"#,
                                   anchors: ["that", "which", "took place", "occurred", "happened", "committed", "carried out", "perpetrated"])
    /// "Turkish artillery fire hit the village": an undetermined attack noun as the subject of a hit.
    static let hitsAfter = Rx(#"^\s*(?:[\w-]+\s+){0,2}?(?:hit|struck|pounded|rocked|targeted|slammed into|landed|fell)\b"#)
    /// "Israeli shelling near Nabatieh on Monday destroyed a house": an undetermined attack noun whose clause destroys.
    static let destroysAfter = Rx(#"^[^.;,]{0,60}?\b(?:destroyed|demolished|levell?ed|flattened|razed)\b"#, anchors: ["destroyed", "demolished", "levelled", "leveled", "flattened", "razed"])
    static let coordinatedPlural = Rx(#"^\s*(?:(?:and|or|,)\s+(?:[\w-]+\s+){0,2})?(?:attacks|strikes|assaults|bombings)\b"#)
    static let clauseBoundary: Set<unichar> = [44, 59, 58, 0x2013, 0x2014, 40, 41, 34, 0x201C, 0x201D]

    static let stems = ["strike", "aerial", "raid", "plane", "jet", "drone", "uav", "uas", "unmanned", "uncrewed", "usv", "katyusha", "rocket", "mortar", "missile", "bomb",
                        "explosive", "device", "landmine", "claymore", "blew", "ied", "clash", "fight", "battle", "exchang", "ambush", "fire", "shoot", "shot dead",
                        "gunned down", "shot and killed", "shot and wounded", "to death", "projectile", "flying object", "infiltrat", "operation", "explosion", "blast",
                        "struck", "attack", "assault", "assassinat", "shell", "target", "roadside", "aggression", "storm", "stabbing", "stabbed", "ramming", "rammed",
                        "massacre", "martyrdom", "arson", "boat", "sea mine", "naval mine", "traded fire", "trading fire", "shot down", "downed", "downing", "brought down", "offensive", "device", "exploded", "detonat", "overr", "barrel", "attempt", "set off", "sets off", "setting off"].map { Array($0.utf8) }
    static let stemList = WordList(bytes: stems)

    /// Attack words that tell only fire (guards' fire on a car bomb does not name the weapon that set it off).
    static let gunfireWords: Set<String> = ["opened fire", "gunfire", "exchanged fire", "exchanging fire", "traded fire", "trading fire"]
    /// "Two cars exploded", "both vehicles exploded short of the fence", "two vehicles were stopped and detonated", "three
    /// empty buses exploded in depots": a vehicle that went off carried a bomb.
    static func isVehicleWent(_ w: String) -> Bool {
        (w.hasPrefix("car") || w.hasPrefix("vehicle") || w.hasPrefix("van") || w.hasPrefix("truck") || w.hasPrefix("bus"))
            && (w.hasSuffix("exploded") || w.hasSuffix("blew up") || w.hasSuffix("detonated"))
    }

    /// Literal starts of the trigger pattern's alternatives: every match begins with one of these (the optional
    /// modifiers of "drones" and "missiles" each count as a start). Keep in step with `trigger`.
    static let triggerStarts = WordList(["air", "aerial", "barrel", "bomb", "war", "fighter", "fighting", "drone", "suicide", "kamikaze", "one-way", "armed", "attack",
        "explosive", "uav", "uas", "unmanned", "uncrewed", "usv", "katyusha", "rocket", "mortar", "ballistic", "cruise", "missile", "roadside", "car bomb",
        "improvised", "sticky", "landmine", "claymore", "vbied", "ied", "detonat", "clash", "gun", "fire", "exchang", "ambush", "opened fire", "shoot",
        "struck", "strike", "assault", "assassinat", "shell", "artillery fire", "target", "shot dead", "shot to death", "shot or", "hacked to death", "beaten to death", "shot and killed", "shot and wounded", "gunned down", "projectile", "flying object", "infiltrat",
        "raid", "operation", "aggression", "attempt", "storm", "explosion", "blast", "blew", "stabbing", "stabbed", "ramming", "rammed", "massacre",
        "martyrdom", "arson", "boat", "booby", "bus", "car", "came under", "come under", "comes under", "coming under", "remote", "sea mine", "naval mine", "traded fire", "trading fire", "truck", "vehicle", "van", "lorr",
        "shot down", "shoot", "downed", "downing", "brought down", "launch", "second", "third", "another", "overr", "set"])

    /// The matches of `trigger` over the whole lower-cased sentence, found by trying the pattern only where a match
    /// can start: a word start (the pattern opens with `\b` and a letter, so the unit before is no ASCII letter,
    /// digit or underscore) where one of `triggerStarts` begins. A scan finds the leftmost match, then resumes at
    /// its end; trying the positions in order with an anchored match does the same, and skipping positions where no
    /// match can start changes nothing. Scanning every position was most of the trigger regex's cost.
    static func triggerMatches(_ lowered: NSString, _ bytes: [UInt8]) -> [NSTextCheckingResult] {
        var out: [NSTextCheckingResult] = []
        let n = bytes.count
        var p = 0
        while p < n {
            if p > 0 {
                let q = bytes[p - 1]
                if (q >= 97 && q <= 122) || (q >= 48 && q <= 57) || q == 95 { p += 1; continue }
            }
            if triggerStarts.startsAt(bytes, p), let m = trigger.match(lowered, at: p), m.range.length > 0 {
                out.append(m)
                p = m.range.location + m.range.length
                continue
            }
            p += 1
        }
        return out
    }

    /// A tally of many events ("recorded 35 attacks in September alone", "claimed 153 attacks during the first half of
    /// 2024", "carried out more than 160 attacks since October"): a count of ten or more attacks with a span, or any
    /// count after a tally verb ("recorded", "documented"), is statistics, not an event of its own ("carried out 20
    /// airstrikes on Tuesday" has neither and stays an event).
    static let tally = Rx(#"\b(?:(?:recorded|documented|counted|registered|tallied|logged|monitored)\s+(?:(?:more than|over|at least|nearly|almost|about|around|some|a total of)\s+)?(?:\d{2,}|\d{1,3},\d{3}|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?|hundreds of|dozens of|scores of)\s+(?:[\w-]+\s+){0,2}?(?:attacks|assaults|bombings|ambushes|incidents|operations|strikes|airstrikes|air strikes|raids)\b|(?:\d{2,}|\d{1,3},\d{3}|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)\s+(?:[\w-]+\s+){0,2}?(?:attacks|assaults|bombings|ambushes|incidents|operations)\b(?=[^.;]{0,50}?\b(?:since|so far|alone|this (?:year|month)|last (?:year|month)|over the (?:past|last)|during the (?:first|second|past|last)|in (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|in (?:19|20)\d\d)))"#)

    /// "Since November 2023 the group has attacked more than 100 merchant vessels": many targets over a span told with
    /// "since", "so far" or "to date" are a tally too (without the span, "struck more than 20 targets on Monday" is one wave).
    /// ("have intercepted more than 100 ballistic missiles since 2015": the weapons counted are part of the tally.)
    /// ("Since Wednesday more than 620 rockets have been fired at Israel": munitions counted over the span likewise.)
    static let countedTargets = Rx(#"\b(?:more than|over|at least|nearly|almost|some|about|around|a total of)\s+(?:\d{2,}|\d{1,3},\d{3}|hundreds of|dozens of|scores of)\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets|drones|shells|projectiles|uavs|mortars?)\s+(?:have|had)\s+been\s+(?:fired|launched)\b|\b(?:attacked|targeted|struck|hit|bombed|shelled|intercepted|downed|shot down|destroyed|fired|launched)\s+(?:more than|over|at least|nearly|almost|some|a total of)\s+(?:\d{2,}|\d{1,3},\d{3}|hundreds of|dozens of|scores of)\b(?:\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets|drones|shells|projectiles|uavs|bombs|mortars?)(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?(?:missiles|rockets|drones|shells|projectiles|uavs|bombs|mortars?))?)?"#)
    static let spanStems = WordList(["since", "so far", "to date"])

    /// `memo` (the sentence's) shares the sentence-wide answers later steps ask again.
    static func find(in ns: NSString, memo: SentenceMemo? = nil) -> [Trigger] {
        // One copy of the UTF-16 units serves the stem prefilter and the lower-cased text the trigger regex reads
        // (same text as lower-casing the ASCII letters of the sentence's UTF-8, without two String conversions).
        // (The units as the regex helpers hold them: the sentence's own patterns read the same `RxText` next.)
        let n = ns.length
        var units = RxText.of(ns).original
        for i in 0..<n where units[i] &- 65 < 26 { units[i] |= 0x20 }
        let folded = Folded(bytes: units.map { $0 < 0x80 ? UInt8($0) : 0x80 })
        guard folded.hasAny(stemList) else { return [] }
        let lowered = (units.withUnsafeBufferPointer { String(wellFormedUTF16: $0) } ?? String(decoding: units, as: UTF16.self)) as NSString
        if folded.has("since"), sinceToll.test(ns) { return [] }
        let matches = triggerMatches(lowered, folded.bytes)
        assert(matches.map { [$0.range, $0.range(at: 1)] } == triggerReference.matches(lowered).map { [$0.range, $0.range(at: 1)] },
               "trigger candidates disagree with a full scan of the reference pattern on \(lowered)")
        guard !matches.isEmpty else { return [] }
        // Interceptions ("air defences shot down two drones") are disrupted attacks: still events, typed "other".
        let disrupted = memo?.isDisrupted(ns) ?? isDisrupted(ns)
        let generic = memo?.isGeneric(ns) ?? isGenericSentence(ns)
        let tallies = tally.matches(ns).map(\.range) + (folded.hasAny(spanStems) ? countedTargets.matches(ns).map(\.range) : [])
        var out: [Trigger] = []
        var classOfEvents: [Int] = []
        for m in matches {
            let r = m.range
            if tallies.contains(where: { NSIntersectionRange($0, r).length > 0 }) { continue }
            let word = ns.sub(r).asciiLower
            // "a second car exploded beside the pension office": a car that blew up is a car bomb, unless the sentence
            // names the weapon that hit it ("a drone struck a car, which exploded"; not the guards' fire: "security forces
            // opened fire, and both vehicles exploded short of the fence").
            // (Not the word "attack": "buses exploded …, in what police called a coordinated terrorist attack".)
            if isVehicleWent(word), matches.contains(where: { m in
                let w = ns.sub(m.range).asciiLower
                return m.range != r && !Self.gunfireWords.contains(w) && classify(w).isSpecific
            }) { continue }
            // Context is read in a window of 90 characters each side: anchored patterns scan less.
            let b0 = max(0, r.location - 90)
            let before = ns.sub(NSRange(location: b0, length: r.location - b0)) as NSString
            let afterLen = min(90, ns.length - r.location - r.length)
            let after = ns.sub(NSRange(location: r.location + r.length, length: afterLen)) as NSString
            let clauseStart = max(b0, clauseStartIndex(units, before: r.location))
            let clauseBefore = ns.sub(NSRange(location: clauseStart, length: r.location - clauseStart)) as NSString
            var kind = disrupted ? .generic : classify(word)
            // Context checks on words (regex calls per trigger were the extractor's main cost).
            let clauseWords = Words.of(clauseBefore as String)
            let beforeWords = Words.of(before as String)
            let afterWords = Words.of(after as String, limit: 6)
            // "a 24-hour strike", "teachers went on strike", "a hunger strike": a work stoppage or a protest, not an attack.
            if Words.isWorkStoppage(word, before: beforeWords, after: afterWords) { continue }
            // "attackers used mortars, rocket-propelled grenades and heavy machine guns": a launcher or mortar named in one
            // list with the arms of infantry is a ground fight, not fire from a distance.
            if case .typed(let t) = kind, t == .rocketAttack || t == .mortarAttack, Words.isInfantryArmsList(before: beforeWords, after: afterWords) {
                kind = .typed(.armedClash)
            }
            // "an Israeli aggression that targeted …": a state's aggression is a strike; a bare "the aggression" (or "the
            // aggression missiles", the weapon told next) is only a word for one told elsewhere, and "an air aggression
            // with missiles" is told by its missiles (IncidentExtractor types it an airstrike).
            if word.hasPrefix("aggression") {
                guard let prev = beforeWords.last, Words.aggressors.contains(prev) else { continue }
                if let next = afterWords.first, classify(next).isSpecific { continue }
            }
            // "Israeli raids on the Aleppo countryside", "Turkish raids on Qandil": a raid named by an air power's adjective,
            // with no sign of troops on the ground, is an air raid (how Arab and wire copy name air strikes).
            if word.hasPrefix("raid"), !word.hasSuffix("ed"), let prev = beforeWords.last, Words.airRaiders.contains(prev), !folded.hasAny(Words.groundRaidStems) {
                kind = .typed(.airstrike)
            }
            // "Israeli jets carried out two raids on the hills", "helicopter gunships launched a raid on": raids flown by
            // aircraft named in their own clause are air raids.
            if word.hasPrefix("raid"), !word.hasSuffix("ed"), kind != .typed(.airstrike), clauseWords.suffix(6).contains(where: Words.raidAircraft.contains),
               !folded.hasAny(Words.groundRaidStems) {
                kind = .typed(.airstrike)
            }
            // "Lebanon would confront any Israeli aggression", "respond to any attack on its soldiers": an attack that may come.
            if beforeWords.suffix(3).contains("any") { continue }
            // "the government said the shooting was a clash between the protesters and residents": what one side calls a
            // shooting told by its own word characterises it; it is no second event and no type of its own.
            if word.hasPrefix("clash") || word.hasPrefix("gun battle") || word.hasPrefix("firefight") || word.hasPrefix("exchange"),
               beforeWords.count >= 3, ["a", "an", "only"].contains(beforeWords[beforeWords.count - 1]),
               ["was", "were", "is", "been"].contains(beforeWords[beforeWords.count - 2]),
               Words.characterisedEvents.contains(beforeWords[beforeWords.count - 3]) { continue }
            // "gunmen armed with assault rifles", "attack dogs": a kind of weapon, not an attack.
            if word == "assault" || word == "attack", let next = afterWords.first, Words.weaponClassNouns.contains(next) { continue }
            // Weapon words naming something other than an attack.
            if kind.isSpecific, let next = afterWords.first, Words.nonAttackNouns.contains(next) || (next.hasSuffix("s") && Words.nonAttackNouns.contains(String(next.dropLast()))) { continue }
            // "an Israeli drone violated Lebanese airspace over Marjayoun", "warplanes flew over Beirut": a flight, no attack.
            if kind.isSpecific, Words.isOverflight(afterWords) { continue }
            // ("fragments of an intercepted missile fell on a house": the debris of an attack is where it landed.)
            if kind.isSpecific, let prev = beforeWords.last, Words.nonAttackModifiers.contains(where: { prev.hasPrefix($0) }), !Words.isAttackWeaponClass(prev),
               !(prev == "intercepted" && folded.hasAny(Words.debrisStems)) { continue }
            if classify(word).isSpecific, let c = beforeWords.suffix(4).lastIndex(where: Words.storeNouns.contains), beforeWords[(c + 1)...].contains("of") { continue }
            // "a company that maintains Iraq's F-16 fighter jets", "bought 36 warplanes": aircraft owned, not an attack.
            if case .typed(.airstrike) = kind, !word.hasPrefix("air"), beforeWords.suffix(5).contains(where: Words.ownershipVerbs.contains) { continue }
            // "suspected of helping to bring car bombs into the province", "smuggling explosives-laden drones": weapons
            // carried somewhere are not an attack with them.
            if kind.isSpecific, !word.hasSuffix("ed"), beforeWords.suffix(3).contains(where: Words.conveyVerbs.contains) { continue }
            // "Regime forces, backed by Russian warplanes, launched a search operation": aircraft in support of what others
            // do; the action itself carries its own attack word when it is one.
            // ("the GNA's forces, backed by Turkish drones, have struck …": drones in support likewise.)
            if case .typed(.airstrike) = kind, !word.hasPrefix("air"), Words.inSupport(beforeWords.suffix(4)) { continue }
            if case .typed(.droneAttack) = kind, Words.inSupport(beforeWords.suffix(4)) { continue }
            // "relying on air power, including drones supplied by foreign states": weapons told by who supplied them.
            // "areas the militias use to store weapons and launch drones": what a place is used for, no attack.
            // ("a drone deployed by the militia exploded" is still an attack: only a supplier's verb.)
            if kind.isSpecific, !word.hasSuffix("ed"), let next = afterWords.first, Words.supplyVerbs.contains(next) { continue }
            if kind.isSpecific, !word.hasSuffix("ed"), let prev = beforeWords.last, Words.baseLaunchVerbs.contains(prev), beforeWords.suffix(5).contains("to") { continue }
            if let a = beforeWords.suffix(7).lastIndex(of: "anniversary"), a + 1 < beforeWords.count, beforeWords[a + 1] == "of" { continue }
            // "rushed to blame 'terrorists', exactly as it did after the explosions of Kafr Sousa and al-Midan": earlier
            // events named to compare a reaction with, not an event told.
            if beforeWords.suffix(6).contains("did") || beforeWords.suffix(6).contains("happened"), comparedWithBefore.test(before) { continue }
            if Words.isNegated(clauseWords) { continue }
            // "approached by a UAV that did not strike": a weapon that did nothing (a dud fired is still an attack).
            if afterWords.count >= 3, afterWords[0] == "that" || afterWords[0] == "which", afterWords[1] == "did", afterWords[2] == "not" { continue }
            // "Soldiers at the scene opened fire at the driver": responders shooting the attacker end the attack told
            // before; they are no clash of their own (a gunman opening fire on a driver is still an attack).
            if word == "opened fire", Words.isFireAtAttacker(afterWords), clauseWords.contains(where: Words.responders.contains) { continue }
            // "Yemeni security forces guarding the facility opened fire, and both vehicles exploded": guards firing on car
            // bombs that then went off answer the bombing.
            if word == "opened fire", clauseWords.contains(where: Words.responders.contains),
               matches.contains(where: { $0.range.location > r.location && isVehicleWent(ns.sub($0.range).asciiLower) }) { continue }
            // "the base's air defences opened fire": guns fired at incoming drones or rockets answer an attack told elsewhere.
            if word == "opened fire" || word == "opened up", clauseWords.suffix(3).contains(where: { ["defences", "defenses", "anti-aircraft", "antiaircraft", "flak"].contains($0) }) { continue }
            // "unleashed hours of gunfire across Culiacán", "an exchange of gunfire": fighting told by its fire; gunfire
            // heard or reported ("reports of heavy gunfire", "killed by gunfire") is no event of its own.
            if word == "gunfire", !beforeWords.suffix(3).contains(where: { ["hours", "exchange", "exchanges", "unleashed", "traded", "trading", "exchanged"].contains($0) }) { continue }
            // "launched its offensive …, with at least 24 fighters killed on the first day": an offensive is an event only
            // with the day's toll in its sentence (otherwise a campaign of many days).
            if word.hasSuffix("offensive"), !Folded(ns.tail(from: r.location + r.length)).hasAny(Words.tollStems) { continue }
            // "A controlled explosion on a suspicious item": bomb-disposal work, not an attack.
            if word.hasPrefix("explosion"), let p = beforeWords.last, p == "controlled" { continue }
            // "an attack on democracy and the unity of Pakistan", "an assault on press freedom": a figure of speech.
            if word.hasPrefix("attack") || word.hasPrefix("assault"), afterWords.first == "on",
               let what = afterWords.dropFirst().first(where: { !["the", "our", "its", "their", "all", "press", "human", "basic", "religious", "national"].contains($0) }),
               Words.abstractTargets.contains(what) { continue }
            // "the guided missile destroyer USS Cole": a class of warship, not a weapon fired.
            if word.hasSuffix("missile"), let next = afterWords.first, Words.warshipClasses.contains(next) { continue }
            // "died of an apparent heart attack while sheltering": an illness, not an attack.
            if word.hasPrefix("attack"), let p = beforeWords.last, ["heart", "panic", "asthma", "anxiety"].contains(p) { continue }
            // "protesters stormed the embassy": a crowd forcing its way in is a riot, not an armed attack.
            // ("gunmen dressed in police uniforms stormed a guesthouse", "disguised as police": a disguise, not the police.)
            // ("occupation forces stormed the camp, killing eleven": troops that kill as they storm a town fight there; so do
            // troops that storm a rebel's position or hideout.)
            if word.hasPrefix("storm"), case let w = Array(clauseWords.suffix(6)), w.indices.contains(where: { i in
                Words.crowdWords.contains(w[i]) && !(i + 1 < w.count && w[i + 1].hasPrefix("uniform")) && !(i > 0 && w[i - 1] == "as")
                    && !(Words.armedCrowds.contains(w[i]) && (folded.hasAny(Words.deathStems) || afterWords.contains(where: Words.armedPositions.contains)))
            }) { continue }
            // "shot down a drone before it could reach the base": a modal after "before" is the attack cut short, not
            // an attack that might happen.
            if Words.isIrrealis(clauseWords) || afterWords.prefix(4).prefix(while: { $0 != "before" }).contains(where: Words.modals.contains) { continue }
            // "Since the clashes along the Blue Line began on October 8": the start of a span of many events.
            if beforeWords.suffix(4).contains("since"), afterWords.prefix(6).contains(where: Words.spanStarts.contains) { continue }
            // "Islamic Jihad began firing rockets on Wednesday afternoon": the start of a campaign of fire, not one attack
            // (unless the clause goes on to its toll: "began firing rockets at the base, wounding two").
            if isPlural(word), clauseWords.count >= 2, Words.campaignStarts.contains(clauseWords[clauseWords.count - 2]),
               Words.fireVerbs.contains(clauseWords[clauseWords.count - 1]), !Folded(after as String).hasAny(Words.tollStems) { continue }
            // "a lull of seven months in Houthi strikes": a span without such events.
            if clauseWords.suffix(8).contains(where: Words.lulls.contains) { continue }
            // (The rest of the sentence is cut out only when a test below reads it: most triggers need none.)
            var tailText: NSString?
            func tail() -> NSString {
                if let t = tailText { return t }
                let t = ns.tail(from: r.location + r.length) as NSString
                tailText = t
                return t
            }
            let oneWave = Words.isOneWave(clauseWords.suffix(6)) || Words.isSeriesOfBlasts(word, clauseWords.suffix(3)) || Words.seriesLanded(word, clauseWords.suffix(7), afterWords) || Words.blastsLanded(word, afterWords)
                || (clauseWords.suffix(3).contains("wave") && waveToll.test(tail()))
                || (clauseWords.suffix(3).contains(where: Words.seriesNouns.contains) && (oneSeriesToll(tail()) || seriesStruckToll.test(tail()) || seriesStruckOnDay(tail(), sentence: ns)))
                || isBarrage(word, clauseWords, after: tail(), folded: folded, sentence: ns)
            if !oneWave && Words.isVague(clauseWords.suffix(5)) { continue }
            let plural = isPlural(word) || Words.coordinatedPlural(afterWords)
            // "US strikes", "Israeli airstrikes": a state's strikes are one operation, not a class of events.
            // (Cut out only when the tests before it leave the answer open.)
            func shortBefore() -> NSString { before.length > 40 ? before.tail(from: before.length - 40) as NSString : before }
            // "settlers threw firebombs into two homes": weapons thrown by hand are one attack's, not a class of events.
            let thrown = clauseWords.last.map { Words.throwVerbs.contains($0) } ?? false
            let quantified = oneWave || thrown || Words.isQuantity(clauseWords.suffix(4)) || stateBefore.test(shortBefore())
            // "That bombing was claimed by …", "those attacks": a demonstrative right before the noun points back ("said that
            // rockets hit" is a conjunction: a singular noun needs an article after it).
            let demonstrative = clauseWords.last.map { $0 == "that" && !plural || ($0 == "these" || $0 == "those") && plural } ?? false
            // ("The U.S. launched strikes": an article before the verb is its subject's, not the noun's.)
            let determiners = clauseWords.suffix(3).lastIndex(where: Words.launchVerbs.contains).map { clauseWords[($0 + 1)...] } ?? clauseWords.suffix(3)
            let definite = (Words.isDefinite(determiners) || demonstrative) && !quantified && !clauseWords.suffix(2).contains(where: { ["a", "an", "another"].contains($0) })
            let isVerb = word.hasSuffix("ed") || word.hasSuffix("ed fire") || word.hasSuffix("ing fire") || word == "struck" || word == "targeting" || Self.isKilling(word)
                || word.hasPrefix("fired ")
                || word.hasPrefix("shot down") || word.hasPrefix("downed")
            // "Recruiting centres and police stations have been bombed in Baghdad, Baqouba and Mosul over the past year":
            // what the perfect passive says has been done again and again over a span is a class of events.
            // ("has also been repeatedly targeted with rockets and drones over the past year": an adverb may come between.)
            if isVerb, generic, let b = clauseWords.suffix(3).lastIndex(of: "been"), b > 0,
               ["have", "has"].contains(clauseWords[b - 1]) { classOfEvents.append(r.location); continue }
            var strength: MentionStrength
            switch kind {
            case .generic where disrupted && classify(word).isSpecific:
                strength = definite ? .reference : .report
            case .generic:
                // "an outpost near Kobani came under Turkish artillery fire": what something came under is news.
                if Words.cameUnder(clauseWords.suffix(5)) { strength = .report }
                else if word.hasPrefix("target") { strength = .reference }
                else if isVerb || word.hasPrefix("assassinat") { strength = .report }
                // "Settlers attack Palestinian homes in Urif", "Gunmen attack a checkpoint": the present tense of live posts
                // and digest headlines tells news as it happens (a noun would be followed by "on", "in", "against").
                else if Words.isPresentAttack(word, subject: clauseWords.last, next: afterWords.first) { strength = .report }
                else if definite && !plural && blastClauseAfter.test(after) { strength = .report }
                else if definite { strength = .reference }
                // "two projectiles hit", "a number of flying objects": counted objects of unknown kind, like counted rockets.
                else if plural && quantified && Self.isUnknownWeapon(word) { strength = .report }
                else if thrown && !definite { strength = .report }
                // "Artillery shells slammed into the market, killing two", "Explosions rocked the city on Monday": uncounted
                // weapons of unknown kind that the clause says landed or killed are news, like counted ones.
                else if plural && !definite && !generic && Self.isUnknownWeapon(word) && (hitsAfter.test(after) || killsAfter.test(after)) { strength = .report }
                // "Every day we hear of explosions in Baghdad, Baquba, Mosul": uncounted attacks in a sentence about a
                // class of events are that class, not a word for one event told elsewhere.
                else if plural && !quantified && generic && !definite { classOfEvents.append(r.location); continue }
                else if plural && !quantified { strength = .reference }
                else if clauseWords.suffix(4).contains(where: { ["a", "an", "one", "another"].contains($0) }) { strength = .report }
                // "Government shelling on the town of X killed at least 11": an undetermined attack noun whose own clause
                // goes on to kill or wound is told as news.
                // ("Israeli shelling near Nabatieh on Monday destroyed a house": so is one that destroys.)
                else if !definite && !plural, killsAfter.test(after) || hitsAfter.test(after) || destroysAfter.test(after) { strength = .report }
                // "Turkey responded with artillery fire on YPG positions": the attack a reply was made with.
                else if !definite, clauseWords.last == "with", clauseWords.dropLast().suffix(5).contains(where: Words.replyVerbs.contains) { strength = .report }
                else { strength = .reference }
            default:
                if definite && !isVerb && (plural || !blastClauseAfter.test(after)) { strength = .reference }
                // "has been struck by several bombings in the past years": a count without a number over a span is a
                // class of events too ("two bombings in the past weeks" are counted events, kept).
                else if plural && generic && (!quantified || clauseWords.suffix(4).contains(where: Words.indefiniteCounts.contains)) { classOfEvents.append(r.location); continue }
                else { strength = .report }
            }
            // "in either attack", "neither strike": a word for events told before, not a new one.
            if let prev = clauseWords.last, prev == "either" || prev == "neither" { strength = .reference }
            // "the first missile hit the courtyard, and the second struck the front of the building": one of the weapons
            // of an event told before, each told in turn.
            if isVerb, Self.partOfToldEvent(clauseWords.suffix(3)) { strength = .reference }
            // "the Monday massacre", "What happened in Mastaba is a massacre": the noun names or judges an event told with
            // its own words elsewhere ("gunmen massacred 43 farmers" is told as news).
            if word == "massacre" { strength = .reference }
            // "investigators had concluded it was a suicide attack", "police said the blast was a car bomb": a verdict on
            // an event told before, not a new one.
            // (Not "it was a suicide attack that killed 20 people": the verdict tells the event itself.)
            if !isVerb, Self.isVerdict(clauseWords.suffix(5)), !verdictTellsEvent.test(after) { strength = .reference }
            // "gather at the scene of a truck-ramming attack", "treat the wounded at the site of a bombing": a place named
            // by an event the text tells elsewhere (unless this clause tells its toll: "the scene of a bombing that killed five").
            if let o = clauseWords.suffix(5).lastIndex(of: "of"), o > 0, Words.sceneNouns.contains(clauseWords[o - 1]), !killsAfter.test(after) {
                strength = .reference
            }
            // A bare plural ("rocket attacks", "airstrikes") reports an event only with specifics nearby;
            // the extractor checks them (time, casualties, a named place) and otherwise drops it.
            let rank = rankOf(kind, word)
            out.append(Trigger(range: r, word: word, kind: kind, strength: strength, rank: rank))
            if plural && !quantified && !isVerb, case .report = strength { out[out.count - 1].bare = true }
        }
        // "The shrine's area has been struck by several bombings in the past years": the verb whose agent is a class of
        // events is told of that class, not an event of its own nor the article's (so is one told "with" the class:
        // "targeted with rockets and drones over the past year").
        if !classOfEvents.isEmpty {
            out.removeAll { t in classOfEvents.contains { c in
                let end = t.range.location + t.range.length
                guard end <= c && c - end <= 25 else { return false }
                let gap = ns.sub(NSRange(location: end, length: c - end))
                return gap.hasPrefix(" by ") || gap.hasPrefix(" with ")
            } }
        }
        return out
    }

    /// "launched dozens of rockets …, with some hitting the town of X": a count of munitions fired in one go is a barrage
    /// (one event) when the sentence tells some of them hitting and no span ("since October", "so far").
    static func isBarrage(_ word: String, _ clauseWords: [String], after: @autoclosure () -> NSString, folded: Folded, sentence: NSString) -> Bool {
        guard clauseWords.count >= 2, clauseWords[clauseWords.count - 1] == "of",
              ["dozens", "scores", "hundreds"].contains(clauseWords[clauseWords.count - 2]) else { return false }
        switch classify(word) {
        case .typed(.rocketAttack), .typed(.missileAttack), .typed(.mortarAttack), .typed(.droneAttack): break
        default: return false
        }
        return !(folded.hasAny(spanStems) && barrageSpan.test(sentence)) && partHit.test(after())
    }
    /// Some of the munitions told hitting ("with some hitting the town of X", "two of which struck a hangar").
    static let partHit = Rx(#"\b(?:some|several|one|two|three|four|five|a few|many|most)(?:\s+of\s+(?:them|which|the\s+\w+))?\s+(?:hitting|hit|struck|striking|landed|landing|fell|falling|exploded|exploding|slammed)\b"#,
                            anchors: ["hit", "struck", "striking", "landed", "landing", "fell", "falling", "exploded", "exploding", "slammed"])
    /// A span of many launches ("since October", "so far"); not a comparison ("deeper than at any time since the war began").
    static let barrageSpan = Rx(#"\b(?:so far|to date)\b|(?<!time )(?<!ever )(?<!deadliest )(?<!largest )(?<!biggest )\bsince\b"#, anchors: ["so far", "to date", "since"])

    /// "Two of which were shot down", "most of the missiles were intercepted": the rest got through.
    static let partialInterception = Rx(#"\b(?:(?:one|two|three|four|five|six|\d+|some|most|several|many) of (?:which|them)|(?:one|two|three|four|five|six|\d+|some|most|several|many) of the (?:drones|rockets|missiles|projectiles|shells|uavs)\s+(?:were|was)|the (?:rest|remaining))\b"#)
    static let aircraftDowned = Rx(#"\b(?:(?:(?:shot|shoot|shoots|shooting) down|downed|downing of|shoot-?down of)\s+(?:[\w'’.-]+\s+){0,5}?(?:airliners?|(?:war ?)?planes?|aircraft|(?:fighter )?jets?|airplanes?|aeroplanes?|helicopters?|choppers?|flight (?:[a-z]{1,3}\s?)?\d+)|brought down by)\b"#, anchors: ["shot down", "shoot", "downed", "downing"])
    static let interceptedWeapon = Rx(#"\b(?:intercept\w*|(?:shot|shoot|shooting) down|downed)\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|projectiles?|uavs?)\b"#, anchors: ["intercept", "down"])
    /// Weapons destroyed in flight ("the drones were destroyed before they reached their target").
    static let destroyedInFlight = Rx(#"\b(?:drones?|rockets?|missiles?|projectiles?|uavs?)\s+(?:were|was)\s+(?:\w+\s+)?destroyed\b"#, anchors: ["destroyed"])
    /// Impact words under a negation ("caused no damage", "without causing casualties") say nothing landed.
    static let negatedImpact = Rx(#"\b(?:no|without|not)\s+(?:\w+\s+)?(?:damag\w*|injur\w*|casualt\w*)"#, anchors: ["damag", "injur", "casualt"])

    /// An interception or a thwarted attack with nothing reported as landing: disrupted weapons use (ACLED),
    /// not an attack that hit. A partial interception ("three drones, two of which were shot down") is an attack.
    static func isDisrupted(_ ns: NSString) -> Bool {
        guard interception.test(ns) || destroyedInFlight.test(ns) else { return false }
        // "the Guards shot down the airliner": an aircraft brought down is the attack itself, unless the sentence also
        // tells weapons stopped in flight.
        if aircraftDowned.test(ns), !interceptedWeapon.test(ns) { return false }
        if partialInterception.test(ns) { return false }
        return !hasImpact(ns)
    }

    /// A weapon reported as landing: an impact word not under a negation.
    static func hasImpact(_ ns: NSString) -> Bool {
        let hits = impact.matches(ns)
        if hits.isEmpty { return false }
        let negated = negatedImpact.matches(ns).map(\.range)
        return hits.contains { h in !negated.contains { NSIntersectionRange($0, h.range).length > 0 } }
    }

    static func isPlural(_ w: String) -> Bool {
        // "exchanges of fire": the head noun comes before "of".
        if w.hasPrefix("exchanges of") { return true }
        let last = w.split(separator: " ").last.map(String.init) ?? w
        return last.hasSuffix("s") && !last.hasSuffix("ss") && last != "uavs" ? true : last == "uavs"
    }

    static func isNegated(_ clauseBefore: NSString) -> Bool {
        let ms = negation.matches(clauseBefore)
        guard let last = ms.last else { return false }
        let between = clauseBefore.sub(from: last.range.location + last.range.length) as NSString
        return !negationBlocker.test(between)
    }

    /// Reads the sentence's UTF-16 units (lower-cased ASCII letters change no boundary character).
    static func clauseStartIndex(_ units: [unichar], before i: Int) -> Int {
        var j = min(i, units.count) - 1
        while j >= 0 {
            if clauseBoundary.contains(units[j]) { return j + 1 }
            j -= 1
        }
        return 0
    }

    /// "Gunmen shot dead an activist", "was gunned down outside his home": a targeted killing told by its verb,
    /// an event like "assassinated" (typed `other`: neither a clash nor a remote weapon).
    /// "a raid to arrest a suspect", "an operation to arrest a cell", "police raided the house": a security raid,
    /// an event only when people are killed or wounded in it (or fire is exchanged).
    static func isRaid(_ w: String) -> Bool { w.hasPrefix("raid") || w.hasPrefix("operation") }

    /// "shot down Ukraine International Airlines Flight 752", "the downing of a passenger jet", "the Boeing … was brought
    /// down by their own air defences": an aircraft brought down
    /// (the trigger holds the aircraft; "shot down two drones" is an interception and no trigger).
    static func isShootDown(_ w: String) -> Bool {
        w.hasPrefix("shot down") || w.hasPrefix("shoot") && w.contains(" down") || w.hasPrefix("downed") || w.hasPrefix("downing") || w.hasPrefix("shootdown") || w.hasPrefix("shoot-down") || w.hasPrefix("brought down")
    }

    static func isKilling(_ w: String) -> Bool { w == "shot dead" || w == "gunned down" || w == "shot and killed" || w == "shot and wounded" || w.hasSuffix("to death") }

    /// "projectiles", "shells", "flying objects": weapons named without their kind (typed `other`).
    /// Counted objects or blasts of unknown kind ("two projectiles hit", "more than 100 shells", "three explosions rocked"):
    /// told like counted rockets.
    static let ordinals: Set<String> = ["first", "second", "third", "fourth", "fifth", "other", "last"]
    static let partNouns: Set<String> = ["missile", "rocket", "shell", "bomb", "drone", "one", "round", "projectile"]
    /// "the second", "the first missile", "the other one" right before the verb.
    static let verdictTellsEvent = Rx(#"^\s*,?\s*(?:that|which|killing|wounding|injuring|in which)\b"#)
    static func isVerdict(_ w: ArraySlice<String>) -> Bool {
        guard let a = w.lastIndex(where: { $0 == "a" || $0 == "an" }), a > w.startIndex else { return false }
        // (The article may be followed by a modifier or two: "it was a suicide attack", "this was a targeted attack".)
        guard w.endIndex - a <= 3 else { return false }
        let verb = w[a - 1]
        guard ["was", "is", "been"].contains(verb), a - 1 > w.startIndex else { return false }
        return ["it", "this", "that", "blast", "explosion", "attack", "incident"].contains(w[a - 2])
    }

    static func partOfToldEvent(_ w: ArraySlice<String>) -> Bool {
        guard let last = w.last, w.count >= 2 else { return false }
        let e = w.endIndex
        if w[e - 2] == "the", ordinals.contains(last) { return true }
        return w.count >= 3 && w[e - 3] == "the" && ordinals.contains(w[e - 2]) && partNouns.contains(last)
    }

    static func isUnknownWeapon(_ w: String) -> Bool { w.hasPrefix("projectile") || w.hasPrefix("shell") || w.hasPrefix("flying object") || w.hasPrefix("explosion") || w.hasPrefix("blast") }

    static func classify(_ w: String) -> TriggerKind {
        // "shot down the airliner", "downed a military helicopter": an aircraft brought down, in news by a missile.
        if isShootDown(w) { return .typed(.missileAttack) }
        // One fold of the word for all the tests below (each `String.has` folded it again).
        let f = Folded(w)
        // "an unmanned aerial vehicle": a drone, whatever "aerial" says.
        if f.has("unmanned") || f.has("uncrewed") || w.hasPrefix("usv") { return .typed(.droneAttack) }
        // "the air operation carried out in X" (Turkish and Iraqi ministries), "aerial bombardment": air strikes.
        if f.has("air") && (f.has("strike") || f.has("raid") || f.has("operation")) || f.has("aerial") || f.has("warplane") || f.has("war plane")
            || f.has("fighter jet") || f.has("bombing raid") { return .typed(.airstrike) }
        if w.hasPrefix("drone strike") { return .droneStrike }
        // "helicopters dropped barrels packed with explosives": barrel bombs, dropped from the air.
        if f.has("barrel") { return .typed(.airstrike) }
        // "a remote-controlled boat packed with explosives": an uncrewed surface vessel, the sea's drone.
        if f.has("boat") { return .typed(.droneAttack) }
        // "Israeli settlers threw firebombs", "an arson attack": attacks on people and homes, typed like other assaults.
        if f.has("firebomb") || f.has("arson") { return .generic }
        if f.has("drone") || f.has("uav") || w.hasSuffix("uas") || f.has("unmanned") { return .typed(.droneAttack) }
        if f.has("rocket") || f.has("katyusha") { return .typed(.rocketAttack) }
        if f.has("mortar") { return .typed(.mortarAttack) }
        if f.has("missile") { return .typed(.missileAttack) }
        // "a second device was thrown toward the pier": a further bomb after one told before.
        if w.hasSuffix("device") || w.hasSuffix("devices") { return .typed(.iedAttack) }
        if f.has("bomb") && w != "bombed" || f.has("with explosives") || isVehicleWent(w) || f.has("full of explosives") || f.has("sea mine") || f.has("naval mine") || w.hasPrefix("roadside") || f.has("explosive") || f.has("ied") || f.has("landmine") || f.has("claymore") || w.hasPrefix("suicide") || w.hasPrefix("martyrdom") || w.hasPrefix("blew") || w.hasSuffix(" charge") || w.hasSuffix(" charges") { return .typed(.iedAttack) }
        // "militants attempted to infiltrate a base": a ground assault on a position (an event only with its time or toll).
        if w.hasPrefix("infiltrat") { return .typed(.armedClash) }
        // "militants stormed an army post": armed men taking a position by force.
        if w.hasPrefix("storm") || w.hasPrefix("overr") { return .typed(.armedClash) }
        // "launched its long-awaited offensive against Nusra positions": a ground assault opened on a day.
        if w.hasSuffix("offensive") { return .typed(.armedClash) }
        // ("hours of gunfire across Culiacán": fire exchanged, not one shot at someone.)
        if w.hasPrefix("clash") || f.has("fight") || f.has("battle") || f.has("exchange") || w.hasPrefix("ambush") || w == "gunfire"
            || w == "opened fire" || w.hasSuffix(" fire") && (w.hasPrefix("trad") || w.hasPrefix("exchang")) || w.hasSuffix("fire") && w.contains(" under ")
            || w.hasPrefix("shoot") && !w.hasPrefix("shooting") { return .typed(.armedClash) }
        // "the Bnei Brak shooting", "a stabbing", "the Beersheba ramming": attacks on people, told without their weapon
        // class (ACLED: violence against civilians), fall through to generic.
        // "an Israeli aggression targeted …": how Syrian, Lebanese and Iranian state media name a strike.
        if w == "struck" || w.hasPrefix("strike") || w == "bombed" || w.hasPrefix("aggression") { return .strike }
        return .generic
    }

    static func rankOf(_ k: TriggerKind, _ w: String) -> Int {
        switch k {
        case .typed(.airstrike): return 0
        case .droneStrike: return 1
        case .typed: return 2
        case .strike: return 3
        case .generic: return w.hasPrefix("assassinat") || isKilling(w) ? 4 : 5
        }
    }
}

/// Lower-case words of a context window, and the word lists the trigger rules test.
enum Words {
    /// Plural armed subjects whose bare "attack" is a verb: "settlers attack", "gunmen attack" (not "a settler attack").
    static let attackingSubjects: Set<String> = ["settlers", "gunmen", "militants", "fighters", "insurgents", "rebels", "jihadists",
                                                 "assailants", "attackers", "soldiers", "troops", "forces", "militiamen", "extremists", "terrorists"]
    /// Words after a noun "attack" ("attack on", "attack in"), never after the verb.
    static let nounFollowers: Set<String> = ["on", "in", "at", "of", "by", "against", "near", "for", "from", "with", "and", "or", "that",
                                             "which", "was", "were", "is", "are", "had", "has", "have", "killed", "wounded", "left", "came"]

    /// "violated Lebanese airspace", "flew over the city", "overflew", "hovered over": what an aircraft did besides attacking.
    static func isOverflight(_ after: [String]) -> Bool {
        // ("warplanes continued to fly over the south": the flight goes on.)
        guard let first = after.first(where: { !["had", "has", "have", "was", "were", "also", "reportedly", "repeatedly", "again", "continued", "continue", "continues", "kept", "to"].contains($0) }) else { return false }
        if first.hasPrefix("violat") { return after.prefix(5).contains { $0.hasPrefix("airspace") } }
        if first == "overflew" || first == "overflying" { return true }
        // ("flew low over southern Lebanon": a manner word may come between.)
        if ["flew", "flying", "fly", "flies", "hovered", "hovering", "circled", "circling", "roamed", "flown"].contains(first), let i = after.firstIndex(of: first), i + 1 < after.count {
            let next = ["low", "high", "repeatedly"].contains(after[i + 1]) && i + 2 < after.count ? after[i + 2] : after[i + 1]
            return ["over", "above", "around"].contains(next)
        }
        // "warplanes dropped leaflets over Gaza City": paper or aid, not bombs.
        if ["dropped", "dropping", "drop", "drops", "airdropped"].contains(first), let i = after.firstIndex(of: first), i + 1 < after.count {
            return ["leaflets", "flyers", "fliers", "pamphlets", "aid", "supplies", "food", "parcels"].contains(after[i + 1])
        }
        return false
    }

    /// Events one side may call a clash: "the shooting was a clash between …", "the killings were an exchange of fire".
    static let characterisedEvents: Set<String> = ["shooting", "shootings", "killing", "killings", "massacre", "incident", "bloodshed", "violence", "deaths"]
    /// Words right before "strike" that make it a work stoppage or a protest ("a general strike", "a hunger strike").
    static let stoppageModifiers: Set<String> = ["general", "hunger", "labour", "labor", "wildcat", "sit-down", "indefinite", "open-ended",
                                                 "solidarity", "nationwide", "commercial", "trade", "union", "workers", "workers'",
                                                 "teachers", "teachers'", "doctors", "doctors'", "employees'", "staff",
                                                 "traders", "traders'", "merchants", "shopkeepers", "drivers", "drivers'", "transporters", "truckers",
                                                 "nurses", "nurses'", "miners", "miners'", "dockers", "dockworkers", "lawyers", "magistrates",
                                                 "pilots", "students", "students'", "taxi", "bakers", "postal", "rail", "railway"]
    /// Verbs before "on strike" ("went on strike", "are still on strike").
    static let onStrikeVerbs: Set<String> = ["go", "goes", "went", "going", "gone", "are", "is", "were", "was", "been", "be",
                                             "remain", "remains", "remained", "stay", "stayed", "still"]
    /// Units of a stoppage's length ("a 24-hour strike", "a three-day strike").
    static let stoppageSpans: Set<String> = ["hour", "day", "week", "month"]

    /// "a 24-hour strike", "a general strike", "teachers went on strike", "strike action": a work stoppage or a protest
    /// by people who stop working or eating, which news tells with the same word as an attack.
    static func isWorkStoppage(_ word: String, before: [String], after: [String]) -> Bool {
        guard word == "strike" || word == "strikes" else { return false }
        if after.first == "action" { return true }
        guard let prev = before.last else { return false }
        if stoppageModifiers.contains(prev) { return true }
        if let dash = prev.lastIndex(of: "-"), stoppageSpans.contains(String(prev[prev.index(after: dash)...])) { return true }
        // "southern movement calls for strike on Tuesday": a call for a strike with no article is a call to stop work (a
        // call for military action names it: "called for strikes on", "called for a strike on the sites").
        if word == "strike", prev == "for", before.count >= 2, ["calls", "call", "called", "calling"].contains(before[before.count - 2]) { return true }
        return prev == "on" && before.count >= 2 && onStrikeVerbs.contains(before[before.count - 2])
    }

    /// Infantry arms named within six words either side ("mortars, rocket-propelled grenades and heavy machine guns",
    /// "rifles and mortars"), or an assault the mortars support ("armed assault with mortar support"; not "a mortar
    /// assault"): the weapons of a ground fight.
    static func isInfantryArmsList(before: [String], after: [String]) -> Bool {
        before.suffix(6).contains { infantryArms.contains($0) || $0 == "assault" } || after.prefix(6).contains(where: infantryArms.contains)
    }
    static let infantryArms: Set<String> = ["machine", "machine-gun", "machine-guns", "machineguns", "rifles", "grenades", "rpgs", "rpg",
                                            "kalashnikovs", "rocket-propelled", "small-arms"]

    static func isPresentAttack(_ word: String, subject: String?, next: String?) -> Bool {
        guard word == "attack", let subject, attackingSubjects.contains(subject), let next else { return false }
        return !nounFollowers.contains(next)
    }

    static func of(_ s: String, limit: Int = .max) -> [String] {
        // Native strings are read as UTF-8 bytes, decoding only non-ASCII scalars (same rules, same words): walking
        // `unicodeScalars` through string indices cost more than the rules themselves.
        if let words = s.utf8.withContiguousStorageIfAvailable({ ofUTF8($0, limit: limit) }) { return words }
        return ofScalars(s, limit: limit)
    }

    /// The words found so far and the one being read, shared by both routes of `of`. A word of ASCII bytes drops its
    /// final "." (unless it is "u.…"); one with other letters keeps it until `words`, whose Character-wise tests could
    /// differ from bytes on unusual clusters.
    private struct WordBuffer {
        var out: [String] = []
        var cur: [UInt8] = []
        var ascii = true
        /// Some word has a non-ASCII letter (only those can need `words`' second look).
        var anyNonASCII = false

        mutating func flush() {
            guard !cur.isEmpty else { return }
            if ascii, cur.count > 1, cur[cur.count - 1] == 46, !(cur[0] == 117 && cur[1] == 46) { cur.removeLast() }
            if !ascii { anyNonASCII = true }
            out.append(String(decoding: cur, as: UTF8.self))
            cur.removeAll(keepingCapacity: true)
            ascii = true
        }

        /// An ASCII byte: a word character (lower-cased) or a break.
        mutating func read(_ c: UInt8) {
            if (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c == 45 || c == 39 || c == 46 && !cur.isEmpty { cur.append(c) }
            else if c >= 65 && c <= 90 { cur.append(c + 32) }
            else { flush() }
        }

        mutating func words() -> [String] {
            flush()
            // (An all-ASCII word never changes below.)
            guard anyNonASCII else { return out }
            return out.map { !$0.utf8.allSatisfy({ $0 < 0x80 }) && $0.hasSuffix(".") && $0.count > 1 && !$0.hasPrefix("u.") ? String($0.dropLast()) : $0 }
        }
    }

    /// `of` on valid UTF-8 (a native string's bytes).
    static func ofUTF8(_ b: UnsafeBufferPointer<UInt8>, limit: Int) -> [String] {
        var w = WordBuffer()
        let m = b.count
        var i = 0
        while i < m {
            if w.out.count >= limit { break }
            let c = b[i]
            if c < 0x80 { i += 1; w.read(c); continue }
            // A multi-byte scalar (the string is valid UTF-8).
            let n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            guard i + n <= m else { break }
            var v = UInt32(c) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
            for k in 1..<n { v = v << 6 | UInt32(b[i + k] & 0x3F) }
            if v == 0x2019 { w.cur.append(39) }
            else if v >= 0x2000 && v <= 0x206F { w.flush() }
            else if let u = Unicode.Scalar(v), u.properties.isAlphabetic { w.ascii = false; for k in 0..<n { w.cur.append(b[i + k]) } }
            else { w.flush() }
            i += n
        }
        return w.words()
    }

    /// `of` scalar by scalar (strings without contiguous UTF-8, and the reference the byte route is tested against).
    static func ofScalars(_ s: String, limit: Int = .max) -> [String] {
        var w = WordBuffer()
        for u in s.unicodeScalars {
            if w.out.count >= limit { break }
            let v = u.value
            if v < 0x80 { w.read(UInt8(v)) }
            else if v == 0x2019 { w.cur.append(39) }
            // General Punctuation (quotes, dashes, spaces) holds no alphabetic character: no property look-up.
            else if v >= 0x2000 && v <= 0x206F { w.flush() }
            else if u.properties.isAlphabetic { w.ascii = false; UTF8.encode(u) { w.cur.append($0) } }
            else { w.flush() }
        }
        return w.words()
    }

    static let nonAttackNouns: Set<String> = ["expert", "unit", "program", "programme", "factory", "factories", "launcher", "launch", "defense", "defence",
        "production", "storage", "depot", "warehouse", "team", "cell", "technology", "capability", "capabilities", "operator", "pilot", "footage",
        "sighting", "flight", "surveillance", "maker", "manufacturer", "manufacturing", "part", "component", "shipment", "delivery", "deliveries",
        "arsenal", "stockpile", "carrier", "site", "test", "system", "battery", "batteries", "shield", "interceptor", "range", "trade", "deal",
        "sale", "supplies", "supply", "technologies", "propelled", "-propelled", "disposal", "squad", "technician"]
    /// "a cache of explosive devices", "a stockpile of rockets": weapons found or stored, not fired.
    static let storeNouns: Set<String> = ["cache", "caches", "stockpile", "stockpiles", "consignment", "consignments", "shipment", "shipments", "stash", "stashes"]
    /// "came under (heavy Turkish) fire / attack / shelling": the attack word's clause says something was hit.
    static func cameUnder<C: Collection>(_ words: C) -> Bool where C.Element == String {
        let w = Array(words)
        guard let u = w.lastIndex(of: "under"), u > 0 else { return false }
        return ["came", "come", "comes", "coming"].contains(w[u - 1])
    }

    /// Who state media say committed an "aggression" (one word before it).
    static let aggressors: Set<String> = ["israeli", "zionist", "turkish", "american", "us", "u.s.", "iranian", "russian", "jordanian",
                                          "saudi", "coalition", "occupation", "enemy", "missile", "drone", "rocket", "artillery"]
    /// Air powers whose "raids" in the region are air raids (not US or Iraqi raids: those are often commando or
    /// police raids).
    static let airRaiders: Set<String> = ["israeli", "zionist", "turkish", "russian", "coalition", "saudi", "emirati", "jordanian"]
    /// Aircraft that fly raids ("jets carried out two raids").
    static let raidAircraft: Set<String> = ["jets", "jet", "warplanes", "warplane", "aircraft", "planes", "helicopters", "gunships", "bombers"]
    /// Signs of a raid on the ground: troops landing, doors, arrests.
    static let groundRaidStems = WordList(["ground", "commando", "special forces", "special operations", "paratroop", "heliborne",
                                           "helicopter-borne", "arrest", "detain", "captur", "door-to-door", "house-to-house", "refugee camp", "incursion"])
    static let debrisStems = WordList(["debris", "fragment", "shrapnel", "remnant", "wreckage"])
    static let nonAttackModifiers = ["reconnaissance", "surveillance", "spy", "anti", "counter", "intercept", "air-defen"]
    /// "anti-tank missiles", "anti-ship missiles", "anti-armour rockets": named for what they hit, weapons of an attack
    /// (unlike "anti-missile", "anti-drone" or "counter-drone": named for what they stop).
    static func isAttackWeaponClass(_ modifier: String) -> Bool {
        guard modifier.hasPrefix("anti") else { return false }
        let target = modifier.dropFirst(modifier.hasPrefix("anti-") ? 5 : 4)
        return ["tank", "ship", "armor", "armour", "personnel", "aircraft", "vehicle", "materiel"].contains(where: { target.hasPrefix($0) })
    }
    static let ownershipVerbs: Set<String> = ["maintain", "maintains", "maintained", "maintaining", "operate", "operates", "operating", "own", "owns",
        "owned", "buy", "buys", "bought", "buying", "purchase", "purchased", "purchasing", "acquire", "acquired", "acquiring", "sell", "sells",
        "sold", "selling", "repair", "repairs", "repaired", "servicing", "fleet", "supplied", "supply", "supplies", "delivered", "deliver",
        // "the Pentagon said it was deploying additional warships and fighter jets": aircraft moved, not an attack.
        "deploy", "deploys", "deployed", "deploying", "redeploy", "redeployed", "redeploying", "station", "stationed", "stationing",
        "dispatch", "dispatched", "dispatching", "reinforce", "reinforced", "reinforcing"]
    /// (Not "attack helicopter": one shot down is an event.)
    static let weaponClassNouns: Set<String> = ["rifle", "rifles", "weapon", "weapons", "dog", "dogs"]
    static let supplyVerbs: Set<String> = ["supplied", "provided", "delivered", "sold", "bought", "purchased", "acquired", "donated", "shipped"]
    static let baseLaunchVerbs: Set<String> = ["launch", "fly", "operate", "build", "make", "produce", "manufacture", "assemble", "test", "develop", "hide"]
    static let conveyVerbs: Set<String> = ["bring", "brings", "brought", "bringing", "smuggle", "smuggles", "smuggled", "smuggling",
        "transport", "transports", "transported", "transporting", "transfer", "transfers", "transferred", "transferring", "ferry",
        "ferried", "ferrying", "traffic", "trafficked", "trafficking", "stockpile", "stockpiled", "stockpiling", "store", "stored", "storing"]
    static let indefiniteCounts: Set<String> = ["several", "multiple", "numerous", "many", "various"]
    static let negations: Set<String> = ["no", "not", "never", "neither", "nor", "without"]
    static let sceneNouns: Set<String> = ["scene", "site", "aftermath", "wreckage", "debris"]
    /// People who answer an attack at the scene.
    static let responders: Set<String> = ["police", "policemen", "officers", "officer", "soldiers", "soldier", "troops", "guards", "guard",
                                          "forces", "security", "bodyguards", "guide", "civilian", "passers-by", "passersby", "gendarmes"]
    static let attackerObjects: Set<String> = ["driver", "attacker", "attackers", "assailant", "assailants", "terrorist", "terrorists",
                                               "gunman", "gunmen", "perpetrator", "suspect", "bomber", "stabber"]
    /// "at the driver", "on the assailant": the words after "opened fire" name the attacker as its target.
    static func isFireAtAttacker(_ after: [String]) -> Bool {
        guard let first = after.first, first == "at" || first == "on" else { return false }
        return after.dropFirst().first(where: { $0 != "the" && $0 != "a" && $0 != "an" }).map(attackerObjects.contains) ?? false
    }
    static let crowdWords: Set<String> = ["protesters", "protestors", "demonstrators", "crowd", "crowds", "mob", "rioters", "supporters",
                                          "mourners", "residents", "worshippers", "fans", "students", "police", "troops", "forces"]
    /// Crowds that carry arms: when they kill as they storm a place, it is a fight, not a riot or an arrest.
    static let armedCrowds: Set<String> = ["troops", "forces"]
    static let deathStems = WordList(["killed", "killing", "dead", "martyr"])
    static let armedPositions: Set<String> = ["position", "positions", "stronghold", "strongholds", "hideout", "hideouts", "cave", "caves",
                                              "bunker", "bunkers", "trenches", "fortifications", "redoubt"]
    /// "backed by", "supported by", "with the support of", "under the cover of", "with air cover from": what follows helps
    /// another actor's action.
    static func inSupport<C: Collection>(_ words: C) -> Bool where C.Element == String {
        let w = Array(words)
        for (i, x) in w.enumerated() where i > 0 {
            let prev = w[i - 1]
            if x == "by", ["backed", "supported", "aided", "assisted", "covered", "escorted", "accompanied"].contains(prev) { return true }
            if x == "of" || x == "from", ["support", "cover", "backing", "help", "assistance"].contains(prev) { return true }
        }
        return false
    }
    static let negationBlockers = ["casualt", "injur", "one", "dead", "death", "damage", "claim", "responsib", "word", "report", "comment", "group", "faction"]
    static let modals: Set<String> = ["may", "might", "could", "would", "will", "should", "shall", "can"]
    static let irrealisExact: Set<String> = ["may", "might", "could", "would", "will", "should", "shall", "can", "possible", "possibly", "potential",
                                             "future", "further", "if", "whether"]
    static let irrealisStems = ["threat", "warn", "vow", "pledg", "prevent", "deter", "stop", "halt", "plan", "plot", "fear", "risk", "intend",
                                "aim", "tolerat", "prepar"]
    /// Words that start like an intention but tell a deed or a thing: "militants planted a bomb that exploded",
    /// "Israeli planes struck", "a determined assault".
    static let realisLookalikes = ["plant", "plane", "determin", "deterior"]
    static func isIrrealisWord(_ w: String) -> Bool {
        if irrealisExact.contains(w) { return true }
        guard irrealisStems.contains(where: w.asciiHasPrefix) else { return false }
        return !realisLookalikes.contains(where: w.asciiHasPrefix)
    }
    static let vague: Set<String> = ["such", "these", "those", "similar", "frequent", "repeated", "many", "numerous", "dozens", "hundreds", "scores",
        "thousands", "series", "wave", "spate", "string", "list", "number", "other", "increasing", "growing", "some", "all", "further", "daily",
        "regular", "weekly", "occasional", "sporadic", "ongoing", "continued", "future", "possible", "potential", "recurring"]
    static let spanStarts: Set<String> = ["began", "begun", "started", "erupted", "broke", "flared", "escalated", "resumed"]
    /// "began firing", "resumed launching": the start of a campaign of fire.
    static let campaignStarts: Set<String> = ["began", "begun", "begin", "begins", "started", "start", "starts", "resumed", "resume", "resumes"]
    static let fireVerbs: Set<String> = ["firing", "launching", "shooting", "lobbing"]
    static let tollStems = WordList(["kill", "wound", "injur", "dead"])
    static let lulls: Set<String> = ["lull", "respite", "hiatus", "let-up", "letup"]
    static let quantities: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
        "multiple", "both", "pair", "barrage", "salvo", "volley", "couple", "least", "dozen"]
    static let definite: Set<String> = ["the", "this", "its", "their", "his", "her", "latest", "recent", "yesterday's", "today's"]

    static func isNegated(_ clause: [String]) -> Bool {
        guard let i = clause.lastIndex(where: { negations.contains($0) || $0.hasSuffix("n't") }) else { return false }
        return !clause[(i + 1)...].contains { w in negationBlockers.contains(where: { w.hasPrefix($0) }) }
    }

    static func isIrrealis(_ clause0: [String]) -> Bool {
        // "Israel has vowed to hit back after a rocket strike killed 12": the vow is about what comes; the event told
        // after "after" / "following" / "because of" happened.
        var clause = clause0
        // ("retaliate after any attack" stays hypothetical).
        if let b = clause.lastIndex(where: realisOpeners.contains), !clause[(b + 1)...].contains("any") { clause = Array(clause[(b + 1)...]) }
        // ("a bus stop", "the taxi stop": a place, not a verb of stopping.)
        if clause.indices.contains(where: { i in isIrrealisWord(clause[i]) && !(clause[i].hasPrefix("stop") && i > 0 && stopNounBefore.contains(clause[i - 1])) }) { return true }
        if let i = clause.firstIndex(of: "against"), i + 1 < clause.count, clause[i + 1] == "any" { return true }
        if let i = clause.firstIndex(of: "respond"), i + 1 < clause.count, clause[i + 1] == "to" { return true }
        return false
    }

    static let realisOpeners: Set<String> = ["after", "following", "because"]
    static let stopNounBefore: Set<String> = ["bus", "tram", "taxi", "minibus", "truck", "rest", "pit", "hitchhiking"]

    /// Words that end the phrase a quantity word modifies ("a wave of retaliation for a drone attack").
    static let phraseBreaks: Set<String> = ["for", "to", "after", "against", "on", "in", "by", "following", "at"]

    static func isVague(_ words: ArraySlice<String>) -> Bool {
        var w = Array(words)
        if let b = w.lastIndex(where: phraseBreaks.contains) { w = Array(w[(b + 1)...]) }
        for (i, x) in w.enumerated() {
            // "some 18 rockets", "a number of drones": a quantity, not a class of events.
            if i + 1 < w.count, isNumberWord(w[i + 1]) || w[i + 1] == "a" && i + 2 < w.count && w[i + 2] == "dozen" { continue }
            if x == "number", i > 0, w[i - 1] == "a", i + 1 < w.count, w[i + 1] == "of" { continue }
            // "a similar attempt was made against the oil field": one more event like the one told.
            if x == "similar", i > 0, w[i - 1] == "a" || w[i - 1] == "another" { continue }
            if vague.contains(x) { return true }
            // "four more suicide bombers blew themselves up": a count of further ones, not "more attacks" in general.
            if x == "more", !(i + 1 < w.count && w[i + 1] == "than"), !(i > 0 && isNumberWord(w[i - 1])) { return true }
            // "one of the deadliest attacks in the region": a class the event is ranked in, not an event.
            if x == "one", i + 3 < w.count, w[i + 1] == "of", ["the", "its", "their"].contains(w[i + 2]),
               w[i + 3].hasSuffix("est") || ["most", "worst"].contains(w[i + 3]) { return true }
        }
        return false
    }

    /// "A separate wave of air strikes hit …", "launched a fresh wave of strikes": one operation told as a wave
    /// (a quantity, like "a barrage of"), unlike "amid a wave of attacks" or "waves of strikes" (a class of events).
    static let seriesNouns: Set<String> = ["series", "string", "spate"]
    static let waveOpeners: Set<String> = ["a", "another", "separate", "second", "third", "new", "fresh", "first", "single", "massive", "large"]
    /// ("the country has seen a wave of suicide attacks": a span lived through, a class of events.)
    static let waveFrames: Set<String> = ["amid", "during", "in", "of", "part", "latest", "recent", "seen", "witnessed", "experienced", "suffered", "faced"]
    /// "a series of explosions hit the prison": the blasts of one attack heard one after another, not many events.
    static func isSeriesOfBlasts(_ word: String, _ words: ArraySlice<String>) -> Bool {
        (word.hasPrefix("explosion") || word.hasPrefix("blast")) && Array(words) == ["a", "series", "of"]
    }

    /// "a series of surface-to-surface rockets fell on residential areas": the rounds of one barrage landing, not many events.
    static func seriesLanded(_ word: String, _ before: ArraySlice<String>, _ after: [String]) -> Bool {
        guard ["rockets", "missiles", "shells", "rounds", "projectiles", "mortars"].contains(where: word.hasSuffix), let verb = after.first,
              landingVerbs.contains(verb) else { return false }
        let w = Array(before)
        guard let i = w.lastIndex(of: "series"), i > 0, w[i - 1] == "a", i + 1 < w.count, w[i + 1] == "of" else { return false }
        return w.count - (i + 2) <= 3
    }
    static let abstractTargets: Set<String> = ["democracy", "freedom", "freedoms", "humanity", "peace", "unity", "sovereignty", "dignity",
                                               "justice", "rights", "values", "constitution", "civilisation", "civilization", "tolerance", "faith"]
    static let warshipClasses: Set<String> = ["destroyer", "destroyers", "cruiser", "cruisers", "frigate", "frigates", "corvette", "corvettes",
                                              "submarine", "submarines", "boat", "boats", "ship", "ships"]
    static let landingVerbs: Set<String> = ["fell", "landed", "hit", "struck", "slammed", "exploded", "rained", "crashed", "impacted"]

    /// "explosions ripped through the crowded motor park", "blasts rocked the city centre": the blasts of one attack,
    /// told landing in the past, not a class of events ("explosions have become common" is no such verb).
    static func blastsLanded(_ word: String, _ after: [String]) -> Bool {
        guard word == "explosions" || word == "blasts", let verb = after.first else { return false }
        return blastVerbs.contains(verb) || verb == "ripped" && after.dropFirst().first == "through" || verb == "tore" && after.dropFirst().first == "through"
    }
    static let blastVerbs: Set<String> = ["rocked", "hit", "struck", "shook", "destroyed", "targeted", "killed"]

    static func isOneWave(_ words: ArraySlice<String>) -> Bool {
        let w = Array(words)
        guard w.count >= 3, w[w.count - 1] == "of", w[w.count - 2] == "wave" else { return false }
        var i = w.count - 3
        guard waveOpeners.contains(w[i]) else { return false }
        // Back over the article and adjectives to what frames the phrase.
        while i > 0, waveOpeners.contains(w[i - 1]) { i -= 1 }
        guard ["a", "another"].contains(w[i]) else { return false }
        return i == 0 || !waveFrames.contains(w[i - 1])
    }

    static func isNumberWord(_ w: String) -> Bool {
        (w.first?.isNumber == true && Int(w.filter(\.isNumber)) != nil) || quantities.contains(w) && w != "least" && w != "both"
    }

    static func isQuantity(_ words: ArraySlice<String>) -> Bool {
        if let i = words.firstIndex(of: "number"), i > words.startIndex, words[i - 1] == "a", i + 1 < words.endIndex, words[i + 1] == "of" { return true }
        return words.contains { quantities.contains($0) || ($0.first?.isNumber == true && Int($0.filter(\.isNumber)) != nil) }
    }

    static func isDefinite(_ words: ArraySlice<String>) -> Bool {
        words.contains { definite.contains($0) || $0.hasSuffix("day's") || $0.hasSuffix("night's") }
    }

    /// Verbs of a reply made "with" an attack ("retaliated with strikes", "responded with artillery fire").
    static let replyVerbs: Set<String> = ["retaliated", "retaliates", "responded", "responds", "back"]
    /// Verbs whose object is the attack noun after them ("launched strikes", "carried out raids", "conducted airstrikes").
    static let launchVerbs: Set<String> = ["launched", "launches", "launching", "conducted", "conducts", "conducting", "out", "staged", "stages",
                                           "mounted", "mounts", "unleashed", "unleashes", "resumed", "resumes", "began", "begins", "started", "starts", "intensified"]
    /// "missile and bomb attacks", "rocket attacks": a modifier of a plural attack noun.
    static let pluralAttackNouns: Set<String> = ["attacks", "strikes", "assaults", "bombings"]
    static let throwVerbs: Set<String> = ["threw", "hurled", "lobbed", "tossed", "throwing", "hurling", "lobbing"]
    static func coordinatedPlural(_ after: [String]) -> Bool {
        let plurals = pluralAttackNouns
        if let f = after.first, plurals.contains(f) { return true }
        guard let f = after.first, f == "and" || f == "or" else { return false }
        return after.dropFirst().prefix(3).contains(where: plurals.contains)
    }
}
