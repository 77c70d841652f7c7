import Foundation

/// Groups one article's event mentions into events and turns each into an incident.
///
/// A report (a weapon that hit, an airstrike, an attack with its time) starts an event unless it agrees
/// with one already found (compatible type, overlapping date, same or nested or nearby place).
/// References ("the attack", "Thursday's strikes") only add facts to an event they agree with, and start
/// one only when they carry their own time right by the attack word and a place or target. An undated
/// mention joins a dated event of a compatible type in the same country: an article tells of an event
/// once with its date and again without.
struct ArticleEvents {
    var article: Article
    var sentences: [ArticleSentence]
    var mentions: [EventMention]
    var gazetteer: Gazetteer
    /// The lede's paragraph: 0 unless short lines (an outlet's name, an id line) stand above it. "The lead" is the
    /// paragraphs up to it.
    var ledeParagraph: Int

    init(article: Article, sentences: [ArticleSentence], mentions: [EventMention], gazetteer: Gazetteer) {
        self.article = article; self.sentences = sentences; self.mentions = mentions; self.gazetteer = gazetteer
        ledeParagraph = max(0, sentences.first(where: { $0.isLede })?.paragraph ?? 0)
    }

    struct Group { var members: [Int] }
    /// Days taken over from the operation an undated mention belongs to (member index → time).
    var inherited: [Int: TimeExpression] { get { store.inherited } nonmutating set { store.inherited = newValue } }
    final class Store {
        var inherited: [Int: TimeExpression] = [:]
        /// The operation a derived group took its day from (keyed like `inherited`).
        var operation: [Int: Group] = [:]
        /// Answers that depend only on a group's members, kept while `incidents()` runs (grouping asks them for
        /// every pair of mention and group; each answer copies the members, large structs). Nil outside it.
        var sorted: [[Int]: [EventMention]]?
        var places: [[Int]: Place?]?
        /// Clock times read off time phrases ("At around 13:00" → 780), asked for every pair of mention and member.
        var clocks: [String: Int?] = [:]
        /// A smaller count of dead told after an event already had its figure (group index → dead), for `splitSummedTolls`.
        var laterKilled: [Int: Int] = [:]
        /// The sentences holding a noun of an unlisted place (`UnlistedPlace.stems`), read once: `unlistedNamedElsewhere`
        /// scans them for every group it is asked about.
        var unlistedNounSentences: [Int]?
    }
    /// Minutes after midnight of a mention's clock time, read once per phrase.
    func clockMinutes(_ m: EventMention) -> Int? {
        guard let text = m.time?.text else { return nil }
        if let known = store.clocks[text] { return known }
        let c = RelativeTimes.clockMinutes(text)
        store.clocks[text] = .some(c)
        return c
    }
    let store = Store()

    func incidents() -> [Incident] {
        inherited = [:]
        store.operation = [:]
        store.sorted = [:]; store.places = [:]
        defer { store.sorted = nil; store.places = nil }
        var groups: [Group] = []
        // Reports first, in the order told, then references. A dated reference in the lead sentence ("the death toll of the
        // ambush … yesterday has risen to 33") is the first thing the body tells, so it comes in its place among the reports.
        let lede = sentences.first(where: { $0.isLede })?.index
        func rank(_ i: Int) -> Int {
            let m = mentions[i]
            return m.strength == .report || m.sentence == lede && m.time?.date != nil && !m.backgroundCue ? 0 : 1
        }
        let order = mentions.indices.sorted { (rank($0), mentions[$0].sentence) < (rank($1), mentions[$1].sentence) }
        var ledeLeftOut: [Int] = []
        for i in order {
            let m = mentions[i]
            if let g = bestGroup(for: m, in: groups, requirePlace: true) {
                groups[g].members.append(i)
            } else if m.strength == .report || promotable(m) || m.siteList {
                groups.append(Group(members: [i]))
            } else if rank(i) == 0 {
                ledeLeftOut.append(i)
            }
        }
        // "UPDATE 4:05 pm: The death toll in last night's attack has risen to 41. Our original story follows.": a dated
        // lede that tells no event of its own, read first, had no event to join yet; it joins the one the body tells.
        for i in ledeLeftOut {
            if let g = bestGroup(for: mentions[i], in: groups, requirePlace: true) { groups[g].members.append(i) }
        }
        // Undated groups join a dated group of a compatible type in the same country.
        var merged: [Group] = []
        var datedOut = groups.filter { date(of: $0) != nil }
        for g in groups where date(of: g) == nil {
            // Only a mention with no time phrase at all (an unresolved "late Tuesday" is a time of its own)
            // joins a day-dated event.
            let timeless = sortedMembers(g).allSatisfy { $0.time == nil } && !isSiteGroup(g) && !isDerived(g)
            if timeless, let d = carrier(for: g, among: datedOut) {
                datedOut[d].members += g.members
            } else {
                merged.append(g)
            }
        }
        // "US aircraft also struck two sites near X": another place of the same operation takes its day.
        for i in merged.indices {
            let ms = sortedMembers(merged[i])
            guard let firstM = ms.first, ms.allSatisfy({ $0.time == nil }),
                  isDerived(merged[i]) || ms.first?.siteList == true || Folded(sentences[firstM.sentence].text).hasAny(ArticleEvents.sameOperation) else { continue }
            // The operation is the event told most recently before, as news (not as the cause of the news).
            func toldBefore(_ g: Group) -> Int? {
                g.members.filter { !mentions[$0].backgroundCue && mentions[$0].sentence < firstM.sentence }.map { mentions[$0].sentence }.max()
            }
            // Among the events of a compatible type and side (a militia attack told in between is not the operation).
            // An operation dated only by the statement that announced it ("announced on Wednesday that it has targeted …")
            // dates its sites too.
            let announced = merged.indices.filter { $0 != i && date(of: merged[$0]) == nil && reportSpeechDay(merged[$0]) != nil }.map { merged[$0] }
            let fits = (datedOut + announced).filter { toldBefore($0) != nil && ArticleEvents.typesCompatible(type(of: $0), type(of: merged[i])) && !sidesDiffer($0, merged[i]) }
            // "Then, on Friday morning, about 10 rockets were fired at … A U.S. official said a drone attack was also
            // attempted against a base in X": what "also" happened right after an event of the same paragraph happened
            // that day, whatever its weapon (not on the day of a like attack told paragraphs before).
            let paragraph = sentences[firstM.sentence].paragraph
            if firstM.strength == .report, !firstM.backgroundCue, !isDerived(merged[i]), sentences[firstM.sentence].folded.has(" also "),
               let near = datedOut.filter({ toldBefore($0).map { sentences[$0].paragraph == paragraph } == true && !sidesDiffer($0, merged[i]) })
                   .max(by: { toldBefore($0)! < toldBefore($1)! }),
               !fits.contains(where: { toldBefore($0)! > toldBefore(near)! }), let t = date(of: near), t.precision == .day {
                inherited[merged[i].members[0]] = t
                continue
            }
            if let prior = fits.max(by: { toldBefore($0)! < toldBefore($1)! }),
               inOperationCountries(place(of: merged[i]), prior) || toldInParagraph(of: firstM.sentence, prior), let t = date(of: prior) ?? reportSpeechDay(prior) {
                inherited[merged[i].members[0]] = t
                if isDerived(merged[i]) { store.operation[merged[i].members[0]] = prior }
            } else if firstM.strength == .report, !firstM.backgroundCue, !isDerived(merged[i]), firstM.siteList != true,
                      sentences[firstM.sentence].folded.has(" also "),
                      let prior = datedOut.filter({ toldBefore($0) != nil && !sidesDiffer($0, merged[i]) }).max(by: { toldBefore($0)! < toldBefore($1)! }),
                      sentences[firstM.sentence].paragraph - sentences[toldBefore(prior)!].paragraph <= 1,
                      sameCountry(place(of: merged[i]), place(of: prior)), let t = date(of: prior), t.precision == .day {
                // "A car bomb killed 28 … Several mortar rounds also landed in the Green Zone": an attack of another kind
                // told as "also" right after the news happened that day too; it is an event of its own on that day.
                inherited[merged[i].members[0]] = t
            }
        }
        // "More than 70 people were killed in a wave of coordinated attacks across Balochistan in the early hours of Monday
        // … Musakhel: … armed men blocked the highway and shot dead 23 people": each place of a wave the lede dates, told
        // on its own with no time, happened that day.
        if let wave = ledeWave() {
            for i in merged.indices where date(of: merged[i]) == nil && inherited[merged[i].members[0]] == nil {
                let ms = sortedMembers(merged[i])
                guard ms.allSatisfy({ $0.time == nil && !$0.backgroundCue }), ms.contains(where: { $0.strength == .report }),
                      let p = place(of: merged[i]), wave.places.contains(where: { $0.id != p.id && Geo.contains($0, p, gazetteer) }) else { continue }
                inherited[merged[i].members[0]] = wave.time
            }
        }
        // A site or place copy made from an operation exists only with the operation's day: without it, it is noise.
        merged.removeAll { isDerived($0) && date(of: $0) == nil }
        var all = (datedOut + merged).sorted { first($0) < first($1) }
        var incidents = all.map(incident)
        siteListsReplaceCoarseReports(&incidents, groups: &all)
        store.laterKilled = [:]
        addFollowUpCasualties(&incidents, groups: all)
        splitSummedTolls(&incidents)
        addSharedZeros(&incidents, groups: all)
        applyTollUpdates(&incidents, groups: all)
        assignRoles(&incidents, groups: all)
        spreadPluralClaims(&incidents, groups: all)
        return incidents
    }

    /// A group started by a site-list reference (its first sentence names where an operation landed).
    func isSiteGroup(_ g: Group) -> Bool { sortedMembers(g).first?.siteList == true }

    /// A group made only of site-list references or place copies of a report: it stands for a place an
    /// operation told elsewhere hit, and takes that operation's day or is not an incident.
    func isDerived(_ g: Group) -> Bool { g.members.allSatisfy { isListCopy(mentions[$0]) } }

    /// A site-list reference or a place copy of a report: it shares its sentence's toll and says nothing of its own.
    func isListCopy(_ m: EventMention) -> Bool { m.expanded || m.siteList }

    /// The side (state strike / non-state attack) a group's mentions tell, reports first.
    func side(of g: Group) -> EventSide? {
        let ms = sortedMembers(g)
        return ms.first(where: { $0.strength == .report && $0.side != nil })?.side ?? ms.first(where: { $0.side != nil })?.side
    }

    func sidesDiffer(_ a: EventSide?, _ b: EventSide?) -> Bool { a != nil && b != nil && a != b }
    func sidesDiffer(_ a: Group, _ b: Group) -> Bool { sidesDiffer(side(of: a), side(of: b)) }

    /// "Jets struck 29 targets in northern Iraq late on Friday. A separate wave of strikes hit northern Syria": another
    /// country's strikes told in the operation's own paragraph are part of it.
    func toldInParagraph(of sentence: Int, _ op: Group) -> Bool {
        let para = sentences[sentence].paragraph
        return op.members.contains { mentions[$0].sentence < sentence && sentences[mentions[$0].sentence].paragraph == para }
    }

    /// A timeless group told with an "also"/"a separate"/"another" cue: part of an operation told before it.
    /// Only a state's air operation is told this way (one operation, several places); a militia attack "also
    /// attempted" elsewhere is an event of its own.
    func continuesOperation(_ g: Group) -> Bool {
        guard type(of: g) == .airstrike || side(of: g) == .state else { return false }
        let ms = sortedMembers(g)
        guard let f = ms.first, ms.allSatisfy({ $0.time == nil }) else { return false }
        return Folded(sentences[f.sentence].text).hasAny(ArticleEvents.sameOperation)
    }

    /// The countries an operation's sentences name (and its place's): "strikes in Iraq and Syria" covers both.
    func inOperationCountries(_ site: Place?, _ op: Group) -> Bool {
        guard let country = site?.country else { return true }
        var countries = Set<String>()
        if let c = place(of: op)?.country { countries.insert(c) }
        for i in Set(op.members.map { mentions[$0].sentence }) {
            for p in sentences[i].places { if let c = p.entry.country { countries.insert(c) } }
        }
        return countries.isEmpty || countries.contains(country)
    }

    /// The dated event an undated, timeless group continues: the nearest one told before it (else after it) of a
    /// compatible type and side whose place agrees (same, nested or nearby; or either has none). A group naming
    /// a different place is not put on another event's day (it is another event, or another site of one).
    func carrier(for g: Group, among dated: [Group]) -> Int? {
        let at = mentions[first(g)].sentence
        let gp = place(of: g)
        let lead = isLeadNews(g)
        let further = isFurther(mentions[first(g)])
        let ok = dated.indices.filter { c in
            guard let cd = date(of: dated[c]), cd.precision == .day, ArticleEvents.typesCompatible(type(of: dated[c]), type(of: g)) || nextPhase(g, of: dated[c]),
                  !sidesDiffer(dated[c], g), sameCountry(gp, place(of: dated[c])) else { return false }
            // The undated news of the headline and lead is not an event recalled from weeks before the report.
            // (Unless the news is a claim of it: "ETA claims Barajas bombing" over a bombing ten days old.)
            if lead, weeksBeforePublication(cd), !g.members.contains(where: { sentences[mentions[$0].sentence].memo.claimed(sentences[mentions[$0].sentence].ns) != nil }) { return false }
            // Nor is undated news the earlier event it "came four months after" (dated only by that cue's report).
            if dated[c].members.allSatisfy({ mentions[$0].backgroundCue }), g.members.contains(where: { mentions[$0].strength == .report && !mentions[$0].backgroundCue }) { return false }
            guard let a = gp, let b = place(of: dated[c]) else { return true }
            // "Separately, … drones approaching the airport": another event than the one at the city told before.
            if a.id != b.id, further { return false }
            // "Three car bombs … killed at least 30 in Baghdad" and, paragraphs later, "on Friday, gunmen killed 24 people in
            // the village of X south of Baghdad": each told with its own toll at its own place, they are two events.
            if a.id != b.id, let k1 = reportedKilled(g), let k2 = reportedKilled(dated[c]), k1 != k2 { return false }
            return a.id == b.id || Geo.contains(a, b, gazetteer) || Geo.contains(b, a, gazetteer) || Geo.near(a, b)
        }
        func lastBefore(_ c: Int) -> Int? { dated[c].members.map { mentions[$0].sentence }.filter { $0 <= at }.max() }
        if let c = ok.filter({ lastBefore($0) != nil }).max(by: { lastBefore($0)! < lastBefore($1)! }) { return c }
        // The headline's undated news is the event the body tells first ("ETA claims Barajas bombing" over the Barajas
        // bombing, not the older one recalled further down).
        if lead { return ok.min(by: { dated[$0].members.map { mentions[$0].sentence }.min()! < dated[$1].members.map { mentions[$0].sentence }.min()! }) }
        return ok.first
    }

    /// The toll the group's first report with one tells.
    func reportedKilled(_ g: Group) -> Int? {
        sortedMembers(g).first(where: { $0.strength == .report && $0.casualties.killed != nil })?.casualties.killed
    }

