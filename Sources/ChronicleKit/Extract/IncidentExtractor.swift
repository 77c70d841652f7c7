import Foundation

/// What extraction finds in one article.
public struct ArticleExtraction: Sendable {
    public var incidents: [Incident]
    /// Knowledge-base ids of actors and places the article mentions, in first-mention order.
    public var actors: [String]
    public var places: [String]

    public init(incidents: [Incident] = [], actors: [String] = [], places: [String] = []) {
        self.incidents = incidents
        self.actors = actors
        self.places = places
    }
}

/// One sentence of the article (the headline counts as one), with the KB names found in it.
struct ArticleSentence {
    var index: Int
    /// -1 for the headline, else the paragraph index.
    var paragraph: Int
    var text: String
    var ns: NSString
    /// Mentions with ranges relative to this sentence.
    var places: [Mention<Place>] = []
    var actors: [Mention<Actor>] = []
    /// Answers about this sentence computed once for all the steps that ask (see `SentenceMemo`).
    let memo = SentenceMemo()
    var isHeadline: Bool { paragraph < 0 }
    /// `Folded(text)` and `Words.of(text)`, made once per sentence.
    var folded: Folded { memo.folded(text) }
    var words: [String] { memo.words(text) }
    /// The first sentence of the body: wire style tells the news there, often without its day ("US aircraft struck two
    /// facilities in eastern Syria, the Pentagon said").
    var isLede = false
}

/// One sentence's report of (or reference to) an event.
struct EventMention {
    var sentence: Int
    var trigger: Trigger
    var type: EventType
    var strength: MentionStrength
    var time: TimeExpression?
    var speechTime: TimeExpression?
    /// The time phrase sits right by the attack word ("the attack last week", "Monday night's attack").
    var timeAdjacent: Bool
    var place: Mention<Place>?
    var casualties: Casualties
    var attribution: SentenceAttribution
    /// Named as the cause of another event ("in retaliation for …", "came days after …"): background news.
    var backgroundCue = false
    /// "the strikes hit positions near X and Y", "sites in X were among those hit": a reference naming where an
    /// operation told elsewhere landed; each named town or site is an incident of its own (ACLED codes one per place).
    var siteList = false
    /// A copy of a report for another place it names ("hit al-X and al-Y"): an incident only with the report's day.
    var expanded = false
    /// Interception or thwarted attack with nothing landing ("air defences shot down two drones"): ACLED's
    /// disrupted weapons use, typed `other`.
    var disrupted = false
    /// The sentence says a weapon landed (hit, struck, exploded, wounded …).
    var impact = false
    /// Which side carried it out, as far as the sentence tells: a state's strike and an attack on a state's
    /// forces are different events even on one day in one country.
    var side: EventSide?
    /// The time was taken from the event told before ("minutes later", "the next day"), not written with a day.
    var relativeTime = false
    /// "Jordan on Monday condemned the attack": the day of a statement about the event, its date only when nothing else dates it.
    var statementDay: TimeExpression?
    /// "the deadliest bombing since March 2017, when a suicide attacker …": an event recalled only to compare, never the
    /// event that "two hours after the bombing" counts from.
    var recalledForComparison = false
    /// "The death toll from the explosion rose to 20 on Monday": the time is the day the toll was updated, which dates the
    /// event only when no other sentence about it does ("The blast happened at about 11:30 pm on Sunday").
    var timeIsTollUpdate = false
    /// "the first blast", "the second car bomb": which of the events a report counts off it is (1, 2, …); mentions
    /// counted differently are different events.
    var ordinal: Int?
}

/// A state's air or drone strike, or a non-state group's attack (militia rockets and drones, attacks on
/// a state's troops and bases).
enum EventSide: Equatable { case state, nonState }

