import Foundation

/// An actor as a report names it: a knowledge-base entry when the KB knows the name, else the phrase.
struct ActorRef: Hashable {
    var name: String
    var id: String?
    var kind: ActorKind?

    /// A state's armed forces or government (the ones that fly airstrikes).
    var isState: Bool {
        guard let kind else { return Attribution.stateNames.contains(name) }
        return kind == .stateMilitary || kind == .government || kind == .internationalBody
    }

    /// US or coalition forces, diplomats or bases (the usual targets of militia drones and rockets).
    var isUSorCoalition: Bool {
        let key = ((id ?? "") + " " + name).asciiLower
        let f = Folded(key)
        return f.has("united states") || f.has("united-states") || key.hasPrefix("us") || f.has(" us")
            || f.has("u.s.") || f.has("american") || f.has("coalition") || f.has("pentagon")
            || f.has("centcom") || f.has("embassy")
    }
}

/// Who did it, who is blamed, and what was hit, read from one sentence with the actors the KB found in it.
struct SentenceAttribution {
    var perpetrator: ActorRef?
    var suspected: ActorRef?
    var target: ActorRef?
}

enum Attribution {
    static let stateNames: Set<String> = ["United States", "Israel", "Turkey", "Iran", "Russia", "Jordan", "United Kingdom", "Coalition"]
    /// Demonyms and short forms written right before an attack word ("a US strike", "Israeli warplanes").
    /// "a US strike", "Israeli warplanes struck", "Turkish artillery also shelled": a state named by its adjective on the
    /// weapon or force right before the attack word (an adverb may stand between); "Israeli artillery fired 40 shells",
    /// "the American enemy carried out 73 raids" (a count between); of "US and British jets", the first; "Russian fixed-wing
    /// warplanes carried out airstrikes" (a kind of aircraft between); "Zionist helicopter gunships fired a number of missiles"
    /// (the adjective Hezbollah's and Iran's media give Israel); "an Iraqi Scud missile", "a Russian Su-24 dropped four bombs",
    /// "an Israeli F-15I dropped a one-tonne bomb" (a weapon's or aircraft's model, a weight or guidance between).
    static let demonym = Rx(#"\b(U\.S\.|US|American|Israeli|Zionist|Turkish|Iranian|Russian|Jordanian|British|Iraqi|Syrian|Saudi|Emirati|Egyptian|Pakistani|Indian|Ukrainian|French|coalition|Coalition)(?:-led)?(?:\s+and\s+(?:U\.S\.|US|American|Israeli|Turkish|Iranian|Russian|Jordanian|British|Iraqi|Syrian|Saudi|Emirati|Egyptian|Pakistani|Indian|Ukrainian|French))?(?:\s+(?:fixed-wing|rotary-wing|combat|stealth|attack))?(?:\s+(?:Scud|Katyusha|Grad|Tomahawk|Hellfire|Kornet|Shahab|Fateh|Iskander|Kalibr|Kinzhal|Shahed|Storm Shadow|ATACMS|HIMARS|cruise|ballistic|surface-to-surface|air-to-surface|anti-tank|guided))*(?:\s+(?:military|forces|troops|army|navy|air force|aircraft|warplanes|war planes|planes|jets|fighter jets|coalition|drones?|special forces|Central Command|[A-Z][A-Za-z]{0,2}-\d+\w*(?:\s+Strike Eagles|\s+fighter jets|\s+jets)?|Strike Eagles|bombers|helicopters|(?:helicopter\s+)?gunships|artillery|tanks|gunboats|warships|soldiers|border guards?|ground forces|howitzers|enemy|occupation(?:\s+(?:forces|army))?))?(?:\s+(?:also|reportedly|later|again|then))?(?:\s+(?:carried out|launched|conducted|flew|fired|dropped)(?:\s+(?:more than\s+|at least\s+|about\s+|some\s+|nearly\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|a number of|an?))?(?:\s+\w+-\w[\w-]*)*)?\s*["“]?\s*(?:(?:precision|retaliatory|targeted|new|further|additional|defensive|cluster|barrel|incendiary)\s+)?$"#, caseInsensitive: false, anchors: ["u.s.", "us", "american", "israeli", "zionist", "turkish", "iranian", "russian", "jordanian", "british", "iraqi", "syrian", "saudi",
                                                                                   "emirati", "egyptian", "pakistani", "indian", "ukrainian", "french", "coalition"])
    static let demonymNames: [String: String] = ["U.S.": "United States", "US": "United States", "American": "United States",
                                                 "Israeli": "Israel", "Zionist": "Israel", "Turkish": "Turkey", "Iranian": "Iran", "Russian": "Russia",
                                                 "Jordanian": "Jordan", "British": "United Kingdom", "Iraqi": "Iraq", "Syrian": "Syria", "Saudi": "Saudi Arabia",
                                                 "Emirati": "United Arab Emirates", "Egyptian": "Egypt", "Pakistani": "Pakistan", "Indian": "India",
                                                 "Ukrainian": "Ukraine", "French": "France", "coalition": "Coalition", "Coalition": "Coalition"]
    static let targetCue = Rx(#"\b(?:at|on|against|targeting|targeted|target|hit|hitting|hits|struck|striking|near|housing|houses|house|attacked|attacking)\b"#)
    static let claimStem = Array("claim".utf8)
    /// Words one of `claimed`'s phrasings needs when it has neither "claim" nor " it ".
    /// A state speaking of its own strike ("the army said its jets had struck") claims it like a group does.
    static let claimSubjectStems = WordList(bytes: ["responsib", "its fighters", "its members", "its militants", "its jets", "its warplanes",
                                                    "its aircraft", "its drones", "its forces", "its troops", "its artillery", "its air force", "its navy"].map { Array($0.utf8) })
    static let blameAfterStems = WordList(bytes: ["blam", "accus", "attribut", "finger", "responsible", "accountable", "hallmark"].map { Array($0.utf8) })
    static let blameBeforeStems = WordList(bytes: ["suspect", "believed", "thought", "likely", "probably"].map { Array($0.utf8) })
    static let groupStems = WordList(bytes: ["militia", "group", "faction", "militant", "gunmen", "insurgent", "fighters"].map { Array($0.utf8) })
    /// "The ELN has in the past claimed responsibility for attacks in the department", "the group has often claimed
    /// such attacks": a claim told as a habit is background, not this attack's claim.
    static let habitualClaim = Rx(#"\b(?:in the past|previously|often|frequently|repeatedly|regularly|routinely|usually)\s+(?:\w+\s+){0,2}?claim|\bclaimed\s+(?:responsibility|credit)\s+for\s+(?:(?:similar|previous|past|earlier|many|several|numerous|other|such)\s+)?attacks\b"#,
                                  anchors: ["claim"])
    /// "claimed responsibility", "claimed the Ain al-Asad attack", "said in a statement it had targeted …", "was claimed by X",
    /// "X later claimed it".
    /// Also "said it was behind the attack", "took responsibility", "claimed the bombings", "claimed in a statement that it had
    /// struck", "announced, the previous evening, that it had attacked", "said in a statement on its radio station that it
    /// had carried out". Not "claimed that attack": the anaphora points back at whichever attack was told last, often an earlier one.
    static let claimed = Rx(#"\b(?:claimed|claims|claiming|claim|took|takes|taking)\s+(?:full\s+)?(?:responsibility|credit)\b|\bclaims?\s+(?!(?:that|the|a|an|it|this|these|those|its|their|his|her|to|responsibility|credit)\b)(?:[\w’'-]+\s+){1,2}?(?:attacks?|bombings?|blasts?|killings?|ambush(?:es)?)\b|\b(?:was|were|been|later|subsequently|since|swiftly|quickly|also)\s+claimed\s+by\b|\b(?:attack|bombing|strike|blast|operation|assault|shooting|ambush)s?\s+claimed\s+by\b|\b(?:later\s+|subsequently\s+|also\s+|quickly\s+|swiftly\s+)?claimed\s+it\b(?!\s+(?:was|had|has|is|would|as|did|were)\b)|\b(?:claimed|claims|(?:did|does|also)\s+claim)\s+(?:the|a|an|both|its|all)\s+(?:[\w’'-]+\s+){0,3}?(?:attacks?|strikes?|drones?|rockets?|missiles?|bombings?|blasts?|explosions?|killings?|assassinations?|shootings?|operations?|launch(?:es)?|shelling|raids?|ambush(?:es)?)\b|\b(?:said|says|announced|stated|claimed|declared|confirmed|admitted|acknowledged)(?:\s+(?:in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|message|video|communiqu[eé]|announcement)\s+(?:(?:on|via|through|carried\s+by|broadcast\s+(?:on|by))\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:radio(?:\s+station)?|channel|website|outlet|account|agency|media)\s+)?|on\s+\w+\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?|,\s*(?:[\w-]+\s+){0,3}[\w-]+,\s*)(?:that\s+)?(?:it|its fighters|its members|its militants|its (?:jets|warplanes|aircraft|drones|forces|troops|artillery|air force|navy))\s+(?:had\s+|has\s+|have\s+)?(?:attacked|targeted|struck|hit|launched|fired|carried\s+out|shelled|bombed|(?:was|is|had been)\s+(?:behind|responsible\s+for))\b"#, anchors: ["claim", "took", "takes", "taking", "said", "says", "announced", "stated", "declared", "confirmed", "admitted", "acknowledged"], lead: 1) // ("was claimed by")
    static let prepositions: Set<String> = ["of", "on", "against", "by", "for", "with", "after", "at", "in", "to", "from", "under", "near", "targeting"]

    /// The claimant: the head of the subject before the claim verb ("Kataib Hezbollah and affiliated groups under
    /// the umbrella of X claimed" → Kataib Hezbollah; "X, an umbrella of Iran-aligned factions, claimed" → X),
    /// skipping possessors ("Iran's IRGC"), speakers ("the Pentagon said X claimed") and objects of prepositions.
    static func claimant(_ actors: [Mention<Actor>], before c: Int, in ns: NSString) -> Mention<Actor>? {
        var start = max(0, c - 140)
        // "The government blamed the PKK; TAK later claimed it": the claim's own clause names its subject.
        let semicolon = ns.range(of: ";", options: .backwards, range: NSRange(location: start, length: c - start))
        if semicolon.location != NSNotFound { start = semicolon.location + 1 }
        let candidates = actors.filter { $0.range.lowerBound >= start && $0.range.upperBound <= c }
        for a in candidates {
            let after = ns.sub(NSRange(location: a.range.upperBound, length: min(14, ns.length - a.range.upperBound)))
            if after.hasPrefix("'s") || after.hasPrefix("’s") { continue }
            // ("X, which says it is linked to Y, claimed": a relative clause describes the claimant, it does not quote it.)
            let next = Words.of(after, limit: 2)
            if next.first != "which", next.first != "who", next.contains(where: { ["said", "says", "told", "announced", "according"].contains($0) }) { continue }
            let b0 = max(0, a.range.lowerBound - 20)
            let prev = Words.of(ns.sub(NSRange(location: b0, length: a.range.lowerBound - b0))).filter { !["the", "a", "an"].contains($0) }
            // ("A statement posted in the name of X, the group led by Y, claimed responsibility": X claims through it.)
            if let p = prev.last, prepositions.contains(p), !(p == "of" && prev.dropLast().last == "name") { continue }
            return a
        }
        return nil
    }
    static let noClaim = Rx(#"\b(?:no|none|not|yet to|nobody|no one|no group|without)\b[^,;]*$"#, anchors: ["no", "yet to", "without"])
    static let blameAfter = Rx(#"\b(?:blam\w+|accus\w+|bore the hallmarks of|bears the hallmarks of|hallmarks of|attribut\w+ (?:it |the \w+ )?to|point(?:ed|ing|s)? (?:the|an accusing) finger at|pinned the blame on|held\s+(?=(?:[\w'’-]+\s+){1,6}?(?:responsible|accountable)\b)|holding\s+(?=(?:[\w'’-]+\s+){1,6}?(?:responsible|accountable)\b))"#)
    static let blameBefore = Rx(#"\b(?:suspect(?:s|ed)?|believed to (?:be|have)|thought to (?:be|have)|likely (?:behind|responsible)|(?:are|were|was|is) (?:likely|probably) (?:behind|responsible))\b"#)
    static let hedgedAgent = Rx(#"\b(?:suggest\w*|indicat\w*|believ\w*|suspect\w*|likely|probably|alleged\w*|accus\w*|blam\w*|appear\w*)\b"#, anchors: ["suggest", "indicat", "believ", "suspect", "likely", "probably", "alleged", "accus", "blam", "appear"])
    /// "facilities used by US forces", "a base run by the coalition", "the threat posed by militias": the one who
    /// uses or holds a place (or poses a threat), not the attacker.
    static let userBy = Rx(#"\b(?:posed|used|operated|run|owned|occupied|controlled|manned|held|housed|hosted|frequented|built|funded|backed|led|supported|guarded|protected|staffed|leased|visited)\s+by\s+(?:the\s+)?$"#, anchors: ["by"])
    static let agentBy = Rx(#"\b(?:launched|carried out|conducted|fired|claimed|perpetrated|committed|executed|staged|attacked|targeted|struck|hit|bombed|shelled|ambushed|stormed|raided)\s+by\s+(?:(?:(?:a|an|one|a (?:large |small )?(?:number|group|band) of|dozens of|hundreds of|scores of|heavily armed|armed)\s+)?(?:[\w-]+\s+)?(?:unit|cell|squad|member|members|battalion|brigade|faction|wing|cadres?|fighters|militants|gunmen|rebels|insurgents|guerrillas)\s+(?:of|from)\s+)?(?:the\s+)?(?:(?:so-called|self-styled|[\w]+-(?:backed|allied|aligned|affiliated|linked|led|funded|supported))\s+)?$"#, anchors: ["by"])
    static let committedBy = Rx(#"^\s+(?:has\s+|had\s+|have\s+)?committed\s+(?:an?\s+|the\s+|another\s+)?(?:[\w'’-]+\s+){0,3}?(?:massacre|crime|attack|atrocity|carnage)\b[^,.;]{0,50}?\bby\s+$"#)
    /// "The US military struck", "U.S. F-15E Strike Eagles carried out", "US warships in the Red Sea fired": the subject (with
    /// its aircraft or ships, and where they were) before an attack verb; "Hezbollah and its allies attacked": the group
    /// that leads its allies; "Members of the Boko Haram sect yesterday attacked": a group's men.
    static let activeVerb = Rx(#"^\s*(?:\([A-Z-]{2,8}\)|\))?\s*(?:and\s+(?:its|their|his)\s+(?:allies|supporters|partners)\s+)?(?:(?:F-\d+\w*|Strike|Eagles?|warplanes?|jets?|fighter|aircraft|bombers?|helicopters?|gunships?|drones?|forces|troops|military|insurgents|militants|fighters|gunmen|jihadists|terrorists|rebels|militiamen|cadres?|guerrillas|operatives|sect|members|followers|loyalists|(?:Ground|Aerospace|Air|Naval)\s+Forces?|Navy|warships?|ships?|vessels?|destroyers?|frigates?|cruisers?|submarines?|gunboats?)\s+){0,3}(?:(?:in|off|from|stationed\s+in|stationed\s+off)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:and\s+(?:the\s+)?)?[\w'’-]+){0,3}?\s+)?(?:(?:has|have|had|also|reportedly|allegedly|then|later|yesterday|today|overnight|tonight|again|on \w+|late \w+|early \w+|(?:(?:late|early) on|on|late|early|overnight|last|this|yesterday|today|at dawn on|at dawn|in the early hours of)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|week|weekend|dawn)){1,2})\s+)*(?:struck|strikes|strike|launched|launches|fired|fires|carried out|carries out|conducted|conducts|attacked|attacks|targeted|targets|bombed|shelled|hit|hits|killed|kills|ambushed|assassinated|massacred|stormed|detonated|detonates|triggered|triggers|set off|sets off|planted|plants|blew up|blows up|dropped|drops|(?:attempted|tried|sought|moved)\s+to\s+(?:storm|attack|strike|hit|bomb|raid|overrun))\b"#, anchors: ["attempted to", "tried to", "sought to", "moved to", "dropped", "drops", "struck", "strike", "launch", "fire", "carried out", "carries out", "conduct", "attack", "target", "bombed", "shelled", "hit", "kill", "ambushed", "assassinated", "massacred", "stormed", "detonat", "trigger", "set off", "sets off", "planted", "plants", "blew up", "blows up"])
    /// Between a subject and its attack word: a reply told "with" the attack ("retaliated on Friday with airstrikes on",
    /// "responded with artillery fire", "hit back with a wave of strikes").
    static let retaliatedWith = Rx(#"^\s*(?:(?:has|have|had|then|later|quickly|swiftly)\s+)*(?:retaliated|retaliates|responded|responds|hit back|hits back|struck back|strikes back)\b[^.;:,]{0,40}?\bwith\s+(?:[\w-]+\s+){0,3}$"#)
    /// Armed groups named by description, not by name: "Iran-backed militias", "pro-Iranian factions".
    static let genericGroup = Rx(#"\b((?:(?:Iran(?:ian)?|Tehran)[- ](?:backed|allied|aligned|linked|affiliated)|pro-Iran(?:ian)?|Shiite|Shia|Iraqi|armed|unidentified|unknown|suspected|Sunni|jihadist|Islamist)(?:\s+(?:Iraqi|Shiite|Shia|armed|paramilitary))?\s+(?:militias?|militia groups?|militia factions?|armed groups?|factions|groups|militants|gunmen|insurgents|fighters))\b"#, caseInsensitive: false, anchors: ["militia", "group", "faction", "militant", "gunmen", "insurgent", "fighters"])
    static let ledByBefore = Rx(#"^,?\s+(?:which is\s+|that is\s+)?(?:led|headed)\s+by\s+(?:the\s+)?$"#)
    /// The group an actor leads when it is named as "X led by <actor>".
    static func leaderOf(_ a: Mention<Actor>, _ agents: [Mention<Actor>], _ ns: NSString) -> Mention<Actor>? {
        guard let b = agents.last(where: { $0.range.upperBound <= a.range.lowerBound && a.range.lowerBound - $0.range.upperBound <= 24 }) else { return nil }
        return ledByBefore.test(ns, window: NSRange(location: b.range.upperBound, length: a.range.lowerBound - b.range.upperBound)) ? b : nil
    }

    /// An aside between commas ending right before the attack word.
    static let asideBefore = Rx(#",[^,.;]{1,100},\s*(?:(?:yesterday|today|overnight|on\s+\w+|early\s+\w+|late\s+\w+|last\s+\w+)\s+)?$"#)

    /// The actor right before an aside that ends at the attack verb, when it and the verb read as subject and verb.
    static func subjectBeforeAside(_ agents: [Mention<Actor>], speakers: Set<Int>, trigger t: Trigger, _ ns: NSString) -> Mention<Actor>? {
        let tStart = t.range.location
        guard tStart > 2, ns.character(at: tStart - 1) == 32 || ns.character(at: tStart - 1) == 44, ns.sub(NSRange(location: max(0, tStart - 20), length: min(20, tStart))).plainContains(",") else { return nil }
        let w0 = max(0, tStart - 200)
        let window = ns.sub(NSRange(location: w0, length: tStart - w0)) as NSString
        guard let aside = asideBefore.first(window) else { return nil }
        let asideStart = w0 + aside.range.location
        guard let a = agents.last(where: { $0.range.upperBound <= asideStart && asideStart - $0.range.upperBound < 40 && !speakers.contains($0.range.lowerBound) && canAct($0) }) else { return nil }
        let between = ns.sub(NSRange(location: a.range.upperBound, length: asideStart - a.range.upperBound))
        guard !between.plainContains(",") else { return nil }
        return activeVerb.test((between + " " + ns.sub(t.range)) as NSString) ? a : nil
    }

    /// "who identified themselves as members of the", "saying they belonged to", "claiming to be from": how attackers
    /// named themselves to their victims.
    static let selfIdentifiedBefore = Rx(#"\b(?:identified themselves as|introduced themselves as|said they (?:were|belonged to)|saying they (?:were|belonged to)|claiming to (?:be|belong to))\s+(?:(?:members|fighters|militants|men)\s+(?:of|from)\s+)?(?:the\s+)?$"#,
                                         anchors: ["themselves as", "they were", "they belonged", "claiming to"])
    static func hedged(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        let b0 = max(0, m.range.lowerBound - 30)
        let words = Words.of(ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0)))
        if words.suffix(2).contains(where: { hedgeWords.contains($0) }) { return true }
        // "It was an LTTE suicide attack", "state media declared it a PKK attack": someone's verdict that an armed group
        // did it, told as a label, is blame (a group claiming its attack says so, it does not label it).
        return m.entry.kind == .armedGroup && characterisedAs(words.suffix(4))
    }
    static let verdictVerbs: Set<String> = ["called", "declared", "described", "termed", "labelled", "labeled", "branded", "dubbed", "deemed"]
    /// The words before a name end on a verdict: "it was a(n)", "declared it a(n)", "described it as a(n)".
    static func characterisedAs<C: Collection>(_ words: C) -> Bool where C.Element == String {
        let w = Array(words)
        guard let last = w.last, last == "a" || last == "an" else { return false }
        let head = w.dropLast()
        if head.suffix(2) == ["it", "was"] || head.suffix(2) == ["this", "was"] { return true }
        let h = head.last == "as" ? head.dropLast() : head
        return h.last == "it" && h.dropLast().last.map { verdictVerbs.contains($0) } == true
    }

    /// A country or city name used as the attack's location ("killed in Jordan drone attack", "the Erbil
    /// rocket attack" after "in"/"near"/"at"): where, not who.
    static func isLocative(_ m: Mention<Actor>, _ ns: NSString, _ places: [Mention<Place>]) -> Bool {
        let b0 = max(0, m.range.lowerBound - 12)
        guard let prev = Words.of(ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0))).last else { return false }
        guard ["in", "near", "at", "outside", "inside", "across", "for", "after", "following", "since"].contains(prev) else { return false }
        // Only a place's own name ("Jordan", "Erbil"), never a short form or demonym ("US", "U.S.", "Israeli").
        let surface = ns.sub(NSRange(location: m.range.lowerBound, length: m.range.count))
        if surface.uppercased() == surface || surface.hasSuffix("i") || surface.hasSuffix("ian") || surface.hasSuffix("ish") || surface.hasSuffix("can") { return false }
        return places.contains(where: { $0.range.lowerBound <= m.range.lowerBound && $0.range.upperBound >= m.range.upperBound })
    }

    /// Words that make the actor named after them a suspect: "a suspected Israeli strike", "an alleged US raid".
    static let hedgeWords: Set<String> = ["suspected", "alleged", "apparent", "presumed", "presumably", "likely", "probable", "possible", "reported", "purported"]
    /// Also "Daesh gangs attacked", "IS cells attacked", "Houthi elements fired": a named group's men (these nouns alone name no group).
    static let militiaWeapon = Rx(#"\b(militia|militant|insurgent|rebel|fighter|gang|cell|element|terrorist)s?\s+$"#, anchors: ["militia", "militant", "insurgent", "rebel", "fighter", "gang", "cell", "element", "terrorist"])

    /// `memo` (the sentence's, when `ns` is a whole sentence) reuses answers other windows already computed.
    static func read(_ ns: NSString, trigger: Trigger?, actors: [Mention<Actor>], places: [Mention<Place>], memo: SentenceMemo? = nil) -> SentenceAttribution {
        var out = SentenceAttribution()
        // "pro-Iran", "Iran-backed", "US-led": a name used as a modifier is not the actor itself.
        let actors = actors.filter { !(memo?.isModifier($0, ns) ?? isModifier($0, ns)) }
        // Victims and targets ("three US soldiers were killed", "wounding two Iraqi soldiers") never did it.
        let all = actors
        let victims = Set(actors.filter { memo?.isVictimSide($0, ns) ?? isVictimSide($0, ns) }.map(\.range.lowerBound))
        let agents = actors.filter { !victims.contains($0.range.lowerBound) }
        let speakers = Set(actors.filter { memo?.isSpeaker($0, ns) ?? isSpeaker($0, ns) }.map(\.range.lowerBound))
        func ref(_ m: Mention<Actor>) -> ActorRef { ActorRef(name: m.entry.name, id: m.entry.id, kind: m.entry.kind) }

        let folded = memo?.folded(ns as String) ?? Folded(ns as String)
        // Claims of responsibility (not "no group has claimed").
        if folded.has(claimStem) || folded.has(" it ") || folded.hasAny(claimSubjectStems), let c = memo.map({ $0.claimed(ns) }) ?? claimed.first(ns) {
            let before = ns.sub(NSRange(location: 0, length: c.range.location))
            let cEnd = c.range.location + c.range.length
            // "That attack was claimed by X", "an attack later claimed by the so-called Islamic State": the claimant follows.
            if ns.sub(c.range).asciiLower.hasSuffix(" by") {
                if let a = agents.first(where: { $0.range.lowerBound >= cEnd && $0.range.lowerBound - cEnd < 40 }) { out.perpetrator = ref(a) }
            } else if !noClaim.test(before as NSString), !habitualClaim.test(ns, window: NSRange(location: 0, length: min(ns.length, cEnd + 30))),
               let a = claimant(agents, before: c.range.location, in: ns)
                ?? agents.last(where: { $0.range.upperBound <= c.range.location && c.range.location - $0.range.upperBound < 60 }) {
                out.perpetrator = ref(a)
            }
        }
        // Suspects: "blamed X", "accused X of", "X … suspected of", "evidence suggests … by X".
        if folded.hasAny(blameAfterStems), let b = blameAfter.first(ns) {
            let end = b.range.location + b.range.length
            // "blamed on Israel": the "on" makes the actor look like a target, but it names who is blamed.
            let blamedOn = { (a: Mention<Actor>) in
                // "pointed the finger at X", "pinned the blame on X": the preposition is in the blame phrase itself.
                ["on", "on the", "", "the"].contains(ns.sub(NSRange(location: end, length: a.range.lowerBound - end)).trimmingCharacters(in: .whitespaces).asciiLower)
            }
            if let a = actors.first(where: { $0.range.lowerBound >= end && $0.range.lowerBound - end < 70 && (!victims.contains($0.range.lowerBound) || blamedOn($0)) }) {
                out.suspected = ref(a)
            } else if let g = genericGroup.first(ns, in: NSRange(location: end, length: min(90, ns.length - end))) {
                out.suspected = ActorRef(name: g.group(1, in: ns) ?? "", id: nil, kind: .armedGroup)
            }
        }
        if out.suspected == nil, folded.hasAny(blameBeforeStems), let b = blameBefore.first(ns) {
            let armed = actors.filter { $0.entry.kind == .armedGroup && $0.range.upperBound <= b.range.location && b.range.location - $0.range.upperBound < 120 }
            if let a = armed.last { out.suspected = ref(a) }
            else if let g = genericGroup.matches(ns).last(where: { $0.range.location < b.range.location }) {
                out.suspected = ActorRef(name: g.group(1, in: ns) ?? "", id: nil, kind: .armedGroup)
            } else if let a = actors.first(where: { $0.range.lowerBound > b.range.location && $0.range.lowerBound - b.range.location < 60 }) {
                out.suspected = ref(a)
            }
        }
        guard let t = trigger else { return out }
        let tStart = t.range.location, tEnd = t.range.location + t.range.length
        let before = ns.sub(NSRange(location: max(0, tStart - 80), length: tStart - max(0, tStart - 80)))
        let beforeNS = before as NSString // (one object, so the regex helpers read it once: each cast is a new one)

        // Stated perpetrator: subject right before an attack verb ("The US military struck"),
        // an adjective on the attack word ("a US strike"), or an agent ("launched by X") when not hedged.
        if out.perpetrator == nil {
            if let a0 = agents.last(where: { $0.range.upperBound <= tStart && tStart - $0.range.upperBound <= 3 && !speakers.contains($0.range.lowerBound) && canAct($0) && !isLocative($0, ns, places) }) {
                let a = leaderOf(a0, agents, ns) ?? a0
                if hedged(a, ns) { if out.suspected == nil { out.suspected = ref(a) } } else { out.perpetrator = ref(a) }
            } else if let a0 = agents.last(where: { $0.range.upperBound <= tStart && tStart - $0.range.upperBound < 70 && !speakers.contains($0.range.lowerBound) }),
                      activeVerb.test(ns, window: NSRange(location: a0.range.upperBound, length: tEnd - a0.range.upperBound)),
                      !ns.sub(NSRange(location: a0.range.upperBound, length: tStart - a0.range.upperBound)).has(",") {
                // "aircraft of the international coalition led by the United States targeted": the coalition, not its leader.
                let a = leaderOf(a0, agents, ns) ?? a0
                // "A suspected US F-16 carried out …": blamed, not stated.
                if hedged(a, ns) { if out.suspected == nil { out.suspected = ref(a) } } else { out.perpetrator = ref(a) }
            } else if let a = subjectBeforeAside(agents, speakers: speakers, trigger: t, ns) {
                // "About 25 Islamic State fighters, some of them dressed in Iraqi army uniforms, attacked": the subject
                // told before an aside (the aside's own names describe it).
                if hedged(a, ns) { if out.suspected == nil { out.suspected = ref(a) } } else { out.perpetrator = ref(a) }
            } else if let a = agents.last(where: { $0.range.upperBound <= tStart && tStart - $0.range.upperBound < 70 && !speakers.contains($0.range.lowerBound) && canAct($0) }),
                      retaliatedWith.test(ns, window: NSRange(location: a.range.upperBound, length: tStart - a.range.upperBound)) {
                // "The U.S. retaliated on February 2 with strikes on 85 targets": the subject of the reply did it.
                if hedged(a, ns) { if out.suspected == nil { out.suspected = ref(a) } } else { out.perpetrator = ref(a) }
            } else if let d = demonym.first(beforeNS), let word = d.group(1, in: beforeNS), let name = demonymNames[word] {
                // "a suspected Israeli air strike", "an apparent US drone strike": blamed, not stated.
                let lead = Words.of(beforeNS.sub(NSRange(location: 0, length: d.range.location)), limit: .max).suffix(2)
                if lead.contains(where: { hedgeWords.contains($0) }) {
                    if out.suspected == nil { out.suspected = ActorRef(name: name, id: nil, kind: nil) }
                } else {
                    out.perpetrator = ActorRef(name: name, id: nil, kind: nil)
                }
            } else if let m = militiaWeapon.first(beforeNS) {
                // "AQAP militants attacked": the group named right before its fighters.
                let at = max(0, tStart - 80) + m.range.location
                if let a = agents.last(where: { $0.range.upperBound <= at && at - $0.range.upperBound <= 1 && canAct($0) }) {
                    out.perpetrator = ref(a)
                } else if let noun = m.group(1, in: beforeNS)?.asciiLower, ["gang", "cell", "element", "terrorist"].contains(noun) {
                    // ("terrorist cells attacked": no group named.)
                } else {
                    out.perpetrator = ActorRef(name: "militia", id: nil, kind: .armedGroup)
                }
            }
        }
        // "The Israeli occupation army committed a horrific massacre at dawn today by bombing the school": the subject of
        // the crime the attack word tells the means of.
        if out.perpetrator == nil, folded.has("committed"),
           let a = agents.last(where: { $0.range.upperBound <= tStart && tStart - $0.range.upperBound < 110 && !speakers.contains($0.range.lowerBound) && canAct($0) }),
           committedBy.test(ns, window: NSRange(location: a.range.upperBound, length: tStart - a.range.upperBound)) {
            if hedged(a, ns) { if out.suspected == nil { out.suspected = ref(a) } } else { out.perpetrator = ref(a) }
        }
        // "warplanes of the international coalition struck", "drones belonging to the Turkish army": the aircraft's owner.
        if out.perpetrator == nil, aircraftWords.contains(t.word.asciiLower),
           let a = agents.first(where: { $0.range.lowerBound >= tEnd && $0.range.lowerBound - tEnd <= 24 }),
           ownerOf.test(ns, window: NSRange(location: tEnd, length: a.range.lowerBound - tEnd)), canAct(a) {
            if hedged(a, ns) { if out.suspected == nil { out.suspected = ref(a) } } else { out.perpetrator = ref(a) }
        }
        // "a group of armed men who identified themselves as members of the AUC": the attackers' own word for who they are.
        if out.perpetrator == nil, let a = agents.first(where: { $0.entry.kind == .armedGroup && $0.range.lowerBound > tStart
                && selfIdentifiedBefore.test(ns, window: NSRange(location: max(0, $0.range.lowerBound - 60), length: min(60, $0.range.lowerBound))) }) {
            out.perpetrator = ref(a)
        }
        // Agents after "by" (passive).
        for a in all where a.range.lowerBound > tStart {
            if victims.contains(a.range.lowerBound) { continue }
            let gap = ns.sub(NSRange(location: tStart, length: a.range.lowerBound - tStart))
            // ("Wednesday's attack by the Rapid Support Forces on Wad al-Noura": the group's name may take "the".)
            guard (gap as NSString).length < 90, agentBy.test(gap as NSString) || (gap.hasSuffix(" by ") || gap.hasSuffix(" by the ")) && (gap as NSString).length < 40 && !userBy.test(gap as NSString) else { continue }
            // "The IDF said the rocket was … fired by Hezbollah": another party's word for who fired is blame, not a claim.
            let blamedBySpeaker = all.contains { sp in
                sp.range.upperBound <= tStart && sp.entry.id != a.entry.id && speakers.contains(sp.range.lowerBound) && sp.entry.kind != .armedGroup
                    && a.entry.kind == .armedGroup
            }
            if hedgedAgent.test(ns, window: NSRange(location: 0, length: a.range.lowerBound)) || blamedBySpeaker {
                if out.suspected == nil { out.suspected = ref(a) }
            } else if out.perpetrator == nil { out.perpetrator = ref(a) }
            break
        }
        if out.suspected == nil, out.perpetrator == nil, folded.hasAny(groupStems) {
            // "evidence suggests the attack was launched by Iran-allied militias"
            for g in genericGroup.matches(ns) where g.range.location > tStart {
                let gap = ns.sub(NSRange(location: tStart, length: g.range.location - tStart))
                if gap.hasSuffix("by "), !userBy.test(gap as NSString) {
                    let who = ActorRef(name: g.group(1, in: ns) ?? "", id: nil, kind: .armedGroup)
                    if hedgedAgent.test(ns, window: NSRange(location: 0, length: g.range.location)) { out.suspected = who } else { out.perpetrator = who }
                    break
                }
            }
        }
        // Target: an actor or installation named right after a targeting word ("at", "on", "targeting", "hit",
        // "housing") following the attack word; else the installation the sentence names.
        var target: (Int, ActorRef)? = nil
        // Cue words are single words, so scanning only the stretch around the attack word finds the same cues.
        let cueZone = NSRange(location: max(0, tStart - 12), length: tEnd + 100 - max(0, tStart - 12))
        for cue in targetCue.wordMatches(ns, within: cueZone) where cue.range.location >= tStart - 12 && cue.range.location - tEnd < 90 {
            let from = cue.range.location + cue.range.length
            // A cue after another attack word ("… in the strike near X, and denied attacks on US forces") is that one's.
            if cue.range.location > tEnd, IncidentExtractor.anotherClausesAttack(ns.sub(NSRange(location: tEnd, length: cue.range.location - tEnd))) { break }
            if let a = actors.first(where: { $0.range.lowerBound >= from && $0.range.lowerBound - from < 35 && $0.entry.id != out.perpetrator?.id && !speakers.contains($0.range.lowerBound) }) {
                target = (a.range.lowerBound, ref(a))
            }
            if let p = places.first(where: { $0.entry.kind == .site && $0.range.lowerBound >= from && $0.range.lowerBound - from < 35 }),
               target == nil || p.range.lowerBound < target!.0 {
                target = (p.range.lowerBound, ActorRef(name: p.entry.name, id: nil, kind: nil))
            }
            if target != nil { break }
        }
        if target == nil, let site = places.first(where: { $0.entry.kind == .site }) {
            target = (site.range.lowerBound, ActorRef(name: site.entry.name, id: nil, kind: nil))
        }
        out.target = target?.1
        return out
    }

    static let aircraftWords: Set<String> = ["warplanes", "warplane", "war planes", "jets", "fighter jets", "drones", "drone", "aircraft", "helicopters"]
    /// The gap between an aircraft word and its owner: "of the", "belonging to the", "operated by".
    static let ownerOf = Rx(#"^\s+(?:of|belonging to|operated by|from)\s+(?:the\s+)?$"#)

    /// An actor that is the subject of a speech verb ("the Iraqi military said") or the victim of a passive
    /// ("US soldiers have been killed"): never the perpetrator.
    static let speechAfter = Rx(#"^\W{0,3}(?:\w+\W+){0,2}?(?:said|says|told|announced|stated|added|reported|claimed|denied|condemned|accused|blamed|warned|tweeted|wrote|confirmed)\b|^\W{0,3}(?:\w+\s+){0,2}?(?:(?:were|was|are|is)\s+(?:been\s+)?|(?:have|has|had)\s+been\s+)(?:killed|wounded|injured|hurt|attacked|targeted|struck|hit)\b"#, anchors: ["said", "says", "told", "announced", "stated", "added", "reported", "claimed", "denied", "condemned", "accused", "blamed", "warned", "tweeted", "wrote", "confirmed", "killed", "wounded", "injured", "hurt", "attacked", "targeted", "struck", "hit"])
    /// Verbs and auxiliaries `speechAfter` needs among the first three words after the name.
    static let speechWords: Set<String> = ["said", "says", "told", "announced", "stated", "added", "reported", "claimed", "denied",
                                           "condemned", "accused", "blamed", "warned", "tweeted", "wrote", "confirmed",
                                           "have", "has", "had", "were", "was", "are", "is"]
    static func isSpeaker(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        let from = min(ns.length, m.range.upperBound)
        let words = EdgeWords.first(ns, from: from, length: 60, limit: 3)
        if words.map({ $0.contains(where: speechWords.contains) }) ?? true {
            if speechAfter.test(ns, window: NSRange(location: from, length: min(60, ns.length - from))) { return true }
        }
        // Headline passive without auxiliary: "Three US soldiers killed in drone attack".
        let b0 = max(0, m.range.lowerBound - 20)
        if let count = Words.of(ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0))).last,
           count != "a", count != "an", DateWords.number(count) != nil,
           victimAfter.test(ns, window: NSRange(location: from, length: min(60, ns.length - from))) { return true }
        return false
    }
    static let victimAfter = Rx(#"^\W{0,3}(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt|dead)\b"#, anchors: ["killed", "wounded", "injured", "hurt", "dead"])

    /// "killing a Kataib Hezbollah commander", "wounding two Iraqi soldiers", "an attack on US forces",
    /// "The US struck Kataib Hezbollah facilities": the actor is what was hit.
    static let victimBefore = Rx(#"\b(?:killing|killed|kills|wounding|wounded|wounds|injuring|injured|injures|targeting|targeted|targets|hitting|hit|struck|attacked|attacking|ambushed|against|on|at|toward|towards)\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens|many|some|\d+|senior|top|local|other|more|than|at|least|of|its|their)\s+){0,4}$"#, anchors: ["kill", "wound", "injur", "target", "hit", "struck", "attack", "ambushed", "against", "on", "at", "toward"])
    /// "three US soldiers were killed", "two Iraqi soldiers have been wounded", "US troops killed in …".
    static let victimAfterPassive = Rx(#"^(?:['’]s)?\W{0,3}(?:[\w-]+\s+){0,3}?(?:(?:was|were|are|is|being|have been|has been|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|targeted|attacked|hit|struck)|(?:killed|wounded|injured|hurt)\s+(?:in|by|when|during|as)\b)"#, anchors: ["killed", "wounded", "injured", "hurt", "targeted", "attacked", "hit", "struck"])

    /// An actor named as the one hit (victim or target), never as the one who struck.
    /// Words `victimBefore` needs among the last five tokens before the name (a verb or preposition, then up to
    /// four determiners or counts).
    static let victimWords = ["killing", "killed", "kills", "wounding", "wounded", "wounds", "injuring", "injured", "injures", "targeting",
                              "targeted", "targets", "hitting", "hit", "struck", "attacked", "attacking", "ambushed", "against", "on", "at",
                              "toward", "towards"]
    static func isVictimSide(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        let b0 = max(0, m.range.lowerBound - 50)
        // A token ending in one of the words (after a non-word character) is where the regex could start.
        let tokens = EdgeWords.lastTokens(ns, from: b0, length: m.range.lowerBound - b0, limit: 5)
        let mayBe = tokens.map { ts in ts.contains { t in victimWords.contains { v in
            t.asciiHasSuffix(v) && (t.count == v.count || !EdgeWords.isWordByte(t.utf8[t.utf8.index(t.utf8.endIndex, offsetBy: -v.utf8.count - 1)])) } } } ?? true
        if mayBe, victimBefore.test(ns, window: NSRange(location: b0, length: m.range.lowerBound - b0)) { return true }
        let from = min(ns.length, m.range.upperBound)
        return victimAfterPassive.test(ns, window: NSRange(location: from, length: min(70, ns.length - from)))
    }

    /// Also a ship's flag or owner: "the Liberia-flagged tanker", "an Israel-owned carrier" name no place of the attack;
    /// nor does a monitor's or an outlet's seat ("the London-based Syrian Observatory", "a Paris-headquartered group").
    static let modifierAfter = Rx(#"^-(?:backed|allied|aligned|linked|led|affiliated|supported|sponsored|funded|flagged|registered|owned|operated|based|headquartered)\b"#, anchors: ["-backed", "-allied", "-aligned", "-linked", "-led", "-affiliated", "-supported", "-sponsored", "-funded", "-flagged", "-registered", "-owned", "-operated", "-based", "-headquartered"])
    static func isModifier(_ m: Mention<Actor>, _ ns: NSString) -> Bool {
        let from = min(ns.length, m.range.upperBound)
        if modifierAfter.test(ns, window: NSRange(location: from, length: min(20, ns.length - from))) { return true }
        let before = ns.sub(NSRange(location: max(0, m.range.lowerBound - 6), length: m.range.lowerBound - max(0, m.range.lowerBound - 6)))
        if before.hasSuffix("pro-") || before.hasSuffix("anti-") { return true }
        // "militants disguised in the uniforms of the YPG detonated …", "gunmen in Iraqi army uniforms": a disguise
        // names whom the attackers looked like, not who they were.
        if disguiseAfter.test(ns, window: NSRange(location: from, length: min(16, ns.length - from))) { return true }
        let b0 = max(0, m.range.lowerBound - 60)
        // ("an Islamic sect known as Boko Haram, who call themselves the Taliban": a second name the group takes for itself;
        // not "a group calling itself Qasim al-Jabbarin", its only name.)
        return disguiseBefore.test(ns, window: NSRange(location: b0, length: m.range.lowerBound - b0))
            || selfStyledBefore.test(ns, window: NSRange(location: b0, length: m.range.lowerBound - b0))
    }
    static let selfStyledBefore = Rx(#"\b(?:who|which|that)\s+(?:call(?:s|ed)?|styl(?:e|es|ed)|nam(?:e|es|ed))\s+(?:themselves|itself|himself)\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,2}$"#,
                                     anchors: ["themselves", "itself", "himself"])
    static let disguiseAfter = Rx(#"^\)?\s*(?:uniforms?|fatigues|garb|outfits?)\b"#, anchors: ["uniform", "fatigues", "garb", "outfit"])
    static let disguiseBefore = Rx(#"\b(?:(?:uniforms?|fatigues|garb|outfits?|clothes|clothing)\s+of|(?:disguised|dressed|posing|masquerading)\s+as|impersonating)\s+(?:(?:an?|the)\s+)?(?:[\w'’.-]+\s+){0,5}\(?$"#,
                                   anchors: ["uniform", "fatigues", "garb", "outfit", "clothes", "clothing", "disguised", "dressed", "posing", "masquerading", "impersonating"])

    /// A state's forces that carried out an attack are named with their state when their own name does not
    /// say it: "Turkish military (Turkey)", "Islamic Revolutionary Guard Corps (Iran)", "Mossad (Israel)", while
    /// "Israel Defense Forces" and "Iraqi Security Forces" stay as they are. Conflict coders record state actors
    /// by the state; the force's own name keeps what the report says. The state is the nearest national
    /// government above the force in the knowledge base (a regional one's forces, the Peshmerga, keep their name).
    static func stateAsPerpetrator(_ inc: Incident, actors: ActorBase, gazetteer: Gazetteer) -> Incident {
        guard let id = inc.perpetratorID, let actor = actors.actor(id: id), actor.kind == .stateMilitary,
              let state = actors.ancestors(of: actor).dropFirst().first(where: { $0.kind == .government }),
              !state.name.asciiLower.has("region") else { return inc }
        // The country's own short name when the government goes by a longer one ("Government of Iraq" → Iraq).
        guard inc.perpetrator == actor.name else { return inc }
        let country = ([state.name] + state.aliases).lazy.compactMap { n -> String? in
            let words = Words.of(n)
            // (`phrase.has(c.name.asciiLower) && words.contains(Words.of(c.name).first ?? "")`, the country's keys made once.)
            let phrase = Folded(words.joined(separator: " "))
            return gazetteer.countryKeys.firstIndex { k in phrase.has(k.lowered) && words.contains(k.firstWord) }.map { gazetteer.countries[$0].name }
        }.first ?? state.name
        guard !actor.name.asciiLower.has(country.asciiLower) else { return inc }
        var out = inc
        out.perpetrator = actor.name.hasSuffix(")") ? String(actor.name.dropLast()) + ", \(country))" : "\(actor.name) (\(country))"
        out.summary = Summary.make(out)
        return out
    }

    /// Facilities (an embassy, a base) are targets, never perpetrators.
    static func canAct(_ m: Mention<Actor>) -> Bool {
        let n = m.entry.name.asciiLower
        return !(n.has("embassy") || n.has("consulate") || n.has(" base") || n.has("mission"))
    }
}