    /// "The attack began when a suicide bomber drove a car into the gate. A group of gunmen then stormed the hospital": the
    /// next phase of an attack, told with "then" in the sentence right after it (same paragraph), is part of it whatever
    /// its weapon. ("Since then", "by then", "the then governor" tell no sequence.)
    func nextPhase(_ g: Group, of c: Group) -> Bool {
        let m = mentions[first(g)]
        guard m.sentence > 0, m.time == nil, c.members.contains(where: { mentions[$0].sentence == m.sentence - 1 }) else { return false }
        let ns = sentences[m.sentence].ns
        // ("… at least six blasts." ¶ "Gunmen then took positions on the upper floors": a paragraph opening on its
        // subject and "then" goes on with the one before.)
        if sentences[m.sentence].paragraph != sentences[m.sentence - 1].paragraph {
            return sentences[m.sentence].paragraph == sentences[m.sentence - 1].paragraph + 1 && Self.thenOpening.test(ns)
        }
        return Self.thenCue.test(ns)
    }
    static let thenOpening = Rx(#"^\W*(?:(?!(?:since|until|till|by|ever|just)\b)[\w'’-]+\s+){1,3}(?<!\bthe\s)then\s+(?!on\b)"#, anchors: ["then"])
    static let thenCue = Rx(#"(?<!\bsince )(?<!\buntil )(?<!\btill )(?<!\bby )(?<!\bthe )(?<!\bjust )\bthen\b(?![-‑])"#, anchors: ["then"])

    /// The places a strike operation hit, named after its dated report: each site incident takes the
    /// operation's perpetrator, and the operation's coarse incident (a country or province that holds
    /// the sites) is dropped, since its news is told place by place.
    func siteListsReplaceCoarseReports(_ incidents: inout [Incident], groups: inout [Group]) {
        var drop = Set<Int>()
        for (i, g) in groups.enumerated() where isSiteGroup(g) {
            guard let day = incidents[i].date, let sitePlace = place(of: g) else { continue }
            for (j, other) in groups.enumerated() where j != i && !isSiteGroup(other) {
                // The operation: an event of that day, or the undated news of the headline and lead (its day is the report's).
                guard incidents[j].date == day || incidents[j].date == nil && isLeadNews(other) && article.published.map({ abs($0.days(since: day)) <= 1 }) == true,
                      sortedMembers(other).first?.backgroundCue != true, ArticleEvents.typesCompatible(type(of: other), type(of: g)), !sidesDiffer(g, other),
                      inOperationCountries(sitePlace, other) else { continue }
                if incidents[i].perpetrator == "unknown", incidents[j].perpetrator != "unknown" {
                    incidents[i].perpetrator = incidents[j].perpetrator; incidents[i].perpetratorID = incidents[j].perpetratorID
                } else if incidents[i].perpetrator == "unknown", let s = sortedMembers(other).first.map({ sentences[$0.sentence] }),
                          let a = IncidentExtractor.claimant(s.text, actors: s.actors) {
                    // "the IRGC said it had also targeted … in Syria": the operation's own claim, read later on its evidence.
                    incidents[i].perpetrator = a.name; incidents[i].perpetratorID = a.id
                }
                if incidents[i].eventType == .other { incidents[i].eventType = incidents[j].eventType }
                if let coarse = place(of: other), coarse.kind == .country || coarse.kind == .admin1, Geo.contains(coarse, sitePlace, gazetteer) { drop.insert(j) }
                incidents[i].summary = Summary.make(incidents[i])
            }
        }
        guard !drop.isEmpty else { return }
        let keep = incidents.indices.filter { !drop.contains($0) }
        incidents = keep.map { incidents[$0] }
        groups = keep.map { groups[$0] }
    }

    /// Follow-up words of a casualty sentence that sums up many events ("Most caused no injuries", "in total").
    static let summaryWords: Set<String> = ["most", "total", "altogether", "overall", "since", "tally", "toll", "all", "cumulative", "combined"]

    /// The lede's wave of coordinated attacks across a province on one day: its day and the province.
    func ledeWave() -> (time: TimeExpression, places: [Place])? {
        guard let lede = sentences.first(where: { $0.isLede }), lede.folded.hasAny(Self.waveNouns), Self.waveOfAttacks.test(lede.ns) else { return nil }
        let days = TimeExpressions.find(in: lede.ns, text: lede.text, published: article.published).filter { $0.date != nil && $0.precision == .day && !$0.isSpeechTime }
        // (A province's wave: a country's day of attacks may tell of places the lede does not cover.)
        var areas = lede.places.map(\.entry).filter { $0.kind == .admin1 }
        // "BAGHDAD -- A coordinated wave of bombings and shootings struck more than a dozen Iraqi cities Tuesday": a wave
        // across a country's towns covers the country the lede or its dateline names.
        if areas.isEmpty, Self.acrossTowns.test(lede.ns) {
            let named = lede.places.map(\.entry) + (article.dateline.map { gazetteer.mentions(in: $0).map(\.entry) } ?? [])
            areas = named.compactMap { p in p.kind == .country ? p : gazetteer.ancestors(of: p).last(where: { $0.kind == .country }) }.prefix(1).map { $0 }
        }
        guard days.count == 1, let t = days.first, !areas.isEmpty else { return nil }
        return (t.borrowed, areas)
    }
    static let waveOverPlace = Rx(#"\b(?:wave|series|string|spate|chain|volley)\s+of\s+(?:(?:coordinated|simultaneous|near-simultaneous|co-ordinated|deadly|car|roadside|suicide)\s+)*(?:bombs|bombings|blasts|explosions|attacks)\b|\b(?:coordinated|simultaneous|co-ordinated)\s+(?:bombings|blasts|explosions|attacks)\s+(?:across|throughout)\b"#)
    static let waveNouns = WordList([" attacks", " bombings", " blasts", " explosions"])
    static let waveOfAttacks = Rx(#"\b(?:wave|series|string|spate|chain)\s+of\s+(?:coordinated|simultaneous|near-simultaneous|co-ordinated)\s+attacks\b|\b(?:coordinated|simultaneous)\s+attacks\s+(?:across|in|on)\b|\b(?:coordinated|simultaneous|co-ordinated)\s+(?:wave|series|string|spate)\s+of\s+(?:bombings|attacks|blasts|explosions)\b"#, anchors: ["attacks", "bombings", "blasts", "explosions"])
    /// "struck more than a dozen Iraqi cities", "across the country", "in several provinces": a wave over a country's towns.
    static let acrossTowns = Rx(#"\b(?:across|throughout)\s+the\s+country\b|\bnationwide\b|\b(?:struck|hit|rocked|targeted|across|in)\s+(?:more than\s+|at least\s+|nearly\s+)?(?:a\s+dozen|dozens\s+of|several|multiple|\w+)\s+(?:[A-Z][\w-]+\s+)?(?:cities|towns|provinces)\b"#)

    /// "As of this afternoon", "by Monday": the day a running count stood at.
    static let countAsOf = Rx(#"\b(?:as of|as at|by|until|up to)\s+$"#, anchors: ["as of", "as at", "by", "until", "up to"])

    /// "Five others were injured." / "No one was hurt, the army said.": a sentence with figures and no attack
    /// word right after an event's last sentence gives the figures that event still lacks (only when no other
    /// event is told in that sentence, and the figures do not sum up a series).
    func addFollowUpCasualties(_ incidents: inout [Incident], groups: [Group]) {
        let mentionSentences = Set(mentions.map(\.sentence))
        for (i, g) in groups.enumerated() {
            var added = Set<Int>()
            var usZeroOnly = g.members.contains(where: { mentions[$0].casualties.noUSCasualties })
                && !g.members.contains(where: { mentions[$0].casualties.killed == 0 || mentions[$0].casualties.wounded == 0 })
            for last in Set(g.members.map({ mentions[$0].sentence })).sorted() {
                // The event's sentence tells no other event, but for an earlier one its cue names ("Less than two hours
                // after the bombing, shells struck Ariha. … 11 people were killed": the figures are the shelling's).
                let ownIsCued = g.members.contains(where: { mentions[$0].sentence == last && mentions[$0].backgroundCue })
                guard !sentences[last].isHeadline else { continue }
                let sharing = groups.indices.filter { $0 != i && groups[$0].members.contains(where: { mentions[$0].sentence == last && (ownIsCued || !mentions[$0].backgroundCue) }) }
                // "raids struck Tripoli and Benghazi … In Tripoli, 33 were killed … In Benghazi, four": after a sentence
                // telling one operation in several towns, a sentence set in one of them gives that town's figures.
                var scopedTo: Place?
                // (Otherwise only a zero for all of the sentence's events can follow.)
                var zeroOnly = false
                if !sharing.isEmpty {
                    let others = sharing.compactMap { place(of: groups[$0]) }
                    if let here = place(of: g), here.kind == .city || here.kind == .site, others.count == sharing.count,
                       others.allSatisfy({ ($0.kind == .city || $0.kind == .site) && !Self.sameTown($0, here, gazetteer) }) {
                        scopedTo = here
                    } else {
                        zeroOnly = true
                    }
                }
                // "The device went off as the convoy passed. … there were no human casualties": the figures may come a
                // few sentences further on, as long as no sentence between tells an event. Only the first figures after
                // the event are its own ("Seven were killed. Rescuers searched the rubble. At least eight others were
                // wounded."); a later count may be another's, a later zero is not.
                var sawKilled = false, sawWounded = false
                for j in (last + 1)...(last + 4) {
                    // ("1. Summary … 2. Casualties …": a bulletin's short section head goes on with the same event.)
                    if j < sentences.count, sentences[j].isHeadline, sentences[j].words.count <= 3, !mentionSentences.contains(j) { continue }
                    guard j < sentences.count, !sentences[j].isHeadline, !mentionSentences.contains(j) else { break }
                    let s = sentences[j]
                    var words = s.words
                    // ("14 people were killed and 37 wounded there; pensioners had been queueing since early morning": a
                    // clause after a semicolon that tells no figures sums nothing up.)
                    let semi = s.ns.plainRange(of: ";")
                    if semi.location != NSNotFound, case let head = NSRange(location: 0, length: semi.location),
                       case let c = s.memo.casualties(s.ns, in: head), c.killed != nil || c.wounded != nil,
                       s.memo.casualties(s.ns, in: NSRange(location: semi.location, length: s.ns.length - semi.location)) == Casualties() {
                        words = Words.of(s.ns.sub(head))
                    }
                    // ("132 civilians have died in attacks and landmine explosions": a tally of many events.)
                    guard !Self.summarises(words), !s.memo.isGeneric(s.ns), !IncidentExtractor.tallyOfEvents.test(s.ns) else { continue }
                    var c = s.memo.casualties(s.ns, in: NSRange(location: 0, length: s.ns.length))
                    // ("Three empty buses exploded in Bat Yam and Holon … No one was hurt.": a zero that names no town holds
                    // for every event of the sentence before.)
                    let zeroForAll = (c.killed ?? 0) == 0 && (c.wounded ?? 0) == 0 && s.places.isEmpty
                    if zeroOnly && !zeroForAll { continue }
                    if let here = scopedTo, !zeroForAll, !Self.setInTown(s, here, gazetteer) { continue }
                    // "About 25 fighters attacked the base … the attackers were all killed": as many dead as attackers counted.
                    if c.killed == nil, Self.allAttackersKilled.test(s.ns), let n = Self.attackersCounted(sentences[last].ns) { c.killed = n }
                    // Each kind apart: "28 soldiers had been killed. The toll rose to 30. Twenty-six soldiers were
                    // wounded." — the wounded are the first wounded told.
                    let seen = (killed: sawKilled, wounded: sawWounded)
                    if (c.killed ?? 0) > 0 { sawKilled = true }
                    if (c.wounded ?? 0) > 0 { sawWounded = true }
                    // ("About 30 applicants were killed. A Marine and a soldier were also killed.": an "also" figure adds to
                    // the first, not a later count.)
                    if seen.killed, c.killed != 0, !c.killedIsAddition { c.killed = nil }
                    if seen.wounded, c.wounded != 0, !c.woundedIsAddition { c.wounded = nil }
                    guard c.killed != nil || c.wounded != nil || c.noUSCasualties else { continue }
                    // "These strikes follow a raid on Aug. 29 that killed 15": figures of an event told with another day.
                    if let d = incidents[i].date,
                       TimeExpressions.find(in: s.text, published: article.published).contains(where: { t in
                           // ("As of this afternoon, the office has registered 1,302 deaths": the day the count stood at, not an event's.)
                           // ("pensioners had been queueing since early morning": the start of a span, no event's day.)
                           guard let td = t.date, !t.isSpeechTime, !Self.countAsOf.test(s.ns, slice: t.range.location - 8, t.range.location),
                                 !Words.of(s.ns.slice(t.range.location - 14, t.range.location)).suffix(2).contains("since") else { return false }
                           return !Geo.datesOverlap(td, t.precision, d, incidents[i].datePrecision)
                       }) { continue }
                    // "Settlers attack homes in Urif. … Summary: Jenin mourns the 6 martyrs": figures told of another town.
                    if let here = place(of: g), here.kind == .city || here.kind == .site, Self.namesOnlyOtherTowns(s, than: here, gazetteer) { continue }
                    // "…, two attackers killed" then "The two perpetrators died at the location": the attackers' dead,
                    // already counted, are not added again.
                    if c.killedAreAttackers, g.members.contains(where: { mentions[$0].casualties.killedAreAttackers }) { c.killed = nil; c.killedIsAddition = false }
                    if c.noUSCasualties, hitUSForces(g, incidents[i]), incidents[i].killed == nil, incidents[i].wounded == nil { incidents[i].killed = 0; incidents[i].wounded = 0; usZeroOnly = c.killed == nil && c.wounded == nil }
                    // "Two soldiers were killed. A civilian was also killed.": an "also" figure adds to the event's.
                    if added.insert(j).inserted {
                        if c.killedIsAddition, let k = c.killed, let have = incidents[i].killed, have > 0 { incidents[i].killed = have + k }
                        if c.woundedIsAddition, let w = c.wounded, let have = incidents[i].wounded, have > 0 { incidents[i].wounded = have + w }
                    }
                    if let k = c.killed, k > 0, !c.killedIsAddition, let have = incidents[i].killed, have > k, store.laterKilled[i] == nil { store.laterKilled[i] = k }
                    // "A former general was killed … At least 26 people, among them the general and his wife, were killed":
                    // the one victim the lead names is counted in the whole told after it.
                    if let k = c.killed, k > 1, !c.killedIsAddition, incidents[i].killed == 1, s.folded.hasAny(Self.inclusionStems) { incidents[i].killed = k }
                    // "there were no American casualties … ten militants were killed in the fighting": a zero said of US
                    // forces alone gives way to the figures of the others.
                    // (The wounded among the others are then not known: no longer a zero.)
                    if usZeroOnly, let k = c.killed, k > 0, incidents[i].killed == 0 { incidents[i].killed = k; if incidents[i].wounded == 0 { incidents[i].wounded = c.wounded } }
                    if usZeroOnly, let w = c.wounded, w > 0, incidents[i].wounded == 0 { incidents[i].wounded = w; if incidents[i].killed == 0 { incidents[i].killed = c.killed } }
                    if incidents[i].killed == nil, let k = c.killed { incidents[i].killed = k }
                    if incidents[i].wounded == nil, let w = c.wounded { incidents[i].wounded = w }
                    incidents[i].summary = Summary.make(incidents[i])
                }
            }
        }
    }

    /// "Two women … blew themselves up in crowded Baghdad animal markets yesterday, killing at least 73 people. The first
    /// blast tore through the al-Ghazl market … at least 46 people were killed there. Minutes later, a second woman detonated
    /// her vest at a bird market …, killing at least 27": the lead's toll is the day's sum; an event whose own later count
    /// and the other events' counts of that day add up to it keeps its own count.
    func splitSummedTolls(_ incidents: inout [Incident]) {
        for (i, own) in store.laterKilled.sorted(by: { $0.key < $1.key }) {
            guard let total = incidents[i].killed, let day = incidents[i].date, incidents[i].datePrecision == .day else { continue }
            let others = incidents.indices.filter { $0 != i && incidents[$0].date == day && incidents[$0].datePrecision == .day }
            let sum = others.compactMap { incidents[$0].killed }.reduce(0, +)
            guard !others.isEmpty, others.allSatisfy({ incidents[$0].killed != nil }), own + sum == total else { continue }
            incidents[i].killed = own
            incidents[i].summary = Summary.make(incidents[i])
        }
    }

    /// The sentence is about another town or site: it opens with one or places something in one ("in X", "at X"), and
    /// it names none that is the event's place, inside it, around it or near it ("from Ramat Gan", "Sanaa time" place nothing).
    static let inclusionStems = WordList(["among them", "including", "among whom", "among the dead", "among those killed"])
    /// "the attackers were all killed", "all of the militants were shot dead": every attacker, not counted in the sentence.
    static let allAttackersKilled = Rx(#"\b(?:the\s+(?:attackers|assailants|militants|fighters|gunmen|insurgents)\s+(?:were|had been)\s+all|all\s+(?:of\s+)?the\s+(?:attackers|assailants|militants|fighters|gunmen|insurgents)\s+(?:were|had been))\s+(?:killed|shot dead|gunned down)\b"#, anchors: ["all"])
    /// A count of attackers opening a sentence ("About 25 Islamic State fighters").
    static let attackersCount = Rx(#"^\W*(?:(?:about|around|some|at least|more than|nearly|roughly)\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?:[\w'’-]+\s+){0,3}?(?:attackers|assailants|militants|fighters|gunmen|insurgents)\b"#)
    /// The attackers a sentence opens on, counted ("About 25 Islamic State fighters … attacked").
    static func attackersCounted(_ ns: NSString) -> Int? {
        guard let m = attackersCount.first(ns), let t = m.group(1, in: ns) else { return nil }
        return DateWords.number(t)
    }

    /// The sentence opens in the town or site ("In Tripoli, 33 were killed"), or in a place within or near it.
    static func setInTown(_ s: ArticleSentence, _ here: Place, _ gazetteer: Gazetteer) -> Bool {
        s.places.contains { m in
            guard m.range.lowerBound <= 16, m.entry.kind == .city || m.entry.kind == .site, sameTown(m.entry, here, gazetteer) else { return false }
            // (The mention may take in its preposition: "At Fallujah" read as one name.)
            let lead = s.ns.sub(NSRange(location: 0, length: m.range.upperBound)).asciiLower.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            return ["in ", "at ", "near ", "outside ", "around "].contains(where: lead.hasPrefix) && !lead.contains(",")
        }
    }

    static func sameTown(_ p: Place, _ here: Place, _ gazetteer: Gazetteer) -> Bool {
        p.id == here.id || Geo.contains(p, here, gazetteer) || Geo.contains(here, p, gazetteer) || Geo.near(p, here)
    }

    static func namesOnlyOtherTowns(_ s: ArticleSentence, than here: Place, _ gazetteer: Gazetteer) -> Bool {
        let towns = s.places.filter { $0.entry.kind == .city || $0.entry.kind == .site }
        guard towns.contains(where: { isSubjectOrLocative($0, in: s) }) else { return false }
        return !towns.contains { let p = $0.entry; return p.id == here.id || Geo.contains(p, here, gazetteer) || Geo.contains(here, p, gazetteer) || Geo.near(p, here) }
    }

    private static func isSubjectOrLocative(_ m: Mention<Place>, in s: ArticleSentence) -> Bool {
        let b0 = max(0, m.range.lowerBound - 12)
        let before = s.ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0)).asciiLower
        let opening = before.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        if m.range.lowerBound <= 3 && opening.isEmpty { return true }
        // "No one was killed, the Defence Ministry in Paris said": where a speaker sits places nothing.
        if speechRightAfter.test(s.ns, window: NSRange(location: m.range.upperBound, length: min(20, s.ns.length - m.range.upperBound))) { return false }
        // "transported 38 wounded to hospitals in Hazmieh": where the wounded were cared for places nothing either.
        if careSeatBefore.test(s.ns, slice: m.range.lowerBound - 40, m.range.lowerBound) { return false }
        return [" in", " at", " near", " outside", " around"].contains { before.hasSuffix($0 + " ") || before.hasSuffix($0 + " the ") }
    }
    static let careSeatBefore = Rx(#"\b(?:(?:hospitals?|clinics?|medical (?:centres?|centers?|facilities)|infirmar(?:y|ies))\s+(?:in|at)|(?:taken|rushed|evacuated|transferred|transported|airlifted|flown)\s+(?:\w+\s+){0,2}?to)\s+(?:the\s+)?$"#,
                                   anchors: ["hospital", "clinic", "medical", "infirmar", " to "])
    static let speechRightAfter = Rx(#"^\s*(?:has\s+|had\s+)?(?:said|says|told|announced|stated|reported|confirmed|added)\b"#)

    /// The figures without their zeros when any figure is above zero.
    /// A sentence opening on one victim named back by a definite noun: "The journalist, a correspondent of …, was killed".
    static let victimToldBack = Rx(#"^\W*(?:The|This|That)\s+(?:[\w'’-]+\s+){0,2}?(?:journalist|reporter|photographer|cameraman|officer|soldier|policeman|guard|driver|man|woman|child|boy|girl|victim|commander|civilian|doctor|paramedic)\b(?!\s+(?:and|or)\b)"#,
                                caseInsensitive: false, anchors: ["The", "This", "That"])
    static func countsOverZero(_ figures: [Int]) -> [Int] {
        figures.contains(where: { $0 > 0 }) ? figures.filter { $0 > 0 } : figures
    }

    /// "A drone hit field X. Half an hour later a second drone struck field Y. No injuries were reported in either
    /// attack.": a zero said of "either" / "both" / "neither" of the events just told holds for each of them (those told
    /// in the three sentences before, in the same paragraph, that still lack the figure).
    func addSharedZeros(_ incidents: inout [Incident], groups: [Group]) {
        // The sentence reports no event of its own ("either attack" only refers back).
        let reportSentences = Set(mentions.filter { $0.strength == .report }.map(\.sentence))
        for s in sentences where !s.isHeadline && !reportSentences.contains(s.index) {
            let words = s.words
            guard words.contains(where: { $0 == "either" || $0 == "both" || $0 == "neither" }) else { continue }
            let c = s.memo.casualties(s.ns, in: NSRange(location: 0, length: s.ns.length))
            guard c.killed == 0 || c.wounded == 0 else { continue }
            for (i, g) in groups.enumerated() {
                guard g.members.contains(where: { let k = mentions[$0].sentence; return k < s.index && k >= s.index - 3 && sentences[k].paragraph == s.paragraph }) else { continue }
                if c.killed == 0, incidents[i].killed == nil { incidents[i].killed = 0 }
                if c.wounded == 0, incidents[i].wounded == nil { incidents[i].wounded = 0 }
                incidents[i].summary = Summary.make(incidents[i])
            }
        }
    }

    static let overallWords: Set<String> = ["overall", "combined", "total", "cumulative", "altogether"]
    /// "attacks", "bombings", "strikes": a plural attack word, the name of a series.
    static func isPluralAttackWord(_ w: String) -> Bool { w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 4 }

    /// A summary word makes a casualty sentence sum up many events ("Most caused no injuries"), except "most of the
    /// victims / wounded / injured", which speaks of this event's casualties.
    static func summarises(_ words: [String]) -> Bool {
        for (k, w) in words.enumerated() where summaryWords.contains(w) {
            if w == "most" || w == "all", k + 3 < words.count, words[k + 1] == "of", words[k + 2] == "the" || words[k + 2] == "those",
               ["victims", "wounded", "injured", "casualties", "dead", "hurt", "passengers", "people", "attackers", "assailants", "militants", "gunmen", "fighters", "insurgents"].contains(words[k + 3]) { continue }
            // "two of the injured have since died": "since" as an adverb of the verb after it sums nothing up.
            if w == "since", k > 0, k + 1 < words.count, ["have", "has", "had"].contains(words[k - 1]),
               ["died", "succumbed", "been"].contains(words[k + 1]) { continue }
            // "13 people were killed, most of them SEF personnel": who the dead were, not a sum of events.
            if w == "most" || w == "all", k > 0, k + 2 < words.count, words[k + 1] == "of", words[k + 2] == "them" { continue }
            // "All 26 crew are safe": everyone on board, not a sum of events.
            if w == "all", let next = words.dropFirst(k + 1).first(where: { Int($0) == nil }), ["crew", "seafarers", "sailors", "passengers", "occupants"].contains(next) { continue }
            // "All four, two men and two women, were killed": everyone the event hit, counted, as a sentence opens on it.
            if w == "all", k == 0, k + 1 < words.count, Int(words[k + 1]) != nil || DateWords.number(words[k + 1]).map({ $0 > 1 }) == true { continue }
            // "the attackers were all killed": everyone of one group, not a sum of events.
            if w == "all", k > 0, ["were", "are", "was"].contains(words[k - 1]) { continue }
            return true
        }
        return false
    }

    /// "A later statement raised the toll to four dead", "The death toll has since risen to 25": a running total in a
    /// sentence of its own updates the event told just before it (the article's lead event when it is the only one
    /// reported as news). The total replaces a lower figure, which stays as the range's low end.
    func applyTollUpdates(_ incidents: inout [Incident], groups: [Group]) {
        let mentionSentences = Set(mentions.map(\.sentence))
        for s in sentences where !s.isHeadline && !mentionSentences.contains(s.index) {
            let folded = s.folded
            guard folded.has("toll") || folded.has("number of") else { continue }
            let c = s.memo.casualties(s.ns, in: NSRange(location: 0, length: s.ns.length))
            guard c.killedIsTotal, let total = c.killed, !s.memo.isGeneric(s.ns), !IncidentExtractor.tallyOfEvents.test(s.ns) else { continue }
            // (The days it names: see `dated(_:awayFrom:)`.)
            let times = TimeExpressions.find(in: s.text, published: article.published).filter { $0.date != nil && !$0.isSpeechTime }
            func toldBefore(_ g: Group) -> Int? { g.members.filter { !mentions[$0].backgroundCue }.map { mentions[$0].sentence }.filter { $0 < s.index }.max() }
            let news = groups.indices.filter { toldBefore(groups[$0]) != nil }
            // A running file told newest first ("22:40 | UPDATE 6 - … toll rises to 82" above "12:45 | URGENT - Warplanes
            // strike Douma market"): a total told before any event is the next event's the article reports.
            func reportedAfter(_ g: Group) -> Int? { g.members.filter { !mentions[$0].backgroundCue && mentions[$0].strength == .report }.map { mentions[$0].sentence }.min() }
            if news.isEmpty, let i = groups.indices.filter({ reportedAfter(groups[$0]) != nil }).min(by: { reportedAfter(groups[$0])! < reportedAfter(groups[$1])! }) {
                if !Self.dated(times, awayFrom: incidents[i]) { raise(&incidents[i], to: total, wounded: c.wounded) }
                continue
            }
            guard let i = news.max(by: { toldBefore(groups[$0])! < toldBefore(groups[$1])! }) else { continue }
            // Near the event (three sentences), or the only event the article tells before it.
            guard s.index - toldBefore(groups[i])! <= 3 || news.count == 1 else { continue }
            // "The attacks began around 7 a.m. … officials put the overall toll at 39 dead": an overall total told right
            // after a series of attacks is the series' sum, not the toll of any one of them.
            if let last = groups[i].members.map({ mentions[$0] }).filter({ !$0.backgroundCue && $0.sentence < s.index }).max(by: { $0.sentence < $1.sentence }),
               last.strength == .reference, Self.isPluralAttackWord(last.trigger.word), groups.count > 1,
               s.words.contains(where: { Self.overallWords.contains($0) }) { continue }
            if Self.dated(times, awayFrom: incidents[i]) { continue }
            raise(&incidents[i], to: total, wounded: c.wounded)
        }
    }

    /// A total's sentence names a day that is not the event's ("the toll from last year's bombing rose to 40"), so the
    /// total is another event's. ("… rose to eleven on Thursday": a day within two weeks after the event's is the day of
    /// the count.)
    static func dated(_ times: [TimeExpression], awayFrom inc: Incident) -> Bool {
        guard let d = inc.date else { return false }
        return times.contains { t in
            !Geo.datesOverlap(t.date!, t.precision, d, inc.datePrecision) && !(t.precision == .day && (1...14).contains(t.date!.days(since: d)))
        }
    }

    /// A higher running total replaces the killed figure, which stays as the range's low end.
    func raise(_ inc: inout Incident, to total: Int, wounded: Int?) {
        let before = inc.killed
        guard before.map({ total > $0 }) ?? true else { return }
        inc.killed = total
        if let b = before {
            inc.killedLow = min(inc.killedLow ?? b, b)
            inc.killedHigh = max(inc.killedHigh ?? total, total)
        }
        // "The final toll: 8 martyrs and 36 wounded": the wounded told with the running total are a running total too.
        if let w = wounded, w > (inc.wounded ?? 0) { inc.wounded = w }
        inc.summary = Summary.make(inc)
    }

    // MARK: - Grouping

    func first(_ g: Group) -> Int { g.members.min(by: { mentions[$0].sentence < mentions[$1].sentence }) ?? 0 }

    func sortedMembers(_ g: Group) -> [EventMention] {
        if let hit = store.sorted?[g.members] { return hit }
        // The indexes are sorted (the same order: the same comparisons), then each mention is copied once.
        let ms = g.members.sorted { mentions[$0].sentence < mentions[$1].sentence }.map { mentions[$0] }
        store.sorted?[g.members] = ms
        return ms
    }

    func anchor(_ g: Group) -> EventMention {
        let ms = sortedMembers(g)
        // "Army ambush in Ayacucho" under a July issue line, then "… ambushed near Huanta on 15 July": the day beats
        // the month it falls in.
        if let first = ms.first(where: { $0.strength == .report && $0.time?.date != nil }), first.time?.precision != .day,
           let day = ms.first(where: { $0.strength == .report && $0.time?.precision == .day && !$0.timeIsTollUpdate && !$0.relativeTime }),
           let coarse = first.time, let d = day.time, let cd = coarse.date, let dd = d.date,
           Geo.datesOverlap(cd, coarse.precision, dd, d.precision) { return day }
        return ms.first(where: { $0.strength == .report && $0.time?.date != nil })
            ?? ms.first(where: { $0.time?.date != nil })
            ?? ms.first(where: { $0.strength == .report }) ?? ms[0]
    }

    static let siegeEnded = Rx(#"\b(?:siege|standoff|stand-off|hostage crisis|hostage-taking)\b[^.;]{0,60}?\b(?:ended|was over|came to an end|was broken)\b|\bend(?:ed|ing)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:siege|standoff|stand-off)\b"#,
                               anchors: ["siege", "standoff", "stand-off", "hostage"])

    func date(of g: Group) -> TimeExpression? {
        let a = anchor(g)
        if a.timeIsTollUpdate, let own = sortedMembers(g).first(where: { !$0.timeIsTollUpdate && !$0.relativeTime && $0.time?.date != nil && $0.time?.precision == .day }) {
            return own.time
        }
        // "The siege … ended at dawn today when commandos shot dead the two gunmen who had been holed up in the complex
        // since Tuesday evening": the siege began on the day it has lasted since.
        if let end = a.time?.date, Self.siegeEnded.test(sentences[a.sentence].ns) {
            let s = sentences[a.sentence]
            if let start = TimeExpressions.find(in: s.ns, text: s.text, published: article.published).first(where: { t in
                guard let d = t.date, t.precision == .day, d < end, end.days(since: d) <= 2 else { return false }
                return Words.of(s.ns.slice(t.range.location - 8, t.range.location)).last == "since" || Words.of(t.text).first == "since"
            }) { return start }
        }
        if a.time?.date != nil { return a.time }
        // "The KRG on Thursday condemned the missile attack": with no day of its own, the event is dated by the
        // statement about it (the nearest day the text gives).
        return g.members.lazy.compactMap { inherited[$0] }.first ?? sortedMembers(g).lazy.compactMap(\.statementDay).first
    }

    /// "The army said on Monday that rockets hit …": with no day of the event's own, the statement's day is the best the
    /// report gives.
    func reportSpeechDay(_ g: Group) -> TimeExpression? {
        sortedMembers(g).filter { $0.strength == .report }.compactMap(\.speechTime).first(where: { $0.date != nil })
    }

    /// "Daesh gangs attacked positions of the army … using suicide bombers, car bombs and mortars. Our forces repelled
    /// the attack after fierce fighting that lasted several hours.": an assault on armed men fought out with them, told
    /// in the sentence after, is a clash whatever weapons it used (decided once the event's mentions are grouped, so its
    /// weapons still group with it).
    /// ("Taliban insurgents attacked the Bagram airfield … two suicide bombers drove vehicles packed with explosives at the
    /// wall … A group of attackers then occupied a building, starting a battle that lasted several hours": the assault
    /// may open on its bombs; the fight is told within the next three sentences.)
    func foughtOutAfter(_ ms: [EventMention]) -> Bool {
        let reports = ms.filter { $0.strength == .report }.prefix(3)
        guard let first = reports.first, !first.disrupted, first.type != .airstrike else { return false }
        guard let lead = reports.first(where: { m in
            let ns = sentences[m.sentence].ns
            let end = m.trigger.range.location + m.trigger.range.length
            return IncidentExtractor.fightersAssault.test(ns) || IncidentExtractor.groupAssault.test(ns) || IncidentExtractor.postAttackedBy.test(ns)
                || IncidentExtractor.meansWithGunmen.test(ns, slice: end, ns.length)
        }) else { return false }
        // (Or told later of the event itself: "At Taji, the attack was repelled after a battle lasting two hours.")
        return (lead.sentence + 1...lead.sentence + 3).contains { $0 < sentences.count && IncidentExtractor.foughtOut.test(sentences[$0].ns) }
            || Set(ms.map(\.sentence)).contains { $0 > lead.sentence + 3 && IncidentExtractor.foughtOut.test(sentences[$0].ns) }
    }

    /// A trigger that would type a clash but for the unarmed people it harmed: a fight word, or a killing told without one.
    /// ("Gunmen shot dead two tourists", "a judge was shot dead"; not "a soldier who was shot dead", "seven members of a
    /// cell were shot dead": armed men shot are one side of a fight.)
    static func clashKindOrKilling(_ t: Trigger, in sentence: NSString) -> Bool {
        switch t.kind {
        case .typed(.armedClash): return true
        case .generic:
            if ["killed", "massacred", "murdered", "slaughtered"].contains(t.word) { return true }
            let end = t.range.location + t.range.length
            return EventTriggers.isKilling(t.word) && !armedVictimNear.test(sentence, slice: t.range.location - 90, end + 60)
        default: return false
        }
    }
    static let armedVictimNear = Rx(#"\b(?:soldiers?|troops|police\w*|officers?|guards?|members|militants?|fighters?|gunm[ae]n|rebels?|insurgents?|peacekeepers?|servicem[ae]n|gendarmes?|commanders?|militiam[ae]n|jihadists?)\b"#)

    static let sameOperation = [" also ", "another", "separately", "a separate ", "second strike", "other strike"].map { Array($0.utf8) }

    func type(of g: Group) -> EventType {
        let ms = sortedMembers(g)
        // Intercepted or thwarted, and nothing told as landing: disrupted weapons use.
        if ms.contains(where: { $0.disrupted && $0.strength == .report }), !ms.contains(where: { !$0.disrupted && $0.impact && $0.type != .other }) { return .other }
        // "A gunman opened fire on passers-by … an officer was shot in an exchange of fire with the attacker": a lone shooter's
        // attack (typed `other` when told) stays one when police fire back.
        // ("33 villagers were killed … by an armed group … they opened fire on them": unarmed people killed, told first,
        // stay an attack on them when the shooting is told after.)
        if let first = ms.first(where: { $0.strength == .report }), first.type == .other, Self.clashKindOrKilling(first.trigger, in: sentences[first.sentence].ns) {
            // "gunmen stormed St Francis Xavier Catholic Church during Mass … an explosive device went off inside": an
            // assault on a church or school stays an attack on the people inside, whatever else the attackers used; unless
            // it ends in a fight with the rescuers ("security forces stormed the building; in the exchange of fire …").
            if first.trigger.word.hasPrefix("storm") && IncidentExtractor.stormedVenue(first.trigger, sentences[first.sentence].ns) {
                if !ms.contains(where: { $0.strength == .report && $0.type == .armedClash && IncidentExtractor.fightTold.test(sentences[$0.sentence].ns) }) { return .other }
            } else if !ms.contains(where: { $0.strength == .report && $0.type != .other && $0.type != .armedClash }) { return .other }
        }
        // "a suicide attacker stormed a Sahwa office and opened fire … he detonated his explosive belt": a suicide assault
        // that ends in the blast it was for is a bombing.
        if let first = ms.first(where: { $0.strength == .report }), first.type == .armedClash, sentences[first.sentence].folded.has("suicide"),
           ms.contains(where: { $0.strength == .report && $0.type == .iedAttack && $0.sentence > first.sentence }) { return .iedAttack }
        return ms.first(where: { $0.type != .other && $0.strength == .report })?.type ?? ms.first(where: { $0.type != .other })?.type ?? .other
    }

    func place(of g: Group) -> Place? {
        guard store.places != nil else { return computedPlace(of: g) }
        if let hit = store.places?[g.members] { return hit }
        let p = computedPlace(of: g)
        store.places?[g.members] = .some(p)
        return p
    }

    private func computedPlace(of g: Group) -> Place? {
        let ms = sortedMembers(g)
        // References add a place only when they carry their own time (they are about this event, not events in general).
        let withPlace = ms.filter { $0.place != nil && ($0.strength == .report || $0.time != nil || $0.siteList) }
        // Failing those, a reference that retells this event with a place ("The bus was attacked near the town of
        // X"): the report said where only in passing ("in the eastern desert"), the retelling says where.
        let retold = ms.first(where: { $0.strength == .reference && $0.place != nil && !$0.backgroundCue && $0.time == nil
            && $0.place.map { IncidentExtractor.rank($0.entry) >= 3 } == true })
        guard let source = withPlace.first(where: { $0.strength == .report }) ?? withPlace.first ?? retold, var best = source.place?.entry else { return namedUnlistedPlace(ms) }
        if let town = townBeforeArea(source) { best = town }
        // "a string of car bombs, roadside bombs and a suicide attack struck Baghdad … a roadside bomb also went off in
        // Adhamiya": a wave told over a city is the city's; one of its blasts does not narrow it to a quarter.
        // (So is one counted as struck together: "one of three near-simultaneous explosions that targeted missions in Baghdad".)
        let cityWave = best.kind == .city && ms.contains { m in m.place?.entry.id == best.id && (Self.waveOverPlace.test(sentences[m.sentence].ns) || Self.waveCount.test(sentences[m.sentence].ns)) }
        for m in withPlace {
            guard let p = m.place?.entry, p.id != best.id else { continue }
            if cityWave, Geo.contains(best, p, gazetteer) || Geo.near(best, p) { continue }
            // A village of the town's district ("Sinjar" … "outside Khanasor") is as precise a kind, and more precise.
            if IncidentExtractor.rank(p) > IncidentExtractor.rank(best), Geo.contains(best, p, gazetteer) || Geo.near(best, p),
               !townInArea(best, m) { best = p }
            else if Geo.isVillage(p, of: best, gazetteer) { best = p }
        }
        // "rockets struck an air base north of Baghdad … The rockets hit Balad air base": the town was only a bearing;
        // the site named right after, in the same country, is where it happened.
        if best.kind == .city, let site = bearingRefinement(g, from: best) { return site }
        if best.kind == .city, let town = datelineTownAlongBearing(g, from: best) { return town }
        // "The strikes targeted sites in Deir ez-Zor province": an untimed reference may narrow a coarse place to one
        // inside it (it never moves the event elsewhere).
        // So may a village the gazetteer lacks, told as measured from the town ("near the village of X, south of Kirkuk").
        if best.kind == .country || best.kind == .admin1 || !cityWave && ms.contains(where: { $0.place.map { UnlistedPlace.isUnlisted($0.entry) } ?? false }) {
            for m in ms where m.strength == .reference && m.time == nil && !m.backgroundCue {
                guard let p = m.place?.entry, p.id != best.id, IncidentExtractor.rank(p) > IncidentExtractor.rank(best), Geo.contains(best, p, gazetteer),
                      best.kind == .country || best.kind == .admin1 || UnlistedPlace.isUnlisted(p) else { continue }
                best = p
                break
            }
        }
        // "… a market in the northwestern province of Hajjah … The strikes hit the market in the village of Mastaba": a
        // retelling names the village the gazetteer lacks inside the province the report gave.
        // "YEREVAN - Armenia's Prime Minister … were killed when five gunmen burst into the chamber": the lede names only
        // the country, whose town the dateline gives.
        if best.kind == .country, let lede = mentions.filter({ $0.strength == .report && !sentences[$0.sentence].isHeadline }).map(\.sentence).min(),
           ms.contains(where: { $0.sentence == lede && $0.strength == .report }),
           // (Not a lede summing up attacks the report goes on to place: "Iran fired missiles at bases in Iraq".)
           !mentions.contains(where: { !$0.backgroundCue && $0.place.map { ($0.entry.kind == .city || $0.entry.kind == .site) && $0.entry.country == best.country } == true }),
           let dl = article.dateline,
           let town = gazetteer.mentions(in: dl).first(where: { $0.entry.kind == .city && $0.entry.country == best.country })?.entry {
            return town
        }
        if best.kind == .country || best.kind == .admin1 {
            for m in ms where m.place == nil && !m.backgroundCue {
                let s = sentences[m.sentence]
                guard let u = UnlistedPlace.mentionWithoutPlace(in: s, window: NSRange(location: 0, length: s.ns.length)) else { continue }
                return Place(id: u.entry.id, name: u.entry.name, kind: .site, parent: best.id, admin1: best.admin1, country: best.country)
            }
            if let named = unlistedNamedElsewhere(ms, inside: best) { return named }
        }
        return best
    }

    /// "the market in the centre of Douma in Eastern Ghouta": the town told as lying in the named area (a region the
    /// gazetteer files among sites), which is then no narrower place than the town.
    func townInArea(_ town: Place, _ m: EventMention) -> Bool { townBeforeArea(m)?.id == town.id }

    /// The town named right before the mention's area ("Douma in Eastern Ghouta" → Douma).
    func townBeforeArea(_ m: EventMention) -> Place? {
        guard let area = m.place, area.entry.kind == .site, !UnlistedPlace.isUnlisted(area.entry) else { return nil }
        let ns = sentences[m.sentence].ns
        let before = ns.slice(area.range.lowerBound - 40, area.range.lowerBound) as NSString
        guard IncidentExtractor.inAreaBefore.test(before), let town = gazetteer.mentions(in: before as String).last,
              town.entry.kind == .city, town.entry.country == area.entry.country, before.length - town.range.upperBound <= 10 else { return nil }
        return town.entry
    }

    /// "A car bomb exploded in central Baghdad … a second bomb exploded in a market in the northern Shaab district": a
    /// quarter the gazetteer lacks, named in an event's sentence that names no place, lies in the town the report is about.
    func quarterOfContextTown(_ town: Place, _ ms: [EventMention]) -> Place? {
        guard town.kind == .city else { return nil }
        for m in ms where m.strength == .report && m.place == nil && !m.backgroundCue {
            guard let name = UnlistedPlace.quarterWithoutPlace(in: sentences[m.sentence]) else { continue }
            let full = "\(name), \(town.name)"
            return Place(id: UnlistedPlace.idPrefix + Slug.make(full), name: full, kind: .site, parent: town.id, admin1: town.admin1, country: town.country)
        }
        return nil
    }

    /// "Reports of an explosion in the border village of al-Qaa … 22:50 Four more bombers blew themselves up in al-Qaa":
    /// a village the gazetteer lacks, once named with its noun, is known by its bare name in the article's other
    /// sentences ("in", "at", "near" it).
    func namedUnlistedPlace(_ ms: [EventMention]) -> Place? {
        let known = mentions.compactMap(\.place).filter { UnlistedPlace.isUnlisted($0.entry) && $0.text.count >= 4 }
        // (Report by report, in the group's order: the first report that names one decides.)
        for m in ms where m.strength == .report {
            let text = sentences[m.sentence].text
            if let p = known.first(where: { Self.namedBare($0.text, in: [text]) }) { return p.entry }
        }
        return unlistedNamedElsewhere(ms, inside: nil)
    }

    /// One of `texts` names `name` bare after "in", "at", "near" or "outside", as a whole word ("in al-Qaa", not "in al-Qaaim").
    static func namedBare(_ name: String, in texts: [String]) -> Bool {
        texts.contains { text in
            ["in ", "at ", "near ", "outside "].contains { prep in
                text.range(of: prep + name).map { text[$0.upperBound...].first?.isLetter != true } ?? false
            }
        }
    }

    /// "condemns the killing of … in and around the village of al-Kosheh, in the governorate of Sohag" … "Twenty were shot
    /// in al-Kosheh": a village the gazetteer lacks, named with its noun inside the group's area in a sentence that tells
    /// no event of its own, is known by its bare name in the group's reports.
    func unlistedNamedElsewhere(_ ms: [EventMention], inside area: Place?) -> Place? {
        let reports = ms.filter { $0.strength == .report && !$0.backgroundCue }.map { sentences[$0.sentence].text }
        guard !reports.isEmpty else { return nil }
        let withNouns = store.unlistedNounSentences ?? sentences.indices.filter { sentences[$0].folded.hasAny(UnlistedPlace.stems) }
        store.unlistedNounSentences = withNouns
        for i in withNouns {
            let s = sentences[i]
            for p in s.places where (p.entry.kind == .admin1 || p.entry.kind == .country) && area.map({ p.entry.id == $0.id || Geo.contains($0, p.entry, gazetteer) }) != false {
                guard let u = s.memo.unlistedPlace(for: p, in: s, gazetteer: gazetteer), UnlistedPlace.isUnlisted(u.entry), u.text.count >= 4 else { continue }
                if Self.namedBare(u.text, in: reports) { return u.entry }
            }
        }
        return nil
    }

    /// The group's reports name `town` only as a bearing ("an air base north of Baghdad").
    func namedOnlyAsBearing(_ g: Group, _ town: Place) -> Bool {
        let reports = sortedMembers(g).filter { $0.strength == .report && $0.place?.entry.id == town.id }
        return !reports.isEmpty && reports.allSatisfy { UnlistedPlace.isBearing(town, in: sentences[$0.sentence]) }
    }

    /// A site named by a member told within two sentences after the group's report, when the report's town is only a bearing.
    func bearingRefinement(_ g: Group, from town: Place) -> Place? {
        guard namedOnlyAsBearing(g, town) else { return nil }
        let ms = sortedMembers(g)
        guard let reportAt = ms.first(where: { $0.strength == .report })?.sentence else { return nil }
        return ms.first(where: { m in
            guard let p = m.place?.entry, p.kind == .site, p.country == town.country, m.time == nil, !m.backgroundCue else { return false }
            return m.sentence > reportAt && m.sentence - reportAt <= 2
        })?.place?.entry
    }

    /// "HILLAH, Iraq (CP) - A suicide bomber drove … into a crowd outside a medical clinic south of Baghdad": a town named
    /// only as a bearing is the way to the place; the dateline's town, when it lies that way from it (within 150 km, in
    /// the same country), is the place.
    func datelineTownAlongBearing(_ g: Group, from town: Place) -> Place? {
        guard namedOnlyAsBearing(g, town), let dl = article.dateline,
              let here = gazetteer.mentions(in: dl).first(where: { $0.entry.kind == .city })?.entry,
              here.id != town.id, here.country == town.country,
              let la = town.latitude, let lo = town.longitude, let lb = here.latitude, let lob = here.longitude,
              Geo.distanceKm(la, lo, lb, lob) <= 150,
              let report = sortedMembers(g).first(where: { $0.strength == .report && $0.place?.entry.id == town.id }),
              let stated = UnlistedPlace.bearingDegrees(of: town, in: sentences[report.sentence]) else { return nil }
        let off = abs((Geo.bearingDegrees(la, lo, lb, lob) - stated + 540).truncatingRemainder(dividingBy: 360) - 180)
        return off <= 60 ? here : nil
    }

    /// "… an exchange of fire between the two armies near Adaisseh yesterday. … Israeli tanks answered with shells on army
    /// positions in Adaisseh, and a helicopter fired missiles": an undated reply told right after a clash is the clash's
    /// own fire, whatever weapon it used.
    func repliesInClash(_ m: EventMention, _ g: Group) -> Bool {
        guard m.strength == .report, m.time == nil, !m.backgroundCue, weaponType(of: g) == .armedClash,
              g.members.contains(where: { mentions[$0].strength == .report && mentions[$0].sentence < m.sentence && m.sentence - mentions[$0].sentence <= 4 }) else { return false }
        return Self.replyCue.test(sentences[m.sentence].ns)
    }
    static let replyCue = Rx(#"\b(?:answered|responded|retaliated|replied|returned fire|fired back|hit back)\b"#, anchors: ["answered", "responded", "retaliated", "replied", "returned fire", "fired back", "hit back"])

    /// "Three suicide bombers armed with assault rifles attacked the airport late on Tuesday … The attackers opened fire at
    /// the entrance before blowing themselves up", "… when a truck bomb exploded in front of the Central Bank … Before the
    /// explosion, two men … opened fire on the security guards": an undated report whose subject points back to the
    /// attackers told in the sentence before, or told in a clause set before or after "the explosion" (blast, bombing,
    /// attack) within three sentences of it, is part of the attack told before, whatever its weapon.
    func goesOnAttackToldBefore(_ m: EventMention, _ g: Group) -> Bool {
        guard m.strength == .report, m.time == nil, !m.backgroundCue else { return false }
        let before = g.members.filter { mentions[$0].strength == .report && mentions[$0].sentence < m.sentence }.map { m.sentence - mentions[$0].sentence }
        guard let gap = before.min(), gap <= 3 else { return false }
        let ns = sentences[m.sentence].ns
        // ("… a suicide attacker stormed a Sahwa office and opened fire. When the fighters returned fire and wounded him, he
        // detonated his explosive belt": the attacker told before, as a pronoun right before the deed.)
        let b0 = max(0, m.trigger.range.location - 16)
        return gap == 1 && (Self.attackersSubject.test(ns) || Self.pronounSubjectBefore.test(ns, window: NSRange(location: b0, length: m.trigger.range.location - b0)))
            || Self.aroundTheBlast.test(ns)
    }
    static let pronounSubjectBefore = Rx(#"(?:^|[,;]\s*|\b(?:and|then)\s+)(?:he|she|they)\s+(?:then\s+|later\s+|finally\s+)?$"#, anchors: ["he", "she", "they"])
    static let attackersSubject = Rx(#"^\W*the\s+(?:(?:suicide|two|three|four|five|armed)\s+)?(?:attackers?|assailants?|gunm[ae]n|bombers?|militants|raiders|shooters?)\b"#,
                                     anchors: ["the"])
    /// (At the sentence's start, or after a full stop the sentence splitter kept: "at around 10.45 a.m. Before the explosion".)
    static let aroundTheBlast = Rx(#"(?:^|[.;]\s+)\W*(?:(?:just|shortly|moments|minutes|seconds)\s+)?(?:before|after|as|during)\s+the\s+(?:(?:first|second|main|huge|massive)\s+)?(?:explosions?|blasts?|bombings?|attack)\b"#,
                                   anchors: ["before", "after", "as", "during"])

    func bestGroup(for m: EventMention, in groups: [Group], requirePlace: Bool) -> Int? {
        var best: (Int, Int)? = nil
        // Read once for all groups: whether the mention counts a further event, and (for a headline) whether a first,
        // not further, event has been told.
        let further = isFurther(m), separate = m.strength == .report && isSeparate(m)
        let headlineOfFirst = sentences[m.sentence].isHeadline && !further
            && groups.contains(where: { $0.members.contains { mentions[$0].strength == .report && !isFurther(mentions[$0]) } })
        // "… stormed a Sahwa office and opened fire. When the fighters wounded him, he detonated his explosive belt": the
        // attack the sentence right before told goes on, not another one of the same weapon told earlier.
        let goesOnPrevious = groups.firstIndex { g in
            // (The cheap test first: few groups have a report in the sentence right before.)
            g.members.contains { mentions[$0].strength == .report && mentions[$0].sentence == m.sentence - 1 } && goesOnAttackToldBefore(m, g)
        }
        for (gi, g) in groups.enumerated() {
            if let p = goesOnPrevious, p != gi { continue }
            guard ArticleEvents.typesCompatible(weaponType(m), weaponType(of: g)) || repliesInClash(m, g) || goesOnAttackToldBefore(m, g), !sidesDiffer(m.side, side(of: g)) else { continue }
            // "The attack came four months after a jeep ploughed into crowds … on 28 October 2013": an event told with its own
            // day as what the news came after is that earlier event, not the undated news told before it.
            if m.backgroundCue, m.time?.date != nil, date(of: g) == nil, g.members.allSatisfy({ !mentions[$0].backgroundCue }) { continue }
            // "the first in Karrada and the second near the Shuhada Bridge" … "The second car bomb went off hours later":
            // an attack counted off as the second is not the first.
            if let o = m.ordinal, g.members.contains(where: { mentions[$0].ordinal.map { $0 != o } == true }) { continue }
            // "Strikes on Friday in retaliation for a drone attack": the two clauses of one sentence are two events.
            if g.members.contains(where: { mentions[$0].sentence == m.sentence && mentions[$0].backgroundCue != m.backgroundCue }) { continue }
            if let md = m.time, md.date != nil, let gd = date(of: g), !Geo.datesOverlap(md, gd) { continue }
            // "On Tuesday, air defences shot down two drones" vs "rockets hit the base on Wednesday": a report on another
            // named day is another event (the one-day slack is for times around midnight: "late Monday", "overnight").
            // So is a reference that names its own day ("the number killed in Wednesday's explosion had risen to 40"
            // beside a bombing told "yesterday", a Thursday; not "Jordan on Monday condemned the drone attack").
            if m.strength == .report || Self.dayOwnsReference(m, sentences[m.sentence].ns), let md = m.time, let d1 = md.date, md.precision == .day, let gd = date(of: g), let d2 = gd.date,
               gd.precision == .day, d1 != d2, !Geo.acrossMidnight(md, gd) || d1 < d2 && Geo.afternoonClock.test(sentences[m.sentence].ns)
                   // ("This afternoon, at about 1.20pm, a second device …" after a bomb "last night": the next afternoon is no
                   // time around midnight.)
                   || d1 > d2 && (md.text.asciiLower.has("afternoon") || md.text.asciiLower.has("evening")) { continue }
            // A live page's "22:50 Four more suicide bombers blew themselves up" after "05:20 A suicide bomber blew himself
            // up": a further attack stamped hours after the event's own reports is another wave, not the same one.
            if m.strength == .report, further, let t = m.time, let c1 = Self.clockMinutes(t.text),
               g.members.contains(where: { i in
                   mentions[i].strength == .report && mentions[i].time.map { $0.date == t.date && Self.clockMinutes($0.text).map { abs($0 - c1) >= 360 } == true } == true
               }) { continue }
            // "Gunmen attacked a police post in Kirkuk on Monday. In a separate attack, gunmen stormed a checkpoint in
            // Kirkuk": an event told apart from those reported before it, on the same day and in the same town.
            if separate, g.members.contains(where: { mentions[$0].strength == .report && mentions[$0].sentence < m.sentence }) { continue }
            // "A second shooting … on Saturday morning" then "a gunman opened fire … on Friday night": the event a further one
            // is counted after is not that one, across midnight or not.
            if m.strength == .report, let d1 = m.time?.date, g.members.contains(where: { i in
                mentions[i].strength == .report && isFurther(mentions[i]) && mentions[i].time?.date.map { $0 != d1 } == true
            }) { continue }
            // "Seven killed in synagogue shooting" / "A second shooting on Saturday wounded two": a further event is not the
            // one the undated headline told before it.
            if m.strength == .report, m.time?.date != nil, further,
               g.members.allSatisfy({ mentions[$0].strength == .reference && mentions[$0].time == nil }) { continue }
            // The headline tells the first event, not the "second shooting" the standfirst adds.
            if headlineOfFirst, g.members.contains(where: { mentions[$0].strength == .report }),
               g.members.allSatisfy({ mentions[$0].strength != .report || isFurther(mentions[$0]) }) { continue }
            // "The toll of the blast has risen to 11 dead": a running total is news, not a figure of an event recalled from
            // weeks before the report.
            if m.time == nil, m.casualties.killedIsTotal, let gd = date(of: g), weeksBeforePublication(gd) { continue }
            // "The group was also targeted by US strikes in December": an event dated weeks before publication is not the
            // undated news the headline or lead reports.
            // Nor is a reference dated only by a month or year long past ("attacks in 2006") the undated report of a
            // roundup's item.
            if let md = m.time, date(of: g) == nil, isLeadNews(g) || m.strength == .reference && (md.precision == .year || md.precision == .month)
                && g.members.contains(where: { mentions[$0].strength == .report }), weeksBeforePublication(md) { continue }
            // "A separate wave of strikes hit …" continues the operation told before it and takes that one's day later:
            // a mention dated by its own phrase ("two attacks on Dec. 22") does not date it.
            if let md = m.time, md.date != nil, date(of: g) == nil, continuesOperation(g) { continue }
            // "In June" (no publication day, so no year) and "31 August 2010" name different months: different times.
            if let d = m.time?.date, sortedMembers(g).contains(where: { o in
                guard let t = o.time, t.date == nil else { return false }
                return Words.of(t.text).contains { w in DateWords.month(w).map { $0 != d.month } ?? false }
            }) { continue }
            // Unresolved phrases (no publication day) that differ ("last Wednesday" vs "this evening") are different times.
            if let md = m.time, md.date == nil,
               sortedMembers(g).contains(where: { $0.time != nil && ($0.time?.date != nil || $0.time?.unresolvedKey != md.unresolvedKey) }) { continue }
            // A day borrowed from the event told just before ("that same day") says nothing about an undated event
            // told paragraphs away.
            if m.relativeTime, date(of: g) == nil,
               !g.members.contains(where: { abs(sentences[mentions[$0].sentence].paragraph - sentences[m.sentence].paragraph) <= 1 }) { continue }
            // "Another drone … was intercepted over Eilat": a further weapon stopped in flight is another event than the
            // one that hit (a further one that hit, "a third drone struck the base", still joins the wave).
            if m.disrupted, m.strength == .report, further,
               g.members.contains(where: { mentions[$0].strength == .report && !mentions[$0].disrupted }) { continue }
            // "About two hours after the Zoobe blast, a second car bomb exploded": a further attack told hours or days after
            // the first is another event, wherever it was (a second bomb minutes later is part of the first attack).
            if m.strength == .report, further, m.relativeTime, let t = m.time, Folded(t.text).hasAny(Self.longGapStems) { continue }
            // "In response, Sri Lanka Air Force fighter jets this afternoon attacked LTTE targets": a reply to the events
            // told before is an event of its own.
            if m.strength == .report, isReply(m), g.members.allSatisfy({ mentions[$0].sentence < m.sentence }) { continue }
            // So is one told with "a" after an opening gap, at a place of its own ("Just over an hour later, at 9.11 am, a
            // bomb exploded in a metro train as it left Maalbeek station"): a new weapon, not the first attack told again
            // (not "Hours later, a suicide bomber struck a church in Alexandria" after the lead's "in Tanta and Alexandria").
            if m.strength == .report, m.relativeTime, let t = m.time, t.range.location <= 5, Folded(t.text).hasAny(Self.longGapStems), isIndefinite(m),
               let mp = m.place?.entry, !g.members.contains(where: { mentions[$0].place.map { $0.entry.id == mp.id || Geo.contains($0.entry, mp, gazetteer) || Geo.contains(mp, $0.entry, gazetteer) } ?? false }) { continue }
            // "Hours before, another strike had targeted a house in X": a further attack at another named town is another
            // event, however near the first one's town (it is not the first attack retold).
            // (Not one counted off a wave the event's report counts whole: "one of three near-simultaneous explosions that
            // targeted diplomatic missions in Baghdad" … "A third suicide bomber detonated his car at the gate of the embassy".)
            if m.strength == .report, further, let mp = m.place?.entry, IncidentExtractor.rank(mp) >= 3, let gp = place(of: g),
               mp.id != gp.id, !Geo.contains(mp, gp, gazetteer),
               !(mp.admin1 != nil && mp.admin1 == gp.admin1 && countOff(m).map { $0 <= countedInWave(g) } == true) { continue }
            // "Hours later, an improvised explosive device went off on the road as reinforcements headed there": a
            // later event told with its own weapon is not the attack told before it.
            if m.strength == .report, m.relativeTime, m.trigger.kind.isSpecific, isToldLater(m),
               !g.members.contains(where: { mentions[$0].type == m.type }) { continue }
            // A place the sentence's own list split off ("the Metina, Gara and Qandil regions") is another site of the
            // operation, not the listed place next to it told again.
            if m.expanded, let mp = m.place?.entry, g.members.contains(where: { mentions[$0].sentence == m.sentence && mentions[$0].place.map { $0.entry.id != mp.id } == true }) { continue }
            // "In the first wave, they hit the ports of X, Y and Z. … The IAF first struck X on 20 July": an undated list of
            // the sites an operation hit belongs to the operation told before it, not to an event told paragraphs later.
            // So is an undated reference ("Fourteen aircraft took part in two waves of strikes") when an event was told before it.
            if m.siteList || m.strength == .reference && m.place == nil, m.time == nil, !sentences[m.sentence].isHeadline,
               g.members.allSatisfy({ mentions[$0].sentence > m.sentence && sentences[mentions[$0].sentence].paragraph != sentences[m.sentence].paragraph }),
               g.members.contains(where: { mentions[$0].time?.date != nil }),
               m.siteList || groups.contains(where: { $0.members.contains { mentions[$0].sentence < m.sentence } }),
               !sentences[m.sentence].memo.isGeneric(sentences[m.sentence].ns) { continue }
            // "His death came less than six weeks after an attack on the leadership of …": an event set days or weeks before
            // the news is not that news.
            if m.strength == .report, m.backgroundCue, m.time == nil, let gap = RelativeTimes.gap.first(sentences[m.sentence].ns),
               gap.range.location < m.trigger.range.location, gap.has(2), sentences[m.sentence].ns.sub(gap.range(at: 2)).asciiLower.hasPrefix("week")
                   || sentences[m.sentence].ns.sub(gap.range(at: 2)).asciiLower.hasPrefix("day") && gap.has(1),
               g.members.contains(where: { !mentions[$0].backgroundCue && mentions[$0].strength == .report }) { continue }
            var score = 0
            // Two untimed causes ("after a drone attack …") at different places, told in different paragraphs,
            // give no reason to be one event.
            if m.strength == .report, m.backgroundCue, m.time == nil,
               !g.members.contains(where: { sentences[mentions[$0].sentence].paragraph == sentences[m.sentence].paragraph }), date(of: g) == nil, let mp = m.place?.entry, let gp = place(of: g), mp.id != gp.id,
               !sortedMembers(g).contains(where: { $0.strength == .report && $0.place?.entry.id == mp.id }) { continue }
            // Two reports at two places, each with its own toll ("killing 17 in Kadhimiya", "killing eight in Jamia"),
            // are two events, however near.
            if m.strength == .report, m.casualties.killed != nil, let mp = m.place?.entry, !isListCopy(m),
               g.members.contains(where: { i in
                   let o = mentions[i]
                   guard o.strength == .report, o.casualties.killed != nil, o.sentence != m.sentence || o.trigger.range.location != m.trigger.range.location,
                         let op = o.place?.entry, op.id != mp.id else { return false }
                   return !Geo.contains(op, mp, gazetteer) && !Geo.contains(mp, op, gazetteer) && o.casualties.killed != m.casualties.killed
               }) { continue }
            // "Three car bombs … killed at least 30" (undated news) and, paragraphs later, "on Friday, gunmen killed 24 people in
            // the village of X south of Baghdad": a report with its own day, place and toll is not the undated news told
            // with another toll, even in that news's province (a report told of the country around it may be).
            if m.strength == .report, let k = m.casualties.killed, m.time?.date != nil, date(of: g) == nil, let mp = m.place?.entry,
               g.members.contains(where: { i in
                   let o = mentions[i]
                   return o.strength == .report && o.time?.date == nil && o.casualties.killed.map { $0 != k } == true
                       && o.place.map { $0.entry.id != mp.id && !Geo.contains(mp, $0.entry, gazetteer) } == true && sentences[o.sentence].paragraph != sentences[m.sentence].paragraph
               }) { continue }
            // "… hit by a roadside bomb some 48 hours earlier, causing no casualties" and, paragraphs away, "Earlier this month,
            // militants killed four in an attack": an event that killed no one and one that killed people, each told with
            // its own time, are two.
            if m.strength == .report, let k = m.casualties.killed, m.time != nil,
               g.members.contains(where: { i in
                   let o = mentions[i]
                   guard o.strength == .report, o.time != nil, let ok = o.casualties.killed, sentences[o.sentence].paragraph != sentences[m.sentence].paragraph else { return false }
                   return (k == 0) != (ok == 0)
               }) { continue }
            // "- At around 07:30, regime artillery shelled Sarja … - At around 13:00, Russian warplanes struck Iblin": reports
            // in different paragraphs, each told at its own hour hours apart, are two events.
            if m.strength == .report, let c = clockMinutes(m),
               g.members.contains(where: { i in
                   let o = mentions[i]
                   guard o.strength == .report, sentences[o.sentence].paragraph != sentences[m.sentence].paragraph,
                         let oc = clockMinutes(o) else { return false }
                   return abs(oc - c) >= 120
               }) { continue }
            if let mp = m.place?.entry, let gp = place(of: g) {
                if mp.id == gp.id { score += 3 }
                // "the Al-Quds Hospital in the al-Sukkari district" then "the Al-Quds Hospital in Aleppo": one building the
                // gazetteer lacks, told with more or less of its town.
                else if UnlistedPlace.isUnlisted(mp), UnlistedPlace.isUnlisted(gp), mp.country == gp.country,
                        mp.name.split(separator: ",").first == gp.name.split(separator: ",").first { score += 3 }
                // "Two drones struck near the tanker's mooring at the terminal, east of the city of Mukalla": a town named
                // only as a bearing measures where the site told before ("the terminal") was, in the same province.
                else if mp.kind == .city, gp.kind == .site, mp.admin1 != nil, mp.admin1 == gp.admin1, mp.country == gp.country,
                        let noun = gp.name.split(separator: " ").last.map({ "the " + $0.lowercased() }), noun.count > 6,
                        sentences[m.sentence].text.lowercased().contains(noun),
                        !m.siteList && UnlistedPlace.isBearing(mp, in: sentences[m.sentence]) || Self.locatedIn(mp, sentences[m.sentence]) { score += 2 }
                // "an IDF strike in the town of Ain Baal", then "struck Ain Baal, near Tyre": a town the gazetteer lacks,
                // named again beside a known one, is the same place.
                else if UnlistedPlace.isUnlisted(gp), gp.country == nil, sentences[m.sentence].text.contains(gp.name) { score += 3 }
                // "The explosion happened at 10.31pm on Monday … near Victoria station": the event told before, named back
                // on its day at a spot the gazetteer cannot place (no country) within the town already told.
                else if UnlistedPlace.isUnlisted(mp), mp.country == nil, wordsBeforeTrigger(m).last == "the",
                        let md = m.time?.date, let gd = date(of: g)?.date, md == gd { score += 1 }
                // Towns facing each other across a border (al-Qaim and Abu Kamal) are near, but two places of a strike.
                else if mp.kind != .country, gp.kind != .country, mp.country != nil, gp.country != nil, mp.country != gp.country { continue }
                // The site an event "north of Baghdad" hit, named by a reference right after its report.
                else if mp.kind == .site, gp.kind == .city, m.strength == .reference, m.time == nil, mp.country == gp.country,
                        let last = lastBefore(m.sentence, g), m.sentence - last <= 2, namedOnlyAsBearing(g, gp) { score += 2 }
                // (A village of the group's town's district, "near the town of X, north of Sinjar", is where that event hit.)
                // A site list at another town is another site of the operation however near ("Shells also fell on Y").
                else if m.siteList, !Geo.near(mp, gp) || mp.kind == .city && gp.kind == .city, !Geo.contains(mp, gp, gazetteer),
                        !Geo.isVillage(mp, of: gp, gazetteer) { continue }
                // Two towns each told with its own attack word ("a drone struck a car in X … artillery shelled Y") are two
                // events, however near: only a reference or a site may join a neighbouring town's event.
                else if mp.kind == .city, gp.kind == .city, m.strength == .report, !Geo.contains(gp, mp, gazetteer), !Geo.contains(mp, gp, gazetteer) { continue }
                else if Geo.contains(gp, mp, gazetteer) || Geo.contains(mp, gp, gazetteer) || Geo.near(mp, gp) { score += 2 }
                else { continue }
            }
            // Same weapon (an intercepted salvo counts by its weapon, not by its "other" type).
            // An air raid typed by its aircraft still counts its missiles ("an air aggression with missiles" … "the missiles").
            // Two "other" attacks share no weapon: a bare "the attack" goes by recency, not by its type.
            if m.type == type(of: g) && m.type != .other || m.type != .other && g.members.contains(where: { mentions[$0].type == m.type || mentions[$0].disrupted || Self.sameWeaponWord(mentions[$0].trigger, m.trigger) }) { score += 1 }
            // "Yesterday's ambush is the deadliest …": a reference names the event by the word it was told with.
            // (Only a dated one: an undated "the strike killed 28" refers back to the event told just before.)
            if m.strength == .reference, m.time != nil, m.trigger.word.count >= 5,
               g.members.contains(where: { mentions[$0].strength == .report && mentions[$0].trigger.word.prefix(5) == m.trigger.word.prefix(5) }) { score += 1 }
            if best == nil || score > best!.1 { best = (gi, score) }
            else if score == best!.1, m.strength == .reference || m.time == nil && m.place == nil, let here = lastBefore(m.sentence, g) {
                // A reference (or a report with no time or place: "A third drone struck the base") refers back:
                // among equals, the event told most recently before it.
                // Told in the same sentence, the main clause's event before the one its cue names ("Less than two hours
                // after the bombing, shells struck Ariha. … the shells landed as children walked to school").
                let prior = lastBefore(m.sentence, groups[best!.0])
                if prior.map({ here > $0 }) ?? true { best = (gi, score) }
                else if prior == here, onlyCued(groups[best!.0], in: here), !onlyCued(g, in: here) { best = (gi, score) }
            }
        }
        return best?.0
    }

    static let longGapStems = WordList(["hour", "day", "week"])

    /// "a second suicide bomber", "the third car": the number a further mention counts itself as.
    func countOff(_ m: EventMention) -> Int? {
        wordsBeforeTrigger(m).compactMap { IncidentExtractor.ordinals[$0] }.last
    }

    /// How many attacks of one wave the group's reports count as struck together: "one of three near-simultaneous
    /// explosions", "Three car bombs exploded within a few minutes of each other" (0 when none does; "two car bombs" hours
    /// apart are two events).
    func countedInWave(_ g: Group) -> Int {
        Set(g.members.filter { mentions[$0].strength == .report }.map { mentions[$0].sentence }).compactMap { i -> Int? in
            let ns = sentences[i].ns
            return Self.waveCount.matches(ns).compactMap { m in [1, 2].lazy.compactMap { k in m.range(at: k).location == NSNotFound ? nil : DateWords.number(ns.sub(m.range(at: k))) }.first }.max()
        }.max() ?? 0
    }
    static let waveCount = Rx(#"\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:coordinated|simultaneous|near-simultaneous|co-ordinated)\s+)+(?:car\s+|suicide\s+)?(?:bombs|bombings|blasts|explosions|attacks)\b|\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:car\s+|suicide\s+)?(?:bombs|bombings|blasts|explosions|attacks)\b[^.;]{0,30}?\bwithin\s+(?:a\s+few\s+)?(?:minutes|an hour)\s+of\s+each\s+other\b"#, anchors: ["explosions", "blasts", "bombings", "bombs", "attacks"])

    /// The group's mentions in that sentence all name an earlier event by a cue ("after the bombing").
    func onlyCued(_ g: Group, in sentence: Int) -> Bool {
        g.members.allSatisfy { mentions[$0].sentence != sentence || mentions[$0].backgroundCue }
    }

    /// The group's first sentence is in the first two paragraphs and reports it with its own date (not as a cause).
    func leadReport(_ g: Group) -> Bool {
        g.members.contains { i in
            let m = mentions[i]
            return m.strength == .report && !m.backgroundCue && !m.relativeTime && m.time?.date != nil && m.time?.precision == .day
                && leadParagraphs.contains(sentences[m.sentence].paragraph) && m.time.map { !$0.text.asciiLower.hasPrefix("last") } == true
        }
    }

    /// The first two body paragraphs that tell any event (page furniture before them does not count).
    var leadParagraphs: Set<Int> {
        Set(Set(mentions.map { sentences[$0.sentence].paragraph }.filter { $0 >= 0 }).sorted().prefix(2))
    }

    /// The group is news told in the headline or lead (a report there not named as the cause of something else).
    /// The time ends more than a week before the report's day: an event recalled, never the lead's undated news.
    func weeksBeforePublication(_ t: TimeExpression) -> Bool {
        guard let d = t.date, let pub = article.published else { return false }
        return pub.days(since: d) - (Geo.span(d, t.precision).count - 1) > 7
    }

    func isLeadNews(_ g: Group) -> Bool {
        g.members.contains { mentions[$0].strength == .report && !mentions[$0].backgroundCue && sentences[mentions[$0].sentence].paragraph <= ledeParagraph }
    }

    /// "another drone", "a second rocket", "the third attack": the mention counts a further weapon or event.
    func isFurther(_ m: EventMention) -> Bool {
        let before = wordsBeforeTrigger(m)
        if before.contains(where: { Self.furtherWords.contains($0) }) { return true }
        // "four more suicide bombers blew themselves up": a count of further attackers or weapons.
        if let i = before.lastIndex(of: "more"), i > before.startIndex, Words.isNumberWord(before[i - 1]) { return true }
        return isSeparate(m)
    }
    /// "In response, …", "In retaliation, …": the sentence opens with a reply to what was told before (not "In response
    /// to the crimes of …, the headquarters was targeted", which gives the reason of the event it tells).
    func isReply(_ m: EventMention) -> Bool {
        let ns = sentences[m.sentence].ns
        return Self.replyOpening.test(ns, in: NSRange(location: 0, length: min(ns.length, 24)))
    }
    static let replyOpening = Rx(#"^\W*in\s+(?:response|retaliation|reprisal|reprisals)\s*,"#, anchors: ["response", "retaliation", "reprisal"])

    /// The last three words of the 30 characters before the attack word (its noun phrase's start: "a second bomb").
    func wordsBeforeTrigger(_ m: EventMention) -> ArraySlice<String> {
        let ns = sentences[m.sentence].ns
        let b0 = max(0, m.trigger.range.location - 30)
        return Words.of(ns.sub(NSRange(location: b0, length: m.trigger.range.location - b0))).suffix(3)
    }

    /// "a bomb exploded", "an explosive-laden car blew up": the attack word's noun phrase opens with an indefinite article.
    func isIndefinite(_ m: EventMention) -> Bool {
        let before = wordsBeforeTrigger(m)
        guard let i = before.lastIndex(where: { $0 == "a" || $0 == "an" }) else { return false }
        return !before[(i + 1)...].contains { Self.phraseBreakWords.contains($0) }
    }
    static let phraseBreakWords: Set<String> = ["the", "of", "in", "at", "on", "by", "with", "and", "or", "that", "this", "which", "who", "after", "before", "when"]

    /// "Separately, air defences intercepted three drones …", "In a separate attack, …", "Elsewhere, …", "A separate
    /// group of assailants attacked …": the sentence tells another event than the one before it.
    func isSeparate(_ m: EventMention) -> Bool {
        let ns = sentences[m.sentence].ns
        let opening = Words.of(ns.sub(NSRange(location: 0, length: min(ns.length, m.trigger.range.location, 40))), limit: 4)
        return opening.first == "separately" || opening.first == "elsewhere" || opening.prefix(3).contains("separate") && opening.first == "in"
            || opening.starts(with: ["a", "separate"]) || Self.sameDayOpening(opening) || Self.spanAfterOpening(opening)
    }
    /// "In the following 45 minutes, car bombs exploded at three police stations", "Over the next hour, …": a sentence
    /// that opens on the span after the event told before tells what came after it.
    static func spanAfterOpening(_ opening: [String]) -> Bool {
        opening.count >= 3 && ["in", "over", "within", "during"].contains(opening[0]) && opening[1] == "the"
            && ["following", "next", "ensuing", "subsequent"].contains(opening[2])
    }
    /// "a storage area inside the field, located in Chamchamal district": the town or district is where the site told
    /// before lies.
    static func locatedIn(_ p: Place, _ s: ArticleSentence) -> Bool {
        s.places.contains { m in
            guard m.entry.id == p.id else { return false }
            let b0 = max(0, m.range.lowerBound - 24)
            return locatedBefore.test(s.ns, window: NSRange(location: b0, length: m.range.lowerBound - b0))
        }
    }
    static let locatedBefore = Rx(#"\b(?:located|situated|which lies|that lies|lying)\s+(?:in|within|inside)\s+(?:the\s+)?$"#, anchors: ["located", "situated", "lies", "lying"])

    /// "Wednesday's explosion", "the Monday massacre": the day is told as the event's own, right before its word.
    static func dayOwnsReference(_ m: EventMention, _ ns: NSString) -> Bool {
        guard let t = m.time else { return false }
        let end = t.range.location + t.range.length
        guard end <= m.trigger.range.location, m.trigger.range.location - end <= 12 else { return false }
        return t.text.hasSuffix("'s") || t.text.hasSuffix("’s") || Words.of(ns.sub(NSRange(location: end, length: m.trigger.range.location - end))).isEmpty
    }

    /// "On the same day, …", "On the same Monday in Baghdad, …", "That same night, …": a sentence that opens by setting
    /// its event beside the day of the one told before tells another event.
    static func sameDayOpening(_ opening: [String]) -> Bool {
        guard let i = opening.firstIndex(of: "same"), i <= 2, i + 1 < opening.count else { return false }
        let next = opening[i + 1]
        return ["day", "night", "morning", "afternoon", "evening"].contains(next) || DateWords.weekday(next) != nil
    }
    /// Minutes after midnight of a clock stamp ("05:20", "22.50"), the time a live page's entry carries.
    static func clockMinutes(_ text: String) -> Int? {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), parts[1].count == 2, h < 24, m < 60 else { return nil }
        return h * 60 + m
    }
    static let furtherWords: Set<String> = ["another", "second", "third", "fourth", "fifth"]

    /// "Hours later, …", "Minutes later a bomb …", "Later that night …": the sentence opens on a time after the last event.
    func isToldLater(_ m: EventMention) -> Bool {
        let ns = sentences[m.sentence].ns
        return Words.of(ns.sub(NSRange(location: 0, length: m.trigger.range.location))).contains("later")
    }

    func lastBefore(_ sentence: Int, _ g: Group) -> Int? { g.members.map { mentions[$0].sentence }.filter { $0 <= sentence }.max() }

    func promotable(_ m: EventMention) -> Bool {
        // Without a publication day a reference's time cannot be told from the event's: it only joins.
        guard let t = m.time, t.date != nil else { return false }
        let weaponWord: Bool
        if case .typed = m.trigger.kind { weaponWord = true } else { weaponWord = m.trigger.kind == .droneStrike }
        // "the deadliest since the attack on a military bus on the Palmyra road in late December 2020": an earlier event
        // told as the measure of this one, with its own day and place, is background news of its own.
        return (m.timeAdjacent || weaponWord || m.backgroundCue) && (m.place != nil || m.attribution.target != nil)
    }

    func sameCountry(_ a: Place?, _ b: Place?) -> Bool {
        guard let a, let b else { return true }
        return a.country == nil || b.country == nil || a.country == b.country
    }

    /// Within one article: families of weapons that reporters describe loosely (rockets / missiles /
    /// mortars; airstrikes / drones / missiles) describe one event; "other" fits anything.
    static func sameWeaponWord(_ a: Trigger, _ b: Trigger) -> Bool {
        if case .typed(let x) = a.kind, case .typed(let y) = b.kind { return x == y }
        return false
    }

    /// The weapon class a mention tells, for joining it to an event: gunfire typed `other` because it hit unarmed people
    /// ("opened fire on worshippers") is still gunfire, never the drone or the bomb of another event.
    func weaponType(_ m: EventMention) -> EventType {
        if case .typed(.armedClash) = m.trigger.kind { return .armedClash }
        return m.type
    }

    func weaponType(of g: Group) -> EventType {
        let t = type(of: g)
        guard t == .other, let first = sortedMembers(g).first(where: { $0.strength == .report }), case .typed(.armedClash) = first.trigger.kind else { return t }
        return .armedClash
    }

    static func typesCompatible(_ a: EventType, _ b: EventType) -> Bool {
        if a == b || a == .other || b == .other { return true }
        let indirect: Set<EventType> = [.rocketAttack, .missileAttack, .mortarAttack]
        let aerial: Set<EventType> = [.airstrike, .droneAttack, .missileAttack]
        return (indirect.contains(a) && indirect.contains(b)) || (aerial.contains(a) && aerial.contains(b))
    }

    // MARK: - Incident

    func incident(_ g: Group) -> Incident {
        let ms = sortedMembers(g)
        let a = anchor(g)
        var inc = Incident()
        inc.eventType = type(of: g)
        if foughtOutAfter(ms) { inc.eventType = .armedClash }
        if let t = date(of: g) {
            inc.date = t.date; inc.datePrecision = t.precision; inc.dateText = t.text
        } else if let speech = reportSpeechDay(g) {
            // "The army said on Monday that rockets hit …": the statement's day is the best the report gives.
            inc.date = speech.date; inc.datePrecision = speech.precision; inc.dateText = speech.text
        } else if let t = ms.compactMap(\.time).first {
            inc.dateText = t.text
        }
        let placeEntry = place(of: g) ?? contextPlace(around: a.sentence).map { quarterOfContextTown($0, ms) ?? $0 }
        if let p = placeEntry {
            inc.place = asWritten(p, in: ms); inc.placeID = p.id; inc.admin1 = p.admin1; inc.country = p.country
            inc.latitude = p.latitude; inc.longitude = p.longitude
            inc.geoPrecision = { switch p.kind { case .site: return .site; case .city: return .city; case .admin1: return .admin1; case .country: return .country } }()
            // A village or site the gazetteer lacks: no page of its own, and only its province's position.
            if UnlistedPlace.isUnlisted(p) {
                var p = p
                // A town named with no known place around it takes the country and province of a place another
                // sentence of the event names ("struck Ain Baal, near Tyre").
                if p.country == nil, let known = ms.compactMap(\.place?.entry).first(where: { $0.country != nil && $0.kind != .country && !UnlistedPlace.isUnlisted($0) }) {
                    p.parent = known.kind == .site ? known.parent : known.id
                    p.admin1 = known.admin1; p.country = known.country
                    inc.admin1 = p.admin1; inc.country = p.country
                }
                // "A car bomb parked near St John's church exploded": a building named alone lies in the town the
                // paragraph or lede names (a village named alone may lie anywhere: "the border town of Habbariyeh").
                if p.country == nil, UnlistedPlace.isBuilding(p), let town = contextPlace(around: a.sentence), town.kind == .city || town.kind == .site, town.country != nil,
                   !UnlistedPlace.isUnlisted(town) {
                    p.parent = town.kind == .site ? town.parent : town.id
                    p.admin1 = town.admin1; p.country = town.country
                    inc.admin1 = p.admin1; inc.country = p.country
                }
                UnlistedPlace.locate(&inc, p, gazetteer: gazetteer)
            }
        }
        var reportsFirst = ms.filter { $0.strength == .report } + ms.filter { $0.strength != .report }
        // A security raid told first: "the militants opened fire as the forces surrounded the building" names the
        // raided, not who carried out the raid (the state's forces, unnamed unless a raid sentence names them).
        if let lead = reportsFirst.first, EventTriggers.isRaid(lead.trigger.word), lead.attribution.perpetrator == nil {
            reportsFirst = reportsFirst.filter { EventTriggers.isRaid($0.trigger.word) }
        }
        // "Militants attacked the checkpoint … Wilayat Sinai claimed the attack": attackers told only by description
        // are the named group that claims them.
        let described = reportsFirst.compactMap(\.attribution.perpetrator).first.map { $0.id == nil } ?? false
        if described, let p = claimantAmong(ms) ?? claimNearby(ms) ?? anaphoricClaimant(ms), p.id != nil {
            inc.perpetrator = p.name; inc.perpetratorID = p.id
        } else if let p = reportsFirst.compactMap(\.attribution.perpetrator).first {
            inc.perpetrator = p.name; inc.perpetratorID = p.id
            // "The Turkish army targeted … with drones", then "another drone struck X": a state's drones fly air/drone
            // strikes (ACLED), whichever sentence named the state.
            // Only when the sentence naming the state tells the strike itself as an air/drone strike.
            if inc.eventType == .droneAttack, p.isState,
               reportsFirst.first(where: { $0.attribution.perpetrator != nil })?.type == .airstrike { inc.eventType = .airstrike }
        } else if let p = claimNearby(ms) ?? anaphoricClaimant(ms) {
            inc.perpetrator = p.name; inc.perpetratorID = p.id
        } else if let op = g.members.lazy.compactMap({ store.operation[$0] }).first {
            // "Strikes on the towns of A and B killed five": B, copied from the list, is a site of the operation A's
            // group tells, with its attacker and type.
            let opInc = incident(op)
            inc.perpetrator = opInc.perpetrator; inc.perpetratorID = opInc.perpetratorID
            if inc.eventType == .other { inc.eventType = opInc.eventType }
        }
        var suspected = reportsFirst.compactMap(\.attribution.suspected).first
        if suspected == nil {
            let near = Set(ms.flatMap { [$0.sentence - 1, $0.sentence, $0.sentence + 1] })
            for s in sentences where near.contains(s.index) {
                if let sus = s.memo.attribution(s).suspected { suspected = sus; break }
            }
        }
        if let s = suspected, s.name != inc.perpetrator { inc.suspected = s.name; inc.suspectedID = s.id }
        if let t = reportsFirst.compactMap(\.attribution.target).first(where: { $0.name != inc.perpetrator }) {
            inc.target = t.name; inc.targetID = t.id
        }
        // "44 were killed when an airstrike hit the centre. … No casualties were reported in that raid": a zero told
        // beside a count of the dead is another event's or another group's ("no soldiers were hurt"), never a lower
        // estimate of the same dead, so it yields to the count.
        // ("… left two soldiers and a journalist dead. … The journalist was killed by a shell": one victim told back by a
        // definite noun is already counted, no lower estimate.)
        let told = ms.filter { !$0.casualties.killedIsAddition }
        let toldBack = told.count > 1 ? told.filter { $0.casualties.killed == 1 && Self.victimToldBack.test(sentences[$0.sentence].ns) } : []
        // ("The bus was attacked … The driver of the bus was killed in the attack": when no other sentence counts the dead,
        // the one told back is all the dead there are.)
        let othersCount = told.contains { m in m.casualties.killed != nil && !toldBack.contains(where: { $0.sentence == m.sentence }) }
        var counted = toldBack.isEmpty || !othersCount ? told : told.filter { m in !toldBack.contains(where: { $0.sentence == m.sentence }) }
        // "A retired general was killed … The blast killed 26 people, among them the general": the one victim a sentence
        // names is counted in a whole that lists who was among the dead, not a lower estimate of it.
        if counted.contains(where: { ($0.casualties.killed ?? 0) > 1 && sentences[$0.sentence].folded.hasAny(Self.inclusionStems) }) {
            counted.removeAll { $0.casualties.killed == 1 }
        }
        let killed = Self.countsOverZero(counted.compactMap(\.casualties.killed) + ms.compactMap { assassinated($0) })
        let wounded = Self.countsOverZero(ms.filter { !$0.casualties.woundedIsAddition }.compactMap(\.casualties.wounded))
        if let lo = killed.min(), let hi = killed.max() {
            inc.killed = lo
            if lo != hi { inc.killedLow = lo; inc.killedHigh = hi }
        }
        if let lo = wounded.min(), let hi = wounded.max() {
            inc.wounded = lo
            if lo != hi { inc.woundedLow = lo; inc.woundedHigh = hi }
        }
        // "A member of the local groups was also killed": dead "also" counted add to the others (once per sentence).
        // "Six people, including the three gunmen, were killed. … The three gunmen were shot dead.": the attackers
        // already counted among the dead are not added again.
        let attackersCounted = ms.contains(where: { $0.casualties.killedAreAttackers }) && ms.contains { m in
            let words = sentences[m.sentence].words
            // ("Sixteen people, among them the three suicide bombers, were killed": the same.)
            guard let k = words.firstIndex(of: "including") ?? words.indices.first(where: { words[$0] == "among" && $0 + 1 < words.count && ["them", "whom"].contains(words[$0 + 1]) })
            else { return false }
            return words[k...].prefix(6).contains(where: CasualtyReader.attackerNouns.contains)
        }
        let (extraKilled, extraWounded) = Self.additions(ms.map { m in
            var c = m.casualties
            if attackersCounted, c.killedAreAttackers { c.killedIsAddition = false; c.killed = nil }
            return (m.sentence, c)
        })
        if extraKilled > 0 { inc.killed = (inc.killed ?? 0) + extraKilled; inc.killedLow = inc.killedLow.map { $0 + extraKilled }; inc.killedHigh = inc.killedHigh.map { $0 + extraKilled } }
        if extraWounded > 0 { inc.wounded = (inc.wounded ?? 0) + extraWounded; inc.woundedLow = inc.woundedLow.map { $0 + extraWounded }; inc.woundedHigh = inc.woundedHigh.map { $0 + extraWounded } }
        // "The death toll has risen to 39": a running total is the best figure (a later count of the same dead), the
        // lede's lower one stays as the range's low end.
        if let total = ms.filter({ $0.casualties.killedIsTotal }).compactMap(\.casualties.killed).max() { inc.killed = total }
        if let total = ms.filter({ $0.casualties.woundedIsTotal }).compactMap(\.casualties.wounded).max() { inc.wounded = total }
        if inc.killed == nil, inc.wounded == nil, ms.contains(where: { $0.casualties.noUSCasualties }), hitUSForces(g, inc) { inc.killed = 0; inc.wounded = 0 }
        let evidence = ms.max(by: { evidenceScore($0) < evidenceScore($1) || (evidenceScore($0) == evidenceScore($1) && $0.sentence > $1.sentence) }) ?? a
        inc.sources = [IncidentSource(article: article.id, role: .main, evidence: sentences[evidence.sentence].text)]
        inc.summary = Summary.make(inc)
        return inc
    }

    /// The "also" figures of a group's sentences, each sentence counted once: (killed, wounded).
    static func additions(_ bySentence: [(Int, Casualties)]) -> (Int, Int) {
        var seen = Set<Int>(), k = 0, w = 0
        for (i, c) in bySentence.sorted(by: { $0.0 < $1.0 }) where seen.insert(i).inserted {
            if c.killedIsAddition, let n = c.killed { k += n }
            if c.woundedIsAddition, let n = c.wounded { w += n }
        }
        return (k, w)
    }

    /// The event was an attack on US or coalition forces (so "no US casualties" means no casualties at all).
    func hitUSForces(_ g: Group, _ inc: Incident) -> Bool {
        if let t = inc.target, ActorRef(name: t, id: inc.targetID, kind: nil).isUSorCoalition { return true }
        guard side(of: g) == .nonState else { return false }
        return sortedMembers(g).contains { m in
            let ns = sentences[m.sentence].ns
            return IncidentExtractor.onForces.test(ns) || m.place?.entry.kind == .site
        }
    }

    /// A named group that one of the event's own sentences tells as claiming it ("Wilayat Sinai claimed the attack").
    func claimantAmong(_ ms: [EventMention]) -> ActorRef? {
        ms.first { m in
            m.attribution.perpetrator?.id != nil && sentences[m.sentence].memo.claimed(sentences[m.sentence].ns) != nil
        }?.attribution.perpetrator
    }

    /// "X claimed responsibility for the attack" in a sentence just after the event's: X did it.
    func claimNearby(_ ms: [EventMention]) -> ActorRef? {
        var near = Set(ms.flatMap { [$0.sentence + 1, $0.sentence + 2] }).subtracting(ms.map(\.sentence))
        // "The bus was attacked … The driver was killed … Two of the wounded had died. FLEC-PM claimed responsibility": a
        // claim told after the event's figures, with no other event told between, is the event's.
        for k in Set(ms.map(\.sentence)) where k + 3 < sentences.count {
            for j in (k + 1)..<min(sentences.count, k + 7) {
                if mentions.contains(where: { $0.sentence == j }) { break }
                if j >= k + 3 { near.insert(j) }
            }
        }
        for s in sentences where near.contains(s.index) {
            guard s.memo.claimed(s.ns) != nil, !mentions.contains(where: { $0.sentence == s.index && $0.strength == .report }) else { continue }
            // "In November 2005, a driver was abducted and killed in Nimroz; the Taliban claimed responsibility": a claim in
            // a sentence dated weeks away from the event is about what that sentence tells.
            let days = ms.compactMap { $0.time?.date }
            if !days.isEmpty, s.text.contains(where: \.isNumber) || s.folded.hasAny(TimeExpressions.monthStems) {
                // ("not party to the 2006 Memorandum": a year told as a thing's name dates that thing, not the claim.)
                let own = TimeExpressions.find(in: s.ns, text: s.text, published: article.published).compactMap { t in
                    t.isSpeechTime || t.precision == .year && s.ns.slice(t.range.location - 4, t.range.location).asciiLower == "the " ? nil : t.date
                }
                if !own.isEmpty, own.allSatisfy({ d in days.allSatisfy { abs($0.days(since: d)) > 7 } }) { continue }
            }
            // "claimed the attack on X": not an event at another named place.
            if let c = s.memo.claimed(s.ns), let gp = place(of: Group(members: ms.compactMap { m in mentions.firstIndex(where: { $0.sentence == m.sentence && $0.trigger.range == m.trigger.range }) })) {
                let named = claimedPlaces(s, c)
                if !named.isEmpty, !named.contains(where: { $0.id == gp.id || Geo.contains($0, gp, gazetteer) || Geo.contains(gp, $0, gazetteer) || Geo.near($0, gp) }) { continue }
            }
            if let p = s.memo.attribution(s).perpetrator { return p }
        }
        return nil
    }

    /// "The Islamic Resistance in Iraq claimed two attacks on Thursday. The group claimed a drone attack on X …": a claim
    /// whose subject is "the group" (not a named one) names the armed group the two sentences before it told as claiming
    /// or carrying out an attack.
    func anaphoricClaimant(_ ms: [EventMention]) -> ActorRef? {
        for m in ms.sorted(by: { $0.sentence < $1.sentence }) {
            let s = sentences[m.sentence]
            guard let c = s.memo.claimed(s.ns), c.range.location > 0,
                  Self.groupSubject.test(s.ns, in: NSRange(location: 0, length: c.range.location)),
                  !s.actors.contains(where: { $0.range.upperBound <= c.range.location && $0.entry.kind == .armedGroup }) else { continue }
            // The group those sentences tell as claiming or carrying out an attack (not one merely named, or attacked).
            for back in [m.sentence - 1, m.sentence - 2] where back >= 0 {
                let told = [sentences[back].memo.attribution(sentences[back]).perpetrator] + mentions.filter { $0.sentence == back }.map(\.attribution.perpetrator)
                if let a = told.compactMap({ $0 }).first(where: { $0.kind == .armedGroup }) { return a }
            }
        }
        return nil
    }
    /// A claim's subject that points back: "The group claimed", "The same group had announced", "The militia also said".
    static let groupSubject = Rx(#"(?:^|[.;:]\s+)\W*(?:the|this|that)\s+(?:same\s+|latter\s+|little-known\s+|armed\s+)?(?:group|militia|faction|organi[sz]ation|movement|umbrella\s+group|coalition\s+of\s+(?:militias|factions))\s+(?:\w+\s+){0,2}$"#)

    /// The towns and sites a claim names as what it covers ("claimed the attacks on X and Y"): those in the
    /// claim's own clause, not in a quoted reason after it ("saying it answered the massacres in Gaza").
    func claimedPlaces(_ s: ArticleSentence, _ c: NSTextCheckingResult) -> [Place] {
        let from = c.range.location + c.range.length
        let rest = s.ns.sub(NSRange(location: from, length: min(90, s.ns.length - from)))
        var stop = rest.utf16.firstIndex(where: { $0 == 44 || $0 == 59 || $0 == 46 || $0 == 8220 || $0 == 34 }).map { rest.utf16.distance(from: rest.utf16.startIndex, to: $0) } ?? rest.utf16.count
        // ("claimed all three blasts in telephone calls to a Manila radio station": how and to whom the claim was made
        // names no place of the attacks.)
        let restNS = rest as NSString
        for cue in Self.claimChannelCues {
            let r = restNS.plainRange(of: cue)
            if r.location != NSNotFound { stop = min(stop, r.location) }
        }
        return IncidentExtractor.eventPlaces(s).filter { $0.range.lowerBound >= c.range.location && $0.range.lowerBound < from + stop && IncidentExtractor.rank($0.entry) >= 3 }.map(\.entry)
    }

    /// Where the words telling how a claim was made begin ("in telephone calls to …", "via its channel").
    static let claimChannelCues = [" to a ", " to the ", " via ", " through ", " in a ", " in an ", " in telephone", " in phone", " by telephone", " by phone", " on its ", " on their "]
    /// "claimed both bombings", "claimed all three attacks", "claimed the two attacks": a claim that counts its events.
    static let countedClaim = Rx(#"\b(?:both|all\s+(?:two|three|four|five|\d)|the\s+(?:two|three|four|five|twin))\b"#)
    /// Words saying a claim covers more than one event ("both bases", "the attacks", "all three").
    static let pluralClaim = Rx(#"\b(?:both|all|two|three|four|five|several|attacks|strikes|bombings|operations|bases|installations|sites)\b"#)

    /// "The Islamic Resistance in Iraq said it had targeted both bases" / "claimed the attacks on X and Y": the
    /// claimant is the perpetrator of every event the claim covers — those at the places it names, else every
    /// news (main) event told just before it — where no perpetrator is known and the claimant's side fits.
    func spreadPluralClaims(_ incidents: inout [Incident], groups: [Group]) {
        for s in sentences {
            guard let c = s.memo.claimed(s.ns), Self.pluralClaim.test(s.ns, in: NSRange(location: c.range.location, length: s.ns.length - c.range.location)),
                  !mentions.contains(where: { $0.sentence == s.index && $0.strength == .report && $0.time != nil }),
                  let who = s.memo.attribution(s).perpetrator else { continue }
            let whoSide: EventSide? = who.isState ? .state : (who.kind == .armedGroup ? .nonState : nil)
            let named = claimedPlaces(s, c)
            let counted = Self.countedClaim.test(s.ns, in: NSRange(location: c.range.location, length: min(60, s.ns.length - c.range.location)))
            func toldJustBefore(_ g: Group) -> Bool {
                g.members.contains { let k = mentions[$0].sentence
                    return k < s.index && (k >= s.index - 3 || sentences[k].paragraph == s.paragraph) }
            }
            // "At least 34 people were killed in two suicide bomb attacks … Islamic State claimed responsibility for the
            // attacks … Just over an hour later, a bomb exploded in the metro": the days of the news events the claim
            // covers, whose further attacks told after the claim it covers too.
            let coveredDays = named.isEmpty ? Set(groups.indices.filter { i in
                incidents[i].role == .main && (incidents[i].perpetrator == "unknown" || incidents[i].perpetratorID == who.id) && toldJustBefore(groups[i])
            }.compactMap { i in date(of: groups[i]).flatMap { $0.precision == .day ? $0.date : nil } })
                // (And the day of the lede's wave of attacks, when the claim follows it: "BLA claimed responsibility for the attacks".)
                .union(ledeWave().flatMap { w in sentences.first(where: { $0.isLede }).map { s.index > $0.index && s.index - $0.index <= 3 } == true ? w.time.date : nil }.map { [$0] } ?? []) : []
            // (A generic "militants" gives way to the group that claimed the attacks.)
            for (i, g) in groups.enumerated() where (incidents[i].perpetrator == "unknown" || incidents[i].perpetratorID == nil && incidents[i].perpetrator == "militia" && who.kind == .armedGroup)
                && !sidesDiffer(whoSide, side(of: g)) {
                if named.isEmpty {
                    // The events told just before the claim (its paragraph, or the three sentences before it): "Sinai
                    // Province claimed the attacks" after a paragraph on the Sinai assaults does not cover the Cairo bombing
                    // that a review's earlier paragraph told.
                    // ("The Islamic State claimed both bombings": a count covers every news event of those days, however
                    // far before the claim the first was told.)
                    let onCoveredDay = date(of: g).map({ $0.precision == .day && $0.date.map(coveredDays.contains) == true }) == true
                    guard incidents[i].role == .main, toldJustBefore(g)
                        || (counted || g.members.allSatisfy({ mentions[$0].sentence > s.index })) && onCoveredDay else { continue }
                } else {
                    guard let p = place(of: g), named.contains(where: { $0.id == p.id || Geo.contains($0, p, gazetteer) || Geo.contains(p, $0, gazetteer) || Geo.near($0, p) }) else { continue }
                }
                incidents[i].perpetrator = who.name; incidents[i].perpetratorID = who.id
                if incidents[i].suspected == who.name { incidents[i].suspected = nil; incidents[i].suspectedID = nil }
                incidents[i].summary = Summary.make(incidents[i])
            }
        }
    }

    /// "the assassination of A and B": one death per person named after the word.
    func assassinated(_ m: EventMention) -> Int? {
        guard m.trigger.word.hasPrefix("assassinat") else { return nil }
        let s = sentences[m.sentence]
        let after = m.trigger.range.location + m.trigger.range.length
        let people = Set(s.actors.filter { $0.entry.kind == .person && $0.range.lowerBound >= after && $0.range.lowerBound - after < 160 }.map(\.entry.id))
        return people.isEmpty ? nil : people.count
    }

    func evidenceScore(_ m: EventMention) -> Int {
        var s = m.strength == .report ? 4 : 0
        if m.type != .other { s += 2 }
        if m.time?.date != nil { s += 2 }
        if m.place != nil { s += 2 }
        if m.casualties != Casualties() { s += 1 }
        if sentences[m.sentence].isHeadline { s -= 3 }
        return s
    }

    /// The place's name as the event's own sentences write it ("Derik" for the gazetteer's al-Malikiyah, "Jurf
    /// al-Nasr" for Jurf al-Sakhr): coders record a place as their source spells it, and a reader matches the
    /// evidence quote. The gazetteer's name when the sentences do not name it, or write it in capitals (a
    /// dateline) or all lower case, or when the article also uses the gazetteer's own name (an alias may be a
    /// looser name: "the al-Omar oil field" for Green Village); the location pages keep the gazetteer's names.
    func asWritten(_ p: Place, in ms: [EventMention]) -> String {
        let reportsFirst = ms.filter { $0.strength == .report } + ms.filter { $0.strength != .report }
        guard let written = reportsFirst.lazy.compactMap({ $0.place?.entry.id == p.id ? $0.place?.text : nil }).first else { return p.name }
        let canonical = p.name.asciiLower
        if sentences.contains(where: { s in s.places.contains { $0.entry.id == p.id && $0.text.asciiLower == canonical } }) { return p.name }
        var name = written.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.hasPrefix("the ") || name.hasPrefix("The ") { name = String(name.dropFirst(4)) }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        let hasUpper = letters.contains { $0.properties.isUppercase }, hasLower = letters.contains { $0.properties.isLowercase }
        guard hasUpper, hasLower, name.asciiLower != p.name.asciiLower else { return p.name }
        // A spelling or a fuller form of the same name ("K1 base", "Sayeda Zeinab", "Deir ez-Zor province") keeps
        // the gazetteer's name, so one place reads the same on every page; only a different name is kept as written.
        // "Rumalyn" for Rumeilan: a transliteration differing only in its vowels is the same name too (the gazetteer
        // matched it as this place's alias). Only for sites, which this project names by hand; a town's name may be
        // GeoNames' transliteration ("Fuhays", "Jarash"), where the article's usual spelling reads better.
        if p.kind == .site, Self.sameSkeleton(name, p.name) { return p.name }
        return Self.distinctiveWords(name).isDisjoint(with: Self.distinctiveWords(p.name)) ? name : p.name
    }

    /// Words reduced to their consonants ("rumalyn" and "rumeilan" → "rmln"): transliterations of Arabic and Kurdish
    /// names differ mostly in vowels (a/e/i, ee/i, ou/u, y/i) and doubled letters. Kind words and the article "al" go.
    static func consonantSkeleton(_ name: String) -> [String] {
        name.asciiLower.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init).compactMap { w -> String? in
            guard !placeKindWords.contains(w), !["al", "el", "as", "ad", "ar", "ash", "at", "az", "an", "ath"].contains(w) else { return nil }
            var out = ""
            for c in w where !"aeiouy".contains(c) && out.last != c { out.append(c) }
            return out.count >= 2 ? out : nil
        }
    }

    /// Both names keep the same consonants word by word (and have at least one word with three of them, so that
    /// short names do not collide by chance).
    static func sameSkeleton(_ a: String, _ b: String) -> Bool {
        let x = consonantSkeleton(a), y = consonantSkeleton(b)
        return !x.isEmpty && x == y && x.contains { $0.count >= 3 }
    }

    /// The words that tell a place name apart, folded so spellings agree: lower case, no "al-" article, doubled
    /// letters single ("Sayyida" = "Sayida"), without kind words ("base", "province", "oil field", "airport").
    static func distinctiveWords(_ name: String) -> Set<String> {
        let words = name.asciiLower.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        return Set(words.compactMap { w -> String? in
            guard !placeKindWords.contains(w) else { return nil }
            var single = ""
            for c in w where single.last != c { single.append(c) }
            return single.count > 1 ? single : nil
        })
    }

    static let placeKindWords: Set<String> = ["the", "province", "governorate", "city", "district", "neighborhood", "neighbourhood",
                                              "camp", "base", "air", "airbase", "airfield", "military", "field", "fields", "oil", "gas",
                                              "site", "mission", "support", "of", "in", "near", "us", "u", "s", "coalition", "occupied",
                                              "international", "airport", "complex", "compound", "facility", "forces", "troops", "zone",
                                              "town", "village", "area", "region", "countryside", "al", "el"]

    /// No place in the event's own sentences: the nearest sentence of the same paragraph that names one,
    /// then the headline, then the lead paragraph.
    /// A menu, byline, rights line or capitalised masthead of three words or more ("SADA EL BALAD ENGLISH"; not a lone
    /// capitalised town, which may be a dateline), read with the cleaner's own tests (`Boilerplate`).
    static func isFurnitureLine(_ text: String) -> Bool {
        text.contains(" | ") || Boilerplate.isByline(text) || text.hasPrefix("©") || text.hasPrefix("(c)")
            || text.split(separator: " ").count >= 3 && Boilerplate.isMasthead(text)
    }

    func contextPlace(around index: Int) -> Place? {
        if let back = anaphoricPlace(at: index) { return back }
        let paragraph = sentences[index].paragraph
        let sameParagraph = sentences.filter { $0.paragraph == paragraph && $0.index != index }
            .sorted { abs($0.index - index) < abs($1.index - index) || (abs($0.index - index) == abs($1.index - index) && $0.index > $1.index) }
        // (Not a town in a menu, byline or masthead kept above the lede: "SADA EL BALAD ENGLISH", "By Sada El Balad staff"
        // name the outlet, not a place of the news.)
        let rest = sentences.filter { $0.isHeadline } + sentences.filter { $0.paragraph >= 0 && $0.paragraph <= ledeParagraph && paragraph != $0.paragraph }
        for s in sameParagraph + rest {
            // (A masthead may name the country it covers, "Bahrain Mirror", but a town in one names the outlet.)
            let furniture = !s.isHeadline && s.paragraph != paragraph && Self.isFurnitureLine(s.text)
            let ps = IncidentExtractor.eventPlaces(s).filter { !furniture || $0.entry.kind == .country }
            if let best = ps.max(by: { IncidentExtractor.rank($0.entry) < IncidentExtractor.rank($1.entry) || (IncidentExtractor.rank($0.entry) == IncidentExtractor.rank($1.entry) && $0.range.lowerBound > $1.range.lowerBound) }) {
                return best.entry
            }
        }
        return nil
    }

    /// "drones targeted the same base", "another attack on the same town": the place told before, never one told after.
    /// The nearest earlier sentence naming a place of the kind the noun names (a base or airport is a site).
    static let sameNoun = Rx(#"\bthe same (base|air ?base|airbase|airport|camp|compound|facility|field|site|town|city|village|area|district|province|region|road|highway|street|route|valley)\b"#, anchors: ["the same "])
    func anaphoricPlace(at index: Int) -> Place? {
        let s = sentences[index]
        guard s.folded.has("the same "), let m = Self.sameNoun.first(s.ns) else { return nil }
        let noun = s.ns.sub(m.range(at: 1)).asciiLower
        let kinds: Set<PlaceKind>
        switch noun {
        case "town", "city", "village": kinds = [.city]
        // "on the same road", "in the same valley": wherever the event before was.
        case "area", "district", "province", "region", "road", "highway", "street", "route", "valley": kinds = [.city, .admin1, .site]
        default: kinds = [.site]
        }
        for prev in sentences[..<index].reversed() where !prev.isHeadline {
            let ps = IncidentExtractor.eventPlaces(prev).filter { kinds.contains($0.entry.kind) }
            if let best = ps.max(by: { IncidentExtractor.rank($0.entry) < IncidentExtractor.rank($1.entry) || (IncidentExtractor.rank($0.entry) == IncidentExtractor.rank($1.entry) && $0.range.lowerBound < $1.range.lowerBound) }) {
                return best.entry
            }
        }
        return nil
    }

    // MARK: - Roles

    /// main: the news of the article — an event of the seven days before publication (or, without a
    /// publication day, the first event). background: older events, coarse dates ("last week", "in 2020")
    /// when the article has a dated main event, and undated asides.
    func assignRoles(_ incidents: inout [Incident], groups: [Group]) {
        func recent(_ inc: Incident) -> Bool {
            guard let pub = article.published, let d = inc.date else { return false }
            let back = pub.days(since: d)
            return inc.datePrecision == .day && back >= -1 && back <= 7
        }
        let hasRecent = incidents.contains(where: recent)
        // Without a publication day, the lead's own day stands in for it: "On December 11, 2016, a suicide bomber killed
        // 29 …" recalled in a report whose lead event is of December 29, 2017 is an earlier event, not news.
        let overviewDated = article.published == nil ? datedByOverview(&incidents, groups: groups) : []
        let leadDay: Day? = article.published != nil ? nil : incidents.indices.filter { i in
            incidents[i].datePrecision == .day && incidents[i].date != nil && isLeadNews(groups[i])
        }.compactMap { incidents[$0].date }.max()
        for i in incidents.indices {
            var role: IncidentRole
            if article.published == nil {
                // Without a publication day: coarse phrases ("last week", "in 2020") are background, day phrases are
                // news, and a timeless event is news only when nothing else is.
                let times = sortedMembers(groups[i]).compactMap(\.time)
                let nominal = anchor(groups[i]).time?.nominalPrecision ?? times.first?.nominalPrecision
                let dayLike = { (g: Group) -> Bool in
                    let p = self.anchor(g).time?.nominalPrecision
                    return p == .day
                }
                if let nominal, nominal != .day { role = .background }
                else if nominal == .day, let lead = leadDay, let d = incidents[i].date, lead.days(since: d) > 7 { role = .background }
                else if nominal == .day || overviewDated.contains(i) { role = .main }
                else { role = groups.contains(where: dayLike) ? .background : .main }
            } else if recent(incidents[i]) {
                role = .main
            } else if incidents[i].date == nil {
                // (The headline's and lead's undated news, told with its own toll, stays the news beside events of recent
                // days told only after the lead, of another kind, elsewhere and with other tolls.)
                role = hasRecent && !(isLeadNews(groups[i]) && incidents.indices.allSatisfy { j in
                    let o = incidents[j]
                    return !recent(o) || !isLeadNews(groups[j]) && o.eventType != incidents[i].eventType && o.placeID != incidents[i].placeID
                        && o.killed != nil && incidents[i].killed != nil && o.killed != incidents[i].killed
                }) ? .background : .main
            } else if incidents[i].datePrecision == .week, !hasRecent, let pub = article.published, let d = incidents[i].date, pub.days(since: d) <= 13 {
                role = .main
            } else if leadReport(groups[i]), incidents[i].datePrecision == .day, let pub = article.published, let d = incidents[i].date, pub.days(since: d) <= 14 {
                // A press release or weekly round-up leads with events of the past fortnight, each with its date:
                // "On Sept. 16, CENTCOM forces conducted a large-scale air strike …" is its news.
                role = .main
            } else {
                role = .background
            }
            // Named only as the cause of the news ("in retaliation for …"): background even when recent.
            // (Not when the only news told without a cue is older: "Four days after a colonel was shot dead, the killing is
            // turning into a crisis … In April last year, an explosion hit Natanz".)
            if role == .main, sortedMembers(groups[i]).first?.backgroundCue == true,
               incidents.indices.contains(where: { $0 != i && sortedMembers(groups[$0]).first?.backgroundCue == false && (incidents[$0].date == nil || recent(incidents[$0])) }) { role = .background }
            incidents[i].role = role
            incidents[i].sources = incidents[i].sources.map { var s = $0; s.role = role; return s }
        }
        // A main event still without a date, told in the headline or lead of a dated report: the report's day.
        if let pub = article.published {
            for (i, g) in groups.enumerated() where incidents[i].role == .main && incidents[i].date == nil {
                if sortedMembers(g).contains(where: { sentences[$0.sentence].paragraph <= ledeParagraph }) {
                    incidents[i].date = pub; incidents[i].datePrecision = .day
                } else if !sortedMembers(g).contains(where: { $0.casualties.killed != nil || $0.casualties.wounded != nil }) {
                    // Told only deep in a dated report, with no day and no figure ("carried out a number of air strikes",
                    // "they come with rocket-propelled grenades"): a remark about the conflict, not the report's news.
                    incidents[i].role = .background
                    incidents[i].sources = incidents[i].sources.map { var s = $0; s.role = .background; return s }
                }
            }
        }
    }

    /// "condemns the two attacks carried out on Thursday, October 9, 2014, in Sana'a and in Mukalla … In Sana'a, a
    /// suicide bomber …": in a report with no publication day, an event reported without its day takes the day of an
    /// earlier sentence (the nearest, at most two paragraphs up) that dates the report's attacks and names the event's place
    /// (or a place around it, or a town the event's own sentences name). Only a sentence with one day in it, so that two events told with their own days never
    /// lend each other theirs.
    /// Returns the incidents so dated.
    func datedByOverview(_ incidents: inout [Incident], groups: [Group]) -> Set<Int> {
        var dated = Set<Int>()
        for (i, g) in groups.enumerated() where incidents[i].date == nil && sortedMembers(g).contains(where: { $0.strength == .report }) {
            // ("In June, a police officer was shot dead": a time of its own, unresolved without a year, is not the overview's.)
            guard !sortedMembers(g).contains(where: { $0.time != nil }), let place = place(of: g), let first = sortedMembers(g).map(\.sentence).min() else { continue }
            // The places the event's own sentences name, below a country ("In Sana'a, a suicide bomber … Tahrir Square").
            let own = Set(sortedMembers(g).flatMap { sentences[$0.sentence].places.filter { $0.entry.kind != .country }.map(\.entry.id) })
            for s in sentences[..<first].reversed() where sentences[first].paragraph - s.paragraph <= 2 && !s.places.isEmpty && mentions.contains(where: { $0.sentence == s.index }) {
                let days = TimeExpressions.find(in: s.ns, text: s.text, published: nil).filter { !$0.isSpeechTime && $0.date != nil }
                guard days.count == 1, let t = days.first, t.precision == .day, let day = t.date,
                      s.places.contains(where: { Geo.contains($0.entry, place, gazetteer) || own.contains($0.entry.id) }) else { continue }
                incidents[i].date = day; incidents[i].datePrecision = .day; incidents[i].dateText = t.text
                dated.insert(i)
                break
            }
        }
        return dated
    }
}

/// Place arithmetic for grouping and merging.
enum Geo {
    /// `outer` encloses `inner` (gazetteer parents).
    static func contains(_ outer: Place, _ inner: Place, _ g: Gazetteer) -> Bool {
        if outer.id == inner.id { return true }
        if g.chain(of: inner, contains: outer.id) { return true }
        // Admin1 and country by name, for places whose parent chain is incomplete.
        switch outer.kind {
        case .country: return inner.country != nil && inner.country == outer.country
        case .admin1: return inner.admin1 != nil && inner.admin1 == outer.admin1 && inner.country == outer.country
        default: return false
        }
    }

    /// A town the gazetteer puts inside another town: a village of that town's district ("Khanasor" in Sinjar's).
    static func isVillage(_ village: Place, of town: Place, _ g: Gazetteer) -> Bool {
        village.kind == .city && town.kind == .city && village.id != town.id && contains(town, village, g)
    }

    static func near(_ a: Place, _ b: Place, km: Double = 25) -> Bool {
        guard a.kind != .country, b.kind != .country, a.kind != .admin1, b.kind != .admin1,
              let la = a.latitude, let lo = a.longitude, let lb = b.latitude, let lob = b.longitude else { return false }
        return distanceKm(la, lo, lb, lob) <= km
    }

    /// The initial compass bearing from the first point to the second, in degrees clockwise from north.
    static func bearingDegrees(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let d2r = Double.pi / 180
        let y = sin((lon2 - lon1) * d2r) * cos(lat2 * d2r)
        let x = cos(lat1 * d2r) * sin(lat2 * d2r) - sin(lat1 * d2r) * cos(lat2 * d2r) * cos((lon2 - lon1) * d2r)
        return (atan2(y, x) / d2r + 360).truncatingRemainder(dividingBy: 360)
    }

    static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0, d2r = Double.pi / 180
        let dlat = (lat2 - lat1) * d2r, dlon = (lon2 - lon1) * d2r
        let h = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * d2r) * cos(lat2 * d2r) * sin(dlon / 2) * sin(dlon / 2)
        return 2 * r * asin(min(1, sqrt(h)))
    }

    /// The days a date covers at its precision.
    static func span(_ d: Day, _ p: DatePrecision) -> ClosedRange<Int> {
        switch p {
        case .day, .unknown: return d.ordinal...d.ordinal
        case .week: return d.ordinal...(d.ordinal + 6)
        case .month: return d.ordinal...(d.ordinal + Day.daysIn(month: d.month, year: d.year) - 1)
        case .year: return d.ordinal...(d.ordinal + (Day.isLeap(d.year) ? 365 : 364))
        }
    }

    /// Overlap with a day's slack for day-precision reports (time zones, overnight events).
    static func datesOverlap(_ a: Day, _ ap: DatePrecision, _ b: Day, _ bp: DatePrecision) -> Bool {
        let sa = span(a, ap), sb = span(b, bp)
        let slack = (ap == .day && bp == .day) ? 1 : 0
        return sa.lowerBound - slack <= sb.upperBound && sb.lowerBound - slack <= sa.upperBound
    }

    /// "The Sunday attack … took place at around 12:45 p.m.": an event of the earlier day told at an afternoon hour is
    /// not one told from both sides of midnight ("on Monday morning" the next day is another event).
    /// (Noon to five: an evening hour may start a night that runs into the next day.)
    static let afternoonClock = Rx(#"\b(?:12|[1-5])[:.]\d{2}\s*p\.?m\b|\b1[2-7][:.]\d{2}\b(?!\s*[ap]\.?m)|\bin the afternoon\b"#, anchors: ["pm", "p.m", ":", ".", "afternoon"])
    static let dayEndWords = ["late", "night", "evening", "midnight", "overnight"]
    static let dayStartWords = ["early", "overnight", "midnight", "dawn", "predawn", "pre-dawn", "morning", "hours"]

    /// Two days one apart that may be one time told from both sides of midnight: the earlier day's time is late
    /// ("late Monday", "Monday night") or the later day's is early ("early Tuesday", "before dawn"). "On Sunday" and
    /// "on Monday evening" are two days.
    static func acrossMidnight(_ a: TimeExpression, _ b: TimeExpression) -> Bool {
        guard let da = a.date, let db = b.date, abs(da.days(since: db)) == 1 else { return false }
        let (early, late) = da < db ? (a, b) : (b, a)
        let e = early.text.asciiLower, l = late.text.asciiLower
        return dayEndWords.contains { e.has($0) } || dayStartWords.contains { l.has($0) }
    }

    static func datesOverlap(_ a: TimeExpression, _ b: TimeExpression) -> Bool {
        guard let da = a.date, let db = b.date else { return true }
        return datesOverlap(da, a.precision, db, b.precision)
    }
}

/// One plain-text line describing an incident.
enum Summary {
    static func make(_ i: Incident) -> String {
        var kind = i.eventType.rawValue
        if kind == "other" { kind = "attack" }
        if kind == "IED attack" { kind = "IED attack" } else { kind = kind.prefix(1).uppercased() + kind.dropFirst() }
        var s = kind
        if let p = i.place {
            let region = [i.admin1, i.country].compactMap { $0 }.filter { $0 != p }
            s += " at \(p)" + (region.isEmpty ? "" : " (\(region.joined(separator: ", ")))")
        }
        if let d = i.date {
            switch i.datePrecision {
            case .day: s += " on \(d.iso)"
            case .week: s += " in the week of \(d.iso)"
            case .month: s += " in \(String(d.iso.prefix(7)))"
            case .year: s += " in \(d.year)"
            case .unknown: break
            }
        }
        if i.perpetrator != "unknown" { s += " by \(i.perpetrator)" }
        var tail: [String] = []
        if let k = i.killed { tail.append(k == 0 ? "no one killed" : "\(k) killed") }
        if let w = i.wounded { tail.append(w == 0 ? "no one wounded" : "\(w) wounded") }
        if !tail.isEmpty { s += "; " + tail.joined(separator: ", ") }
        if let sus = i.suspected { s += "; suspected: \(sus)" }
        return s + "."
    }
}