/// Finds the incidents one article reports: every sentence with an attack or strike word is read for its
/// time, place, actors and casualties; mentions of one event are then grouped (`ArticleEvents`), and each
/// group becomes one incident carrying this article as its source.
public struct IncidentExtractor: Sendable {
    public var knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) { self.knowledge = knowledge }

    /// Incidents carry one source (this article) and no final id yet (`IncidentMerger` assigns ids).
    public func extract(from article: Article) -> ArticleExtraction {
        var article = article
        if let day = Self.writingDay(of: article) { article.published = day }
        let sentences = Self.fromLede(segment(article))
        var actorIDs: [String] = [], placeIDs: [String] = []
        var seenA = Set<String>(), seenP = Set<String>()
        if let dl = article.dateline {
            for m in knowledge.gazetteer.mentions(in: dl) where seenP.insert(m.entry.id).inserted { placeIDs.append(m.entry.id) }
        }
        for s in sentences {
            for m in s.actors where seenA.insert(m.entry.id).inserted { actorIDs.append(m.entry.id) }
            for m in s.places where seenP.insert(m.entry.id).inserted { placeIDs.append(m.entry.id) }
        }
        var mentions: [EventMention] = []
        for s in sentences {
            mentions += self.mentions(in: s, published: article.published)
        }
        RelativeTimes.feedStamps(&mentions, sentences: sentences, published: article.published)
        RelativeTimes.newsDayBefore(&mentions, sentences: sentences, published: article.published)
        RelativeTimes.yearFromWeekday(&mentions, sentences: sentences, published: article.published)
        RelativeTimes.weekdayOfEarlierDate(&mentions, published: article.published)
        RelativeTimes.yearBeforeFullDate(&mentions, sentences: sentences, published: article.published)
        RelativeTimes.anchor(&mentions, sentences: sentences)
        RelativeTimes.sameDateToldBefore(&mentions, sentences: sentences, published: article.published)
        RelativeTimes.dayFromSceneSetter(&mentions, sentences: sentences, published: article.published)
        // (Again for phrases of sequence: "In the following 45 minutes, …" counts from an event the scene-setter just dated.)
        RelativeTimes.anchor(&mentions, sentences: sentences, phrasesOnly: true)
        RelativeTimes.daysSinceOpening(&mentions, sentences: sentences, published: article.published)
        RelativeTimes.furtherAttackSameDay(&mentions, sentences: sentences)
        placeInOwnAirspace(&mentions, sentences: sentences, dateline: article.dateline)
        placeFromParagraphHead(&mentions, sentences: sentences)
        dayFromParagraphItem(&mentions, sentences: sentences, published: article.published)
        dayFromLedeTowns(&mentions, sentences: sentences)
        Self.typeBareShells(&mentions)
        Self.typeFurtherStrikes(&mentions, sentences: sentences)
        Self.typeVehicleBombBlasts(&mentions, sentences: sentences)
        Self.typeDroneStrikeReferences(&mentions)
        let events = ArticleEvents(article: article, sentences: sentences, mentions: mentions, gazetteer: knowledge.gazetteer)
        let incidents = events.incidents().map { Attribution.stateAsPerpetrator(selfClaimed(governmentOfPlace($0)), actors: knowledge.actors, gazetteer: knowledge.gazetteer) }
        return ArticleExtraction(incidents: incidents, actors: actorIDs, places: placeIDs)
    }

    /// "New Delhi, July 7" over a report a newspaper printed on July 8: the dateline's day is the day the report was
    /// written, so its "this morning" and "on Monday" count from that day, not from the day of print. Only a day one or
    /// two days before publication (a later one, or an older one, is no filing day).
    static func writingDay(of article: Article) -> Day? {
        guard let published = article.published, let dateline = article.dateline, dateline.utf8.contains(where: { $0 &- 48 < 10 }) else { return nil }
        let days = TimeExpressions.find(in: dateline, published: published).compactMap { $0.precision == .day && !$0.isSpeechTime ? $0.date : nil }
        guard days.count == 1, let day = days.first, (1...2).contains(published.days(since: day)) else { return nil }
        return day
    }

    /// "Mortar shells fired from Syria killed eight … In Nusaybin, five were killed when shells hit a neighbourhood": a bare
    /// "shells" after mortar fire told in the sentences just before is that mortar fire.
    /// "the shrine in Shiraz, Islamic Republic of Iran, on 26 October": a state named right after a place, set off by a
    /// comma, says where the place is (as "Shiraz, Iran" does), not who acted.
    static func isPlaceAppositive(_ a: Mention<Actor>, in s: ArticleSentence) -> Bool {
        guard a.entry.kind == .government, a.range.lowerBound >= 2 else { return false }
        return s.places.contains { p in
            p.range.upperBound <= a.range.lowerBound && a.range.lowerBound - p.range.upperBound <= 3
                && s.ns.slice(p.range.upperBound, a.range.lowerBound).trimmingCharacters(in: .whitespaces) == ","
        }
    }

    /// "came at the end of a week in which bombings hit Lahore, Peshawar and Quetta": a bare plural told over a span is a
    /// class of events, whatever places and days the sentence names.
    static let tallyStems = WordList(["have died", "has died", "have been killed", "has been killed", "have been wounded", "has been wounded", "have been injured", "has been injured", "have been maimed"])
    /// A tally told of a class of events: "have died in attacks and landmine explosions", "have been killed in clashes".
    static let tallyOfEvents = Rx(#"\b(?:have|has)\s+(?:been\s+)?(?:died|killed|wounded|injured|maimed)\s+(?:[\w-]+\s+){0,3}?in\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|airstrikes|air strikes|clashes|explosions|bombings|blasts|raids|shelling|violence|fighting|incidents)\b"#,
                                  anchors: ["have", "has"])
    static let tallyBefore = Rx(#"\b(?:have|has)\s+(?:been\s+)?(?:died|killed|wounded|injured|maimed)\s+(?:[\w-]+\s+){0,3}?in\s+(?:[\w-]+\s+){0,4}$"#, anchors: ["have", "has"])
    /// "Israeli strikes on towns in the South, Nabatieh and the Bekaa": a plural aimed at an unnamed class of places
    /// across a list of places is a campaign told in sum, not one event per place ("strikes on the towns of
    /// Tayr Harfa and Naqoura" name their towns).
    static let onPlaceClass = Rx(#"^\s+(?:on|against|across|targeting|hitting|pounding)\s+(?:[\w-]+\s+){0,2}?(?:towns|villages|cities|areas|localities|regions|districts|neighbou?rhoods)\s+(?:in|across|throughout|around)\b"#,
                                 anchors: ["on", "against", "across", "targeting", "hitting", "pounding"])
    static let spanInWhich = Rx(#"\b(?:week|weekend|fortnight|month|year|days|weeks|months|period|spell|stretch)\s+(?:in which|during which|when|that saw)\s+(?:[\w-]+\s+){0,3}$"#)
    /// "claimed responsibility for Sunday's bombing": a day's possessive on the attack word dates the attack, not the claim.
    static func dayOwnsTrigger(_ t: TimeExpression, _ triggers: [Trigger], _ ns: NSString) -> Bool {
        guard t.text.hasSuffix("'s") || t.text.hasSuffix("’s") else { return false }
        let end = t.range.location + t.range.length
        return triggers.contains { tr in
            let gap = tr.range.location - end
            return gap >= 0 && gap <= 30 && (gap <= 1 || adjectivesOnly.test(ns, slice: end, tr.range.location))
        }
    }
    /// "claimed the murder of a police officer who was shot dead in Craigavon on Monday night": a day told after the
    /// claim inside a relative clause whose verb is the attack ("who was shot dead", "that were bombed") is the attack's.
    static func victimClauseDay(_ ns: NSString, _ t: TimeExpression, _ triggers: [Trigger], after claim: NSTextCheckingResult?) -> Bool {
        guard let claim else { return false }
        let claimEnd = claim.range.location + claim.range.length
        return triggers.contains { tr in
            tr.strength == .report && tr.range.location >= claimEnd && tr.range.location + tr.range.length <= t.range.location
                && passiveClauseBefore.test(ns, slice: tr.range.location - 30, tr.range.location)
                && !ns.slice(tr.range.location, t.range.location).plainContains(",")
        }
    }
    /// "who was", "that were", "which had been" (and one word, "who was gunned down") right before the attack word.
    static let passiveClauseBefore = Rx(#"\b(?:who|that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?$"#, anchors: ["who", "that", "which"])
    static let adjectivesOnly = Rx(#"^\s+(?:[a-z][a-z-]+\s+){1,2}$"#, caseInsensitive: false)

    /// "the terrorist attack that took place at the shrine in Shiraz on 26 October": a relative clause leading from the
    /// attack word to its day dates the attack as closely as "the attack on Monday".
    /// "The blast was around 1118 local yesterday": the attack word as the subject of a plain verb of happening, told
    /// with its clock and day (not "came days after Friday's bombing", nor "took place today, despite …": only a clock
    /// may stand between).
    static let copulaToTime = Rx(#"^\s+(?:was|happened|occurred|took place|went off|came)\s+(?:(?:at|around|about|approximately|roughly|some|just)\s+)*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours|h|gmt|utc)?|\d{4})\s+(?:(?:local|time|hrs|hours)\s+)*$"#, anchors: ["was", "happened", "occurred", "took place", "went off", "came"])
    /// ("the car bomb attack on Madrid's Barajas airport that killed two men on 30 December": the toll's clause too.)
    static let clauseToTime = Rx(#"^(?:\s*[\w'’-]+){0,8}?,?\s*(?:that|which)\s+(?:(?:took place|occurred|happened|was carried out|was committed|unfolded)\b[^.;!?]*|(?:killed|left|wounded|injured)\b[^.;!?,]*)$"#, anchors: ["that", "which"])

    /// "Suspected Jordanian air strikes killed 10 … Another strike targeted a farm near Malah": a further strike of no
    /// stated kind is one more of the kind told just before it.
    static func typeFurtherStrikes(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        for i in mentions.indices where mentions[i].type == .other && mentions[i].trigger.kind == .strike && mentions[i].attribution.perpetrator == nil {
            let ns = sentences[mentions[i].sentence].ns
            let b0 = max(0, mentions[i].trigger.range.location - 20)
            guard Words.of(ns.sub(NSRange(location: b0, length: mentions[i].trigger.range.location - b0))).suffix(2)
                .contains(where: { ["another", "second", "third", "fourth"].contains($0) }) else { continue }
            let here = mentions[i].sentence
            if let prev = mentions[..<i].last(where: { $0.type != .other && here - $0.sentence <= 3 }), prev.type == .airstrike || prev.type == .droneAttack || prev.type == .missileAttack {
                mentions[i].type = prev.type
            }
        }
    }

    static func typeBareShells(_ mentions: inout [EventMention]) {
        for i in mentions.indices where mentions[i].type == .other && ["shell", "shells"].contains(mentions[i].trigger.word) {
            let here = mentions[i].sentence
            if mentions[..<i].contains(where: { $0.type == .mortarAttack && here - $0.sentence <= 2 }) { mentions[i].type = .mortarAttack }
        }
    }

    /// "An explosion outside the institute killed 19 … Security sources said the car that caused the collision appears to
    /// have been loaded with explosives": a blast of no stated kind is a bomb once the report says the vehicle behind it
    /// carried explosives (in the same sentence or any other; a denial, "was not carrying explosives", says nothing), or
    /// names the charge ("the explosive charge weighed around 1,000 kg").
    static func typeVehicleBombBlasts(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        let blasts = mentions.indices.filter { mentions[$0].type == .other && Self.isBlastWord(mentions[$0].trigger.word) }
        guard !blasts.isEmpty, sentences.contains(where: { Self.vehicleCarriedExplosives.test($0.ns) || Self.bombCharge.test($0.ns) || Self.vehicleExploded.test($0.ns) }) else { return }
        for i in blasts { mentions[i].type = .iedAttack }
    }

    /// "the explosive charge weighed around 1,000 kg", "some 300 kilograms of TNT": a planted charge, told with no
    /// vehicle (a denial, "no explosives were found", says nothing).
    static let bombCharge = Rx(#"(?<!\bno )\b(?:explosive charges?|(?:\d[\d,.]*|hundreds of|(?:a few|several|some|two|three|four|five) hundred|a tonne of|a ton of)\s*(?:kg|kilos?|kilograms?|kilogrammes?|pounds|lbs|tonnes?|tons)\s+of\s+(?:tnt|explosives?|c-?4|semtex))\b"#, anchors: ["charge", "tnt", "explosive", "c4", "c-4", "semtex"])
    static func isBlastWord(_ w: String) -> Bool { w.hasPrefix("explosion") || w.hasPrefix("blast") || w.hasPrefix("explode") || w == "blew up" || w.hasPrefix("detonat") }

    /// "a small boat that had been assisting in the mooring approached the destroyer and exploded": a vehicle that itself
    /// blew up beside its target was the bomb (a fuel tanker may burst when hit, so tankers are left out).
    static let vehicleExploded = Rx(#"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:boat|skiff|car|truck|vehicle|van|lorry|pickup|minibus|motorcycle|motorbike)\b(?:(?!\b(?:not|never|no)\b|n't)[^.;!?]){0,100}?\b(?:exploded|blew up)\b"#, anchors: ["exploded", "blew up"])
    static let vehicleCarriedExplosives = Rx(#"\b(?:car|cars|vehicle|truck|van|lorry|pickup|minibus|motorcycle|motorbike|taxi)\b(?:(?!\b(?:not|never|no)\b|n't)[^.;!?]){0,80}?\b(?:(?:packed|loaded|laden|rigged|filled|stuffed|fitted)\s+with\s+(?:explosives|bombs?|tnt)|carrying\s+explosives|booby[- ]trapped)"#)

    /// "A drone launched from Lebanon struck the base … four soldiers were killed in the drone strike on the base": an
    /// unattributed "drone strike" at the place of a group's drone attack told before is that attack, not a state's strike.
    static func typeDroneStrikeReferences(_ mentions: inout [EventMention]) {
        for i in mentions.indices where mentions[i].trigger.kind == .droneStrike && mentions[i].type == .airstrike
            && mentions[i].attribution.perpetrator == nil && mentions[i].attribution.suspected == nil {
            guard let p = mentions[i].place?.entry,
                  let attack = mentions[..<i].last(where: { $0.type == .droneAttack && $0.side != .state && $0.place?.entry.id == p.id }) else { continue }
            mentions[i].type = .droneAttack
            mentions[i].side = attack.side
        }
    }

    /// "a drone strike killed a senior commander of …", "targeting militants": an armed group's men, whom states hunt
    /// from the air.
    static let groupMenHunted = Rx(#"\b(?:killed|killing|targeted|targeting|hit|hitting)\s+(?:(?:a|an|the|two|three|several|\d+)\s+)?(?:(?:senior|top|local|field|military|prominent|suspected)\s+)*(?:commanders?|leaders?|militants?|operatives?|jihadists?|insurgents?|members of)\b"#,
                                   anchors: ["killed", "killing", "targeted", "targeting", "hit"])
    /// "Senior Iran-backed commander killed in Baghdad drone strike", "Hamas deputy leader Saleh al-Arouri killed in
    /// Beirut drone strike" (told before the weapon).
    static let groupMenKilledBy = Rx(#"\b(?:commanders?|leaders?|militants?|operatives?|jihadists?|insurgents?)(?:\s+[\w'’-]+){0,4}?\s+(?:(?:was|were|is|are)\s+)?(?:killed|dies|died|dead)\s+(?:in|by)\b"#,
                                     anchors: ["killed", "dies", "died", "dead"])

    /// "government shelling on the town", "regime artillery", "government forces shelled": the state's own weapons,
    /// told without naming the state ("pro-government" militias are not the government).
    static let governmentFire = Rx(#"(?<![\w-])(?:government|regime)(?:-led)?\s+(?:(?:shelling|artillery(?: fire)?|bombardment|shells|rocket fire|mortar fire|warplanes|war planes|aircraft|air ?strikes|airstrikes|helicopters|barrel bombs)\b|(?:forces|troops|soldiers)\s+(?:\w+\s+)?(?:shelled|bombed|bombarded|raided|stormed|attacked|opened fire|fired|pounded)\b)"#, anchors: ["government", "regime"])

    /// An incident with no perpetrator whose evidence says the government's weapons did it: the government of the
    /// country where it happened (as the knowledge base names it: "government of Syria" → Syrian government).
    func governmentOfPlace(_ inc: Incident) -> Incident {
        guard inc.perpetrator == "unknown", let country = inc.country, let evidence = inc.sources.first?.evidence,
              Folded(evidence).hasAny(Self.governmentStems) && Self.governmentFire.test(evidence as NSString)
                || inc.eventType == .armedClash && Self.securityRaid.test(evidence as NSString) && !Self.raidByOthers.test(evidence as NSString) else { return inc }
        let actors = knowledge.actors
        guard let gov = [actors.actor(named: "government of \(country)"), actors.actor(named: country)].compactMap({ $0 }).first(where: { $0.kind == .government })
        else { return inc }
        var out = inc
        out.perpetrator = gov.name; out.perpetratorID = gov.id
        if out.suspected == gov.name { out.suspected = nil; out.suspectedID = nil }
        out.summary = Summary.make(out)
        return out
    }
    /// "during a raid to arrest a suspect", "an operation to arrest a terrorist cell": the state's security forces at work.
    static let securityRaid = Rx(#"\b(?:raid(?:s|ed)?|operations?) to (?:arrest|capture|apprehend|detain)\b|\b(?:security|police|army|counter-?terrorism) (?:forces )?raid(?:s|ed)?\b"#, anchors: ["raid", "operation"])
    /// Raids by a militia, insurgents or a foreign force ("militants raided", "a US-Iraqi raid") are not the host state's.
    static let raidByOthers = Rx(#"\b(?:militants?|insurgents?|gunmen|jihadists?|rebels?|fighters|militias?|U\.?S\.?|American|coalition|Israeli|Turkish|Russian|Iranian)(?:[\s-]+[\w'’-]+){0,2}?[\s-]+raid"#, anchors: ["raid"])
    static let governmentStems = ["government", "regime"].map { Array($0.utf8) }

    /// "intercepted flying objects that entered the Kingdom's airspace", "drones that violated our airspace": a
    /// state reporting an event over its own territory, told from its capital. With no place in the sentence, the
    /// dateline's country is where it happened, when the sentence names that country ("the Jordan Armed Forces",
    /// "Jordanian air defences").
    static let ownAirspace = Rx(#"\b(?:our|its|the (?:kingdom|country|state|republic|emirate)['’]s|the national|national)\s+airspace\b"#, anchors: ["airspace"])
    func placeInOwnAirspace(_ mentions: inout [EventMention], sentences: [ArticleSentence], dateline: String?) {
        guard let dl = dateline,
              let country = knowledge.gazetteer.mentions(in: dl).compactMap({ m in m.entry.country.flatMap { knowledge.gazetteer.place(named: $0) } }).first(where: { $0.kind == .country })
        else { return }
        for i in mentions.indices where mentions[i].place == nil {
            let s = sentences[mentions[i].sentence]
            guard s.folded.has("airspace"), Self.ownAirspace.test(s.ns), s.text.contains(country.name) else { continue }
            mentions[i].place = Mention(entry: country, text: country.name, range: 0..<0)
        }
    }

    /// "JENIN. The army completed …", "TEL AVIV. Eight people were wounded …": a roundup paragraph opening on its place
    /// in capitals (each item's own dateline) places the events it tells without a place of their own.
    func placeFromParagraphHead(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        for i in mentions.indices {
            // (Or a spot the gazetteer lacks and the sentence places in no town: "on a bus … just below the Ayala station".)
            let spot = mentions[i].place.flatMap { UnlistedPlace.isUnlisted($0.entry) && $0.entry.country == nil ? $0 : nil }
            guard mentions[i].place == nil || spot != nil else { continue }
            let item = Self.itemHead(of: sentences[mentions[i].sentence], in: sentences)
            guard let head = item ?? Self.sectionHead(of: sentences[mentions[i].sentence], in: sentences) else { continue }
            let found = head.places.isEmpty ? knowledge.gazetteer.mentions(in: head.text.capitalized) : head.places
            guard found.count == 1, let p = found.first else { continue }
            // (A section head opens on its place: "UCA News reporter, Jakarta" is a byline, where the reporter sits.)
            guard p.range.lowerBound == 0 || item != nil else { continue }
            if let spot {
                let inside = Place(id: spot.entry.id, name: spot.entry.name, kind: .site, parent: p.entry.id, admin1: p.entry.admin1, country: p.entry.country)
                mentions[i].place = Mention(entry: inside, text: spot.text, range: spot.range)
            } else {
                mentions[i].place = Mention(entry: p.entry, text: p.text, range: 0..<0)
            }
        }
    }
    /// "GAZA. Shortly after midnight, sirens sounded in Sderot … The army said five rockets had been launched … In
    /// response, fighter jets struck …": a roundup item tells one night's or one day's events, so a mention with no time
    /// of its own takes the day told last before it in the item.
    func dayFromParagraphItem(_ mentions: inout [EventMention], sentences: [ArticleSentence], published: Day?) {
        for i in mentions.indices where mentions[i].time == nil && !mentions[i].backgroundCue {
            let s = sentences[mentions[i].sentence]
            guard let head = Self.itemHead(of: s, in: sentences) else { continue }
            let before = sentences[(head.index + 1)..<s.index].reversed()
            guard let t = before.lazy.compactMap({ p in
                TimeExpressions.find(in: p.ns, text: p.text, published: published).last(where: { $0.date != nil && $0.precision == .day && !$0.isSpeechTime })
            }).first else { continue }
            mentions[i].time = t.borrowed
            if mentions[i].trigger.wantedTime { mentions[i].strength = .report; mentions[i].trigger.strength = .report }
        }
    }

    /// "Suicide bombers killed dozens today in attacks on a recruiting drive in Ramadi and on a street near the shrine in
    /// Karbala" … "In Karbala, a bomber blew himself up": the lede's plural attacks at several towns date each town's own
    /// report told after it without a day.
    func dayFromLedeTowns(_ mentions: inout [EventMention], sentences: [ArticleSentence]) {
        // (The first report told, below the headline: a masthead line may have been taken for the lede.)
        guard let lede = mentions.first(where: { !sentences[$0.sentence].isHeadline && $0.strength == .report }), let t = lede.time,
              t.date != nil, t.precision == .day, !t.isSpeechTime, EventTriggers.isPlural(lede.trigger.word),
              !mentions.contains(where: { $0.sentence == lede.sentence && ($0.backgroundCue || $0.time.map { $0.date != t.date } == true) }) else { return }
        // (Not a town the lede measures a bearing from: "in Jabalia refugee camp, north of Gaza City".)
        let ns = sentences[lede.sentence].ns
        let towns = Set(sentences[lede.sentence].places.filter { m in
            m.entry.kind == .city && !Self.bearingOf.test(ns, window: NSRange(location: max(0, m.range.lowerBound - 60), length: m.range.lowerBound - max(0, m.range.lowerBound - 60)))
        }.map(\.entry.id))
        // "Israeli F-16 warplanes bomb Nablus and Ramallah" over "the Israeli air raids carried out on Friday against
        // Palestinian cities": a headline telling the lede's attacks names their towns.
        let headlineTowns = mentions.filter { sentences[$0.sentence].isHeadline && $0.strength == .report && $0.type == lede.type && $0.time == nil }
            .flatMap { sentences[$0.sentence].places.filter { $0.entry.kind == .city }.map(\.entry.id) }
        let all = towns.union(headlineTowns)
        guard all.count >= 2 else { return }
        for i in mentions.indices where mentions[i].time == nil && !mentions[i].backgroundCue && mentions[i].strength == .report && mentions[i].sentence > lede.sentence {
            // (The lede's own town is its own event's: what else is told there may be another side's.)
            guard let p = mentions[i].place?.entry, all.contains(p.id), p.id != lede.place?.entry.id else { continue }
            mentions[i].time = t.borrowed
        }
    }

    /// The place in capitals opening the roundup item (paragraph) that holds `s`, told before it.
    static func itemHead(of s: ArticleSentence, in sentences: [ArticleSentence]) -> ArticleSentence? {
        guard s.paragraph >= 0, let head = sentences.first(where: { $0.paragraph == s.paragraph }), head.index < s.index,
              head.text.utf16.count <= 32, capsHead.test(head.ns) else { return nil }
        return head
    }
    /// "General Santos City, about 6:30 p.m." over the paragraph that tells what happened there: a short head line of
    /// its own, right above the paragraph, below the lede (not a sentence of report: no attack word, at most eight words).
    static func sectionHead(of s: ArticleSentence, in sentences: [ArticleSentence]) -> ArticleSentence? {
        guard s.paragraph > 0, let first = sentences.firstIndex(where: { $0.paragraph == s.paragraph }), first > 0 else { return nil }
        let h = sentences[first - 1]
        guard h.paragraph == s.paragraph - 1, first < 2 || sentences[first - 2].paragraph != h.paragraph,
              h.text.utf16.count <= 60, h.words.count <= 8, !h.folded.hasAny(EventTriggers.stemList),
              // (Below the lede: a short line above it is the page's masthead, menu or byline.)
              sentences[..<h.index].contains(where: { $0.isLede }),
              // (Nor a dateline joined to its outlet: "Dammam - Al-Yaum".)
              ![" - ", " – ", " — ", "|"].contains(where: { h.text.contains($0) }) else { return nil }
        return h
    }
    static let capsHead = Rx(#"^\p{Lu}[\p{Lu}\s'’-]{2,30}[.:]?$"#, caseInsensitive: false)

    // MARK: - Sentences

    /// Short lines that cleaning kept above the report ("Mehr News Agency", "News ID: 1927734") are not its lede: the
    /// body's news starts at its first sentence of prose (lines above it stay, for the stamps and entry heads they hold).
    static func fromLede(_ sentences: [ArticleSentence]) -> [ArticleSentence] {
        var out = sentences
        if let lede = out.firstIndex(where: { !$0.isHeadline && isProse($0.text) }) ?? out.firstIndex(where: { !$0.isHeadline }) { out[lede].isLede = true }
        return out
    }

    /// Six words or more: a sentence of report, not an outlet's name, a label or an id line.
    static func isProse(_ text: String) -> Bool {
        // ("By Dow Jones Newswires staff, with contributions from Baghdad", "(Updates toll, adds Ramadi attack.)": a
        // byline and a wire desk's note above the lead are no lede.)
        if Boilerplate.isByline(text) || text.hasPrefix("(") && (text.hasSuffix(")") || text.hasSuffix(".)")) { return false }
        var words = 0, inWord = false
        for u in text.utf8 {
            let space = u == 32 || u == 9 || u == 10
            if !space, !inWord { words += 1; if words >= 6 { return true } }
            inWord = !space
        }
        return false
    }

    /// A digest's headline tells two stories joined by a semicolon ("woman killed in Ra'anana ramming spree; two
    /// killed by missile in Kfar Yuval"): each part with an attack word of its own is a headline of its own.
    /// ("47 martyrs in Tahrir Square suicide bombing, 20 soldiers killed in Mukalla": so is a comma followed by a count
    /// whose part places its own event, "in" or "at" a capitalised name.)
    static func headlineParts(_ u: [UInt16]) -> [NSRange] {
        var cuts: [Int] = []
        for i in 0..<max(0, u.count - 1) where u[i] == 59 && u[i + 1] == 32 { cuts.append(i) }
        if cuts.isEmpty {
            // " in X" / " at X" with X capitalised, inside u[lo..<hi].
            func placed(_ lo: Int, _ hi: Int) -> Bool {
                var j = lo
                while j + 4 < hi {
                    if u[j] == 32, u[j + 1] == 105 && u[j + 2] == 110 || u[j + 1] == 97 && u[j + 2] == 116, u[j + 3] == 32, u[j + 4] &- 65 < 26 { return true }
                    j += 1
                }
                return false
            }
            for i in 0..<max(0, u.count - 2) where u[i] == 44 && u[i + 1] == 32 && u[i + 2] &- 48 < 10 && placed(0, i) && placed(i + 1, u.count) { cuts.append(i) }
        }
        guard !cuts.isEmpty else { return [NSRange(location: 0, length: u.count)] }
        var parts: [NSRange] = []
        var start = 0
        for c in cuts + [u.count] {
            parts.append(NSRange(location: start, length: c - start))
            start = c + 2
        }
        // (A part after a comma may tell its event by its toll alone: "20 soldiers killed in Mukalla".)
        let eventful = parts.allSatisfy { r in
            let f = Folded(String(utf16Units: u[r.location..<(r.location + r.length)]))
            return f.hasAny(EventTriggers.stemList) || u[cuts[0]] == 44 && ["killed", "dead", "martyr", "wounded", "injured"].contains(where: f.has)
        }
        return eventful ? parts : [NSRange(location: 0, length: u.count)]
    }

    func segment(_ article: Article) -> [ArticleSentence] {
        var units: [(Int, String)] = []
        let paragraphs = article.paragraphs.map(MarkdownText.plain)
        let title = article.title.trimmingCharacters(in: .whitespaces)
        let titleStem = title.hasSuffix("…") ? String(title.dropLast()) : title
        if !title.isEmpty, !(paragraphs.first?.hasPrefix(titleStem) ?? false) { units.append((-1, title)) }
        for (i, p) in paragraphs.enumerated() where !p.isEmpty { units.append((i, p)) }

        // One KB scan over the whole text, then mentions are handed to their sentences. Each paragraph's UTF-16
        // units are read once: the splitter, the sentence texts and the name scan all work on them.
        var joined = ""
        var joinedUnits: [UInt16] = []
        var sentenceSpans: [(paragraph: Int, start: Int, text: String)] = []
        for (pi, text) in units {
            let base = joinedUnits.count
            let paragraphUnits = Array(text.utf16)
            let ranges = pi < 0 ? Self.headlineParts(paragraphUnits) : SentenceSplitter.split(units: paragraphUnits)
            for r in ranges {
                let sentence = paragraphUnits[r.location..<(r.location + r.length)]
                let text = sentence.withUnsafeBufferPointer { String(wellFormedUTF16: $0) } ?? (text as NSString).sub(r)
                sentenceSpans.append((pi, base + r.location, text))
            }
            joined += text + "\n\n"
            joinedUnits += paragraphUnits
            joinedUnits += [10, 10]
        }
        let found = knowledge.mentions(inUnits: joinedUnits)
        let datelinePlaces = article.dateline.map(knowledge.gazetteer.mentions(in:)) ?? []
        let named = Self.withoutSitesOfElsewhere(Self.squaresOfElsewhere(found.places, dateline: datelinePlaces, gazetteer: knowledge.gazetteer).filter { !Self.startsLongerName($0, joinedUnits) && !Self.endsLongerName($0, joinedUnits) && !Self.namesStreet($0, joinedUnits) && !Self.namesShipOrPerson($0, joinedUnits) && !Self.namesStateActing($0, joinedUnits, knowledge.gazetteer) },
                                                 joinedUnits, gazetteer: knowledge.gazetteer)
        let resolved = knowledge.gazetteer.withoutStrayWorldTowns(knowledge.gazetteer.withoutStrayNeighbourTowns(knowledge.gazetteer.withoutStrayWiderTowns(
            knowledge.gazetteer.preferringTextCountry(Self.withoutStrayCommonNouns(named, joinedUnits)))))
        let places = Self.withUnnamedCapital(Self.provinceNamedLikeTown(Self.countrysideAsProvince(Self.withoutStrayAliasVillages(resolved, joinedUnits),
                                                                          in: joined, gazetteer: knowledge.gazetteer), in: joined, gazetteer: knowledge.gazetteer),
                                             joinedUnits, dateline: datelinePlaces, gazetteer: knowledge.gazetteer)
        let actors = Self.shortFormsReferBack(Self.withoutBuildingNames(found.actors, joinedUnits))
        var out: [ArticleSentence] = []
        var pi = 0, ai = 0
        for (i, span) in sentenceSpans.enumerated() {
            // An NSString holding the text as is: `NSString(characters:length:)` only decoded its units back into
            // the same Swift string.
            let ns = NSString(string: span.text)
            var s = ArticleSentence(index: i, paragraph: span.paragraph, text: span.text, ns: ns)
            let end = span.start + ns.length
            while pi < places.count, places[pi].range.lowerBound < span.start { pi += 1 }
            while pi < places.count, places[pi].range.upperBound <= end {
                var m = places[pi]; m.range = (m.range.lowerBound - span.start)..<(m.range.upperBound - span.start); s.places.append(m); pi += 1
            }
            while ai < actors.count, actors[ai].range.lowerBound < span.start { ai += 1 }
            while ai < actors.count, actors[ai].range.upperBound <= end {
                var m = actors[ai]; m.range = (m.range.lowerBound - span.start)..<(m.range.upperBound - span.start); s.actors.append(m); ai += 1
            }
            out.append(s)
        }
        return out
    }

    /// "the US embassy in Nairobi", "the US embassy in Beirut": an installation named by a generic alias and then
    /// placed by "in" in another country is that town's installation, not the listed one (the gazetteer's "US
    /// embassy" is Baghdad's). The town after "in" stays.
    static func withoutSitesOfElsewhere(_ found: [Mention<Place>], _ u: [UInt16], gazetteer: Gazetteer) -> [Mention<Place>] {
        guard found.contains(where: { $0.entry.kind == .site }) else { return found }
        var drop = Set<Int>()
        for (i, m) in found.enumerated() where m.entry.kind == .site && i + 1 < found.count {
            let next = found[i + 1], gap = next.range.lowerBound - m.range.upperBound
            guard gap == 4 || gap == 8, next.entry.kind != .site else { continue }
            let between = String(decoding: u[m.range.upperBound..<next.range.lowerBound], as: UTF16.self).lowercased()
            guard between == " in " || between == " in the " else { continue }
            // Another country only: "the Khor Mor gas field in Chamchamal district" may name a district the table files
            // the field under differently.
            if let c = next.entry.country, let own = m.entry.country, c != own { drop.insert(i) }
        }
        return drop.isEmpty ? found : found.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// "Hours later a bomb went off in the capital": the capital of the country the report is about (its dateline's, else
    /// the one its places name most), unless a name follows ("the capital, Kabul", "the capital Sanaa", "the capital of
    /// Helmand") or the report speaks of provincial capitals, where "the capital" may be a province's.
    static func withUnnamedCapital(_ places: [Mention<Place>], _ u: [UInt16], dateline: [Mention<Place>], gazetteer: Gazetteer) -> [Mention<Place>] {
        let needle = Array("the capital".utf16)
        func lower(_ c: UInt16) -> UInt16 { c &- 65 < 26 ? c | 0x20 : c }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < u.count && (lower(u[i]) &- 97 < 26) }
        func matches(_ word: [UInt16], at i: Int) -> Bool { i >= 0 && i + word.count <= u.count && word.indices.allSatisfy { lower(u[i + $0]) == word[$0] } }
        var hits: [Int] = []
        var named: [(Int, Int, Place)] = []
        let demonymCapital = Array(" capital".utf16)
        var i = 0
        while i + needle.count <= u.count {
            if lower(u[i]) == 116, matches(needle, at: i), !isLetter(i - 1), !isLetter(i + needle.count) { hits.append(i) }
            // "the Iraqi capital", "the Sri Lankan capital": the capital of the country the adjective names.
            else if u[i] == 32, matches(demonymCapital, at: i), !isLetter(i + demonymCapital.count),
                    let hit = demonymCapitalAt(i, u, gazetteer: gazetteer) { named.append(hit) }
            i += 1
        }
        guard !hits.isEmpty || !named.isEmpty else { return places }
        // A name after it ("the capital Sanaa", "the capital, Kabul", "the Somali capital, Mogadishu") is matched already.
        func nameFollows(_ end: Int) -> Bool {
            var j = end
            if j < u.count, u[j] == 44 { j += 1 }
            return j + 1 < u.count && u[j] == 32 && u[j + 1] &- 65 < 26
        }
        var out = places
        for (start, end, capital) in named where !places.contains(where: { $0.range.lowerBound < end && $0.range.upperBound > start }) && !nameFollows(end) {
            out.append(Mention(entry: capital, text: String(utf16Units: u[start..<end]), range: start..<end))
        }
        guard !hits.isEmpty else { return out.sorted { $0.range.lowerBound < $1.range.lowerBound } }
        // Searched in the units themselves, like "the capital" (no lower-cased copy of the whole report).
        let provincial = ["provincial capital", "regional capital", "state capital", "district capital"].map { Array($0.utf16) }
        guard !u.indices.contains(where: { i in lower(u[i]) &- 100 < 16 && provincial.contains { matches($0, at: i) } }) else { return places }
        let of = Array(" of ".utf16)
        guard let country = dateline.first(where: { $0.entry.country != nil })?.entry.country ?? mostNamedCountry(places.filter { $0.entry.kind != .site }),
              let capital = gazetteer.capital(of: country) else { return out.sorted { $0.range.lowerBound < $1.range.lowerBound } }
        for h in hits {
            let end = h + needle.count
            // A name after it, or "the capital of …".
            if nameFollows(end) || matches(of, at: end) { continue }
            if places.contains(where: { $0.range.lowerBound < end && $0.range.upperBound > h }) { continue }
            out.append(Mention(entry: capital, text: String(utf16Units: u[(h + 4)..<end]), range: (h + 4)..<end))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "the Iraqi capital", "the Sri Lankan capital" (one or two words after "the"), with its " capital" at `i`: the span of
    /// "capital" (lower case, so the place keeps the gazetteer's name) and the country's capital.
    static func demonymCapitalAt(_ i: Int, _ u: [UInt16], gazetteer: Gazetteer) -> (Int, Int, Place)? {
        let b0 = max(0, i - 24)
        let before = String(utf16Units: u[b0..<i])
        for words in [2, 1] {
            let parts = before.split(separator: " ", omittingEmptySubsequences: false).suffix(words + 1)
            guard parts.count == words + 1, parts.first?.lowercased() == "the" else { continue }
            let adjective = parts.dropFirst().joined(separator: " ")
            guard let country = Gazetteer.demonyms[adjective], let capital = gazetteer.capital(of: country) else { continue }
            return (i + 1, i + 8, capital)
        }
        return nil
    }

    /// The country whose places the mentions name most (the first named of those tied).
    static func mostNamedCountry(_ places: [Mention<Place>]) -> String? {
        var count: [String: Int] = [:]
        for m in places { if let c = m.entry.country { count[c, default: 0] += 1 } }
        let most = count.values.max() ?? 0
        return places.first(where: { $0.entry.country.map { count[$0] == most } ?? false })?.entry.country
    }

    /// "Tahrir Square in the heart of the capital" in a report on Sanaa: Baghdad, Cairo and Sanaa each have a Tahrir
    /// Square, so a listed square is that one only when the report is about its country: it names that country or one of
    /// its provinces, or names its towns at least as often as any other country's (or names nothing else). Otherwise it
    /// is the square of a town of the report's country named just before it, else of the dateline's town, else of the
    /// capital.
    static func squaresOfElsewhere(_ found: [Mention<Place>], dateline: [Mention<Place>], gazetteer: Gazetteer) -> [Mention<Place>] {
        func isSquare(_ p: Place) -> Bool { p.kind == .site && p.name.hasSuffix(" Square") && !UnlistedPlace.isUnlisted(p) }
        guard found.contains(where: { isSquare($0.entry) }) else { return found }
        let others = found.filter { !isSquare($0.entry) }
        guard !others.isEmpty else { return found }
        var count: [String: Int] = [:]
        for m in others { if let c = m.entry.country { count[c, default: 0] += 1 } }
        let most = count.values.max() ?? 0
        // The country the report is about, and its town.
        guard let focus = mostNamedCountry(others) else { return found }
        var towns: [String: (Place, Int)] = [:]
        for m in others where m.entry.kind == .city && m.entry.country == focus { towns[m.entry.id, default: (m.entry, 0)].1 += 1 }
        let reportTown = dateline.first(where: { $0.entry.kind == .city && $0.entry.country == focus })?.entry
            ?? gazetteer.capital(of: focus)
            ?? towns.values.max(by: { ($0.1, $1.0.id) < ($1.1, $0.0.id) })?.0
        return found.map { m in
            guard isSquare(m.entry), let c = m.entry.country,
                  !others.contains(where: { $0.entry.country == c && ($0.entry.kind == .country || $0.entry.kind == .admin1) }), count[c, default: 0] < most
            else { return m }
            // "In Sana'a, a suicide bomber … at the entrance of Tahrir Square": a town of the report's country named just before.
            let host = others.last(where: { $0.entry.kind == .city && $0.entry.country == focus && $0.range.upperBound <= m.range.lowerBound
                                             && m.range.lowerBound - $0.range.upperBound <= 150 })?.entry ?? reportTown
            let place = Place(id: UnlistedPlace.idPrefix + Slug.make(m.entry.name + " " + (host?.name ?? focus)), name: m.entry.name, kind: .site,
                              parent: host?.id ?? gazetteer.place(named: focus)?.id, admin1: host?.admin1, country: focus)
            return Mention(entry: place, text: m.text, range: m.range)
        }
    }

    /// "the village of Sadd al-Radhwa", "Basta al-Fawqa": a listed name followed by an Arabic article joined to a
    /// capitalised word is the first word of a longer name (a Qatari town called Sadd is not that village).
    static func startsLongerName(_ m: Mention<Place>, _ u: [UInt16]) -> Bool {
        // "Gulshan-e-Iqbal Park", "Darya-i-Noor": the first word of a name joined by a Persian or Urdu link is no town.
        if m.range.upperBound + 4 <= u.count, u[m.range.upperBound] == 45,
           linkedNameAfter.test(String(utf16Units: u[m.range.upperBound..<min(u.count, m.range.upperBound + 8)]) as NSString) { return true }
        var i = m.range.upperBound
        guard i + 4 < u.count, u[i] == 32 else { return false }
        i += 1
        var letters = 0
        while i < u.count, u[i] >= 97, u[i] <= 122, letters < 4 { i += 1; letters += 1 }
        guard letters >= 2, i + 1 < u.count, u[i] == 45 || u[i] == 0x2011, u[i + 1] >= 65, u[i + 1] <= 90 else { return false }
        let particle = String(utf16Units: u[(m.range.upperBound + 1)..<i])
        return ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "et", "ez", "ul"].contains(particle)
    }

    /// "Please avoid Syria Street", "on Baghdad Street in Damascus": a street named after a town or country is not that
    /// place, and must not count for the country a report is about (it would move an ambiguous "Tripoli" to Libya); nor
    /// is an outlet named after one ("Aden Now", "the Baghdad Post").
    static func namesStreet(_ m: Mention<Place>, _ u: [UInt16]) -> Bool {
        guard m.entry.kind != .site else { return false }
        let end = m.range.upperBound
        guard end + 3 < u.count, u[end] == 32 else { return false }
        let tail = String(decoding: u[(end + 1)..<min(u.count, end + 11)], as: UTF16.self)
        // ("Military source to Aden Now:", "the Baghdad Post reported": an outlet named after its town.)
        // ("the historic Mecca Masjid" in Hyderabad: a mosque named after a town.)
        for word in ["Street", "St.", "Avenue", "Ave.", "Boulevard", "Blvd", "Now", "News", "TV", "Post", "Times", "Radio", "Online", "Herald", "Tribune", "Masjid"] where tail.hasPrefix(word) {
            guard let next = tail.dropFirst(word.count).unicodeScalars.first else { return true }
            if !CharacterSet.letters.contains(next) { return true }
        }
        return false
    }

    /// "since Washington's retaliatory raids on Friday", "Tehran's missile attack on Israel": a capital's possessive before
    /// an attack word names the state that acted, not where it happened.
    static func namesStateActing(_ m: Mention<Place>, _ u: [UInt16], _ gazetteer: Gazetteer) -> Bool {
        guard m.entry.kind == .city, let c = m.entry.country, gazetteer.capital(of: c)?.id == m.entry.id else { return false }
        let end = m.range.upperBound
        guard end + 3 < u.count, u[end] == 39 || u[end] == 0x2019, u[end + 1] == 115, u[end + 2] == 32 else { return false }
        let tail = String(decoding: u[(end + 3)..<min(u.count, end + 45)], as: UTF16.self)
        return Words.of(tail, limit: 3).contains(where: stateActs.contains)
    }
    static let stateActs: Set<String> = ["raids", "raid", "strikes", "strike", "airstrikes", "attack", "attacks", "retaliation", "retaliatory", "offensive", "bombing", "bombardment", "missile", "missiles", "response"]

    /// "HMS Richmond shot down two drones", "the General Santander police academy": a town's name after a ship prefix,
    /// a rank or title, or an initial names a ship or a person (and what is named after them), not the town.
    static func namesShipOrPerson(_ m: Mention<Place>, _ u: [UInt16]) -> Bool {
        let at = m.range.lowerBound
        guard m.entry.kind != .country, at >= 3, u[at - 1] == 32 else { return false }
        var i = at - 1
        while i > 0, u[i - 1] != 32, u[i - 1] != 10 { i -= 1 }
        guard at - 1 - i <= 10 else { return false }
        // ("the John F. Kennedy Presidential Library": a middle initial makes the name a person's surname.)
        if at - 1 - i == 2, u[i] >= 65, u[i] <= 90, u[i + 1] == 46 { return true }
        return shipOrTitle.contains(String(decoding: u[i..<(at - 1)], as: UTF16.self))
    }
    static let shipOrTitle: Set<String> = ["HMS", "USS", "USNS", "HMCS", "HMAS", "HMNZS", "INS", "PNS", "FS", "ITS", "HNLMS", "KRI",
                                           "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Captain", "Capt.", "Major", "Maj.",
                                           "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Marshal", "President", "Mr", "Mr.", "Mrs", "Mrs.", "Dr."]

    /// "close to the Husseiniya and a bakery" in a report about Beirut: a town name after "the" (a common noun that is
    /// also some town's name: a husseiniya is a Shia hall), in a country the report names nowhere else while it names
    /// places elsewhere, is not that town.
    static func withoutStrayCommonNouns(_ found: [Mention<Place>], _ u: [UInt16]) -> [Mention<Place>] {
        func afterThe(_ m: Mention<Place>) -> Bool {
            let at = m.range.lowerBound
            guard at >= 4, u[at - 1] == 32, u[at - 2] | 0x20 == 101, u[at - 3] | 0x20 == 104, u[at - 4] | 0x20 == 116 else { return false }
            return at == 4 || !(u[at - 5] | 0x20 >= 97 && u[at - 5] | 0x20 <= 122)
        }
        return found.filter { m in
            guard m.entry.kind == .city, let c = m.entry.country, afterThe(m) else { return true }
            let supported = found.contains { $0.entry.country == c && $0.entry.id != m.entry.id }
            let elsewhere = found.contains { $0.entry.country.map { $0 != c } ?? false }
            return supported || !elsewhere
        }
    }

    /// "the Badr mosque", "the King Fahd Hospital", "Hezbollah Street": a building or street named after a group or a person
    /// is a place, not that actor.
    /// (Read unit by unit, folding ASCII case: most mentions are followed by no such noun.)
    static func withoutBuildingNames(_ found: [Mention<Actor>], _ u: [UInt16]) -> [Mention<Actor>] {
        func nounAt(_ start: Int) -> Bool {
            buildingNounsAfterName.contains { noun in
                let end = start + noun.count
                guard end <= u.count, zip(u[start..<end], noun).allSatisfy({ $0 | 0x20 == $1 }) else { return false }
                return end == u.count || !(u[end] | 0x20 >= 97 && u[end] | 0x20 <= 122)
            }
        }
        return found.filter { m in
            let end = m.range.upperBound
            return !(end + 4 < u.count && u[end] == 32 && nounAt(end + 1))
        }
    }
    static let buildingNounsAfterName: [[UInt16]] = ["mosque", "church", "cathedral", "hospital", "school", "street", "square", "hotel", "university", "stadium", "bridge", "roundabout"]
        .map { Array($0.utf16) }

    /// "the village of Mastaba" in a report on Yemen's Hajjah: a village or district named by another spelling of a
    /// foreign town (Jordan's Mastabah), whose country the report names nowhere else, is a place the gazetteer lacks.
    /// Once so named, the same spelling elsewhere in the report ("the Mastaba market") is that village too.
    static func withoutStrayAliasVillages(_ found: [Mention<Place>], _ u: [UInt16]) -> [Mention<Place>] {
        func byAlias(_ m: Mention<Place>) -> Bool { m.entry.kind == .city && Gazetteer.nameKey(m.text) != Gazetteer.nameKey(m.entry.name) }
        var stray = Set<String>()
        for m in found where byAlias(m) && !stray.contains(Gazetteer.nameKey(m.text)) {
            guard let c = m.entry.country else { continue }
            let b0 = max(0, m.range.lowerBound - 16), a1 = min(u.count, m.range.upperBound + 16)
            let before = String(utf16Units: u[b0..<m.range.lowerBound]).lowercased(), after = String(utf16Units: u[m.range.upperBound..<a1]).lowercased()
            guard Self.villageNounBefore.contains(where: { before.hasSuffix($0) }) || Self.villageNounAfter.contains(where: { after.hasPrefix($0) }) else { continue }
            let supported = found.contains { $0.entry.country == c && $0.entry.id != m.entry.id }
            let elsewhere = found.contains { $0.entry.country.map { $0 != c } ?? false }
            if !supported && elsewhere { stray.insert(Gazetteer.nameKey(m.text)) }
        }
        return stray.isEmpty ? found : found.filter { !(byAlias($0) && stray.contains(Gazetteer.nameKey($0.text))) }
    }
    static let villageNounBefore = ["village of ", "town of ", "hamlet of ", "district of ", "locality of "]
    /// ("in al-Mazraa neighbourhood in Damascus": a quarter named like Jordan's Mazra'a is a quarter too; "the al-Salam
    /// mosque" in Tripoli is a mosque, not Oman's Saham.)
    static let villageNounAfter = [" district", " village", " sub-district", " subdistrict", " neighbourhood", " neighborhood", " quarter", " suburb",
                                   " mosque", " church", " hospital", " school"]

    /// "the village of Imam Wais": a listed name that ends a longer capitalised name told after a place noun is the
    /// last word of that name (an Iranian town called Wais is not that village).
    /// Countries whose place names are written with an Arabic article ("al-", "el-") as often as without it.
    static let arabicArticleCountries: Set<String> = ["Iraq", "Syria", "Jordan", "Kuwait", "Lebanon", "Saudi Arabia", "Yemen", "Oman", "United Arab Emirates",
        "Qatar", "Bahrain", "Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan", "Palestine", "Palestinian Territory", "Israel", "Mauritania",
        "Somalia", "Djibouti", "Chad", "Iran", "Turkey"]
    static func endsLongerName(_ m: Mention<Place>, _ u: [UInt16]) -> Bool {
        let at = m.range.lowerBound
        // "al-Kindi hospital": the name of a town of a country whose names take no Arabic article, after such an article,
        // is part of another name (Burkina Faso's Kindi is not Baghdad's al-Kindi hospital).
        if m.entry.kind == .city || m.entry.kind == .site, let c = m.entry.country, !arabicArticleCountries.contains(c), at >= 3, u[at - 1] == 45 || u[at - 1] == 0x2011,
           u[at - 2] | 0x20 == 108, u[at - 3] | 0x20 == 97 || u[at - 3] | 0x20 == 101, at == 3 || !(u[at - 4] | 0x20 >= 97 && u[at - 4] | 0x20 <= 122) { return true }
        guard at >= 12, u[at - 1] == 32, u[at - 2] >= 97, u[at - 2] <= 122 else { return false }
        let b0 = max(0, at - 70)
        let before = String(utf16Units: u[b0..<at]) as NSString
        guard let r = longerNameBefore.first(before), r.has(1) else { return false }
        let first = before.sub(r.range(at: 1)).asciiLower
        return !UnlistedPlace.notNames.contains(first)
    }
    static let longerNameBefore = Rx(#"\b(?:village|town|hamlet|locality)\s+of\s+([A-Z][\p{L}’'-]+)\s+(?:[A-Z][\p{L}’'-]+\s+)?$"#, caseInsensitive: false,
                                     anchors: ["village", "town", "hamlet", "locality"])

    /// "the Islamic Resistance in Lebanon announced … Earlier, the Islamic Resistance said it targeted a tank": a name
    /// that is the first words of a fuller name told before in the article is that actor, even when the short name
    /// alone would be another's alias (Iraq's umbrella group of the same short name).
    static func shortFormsReferBack(_ actors: [Mention<Actor>]) -> [Mention<Actor>] {
        guard actors.count > 1 else { return actors }
        var out = actors
        // Each name's words once (the pairs below are quadratic in the article's mentions; re-splitting them was 6% of extraction).
        let words = actors.map { $0.text.asciiLower.split(separator: " ") }
        for i in out.indices.dropFirst() {
            let short = words[i]
            guard short.count >= 2 else { continue }
            for j in stride(from: i - 1, through: 0, by: -1) {
                let long = words[j]
                guard long.count > short.count, long.starts(with: short) else { continue }
                if actors[j].entry.id != out[i].entry.id { out[i].entry = actors[j].entry }
                break
            }
        }
        return out
    }

    static let countrysideStems = WordList(["countryside", "rural ", "desert"])
    /// "Homs's eastern countryside", "the Hama northern countryside" (read after a town name; compiled once, like
    /// every pattern of the extractor, instead of a Foundation regex per call).
    static let directionalCountryside = Rx(#"^(?:'s|’s)? (?:northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern) countryside"#, anchors: ["countryside"])
    /// "military positions in the Hama countryside", "a village in the countryside of Dêrik", "rural Idlib", "the
    /// Deir Ezzor desert": the area around a town, not the town; the town's province stands for it (a village named there may refine it).
    static func countrysideAsProvince(_ found: [Mention<Place>], in text: String, gazetteer: Gazetteer) -> [Mention<Place>] {
        guard Folded(text).hasAny(countrysideStems) else { return found }
        let ns = text as NSString
        return found.map { m in
            guard m.entry.kind == .city else { return m }
            let end = m.range.upperBound
            let after = ns.sub(NSRange(location: end, length: min(24, ns.length - end))).asciiLower
            let b0 = max(0, m.range.lowerBound - 30)
            let before = ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0)).asciiLower
            let around = after.hasPrefix(" countryside") || after.hasPrefix("'s countryside") || after.hasPrefix("’s countryside")
                || directionalCountryside.test(after as NSString)
                || before.hasSuffix("countryside of ") || before.hasSuffix("countryside of the ") || before.hasSuffix("rural ")
            // "in the Deir Ezzor desert", "the desert of Homs": the open country of the province, not the town.
            let desert = after.hasPrefix(" desert") || before.hasSuffix("desert of ") || before.hasSuffix("deserts of ")
            guard around || desert, let province = gazetteer.ancestors(of: m.entry).first(where: { $0.kind == .admin1 }) else { return m }
            // "Al-Mayadin desert" is the desert by that town; "the Deir Ezzor desert" is the province named like its capital.
            if !around, province.name.asciiLower != m.entry.name.asciiLower { return m }
            // "villages in the countryside of X and Y": two towns' surroundings, each told by its town (one incident
            // per town); the province would merge them.
            if before.hasSuffix("countryside of ") || before.hasSuffix("countryside of the "),
               found.contains(where: { o in
                   guard o.entry.kind == .city, o.range.lowerBound > end, o.range.lowerBound - end <= 6 else { return false }
                   let gap = ns.sub(NSRange(location: end, length: o.range.lowerBound - end)).asciiLower
                   return gap == " and " || gap == ", " || gap == " and the " || gap == " or "
               }) { return m }
            var r = m
            r.entry = province
            return r
        }
    }

    /// A province joined by "and" or a comma to another province of the sentence ("Tehran, Khuzestan and Ilam").
    static func inProvinceList(_ p: Mention<Place>, _ places: [Mention<Place>], _ ns: NSString) -> Bool {
        p.entry.kind == .admin1 && places.contains { $0.entry.kind == .admin1 && $0.entry.id != p.entry.id && (joinedByAnd(ns, p, $0) || joinedByAnd(ns, $0, p)) }
    }

    static let provinceStems = WordList(["province", "governorate", "region"])
    /// A name's key without its Arabic article: the province "Al-Bayda" is named like the town "Bayda".
    static func withoutArticle(_ name: String) -> String {
        let k = Gazetteer.nameKey(name)
        return k.hasPrefix("al ") || k.hasPrefix("el ") ? String(k.dropFirst(3)) : k
    }
    static let provinceListHead = Rx(#"\b(?:provinces?|governorates?)\s+of\s+$"#, anchors: ["province", "governorate"])

    /// "Hakkari province", "the Riyadh Region" (Saudi provinces are regions), "the provinces of Tehran, Khuzestan and Ilam": a town's name told as a province is the
    /// province of that name (the gazetteer prefers the town for a bare name). Only a province named like the town:
    /// "Mosul, Nineveh province" keeps the town.
    static func provinceNamedLikeTown(_ found: [Mention<Place>], in text: String, gazetteer: Gazetteer) -> [Mention<Place>] {
        let found = smallTownNamedLikeItsProvince(found, gazetteer: gazetteer)
        guard Folded(text).hasAny(provinceStems) else { return found }
        let ns = text as NSString
        return found.enumerated().map { i, m in
            guard m.entry.kind == .city,
                  let province = gazetteer.ancestors(of: m.entry).first(where: { $0.kind == .admin1 }),
                  Self.withoutArticle(province.name) == Self.withoutArticle(m.entry.name) else { return m }
            let end = m.range.upperBound
            var told = provinceAfter.test(ns, window: NSRange(location: end, length: min(14, ns.length - end)))
            // Walk back over a list of names ("Tehran, Khuzestan and ") to the phrase that opens it.
            var start = m.range.lowerBound, j = i - 1
            while !told {
                let b0 = max(0, start - 30)
                let before = ns.sub(NSRange(location: b0, length: start - b0)) as NSString
                if provinceListHead.test(before) { told = true; break }
                guard j >= 0, start - found[j].range.upperBound <= 6 else { break }
                let gap = ns.sub(NSRange(location: found[j].range.upperBound, length: start - found[j].range.upperBound)).asciiLower
                guard gap == ", " || gap == " and " || gap == ", and " || gap == " or " else { break }
                start = found[j].range.lowerBound; j -= 1
            }
            guard told else { return m }
            var r = m
            r.entry = province
            return r
        }
    }

    /// "a Taliban attack on an army base in Balkh" in a report that also names Mazar-i-Sharif: a town named like its
    /// province, told beside a bigger town of that province, stands for the province (the province's town of that name is
    /// the smaller one; "Kandahar" beside Spin Boldak stays the city, the province's biggest).
    static func smallTownNamedLikeItsProvince(_ found: [Mention<Place>], gazetteer: Gazetteer) -> [Mention<Place>] {
        found.map { m in
            guard m.entry.kind == .city, let pop = m.entry.population,
                  let province = gazetteer.ancestors(of: m.entry).first(where: { $0.kind == .admin1 }),
                  Self.withoutArticle(province.name) == Self.withoutArticle(m.entry.name),
                  found.contains(where: { o in
                      o.entry.kind == .city && o.entry.id != m.entry.id && (o.entry.population ?? 0) > pop
                          && gazetteer.ancestors(of: o.entry).contains(where: { $0.id == province.id })
                  }) else { return m }
            var r = m
            r.entry = province
            return r
        }
    }

    // MARK: - One sentence

    /// "6:30 p.m. Baghdad time": a clock's zone, not a place.
    /// Also "the Gaza envelope", "the Lebanon border communities": the communities across a border from that place.
    static let namedGroupAfter = Rx(#"^\s+(?:Group|Brigades?|Front|Battalions?|Movement|Legion|Network)\b"#, caseInsensitive: false,
                                    anchors: ["Group", "Brigade", "Front", "Battalion", "Movement", "Legion", "Network"])
    static let zoneAfter = Rx(#"^\s+(?:time|envelope|border (?:communities|towns|villages|kibbutzim|settlements))\b"#, anchors: ["time", "envelope", "border"])
    /// "fired from the X district", "fired missiles from the direction of the Golan Heights", "fired by the Houthis from
    /// Yemen", "One rocket from southern Gaza at the border communities": where it was launched (up
    /// to the target's preposition: "fired from Syria toward the Golan Heights" names the target after "toward"; not an
    /// airliner hit "as it took off from Moi International Airport").
    static let launchZone = Rx(#"\b(?:launched|fired|shot|(?<!\bas it )(?<!\bas the plane )(?<!\bas the airliner )(?<!\bas the aircraft )(?<!\bas the jet )took off|flew|flying|coming|came|originat\w*|sent|departed|(?:rockets?|missiles?|drones?|mortars?|projectiles?|launch(?:es)?|uavs?|katyushas?)(?=\s+from\b))\s+(?:by\s+(?:[\w'’-]+\s+){1,5}?)?(?:(?:[\w-]+\s+){0,2}?from\s+the\s+direction\s+of|from)\b(?:(?!\s(?:toward|towards|at|into|against|targeting|hitting|and|struck|strikes|hit|hits|landed|lands|exploded|crashed|fell|slammed|killed|killing|wounded|wounding|damaged)\b)[^,;.])*"#, anchors: ["from"])
    /// "its warships in the Gulf and the Red Sea fired cruise missiles at the capital", "a destroyer stationed off Cyprus
    /// launched …": where the ships that fired sail (up to the firing verb).
    static let vesselZone = Rx(#"\b(?:warships?|ships?|vessels?|destroyers?|frigates?|cruisers?|submarines?|(?:aircraft\s+)?carriers?|battleships?|gunboats?)\s+(?:(?:U\.?S\.?S\.?|HMS|INS|USNS)\s+[A-Z][\w'’-]+\s+)?(?:(?:stationed|deployed|sailing|operating|positioned|cruising)\s+)?(?:in|on|off|from)\s+(?:(?!(?:fired|fire|launched|launch|began|started|shot|struck|hit|attacked|shelled|bombarded|sank|targeted|warships?|ships?|vessels?|destroyers?|frigates?|cruisers?|submarines?|carriers?|gunboats?)\b)[^,;.]){1,60}"#,
                               anchors: ["ship", "vessel", "destroyer", "frigate", "cruiser", "submarine", "carrier", "gunboat"])
    /// A launch told with no target after it ("began to launch their missiles", "launched Tomahawks.").
    static let onlyLaunchAfter = Rx(#"^\s*(?:(?:began|started|begun)\s+(?:to\s+launch|launching|firing|to\s+fire)|launched|fired)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|tomahawks?|salvos?|rockets?)\s*(?:[.;]|$)"#)
    static let vesselStems = WordList(["ship", "vessel", "destroyer", "frigate", "cruiser", "submarine", "carrier", "gunboat"])
    /// "two pumping stations on the pipeline, which transports oil from the Eastern Province to the port of Yanbu on the
    /// Red Sea, were attacked": a relative clause telling what a target is or does (a state verb, up to the next comma)
    /// names places of its description, not of the event.
    /// ("The Houthis, who have been fighting a Saudi-led coalition in Yemen for four years, said they had launched ten
    /// drones at the field": the war an actor wages, told about the actor; "JNIM, an al-Qaeda affiliate active in the
    /// Sahel, claimed the attack": where a group operates; "Islamic State, the jihadist group that controls parts of Iraq
    /// and Syria, claimed the attacks": what it holds.)
    static let describingClause = Rx(#",\s+which\s+(?:(?:also|usually|normally|still|once|now)\s+)?(?:transports?|carr(?:y|ies)|connects?|links?|runs?|lies|lay|stretch(?:es)?|borders?|overlooks?|houses?|hosts?|serves?|supplies|feeds?|pumps?|is|was|has|had)\b[^,;.]*|,\s+(?:who|which)\s+(?:have|has|had)\s+been\s+(?:fighting|battling|waging|at\s+war)\b[^,;.]*|,\s+(?:an?|the)\s+[^,;.]{0,60}?\b(?:active|operating|based|present)\s+in\b[^,;.]*|,\s+(?:an?|the)\s+[^,;.]{0,40}?\b(?:group|movement|organi[sz]ation|militia|network|affiliate|faction|outfit)\s+(?:that|which|who)\s+(?:(?:still|once|now|also)\s+)?(?:controls?|controlled|holds?|held|seized|rules?|ruled|operates?|grew|emerged|fights?|fought|is\s+fighting|has\s+fought)\b[^,;.]*"#,
                                  anchors: ["which", "who", "active in", "operating in", "based in", "present in", "group", "movement", "organi", "militia", "network", "affiliate", "faction", "outfit"])
    /// "the Ministry of Foreign Affairs in the Salhiya district, across the river from the Green Zone", "on the far
    /// bank of the Tigris from the old city": a landmark that locates the place by what lies on the other side.
    static let acrossFrom = Rx(#"\b(?:across|on the (?:other|opposite|far) (?:side|bank) of)\s+(?:the\s+)?(?:river|tigris|euphrates|nile|orontes|canal|water|bay|creek)\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$"#,
                               anchors: ["river", "tigris", "euphrates", "nile", "orontes", "canal", "water", "bay", "creek"])
    static let stationedBefore = Rx(#"\b(?:stationed|positioned|entrenched|deployed|based)\s+(?:in|at|near|on|around)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$"#,
                                    anchors: ["stationed", "positioned", "entrenched", "deployed", "based"])
    /// "in northern Babil", "near the town of X", "at X airport": a place named as where something is.
    /// "hitting several targets …, including the X neighbourhood": a list of places hit is locative too.
    static let locativeBefore = Rx(#"\b(?:in|at|near|on|outside|inside|around|across|over|into|of|from|including)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$"#)
    /// A capital or country standing for its government ("Washington blames", "Tehran denied").
    /// Also a possessive naming what a state does or has ("Ankara's offensive", "Tehran's proxies", "Damascus's
    /// forces", "Israel's military campaign"): the capital or country stands for its government there too ("Oslo's
    /// government district", "Damascus's military airport" are places in the town).
    static let metonymAfter = Rx(#"^(?:['’]s)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:said|says|blames?|blamed|accused|accuses|denied|denies|condemned|condemns|announced|warned|insist\w*|rejected|vowed|wants|urged|called|considers|believes|has\s+said)\b|^['’]s?\s+(?:(?:ongoing|military|ground|air|cross-border|latest|new|own|regional|allied|armed)\s+){0,2}(?:offensives?|incursions?|operations?|campaigns?|proxies|proxy|allies|forces|troops|army|military|government|regime|warplanes|jets|drones|retaliation|officials|ambassador|envoy|foreign ministry|defen[cs]e ministry|policy|intervention|onslaught|veto|vetoes|decision|stance|position on|support for|backing of)\b(?!\s+(?:district|quarter|complex|compound|buildings?|headquarters|offices?|zone|palace|airport|air\s+base|base|barracks|hospital)\b)"#, anchors: ["said", "says", "blame", "accuse", "denied", "denies", "condemn", "announced", "warned", "insist", "rejected", "vowed", "wants", "urged", "called", "considers", "believes", "offensive", "incursion", "operation", "campaign", "prox", "allies", "forces", "troops", "army", "military", "government", "regime", "warplanes", "jets", "drones", "retaliation", "officials", "ambassador", "envoy", "ministry", "policy", "intervention", "onslaught", "veto", "decision", "stance", "position on", "support for", "backing of"])
    /// "Washington struck three Kataib Hezbollah facilities", "a claim Tehran did not confirm": the capital of a state
    /// that strikes abroad, as the subject of what the state did. Only these capitals: Baghdad, Damascus or Beirut
    /// "struck" in a headline is the target ("Baghdad targeted again").
    static let actingCapitals: Set<String> = ["washington", "tehran", "ankara", "moscow", "london", "paris", "riyadh", "amman", "abu dhabi"]
    static let capitalActsAfter = Rx(#"^\s+(?:(?:has|have|had|also|later|then|quickly)\s+)?(?:struck|strikes|launched|launches|carried out|carries out|bombed|targeted|fired|retaliated|responded|hit back|(?:did|does|has|have|had|would|will|could)\s+not|(?:did|does|has|have|had|would|will|could)n['’]t)\b(?!\s+by\b)"#,
                                     anchors: ["struck", "strikes", "launch", "carrie", "bombed", "targeted", "fired", "retaliated", "responded", "hit back", "not", "n't", "n’t"])
    /// "correspondent in", "reporter based in", "according to (the)": a place named as a source's seat or name.
    /// "a 24-year-old also from X", "two brothers, both from X", "aged 23 and 21, from X and Y", "a married father from
    /// X", "sailors on leave from the X base": where people come from ("a gunman who had returned from Syria": where they
    /// came back from; "passengers of a flight from Manila": where a trip began).
    static let originBefore = Rx(#"\b(?:man|men|woman|women|boys?|girls?|residents?|natives?|youths?|teenagers?|israelis|palestinians|arabs|bedouins?|gunm[ae]n|attackers?|assailants?|bombers?|shooters?|suspects?|perpetrators?|brothers|famil(?:y|ies)|pilgrims?|worshipp?ers|passengers|travell?ers|labou?rers|workers|\d+-year-olds?|flights?|ferry|ferries|coach(?:es)?|originally|hailing|hails|hailed|returned|returning|come back|came back|deported|repatriated|fathers?|mothers?|husbands?|wife|wives|sons?|daughters?|sappers?|leave|home|aged\s+\d+(?:\s+and\s+\d+)?|(?:many|most|some|all|several|one|two|three)\s+of\s+them),?\s+(?:(?:also|both|all|too|each|mostly|mainly)\s+)?from\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:town|city|village|area|camp|region|district|neighbou?rhood)\s+of\s+)?(?:[A-Z][\w'’-]+\s+(?:and|or)\s+)?$"#,
                                 anchors: [" from"])
    /// A cleric's title or see up to the name: "Patriarch of", "the Archdiocese of", "Grand Mufti of".
    static let clericOfBefore = Rx(#"\b(?:[Pp]atriarch(?:ate)?|[Aa]rch(?:bishop|diocese|eparchy)|[Bb]ishop|[Dd]iocese|[Ee]parchy|[Mm]etropolitan|[Mm]ufti|[Cc]hief [Rr]abbi|[Cc]atholicos)\s+of\s+(?:the\s+)?$"#,
                                   caseInsensitive: false, anchors: ["atriarch", "rch", "ishop", "iocese", "parchy", "etropolitan", "ufti", "abbi", "atholicos"])
    /// "a paramilitary group … from the communities of Los Chorros, Puebla, La Esperanza": where the attackers (or anyone)
    /// came from, told by a plural place noun and its list.
    static let fromPlacesOfBefore = Rx(#"\bfrom\s+the\s+(?:neighbou?ring\s+)?(?:villages|communities|towns|hamlets|settlements|camps)\s+of\s+(?:(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+){0,5}(?:and\s+)?$"#, caseInsensitive: false,
                                       anchors: ["villages", "communities", "towns", "hamlets", "settlements", "camps"])
    /// ", American officials confirmed", ", government sources said", ", the ministry said": speakers right after a place
    /// that opens the sentence ("In Washington").
    static let speakersAfterOpening = Rx(#"^,\s+(?:(?:a|an|the)\s+)?(?:(?:senior|top|American|US|U\.S\.|British|French|Israeli|Iraqi|Yemeni|government|military|security|administration|intelligence|western|other)\s+){0,2}(?:officials?|sources|spokesm[ae]n|spokeswoman|spokesperson|diplomats|ministers?|authorities|analysts|lawmakers|the (?:Pentagon|White House|State Department|ministry|government))(?:\s+(?:for|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?\s+(?:(?:also|later|on \w+|privately|publicly)\s+)?(?:said|say|says|confirmed|confirm|told|announced|denied|declined|insisted|acknowledged|claimed|welcomed|condemned|warned)\b"#)
    /// "due to deploy to", "set to fly to", "preparing to return to": where people were about to go.
    static let intendedDestinationBefore = Rx(#"\b(?:due|set|scheduled|about|preparing|expected|planning|were|was)\s+to\s+(?:be\s+)?(?:deploy(?:ed)?|posted|sent|fly|flown|leave|travel|head|return|redeploy(?:ed)?)\s+(?:back\s+)?(?:to|for)\s+(?:the\s+)?$"#)
    static let statementStems = WordList(["statement", "announcement", "remarks", "communiqu"])
    static let statementPlaceBefore = Rx(#"\b(?:statements?|announcements?|remarks|communiqu[eé]s?)\s+(?:(?:issued|released|published|made|posted|read out)\s+)?(?:[\w'’-]+\s+){0,5}?in\s+(?:[A-Z][\w'’-]+\s+and\s+)?$"#,
                                         caseInsensitive: false, anchors: ["statement", "announcement", "remarks", "communiqu"])
    static let sourceBefore = Rx(#"\b(?:(?:correspondents?|reporters?|stringers?|bureau)\s+(?:based\s+|stationed\s+)?in|according\s+to)\s+(?:the\s+)?$"#,
                                 anchors: ["correspondent", "reporter", "stringer", "bureau", "according"])
    /// "14 soldiers were martyred across the province", "in the day's attacks": figures summed over a wave.
    static let sumOverArea = Rx(#"\b(?:killed|martyred|died|dead|wounded|injured)\s+(?:[\w'’-]+\s+){0,2}?(?:across|throughout)\s+the\s+(?:province|country|region|state|governorate|district)\b|\bin\s+the\s+day['’]s\s+(?:attacks|violence|fighting)\b"#, anchors: ["across the", "throughout the", "day's", "day’s"])
    /// "linking Quetta with the rest of the country": where a road, bridge or line leads.
    static let linkingBefore = Rx(#"\b(?:linking|connecting|links|connects|leading to|that leads to)\s+(?:the\s+)?(?:(?:city|town|provincial capital|capital)\s+of\s+)?$"#, anchors: ["linking", "connecting", "links", "connects", "leading to", "leads to"])
    /// "a security source told Sada El Balad": the outlet told, named after a town (a country it is named after, "told
    /// Bahrain Mirror", is usually the news's too).
    /// ("published today by the Basque daily Gara": a paper named after a place is no place either.)
    static let toldOutletBefore = Rx(#"\b(?:source|official|spokes(?:man|woman|person)|witness|resident|medic|doctor|officer)s?\s+(?:\w+\s+)?(?:told|said\s+to)\s+(?:the\s+)?$|\b(?:told|tells|telling)\s+$|\b(?:daily|newspaper|weekly|paper|tabloid|broadsheet|magazine|news agency|broadcaster|channel)\s+$"#,
                                     anchors: ["told", "said to", "daily", "newspaper", "weekly", "paper", "tabloid", "broadsheet", "magazine", "agency", "broadcaster", "channel"])
    /// Also "the promenade overlooking the Old City", "a hill facing Gaza": a place seen from where it happened.
    static let borderOf = Rx(#"\bborders?\s+(?:of|with)\s+(?:the\s+)?$|\b(?:overlooking|overlooks|overlooked|facing|faces|within sight of|views? of|view over)\s+(?:the\s+)?$"#, anchors: ["border", "overlook", "facing", "faces", "sight", "view"])
    static let specificContext = Rx(#"\b(?:killed|killing|wounded|wounding|injur\w+|dead|died|casualt\w+)\b"#, anchors: ["kill", "wound", "injur", "dead", "died", "casualt"])

    /// "in retaliation for", "days after", "followed Thursday's barrage" (not "followed by"): what follows is another,
    /// earlier event.
    static let retaliationCue = Rx(#"\b(?:in (?:(?:the|a|an|its|their|first|second|initial|latest|new|wave|round|of)\s+){0,4}(?:retaliation|response|revenge|reprisal) (?:for|to)|to avenge|retaliating for|(?:came |comes |come )?(?:(?:a|one|two|three|four|five|several|few|\d+) )?(?:days|hours|weeks|months|day|week|month) (?:after|before(?! yesterday))|follow(?:s|ed)(?!\s+(?:by|up))|in the wake of|on the heels of|(?:in|during|on) the same (?:week|day|month|night) as)\b"#, anchors: ["retaliat", "response", "revenge", "reprisal", "avenge", "after", "before", "follows", "followed", "wake of", "heels of", "same"])

    /// Two places joined by "and" / a comma list within a short stretch ("near al-Qaim and Abu Kamal").
    /// The first of two place mentions and the text between them, when they do not overlap and lie at most `limit` apart.
    static func textBetween(_ ns: NSString, _ a: Mention<Place>, _ b: Mention<Place>, limit: Int) -> (first: Mention<Place>, text: String)? {
        let (x, y) = a.range.lowerBound < b.range.lowerBound ? (a, b) : (b, a)
        guard y.range.lowerBound >= x.range.upperBound, y.range.lowerBound - x.range.upperBound <= limit else { return nil }
        return (x, ns.sub(NSRange(location: x.range.upperBound, length: y.range.lowerBound - x.range.upperBound)))
    }

    static func coordinated(_ ns: NSString, _ a: Mention<Place>, _ b: Mention<Place>) -> Bool {
        guard let (x, raw) = textBetween(ns, a, b, limit: 40) else { return parallelFrame(ns, a, b) }
        // "on the road between al-Sukhnah and Palmyra", "the highway linking A and B": a road's two ends, one place.
        let p0 = max(0, x.range.lowerBound - 30)
        let pre = Words.of(ns.sub(NSRange(location: p0, length: x.range.lowerBound - p0))).suffix(4)
        if pre.contains(where: { ["between", "linking", "connecting", "joining"].contains($0) }) { return false }
        let gap = Words.of(raw)
        // "the Federal Government College, Buni Yadi, in Gujba local government area": the second place is the area
        // that holds the first, not another place of a list.
        let later = a.range.lowerBound < b.range.lowerBound ? b : a
        if gap == ["in"] || gap == ["in", "the"], enclosingAreaAfter.test(ns, slice: later.range.upperBound, later.range.upperBound + 30) { return false }
        // ", in the town of", ", near the village of": a comma list of places each with its own preposition.
        return gap.contains("and") || gap.isEmpty || raw.hasPrefix(",") && gap.allSatisfy(Self.listJointWords.contains) || parallelFrame(ns, a, b)
    }
    static let enclosingAreaAfter = Rx(#"^\s+(?:local\s+government(?:\s+area)?|LGA|district|sub-?district|county|municipality|province|governorate|state|region)\b"#)
    /// "X and Y", "X, Y and Z": two places of one list with nothing but "and" or a comma between them.
    static func joinedByAnd(_ ns: NSString, _ a: Mention<Place>, _ b: Mention<Place>) -> Bool {
        guard let (_, raw) = textBetween(ns, a, b, limit: 8) else { return false }
        let gap = Words.of(raw)
        return gap == ["and"] || gap.isEmpty && raw.hasPrefix(",")
    }
    /// "a compound in the area of X, a depot in the area of Y, and infrastructure in the area of Z": each place of a list
    /// told with the same frame ("in the area of"), repeated at the end of a short gap after a comma or "and".
    static func parallelFrame(_ ns: NSString, _ a: Mention<Place>, _ b: Mention<Place>) -> Bool {
        guard let (x, raw) = textBetween(ns, a, b, limit: 90) else { return false }
        let gap = Words.of(raw)
        // ("the headquarters of the Guards in the city of Chabahar and the headquarters of the police and a Guards base in
        // the city of Rask": a frame of three words or more may close a longer gap.)
        guard gap.count <= 15, raw.hasPrefix(",") || gap.contains("and") else { return false }
        let p0 = max(0, x.range.lowerBound - 40)
        let pre = Words.of(ns.sub(NSRange(location: p0, length: x.range.lowerBound - p0)))
        for n in stride(from: min(4, pre.count), through: 2, by: -1) where gap.count <= 9 || n >= 3 {
            let frame = Array(pre.suffix(n))
            if let last = frame.last, ["of", "in", "at", "near", "on"].contains(last), gap.count > n, Array(gap.suffix(n)) == frame { return true }
        }
        return false
    }
    static let listJointWords: Set<String> = ["in", "near", "at", "around", "outside", "the", "town", "of", "city", "village", "villages",
                                              "province", "governorate", "district", "area", "desert", "countryside", "outskirts"]

    /// `other` joins the list of places `listed` (the chosen place and those already joined): coordinated with one of them.
    static func coordinated(_ ns: NSString, _ listed: [Mention<Place>], _ other: Mention<Place>) -> Bool {
        listed.contains { coordinated(ns, $0, other) }
    }

    /// Also a pronoun for the attacker told before ("the army said it had hit … at the T4 airbase and at the Palmyra
    /// airbase", "they struck sites in X").
    /// Also the operation itself as the subject ("the operation, which began in the morning, hit the bases … in the areas
    /// of X, Y and Z"; "the second wave struck …").
    static let passiveLanded = Rx(#"\b(?:(?:were|was|been|being|those|also|it|they|we|had|has|have)|(?:operation|operations|offensive|bombardment|barrage|salvo|wave)(?:,[^,]{1,90},)?)\s+(?:hit|struck|targeted|bombed|pounded)\b"#, anchors: ["hit", "struck", "targeted", "bombed", "pounded"])
    static let landedStems = ["hit", "struck", "targeted", "bombed", "pounded"].map { Array($0.utf8) }

    /// "Sites in X and near Y were among those hit": no attack word, but a passive landing verb and named
    /// towns or sites; a site-list reference to the operation the article reports (never an event alone).
    func passiveSiteList(_ s: ArticleSentence, published: Day?) -> [EventMention] {
        guard s.folded.hasAny(Self.landedStems), let v = Self.passiveLanded.first(s.ns) else { return [] }
        // "So far this year militants have targeted more than 40 convoys": a tally, not sites of one operation.
        if s.folded.hasAny(EventTriggers.spanStems), EventTriggers.countedTargets.test(s.ns) { return [] }
        // "The area has been struck by several bombings in the past years": places hit by a class of events.
        if s.memo.isGeneric(s.ns) { return [] }
        let places = Self.eventPlaces(s).filter { Self.rank($0.entry) >= 3 }
        guard !places.isEmpty else { return [] }
        // "… were among those hit early on Friday": the sentence's own day, else the operation's (inherited later).
        let times = TimeExpressions.find(in: s.ns, text: s.text, published: published).filter { !$0.isSpeechTime && !$0.text.asciiLower.hasPrefix("since") }
        guard times.count <= 1 else { return [] }
        let trigger = Trigger(range: v.range, word: s.ns.sub(v.range).asciiLower, kind: .strike, strength: .reference, rank: 3)
        var out: [EventMention] = []
        var used: [Place] = []
        for p in places where !used.contains(where: { $0.id == p.entry.id || Geo.contains($0, p.entry, knowledge.gazetteer) || Geo.contains(p.entry, $0, knowledge.gazetteer) || Geo.near($0, p.entry) }) {
            var m = EventMention(sentence: s.index, trigger: trigger, type: .other, strength: .reference, time: times.first, speechTime: nil,
                                 timeAdjacent: false, place: p, casualties: s.memo.casualties(s.ns, in: NSRange(location: 0, length: s.ns.length)), attribution: SentenceAttribution())
            m.siteList = true
            out.append(m)
            used.append(p.entry)
        }
        return out
    }

    static let superlativeStems = WordList(["deadliest", "worst", "largest", "biggest", "bloodiest", "heaviest", "most ", "first", "second", "third", "fourth", "fifth", "only"])
    /// "the deadliest attack on the area this year", "the first such strike this month": the span an event is
    /// compared within, not its time.
    static let superlative = Rx(#"\b(?:deadliest|worst|largest|biggest|bloodiest|heaviest|most\s+\w+|first|second|third|fourth|fifth|only)\b(?:\s+[\w’'-]+){0,7}?\s+$"#, anchors: ["deadliest", "worst", "largest", "biggest", "bloodiest", "heaviest", "most", "first", "second", "third", "fourth", "fifth", "only"])
    /// "Since the clashes along the Blue Line began on October 8": the day a span of many events began.
    static let spanBeganBefore = Rx(#"\bsince\b[^,.;]{0,60}?\b(?:began|begun|started|erupted|broke out|flared(?: up)?|escalated)\s+$"#, anchors: ["since"])
    static func spanBegan(_ ns: NSString, _ t: TimeExpression) -> Bool {
        let b0 = max(0, t.range.location - 90)
        let before = ns.sub(NSRange(location: b0, length: t.range.location - b0))
        return Folded(before).has("since") && spanBeganBefore.test(before as NSString)
    }

    /// "The death toll of the Suruç bombing rose to 32 on Wednesday": the day the toll was updated, not the attack's.
    static let tollRose = Rx(#"\b(?:rose|risen|climbed|jumped|increased|reached|has\s+risen)\s+to\s+(?:at\s+least\s+)?[\w-]+(?:\s+(?:dead|people|killed))?\s*$"#,
                             anchors: ["rose", "risen", "climbed", "jumped", "increased", "reached"])
    static func tollRoseBefore(_ ns: NSString, _ t: TimeExpression) -> Bool {
        let b0 = max(0, t.range.location - 40)
        let before = ns.sub(NSRange(location: b0, length: t.range.location - b0))
        // ("The number of soldiers killed in the attack rose to eleven on Thursday": a count told like a toll.)
        let folded = Folded(ns as String)
        return Folded(before).has(" to ") && (folded.has("toll") || folded.has("number of")) && tollRose.test(before as NSString)
    }

    /// "Tensions have risen since 27 December, when a rocket attack killed …": the day a span starts is the day of the
    /// event the "when" clause tells.
    static func sinceWhen(_ ns: NSString, _ t: TimeExpression) -> Bool {
        let end = t.range.location + t.range.length
        // "since 1994, when a bomb exploded in the mausoleum": a year or month as well as a day.
        guard t.precision == .day || t.precision == .month || t.precision == .year, end < ns.length else { return false }
        let after = Words.of(ns.sub(NSRange(location: end, length: min(12, ns.length - end))), limit: 1)
        return after.first == "when" && ns.sub(NSRange(location: end, length: min(3, ns.length - end))).hasPrefix(",")
    }

    /// "… killed in a drone attack on a base …, the first deadly strike since Washington's retaliatory raids on Friday":
    /// a day told in a "since" clause after the attack word dates the event the span started with, not the attack.
    static func sinceClauseDay(_ ns: NSString, _ t: TimeExpression, _ triggers: [Trigger]) -> Bool {
        guard let m = sinceClauseBefore.first(ns.slice(t.range.location - 80, t.range.location) as NSString) else { return false }
        let since = max(0, t.range.location - 80) + m.range.location
        return triggers.contains { $0.strength == .report && $0.range.location + $0.range.length <= since }
    }
    static let sinceClauseBefore = Rx(#"\bsince\s+[^,.;:]{3,70}$"#, anchors: ["since"])

    /// "22 jawans killed in Bijapur ambush; Shah to visit Bastar today": a headline's other part, after a semicolon, has
    /// its own news and its own day.
    static func acrossSemicolon(_ ns: NSString, _ t: TimeExpression, _ triggers: [Trigger]) -> Bool {
        guard ns.range(of: ";").location != NSNotFound else { return false }
        return triggers.allSatisfy { tr in
            let lo = min(tr.range.location, t.range.location), hi = max(tr.range.location, t.range.location)
            return ns.range(of: ";", options: [], range: NSRange(location: lo, length: hi - lo)).location != NSNotFound
        }
    }
    /// "an anti-ship cruise missile or a one-way attack UAS": two weapons of different kinds joined by "or".
    static func weaponsInDoubt(_ triggers: [Trigger], _ ns: NSString) -> Bool {
        let typed = triggers.compactMap { t -> (Trigger, EventType)? in if case .typed(let e) = t.kind { return (t, e) } else { return nil } }
        for (a, b) in zip(typed, typed.dropFirst()) where a.1 != b.1 {
            let end = a.0.range.location + a.0.range.length
            guard b.0.range.location > end, b.0.range.location - end <= 12 else { continue }
            if Words.of(ns.sub(NSRange(location: end, length: b.0.range.location - end))).first == "or" { return true }
        }
        return false
    }
    /// "the deadliest attack … since the bombing of …": group 1 is the "since" that opens the earlier event.
    static let comparedSince = Rx(#"\b(?:deadliest|worst|largest|biggest|bloodiest|heaviest|most\s+\w+)\b(?:\s+[\w’'-]+){0,8}?\s+(since)\s+(?:the|an?)\s"#, anchors: ["since"])
    static func comparisonSpan(_ ns: NSString, _ t: TimeExpression) -> Bool {
        guard t.precision != .day else { return false }
        let w = t.text.asciiLower
        guard w.hasPrefix("this ") || w.hasPrefix("so far") || w.hasPrefix("in years") || w.hasPrefix("in decades") else { return false }
        let b0 = max(0, t.range.location - 60)
        let before = ns.sub(NSRange(location: b0, length: t.range.location - b0))
        return Folded(before).hasAny(superlativeStems) && superlative.test(before as NSString)
    }

    static let anaphorStems = WordList(["blast", "explosion", "incident"])
    /// "The blast happened on Tuesday afternoon", "The explosion occurred at about 3 pm on Sunday": the event told
    /// before, named by what it did rather than by an attack word, with its time.
    static let anaphor = Rx(#"^\W*(?:the|that|this)\s+(?:(?:first|second|initial|massive|huge|powerful|deadly)\s+)?(blasts?|explosions?|incident)\s+(?:\w+\s+){0,2}?(?:happened|occurred|took place|went off)\b"#, anchors: ["blast", "explosion", "incident"])

    /// "A series of explosions hit a weapons depot near Balad air base late on Tuesday": where and when a blast landed.
    static let blastHit = Rx(#"\b(?:a\s+(?:series\s+of\s+)?|several\s+|two\s+|three\s+|powerful\s+|huge\s+|massive\s+)?(blasts?|explosions?)\s+(?:hit|struck|rocked|ripped through|tore through|destroyed|shook)\b"#, anchors: ["blast", "explosion"])

    /// A reference dating the event told before ("The blast happened on Tuesday afternoon"); it joins that event.
    func anaphoricTime(_ s: ArticleSentence, published: Day?) -> EventMention? {
        guard s.folded.hasAny(Self.anaphorStems), let a = Self.anaphor.first(s.ns) ?? Self.blastHit.first(s.ns) else { return nil }
        // The time told after the blast (a dateline's "21 Aug" before it is the report's).
        let times = TimeExpressions.find(in: s.text, published: published).filter { !$0.isSpeechTime && !$0.text.asciiLower.hasPrefix("since") && $0.range.location > a.range.location }
        guard times.count == 1, let t = times.first, t.date != nil || published == nil else { return nil }
        let r = a.range(at: 1)
        let trigger = Trigger(range: r, word: s.ns.sub(r).asciiLower, kind: .generic, strength: .reference, rank: 9)
        let place = Self.eventPlaces(s).max(by: { Self.rank($0.entry) < Self.rank($1.entry) })
        return EventMention(sentence: s.index, trigger: trigger, type: .other, strength: .reference, time: t, speechTime: nil,
                            timeAdjacent: false, place: place, casualties: s.memo.casualties(s.ns, in: NSRange(location: 0, length: s.ns.length)),
                            attribution: SentenceAttribution())
    }

    /// "Hezbollah said it had targeted positions facing X with guided missiles", "the group said its fighters attacked
    /// the Y barracks with rockets": a group's statement of its own attack with the weapon used, the way Lebanon's and
    /// Iraq's factions report each operation, usually without a day (the day of the statement is the report's).
    static let gunfireStems = WordList(["fired", "sprayed"])
    static let intrusionStems = WordList(["burst into", "barged into", "forced their way into", "broke into"])
    static let armedMenBurstIn = Rx(#"\b(?:gunm[ae]n|assailants|attackers|terrorists|armed men|militiam[ae]n|hitmen|masked men)\b[^.;:]{0,100}?\b((?:burst|barged|broke)\s+into|forced\s+their\s+way\s+into)\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:house|home|homes|houses|hall|apartment|flat|building|compound|church|mosque|school|classroom|restaurant|cafe|bar|club|party|wedding|hotel|office|offices|clinic|hospital|centre|center)\b"#,
                                    anchors: ["burst into", "barged into", "broke into", "forced their way into"])
    /// Armed men as the subject of shots at people or vehicles: group 1 is the verb.
    static let armedMenFired = Rx(#"\b(?:gunm[ae]n|militants|assailants|attackers|terrorists|snipers?|insurgents|a gunman|an attacker|armed men|militiam[ae]n|paramilitaries|rebels|guerrill?as)\s+(?:(?:in|from)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:car|vehicle|truck|van|motorcycle|motorbike)\s+|(?:positioned|posted|stationed|perched|hiding|hidden|standing)\s+(?:on|in|at|behind|inside)\s+(?:[\w'’-]+\s+){1,7}?)?(?:(?:had|have|has|then|also|reportedly|later)\s+)?(fired|sprayed)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:at|on|into|upon)\s+(?:a|an|the|two|three|several|\d+)?\s*(?:[\w'’-]+\s+){0,2}?(?:car|cars|vehicle|vehicles|bus|motorists|drivers|passengers|people|civilians|worshipp?ers|protesters|demonstrators|mourners|soldiers|troops|police(?:men)?|officers|patrol|checkpoint|crowd|residents|villagers|families|children|women|pilgrims|farmers|tourists|students)\b|with\s+(?:automatic\s+|machine[- ]gun\s+|heavy\s+)?(?:gun)?(?:fire|bullets)\b)"#, anchors: ["fired", "sprayed"])
    /// A vehicle driven into people ("drove a flatbed truck into a group of soldiers", "ploughed his car into worshippers",
    /// "a van ploughed into pedestrians"); group 1 is the verb. Only people on foot or at a post: "crashed into a wall" is an accident.
    static let vehicleRamming = Rx(#"\b(drove|driving|ploughed|plowed|ploughing|plowing|careered|careening|rammed|ramming)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:truck|lorry|car|vehicle|van|bulldozer|bus|suv|tractor|jeep|pick-?up)\s+)?into\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:crowds?|group|people|pedestrians|soldiers|troops|police(?:men)?|officers|worshippers|shoppers|civilians|passers-by|bystanders|hitchhikers|bus stop|checkpoint|students|children|protesters|demonstrators|mourners|settlers|cadets)\b"#,
                                   anchors: ["drov", "driving", "plough", "plow", "career", "ramm"])
    static let ownAttackWithWeapon = Rx(#"\b(?:said|says|announced|claimed|stated)\s+(?:that\s+)?(?:it|its (?:fighters|members|forces|units|mujahideen)|they)\s+(?:had\s+|have\s+|has\s+)?(?:targeted|attacked|struck|hit|shelled|bombarded|bombed)\b[^.;]{0,140}?\bwith\s+(?:(?:a|an|two|three|four|five|six|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(missiles?|rockets?|drones?|shells?|artillery|mortars?|katyushas?|projectiles?|explosive devices?)\b"#, anchors: ["said", "says", "announced", "claimed", "stated"])
    static let asideOpeners: Set<String> = ["which", "that", "launched", "carried", "conducted", "reportedly", "according", "apparently", "believed"]
    static let landedWords: Set<String> = ["hit", "struck", "targeted", "bombed", "pounded", "hitting", "striking", "targeting", "fell", "landed"]
    /// A verb saying where a weapon landed, after the attack word ("the strikes hit …", "targets were struck near …")
    /// or as a passive ("sites in X … were among those hit").
    static func landedVerb(_ ns: NSString, after r: NSRange) -> Bool {
        let from = r.location + r.length
        // A gerund ("accused militias of targeting X") names an accusation, not where an operation landed.
        let word = ns.sub(r).asciiLower
        if word.hasSuffix("ing") { return false }
        if landedWords.contains(word) { return true }
        let rest = ns.sub(from: from)
        let words = Words.of(rest, limit: 8)
        if words.prefix(4).contains(where: landedWords.contains) { return true }
        // "the strikes, which started at 1 am and lasted an hour, hit …": the verb after an aside set off by commas.
        if rest.hasPrefix(","), let first = words.first, Self.asideOpeners.contains(first),
           let close = rest.dropFirst().prefix(160).firstIndex(of: ",") {
            if Words.of(String(rest[rest.index(after: close)...]), limit: 3).contains(where: landedWords.contains) { return true }
        }
        let all = Words.of(ns as String)
        for (i, w) in all.enumerated() where landedWords.contains(w) && i > 0 {
            if ["were", "was", "been", "those", "being"].contains(all[i - 1]) { return true }
        }
        return false
    }

    /// "Four of its members were killed in the strike near al-Qaim": a casualty verb told of "the strike" at a
    /// named town says where the operation landed, like "the strikes hit positions near al-Qaim".
    static let killedInThe = Rx(#"\b(?:killed|wounded|injured|hurt|died)\s+(?:in|by)\s+(?:the|that|this)\s+$"#, anchors: ["killed", "wounded", "injured", "hurt", "died"])
    static func casualtiesAtPlace(_ ns: NSString, trigger t: NSRange, place p: Mention<Place>) -> Bool {
        let b0 = max(0, t.location - 40)
        guard killedInThe.test(ns, window: NSRange(location: b0, length: t.location - b0)) else { return false }
        let end = t.location + t.length
        guard p.range.lowerBound >= end, p.range.lowerBound - end <= 25 else { return false }
        let gap = Words.of(ns.sub(NSRange(location: end, length: p.range.lowerBound - end)))
        return !gap.isEmpty && gap.allSatisfy { ["near", "in", "at", "on", "outside", "the", "town", "city", "of", "village"].contains($0) }
    }

    static let clauseJoint = Rx(#"(?:,?\s+and\b|;|,\s+while\b|,\s+as\b)"#)

    /// The weapon a typed trigger names (a bare "drone strike" counts as a drone).
    static func weapon(_ t: Trigger) -> EventType? {
        if case .typed(let e) = t.kind { return e }
        return t.kind == .droneStrike ? .droneAttack : nil
    }

    /// Where to cut a sentence that tells two weapons at two places ("A drone struck X and rockets were fired at
    /// Y"): at the last clause joint between the first weapon's place and the second weapon, when the weapons are
    /// of different families and each side names its own town or site, neither inside nor near the other.
    static func weaponSplit(_ ns: NSString, triggers: [Trigger], places: [Mention<Place>], gazetteer: Gazetteer) -> Int? {
        let typed = triggers.filter { weapon($0) != nil && $0.strength == .report }
        guard typed.count >= 2 else { return nil }
        for a in typed {
            for b in typed where b.range.location > a.range.location {
                guard let wa = weapon(a), let wb = weapon(b), !ArticleEvents.typesCompatible(wa, wb) || newSubject(ns, b) else { continue }
                let aEnd = a.range.location + a.range.length
                guard let pa = places.first(where: { $0.range.lowerBound >= aEnd && $0.range.upperBound <= b.range.location && rank($0.entry) >= 3 }) else { continue }
                let joints = clauseJoint.matches(ns).filter { $0.range.location >= pa.range.upperBound && $0.range.location + $0.range.length <= b.range.location }
                guard let cut = joints.last?.range.location else { continue }
                guard let pb = places.first(where: { $0.range.lowerBound > cut && rank($0.entry) >= 3 }),
                      pb.entry.id != pa.entry.id, !Geo.contains(pa.entry, pb.entry, gazetteer), !Geo.contains(pb.entry, pa.entry, gazetteer),
                      !Geo.near(pa.entry, pb.entry) else { continue }
                return cut
            }
        }
        // "in Antioquia, a police helicopter was brought down by a drone …, and in Cali a truck loaded with explosives
        // blew up": each clause opens on its own place, far from the other's.
        for a in typed {
            for b in typed where b.range.location > a.range.location {
                guard let pa = places.last(where: { $0.range.upperBound <= a.range.location && a.range.location - $0.range.upperBound <= 60 && rank($0.entry) >= 2 }),
                      let j = placeJoint.matches(ns).last(where: { $0.range.location > a.range.location + a.range.length && $0.range.location + $0.range.length <= b.range.location }),
                      case let cut = j.range.location,
                      let pb = places.first(where: { $0.range.lowerBound >= j.range.location + j.range.length - 1 && $0.range.lowerBound - (j.range.location + j.range.length) <= 2 && rank($0.entry) >= 2 }),
                      pb.range.upperBound <= b.range.location,
                      pb.entry.id != pa.entry.id, !Geo.contains(pa.entry, pb.entry, gazetteer), !Geo.contains(pb.entry, pa.entry, gazetteer),
                      !Geo.near(pa.entry, pb.entry) else { continue }
                return cut
            }
        }
        return nil
    }
    /// Where to cut a sentence that announces a count of attacks and tells them off at two places ("Two car bombs
    /// exploded …, the first outside a shop in Karrada and the second near a pension office in Rusafa"), and the
    /// attack word the second clause tells by its ordinal alone.
    /// (Also where "the first" stands: the first clause's place is the one named after it.)
    static func countedOffSplit(_ ns: NSString, triggers: [Trigger], places: [Mention<Place>], gazetteer: Gazetteer) -> (Int, Trigger, Int)? {
        guard let t = triggers.first(where: { $0.strength == .report && $0.word.hasSuffix("s") }),
              let m = countedOff.first(ns, in: NSRange(location: t.range.location, length: ns.length - t.range.location)),
              m.has(2), m.has(3) else { return nil }
        guard wordsBefore(ns, t.range).suffix(3).contains(where: { ["two", "2", "both", "twin"].contains($0) }) else { return nil }
        let first = m.range(at: 1), second = m.range(at: 3)
        guard let pa = places.first(where: { $0.range.lowerBound > first.location && $0.range.upperBound <= second.location && rank($0.entry) >= 2 }),
              let pb = places.first(where: { $0.range.lowerBound > second.location && rank($0.entry) >= 2 }),
              pa.entry.id != pb.entry.id, !Geo.contains(pa.entry, pb.entry, gazetteer), !Geo.contains(pb.entry, pa.entry, gazetteer) else { return nil }
        let cut = m.range(at: 2).location
        return (cut, Trigger(range: second, word: t.word, kind: t.kind, strength: .report, rank: t.rank), first.location)
    }
    /// ", the first … and the second …", ": the first …; the second …" (groups 1 and 3: the ordinals; group 2: the joint
    /// before the second).
    static let countedOff = Rx(#"(?:[,:]|\s[–—-])\s+(?:with\s+)?the\s+(first)\b[^.;]*?((?:,\s*|\s+)(?:and|while)\s+|;\s+|,\s+)the\s+(second)\b"#, anchors: ["first"])
    static let placeJoint = Rx(#"(?:,\s+and\s+|;\s+(?:and\s+)?|,\s+while\s+)(?:in|at)\s+"#, anchors: ["in", "at"])

    /// "…, and a suicide bomber struck a rally in Kirkuk hours later": one weapon twice, but the clause brings its own
    /// attacker or device with "a", so it tells a new attack (at a town far from the first, as `weaponSplit` checks).
    static func newSubject(_ ns: NSString, _ t: Trigger) -> Bool {
        let b0 = max(0, t.range.location - 12)
        let before = Words.of(ns.sub(NSRange(location: b0, length: t.range.location - b0))).suffix(2)
        return before.last == "a" || before.last == "an" || before.count == 2 && (before.first == "a" || before.first == "an") && before.last!.count > 2
    }

    /// "a suicide bomber struck a checkpoint in Kadhimiya, killing 17, and another car bomb exploded in the Jamia
    /// neighbourhood": a further device told in its own clause at another place is another event.
    static func anotherSplit(_ ns: NSString, triggers: [Trigger], places: [Mention<Place>]) -> Int? {
        let reports = triggers.filter { $0.strength == .report }
        guard reports.count >= 2, Folded(ns as String).hasAny(furtherStems) else { return nil }
        for b in reports.dropFirst() {
            let b0 = max(0, b.range.location - 16)
            let before = Words.of(ns.sub(NSRange(location: b0, length: b.range.location - b0)))
            guard before.suffix(2).contains(where: { ["another", "second", "third"].contains($0) }) else { continue }
            guard let a = reports.first(where: { $0.range.location < b.range.location }) else { continue }
            let aEnd = a.range.location + a.range.length
            guard let pa = places.first(where: { $0.range.lowerBound >= aEnd && $0.range.upperBound <= b.range.location && rank($0.entry) >= 3 }) else { continue }
            let joints = clauseJoint.matches(ns).filter { $0.range.location >= pa.range.upperBound && $0.range.location + $0.range.length <= b.range.location }
            guard let cut = joints.last?.range.location,
                  places.contains(where: { $0.range.lowerBound > b.range.location && $0.entry.id != pa.entry.id }) else { continue }
            return cut
        }
        return nil
    }
    static let furtherStems = WordList(["another", "second", "third"])

    /// People taken by a raid: "detained 11 people", "arrested 40 suspects", "rounded up", "taken into custody".
    static let arrestCue = Rx(#"\b(?:detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|captur(?:e|es|ed|ing)|rounded up|taken into custody)\b"#)
    /// Fire exchanged or opened on people: "opened fire on", "opening fire at", "gunfire", "exchange of fire", "shootout".
    static let gunfireCue = Rx(#"\b(?:open(?:ed|ing|s)? fire|gunfire|gun fire|exchanges? of (?:gun)?fire|exchanged fire|traded fire|shoot-?outs?|gun ?battles?|fire ?fights?|sprayed (?:\w+ ){0,3}with bullets)\b"#, anchors: ["fire", "shoot", "battle", "fight", "bullets"])
    /// "came days after", "comes a week after", "happened hours after": the sentence's event set against an earlier one.
    static let cameBefore = Rx(#"\b(?:came|comes|happened|occurred|took place)\b(?:\s+[\w-]+){0,3}?\s*$"#, anchors: ["came", "comes", "happened", "occurred", "took place"])
    static let meleeStems = WordList(["knife", "knives", " axe", "stabb", "cleaver", "machete", "ramming", "rammed", "run over", "ran over"])
    static let killingStems = WordList(["killed", "shot dead", "gunned down", "executed", "killing of", "killings of", "murder of", "murders of", "massacred", "murdered", "slaughtered"])
    static let killingOfCounted = Rx(#"\b(killings?|murders?)\s+of\s+(?:at least\s+|as many as\s+|some\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens)\s"#)
    static let executedWithWeapons = Rx(#"\b(executed)\s+(?:(?:the|all|at least|some|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)\s+)+(?:[\w'’-]+\s+){0,3}?(?:with|using)\s+(?:(?:automatic|assault|machine|heavy|small)[\s-])?(?:weapons|rifles|guns|gunfire|pistols|bullets)\b"#)
    /// Armed men as the subject of a killing with a count ("attackers armed with an axe and a knife killed three", "gunmen
    /// wearing army uniforms killed 24"): group 1 is the verb.
    static let armedKilling = Rx(#"\b(?:militants?|fighters|gunmen|insurgents|jihadists|assailants|attackers|guards|troops|soldiers|forces|army|police(?:men)?|cells|members|snipers)\s+(?:(?:armed with|wielding|brandishing|carrying|wearing|dressed (?:in|as)|disguised as|clad in)\s+(?:[\w'’-]+\s+){1,6}?|in\s+(?:[\w'’-]+\s+){0,3}?(?:uniforms?|fatigues)\s+)?(?:(?:had|have|has|reportedly|also|then|later|on \w+)\s+)*(killed|shot dead|gunned down)\s+(?:at least\s+|as many as\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|one|several|dozens of)\s"#, anchors: ["killed", "shot dead", "gunned down"])
    /// A counted killing told in the passive with armed men as its agent ("33 villagers were killed and the houses set on
    /// fire on Monday evening by an armed group", "five farmers were shot dead by gunmen"): group 1 is the verb.
    static let killedByArmed = Rx(#"\b(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens of)\s+(?:[\w'’-]+\s+){0,3}?(?:were|had been|have been)\s+(killed|shot dead|gunned down|massacred|murdered|slaughtered)\b[^.;]{0,100}?\bby\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:armed (?:group|groups|men|gang|band)|gunmen|militants|rebels|insurgents|attackers|assailants|guerrill?as|terrorists|militiamen|paramilitaries|raiders)\b"#,
                                  anchors: [" by "])
    static let withdrawalWords: Set<String> = ["withdrew", "withdrawn", "withdrawing", "retreated", "retreating", "fled", "fleeing", "escaped", "pulled", "repelled", "repulsed", "ended", "dispersed"]
    /// "the attackers withdrew after an exchange of fire", "were repelled after clashes": the fighting after the cue is
    /// how the same event ended, not an earlier event.
    static func withdrewAfter(_ ns: NSString, cue: NSRange) -> Bool {
        let b0 = max(0, cue.location - 40)
        return Words.of(ns.sub(NSRange(location: b0, length: cue.location - b0))).suffix(4).contains(where: withdrawalWords.contains)
    }
    /// Not a time of day ("shortly after midnight", "after 10 pm", "after dawn prayers") nor "the following day".
    /// The first attack word after a cue lies in the cue's own clause (no colon or semicolon between them).
    static func cueReaches(_ cue: NSRange, _ triggers: [Trigger], _ ns: NSString) -> Bool {
        let end = cue.location + cue.length
        guard let next = triggers.map(\.range.location).filter({ $0 >= end }).min() else { return true }
        let between = ns.slice(end, next)
        return !between.plainContains(":") && !between.plainContains(";")
    }

    /// Where a fronted cue clause ends: the cue opens the sentence (a hedge such as "About" or "Just" may come first) and
    /// a comma closes it, not one that opens a relative clause or a participle about the earlier event ("after the
    /// attack on Tower 22, which killed three soldiers, jets struck …").
    static func frontedCueEnd(_ ns: NSString, cue: NSRange) -> Int? {
        let head = Words.of(ns.sub(to: cue.location))
        guard head.allSatisfy({ fronting.contains($0) }) else { return nil }
        var from = cue.location + cue.length
        while from < ns.length {
            let c = ns.range(of: ",", options: [], range: NSRange(location: from, length: ns.length - from))
            guard c.location != NSNotFound else { return nil }
            let next = Words.of(ns.slice(c.location + 1, c.location + 30), limit: 1).first ?? ""
            if !cueClauseGoesOn.contains(next) { return c.location + 1 }
            from = c.location + 1
        }
        return nil
    }
    /// Words after a comma that carry on the cue clause (a relative clause or participle about the earlier event).
    static let cueClauseGoesOn: Set<String> = ["which", "who", "where", "when", "killing", "wounding", "injuring", "leaving", "in", "on", "and"]
    static let fronting: Set<String> = ["about", "some", "roughly", "nearly", "almost", "just", "only", "barely", "around", "less", "more", "than", "shortly", "but", "and", "then"]
    /// ("shortly after ten thirty this morning": a clock time in words, like "after 10:30", names no earlier event.)
    static let afterCue = Rx(#"\b(?:after|following)\b(?!\s+(?:which\b|midnight|dawn|daybreak|noon|midday|sunset|sunrise|nightfall|dusk|dark|iftar|\d|(?:day|morning|night|evening|afternoon)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:o['’]clock|thirty|fifteen|forty-five|twenty|a\.?m\b|p\.?m\b|in the|this|that|last|at night|local|gmt|when)))"#, anchors: ["after", "following"])

    func mention(in s: ArticleSentence, published: Day?) -> EventMention? { mentions(in: s, published: published).first }

    /// The events a sentence mentions: usually one; two when it names an event and the earlier one it
    /// answers ("strikes on Friday in retaliation for a drone attack last Sunday"), the second marked as background.
    func mentions(in s: ArticleSentence, published: Day?) -> [EventMention] {
        let ns = s.ns
        var triggers = EventTriggers.find(in: ns, memo: s.memo)
        /// A word that reports the event in a sentence told without an attack word, kept in text order.
        func addReport(_ r: NSRange, kind: TriggerKind) {
            triggers.append(Trigger(range: r, word: ns.sub(r).asciiLower, kind: kind, strength: .report, rank: 4))
            triggers.sort { $0.range.location < $1.range.location }
        }
        // "Islamic State fighters killed three soldiers near al-Sukhnah on January 25": armed men killing people is an
        // event even without an attack word, when the sentence tells where and on which day (a bare "troops killed two
        // militants" may sum up an operation or a period).
        var read: (times: [TimeExpression], places: [Mention<Place>])? // read once, by this rule or below
        // ("… stopped a bus and executed the men with automatic weapons", "to investigate the killing of 22 pilgrims in the
        // desert of Anbar province on Monday night": people shot in cold blood, the same.)
        if !triggers.contains(where: { $0.strength == .report }), s.folded.hasAny(Self.killingStems),
           let k = Self.armedKilling.first(ns) ?? Self.executedWithWeapons.first(ns) ?? Self.killingOfCounted.first(ns) ?? Self.killedByArmed.first(ns), k.has(1) {
            read = (TimeExpressions.find(in: s.ns, text: s.text, published: published), Self.eventPlaces(s))
            if read!.places.contains(where: { Self.rank($0.entry) >= 2 }) || UnlistedPlace.find(in: s) != nil,
               read!.times.contains(where: { $0.precision == .day && !$0.isSpeechTime }) {
                addReport(k.range(at: 1), kind: .generic)
            }
        }
        // A group's statement of its own attack names the weapon after "with": that word reports the event (with
        // the places the statement names), dated like the statement when it gives no day.
        if let w = Self.ownAttackWithWeapon.first(ns), w.has(1) { // (its anchors skip sentences with no statement verb)
            let r = w.range(at: 1)
            if let k = triggers.firstIndex(where: { NSIntersectionRange($0.range, r).length > 0 }) {
                triggers[k].strength = .report; triggers[k].bare = false
            } else if !triggers.contains(where: { $0.strength == .report }) {
                let word = ns.sub(r).asciiLower
                triggers.append(Trigger(range: r, word: word, kind: EventTriggers.classify(word), strength: .report, rank: 2))
                triggers.sort { $0.range.location < $1.range.location }
            }
        }
        // "A Palestinian man drove a flatbed truck into a group of soldiers": a ramming told without an attack word.
        if !triggers.contains(where: { $0.strength == .report }), s.folded.has(" into "), let v = Self.vehicleRamming.first(ns) {
            addReport(v.range(at: 1), kind: EventTriggers.classify("rammed"))
        }
        // "gunmen fired from a passing car at an Israeli vehicle", "terrorists sprayed a car with automatic fire": armed men
        // shooting at people or vehicles, told without an attack word.
        if !triggers.contains(where: { $0.strength == .report }), s.folded.hasAny(Self.gunfireStems), let g = Self.armedMenFired.first(ns), g.has(1) {
            addReport(g.range(at: 1), kind: .generic)
        }
        // "a group of gunmen arrived in several vehicles, blocked the street and burst into the house": armed men forcing
        // their way into a home or a hall, told without an attack word.
        if !triggers.contains(where: { $0.strength == .report }), s.folded.hasAny(Self.intrusionStems), let g = Self.armedMenBurstIn.first(ns), g.has(1) {
            addReport(g.range(at: 1), kind: .generic)
        }
        guard !triggers.isEmpty else {
            let sites = passiveSiteList(s, published: published)
            return sites.isEmpty ? anaphoricTime(s, published: published).map { [$0] } ?? [] : sites
        }
        let times = read?.times ?? TimeExpressions.find(in: s.ns, text: s.text, published: published)
        let places = read?.places ?? Self.eventPlaces(s)
        var windows = [NSRange(location: 0, length: ns.length)]
        var cued = [false]
        // "about two hours after a football match: a car bomb hit …": a cue whose object ends at a colon or semicolon
        // before any attack word says nothing of the events told after it.
        let retaliation = Self.retaliationCue.first(ns).flatMap { Self.cueReaches($0.range, triggers, ns) ? $0 : nil } // read once: the three branches below all ask
        var known: (window: NSRange, mention: EventMention?)? // a window already read (same inputs, same answer)
        var frontedBefore: Int? // where the main clause after a fronted cue clause starts
        var placeSplit = false // the sentence told two events at two places, one clause each
        var countedOff = false // …counted off as "the first … and the second …"
        var firstCountedAt: Int? = nil
        if let cue = Self.afterCue.first(ns), retaliation == nil, !Self.withdrewAfter(ns, cue: cue.range), Self.cueReaches(cue.range, triggers, ns),
           triggers.contains(where: { $0.range.location > cue.range.location }), triggers.contains(where: { $0.range.location < cue.range.location }) {
            // "X after Y": Y is the earlier event; it is background only if X is itself an event.
            let left = NSRange(location: 0, length: cue.range.location), right = NSRange(location: cue.range.location, length: ns.length - cue.range.location)
            let inL = { (r: NSRange) in r.location < cue.range.location }
            let leftMention = mention(s, published: published, triggers: triggers.filter { inL($0.range) }, times: times.filter { inL($0.range) },
                                      places: places.filter { $0.range.lowerBound < cue.range.location }, window: left)
            known = (left, leftMention)
            if leftMention?.strength == .report { windows = [left, right]; cued = [false, true] }
            else if leftMention == nil { windows = [right] }
            else { windows = [left, right] }
        } else if let cue = Self.afterCue.first(ns), retaliation == nil, triggers.allSatisfy({ $0.range.location < cue.range.location }),
                  Self.cameBefore.test(ns, window: NSRange(location: 0, length: cue.range.location)) {
            // "The bombing came days after gunmen killed two militiamen in X": the figures and place after the cue
            // are the earlier event's (told with no attack word), not the bombing's.
            windows = [NSRange(location: 0, length: cue.range.location)]
        } else if let cue = Self.afterCue.first(ns), retaliation == nil, triggers.allSatisfy({ $0.range.location > cue.range.location }),
                  times.contains(where: { $0.range.location > cue.range.location && $0.date != nil && $0.precision == .day && !$0.isSpeechTime
                      && !["'s", "’s"].contains(ns.slice($0.range.location + $0.range.length, $0.range.location + $0.range.length + 2)) }),
                  times.contains(where: { $0.range.location + $0.range.length < cue.range.location }) {
            // "Hospitals were still identifying the dead Monday after car bombs ripped through four markets at dusk Sunday":
            // the day before the cue is the aftermath's; the event after it tells its own (not a possessive day, "after
            // yesterday's bombing", which points back to an event told before).
            windows = [NSRange(location: cue.range.location, length: ns.length - cue.range.location)]
        } else if let cue = retaliation, triggers.contains(where: { $0.range.location > cue.range.location }),
           triggers.contains(where: { $0.range.location < cue.range.location }) {
            windows = [NSRange(location: 0, length: cue.range.location), NSRange(location: cue.range.location, length: ns.length - cue.range.location)]
            cued = [false, true]
        } else if retaliation == nil, s.folded.has("since"), let c = Self.comparedSince.first(ns), c.has(1),
                  triggers.contains(where: { $0.range.location > c.range(at: 1).location }), triggers.contains(where: { $0.range.location < c.range(at: 1).location }) {
            // "Yesterday's ambush is the deadliest since the attack on a bus in late December 2020, which killed 37": the
            // event after "since" is an earlier one, with its own day and toll.
            let at = c.range(at: 1).location
            windows = [NSRange(location: 0, length: at), NSRange(location: at, length: ns.length - at)]
            cued = [false, true]
        } else if retaliation == nil, let split = Self.weaponSplit(ns, triggers: triggers, places: places, gazetteer: knowledge.gazetteer)
                    ?? Self.anotherSplit(ns, triggers: triggers, places: places) {
            // "A drone struck X and, within the hour, rockets were fired at Y": two weapons at two places, two events.
            windows = [NSRange(location: 0, length: split), NSRange(location: split, length: ns.length - split)]
            cued = [false, false]
            placeSplit = true
        } else if retaliation == nil, let (split, second, firstAt) = Self.countedOffSplit(ns, triggers: triggers, places: places, gazetteer: knowledge.gazetteer) {
            // "Two car bombs tore through Baghdad on Tuesday, the first in Karrada and the second near the Shuhada
            // Bridge": the events a count announces, told off one by one at their own places.
            triggers.append(second)
            windows = [NSRange(location: 0, length: split), NSRange(location: split, length: ns.length - split)]
            cued = [false, false]
            placeSplit = true
            countedOff = true
            firstCountedAt = firstAt
        } else if let cue = retaliation, let comma = Self.frontedCueEnd(ns, cue: cue.range), triggers.contains(where: { $0.range.location >= comma }) {
            frontedBefore = comma
            // "About two hours after the Zoobe blast, a second car bomb exploded …", "In retaliation for the attack, jets
            // struck …": a fronted clause names the earlier event; the main clause after its comma is the sentence's news.
            let inCue = triggers.contains(where: { $0.range.location > cue.range.location && $0.range.location < comma })
            windows = inCue ? [NSRange(location: cue.range.location, length: comma - cue.range.location), NSRange(location: comma, length: ns.length - comma)]
                : [NSRange(location: comma, length: ns.length - comma)]
            cued = inCue ? [true, false] : [false]
        } else if let cue = retaliation, ns.sub(cue.range).asciiLower.has("same"), let comma = Self.frontedCueEnd(ns, cue: cue.range) {
            // "In the same week as the Vladikavkaz bombing, two suspected militants were killed in Nalchik": the bombing
            // only dates the main clause, whose figures are another event's.
            windows = [NSRange(location: cue.range.location, length: comma - cue.range.location)]
            cued = [true]
        } else if let cue = retaliation, cue.range.location < 40 || ns.sub(to: cue.range.location).asciiLower.has("came") {
            // "The attack came days after a US drone strike killed …": the sentence's event is the earlier one.
            cued = [triggers.contains(where: { $0.range.location > cue.range.location })]
            windows = [NSRange(location: cue.range.location, length: ns.length - cue.range.location)]
            // With no attack word after the cue ("came days after gunmen killed two shepherds near X"), the earlier
            // event's figures and place are not the sentence's event's: only the part before the cue is read.
            if !cued[0] { windows = [NSRange(location: 0, length: cue.range.location)] }
        }
        // "The bombings were the deadliest since the last American troops left Iraq on 18 December", "the worst attack on a
        // school since the crisis in the North West began": with no attack word after "since", what the event is measured
        // against gives it no day, place or toll.
        if windows.count == 1, windows[0].location == 0, !cued[0], s.folded.has("since"), let m = Self.comparedSince.first(ns), m.has(1),
           case let end = m.range(at: 1).location, end <= windows[0].length, triggers.allSatisfy({ $0.range.location < end }) {
            windows = [NSRange(location: 0, length: end)]
        }
        // "The strike followed a drone attack last week on X and a rocket attack earlier this month near Y": the earlier
        // part may itself tell two weapons at two places, two earlier events.
        /// What starts inside a window: the window's triggers and places are read on their own.
        func starts(_ loc: Int, in w: NSRange) -> Bool { loc >= w.location && loc < w.location + w.length }
        if cued.contains(true) {
            var split: [(NSRange, Bool)] = []
            for (w, isCued) in zip(windows, cued) {
                if isCued, let at = Self.weaponSplit(ns, triggers: triggers.filter { starts($0.range.location, in: w) },
                                                     places: places.filter { starts($0.range.lowerBound, in: w) },
                                                     gazetteer: knowledge.gazetteer),
                   starts(at, in: w), at > w.location {
                    split += [(NSRange(location: w.location, length: at - w.location), true), (NSRange(location: at, length: w.location + w.length - at), true)]
                } else {
                    split.append((w, isCued))
                }
            }
            windows = split.map(\.0); cued = split.map(\.1)
        }
        var out: [EventMention] = []
        for (w, isCued) in zip(windows, cued) {
            var placesW = places.filter { starts($0.range.lowerBound, in: w) }
            // "Two bombs exploded in Baghdad on Tuesday - the first in Karrada; the second in Kadhimiya": the first clause's
            // own place, not the city the count was told in.
            if let f = firstCountedAt, w.location == 0, placesW.contains(where: { $0.range.lowerBound > f }) { placesW = placesW.filter { $0.range.lowerBound > f } }
            var timesW = times.filter { starts($0.range.location, in: w) }
            // ("Two attacks left 19 dead on Thursday: in Antioquia, …, and in Cali a truck bomb blew up": the day told
            // once for both clauses.)
            if timesW.isEmpty, placeSplit, w.location > 0 { timesW = times.filter { $0.range.location < w.location && $0.precision == .day && !$0.isSpeechTime } }
            // "In response to the rocket launches last night, jets struck …": a response told with no day of its own
            // follows the event its fronted clause names, so that clause's day is the best the sentence gives.
            if timesW.isEmpty, let f = frontedBefore, w.location == f { timesW = times.filter { $0.range.location < f && $0.precision == .day } }
            let read = known.map { NSEqualRanges($0.window, w) } == true ? known?.mention
                : mention(s, published: published, triggers: triggers.filter { starts($0.range.location, in: w) },
                          times: timesW, places: placesW, window: w)
            if var m = read {
                m.backgroundCue = isCued
                if countedOff { m.ordinal = w.location == 0 ? 1 : 2 }
                // "14 soldiers had been martyred across the province in the day's attacks": a reference's figures summed
                // over a wave belong to no one of its places.
                if m.strength == .reference, m.casualties.killed != nil || m.casualties.wounded != nil, Self.sumOverArea.test(ns) { m.casualties = Casualties() }
                // A dated reference ("the strikes, which began on Wednesday, hit X") is a site list only when it names
                // several places: naming one, it dates and places the event told before.
                var datedSites = false
                let provinceList = m.place.map { Self.inProvinceList($0, placesW, ns) } ?? false
                if m.strength == .reference, !isCued, let p = m.place, Self.rank(p.entry) >= 3 || provinceList,
                   Self.landedVerb(ns, after: m.trigger.range) || Self.casualtiesAtPlace(ns, trigger: m.trigger.range, place: p) {
                    if m.time == nil { m.siteList = true } else { datedSites = true }
                }
                let first = out.count
                out.append(m)
                // One strike at several named places is one incident per place (ACLED): "hit al-X and al-Y".
                // "strikes on the provinces of Tehran, Khuzestan and Ilam": a bare list of provinces (no town named) is one
                // incident per province too.
                let provinces = provinceList || m.strength == .report && m.place.map { $0.entry.kind == .admin1 } ?? false
                if m.strength == .report || m.siteList || datedSites, let p = m.place, Self.rank(p.entry) >= 3 || provinces {
                    var used = [p.entry]
                    var listed = [p]
                    // In text order from the chosen place, so a list is followed link by link ("in X, in the town of Y and near Z").
                    let after = placesW.filter { $0.range.lowerBound > p.range.lowerBound }, before = placesW.filter { $0.range.lowerBound < p.range.lowerBound }.reversed()
                    func addCopy(at other: Mention<Place>) {
                        listed.append(other)
                        var copy = m
                        copy.place = other
                        copy.expanded = true
                        out.append(copy)
                        used.append(other.entry)
                    }
                    for other in after + before where !used.contains(where: { $0.id == other.entry.id }) {
                        if provinces {
                            if other.entry.kind == .admin1, listed.contains(where: { Self.joinedByAnd(ns, $0, other) }) { addCopy(at: other) }
                            continue
                        }
                        // "the capital Sanaa and the provinces of Hodeidah, Taiz and Saada": provinces listed after a town.
                        guard Self.rank(other.entry) >= 3 || Self.inProvinceList(other, placesW, ns) else { continue }
                        // Near places are one site described twice ("at the base, near the town of Y"), unless they are
                        // two places of one kind joined by "and" or a comma ("the outskirts of Maroun al-Ras and Aitaroun",
                        // "the Metina, Gara and Qandil regions"): neighbouring villages or mountain areas.
                        // A place told in the list's own frame ("…, a depot in the area of Y") is a list member however near.
                        let framed = listed.contains { Self.parallelFrame(ns, $0, other) }
                        let separate = zip(used, listed).allSatisfy { u, l in
                            !Geo.contains(u, other.entry, knowledge.gazetteer) && !Geo.contains(other.entry, u, knowledge.gazetteer)
                                && (!Geo.near(u, other.entry) || framed || u.kind == other.entry.kind && u.kind != .admin1 && Self.joinedByAnd(ns, l, other))
                        }
                        guard separate, framed || Self.coordinated(ns, listed, other) else { continue }
                        addCopy(at: other)
                    }
                    if datedSites, out.count > first + 1 { for i in first..<out.count { out[i].siteList = true } }
                    // "Three bombs went off … in General Santos City, Davao City and Makati City, killing at least eight": a
                    // count of attacks told over the places it lists gives their sum, no one place's toll.
                    if out.count > first + 1, Self.countsSeveral(ns, before: m.trigger.range) {
                        for i in first..<out.count { out[i].casualties = Casualties() }
                    }
                }
            }
        }
        return out
    }

    /// "The death toll from the explosion rose to 20 on Monday": the day a running total rose is the count's, not the event's.
    static let tollRoseBefore = Rx(#"\b(?:rose|risen|rises|climbed|reached|jumped|increased|stood|stands)\s+(?:to\s+|at\s+)?(?:at\s+least\s+)?\d[\d,]*\s+$"#,
                                   anchors: ["rose", "risen", "rises", "climbed", "reached", "jumped", "increased", "stood", "stands"])

    /// "Norway woke up on Saturday to the worst violence … after a bomb blast in the heart of Oslo": a day told before
    /// every attack word, each of which stands in a clause of "after" or "following", is the day of what came after.
    static func dayBeforeAfterClause(_ ns: NSString, _ t: TimeExpression, _ triggers: [Trigger]) -> Bool {
        let end = t.range.location + t.range.length
        guard !triggers.isEmpty, triggers.allSatisfy({ $0.range.location >= end }) else { return false }
        let first = triggers.min { $0.range.location < $1.range.location }!
        // ("Barakat died of his wounds on Monday after a car bomb …", "helicopters sank three boats and killed their crews
        // on Sunday after the vessels attacked": a main clause that harms someone tells the event's own day.)
        return afterCueRightBefore.test(ns, slice: end, first.range.location)
            && !harmInMainClause.test(ns, slice: 0, first.range.location)
    }
    /// A verb of harm or of a hit, in the main clause before an "after" clause.
    static let harmInMainClause = Rx(#"\b(?:kill\w*|died|dies|dead|wound\w*|injur\w*|sank|sunk|shot|destroy\w*|hit|struck)\b"#)
    /// ("hours after an Israeli airstrike", "shortly after the blast": what came within hours shares the day.)
    /// ("deepened Monday after an Israeli security guard at the embassy in Amman shot and killed two": the clause's
    /// subject may take ten words.)
    static let afterCueRightBefore = Rx(#"(?<!hours )(?<!minutes )(?<!shortly )(?<!moments )(?<!soon )(?<!just )(?<!hour )\b(?:after|following)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,10}$"#, anchors: ["after", "following"])

    /// A month-precision day of an earlier month than the publication's.
    static func monthBefore(_ d: Day?, _ published: Day?) -> Bool {
        guard let d, let p = published else { return false }
        return (d.year, d.month) < (p.year, p.month)
    }

    private func mention(_ s: ArticleSentence, published: Day?, triggers allTriggers: [Trigger], times: [TimeExpression],
                         places: [Mention<Place>], window: NSRange) -> EventMention? {
        let ns = s.ns
        var triggers = allTriggers
        guard !triggers.isEmpty else { return nil }
        let casualties = s.memo.casualties(ns, in: window)
        let hasFigures = casualties.killed != nil || casualties.wounded != nil
        // "since October": the start of a span of many events, not an event's day.
        // "X claimed responsibility for the attack on Monday": the day of the claim, not of the attack.
        let claim = s.memo.claimed(ns)
        // "X claimed a drone attack on Y late on February 4": a claim whose object is the attack itself dates the
        // attack with the time after it ("claimed responsibility on Monday" dates the claim).
        let objectClaimEnd = claim.flatMap { m -> Int? in
            let t = ns.sub(m.range).asciiLower
            return t.has("claim") && !t.has("responsib") && !t.has("credit") || Self.ownStrikeEnd.test(t as NSString) ? m.range.location + m.range.length : nil
        }
        let eventTimes = times.filter { t in
            !t.isSpeechTime && (!t.text.asciiLower.hasPrefix("since") || Self.sinceWhen(ns, t)) && !Self.comparisonSpan(ns, t) && !Self.speechVerbAfter(ns, t)
                && !Self.spanBegan(ns, t) && !(s.isHeadline && Self.acrossSemicolon(ns, t, triggers))
                && !Self.tollRoseBefore.test(ns, slice: t.range.location - 40, t.range.location)
                && !Self.dayBeforeAfterClause(ns, t, triggers)
                && !Self.sinceClauseDay(ns, t, triggers)
                && (!(claim.map { t.range.location > $0.range.location } ?? false && triggers.allSatisfy { $0.strength == .reference || $0.range.location > claim!.range.location }
                     && !(objectClaimEnd.map { t.range.location >= $0 } ?? false)) || Self.dayOwnsTrigger(t, triggers, ns)
                    // ("claimed responsibility for the car bomb attack … that killed two men on 30 December": the toll's day.)
                    || TimeExpressions.tollClauseBefore.test(ns, slice: t.range.location - 80, t.range.location)
                    || Self.victimClauseDay(ns, t, triggers, after: claim))
        }
        // "The following day, rockets hit …": a day told relative to the event before is a day too.
        let relativeDay = s.folded.hasAny(RelativeTimes.cueStems) && (RelativeTimes.phrase.test(ns, in: window) || RelativeTimes.gap.test(ns))
            || eventTimes.isEmpty && RelativeTimes.opensWithClockTime(ns)
        let hasDayTime = eventTimes.contains { $0.precision == .day || ($0.date == nil && published == nil) } || relativeDay
        let hasNamedPlace = places.contains { $0.entry.kind != .country && Self.locativeBefore.test(ns, window: NSRange(location: max(0, $0.range.lowerBound - 40), length: $0.range.lowerBound - max(0, $0.range.lowerBound - 40))) }

        // "132 civilians have died in attacks and landmine explosions", "600 members of the security forces have been killed
        // in attacks and clashes since then": a tally in the present perfect with no day counts a class of events, and
        // its toll is no one event's.
        if !hasDayTime, s.folded.hasAny(Self.tallyStems) {
            for i in triggers.indices where Self.tallyBefore.test(ns, slice: triggers[i].range.location - 60, triggers[i].range.location) {
                triggers[i].strength = .reference; triggers[i].vague = true
            }
        }
        // "police detained 11 people in house raids this morning": raids that arrest people, with no one hurt and no fire
        // exchanged, are no attack at all (not even one recalled).
        if triggers.contains(where: { $0.word.hasPrefix("raid") }), !((casualties.killed ?? 0) > 0 || (casualties.wounded ?? 0) > 0), Self.arrestCue.test(ns), !Self.gunfireCue.test(ns) {
            triggers.removeAll { $0.word.hasPrefix("raid") && $0.kind != .typed(.airstrike) }
            if triggers.isEmpty { return nil }
        }
        // Generic or bare-plural reports need specifics in the sentence to count as reports.
        var spanClassAt: Int? // where a class of events told over a span starts
        for i in triggers.indices where triggers[i].strength == .report {
            let t = triggers[i]
            let needsTime = (t.kind == .generic && !t.word.hasPrefix("assassinat")) || t.kind == .strike || t.word.hasPrefix("infiltrat")
            // A raid or arrest operation is news only with people killed or wounded in it, or fire exchanged.
            if EventTriggers.isRaid(t.word), t.kind != .typed(.airstrike), !((casualties.killed ?? 0) > 0 || (casualties.wounded ?? 0) > 0 || Self.gunfireCue.test(ns)) { triggers[i].strength = .reference; continue }
            // ("US forces conducted airstrikes against two facilities in eastern Syria": strikes on counted targets are one
            // operation, dated by the statement that told it.)
            let onCountedTargets = (t.bare || t.kind == .strike)
                && Self.countedTargetsAfter.test(ns, slice: t.range.location + t.range.length, t.range.location + t.range.length + 60)
            if t.bare && !(hasDayTime || hasFigures || hasNamedPlace || onCountedTargets) {
                triggers[i].strength = .reference; triggers[i].vague = true
            }
            else if t.word.hasSuffix("s"), Self.onPlaceClass.test(ns, slice: t.range.location + t.range.length, t.range.location + t.range.length + 60),
                    places.filter({ $0.entry.kind != .country && $0.range.lowerBound > t.range.location }).count >= 2 {
                triggers[i].strength = .reference; triggers[i].vague = true
                spanClassAt = min(spanClassAt ?? t.range.location, t.range.location)
            }
            else if t.bare, Self.spanInWhich.test(ns, slice: t.range.location - 60, t.range.location) {
                triggers[i].strength = .reference; triggers[i].vague = true
                spanClassAt = min(spanClassAt ?? t.range.location, t.range.location)
            }
            else if needsTime && eventTimes.isEmpty && !hasFigures && !relativeDay,
                    !(s.isLede && t.kind == .strike && !places.isEmpty && times.isEmpty && claim == nil),
                    !(t.kind == .strike && onCountedTargets) {
                triggers[i].strength = .reference; triggers[i].wantedTime = true
            }
        }
        // "Thursday's attack came at the end of a week in which bombings hit Lahore and Quetta": the places a dropped class
        // of events names after every kept attack word are that class's, not the kept event's.
        var places = places
        if let cut = spanClassAt, triggers.contains(where: { !$0.vague }), triggers.allSatisfy({ $0.vague || $0.range.location < cut }) {
            places.removeAll { $0.range.lowerBound > cut }
        }
        // A class of events ("missile and bomb attacks") is not a mention of any one of them.
        triggers.removeAll { $0.vague }
        // A report's most specific word wins; among references, a weapon word, else the first (the subject).
        func key(_ t: Trigger) -> (Int, Int, Int) {
            if t.strength == .report { return (0, t.rank, t.range.location) }
            if case .typed = t.kind { return (1, 0, t.range.location) }
            return (1, 1, t.range.location)
        }
        guard var best = triggers.min(by: { key($0) < key($1) }) else { return nil }
        // "Three attackers opened fire and blew themselves up": gunmen who blow themselves up make it a suicide bombing.
        if best.word == "opened fire" || best.word.hasPrefix("shoot"),
           let blast = triggers.first(where: { $0.word.hasPrefix("blew") && $0.strength == .report }) { best = blast }
        // "carried out two coordinated attacks on the prisons, using mortar shells, suicide car bombs and gunmen": weapons
        // listed as the means of an assault that also sent in gunmen are that assault's, not an event of their own kind.
        var combinedAssault = false
        if case .typed = best.kind, best.strength == .report,
           var assault = triggers.first(where: { ($0.word.hasPrefix("attack") || $0.word.hasPrefix("assault")) && $0.range.location < best.range.location }),
           Self.meansWithGunmen.test(ns, slice: assault.range.location + assault.range.length, ns.length) {
            assault.strength = .report
            best = assault
            combinedAssault = true
        }
        // "The attack began before dawn, when militants detonated a car bomb … and then spread through the town": the
        // weapon of the first phase of an attack told as a whole, with gunmen after it, is no event of its own kind.
        if !combinedAssault, case .typed = best.kind, best.strength == .report, let opening = Self.attackBeganWhen.first(ns),
           var assault = triggers.first(where: { NSLocationInRange($0.range.location, opening.range) && $0.range.location < best.range.location }),
           Self.gunmenPhaseAfter.test(ns, slice: best.range.location + best.range.length, ns.length) {
            assault.strength = .report
            best = assault
            combinedAssault = true
        }

        let segments = s.memo.segments(ns)
        let segOf = { (loc: Int) -> Int in segments.firstIndex(where: { NSLocationInRange(loc, $0) }) ?? 0 }
        let tSeg = segOf(best.range.location)
        let tStart = best.range.location, tEnd = best.range.location + best.range.length
        func distance(_ r: NSRange) -> Double {
            let d = r.location >= tEnd ? Double(r.location - tEnd) : Double(tStart - (r.location + r.length)) * 1.5
            return d + (segOf(r.location) == tSeg ? 0 : 1000)
        }
        // "On Sunday, police killed 19 militants linked to Friday's attack": a day owned by another event word names that
        // event when the sentence tells a day of its own ("Following Wednesday's attack, jets struck" has only that day).
        var ownTimes = eventTimes.count < 2 ? eventTimes : eventTimes.filter { t in
            guard t.text.hasSuffix("'s") || t.text.hasSuffix("’s") else { return true }
            let end = t.range.location + t.range.length
            return !triggers.contains { $0.range != best.range && $0.range.location >= end && $0.range.location - end <= 25 }
        }
        // "at about 11.30pm local time (8.30am Saturday AEDT) late on Friday night": a day in brackets that converts the
        // clock to another time zone is the reader's, not the event's.
        if ownTimes.count >= 2 {
            let local = ownTimes.filter { !Self.inZoneAside(ns, $0.range) }
            if !local.isEmpty, local.count < ownTimes.count { ownTimes = local }
        }
        // "What we know by Monday morning", "the toll as of Tuesday": the time a count or account stood at, not the event's.
        // (Not "overshadowed by Thursday's train bombings": the day's own attack.)
        // ("what is known this morning", "what we know tonight": the time of knowing, the same.)
        ownTimes.removeAll { t in Self.asOfOpening.test(t.text as NSString) && !t.text.hasSuffix("'s") && !t.text.hasSuffix("’s")
            || Self.knownBefore.test(ns, slice: t.range.location - 16, t.range.location) }
        var time = ownTimes.min(by: { distance($0.range) < distance($1.range) })
        // "stormed the camp last week, … the April 8 assault": a day the sentence tells inside the week or month of the
        // nearest time is the finer reading of it.
        if let t = time, let d = t.date, t.precision == .week || t.precision == .month,
           let finer = eventTimes.first(where: { f in
               guard f.precision == .day, let fd = f.date else { return false }
               return t.precision == .week ? fd >= d && fd < d.adding(days: 7) : fd.year == d.year && fd.month == d.month
           }) { time = finer }
        // "The death toll of the Suruç bombing rose to 32 on Wednesday": the day a toll told back was updated, not the
        // attack's ("the toll of an attack … rose to eleven on Tuesday" may be all the lead says of its day).
        let tollDay = time.map { Self.tollRoseBefore(ns, $0) } ?? false
        if tollDay, best.strength == .reference { time = nil }
        // "Security forces ended an overnight siege at a luxury hotel … on Saturday after gunmen killed 28": the day a
        // siege was ended is the responders', not the attack's (which the report tells elsewhere, "began … on Friday").
        if let t = time, Self.siegeEndedBefore.test(ns, slice: t.range.location - 120, t.range.location) { time = nil }
        // "In March 2005 seven men were charged for the Makati bombing": the day of a step of justice taken over the attack
        // (a charge, a trial, a sentence) is not the attack's.
        if let t = time, best.strength == .reference, t.range.location < best.range.location,
           Self.justiceFor.test(ns, slice: t.range.location, best.range.location) { time = nil }
        let speech = times.first(where: { $0.isSpeechTime })
        var adjacent = false
        if let time {
            let gapAfter = time.range.location - tEnd
            let gapBefore = tStart - (time.range.location + time.range.length)
            // ("the shooting of Friday, 18 March": a day told with "of" dates the noun as "on" does.)
            adjacent = (gapAfter >= 0 && gapAfter <= 2) || (gapBefore >= 0 && gapBefore <= 2) || gapAfter == 4 && ns.slice(tEnd, time.range.location) == " of "
                || gapAfter > 2 && gapAfter <= 120 && Self.clauseToTime.test(ns, slice: tEnd, time.range.location)
                || gapAfter > 2 && gapAfter <= 50 && Self.copulaToTime.test(ns, slice: tEnd, time.range.location)
                // "Friday's terrorist attack", "Sunday's twin suicide bombings": a day's possessive before the attack word's
                // adjectives.
                || Self.dayOwnsTrigger(time, [best], ns)
        }
        let actors = s.actors.filter { $0.range.lowerBound >= window.location && $0.range.lowerBound < window.location + window.length
            && !Self.isPlaceAppositive($0, in: s) }
        var attribution = Attribution.read(ns, trigger: best, actors: actors, places: places, memo: s.memo)
        // "ISIS cells attacked a position …, but withdrew after an exchange of fire", "The IRGC had struck the groups on
        // September 28, when missiles hit …": the weapon or clash word says what happened, the attack verb before it who did it.
        // ("The Tamil Tigers carried out their first air raid …, when a light aircraft dropped bombs on the base": the
        // subject of an air raid told before, whose munitions the weapon word names.)
        if attribution.perpetrator == nil, attribution.suspected == nil,
           let verb = triggers.first(where: { $0.range.location < best.range.location && ($0.word.hasSuffix("ed") || $0.word == "struck") })
            ?? triggers.first(where: { t in t.range.location < best.range.location && t.range.location >= window.location && t.kind.isAirRaid }) {
            let byVerb = Attribution.read(ns, trigger: verb, actors: actors, places: places, memo: s.memo)
            if byVerb.perpetrator != nil { attribution.perpetrator = byVerb.perpetrator; attribution.target = attribution.target ?? byVerb.target }
        }
        // The perpetrator's own name is not where it happened ("The United States launched airstrikes").
        var placesHere = places.filter { p in
            guard let perp = attribution.perpetrator?.name else { return true }
            return p.entry.name != perp && p.entry.country != perp || p.entry.kind != .country
        }
        // "Azerbaijan's embassy in Iran", "the Embassy of the Republic of Azerbaijan in the Islamic Republic of Iran": the
        // state that owns a mission is not where the mission is; nor is a body's seat ("… on the southern edge of the
        // capital, the Tripoli-based government said"). With no other place named, the article's country or an unlisted
        // name places the event (`namesNoEventPlace`).
        placesHere.removeAll { Self.isMissionOwner($0, in: ns) || Self.isSeatAdjective($0, in: ns) }
        // "About an hour before the Samtah attack, another projectile fell in the Najran region": a town naming the event
        // the sentence measures from is not where this one happened, when another place is named.
        let namingOther = placesHere.filter { Self.namesEventMeasuredFrom($0, trigger: best.range, in: ns) }
        if !namingOther.isEmpty, placesHere.contains(where: { p in !namingOther.contains { $0.range == p.range } }) {
            placesHere.removeAll { p in namingOther.contains { $0.range == p.range } }
        }
        // "Moroccan-Dutch organisations in Amsterdam and Rotterdam condemned the bombing": where those who react sit.
        // "According to figures released by the UN in New York yesterday, 22 people died in the attack": where the
        // figures were told, before the attack word. "at around 4:30 pm local time (9:30 am in Brasilia)": the clock of
        // another town.
        placesHere.removeAll { p in
            Self.isReactionSeat(p, trigger: best.range, in: ns)
                || p.range.upperBound <= best.range.location && Self.speechSeatBefore.test(ns, slice: p.range.lowerBound - 60, p.range.lowerBound)
                || Self.clockElsewhereBefore.test(ns, slice: p.range.lowerBound - 20, p.range.lowerBound)
        }
        // Most specific first; among equals, the one nearest the attack word.
        let near = { (m: Mention<Place>) in distance(NSRange(location: m.range.lowerBound, length: m.range.count)) }
        let byRank = { (a: Mention<Place>, b: Mention<Place>) in Self.rank(a.entry) < Self.rank(b.entry) || (Self.rank(a.entry) == Self.rank(b.entry) && near(a) > near(b)) }
        var place = placesHere.filter { segOf($0.range.lowerBound) == tSeg }.max(by: byRank) ?? placesHere.max(by: byRank)
        // "In Baghdad, a bomb exploded … in the Tarmiyah district": a roundup's opening "In X," names the province
        // the paragraph is about; a town of that province named in the sentence is where it happened.
        if let p = place, p.range.lowerBound <= 3, Self.opensFrame(ns, p),
           let inner = placesHere.filter({ $0.range.lowerBound > p.range.upperBound && Self.rank($0.entry) >= 3 && $0.entry.id != p.entry.id
               && $0.entry.admin1 != nil && $0.entry.admin1 == p.entry.admin1 && $0.entry.country == p.entry.country }).first {
            place = inner
        }
        // "The strikes near Baalbek … hit two buildings in the town of Bouday": a town the strikes were only near yields to
        // the village of its province named as where they hit.
        if let p = place, p.entry.kind == .city, Self.nearTownBefore.test(ns, window: NSRange(location: max(0, p.range.lowerBound - 30), length: min(30, p.range.lowerBound))),
           let village = placesHere.first(where: { $0.entry.kind == .city && $0.entry.id != p.entry.id && $0.entry.admin1 == p.entry.admin1 && $0.entry.country == p.entry.country
               && Self.settlementOfBefore.test(ns, window: NSRange(location: max(0, $0.range.lowerBound - 20), length: min(20, $0.range.lowerBound))) }) {
            place = village
        }
        // A village or site the gazetteer lacks, named where the sentence places the event only coarsely.
        if let p = place, let unlisted = s.memo.unlistedPlace(for: p, in: s, gazetteer: knowledge.gazetteer) { place = unlisted }
        // Only for a report dated by its own day, or by a month before the publication's ("In February 2015, fighters
        // attacked the village of X": a recalled event, no retelling of the news): a reference or an undated report names
        // a town of the event told elsewhere, which it would split off as a duplicate.
        // ("Two more bombers struck the al-Hashoosh mosque … minutes later", "About two hours later, a bomb exploded … as the
        // train pulled into Sihhiye station": a further attack told by the time since the first is dated by it.)
        else if place == nil, placesHere.isEmpty, best.strength == .report,
                time?.precision == .day || time?.precision == .month && Self.monthBefore(time?.date, published)
                    || time == nil && Self.toldLaterThatDay.test(ns) {
            place = UnlistedPlace.mentionWithoutPlace(in: s, window: window)
        }
        // "exploded in Erbil's Ankawa district": the place a possessive town goes on to name is inside it, and more precise.
        if let p = place, !UnlistedPlace.isUnlisted(p.entry), let q = placesHere.first(where: { $0.range.lowerBound == p.range.upperBound + 3 && $0.entry.id != p.entry.id
               && ($0.entry.kind == .city || $0.entry.kind == .site) && $0.entry.country == p.entry.country }),
           ["'s ", "’s "].contains(ns.sub(NSRange(location: p.range.upperBound, length: 3))) {
            place = q
        }
        var type = resolveType(best, attribution: attribution, sentence: ns)
        // "The drone struck …": a weapon named in the sentence types a generic report.
        if !combinedAssault, type == .other || best.kind == .strike && type != .airstrike, let weapon = triggers.first(where: { if case .typed = $0.kind { return true } else { return false } }) {
            type = resolveType(weapon, attribution: attribution, sentence: ns)
        }
        // "conducted with an anti-ship cruise missile or a one-way attack UAS": a weapon told as one of two is unknown.
        if Self.weaponsInDoubt(triggers, ns) { type = .other }
        // "A gunman … after opening fire on a security patrol", "attacked the post with heavy gunfire": an attack told
        // with fire exchanged is an armed clash (a targeted killing or a knife attack stays other).
        // (Not fire on unarmed people: "attacked the academy, opening fire on children in a classroom".)
        if type == .other, best.kind == .generic, !best.word.hasPrefix("assassinat"), !s.memo.isDisrupted(ns), let fire = Self.gunfireCue.first(ns),
           !Self.unarmedTargetAfter.test(ns, slice: fire.range.location + fire.range.length, fire.range.location + fire.range.length + 70),
           !Self.unarmedHarmed(ns, by: best) { type = .armedClash }
        // "Hundreds of fighters assaulted the camp, using heavy weapons, mortars and a car bomb, and fought the garrison for
        // three hours": an assault fought out with the defenders is a clash, whatever weapons it used.
        if best.strength == .report, Self.foughtOut.test(ns), Self.fightersAssault.test(ns) { type = .armedClash }
        // A ground raid is an armed clash (ACLED); a raid flown by aircraft is an airstrike. "The raids" told back
        // refers to whatever was told before (an air operation's raids), so it keeps no type of its own.
        // ("militants raided the village and murdered 33 villagers": a raid on unarmed people is an attack on them.)
        if type == .other, best.strength == .report, EventTriggers.isRaid(best.word), !Self.unarmedHarmed(ns, by: best) { type = Self.airCue.test(ns) ? .airstrike : .armedClash }
        // Armed men killing people with no weapon named: a clash or an attack by gunmen (an armed clash, as for raids).
        // Not with blades or a vehicle ("attackers armed with an axe and a knife killed three men"): an attack on people.
        // Unarmed people killed by them ("insurgents killed 43 farm workers", "gunmen shot dead 20 villagers") are an
        // attack on civilians, typed other like shots fired on them.
        // "Gunmen killed a local official of the militia": one person killed is a targeted killing (typed other, like "shot dead").
        if type == .other, best.strength == .report, best.word == "killed", !s.folded.hasAny(Self.meleeStems),
           case let after = ns.slice(best.range.location + best.range.length, best.range.location + best.range.length + 70) as NSString,
           !Self.unarmedKilledAfter.test(after), !Self.onePersonAfter.test(after),
           // ("33 villagers were killed … by an armed group": the unarmed dead told before the passive.)
           !Self.unarmedVictimBefore.test(ns, slice: best.range.location - 70, best.range.location) { type = .armedClash }
        // "Egypt's armed forces said they had struck training camps in Libya": a state telling of its own strike.
        if type == .other, best.kind == .strike, attribution.perpetrator == nil, Self.ownAirStrike(s.text, actors: actors) { type = .airstrike }
        // "The Israeli army committed a massacre by bombing the school": a state's forces bomb from the air, they plant no device.
        if type == .iedAttack, ["bombing", "bombed", "bombings"].contains(best.word), attribution.perpetrator?.isState == true { type = .airstrike }
        var m = EventMention(sentence: s.index, trigger: best, type: type, strength: best.strength, time: time, speechTime: speech,
                             timeAdjacent: adjacent, place: place, casualties: casualties, attribution: attribution)
        m.statementDay = times.first { $0.date != nil && $0.precision == .day && Self.speechVerbAfter(ns, $0) }
            // "The Taliban claimed responsibility on Tuesday for a suicide attack …", "claimed responsibility for the
            // attack on Tuesday": the claim's day, which the attack cannot follow.
            // (Not "claimed responsibility for the attack on Friday": that refers to an event told before, dated there.)
            ?? (best.strength == .report ? claim : nil).flatMap { c in
                times.first { $0.date != nil && $0.precision == .day && !$0.isSpeechTime && $0.range.location >= c.range.location }
            }
        m.timeIsTollUpdate = tollDay && time != nil
        if let t = time, t.text.asciiLower.hasPrefix("since") {
            let b0 = max(0, t.range.location - 90)
            let before = ns.sub(NSRange(location: b0, length: t.range.location - b0))
            m.recalledForComparison = Folded(before).hasAny(Self.superlativeStems) && Self.superlative.test(before as NSString)
        }
        m.disrupted = s.memo.isDisrupted(ns)
        m.impact = s.memo.hasImpact(ns)
        m.side = Self.side(type: type, attribution: attribution, ns: ns, trigger: best.range, window: window)
        m.ordinal = Self.ordinal(ns, before: best.range)
        return m
    }

    /// The range stands in brackets that name a time zone ("(8.30am Saturday AEDT)", "(0400 GMT Tuesday)").
    static func inZoneAside(_ ns: NSString, _ r: NSRange) -> Bool {
        let before = ns.slice(r.location - 24, r.location), after = ns.slice(r.location + r.length, r.location + r.length + 24)
        guard let open = before.lastIndex(of: "("), !before[open...].contains(")"), let close = after.firstIndex(of: ")") else { return false }
        let aside = String(before[open...]) + ns.sub(r) + String(after[..<close])
        return zoneName.test(aside as NSString)
    }
    static let zoneName = Rx(#"\b(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b"#, caseInsensitive: false)

    /// "-e-Iqbal", "-i-Noor", "-ul-Haq", "-ud-Din": the link of a compound name.
    static let linkedNameAfter = Rx(#"^-(?:e|i|ul|ud|us|ur|un)-\p{L}"#)

    /// "were charged for the", "was convicted over the", "sentenced to death for his role in the": a step of justice whose
    /// object is the attack word that follows.
    static let justiceFor = Rx(#"\b(?:charged|convicted|sentenced|indicted|tried|arrested|detained|jailed|acquitted|executed|hanged|extradited|prosecuted)\b[^.;]{0,60}?\b(?:for|over|in connection with|in)\s+(?:(?:his|her|their)\s+(?:role|part)\s+in\s+)?(?:the|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$"#,
                                anchors: ["charged", "convicted", "sentenced", "indicted", "tried", "arrested", "detained", "jailed", "acquitted", "executed", "hanged", "extradited", "prosecuted"])

    /// The last words of the 24 characters before an attack word: its noun phrase ("the second car", "Three").
    static func wordsBefore(_ ns: NSString, _ t: NSRange) -> [String] {
        let b0 = max(0, t.location - 24)
        return Words.of(ns.sub(NSRange(location: b0, length: t.location - b0)))
    }

    /// "Three bombs", "two car bombs", "twin blasts", "several attacks": a count of more than one attack before the word.
    static func countsSeveral(_ ns: NSString, before t: NSRange) -> Bool {
        wordsBefore(ns, t).suffix(2).contains { w in
            ["twin", "several", "multiple", "simultaneous"].contains(w) || DateWords.number(w).map { $0 >= 2 && $0 <= 20 } == true || Int(w).map { $0 >= 2 && $0 <= 20 } == true
        }
    }

    /// "the first blast", "The second car bomb went off hours later": the ordinal that counts the attack word off (not
    /// "the second such attack this year", which measures the event against others).
    static func ordinal(_ ns: NSString, before t: NSRange) -> Int? {
        let words = wordsBefore(ns, t).suffix(3)
        guard let i = words.lastIndex(where: { Self.ordinals[$0] != nil }), i > words.startIndex, words[i - 1] == "the",
              !words[(i + 1)...].contains(where: { ["such", "of", "in", "and"].contains($0) }) else { return nil }
        return Self.ordinals[words[i]]
    }
    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5]

    /// "the IRGC said it fired missiles at … late on Monday": a speaker telling of its own strike; the strike is the
    /// object of the statement, so a time after it dates the strike.
    static let ownStrikeEnd = Rx(#"\b(?:fired|launched|struck|targeted|attacked|shelled|bombed|hit|carried out)$"#,
                                 anchors: ["fired", "launched", "struck", "targeted", "attacked", "shelled", "bombed", "hit", "carried out"])
    /// "on US troops", "at coalition forces", "against American personnel": an attack on a state's forces.
    static let onForces = Rx(#"\b(?:on|at|against|targeting|targeted|toward|towards)\s+(?:the\s+)?(?:(?:U\.S\.|US|American|coalition|U\.S\.-led|US-led|foreign|international|Western)\s+(?:coalition\s+|military\s+)?)?(?:troops|forces|service\s?members|servicemen|personnel|soldiers)\b"#, anchors: ["troops", "forces", "service", "personnel", "soldiers"])
    static let otherAttackStems = ["attack", "strike", "rocket", "drone", "missile", "bomb", "raid"]
    /// The text after a trigger passes a clause boundary and names another attack ("…, and denied attacks on …"):
    /// what follows belongs to that attack.
    static func anotherClausesAttack(_ gap: String) -> Bool {
        guard let comma = gap.firstIndex(where: { $0 == "," || $0 == ";" }) else { return false }
        let rest = gap[comma...].lowercased()
        return otherAttackStems.contains(where: { rest.contains($0) })
    }
    /// "militants fired", "gunmen attacked": a non-state agent named by description.
    static let nonStateAgent = Rx(#"\b(?:militants?|militias?|militiamen|gunmen|insurgents|rebels|armed groups?|factions?)\s+(?:\w+\s+){0,2}?(?:fired|launched|attacked|targeted|struck|shelled|detonated)\b"#, anchors: ["fired", "launched", "attacked", "targeted", "struck", "shelled", "detonated"])

    /// The side that carried out a mention, when the sentence tells: a state actor (or a plain airstrike), or a
    /// non-state group (a named armed group, militia weapons, an attack on a state's forces).
    static func side(type: EventType, attribution: SentenceAttribution, ns: NSString, trigger: NSRange, window: NSRange) -> EventSide? {
        if let p = attribution.perpetrator {
            if p.isState { return .state }
            if p.kind == .armedGroup { return .nonState }
        }
        // Militia weapons; a bare "drone" or "drone strike" may be a state's, so only "drone attack" counts.
        switch type {
        case .rocketAttack, .mortarAttack, .iedAttack: return .nonState
        case .droneAttack where ns.sub(trigger).asciiLower.has("attack")
            || ns.sub(NSRange(location: trigger.location + trigger.length, length: min(8, ns.length - trigger.location - trigger.length))).asciiLower.hasPrefix(" attack"):
            return .nonState
        default: break
        }
        if attribution.target?.isUSorCoalition == true { return .nonState }
        let from = trigger.location + trigger.length, end = window.location + window.length
        // "… killed in the strike near al-Qaim, and claimed the men were not involved in attacks on US forces": the
        // forces belong to another attack word told in between, not to this one.
        if end > from, let f = onForces.first(ns, in: NSRange(location: from, length: min(100, end - from))),
           !Self.anotherClausesAttack(ns.sub(NSRange(location: from, length: f.range.location - from))) { return .nonState }
        if nonStateAgent.test(ns, in: window) { return .nonState }
        if type == .airstrike { return .state }
        return nil
    }

    /// Aircraft right before "dropped" and the bomb word ("Russian aircraft dropped cluster bombs", "an F-16C dropped two
    /// 500-pound bombs": a model named by its letters and number).
    static let droppedByAircraft = Rx(#"\b(?:aircraft|planes?|warplanes?|jets?|helicopters?|bombers?|drones?|[a-z]{1,3}-\d+[a-z]?|Mirages?|Tornados?|Rafales?|Typhoons?|Apaches?|Reapers?|Predators?)\s+(?:(?:had|have|has|also|reportedly|then)\s+)?dropped\s+(?:[\w'’-]+\s+){0,3}$"#, anchors: ["dropped"])
    static let aircraftBefore = Rx(#"\b(?:helicopters?|gunships?|warplanes?|war planes?|jets?|fighter jets?|aircraft|air|aerial)\s+$"#,
                                   anchors: ["helicopter", "gunship", "warplane", "war plane", "jet", "aircraft", "air", "aerial"])
    static let manWithBombBefore = Rx(#"\b(?:suicide|car|truck|the|a|more|other|two|three|four)\s+bombers?\s+(?:\w+\s+)?$"#, anchors: ["bomber"])
    /// (A "suicide bomber", a "car bomber", "the bomber" or "two more bombers" who struck are men with bombs, not aircraft:
    /// bombers that fly are told by their kind or their state, "B-52 bombers", "Russian bombers".)
    static let airCue = Rx(#"\b(?:warplanes?|jets?|aircraft|air force|helicopters?|gunships?|(?<!suicide )(?<!car )(?<!truck )(?<!the )(?<!a )(?<!more )(?<!other )(?<!two )(?<!three )(?<!four )bombers?|f-\d+)\b"#, anchors: ["warplane", "jet", "aircraft", "air force", "helicopter", "gunship", "bomber", "f-"])

    /// "carried out an air aggression with a barrage of missiles", "Israeli aircraft fired missiles at": missiles told
    /// with the aircraft that launched them are an air strike (state media describe raids by their munitions).
    static let airAggression = Rx(#"\bair (?:aggression|attack|raid)\b"#, anchors: ["air aggression", "air attack", "air raid"])
    static func launchedFromAir(_ t: Trigger, sentence: NSString) -> Bool {
        if airAggression.test(sentence) { return true }
        // An aircraft named before the missile word, in the same sentence ("jets fired two missiles", not
        // "a missile hit the aircraft hangar").
        let b0 = max(0, t.range.location - 80)
        let before = sentence.sub(NSRange(location: b0, length: t.range.location - b0)) as NSString
        guard let cue = airCue.matches(before).last else { return false }
        // Another clause's event in between ("jets struck X after militants fired missiles") is not this one's.
        let between = Words.of(before.sub(from: cue.range.location + cue.range.length))
        if between.contains(where: { ["after", "before", "when", "while", "as", "following", "retaliation", "response"].contains($0) }) { return false }
        // "a helicopter carrying troops was shot down with a missile": the aircraft is what the missile hit.
        if between.contains("down") || between.contains("downed") { return false }
        let after = before.sub(NSRange(location: cue.range.location + cue.range.length, length: min(12, before.length - cue.range.location - cue.range.length))).asciiLower
        return !after.hasPrefix(" carrier") && !after.hasPrefix(" hangar") && !after.hasPrefix("s hangar")
    }

    static let sideTakenBefore = Rx(#"\b(?:pro|anti)-$"#, anchors: ["pro-", "anti-"])
    static let fireBombBefore = Rx(#"\b(?:petrol|gasoline|gas|fire|incendiary|molotov)\s+$"#, anchors: ["petrol", "gasoline", "gas", "fire", "incendiary", "molotov"])
    /// The ground weapon that is the subject of a strike verb ("shells fired by … struck", "tank rounds hit").
    static let groundFireBefore = Rx(#"\b(?:shells|artillery|mortar (?:shells|rounds|bombs)|tank (?:shells|rounds|fire)|howitzer)\b[^.;:]*$"#,
                                     anchors: ["shells", "artillery", "mortar", "tank", "howitzer"])
    func resolveType(_ t: Trigger, attribution: SentenceAttribution, sentence: NSString) -> EventType {
        switch t.kind {
        case .typed(.droneAttack):
            // A state's drone is an air/drone strike (ACLED's coding); militia drones are drone attacks.
            if let p = attribution.perpetrator, p.isState { return .airstrike }
            return .droneAttack
        case .typed(.missileAttack) where Self.launchedFromAir(t, sentence: sentence):
            return .airstrike
        // "Russian aircraft dropped cluster bombs on the square", "jets dropped barrel bombs": bombs dropped from the air.
        case .typed(.iedAttack) where t.word.hasPrefix("bomb") && Self.droppedByAircraft.test(sentence, slice: t.range.location - 70, t.range.location):
            return .airstrike
        // "A group of tourists travelling in four vehicles came under fire from armed men": unarmed people shot at.
        case .typed(.armedClash) where t.word.contains(" under "):
            let before = sentence.slice(t.range.location - 120, t.range.location) as NSString
            return Self.unarmedSubjectBefore.test(before) && !Self.armedMenIn.test(before) ? .other : .armedClash
        // "A gunman opened fire at the shrine": one shooter against unarmed people is no clash (ACLED: an attack).
        case .typed(.armedClash) where t.word == "opened fire" || t.word.hasPrefix("shoot") || EventTriggers.isKilling(t.word):
            let end = t.range.location + t.range.length
            let after = sentence.slice(end, end + 70) as NSString
            // "A gunman who opened fire on a police patrol": shots at armed men are a clash, however many fired them.
            if Self.armedTargetOfFire.test(after) { return .armedClash }
            if Self.loneShooterBefore.test(sentence, slice: t.range.location - 60, t.range.location) { return .other }
            // "five gunmen burst into the chamber of the National Assembly … and opened fire": shots fired by men who
            // forced their way into a place where unarmed people gather, with no fight told, are an attack on them.
            if Self.enteredVenueBefore.test(sentence, slice: t.range.location - 150, t.range.location), !Self.fightTold.test(sentence) { return .other }
            // "opened fire on worshippers leaving a mosque", "fired on Palestinian fishing boats": shots at unarmed people
            // are an attack on them, whoever fires (ACLED: violence against civilians); at soldiers or a checkpoint, a clash.
            if Self.unarmedTargetAfter.test(after) || Self.unarmedHarmed(sentence, by: t) { return .other }
            // "Unknown gunmen shot dead a former opposition commander": one person killed is a targeted killing, no clash.
            // ("An MIT police officer was shot and killed as he sat in his cruiser": one victim told before the passive.)
            if EventTriggers.isKilling(t.word), Self.onePersonAfter.test(after) || Self.oneVictimBefore.test(sentence, slice: t.range.location - 70, t.range.location) { return .other }
            return .armedClash
        // "The pilgrims were ambushed on the desert road", "gunmen ambushed a minibus carrying workers": an ambush of
        // unarmed people is an attack on them (ACLED: violence against civilians); of a patrol or convoy, a clash.
        case .typed(.armedClash) where t.word.hasPrefix("ambush"):
            let end = t.range.location + t.range.length
            if Self.unarmedVictimBefore.test(sentence, slice: t.range.location - 70, t.range.location)
                || Self.unarmedObjectAfter.test(sentence, slice: end, end + 60) { return .other }
            return .armedClash
        // "armed men stormed the Fulani village of Ogossagou": a raid on villagers' homes is an attack on them (ACLED:
        // violence against civilians); storming an army post or a base is a clash.
        case .typed(.armedClash) where t.word.hasPrefix("storm"):
            return Self.onVillagersHomes(t, sentence) || Self.unarmedHarmed(sentence, by: t) || Self.stormedToBurn(t, sentence)
                || Self.stormedVenue(t, sentence) ? .other : .armedClash
        // "barrel bombs", "bombs dropped by regime helicopters": bombs from the air are an air strike, not a planted device.
        case .typed(.iedAttack) where t.word.hasPrefix("bomb") && Self.airDroppedBomb(t, sentence):
            return .airstrike
        // "saboteurs threw petrol bombs into a restaurant", "Molotov cocktails": fire thrown by hand is arson, no explosive device.
        case .typed(.iedAttack) where t.word.hasPrefix("bomb") && Self.fireBombBefore.test(sentence, slice: t.range.location - 12, t.range.location):
            return .other
        case .typed(let e): return e
        case .droneStrike:
            if let p = attribution.perpetrator { return p.isState ? .airstrike : .droneAttack }
            if let target = attribution.target, target.isUSorCoalition { return .droneAttack }
            // A drone strike on a named installation (a base) is the bases' attackers' weapon, not an air force's.
            if let target = attribution.target, target.id == nil, target.kind == nil { return .droneAttack }
            // Unattributed: the weapon the report names ("a drone strike hit a flour mill"), unless a state is blamed
            // for it or it hunted an armed group's men ("a drone strike killed a commander of Kataib Hezbollah": states
            // fly those).
            if let s = attribution.suspected { return s.isState ? .airstrike : .droneAttack }
            if let target = attribution.target, target.id != nil { return .airstrike }
            let end = t.range.location + t.range.length
            return Self.groupMenHunted.test(sentence, slice: end, end + 120)
                || Self.groupMenKilledBy.test(sentence, slice: t.range.location - 90, t.range.location) ? .airstrike : .droneAttack
        case .strike:
            // "Artillery shells fired by regime forces struck the town": a state's shells strike from the ground.
            if Self.groundFireBefore.test(sentence, slice: t.range.location - 80, t.range.location) { return .other }
            if let p = attribution.perpetrator, p.isState { return .airstrike }
            if Self.airCue.test(sentence) { return .airstrike }
            // "41 killed as suicide car bomber strikes Indian Embassy": a bomber who strikes sets off a bomb.
            if Self.manWithBombBefore.test(sentence, slice: t.range.location - 30, t.range.location) { return .iedAttack }
            // "Strikes attributed to Israel hit …", "strikes blamed on Turkey": only states fly strikes that are blamed on them.
            if attribution.perpetrator == nil, let s = attribution.suspected, s.isState { return .airstrike }
            return .other
        case .generic:
            // "an Israeli helicopter attack", "several air attacks", "a gunship assault": an attack named by its aircraft.
            if t.word.hasPrefix("attack") || t.word.hasPrefix("assault") || t.word.hasPrefix("raid"),
               Self.aircraftBefore.test(sentence, slice: t.range.location - 30, t.range.location) { return .airstrike }
            // "the coalition raided the capital, hitting a house": an air power's raid with no troops on the ground.
            // (Not its men on the ground: "Israeli troops raided Nablus", "police raided the compound".)
            if t.word.hasPrefix("raid"), let p = attribution.perpetrator, Self.airRaiderNames.contains(where: { p.name.asciiLower.has($0) }),
               !Self.groundRaidersBefore.test(sentence, slice: t.range.location - 50, t.range.location),
               !Self.groundRaidersAfter.test(sentence, slice: t.range.location + t.range.length, t.range.location + t.range.length + 50),
               !Folded(sentence as String).hasAny(Words.groundRaidStems) { return .airstrike }
            // "two masked gunmen attacked the church": armed men assaulting a place are an armed clash.
            // (Attacking villagers' homes, they are an attack on the villagers: "armed men attacked Solhan, a rural commune".)
            if t.word.hasPrefix("attack") || t.word.hasPrefix("assault"), Self.gunmenBefore.test(sentence, slice: t.range.location - 60, t.range.location) {
                return Self.onVillagersHomes(t, sentence) || Self.unarmedHarmed(sentence, by: t) ? .other : .armedClash
            }
            // "AQAP militants attacked an army checkpoint", "an ISIS cell attacked an SDF checkpoint": armed men assaulting
            // soldiers or their post are a clash (attacking a village, they are an attack on its people).
            if t.word == "attacked" || t.word == "assaulted", Self.fightersBefore.test(sentence, slice: t.range.location - 60, t.range.location),
               Self.armedTargetAfter.test(sentence, slice: t.range.location + t.range.length, t.range.location + t.range.length + 50) { return .armedClash }
            // "armed men loyal to the deputy minister attacked a police station in Vahdat, killing nine police officers": an
            // armed post attacked and its men killed is a clash, whoever the attackers (not a state: its arms are named).
            if t.word == "attacked" || t.word == "assaulted", attribution.perpetrator?.isState != true,
               case let after = sentence.slice(t.range.location + t.range.length, t.range.location + t.range.length + 140) as NSString,
               Self.armedTargetAfter.test(after), Self.armedMenKilledAfter.test(after) { return .armedClash }
            // "Two Turkish soldiers were martyred in an attack by PKK terrorists": armed men's attack on soldiers, no weapon named.
            if t.word.hasPrefix("attack") || t.word.hasPrefix("assault"), Self.armedMenHarmedBefore.test(sentence, slice: t.range.location - 120, t.range.location),
               Self.byFightersAfter.test(sentence, slice: t.range.location + t.range.length, t.range.location + t.range.length + 40) { return .armedClash }
            return .other
        }
    }

    /// Unarmed people counted right after a killing verb, no armed party among them: "killed at least 43 farm workers",
    /// "killed 12 villagers and two soldiers" is not one ("killed dozens of worshippers", "killed a family of five").
    static let unarmedKilledAfter = Rx("^\\s+" + unarmedCounted)
    /// A count of unarmed people, no armed party among them: "at least 43 farm workers", "a father and his son", "one person".
    static let unarmedCounted = #"(?:at\s+least\s+|as\s+many\s+as\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|a|an|one|several|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:soldiers?|troops|police|policem[ae]n|officers?|guards?|forces|militiam[ae]n|fighters?|militants?|gunm[ae]n|recruits?|servicem[ae]n|personnel|members)\b)(?:[\w'’-]+\s+){0,2}?"# + unarmedNouns
    static let unarmedNouns = #"(?:civilians?|citizens|villagers?|peasants?|farmers?|farm\s+workers?|workers?|labou?rers?|herders?|herdsm[ae]n|shepherds?|fishermen|worshipp?ers?|pilgrims?|passengers?|travell?ers?|commuters?|motorists?|tourists?|students?|pupils?|schoolchildren|child|children|wom[ae]n|boys?|girls?|teenagers?|bab(?:y|ies)|famil(?:y|ies)|fathers?|mothers?|sons?|daughters?|residents?|people|person|mourners?|wedding\s+guests|guests?|protesters?|protestors?|demonstrators?|marchers|spectators?|diners?|patients?|hostages?|shoppers?|traders?|miners?|teachers?|aid\s+workers?|refugees|displaced|journalists?|reporters?|cameram[ae]n|photographers?|staff|employees?)\b"#
    /// Shots at armed men right after a shooting verb: "opened fire on a Public Security Directorate patrol", "at an army checkpoint".
    static let armedTargetOfFire = Rx(#"^\s*(?:on|at|upon|towards?)\s+(?:(?:an?|the|two|three|four|several|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:checkpoints?|posts?|outposts?|bases?|patrols?|positions?|convoys?|barracks|soldiers|troops|policemen|police\s+officers|security\s+forces|police\s+(?:stations?|posts?|patrols?|vehicles?|cars?)|(?:army|military|police)\s+(?:vehicles?|trucks?|jeeps?))\b"#,
                                      anchors: ["on", "at", "upon", "toward"])
    /// One person, not an armed man, as the object of a killing verb: "a former opposition commander", "a local official".
    static let onePersonAfter = Rx(#"^\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:commander|official|leader|cleric|imam|sheikh|preacher|judge|prosecutor|lawyer|activist|journalist|reporter|doctor|businessman|politician|candidate|lawmaker|mayor|governor|councillor|councilor|chief|elder|teacher|professor|engineer|ambassador|diplomat|employee|civilian|man|woman|youth|teenager|boy|girl)\b"#)
    /// Unarmed people harmed by the shooting or assault: "…, killing six children", "Twenty-five tourists … were killed …
    /// when terrorists … opened fire", "five staff members killed when militants stormed the compound".
    static let oneVictimBefore = Rx(#"(?:^|\b(?:a|an|one)\s)(?:[\w'’.-]+\s+){0,5}?(?:was|has been|had been)\s+$"#, anchors: ["was", "been"])
    static func unarmedHarmed(_ sentence: NSString, by t: Trigger) -> Bool {
        let end = t.range.location + t.range.length
        return unarmedHarmedAfter.test(sentence, slice: end, end + 160)
            || unarmedHarmedBefore.test(sentence, slice: t.range.location - 260, t.range.location)
    }
    static let unarmedHarmedAfter = Rx(#"^[^.;]{0,100}?\b(?:killing|wounding|injuring|and\s+killed|and\s+wounded|and\s+injured|and\s+murdered|and\s+massacred|and\s+slaughtered)\s+"# + unarmedCounted)
    static let unarmedHarmedBefore = Rx(#"\b"# + unarmedNouns + #"(?:[\s,]+(?!(?:soldiers?|troops|police|policem[ae]n|officers?|guards?|fighters?|militants?)\b)[\w'’-]+){0,6}?[\s,]+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?)?(?:killed|wounded|injured|shot)\b(?:(?!\b(?:soldiers?|troops|police|policem[ae]n|officers?|guards?)\b)[^;]){0,200}$"#)
    /// Soldiers or police told as harmed right before "an attack": "Two Turkish soldiers were martyred in".
    static let armedMenHarmedBefore = Rx(#"\b(?:soldiers|troops|policemen|police\s+officers|officers|guards|servicemen|personnel|gendarmes)\b(?:\s+[\w'’,-]+){0,6}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|martyred|wounded|injured)\b[^.;]{0,50}$"#,
                                         anchors: ["soldiers", "troops", "policemen", "officers", "guards", "servicemen", "personnel", "gendarmes"])
    /// Soldiers or police counted as killed or wounded later in the clause: ", killing nine police officers".
    static let armedMenKilledAfter = Rx(#"^[^.;]{0,100}?\b(?:killing|wounding|injuring)\s+(?:at\s+least\s+)?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|a|an|one|several|dozens\s+of)\s+(?:[\w'’-]+\s+){0,2}?(?:soldiers?|troops|policem[ae]n|police\s+officers?|officers?|guards?|servicem[ae]n|gendarmes?|border\s+guards?)\b"#,
                                        anchors: ["killing", "wounding", "injuring"])
    /// Armed men named as the attackers right after "attack": "by PKK terrorists", "by militants".
    static let byFightersAfter = Rx(#"^\s+(?:carried\s+out\s+)?by\s+(?:[\w'’-]+\s+){0,3}?(?:terrorists|militants|insurgents|fighters|gunmen|rebels|jihadists|militiamen)\b"#)
    /// The subject right before a shooting verb is one person ("A gunman", "a lone attacker", "an assailant").
    /// ("A Palestinian gunman", "a 27-year-old lone attacker": any two words between the article and the shooter.)
    /// ("a gunman riding a motorcycle opened fire", "a lone attacker armed with a rifle opened fire": one man all the same.)
    /// ("Police guarding the tourists came under fire": armed men told with them were the ones shot at.)
    static let armedMenIn = Rx(#"\b(?:soldiers|troops|police|policemen|officers|guards|forces|patrols?|escorts?|army|militiamen|fighters)\b"#)
    /// Unarmed people (or their vehicles) as the subject told before "came under fire" (`armedMenIn` rules out armed men told with them).
    static let unarmedSubjectBefore = Rx(#"\b(?:tourists|civilians|pilgrims|worshipp?ers|passengers|families|villagers|farmers|shepherds|fishermen|students|schoolchildren|children|workers|journalists|mourners|shoppers|commuters|travell?ers|motorists|(?:bus|minibus|car|vehicle|taxi)(?:es|s)?\s+(?:carrying|full of|packed with|with)\s+(?:[\w'’-]+\s+){0,2}?(?:civilians|passengers|tourists|pilgrims|villagers|families|children|students|workers))\b[^.;]{0,110}$"#,
                                         anchors: ["tourist", "civilian", "pilgrim", "worship", "passenger", "famil", "villager", "farmer", "shepherd", "fishermen",
                                                   "student", "children", "worker", "journalist", "mourner", "shopper", "commuter", "travel", "motorist", "bus", "car", "vehicle", "taxi"])
    static let loneShooterBefore = Rx(#"\b(?:a|an|one|the|lone)\s+(?:[\w'’-]+\s+){0,2}?(?:gunman|shooter|attacker|assailant|armed\s+man)\s+(?:(?:riding|driving|carrying|wearing|armed\s+with|on)\s+(?:[\w'’-]+\s+){0,3}?)?(?:(?:[\w'’-]+\s+){0,3}?(?:then|and|had|has|who)\s+)?$"#, anchors: ["gunman", "shooter", "attacker", "assailant", "armed"])
    /// Unarmed people or a place where they gather as the object right after a shooting verb, with no armed party named
    /// first ("on worshippers", "at a crowd of mourners", "at a cafe", "into a wedding party", "with automatic weapons on
    /// unarmed residents"; not "on soldiers and civilians").
    static let unarmedTargetAfter = Rx(#"^\s*(?:(?:at\s+(?:dawn|daybreak|night|noon|midnight)|overnight|(?:(?:early|late)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|in\s+the\s+(?:early\s+)?(?:morning|afternoon|evening)|on\s+the\s+(?:night|morning|evening|afternoon)\s+of\s+[\w'’-]+(?:\s+\d{1,2})?(?:\s+[A-Za-z]+)?(?:\s+\d{4})?)\s*,?\s+)*(?:(?:from|with)\s+(?:[\w'’-]+\s+){1,3}?)?(?:on|at|into|towards?|inside|in|during)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:soldiers|troops|police|policemen|officers|guards|forces|patrols?|checkpoints?|army|fighters|militants|gunmen|militiamen|positions?|posts?|bases?|convoys?|military|armou?red|security)\b)(?:(?:the\s+)?(?:terrace|entrance|gates?|lobby|courtyard|doors?)\s+of\s+)?(?:[\w'’-]+\s+){0,4}?(?:cars?|vehicles?|taxis?|minibus(?:es)?|worshipp?ers|diners|civilians|people|passers-?by|passersby|passengers|spectators|citizens|protesters|protestors|demonstrators|mourners|shoppers|customers|employees|workers|visitors|guests|tourists|pilgrims|students|pupils|schoolchildren|children|famil(?:y|ies)|residents|villagers|settlers|fishermen|fishing boats?|shepherds|farmers|crowds?|congregation|revell?ers|partygoers|commuters|pedestrians|motorists|journalists|patients|doctors|nurses|wedding|funeral|mass|prayers?|services?|cafe|café|restaurant|market|supermarket|shop|store|offices?|compound|mosque|church|synagogue|shrine|school|university|campus|hospital|clinic|bus stop|bus(?:es)?|hotel|mall|bar|nightclub|club|cinema|theatre|theater|amphitheatre|museum|stadium|beach|concert|festival|rally|procession|branch|voters|polling (?:stations?|booths?|centres?|centers?))\b"#, anchors: ["on", "at", "into", "toward", "in", "during"])
    /// Unarmed people (or their vehicle) as the subject of a passive attack verb right after: "The pilgrims were …",
    /// "a bus carrying tourists was …".
    static let unarmedVictimBefore = Rx(#"\b(?:worshipp?ers|civilians|passengers|tourists|pilgrims|villagers|peasants|farmers|shepherds|fishermen|families|children|students|schoolchildren|mourners|wedding guests|workers|labou?rers|commuters|travell?ers|(?:bus|minibus|car|vehicle|taxi)\s+(?:carrying|full of|packed with|with)\s+(?:[\w'’-]+\s+){0,2}?(?:worshipp?ers|civilians|passengers|tourists|pilgrims|villagers|families|children|students|workers|labou?rers))\b(?:\s+(?!(?:soldiers|troops|police)\b)[\w'’,-]+){0,6}?\s+(?:was|were|had been|have been|has been|being)\s+$"#)
    /// "stormed the camp of a road contractor and torched 36 vehicles": a raid to burn property, not a fight with its
    /// guards (an army post or a police station stormed and set on fire is still a clash).
    static func stormedToBurn(_ t: Trigger, _ sentence: NSString) -> Bool {
        let end = t.range.location + t.range.length
        let after = sentence.slice(end, end + 120) as NSString
        return stormedAndBurned.test(after) && !armedTargetAfter.test(sentence, slice: end, end + 50)
    }
    /// "Gunmen stormed the boarding school", "stormed a mosque during prayers", "stormed St Francis Xavier Catholic Church":
    /// an assault on a place where unarmed people gather is an attack on them (ACLED: violence against civilians),
    /// unless the sentence tells a fight with its defenders ("and battled security forces until morning").
    static func stormedVenue(_ t: Trigger, _ sentence: NSString) -> Bool {
        let end = t.range.location + t.range.length
        return venueAfter.test(sentence, slice: end, end + 70) && !fightTold.test(sentence)
    }
    /// Schools, houses of worship, hospitals, a family's ceremony, a sitting chamber: where the people inside are unarmed. (Hotels, malls and
    /// restaurants stormed by fighters are left to the weapon words: reports and coders call those sieges either way.)
    static let venueNouns = #"(?:schools?|boarding\s+school|college|university|campus|church|cathedral|chapel|mosque|synagogue|shul|temple|shrine|hospital|clinic|maternity\s+ward|wedding|ceremony|funeral|celebration|birthday\s+party|chamber|assembly\s+hall|newsroom)"#
    static let venueAfter = Rx(#"^\s*(?:into\s+)?(?:(?:the|a|an)\s+)?(?:[\w'’,.-]+\s+){0,4}?"# + venueNouns + #"\b"#)
    static let enteredVenueBefore = Rx(#"\b(?:burst|barged|broke|forced\s+their\s+way|walked)\s+into\s+(?:the|a|an)\s+(?:[\w'’,.-]+\s+){0,4}?"# + venueNouns + #"\b[^.;]{0,110}$"#, anchors: ["into"])
    /// A fight with defenders told in the sentence: "battled security forces", "a gunfight with guards", "exchanged fire".
    static let fightTold = Rx(#"\b(?:battled|fought|clashed|gun\s?battles?|gunfights?|fire\s?fights?|shoot-?outs?|exchanges?\s+of\s+(?:gun)?fire|exchanged\s+fire|traded\s+fire)\b"#,
                              anchors: ["battled", "fought", "clashed", "battle", "gunfight", "firefight", "fire fight", "shootout", "shoot-out", "exchange", "traded"])
    static let stormedAndBurned = Rx(#"^[^.;]{0,80}?\band\s+(?:then\s+)?(?:torched|set\s+(?:[\w'’-]+\s+){0,3}?(?:ablaze|alight|on fire)|set fire to|burned|burnt)\b"#, anchors: ["and"])

    /// Unarmed people or their vehicle as the object right after an active attack verb ("ambushed a minibus carrying
    /// workers", "ambushed pilgrims"), with no armed party among the words before it.
    static func onVillagersHomes(_ t: Trigger, _ sentence: NSString) -> Bool {
        let end = t.range.location + t.range.length
        return civilianPlaceAfter.test(sentence, slice: end, end + 60)
    }
    /// Where villagers live, right after an assault word: "the Fulani village of Ogossagou", "homes in Kuka", "Solhan, a
    /// rural commune" (not "an army post in the village"); where pupils sleep: "attacked Lhubiriha Secondary School".
    static let civilianPlaceAfter = Rx(#"^\s*(?:into\s+)?(?!(?:[\w'’,-]+\s+){0,4}?(?:soldiers|troops|police|army|military|security|barracks|checkpoints?|positions?|posts?|bases?|camps? of|garrison)\b)(?:[\w'’,-]+\s+){0,4}?(?:village|villages|hamlet|hamlets|commune|homes|houses|displaced(?:-persons)? camp|camp for (?:the )?displaced|IDP camp|(?:secondary |primary |high |boarding )?school|schools|college|dormitory|dormitories)\b"#)
    static let unarmedObjectAfter = Rx(#"^\s*(?!(?:[\w'’-]+\s+){0,3}?(?:soldiers|troops|police|policemen|officers|guards|forces|patrols?|checkpoints?|army|fighters|militants|gunmen|militiamen|positions?|posts?|bases?|convoys?|military|armou?red|security)\b)(?:[\w'’-]+\s+){0,3}?(?:buses|bus|minibus(?:es)?|cars?|vehicles?|taxis?|worshipp?ers|civilians|passengers|tourists|pilgrims|villagers|farmers|shepherds|fishermen|families|students|mourners|workers|labou?rers|commuters|travell?ers)\b"#)
    /// Armed men as the subject right before "attacked" ("two masked gunmen attacked", "armed men stormed and attacked").
    static let gunmenBefore = Rx(#"\b(?:gunmen|armed men|masked men)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:then|and|had|have|also|reportedly)\s+)?$"#, anchors: ["gunmen", "armed men", "masked men"])
    /// Fighting told as lasting or as met by the defenders: "fought the garrison for about three hours", "battled the
    /// soldiers", "after hours of fighting", "the fighting lasted several hours", "the attackers were all killed by
    /// Iraqi security forces".
    static let foughtOut = Rx(#"\b(?:fought|battled)\s+(?:the\s+|with\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}?(?:garrison|defenders|soldiers|troops|army|guards|forces|police)\b|\b(?:hours?|day-long|hours-long)\s+(?:of\s+)?(?:fighting|battle|clashes)\b|\b(?:repelled|repulsed|fought off|beat back)\s+(?:the\s+)?(?:attack|assault|attackers)\s+after\s+(?:\w+\s+)?(?:fighting|clashes|battles?)\b|\b(?:attack|assault)\s+(?:was|had been)\s+(?:repelled|repulsed|beaten back)\s+after\s+(?:an?\s+)?(?:\w+\s+)?(?:fighting|clashes|battles?|gunfight|firefight)\b|\b(?:fighting|clashes|battle|gunfight|firefight)(?:,?\s+(?:that|which))?\s+(?:lasted|lasting|raged|went on)\b|\bfought\s+(?:them|the attackers|the militants|the assailants)\s+(?:back|off)\b|\bfought\s+(?:the\s+)?(?:attackers|assailants|terrorists|militants|gunmen|insurgents)\s+(?:until|for|through|throughout)\b|\b(?:attackers|assailants|militants|fighters|gunmen|insurgents)\s+(?:were|had been)\s+(?:all\s+)?(?:killed|shot dead|cut down|gunned down)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:security forces|forces|troops|soldiers|guards|police|army|defenders)\b"#, anchors: ["fought", "battled", "fighting", "battle", "clashes", "gunfight", "firefight", "killed by", "shot dead by", "cut down by", "gunned down by"])
    /// "the position at X was attacked on Wednesday by heavily armed terrorist groups": an armed post attacked by armed men,
    /// told in the passive.
    static let postAttackedBy = Rx(#"\b(?:positions?|posts?|outposts?|checkpoints?|bases?|barracks|garrison|camp)\b[^.;]{0,120}?\b(?:was|were|had been|has been|have been)\s+(?:["“]\s*)?attacked\b[^.;]{0,50}?\bby\s+(?:["“]\s*)?(?:[\w'’-]+\s+){0,3}?(?:terrorists?|terrorist groups|militants|jihadists|gunmen|armed men|insurgents|fighters|rebels|assailants)\b"#,
                                 anchors: ["attacked"])
    /// "Daesh gangs attacked positions of the army", "militants stormed army checkpoints": armed men attacking armed men's positions.
    static let groupAssault = Rx(#"\b(?:gangs|cells|militants|insurgents|fighters|elements|terrorists)\s+(?:[\w'’-]+\s+){0,2}?(?:assaulted|attacked|stormed|overran|raided)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:positions?|posts?|outposts?|checkpoints?|bases?|barracks|garrison)\b"#,
                                 anchors: ["assaulted", "attacked", "stormed", "overran", "raided"])
    /// ("About 25 fighters, some of them in army uniforms, attacked": an aside may part them from their verb.)
    static let fightersAssault = Rx(#"\b(?:militants|insurgents|fighters|jihadists|rebels|militiamen|gunmen|terrorists)(?:,[^,.;]{1,90},)?\s+(?:[\w'’-]+\s+){0,6}?(?:assaulted|attacked|stormed|overran|raided|(?:tried|attempted)\s+to\s+(?:storm|overrun|raid))\b"#, anchors: ["assaulted", "attacked", "stormed", "overran", "raided", "to storm", "to overrun", "to raid"])
    static let attackBeganWhen = Rx(#"^\W*the\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|assault|offensive|onslaught|raid|massacre)\s+(?:began|started|opened|unfolded)\b[^.;:]{0,60}?(?:\bwhen|\bwith|,\s+as)\b"#,
                                    anchors: ["began", "started", "opened", "unfolded"])
    static let gunmenPhaseAfter = Rx(#"\b(?:then|before|followed by|after which)\b[^.;]{0,80}?\b(?:gunmen|fighters|militants|attackers|stormed|spread|opened fire|shooting|shot)\b"#,
                                     anchors: ["then", "before", "followed by", "after which"])
    static let meansWithGunmen = Rx(#"^[^.;]{0,160}?\busing\s+[^.;]{0,200}?\b(?:gunmen|fighters|militants|armed men|assault teams?)\b"#, anchors: ["using"])
    /// Fighters as the subject right before "attacked" ("AQAP militants attacked", "insurgents then attacked").
    /// ("ISIS cell attacked", "a terrorist gang of the remnants of Daesh attacked": a group's cell or band.)
    static let fightersBefore = Rx(#"\b(?:militants|insurgents|fighters|jihadists|rebels|militiamen|terrorists|cells?|gangs?|(?:cells?|gangs?|remnants|elements)\s+of\s+(?:the\s+)?(?:remnants\s+of\s+)?[\w'’-]+)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:then|and|had|have|also|reportedly)\s+)?$"#,
                                   anchors: ["militants", "insurgents", "fighters", "jihadists", "rebels", "militiamen", "terrorists", "cell", "gang", "remnants", "elements"])
    /// Soldiers, police or their post as the object right after the attack word ("an army checkpoint", "a police patrol").
    static let armedTargetAfter = Rx(#"^\s+(?:(?:an?|the|two|three|four|several|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:checkpoints?|posts?|outposts?|bases?|patrols?|positions?|convoys?|barracks|soldiers|troops|policemen|security forces|police (?:stations?|officers|posts?|patrols?))\b"#)

    /// Places in the sentence that can be where the event happened: not the launch point
    /// ("fired from the X district"), not a border named as a reference ("the borders of X").
    /// The words between a site's name and the town it stands in: "in the Yemeni capital", ", in", " in northern".
    static let placedIn = Rx(#"^,?\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"#)

    /// The words between a group's name and a land it names itself after: "al-Qaeda in Syria and Egypt", "… of Iraq".
    static let groupOfLands = Rx(#"^\s+(?:in|of)\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and|&)\s+)*(?:the\s+)?$"#, caseInsensitive: false)

    /// "on the Srinagar-Jammu national highway", "the Kabul-Kandahar road", "the Tripoli/Misrata coastal road": the towns
    /// a road is named after are its ends, not where on it the event was.
    static func namesRoad(_ m: Mention<Place>, _ ns: NSString) -> Bool {
        // Only a town joined to another by a dash or slash can name a road (most mentions are not: no regex for them).
        guard m.entry.kind == .city, joinedByDash(ns, before: m.range.lowerBound) || joinedByDash(ns, after: m.range.upperBound) else { return false }
        let a1 = min(ns.length, m.range.upperBound + 60), b0 = max(0, m.range.lowerBound - 40)
        let after = NSRange(location: m.range.upperBound, length: a1 - m.range.upperBound)
        if roadAfterPair.test(ns, window: after) { return true }
        return roadPairBefore.test(ns, window: NSRange(location: b0, length: m.range.lowerBound - b0)) && roadWordsAfter.test(ns, window: after)
    }
    static func joinedByDash(_ ns: NSString, before at: Int) -> Bool {
        var i = at - 1
        while i >= 0, ns.character(at: i) == 32 { i -= 1 }
        return i >= 0 && [45, 0x2013, 47].contains(ns.character(at: i))
    }
    static func joinedByDash(_ ns: NSString, after at: Int) -> Bool {
        var i = at
        while i < ns.length, ns.character(at: i) == 32 { i += 1 }
        return i < ns.length && [45, 0x2013, 47].contains(ns.character(at: i))
    }
    /// (Also a train or bus named after its route: "the Abuja-Kaduna passenger train".)
    static let roadWords = #"(?:(?:national\s+|main\s+|old\s+|new\s+|international\s+|coastal\s+|desert\s+|strategic\s+|key\s+)?(?:highway|road|motorway|expressway|railway|rail line|railroad|pipeline|route)\b|(?:(?:passenger|freight|commuter|express|night)\s+)?(?:trains?|bus|buses)\b)"#
    static let roadAfterPair = Rx(#"^\s*[-–/]\s*(?:al-|el-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"# + roadWords, caseInsensitive: false)
    static let roadPairBefore = Rx(#"[A-Za-z]\s*[-–/]\s*$"#, caseInsensitive: false)
    static let roadWordsAfter = Rx(#"^\s+"# + roadWords, caseInsensitive: false)

    /// Words of travelling, and the phrase that leads to where travellers were going ("walking to the holy city of").
    /// "two missiles were fired at the Arkia plane that took off from Mombasa": the aircraft fired at took off from
    /// where it was hit (a launch zone is where the attackers' weapons or aircraft took off).
    static func targetTookOff(_ zone: NSRange, _ ns: NSString) -> Bool {
        ns.sub(NSRange(location: zone.location, length: min(8, zone.length))) == "took off"
            && firedAtAircraftBefore.test(ns, slice: zone.location - 90, zone.location)
    }
    static let firedAtAircraftBefore = Rx(#"\b(?:fired|shot|launched)\s+(?:at|on|towards?)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,5}?(?:plane|airliner|aircraft|jet|boeing|airbus|flight)\s+(?:that|which|as\s+it|when\s+it|shortly\s+after\s+it)?\s*$"#,
                                           anchors: ["fired", "shot", "launched"])
    static let flightStems = WordList(["on board", "flying", "flight"])
    /// (One rule for a flight's destination, alone or beside other places: "on board for Tel Aviv", "flying into the city of X".)
    static let flightDestinationBefore = Rx(#"\b(?:on board|flying|flights?)\s+(?:back\s+)?(?:home\s+)?(?:to|towards?|for|into)\s+(?:the\s+)?(?:(?:city|town|capital|port)\s+of\s+)?$"#, anchors: ["on board", "flying", "flight"])
    static let travelStems = WordList(["walking", "marching", "travel", "heading", "headed", "driving", "on their way", "on his way",
                                       "on her way", "on its way", "en route", "bound for", "making their way", "returning", "journey"])
    static let destinationBefore = Rx(#"\b(?:walking|marching|travell?(?:ing|ed)|heading|headed|driving|on (?:their|his|her|its) way|en route|bound|making (?:their|his|her) way|returning|journeying)\s+(?:back\s+)?(?:home\s+)?(?:to|towards?|for|into)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:city|town|village|shrine|capital|province|port)\s+of\s+)?$"#,
                                      anchors: ["walking", "marching", "travel", "heading", "headed", "driving", "way", "en route", "bound", "returning", "journeying"])

    /// A relative clause on someone's past or life, up to the name: "who oversaw the operations in", "who had served as
    /// envoy to", "who was born in".
    static let careerClauseBefore = Rx(#"\bwho\s+(?:(?:had|has|once|previously|formerly|later|long|also)\s+)*(?:oversaw|overseen|commanded|led|headed|ran|served|worked|lived|studied|grew\s+up|was\s+born|been\s+born|governed|represented|campaigned|directed|supervised|managed|taught|presided|chaired|was\s+(?:posted|stationed|based|envoy|ambassador|governor|mayor|commander|head|chief)|been\s+(?:posted|stationed|based))\b[^,;.]*$"#,
                                     anchors: ["who "])
    /// Officials of a place who speak right after its name ("the Balkh police said").
    static let officialsSpeakAfter = Rx(#"^\s+(?:provincial\s+|local\s+|city\s+|district\s+)?(?:police|authorities|officials|governor|governor['’]s office|health (?:department|directorate|ministry)|security (?:command|committee|council|forces|sources))\s+(?:(?:spokesman|spokeswoman|chief|official|officials)\s+)?(?:said|says|told|reported|announced|confirmed|added)\b"#,
                                        anchors: ["said", "says", "told", "reported", "announced", "confirmed", "added"])
    /// Those travelling are people or their vehicles ("pilgrims walking to", "a bus heading to"), not drones "headed for" a base.
    static let travellersBefore = Rx(#"\b(?:pilgrims|passengers|worshipp?ers|mourners|motorists|travell?ers|tourists|commuters|convoy|bus|buses|minibus|car|cars|vehicle|vehicles|people|family|families|students|workers|labou?rers|villagers|residents|refugees|civilians|guests|fans|supporters|crowds?)\b"#)

    static let warWithBefore = Rx(#"\b(?:war|wars|conflict|ceasefire|cease-fire|truce|peace|hostilities|confrontation|border dispute)\s+(?:(?:of\s+\d{4}|of the \d{4}s)\s+)?(?:with|against)\s+(?:the\s+)?$"#, anchors: [" with ", " against "])
    static let partiesBefore = Rx(#"\b(?:ceasefire|cease-fire|truce|war|conflict|talks|tensions?|agreement|deal|confrontation|relations|negotiations|rivalry|hostilities|normali[sz]ation|peace)\s+between\s+(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|&)\s+)?(?:the\s+)?$"#, anchors: [" between "])

    static func eventPlaces(_ s: ArticleSentence) -> [Mention<Place>] {
        // Most sentences name no place: nothing to read then. The launch zones are read once, when a place needs them.
        guard !s.places.isEmpty else { return [] }
        var zones: [NSRange]?, clauses: [NSRange]?
        // Where a reason clause ("because ", not "because of") and a grievance cue with no attack word after it open:
        // read once, when a place first needs them.
        var reasonAt: Int??, grievanceEnd: Int??
        let found0 = s.places.filter { m in
            // "the Kurdistan Workers' Party", "Kataib Sayyid al-Shuhada": a place word inside a named group's name.
            if s.actors.contains(where: { $0.range.lowerBound <= m.range.lowerBound && $0.range.upperBound >= m.range.upperBound && $0.range.count > m.range.count }) { return false }
            let r = NSRange(location: m.range.lowerBound, length: m.range.count)
            if Self.namesRoad(m, s.ns) { return false }
            if zones == nil { zones = Self.launchZone.matches(s.ns).map(\.range).filter { !Self.targetTookOff($0, s.ns) } }
            if zones?.contains(where: { NSIntersectionRange($0, r).length > 0 }) == true { return false }
            if clauses == nil { clauses = Self.describingClause.matches(s.ns).map(\.range) } // (its anchor skips sentences without "which")
            if clauses?.contains(where: { NSIntersectionRange($0, r).length > 0 }) == true { return false }
            // "targeted the tanker because its owner had violated the ban on ports of occupied Palestine": a reason clause
            // names what the attacker objects to, not where the attack landed.
            if reasonAt == nil {
                let why = s.ns.plainRange(of: "because ").location
                reasonAt = .some(why != NSNotFound && !s.ns.sub(NSRange(location: why, length: min(11, s.ns.length - why))).hasPrefix("because of") ? why : nil)
            }
            if let why = reasonAt!, why < m.range.lowerBound { return false }
            // "claimed responsibility for the double bombing, saying it was directed at Iran and its militias": the reason a
            // claimant gives names no place of the attack.
            if let c = s.memo.claimed(s.ns), c.range.location < m.range.lowerBound {
                let saying = s.ns.range(of: " saying ", options: [], range: NSRange(location: c.range.location, length: m.range.lowerBound - c.range.location))
                if saying.location != NSNotFound { return false }
            }
            // "the Abdullah Azzam Brigades of al-Qaeda in Syria and Egypt claimed responsibility": the lands a claimant
            // names itself after are part of its name, not where the attack was.
            if let c = s.memo.claimed(s.ns), m.range.upperBound <= c.range.location,
               let a = s.actors.last(where: { $0.range.upperBound <= m.range.lowerBound && $0.entry.kind == .armedGroup }),
               Self.groupOfLands.test(s.ns, window: NSRange(location: a.range.upperBound, length: m.range.lowerBound - a.range.upperBound)) { return false }
            // "says it was in revenge for the Sunnis of Syria and Lebanon": the grievance an attack answers is no place of the
            // attack, unless an attack is told after the cue ("in retaliation for a drone attack on X", "for Jordan drone attack").
            if grievanceEnd == nil {
                grievanceEnd = .some(Self.grievanceCue.first(s.ns).flatMap { cue in
                    let end = cue.range.location + cue.range.length
                    return Folded(s.ns.tail(from: end)).hasAny(EventTriggers.stemList) ? nil : end
                })
            }
            if let end = grievanceEnd!, end <= m.range.lowerBound { return false }
            // The tests on the text before the name run together, then those on the text after it: each pattern
            // reads the string last given to a pattern without preparing it again (see `RxText.of`).
            // (Windows of the sentence: the patterns read them in place, see `Rx.test(_:window:)`.)
            let b0 = max(0, m.range.lowerBound - 40)
            let before = NSRange(location: b0, length: m.range.lowerBound - b0)
            if Self.borderOf.test(s.ns, window: before) { return false }
            // "the pro-Moscow government of Chechnya", "anti-Baghdad tribes": a side taken, not a place.
            if m.range.lowerBound >= 4, Self.sideTakenBefore.test(s.ns, window: before) { return false }
            // "shells fired by regime forces stationed in the Jabal al-Zawiya area struck Ariha": where the shooters are.
            if Self.stationedBefore.test(s.ns, window: before) { return false }
            if m.range.lowerBound > 12, s.folded.has(" from ") {
                let a0 = max(0, m.range.lowerBound - 80)
                if Self.acrossFrom.test(s.ns, window: NSRange(location: a0, length: m.range.lowerBound - a0)) { return false }
            }
            // "according to Enab Baladi's correspondent in Daraa", "according to Suwayda 24": where the reporter sits,
            // or an outlet named after its town, is not where it happened.
            if Self.sourceBefore.test(s.ns, window: before) { return false }
            if m.entry.kind != .country, Self.toldOutletBefore.test(s.ns, window: before) { return false }
            // "a railway bridge linking Quetta with the rest of the country": where a road or line leads, not where.
            if Self.linkingBefore.test(s.ns, window: before), s.places.contains(where: { $0.range.upperBound <= m.range.lowerBound && $0.entry.id != m.entry.id }) { return false }
            // "according to statements issued on Sunday and Monday in Beirut and Tehran": where statements were made.
            if m.range.lowerBound > 40, s.folded.hasAny(Self.statementStems) {
                let w0 = max(0, m.range.lowerBound - 90)
                if Self.statementPlaceBefore.test(s.ns, window: NSRange(location: w0, length: m.range.lowerBound - w0)) { return false }
            }
            // "both gunmen, Arab Israelis from Umm al-Fahm", "a 27-year-old from the village of Ya'bad": where people come from.
            if Self.originBefore.test(s.ns, window: before) { return false }
            // "the Maronite Patriarch of Antioch", "the Archbishop of Canterbury": a see in a cleric's title.
            if Self.clericOfBefore.test(s.ns, window: before) { return false }
            if s.folded.has(" from the "), m.entry.kind == .city || m.entry.kind == .site,
               case let o0 = max(0, m.range.lowerBound - 120), Self.fromPlacesOfBefore.test(s.ns, window: NSRange(location: o0, length: m.range.lowerBound - o0)) { return false }
            // "In Washington, American officials confirmed al-Awlaki's death", "In Tel Aviv, a spokeswoman for the army said":
            // where the speakers the sentence opens on sit.
            if m.range.lowerBound <= 4, s.ns.sub(NSRange(location: 0, length: m.range.lowerBound)).asciiLower == "in ",
               Self.speakersAfterOpening.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(60, s.ns.length - m.range.upperBound))) { return false }
            // "hours before they were due to deploy to Afghanistan": where the victims were about to go.
            if Self.intendedDestinationBefore.test(s.ns, window: before) { return false }
            // "the wounded were taken to hospitals in Beirut", "with hospitals in Tripoli and Zgharta appealing for blood":
            // where the wounded are treated (not "a bomb exploded near a hospital in Kirkuk").
            if Self.treatedBefore.test(s.ns, window: before) { return false }
            // "told Sotaliraq by telephone from Mahmudiya hospital", "speaking from his bed in Kirkuk general hospital", "the
            // count at the Mahmudiya hospital had reached 45 dead": where a wounded witness speaks from, where the dead are counted.
            if m.entry.kind == .city, Self.hospitalAfter.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(24, s.ns.length - m.range.upperBound))),
               Self.speaksFromBefore.test(s.ns, window: before) { return false }
            // "forcing the suspension of flights and their diversion to Misrata airport": where traffic was sent instead.
            if s.folded.hasAny(Self.diversionStems), Self.diversionBefore.test(s.ns, window: before) { return false }
            // "among them Khaled Mansour, the commander": a town's name ending a person's name (or a longer place name the
            // gazetteer lacks, "Kafr Mansour") is not that town.
            // (Most names follow a lower-case word: the pattern runs only after a capitalised one.)
            if m.entry.kind == .city || m.entry.kind == .site, Self.capitalisedWordEnds(s.ns.sub(before) as NSString), Self.givenNameBefore.test(s.ns, window: before) { return false }
            // "coordinating with Washington", "talks with Baghdad": a government named by its capital.
            if m.entry.kind != .site, Self.partnerBefore.test(s.ns, window: before) { return false }
            // "hours after a ceasefire between Iran and Israel was announced": the parties to a war or a truce, not where
            // the attack was.
            if m.entry.kind != .site, s.folded.has(" between "), Self.partiesBefore.test(s.ns, window: before) { return false }
            // "the parade commemorating the beginning of the war with Iraq": the other side of a war, not where.
            if m.entry.kind == .country, s.folded.has(" with "), Self.warWithBefore.test(s.ns, window: before) { return false }
            let after = NSRange(location: m.range.upperBound, length: min(40, s.ns.length - m.range.upperBound))
            if Self.metonymAfter.test(s.ns, window: after) || Attribution.modifierAfter.test(s.ns, window: after) || Self.zoneAfter.test(s.ns, window: after) { return false }
            // "the so-called Khorasan Group", "the Euphrates Shield" forces: a place naming an armed group is the group's name.
            if Self.namedGroupAfter.test(s.ns, window: after) { return false }
            if Self.actingCapitals.contains(m.entry.name.asciiLower), Self.capitalActsAfter.test(s.ns, window: after) { return false }
            if m.entry.kind == .country, Self.countryAsActorAfter.test(s.ns, window: after) { return false }
            // "on Quds Boulevard in Ahvaz", "Baharestan Square", "Haifa Street": a street or square named after a place
            // lies in another town (or in the one the report is about), never in the namesake.
            if m.entry.kind != .site, Self.streetAfter.test(s.ns, window: after) { return false }
            // "the Amara Culture Centre in Suruç": a building named after a town, in another town.
            if m.entry.kind == .city, let b = Self.buildingNamedAfter.first(s.ns, window: after),
               s.places.contains(where: { $0.entry.id != m.entry.id && $0.range.lowerBound >= m.range.upperBound + b.range.length
                   && $0.range.lowerBound <= m.range.upperBound + b.range.length + 4 }) { return false }
            // "the Red Sea port city of Hodeidah", "the Mediterranean coastal town of Jableh": a sea describing a town.
            if m.entry.country == nil, Self.seaModifierAfter.test(s.ns, window: after) { return false }
            // "in the Madina district of the city": a quarter of the town the report is about, named like a town elsewhere.
            if m.entry.kind == .city, Self.quarterOfTheCityAfter.test(s.ns, window: after) { return false }
            // "in the Damascus suburb of Jaramana": a city naming the suburb or quarter told after it, a smaller town of
            // the same country, is only its qualifier ("the Sadr City district of Baghdad" keeps the smaller first name).
            if m.entry.kind == .city, let q = Self.suburbOfAfter.first(s.ns, window: after),
               s.places.contains(where: { o in o.range.lowerBound == m.range.upperBound + q.range.length && o.entry.kind == .city
                   && o.entry.country == m.entry.country && (o.entry.population ?? 0) < (m.entry.population ?? 0) }) { return false }
            // "a Quds-2 cruise missile", "Burkan-3": a weapon named after a place.
            if Self.weaponNameAfter.test(s.ns, window: after) { return false }
            // "attacked the US embassy in the Yemeni capital Sanaa": a site's common name ("US embassy") placed in a town
            // of another country is that town's namesake, not the site the gazetteer knows.
            if m.entry.kind == .site, let c = m.entry.country, let town = s.places.first(where: { $0.range.lowerBound >= m.range.upperBound && $0.range.lowerBound - m.range.upperBound <= 45 }),
               let tc = town.entry.country, tc != c, Self.placedIn.test(s.ns, window: NSRange(location: m.range.upperBound, length: town.range.lowerBound - m.range.upperBound)) { return false }
            // "at the port of Jeddah on Saudi Arabia's Red Sea coast": a sea's coast where the sentence names the town on it.
            if m.entry.country == nil, Self.seaCoastAfter.test(s.ns, window: after), s.places.contains(where: { $0.entry.country != nil && $0.entry.kind != .country && $0.entry.kind != .admin1 }) { return false }
            return true
        }
        let roads = !found0.isEmpty && s.folded.hasAny(Self.roadStems)
        // "on the Amuda road west of Qamishlo", "the Baghdad-Kirkuk highway near Tuz": a town naming a road is not where
        // the event is (kept only when the sentence names no other place).
        let roadNames = roads ? found0.filter { m in
            m.entry.kind != .site && Self.roadAfter.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(30, s.ns.length - m.range.upperBound)))
        }.map(\.range.lowerBound) : []
        var found = roadNames.isEmpty || roadNames.count == found0.count ? found0 : found0.filter { !roadNames.contains($0.range.lowerBound) }
        // "walked into the market from Jaffa Road": a town's name before a capitalised "Road" names a street of another
        // town, not the town, even alone.
        // (Not the second town of "the Kabul-Jalalabad Road".)
        if roads { found.removeAll { m in m.entry.kind == .city && (m.range.lowerBound == 0 || ![0x2D, 0x2013].contains(s.ns.character(at: m.range.lowerBound - 1))) && Self.streetRoadAfter.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(8, s.ns.length - m.range.upperBound))) } }
        // "pilgrims walking to the holy city of Karbala …, near a checkpoint west of Nasiriyah", "a convoy heading to
        // Kirkuk": where the victims were going is not where they were hit (kept only when the sentence names no other place).
        /// Drops the places `aside` picks when some other place remains.
        func dropAsides(_ aside: (Mention<Place>) -> Bool) {
            let picked = found.filter(aside).map(\.range.lowerBound)
            if !picked.isEmpty, picked.count < found.count { found.removeAll { picked.contains($0.range.lowerBound) } }
        }
        if found.count >= 2, s.folded.hasAny(Self.travelStems) {
            dropAsides { m in
                let b0 = max(0, m.range.lowerBound - 60), t0 = max(0, m.range.lowerBound - 130)
                return Self.destinationBefore.test(s.ns, window: NSRange(location: b0, length: m.range.lowerBound - b0))
                    && Self.travellersBefore.test(s.ns, window: NSRange(location: t0, length: m.range.lowerBound - t0))
            }
        }
        // "fired at an airliner as it took off … with 261 passengers on board for Tel Aviv": a flight's destination is
        // never where it was hit, even when the sentence names no other place.
        if !found.isEmpty, s.folded.hasAny(Self.flightStems) {
            found.removeAll { m in Self.flightDestinationBefore.test(s.ns, window: NSRange(location: max(0, m.range.lowerBound - 50), length: min(50, m.range.lowerBound))) }
        }
        // "…, killing four people in Mazar-i-Sharif, the Balkh police said": the province whose police or officials speak is
        // where the statement comes from (kept only when the sentence names no other place).
        if found.count >= 2 {
            dropAsides { m in Self.officialsSpeakAfter.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(50, s.ns.length - m.range.upperBound))) }
        }
        // "its warships in the Gulf and the Red Sea fired cruise missiles at the capital": where the ships sail (kept only
        // when the sentence names no other place: "gunboats off Gaza shelled the beach").
        // "the destroyer U.S.S. Peterson in the Red Sea … began to launch their missiles": ships that only launch name no
        // place of the hit at all.
        if !found.isEmpty, s.folded.hasAny(Self.vesselStems) {
            let zones = Self.vesselZone.matches(s.ns).map(\.range)
            func sailing(_ m: Mention<Place>) -> Bool { zones.contains { NSIntersectionRange($0, NSRange(location: m.range.lowerBound, length: m.range.count)).length > 0 } }
            if zones.contains(where: { Self.onlyLaunchAfter.test(s.ns, slice: $0.location + $0.length, $0.location + $0.length + 40) }) {
                found.removeAll(where: sailing)
            } else if found.count >= 2 {
                dropAsides(sailing)
            }
        }
        // "a former commander who oversaw the war's bloodiest operations in Jaffna was killed … in Anuradhapura": a place in
        // a clause telling someone's career or life is not where the event is (kept only when the sentence names no other place).
        if found.count >= 2, s.folded.has(" who ") {
            dropAsides { m in
                let b0 = max(0, m.range.lowerBound - 120)
                return Self.careerClauseBefore.test(s.ns, window: NSRange(location: b0, length: m.range.lowerBound - b0))
            }
        }
        // "In Nusaybin, in Mardin province": a town's name followed by "province" names the province (the gazetteer has
        // no entry for it) a town the sentence names lies in, not a second place.
        if found.count >= 2 {
            let all = found
            found.removeAll { m in
                guard m.entry.kind == .city, let a1 = m.entry.admin1, Self.provinceAfter.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(14, s.ns.length - m.range.upperBound)))
                else { return false }
                return all.contains { $0.entry.id != m.entry.id && $0.entry.kind == .city && $0.entry.admin1 == a1 && $0.entry.country == m.entry.country }
            }
        }
        // "a market in Mastaba district, Hajjah governorate": a town named right before the province it lies in is that
        // province's town; a namesake of another country (Jordan's Mastabah) is not it, and the province places the event.
        if found.count >= 2 {
            let all = found
            found.removeAll { m in
                guard m.entry.kind == .city || m.entry.kind == .site, let c = m.entry.country else { return false }
                return all.contains { o in
                    guard o.entry.kind == .admin1, let oc = o.entry.country, oc != c, o.range.lowerBound >= m.range.upperBound,
                          o.range.lowerBound - m.range.upperBound <= 24 else { return false }
                    let gap = s.ns.sub(NSRange(location: m.range.upperBound, length: o.range.lowerBound - m.range.upperBound)).asciiLower
                    return Self.enclosingGap.test(gap as NSString)
                }
            }
        }
        // "in Babil province, south of Baghdad": a place named as a bearing is where the event is measured from,
        // not where it is (kept only when the sentence names no other place).
        let bearings = found.filter { m in
            // "33 kilometres west of Erbil" measures a spot from the town it belongs to: that one is the place.
            let b0 = max(0, m.range.lowerBound - 70)
            let before = s.ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0)) as NSString
            guard let b = Self.bearingOf.first(before) else { return false }
            // "the shrine city of Karbala, 50 miles south of Baghdad": a distance told in apposition to a town just named
            // measures that town from this one, however near.
            if found.contains(where: { o in
                guard o.range.upperBound <= m.range.lowerBound, m.range.lowerBound - o.range.upperBound <= 60, o.entry.id != m.entry.id,
                      o.entry.kind == .city || o.entry.kind == .site else { return false }
                let gap = s.ns.sub(NSRange(location: o.range.upperBound, length: m.range.lowerBound - o.range.upperBound))
                return gap.hasPrefix(", ") && !gap.dropFirst().contains(",")
            }) { return true }
            // ("12 km from Maiduguri": a distance with no bearing, the town close by, is read like a distance and a bearing.)
            let unit = before.character(at: b.range.location) | 0x20
            let distanceOnly = unit == 107 || unit == 109 // "km …", "kilometres …", "miles …": no bearing word
            let head = before.sub(to: distanceOnly ? b.range.location + b.range.length : b.range.location) as NSString
            guard let d = Self.distanceBefore.first(head) ?? (distanceOnly ? Self.distanceFromBefore.first(head) : nil) else { return true }
            // "in Minya province, about 260km south of Cairo": a town that far off is only where the distance is measured from.
            return Self.kilometres(head.sub(d.range)).map { $0 > 100 } ?? false
        }.map(\.range.lowerBound)
        // "50 nautical miles southwest of Aden": a spot at sea measured from a port, not the port.
        // Also "68NM southwest of Al Hudaydah" and "50 nautical miles southwest of the Houthi-held port of Hodeidah".
        if s.folded.hasAny(Self.atSeaStems) {
            let before = found.count
            var ports: [Mention<Place>] = []
            found.removeAll { m in
                let b0 = max(0, m.range.lowerBound - 70)
                let atSea = Self.atSeaBefore.test(s.ns, window: NSRange(location: b0, length: m.range.lowerBound - b0))
                if atSea { ports.append(m) }
                return atSea
            }
            // "95 nautical miles southeast of Aden": in the sea off that port, when the sentence names no sea itself (the
            // seas are built-in gazetteer entries, read from the shipped knowledge base since this helper has no gazetteer).
            if !found.contains(where: { $0.entry.kind == .site && $0.entry.country == nil }),
               let port = ports.first, let seaID = Self.seaOffPort[port.entry.id], let sea = KnowledgeBase.builtIn().gazetteer.place(id: seaID) {
                found.append(Mention(entry: sea, text: sea.name, range: port.range))
            }
            if found.isEmpty, before > 0 { return [] }
        }
        if bearings.isEmpty || bearings.count == found.count { return found }
        // "east of al-Sukhnah in the eastern Homs countryside": the others only name the province the town lies in,
        // told right after it ("X in Y", no comma), so the town measured from is the most specific place the sentence
        // gives (kept). "east of Palmyra, in Homs province" sets the province apart: the bearing is dropped as before.
        let others = found.filter { !bearings.contains($0.range.lowerBound) }
        return found.filter { m in
            guard bearings.contains(m.range.lowerBound) else { return true }
            // "northeast of Masirah Island, Oman": a place and its country, a spot (at sea, in the desert) measured from the
            // nearest named place, which is where it is coded.
            // "In Israel, police said one rocket fell in an open area north of Eilat": a country told first only frames it.
            return (m.entry.kind == .city || m.entry.kind == .site) && others.allSatisfy { o in
                guard (o.entry.kind == .admin1 || o.entry.kind == .country), o.entry.id != m.entry.id, Self.lies(m.entry, in: o.entry) else { return false }
                if o.entry.kind == .country, o.range.lowerBound <= 3, o.range.upperBound < m.range.lowerBound, s.ns.character(at: o.range.upperBound) == 44 { return true }
                guard o.range.lowerBound > m.range.upperBound, o.range.lowerBound - m.range.upperBound <= 40 else { return false }
                let gap = s.ns.sub(NSRange(location: m.range.upperBound, length: o.range.lowerBound - m.range.upperBound)).asciiLower
                return m.entry.kind == .city && Self.boundIn.test(gap as NSString) || o.entry.kind == .country && gap == ", "
            }
        }
    }

    static let buildingNamedAfter = Rx(#"^(?:\s+[A-Z][a-z]+){0,2}\s+(?:Centre|Center|Hall|Mosque|Hospital|School|Stadium|Hotel|University|Church|Market|Square)\s+in\s+(?:the\s+)?"#,
                                       caseInsensitive: false, anchors: ["centre", "center", "hall", "mosque", "hospital", "school", "stadium", "hotel", "university", "church", "market", "square"])
    /// Men on the ground as the subject right before "raided" ("Israeli troops raided", "police raided").
    static let groundRaidersBefore = Rx(#"\b(?:troops|soldiers|forces|police|policemen|officers|commandos|infantry|units|agents|paratroopers)\s+(?:[\w-]+\s+){0,2}$"#)
    static let countedTargetsAfter = Rx(#"^\s+(?:against|on|at|targeting|hitting)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple)\s+(?:[\w'’-]+\s+){0,2}?(?:facilities|sites|targets|positions|locations|bases|depots|camps|buildings|compounds|headquarters|command centres|command centers|warehouses)\b"#)
    static let droppedFromAirAfter = Rx(#"^\s+(?:(?:were|was|had been|have been)\s+)?dropped\s+(?:by|from)\s+(?:[\w'’-]+\s+){0,2}?(?:helicopters?|aircraft|warplanes?|planes?|jets?|bombers?)\b"#)
    static func airDroppedBomb(_ t: Trigger, _ sentence: NSString) -> Bool {
        let end = t.range.location + t.range.length
        if Words.of(sentence.slice(t.range.location - 12, t.range.location)).last == "barrel" { return true }
        return droppedFromAirAfter.test(sentence, slice: end, end + 60)
    }

    /// "A raid by the Israeli army on Jenin": men on the ground named as the raid's agent.
    static let groundRaidersAfter = Rx(#"^\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:army|troops|soldiers|forces|police|policemen|commandos|infantry|units|border police)\b"#)
    static let airRaiderNames = ["israel", "turk", "russia", "coalition", "saudi", "emirat"]
    static let diversionStems = WordList(["divert", "diversion", "rerout", "re-rout", "redirect"])
    static let diversionBefore = Rx(#"\b(?:divert(?:ed|ing|s)?|diversion|re-?rout(?:ed|ing|es)?|redirect(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,3}?(?:to|towards)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,2}?(?:in|at|of)\s+)?$"#,
                                    anchors: ["divert", "diversion", "rerout", "re-rout", "redirect"])
    static let hospitalAfter = Rx(#"^(?:['’]s)?\s+(?:(?:general|teaching|main|central|military|city|public)\s+)?hospital\b"#, anchors: ["hospital"])
    static let speaksFromBefore = Rx(#"\b(?:told|said|says|speaking|spoke|recovering|interviewed|reached)\b[^.;]{0,60}?\b(?:from|in|at)\s+(?:(?:his|her|their|a|the)\s+(?:\w+\s+)?(?:bed|ward)\s+(?:in|at)\s+)?(?:the\s+)?$|\b(?:count|toll|tally|figures?|bodies|dead|wounded|injured)\s+(?:[\w'’-]+\s+){0,3}?(?:at|in|from)\s+the\s+$"#, anchors: ["told", "said", "says", "speaking", "spoke", "recovering", "interviewed", "reached", "count", "toll", "tally", "figure", "bodies", "dead", "wounded", "injured"])
    static let treatedBefore = Rx(#"(?:\b(?:taken|transferred|rushed|evacuated|admitted|treated|moved|flown|airlifted|sent|carried)\s+(?:[\w'’-]+\s+){0,4}?hospitals?|\bhospitals)\s+(?:in|at)\s+(?:(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,|\s+(?:and|or))\s+)*(?:the\s+)?$"#, caseInsensitive: false, anchors: ["hospital"])
    static let siegeEndedBefore = Rx(#"\b(?:ended|ending|ends|lifted|broke)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:siege|standoff|stand-off|hostage[- ]taking|hostage crisis)\b[^.;]*$"#,
                                   anchors: ["siege", "standoff", "stand-off", "hostage"])
    static let toldLaterThatDay = Rx(#"\b(?:minutes|moments|shortly|soon|an hour|half an hour|hours)\s+(?:later|afterwards?|earlier)\b"#, anchors: ["later", "afterward", "earlier"])
    static let nearTownBefore = Rx(#"\b(?:near|outside|close to|around|on the outskirts of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"#, anchors: ["near", "outside", "close to", "around", "outskirts"])
    static let settlementOfBefore = Rx(#"\b(?:village|town|hamlet)\s+of\s+$"#, anchors: ["village", "town", "hamlet"])
    static let suburbOfAfter = Rx(#"^\s+(?:suburb|district|neighbou?rhood|quarter|outskirts)\s+of\s+(?:the\s+)?"#, anchors: [" of"])
    static let quarterOfTheCityAfter = Rx(#"^\s+(?:district|neighbou?rhood|quarter|area|suburb)\s+of\s+(?:the|this|that)\s+(?:city|capital|town)\b"#, anchors: ["city", "capital", "town"])
    /// A capitalised word after a lower-case one ("them Khaled ", "commander Ali "), when it is not a people's or faith's
    /// adjective, a day, a month, a bearing or a place noun ("Iraqi Kurdistan", "on Monday Mosul", "East Jerusalem").
    static let givenNameBefore = Rx(#"(?:\b[a-z][a-z'’]*|,)\s+(?!(?:Iraqi|Syrian|Israeli|Lebanese|Turkish|Iranian|Saudi|Yemeni|Palestinian|Jordanian|Egyptian|Kurdish|Afghan|Pakistani|Libyan|Emirati|Qatari|Kuwaiti|Bahraini|Omani|Russian|Ukrainian|Sudanese|Somali|Arab|American|British|French|Sunni|Shia|Shiite|Christian|Muslim|Yazidi|Druze|Alawite|Assyrian|Upper|Lower|Greater|Old|New|East|West|North|South|Northern|Southern|Eastern|Western|Central|Occupied|Downtown|Holy|Mount|Lake|Camp|Port|Fort|Wadi|Jabal|Jebel|Village|Town|City|Al|El|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,}\s+$"#, caseInsensitive: false)
    /// `text` ends with a capitalised word and a space ("… among them Khaled ").
    static func capitalisedWordEnds(_ text: NSString) -> Bool {
        var i = text.length - 1
        guard i > 0, text.character(at: i) == 32 else { return false }
        i -= 1
        while i > 0, let u = Unicode.Scalar(text.character(at: i - 1)), CharacterSet.letters.contains(u) { i -= 1 }
        guard let first = Unicode.Scalar(text.character(at: i)) else { return false }
        return CharacterSet.uppercaseLetters.contains(first)
    }
    static let weaponNameAfter = Rx(#"^-\d"#, anchors: ["-"])
    static let seaCoastAfter = Rx(#"^\s+(?:coast|coastline|shore|seaboard|littoral)\b"#, anchors: ["coast", "shore", "seaboard", "littoral"])
    static let seaModifierAfter = Rx(#"^\s+(?:port|coastal|coast|harbou?r|resort)\b(?:\s+(?:city|town|cities|towns))?\s+(?:of\s+)?[A-Z]"#, caseInsensitive: false,
                                     anchors: ["port", "coast", "harbo", "resort"])
    /// What lies between a town and the province it is in: ", ", " district, ", " in the ", " village in northern ".
    static let enclosingGap = Rx(#"^(?:\s+(?:district|sub-?district|village|town|city|area))?(?:,\s*|\s+in\s+)(?:the\s+)?(?:(?:northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central|rural)\s+)?$"#)
    static let provinceAfter = Rx(#"^\s+(?:province|governorate|region)\b"#, anchors: ["province", "governorate", "region"])

    /// The gap between a town and its province in "X in the eastern Y (countryside)", "X in Y province".
    static let boundIn = Rx(#"^\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central|rural)\s+)?$"#, anchors: ["in"])

    /// `inner` lies in `outer` by the hierarchy the entries carry (their parent chain's admin1 and country names).
    static func lies(_ inner: Place, in outer: Place) -> Bool {
        switch outer.kind {
        case .country: return inner.country == outer.country
        case .admin1: return inner.country == outer.country && inner.admin1 != nil && inner.admin1 == outer.admin1
        default: return false
        }
    }

    /// "operations against the United States, our partners and allies", "Israel and its allies", "Iran's interests":
    /// a country named as a party, not as where something happened.
    /// "condemned by Amman", "an attempt by Ankara to", "a strike by Israel": a place named as the one who acts.
    static let partnerBefore = Rx(#"\b(?:coordinat\w*|cooperat\w*|talks|ties|relations|contacts?|agreements?|negotiat\w*|dialogue|consultations?|partnership|alliance)\s+with\s+$|(?<![\w-])by\s+$"#, anchors: ["with", "by"])
    /// "Iran's interests", "Israel and its allies", "the drones that Iran launched towards Israel": the country acts.
    static let countryAsActorAfter = Rx(#"^(?:['’]s\s+(?:interests|allies|partners|enemies)\b|,?\s+(?:and\s+)?(?:our|its|their)\s+(?:partners|allies)\b|\s+and\s+(?:its\s+)?allies\b|\s+(?:has\s+|had\s+|have\s+)?(?:launched|fired|sent)\b|\s+(?:has\s+|had\s+|have\s+)?(?:confirm(?:s|ed)|condemn(?:s|ed)|den(?:ies|ied)|accus(?:es|ed)|warn(?:s|ed)|urg(?:es|ed)|demand(?:s|ed))\b|\s+is\s+(?:killing|bombing|arming|backing|supporting)\b)"#, anchors: ["interests", "allies", "partners", "enemies", "launched", "fired", "sent", "confirm", "condemn", "denie", "accus", "warn", "urge", "demand", "is killing", "is bombing", "is arming", "is backing", "is supporting"])
    /// The sea off the ports that shipping notices measure positions from.
    static let seaOffPort: [String: String] = ["aden": "gulf-of-aden", "mukalla": "gulf-of-aden", "hudaydah": "red-sea", "salif": "red-sea",
                                               "ras-isa-port": "red-sea", "mocha": "red-sea", "hodeidah-province": "red-sea", "aden-province": "gulf-of-aden"]
    static let grievanceCue = Rx(#"\b(?:in (?:revenge|retaliation|reprisal) for|to avenge|avenging)\b"#, anchors: ["revenge", "retaliation", "reprisal", "avenge", "avenging"])
    static let streetAfter = Rx(#"^\s+(?:Square|Boulevard|Blvd|Street|St\.|Avenue|Ave\.|Roundabout)(?!\w)"#, caseInsensitive: false,
                                anchors: ["square", "boulevard", "blvd", "street", "st.", "avenue", "ave.", "roundabout"])
    static let roadStems = WordList(["road", "highway", "motorway"])
    static let streetRoadAfter = Rx(#"^\s(?:Road|Rd\.?)(?!\w)"#, caseInsensitive: false, anchors: ["road", "rd"])
    static let roadAfter = Rx(#"^(?:\s?[-–]\s?[\w'’]+(?:\s[\w'’]+)?)?\s+(?:road|highway|motorway)\b"#, anchors: ["road", "highway", "motorway"])
    static let atSeaBefore = Rx(#"(?:\bnautical miles?|\d\s?(?:nm|NM|Nm))\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from|off)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:(?:port|city|town|coast)\s+(?:of\s+)?)?$"#, anchors: ["nautical mile", "nm"])
    static let atSeaStems = WordList(["nautical mile", "nm ", "nm,", "nm)"])
    /// The length of a distance in digits ("260km", "70 miles"), in kilometres; nil for one in words.
    static func kilometres(_ distance: String) -> Double? {
        let digits = distance.prefix(while: { $0.isNumber || $0 == "." })
        guard let n = Double(digits) else { return nil }
        let unit = distance.asciiLower
        return unit.contains("mile") ? n * 1.609 : unit.contains("met") && !unit.contains("kilomet") ? n / 1000 : n
    }
    static let distanceFromBefore = Rx(#"\b(?:\d+(?:\.\d+)?|a few|several|one|two|three|four|five|ten|twenty|thirty|forty|fifty)[\s-]*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:from|of)\s+(?:the\s+)?$"#, anchors: ["km", "kilomet", "mile"])
    static let distanceBefore = Rx(#"\b(?:\d+(?:\.\d+)?|a few|several|one|two|three|four|five|ten|twenty|thirty|forty|fifty)[\s-]*(?:km|kilomet(?:er|re)s?|miles?|meters|metres)\s+$"#, anchors: ["km", "kilomet", "mile", "meters", "metres"])
    /// (Also a town's mountain and its second name in brackets: "north of Mount Shingal (Sinjar)".)
    /// ("about 12 kilometers from Maiduguri, the state capital": a distance from a town measures a spot from it too; so
    /// does "not far from the fortified Green Zone".)
    static let bearingOf = Rx(#"\b(?:(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?)|(?:km|kilomet(?:er|re)s?|miles)|not far|a short distance)\s+(?:of|from)\s+(?:the\s+)?(?:(?:heavily\s+)?fortified\s+)?(?:(?:[\w-]+\s+){0,2}?(?:city|town|capital|village|port)\s+of\s+)?(?:(?:[\w’'-]+\s+){1,3}\(\s*|(?:mount|mt\.?|jabal|jebel)\s+)?$"#, anchors: ["north", "south", "east", "west", "km", "kilomet", "miles", "not far", "a short distance"])

    /// "Jordan on Monday condemned the attack", "The Pentagon on Tuesday said": a day told between a speaker and its
    /// verb of speech dates the statement, not the event.
    static let speechVerbAfterTime = Rx(#"^\s*,?\s*(?:(?:also|strongly|firmly|sharply|swiftly|quickly|publicly|officially|formally|again|vehemently|fiercely)\s+){0,2}(?:condemned|said|announced|denied|confirmed|claimed|accused|blamed|warned|stated|reported|vowed|urged|called|criticized|criticised|denounced|described|acknowledged|admitted)\b"#,
                                        anchors: ["condemned", "said", "announced", "denied", "confirmed", "claimed", "accused", "blamed", "warned", "stated", "reported", "vowed", "urged", "called", "critici", "denounced", "described", "acknowledged", "admitted"])
    static func speechVerbAfter(_ ns: NSString, _ t: TimeExpression) -> Bool {
        let end = t.range.location + t.range.length
        guard end < ns.length else { return false }
        return speechVerbAfterTime.test(ns, window: NSRange(location: end, length: min(30, ns.length - end)))
    }

    /// A country named as the owner of a diplomatic mission: "Azerbaijan's embassy", "the Embassy of the Republic of
    /// Azerbaijan", "the consulate of Iran".
    static let missionOf = Rx(#"\b(?:embassy|embassies|consulate|consulates|consulate[- ]general|mission|legation|chancery) of\s+(?:the\s+)?(?:(?:islamic|arab|federal|democratic|people['’]s|hashemite|syrian arab|united|socialist)\s+)*(?:republic|kingdom|state|emirates|federation|sultanate)?\s*(?:of\s+)?$"#)
    /// ("a vehicle of the United States embassy": the name set straight before the mission's noun owns it too.)
    static let missionAfter = Rx(#"^(?:['’]s?\s+(?:\w+\s+){0,2}?|\s+)(?:embassy|embassies|consulate|consulates|diplomatic mission|legation|chancery)\b"#)
    /// "before the Samtah attack", "two days after the Taji rocket attack": a place told as the name of an earlier or later
    /// event (not the sentence's own attack word).
    static func namesEventMeasuredFrom(_ p: Mention<Place>, trigger: NSRange, in ns: NSString) -> Bool {
        guard p.entry.kind == .city || p.entry.kind == .site else { return false }
        let end = p.range.upperBound
        guard let after = eventNounAfter.first(ns, in: NSRange(location: end, length: min(40, ns.length - end))),
              !NSLocationInRange(trigger.location, NSRange(location: end, length: after.range.length)) else { return false }
        return measuredFromBefore.test(ns, slice: p.range.lowerBound - 30, p.range.lowerBound)
    }
    static let asOfOpening = Rx(#"^(?:as of|as at|by|until|up to)\s"#)
    static let knownBefore = Rx(#"\b(?:is|are|was|we|they)\s+know[n]?\s+$"#, anchors: ["know"])
    static func isSeatAdjective(_ p: Mention<Place>, in ns: NSString) -> Bool {
        let end = p.range.upperBound
        return end + 6 <= ns.length && ns.sub(NSRange(location: end, length: 6)).asciiLower == "-based"
    }
    static let eventNounAfter = Rx(#"^\s+(?:[\w-]+\s+)?(?:attack|attacks|bombing|bombings|blast|strike|strikes|massacre|shooting|ambush|explosion|assault|raid)\b"#)
    static let measuredFromBefore = Rx(#"\b(?:before|after|since|following|preceding)\s+(?:the|that|this|last\s+\w+['’]s)\s+$"#,
                                       anchors: ["before", "after", "since", "following", "preceding"])

    /// The sentence names places only as the owners of a mission ("a bomb … in the Karantina district targeted a vehicle
    /// of the United States embassy") or the seats of bodies ("the Tripoli-based government"): it names no place of the event.
    static func namesNoEventPlace(_ s: ArticleSentence) -> Bool {
        !s.places.isEmpty && s.places.allSatisfy { isMissionOwner($0, in: s.ns) || isSeatAdjective($0, in: s.ns) }
    }
    static func isMissionOwner(_ p: Mention<Place>, in ns: NSString) -> Bool {
        guard p.entry.kind == .country else { return false }
        // Windows of the sentence itself, like `Attribution.modifierAfter`'s (the patterns are case-insensitive).
        let b0 = max(0, p.range.lowerBound - 80), a1 = min(ns.length, p.range.upperBound + 40)
        return missionOf.test(ns, window: NSRange(location: b0, length: p.range.lowerBound - b0))
            || missionAfter.test(ns, window: NSRange(location: p.range.upperBound, length: a1 - p.range.upperBound))
    }

    /// A place named before a verb of reaction whose object is the attack word: "groups in Amsterdam condemned the
    /// bombing", "mourners in Lahore remembered the victims of last week's attack" (the attack happened elsewhere).
    static let reactionBefore = Rx(#"^[^.;:!?]{0,120}?\b(?:condemned|condemns|condemning|denounced|denounces|deplored|deplores|decried|decries|mourned|mourn|mourns|commemorated|commemorate|remembered|marked the anniversary of|protested against|expressed (?:\w+\s+){0,3}(?:at|over))\s+(?:the\s+(?:victims|dead|anniversary)\s+of\s+)?(?:the|this|that|these|those|an?|last|\w+['’]s?)\s+(?:[\w'’-]+\s+){0,3}$"#)
    /// ("released by the UN in", "told reporters in", "said in": the speaker and where it spoke, not "says it killed 28 in".)
    /// ("who confirmed the figure to journalists in Damaturu", "a statement sent to news agencies in Jerusalem": the same.)
    static let speechSeatBefore = Rx(#"\b(?:said|says|told|announced|released|published|issued|briefed|spoke|speaking)\s+(?:(?:by|to)\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w.'’-]*\s+|reporters\s+|journalists\s+|(?:news|press)\s+conference\s+){0,3}in\s+(?:the\s+)?$|\b(?:confirmed|confirming|gave|giving|described|describing|explained|sent|faxed|e-?mailed|delivered|issued)\s+(?:[a-z][\w'’-]*\s+){0,3}?to\s+(?:reporters|journalists|newsmen|the\s+press|news\s+agencies|(?:foreign\s+)?media|newspapers)\s+in\s+(?:the\s+)?$"#,
                                     caseInsensitive: false, anchors: ["said", "says", "told", "announced", "released", "published", "issued", "briefed", "briefing", "spoke", "speaking", "confirm", "gave", "giving", "describ", "explained", "sent", "faxed", "mailed", "delivered"])
    static let clockElsewhereBefore = Rx(#"\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+in\s+$"#, anchors: ["in"])
    static func isReactionSeat(_ p: Mention<Place>, trigger t: NSRange, in ns: NSString) -> Bool {
        guard p.range.upperBound <= t.location, t.location - p.range.upperBound <= 160 else { return false }
        return reactionBefore.test(ns, window: NSRange(location: p.range.upperBound, length: t.location - p.range.upperBound))
    }

    /// The sentence opens "In X, …" (X a place, then a comma): a frame naming the area the sentence is about.
    static func opensFrame(_ ns: NSString, _ p: Mention<Place>) -> Bool {
        let start = ns.sub(NSRange(location: 0, length: p.range.lowerBound)).asciiLower.trimmingCharacters(in: .whitespaces)
        guard start == "in" || start == "in the" else { return false }
        let after = ns.sub(NSRange(location: p.range.upperBound, length: min(12, ns.length - p.range.upperBound)))
        return after.hasPrefix(",") || after.hasPrefix(" province,") || after.hasPrefix(" governorate,")
    }

    /// A town's name then "in" right before an area's: "Douma in Eastern Ghouta", "Douma, in the Eastern Ghouta".
    static let inAreaBefore = Rx(#"\b[A-Z][\w'’-]+,?\s+in\s+(?:the\s+)?$"#)
    static func rank(_ p: Place) -> Int {
        switch p.kind { case .site: return 4; case .city: return 3; case .admin1: return 2; case .country: return 1 }
    }

    /// Parts of a sentence separated by dashes or semicolons: a time or place is read in the trigger's part first.
    static func segments(_ ns: NSString) -> [NSRange] {
        var out: [NSRange] = []
        var start = 0
        var i = 0
        let n = ns.length
        // The units as the regex helpers hold them (`character(at:)` per unit is slow on Linux).
        let units = RxText.of(ns).original
        while i < n {
            let c = units[i]
            let isDash = (c == 0x2013 || c == 0x2014 || c == 45) && i > 0 && i + 1 < n && units[i - 1] == 32 && units[i + 1] == 32
            if isDash || c == 59 {
                out.append(NSRange(location: start, length: i - start))
                start = i + 1
            }
            i += 1
        }
        out.append(NSRange(location: start, length: n - start))
        return out
    }
}

/// Markdown inline markup reduced to text for reading (links keep their text, emphasis marks go).
enum MarkdownText {
    static let link = Rx(#"!?\[([^\]]*)\]\([^)]*\)"#, anchors: ["]("])
    static func plain(_ s: String) -> String {
        guard s.has("[") || s.has("*") || s.has("_") || s.hasPrefix("#") || s.hasPrefix(">") else { return s }
        var t = s
        let ns = t as NSString
        var parts: [String] = []
        var last = 0
        for m in link.matches(ns) {
            parts.append(ns.sub(NSRange(location: last, length: m.range.location - last)))
            parts.append(m.group(1, in: ns) ?? "")
            last = m.range.location + m.range.length
        }
        parts.append(ns.sub(from: last))
        t = parts.joined()
        t = t.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        while t.hasPrefix("#") || t.hasPrefix(">") { t.removeFirst() }
        return t.trimmingCharacters(in: .whitespaces)
    }
}
