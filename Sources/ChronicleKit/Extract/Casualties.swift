import Foundation

/// Killed and wounded figures stated in one sentence. `nil` = no figure given; 0 = the text says none.
struct Casualties: Equatable {
    var killed: Int?
    var wounded: Int?
    /// "There were no US casualties": none among US or coalition forces — a zero for the event only when those
    /// forces were what it hit (an attack on their base), not when they were bystanders.
    var noUSCasualties = false
    /// The killed figure is a running total ("the death toll has risen to 39", "raised the toll to four dead"): it
    /// replaces an earlier, lower count of the same event rather than standing beside it as another source's figure.
    var killedIsTotal = false
    /// The wounded figure is a running total ("the number of wounded was later raised to 17"): the best figure.
    var woundedIsTotal = false
    /// "A member of the local groups was also killed", "two attackers also died": the figure adds to the event's
    /// other dead (the other side's, or more victims) instead of being another source's count of the same dead.
    var killedIsAddition = false
    var woundedIsAddition = false
    /// The added dead are the attackers themselves ("the three attackers were shot dead").
    var killedAreAttackers = false
}

/// Reads casualty figures: "three children and two women were killed" (5), "wound two civilians" (2),
/// "killing two and injuring five", "at least 12 people died", "no casualties were reported" (0 and 0),
/// "no US troops were hurt" (wounded 0), "without causing casualties". Vague amounts ("several",
/// "dozens") give no figure.
enum CasualtyReader {
    /// "one hundred and forty", "a hundred", "two thousand", "three hundred fifty-two": read whole, before the
    /// single words that would stop at "one". (A fraction is no count: "three quarters of them were killed".)
    private static let compoundNumber = #"(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b)?"#
    private static let number = #"(?:\#(compoundNumber)|\d{1,3}(?:,\d{3})+|\d{1,4}|half a dozen|a dozen|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|several|dozens|scores|hundreds|many|some)(?![\s-]+(?:quarters|thirds|fifths|tenths|halves|(?:quarter|third|fifth|tenth|half)\s+of)\b)"#
    private static let hedge = #"(?:at least|as many as|up to|more than|over|nearly|almost|about|around|some|roughly|an estimated|a further|a total of|an additional|another|all)"#
    /// "martyred": how Iraqi, Syrian and Turkish state media (INA, SANA, Anadolu) say a soldier was killed ("embraced
    /// shahadat": Pakistan's military).
    /// "assassinated": a targeted killing ("the mayor was assassinated"); "perished": older and translated reports.
    /// ("stabbed to death", "beaten to death": killed with their means told.)
    private static let killWord = #"(?:kill(?:ed|ing|s)?|dead|died|die|slain|deaths?|martyred|perished|assassinated|murdered|massacred|slaughtered|(?:stabbed|beaten|hacked|shot|burned|burnt)(?:\s+or\s+(?:stabbed|beaten|hacked|shot|burned|burnt))?\s+to\s+death)"#
    private static let woundWord = #"(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|e|ies)|hurt)"#

    /// Active: "killing two", "wounded 12 people", "killed at least four soldiers", "martyring 15 people" (state media).
    static let active = Rx(#"\b(kill(?:ed|ing|s)?|massacr(?:ed|ing)|slaughter(?:ed|ing)|murder(?:ed|ing)|martyr(?:ed|ing)|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|left)\s+(?:\#(hedge)\s+)?(\#(number))\b(?!\s*(?:%|percent|km|kilomet|mile|meter|metre|minutes?|hours?|days?|weeks?|months?|years?|rockets?|drones?|missiles?|mortars?))(?!\s+(?:number|lot|handful|host|range|variety)\s+of\b)(?:\s+[\w-]+){0,3}?(\s+(?:dead|martyred|injured|wounded))?"#, anchors: ["kill", "massacr", "slaughter", "murder", "martyr", "wound", "injur", "left"])
    /// A participle's object that is one person: "wounding the Iraqi driver", "killing its pilot", "injuring his
    /// bodyguard" (not "the soldiers", nor "the driver's son", whose count is not told).
    static let onePersonObject = Rx(#"\b(killing|wounding|injuring)\s+(?:the|its|his|her|their)\s+(?:[A-Za-z][\w.-]*\s+){0,2}?(?:driver|pilot|soldier|officer|policeman|guard|bodyguard|commander|conscript|contractor|interpreter|journalist|reporter|photographer|cameraman|civilian|passenger|owner|shepherd|farmer|fisherman|child|boy|girl|man|woman|imam|priest|mayor|governor|judge|leader|chief|operator|technician|engineer|worker|employee|nurse|doctor|paramedic|teacher|student)\b(?!['’]|-)"#,
                                    caseInsensitive: false, anchors: ["killing", "wounding", "injuring"])
    /// Passive / intransitive tail: "... were killed", "... died", "... were wounded".
    static let passiveVerb = Rx(#"\b(?:(?:were|was|have been|has been|had been|had|have|has|are|is|got|being|reportedly|also|later|left|shot(?:\s+and)?|pronounced|declared|lightly|slightly|seriously|critically|severely|moderately|badly)\s+)*(?:\#(killWord)|\#(woundWord)|lost\s+(?:their|his|her)\s+li(?:ves|fe)|embraced\s+(?:shahadat|shahadah|shahadath|martyrdom))\b"#, anchors: ["kill", "dead", "die", "slain", "death", "martyr", "perished", "assassinated", "murdered", "massacred", "slaughtered", "wound", "injur", "hurt", "lost", "embraced"])
    /// "16 people, including civilians, were killed"; "26 people, among them the general and his wife, party officials and
    /// a journalist, were killed" (a list closing on "and"); "seven others, tourists among them, were wounded"; "two crew members, one British and one Romanian national, were killed".
    /// Also "four soldiers, three women and one man, were killed", "four soldiers, all officer cadets, were killed" and
    /// "seven Palestinians, two of them children, were killed".
    static let asides = Rx(#",\s*(?:including|among them|most of them|mostly|many of them)[^,]{1,100}(?:,\s+[^,]{1,60}\s+(?:and|or)\s+[^,]{1,60})?,|,\s*(?:\#(number)|several|all|both)\s+of\s+(?:them|whom)\s+[^,]{1,50},|,\s*[^,]{1,50}\s+among them\s*,|,\s*(?:both|\#(number))\s+[^,]{1,50}?\s+and\s+(?:the other|\#(number))\s+[^,]{1,40},\s*$|,\s*(?:all|both)\s+(?:of them\s+)?[^,]{1,50},\s*$"#)
    static let injuriesTo = Rx(#"\binjur(?:ies|ing|ed)? to (?:\#(hedge) )?(\#(number))\b"#, anchors: ["injur"])
    /// ("without causing any human or material losses", "no human losses": Arab ministries' and security cells' wording.)
    static let zeroAll = Rx(#"\bno (?:immediate |human )?casualties\b(?! figures)|\bno (?:\S+\s+){0,4}?(?:personnel|troops|forces|soldiers|people|civilians|service ?members|americans|one)\s+(?:(?:were|was|had been|have been)\s+)?(?:killed or (?:injured|wounded|hurt)|(?:injured|wounded|hurt) or killed)\b|\bwithout (?:causing |inflicting |resulting in )?(?:any )?casualties\b|\bwithout (?:causing |inflicting |resulting in |leaving )?(?:any )?(?:material (?:or|and) )?human (?:(?:or|and) material )?(?:losses|casualties|damage)\b|\bno human (?:or material )?(?:losses|casualties)\b|\bcaused no casualties\b|\bno[ -]?one (?:was|were|has been|had been) (?:killed or (?:injured|wounded|hurt)|(?:injured|wounded|hurt) or killed)\b|\bno (?:deaths|fatalities) or injuries\b|\b(?:did not|didn['’]t|does not|doesn['’]t) (?:cause|result in|inflict|lead to) any casualties\b"#, anchors: ["no ", "no-", "noone", "nobody", "none", "without", "not", "n't"])
    /// "No injuries were reported in either attack", "There were no injuries", "No one was hurt", "caused neither
    /// casualties nor damage", "None of the 25 crew … were hurt", "no injuries to the crew", "All 26 crew are safe": nobody
    /// hurt, so nobody killed either (0 and 0; "no other injuries" is not this).
    static let zeroHurt = Rx(#"\bno injuries (?:were |have been |had been |was )?(?:reported|recorded|caused|sustained)\b|\bthere (?:were|was|have been) no (?:reported )?(?:injuries|casualties)\b|\b(?:no[ -]?one|nobody|none) (?:was|were|has been|had been|got) (?:hurt|injured|harmed|wounded)\b|\b(?:workers|staff|employees|residents|villagers|passengers|guests|occupants|civilians|people|crew)\s+(?:\w+\s+){0,3}?(?:were|was)\s+(?:not|un)\s*(?:harmed|hurt|injured)\b|\bnone of (?:the|its|their|his)\b[^.;]{0,110}?\b(?:was|were|has been|had been|have been) (?:hurt|injured|harmed|wounded)\b|\bneither casualties\b|\bneither (?:deaths|injuries) nor\b|\bno injuries (?:to|among) (?:the |its |her |any )?(?:crew|seafarers|sailors|passengers|staff|personnel|people|residents|civilians|occupants)\b|\b(?:all|the)\s+(?:(?:\#(number))\s+)?(?:crew|seafarers|sailors|passengers|personnel|staff|occupants)(?:\s+members)?\s+(?:are|were|have been|had been|was)\s+(?:all\s+)?(?:safe|unharmed|unhurt|uninjured|accounted for)\b"#, anchors: ["no ", "no-", "noone", "nobody", "none", "neither", "safe", "unharmed", "unhurt", "uninjured", "accounted", "not harmed", "not hurt", "not injured"])
    static let zeroUS = Rx(#"\bno (?:immediate |reported )?(?:US|U\.S\.|American|coalition)\s+(?:military\s+|troop\s+|service\s?member\s+)?casualties\b"#, anchors: ["no "])
    static let zeroUnreported = Rx(#"\bno (?:immediate )?(?:reports?|word|information) (?:of|on) (?:casualties|injuries|deaths)\b"#, anchors: ["no "])
    static let zeroKilled = Rx(#"\b(?:(?:no[ -]?one|nobody|none) (?:was|were|has been|had been) killed|(?:no[ -]?one|nobody) (?:died|has died|had died)|(?:killed|killing) (?:no[ -]?one|nobody)|no (?:deaths|fatalities)\b(?! or)|no (?:\S+\s+){0,4}?(?:forces|troops|soldiers|personnel|people|civilians|one|americans|service ?members)\s+(?:were|was|had been|have been)\s+(?:killed|dead))\b"#, anchors: ["no ", "no-", "noone", "nobody", "none"])
    static let onlyOneKilled = Rx(#"\b(?:the|its)\s+only\s+(?:person|one|man|woman|casualty|victim|people)\s+(?:to (?:be|have been)\s+)?(?:killed|(?:who\s+)?died|dead)\s+(?:was|is)\b|\bthe\s+only\s+(?:fatality|death|dead)\s+(?:was|is)\b"#, anchors: ["only"])
    static let zeroWounded = Rx(#"\b(?:no injuries|(?:injured|injuring|wounded|wounding|hurt|hurting) (?:no[ -]?one|nobody)|without (?:causing |inflicting |resulting in )?(?:any )?injur(?:y|ies)|(?:no[ -]?one|nobody|none)(?: else)? (?:was|were|has been|had been) (?:hurt|injured|wounded)|none of (?:the|its|their|his)\b[^.;]{0,110}?\b(?:was|were|has been|had been|have been) (?:hurt|injured|harmed|wounded)|no (?:\S+\s+){0,4}?(?:forces|troops|soldiers|personnel|people|civilians|americans|service ?members)\s+(?:were|was|had been|have been)\s+(?:hurt|injured|wounded)|neither\s+(?:[\w'’.-]+\s+){1,4}?nor\s+(?:[\w'’.-]+\s+){1,4}?(?:were|was|had been|have been)\s+(?:hurt|injured|wounded|harmed))\b"#, anchors: ["no ", "no-", "noone", "nobody", "none", "without", "neither"])

    /// "suffered minor injuries", "sustained a light wound": a wound verb whose count is the subject before it.
    static let suffered = Rx(#"\b(?:suffered|sustained|received|sufered)\s+(?:an?\s+)?(?:(?:minor|light|slight|serious|severe|critical|non-life-threatening|moderate|shrapnel)\s+)*(?:injur(?:y|ies)|wounds?)\b"#, anchors: ["suffered", "sustained", "received", "sufered"])
    /// A figure added to the one just read: "killing a commander and six other officers", "wounding another
    /// along with five soldiers", "was killed along with two bodyguards", "killed a woman and her two children"
    /// (no verb may follow the added count: "40 soldiers were killed and 68 captured" counts 68 taken, not dead).
    /// "shot dead Mr K. Padmanabha, the secretary-general of the front, and 12 others": the others counted after a long
    /// appositive set off by commas.
    static let appositiveAddendum = Rx(#"^\s*(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?)?\s*,\s+(?:a|an|the|his|her|their)\s+[^,;]{1,110}?,\s+(?:and|along with|together with)\s+(?:at least\s+)?(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\s+others\b"#, anchors: ["others"])
    static let addendum = Rx(#"^(?:\s+(?!and\b|along\b|as\b|together\b|plus\b)[\w'’.-]+){0,7}?\s+(?:and|along with|as well as|together with|plus)\s+(?:at least\s+)?(?:(?:his|her|their|the)\s+)?(\d{1,4}|another|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a dozen|an?(?=\s+(?:[\w'’-]+\s+){0,2}?(?:civilian|child|woman|man|boy|girl|soldier|policeman|policewoman|police officer|officer|guard|passer-by|passerby|bystander|pedestrian|citizen|resident|villager|farmer|shepherd|worker|journalist|student|teacher|doctor|nurse|paramedic|driver|passenger|fighter|militant|member)\b(?!['’]|-)))\b(?![^.;]{0,60}?(?<!\bwho\s)(?<!\bthat\s)\b(?:were|was|had|have|has|are|is|killed|wounded|injured|hurt|died|dead|sustained|suffered|received)\b)(?!(?:\s+[\w-]+)?\s+(?:captured|missing|abducted|kidnapped|arrested|detained|taken (?:prisoner|captive|hostage))\b)(?!\s*(?:%|percent|km|miles?|minutes?|hours?|days?|weeks?|months?|years?|rockets?|drones?|missiles?))"#, anchors: ["and", "along with", "as well as", "together with", "plus"])

    /// (An aside may come between: "The death toll from the attack on Wad al-Noura, a farming village, has climbed to 120".)
    /// A running total: "the death toll has risen to 39", "the death toll later rose to 18", "the toll climbed to at
    /// least 80", "bringing the death toll to 12". The total is the killed figure, whatever the sentence counted before.
    static let deathToll = Rx(#"\b(?:death|fatality) toll\b(?:\s+(?!to\b)[\w’'-]+,?){0,32}?\s+(?:(?:has|had|have)\s+)?(?:(?:now|later|since|further|also)\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|reaches|stands at|stood at|hit|mounted|to)\s+(?:to\s+)?(?:\#(hedge)\s+)?(\#(number))(?![\w-])(?!\s*(?:%|percent))"#, anchors: ["toll"])

    /// A toll raised by a later statement or told without "death": "raised the toll to four dead", "bringing the
    /// overall toll to 12", "the toll rose to nineteen", "the toll has since climbed to at least 25", "bringing the number
    /// of dead to five". Also a first toll told with its revision: "Initial reports gave a toll of seven, later revised to
    /// at least 12 dead".
    static let raisedToll = Rx(#"\b(?:(?:rais(?:ed|ing|es|e)|bring(?:ing|s)?|brought|push(?:ed|ing|es)?|put(?:ting|s)?|revis(?:ed|ing|es)|updat(?:ed|ing|es))\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|final\s+|official\s+)?(?:toll|number of (?:the\s+)?(?:dead|deaths|killed|fatalities|martyrs))\s+(?:\w+\s+){0,2}?(?:to|at)|the toll(?:\s+(?:of|from|in)(?:\s+[\w’'-]+){1,6}?)?\s+(?:(?:has|had|have)\s+)?(?:(?:now|later|since|further|also)\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|reaches|stands at|stood at|mounted)(?:\s+to)?|\b(?:a|an|the|its|their)\s+(?:initial\s+|first\s+|early\s+)?(?:death\s+)?toll\s+of\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+),?\s+(?:(?:which\s+was|that\s+was)\s+)?(?:later|since|subsequently|then)\s+(?:revised|raised|updated|increased|corrected)(?:\s+upwards?)?\s+to)\s+(?:\#(hedge)\s+)?(\#(number))(?![\w-])(?!\s*(?:%|percent|wounded|injured|hurt))"#, anchors: ["toll", "number of"])

    /// "killed Sergeant Ali Qawqazeh", "killing Colonel Abdul Razzaq Dalabeh": a rank before a name is one person.
    static let killedRank = Rx(#"\b(?:killed|killing|kills)\s+(?:(?:a|the)\s+)?(?:senior\s+|local\s+)?(?:Sergeant|Sgt\.?|Corporal|Cpl\.?|Private|Pvt\.?|Lieutenant|Lt\.?|Captain|Capt\.?|Major|Maj\.?|Colonel|Col\.?|Lieutenant Colonel|Brigadier(?: General)?|Brig\.?|General|Gen\.?|Sheikh|Imam|Father|Judge|Mayor)\s+[A-Z]"#, caseInsensitive: false, anchors: ["killed", "killing", "kills"])
    /// "killed a commander and his nephew": a relative or companion added by a possessive is one more person.
    static let kinAddendum = Rx(#"^(?:\s+(?!and\b|along\b|together\b)[\w'’().-]+){0,9}?\s+(?:and|along with|together with)\s+(?:his|her)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|nephew|niece|wife|husband|father|mother|cousin|uncle|child|driver|bodyguard|companion|aide|deputy|assistant|escort|guard)\b(?!s)(?![^.;]{0,60}?\b(?:were|was|had|have|has|are|is|wounded|injured|hurt|sustained|suffered)\b)"#, anchors: ["his", "her"])
    /// "two of the wounded … had died", "three of the injured later died": told as news after the first count (a plain
    /// "after four of the injured died" is how a running total grew, already counted in it).
    static let woundedDied = Rx(#"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+the\s+(?:wounded|injured)\b(?:,[^,;]{1,80},)?\s+(?:(?:had|have|has)\s+(?:since\s+|later\s+|also\s+|subsequently\s+)?|(?:since|later|subsequently)\s+)(?:died|succumbed)\b"#,
                                anchors: [" of the wounded", " of the injured"])
    /// "the prosecutor, who passed away yesterday afternoon of the injuries he sustained", "she later succumbed to her
    /// wounds", "Barakat died of his wounds on Monday": one person told dying of the event's wounds (a plural subject says "their" and is counted where it is told).
    static let diedOfWounds = Rx(#"\b(?:(?:he|she|who)\s+(?:(?:later|subsequently|then|has|had|eventually)\s+)?(?:died|passed away|succumbed)\b(?:\s+[\w-]+){0,4}?\s+(?:of|from|to)\s+the|(?:died|passed away|succumbed)\b(?:\s+[\w-]+){0,4}?\s+(?:of|from|to)\s+(?:his|her))\s+(?:[\w-]+\s+)?(?:injuries|wounds)\b"#,
                                 anchors: ["died", "passed away", "succumbed"])
    /// "The final toll according to the Red Cross: 8 martyrs and 36 wounded", "Death toll: 12 dead": a toll given after
    /// a colon, like a bulletin's heading, is a running total too.
    static let listedToll = Rx(#"\btoll\b[^.;:]{0,60}:\s*(?:\#(hedge)\s+)?(\#(number))\s+(?:martyrs|dead|killed|deaths|fatalities|people (?:killed|dead))\b"#, anchors: ["toll"])
    /// "the number of service members injured … had risen to 34", "the number of dead rose to 12", "the number of people
    /// who lost their lives … has risen to 17": a running total like the death toll. (An aside's commas may come
    /// between: "the number of soldiers killed in the attack … in the rural area of Buenos Aires, in northern Cauca, rose to eleven".)
    /// Also told as a revision: "the number of wounded was later raised to 17", "had been revised to 40".
    static let numberOf = Rx(#"\bnumber of (?:[\w-]+\s+){0,3}?(killed|dead|deaths|fatalities|martyrs|injured|wounded|injuries|casualties|died|lost their lives)\b(?:,?\s+(?!to\b)[\w’'-]+){0,20}?,?\s+(?:(?:has been|had been|have been|has|had|have|was|were)\s+)?(?:(?:now|later|since|further|also|subsequently)\s+)?(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|reaches|stands at|stood at|hit|mounted|raised|revised|updated)\s+(?:to\s+)?(?:\#(hedge)\s+)?(\#(number))(?![\w-])(?!\s*(?:%|percent))"#, anchors: ["number of"])
    /// "put the number killed inside the complex at twelve", "the number of injured was put at about 40", "officials
    /// put the death toll at 25": a count told as an estimate put at a figure (groups 1–2 or 3–4: kind, count).
    static let numberPutAt = Rx(#"\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:(?:death\s+)?toll|(?:number|figure|count)\s+(?:of\s+)?(?:(?:people|those|the)\s+)?(killed|dead|deaths|injured|wounded|hurt|injuries))\b(?:\s+(?!at\b)[\w’'-]+){0,8}?\s+at\s+(?:\#(hedge)\s+)?(\#(number))(?![\w-])|\bnumber of (?:[\w-]+\s+){0,2}?(killed|dead|deaths|fatalities|injured|wounded|injuries)\s+(?:(?:was|were|is|has been|had been)\s+)?(?:put|estimated|given|set)\s+at\s+(?:\#(hedge)\s+)?(\#(number))(?![\w-])"#, anchors: ["put", "number of"])
    /// (Not a possessive: "the homes of the two martyrs' families" counts no one killed there.)
    /// "resulted in 20 martyrs and 66 wounded", "the raid left 12 dead": the dead counted by a noun (state media
    /// and casualty updates), not "30 dead and injured" (one count for both).
    static let deadNoun = Rx(#"(?<!\d[,.])\b(?:\#(hedge)\s+)?(\#(number))\s+(?:martyrs|dead)\b(?!['’]|\s+(?:and|or)\s+(?:injured|wounded|hurt))"#, anchors: ["martyrs", "dead"])
    /// "causing material damage only", "the damage was limited to material losses": nobody hurt (0 and 0), as
    /// Arab state media and local monitors say it.
    static let materialOnly = Rx(#"\bmaterial (?:damage|losses)\s+only\b|\bonly (?:caus(?:ed|ing)\s+|result(?:ed|ing) in\s+)?material (?:damage|losses)\b|\b(?:damage|losses) (?:was|were) (?:limited|confined) to (?:material|property)\b"#, anchors: ["material"])
    /// "killing at least 50 people in the two cities", "were killed in both attacks": one toll of several events told
    /// together, no figure of any one of them ("in the two blasts" may be a double bombing's, one event).
    static let combinedToll = Rx(#"^(?:\s+[\w-]+){0,2}?\s+in\s+(?:the\s+(?:two|three|four|five)|both|all\s+(?:the\s+)?(?:two|three|four|five))(?:\s+[\w-]+)?\s+(?:cities|towns|attacks|incidents|places|provinces|villages|districts|areas|regions|governorates)\b"#, anchors: [" in "])
    static func combinedAfter(_ ns: NSString, _ end: Int) -> Bool {
        end < ns.length && combinedToll.test(ns, window: NSRange(location: end, length: min(60, ns.length - end)))
    }
    /// "30 dead and injured", "were killed or wounded": one count for both, so neither figure.
    static let bothAfter = Rx(#"^\s+(?:and|or)\s+(?:injured|wounded|hurt)\b"#, anchors: ["and", "or"])

    /// "claimed the lives of 12 civilians", "resulted in the deaths of four fighters", "caused the death of a guard",
    /// "documented the deaths of at least 170 soldiers": the event's own result (not "in response to the deaths of …",
    /// which is another event's).
    static let livesOf = Rx(#"\b(?:claim(?:ed|ing|s)?|cost|costing|caus(?:ed|ing|es)|result(?:ed|ing|s)? in|le(?:d|ading) to|leaving|document(?:ed|ing|s)?|record(?:ed|ing|s)?|confirm(?:ed|ing|s)?|count(?:ed|ing|s)?)\s+(?:the\s+)?(?:lives|deaths?|martyrdom)\s+of\s+(?:\#(hedge)\s+)?(\#(number))\b"#, anchors: ["lives of", "death of", "deaths of", "martyrdom of"])
    /// "resulted in the injury of three civilians", "led to the wounding of 2 soldiers" (state-media wording).
    static let injuryOf = Rx(#"\b(?:caus(?:ed|ing|es)|result(?:ed|ing|s)? in|le(?:d|ading) to)\s+(?:[^.;]{0,120}?\s)?(?:the\s+)?(?:injury|injuries|injuring|wounding)\s+of\s+(?:\#(hedge)\s+)?(\#(number))\b"#, anchors: ["injury of", "injuries of", "injuring of", "wounding of"])
    /// "more than 110 people had been taken to hospitals in Lahore", "145 people have been hospitalized": the people a
    /// sentence sends to hospital are its wounded when it counts none otherwise ("eight of the injured were taken to
    /// hospital" is a part of a count told before, so not one).
    static let hospitalised = Rx(#"(?<!\bof\s)(?<!\bof\sthe\s)\b(?:\#(hedge)\s+)?(\#(number))\s+(?:(?:more|other|injured|wounded)\s+)?(?:people|persons|others|civilians|victims|pilgrims|worshipp?ers|passengers|students|children|spectators|soldiers|policemen|officers)\s+(?:(?:had|have|has)\s+been|were|are|were\s+being|are\s+being)\s+(?:(?:taken|rushed|admitted|transferred|evacuated|brought)\s+(?:[\w'’-]+\s+){0,5}?hospitals?|hospitali[sz]ed)\b"#, anchors: ["hospital"])
    /// "resulted in the destruction of the hideout and the killing of four terrorists": a result clause naming the dead.
    /// Also "ending with the death of four of the cell's members", "ended in the killing of two gunmen".
    static let killingOf = Rx(#"\b(?:resulted in|resulting in|led to|leading to|caused|causing|end(?:ed|ing|s)? (?:with|in))\b[^.;]{0,60}?\bthe (?:killing|deaths?|martyrdom) of (?:\#(hedge)\s+)?(\#(number))\b"#, anchors: ["killing of", "death of", "deaths of", "martyrdom of"])
    /// "Gunmen shot dead prominent activist Ihab al-Wazni", "gunned down two policemen": a shooting verb with its victims.
    /// Also "assassinated a member of the council", "assassinating Sheikh X": a targeted killing of the one named.
    static let shotDead = Rx(#"\b(?:shot dead|gunned down|shot and killed|(?:stabbed|shot|hacked|beaten) to death|assassinated|assassinating)\s+((?:[\w'’-]+\s+){0,5}?)(?=[A-Z]|(?:\#(hedge)\s+)?(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten))(?:(?:\#(hedge)\s+)?(\#(number))\b)?"#, caseInsensitive: false, anchors: ["shot dead", "gunned down", "shot and killed", "to death", "assassinat"])

    /// A toll over a span ("the death toll this year to 200", "the toll of the war"): many events, not this one.
    static let spanToll = Rx(#"\b(?:this|last|so far this|for the|in the past)\s+(?:year|month|week)\b|\bof the (?:[\w-]+\s+)?(?:war|conflict|fighting|offensive|campaign|aggression)\b|\bsince (?:the\s+)?(?:[\w-]+\s+){0,3}?(?:began|started|erupted|broke out|flared)\b|\bcumulative\b|\bsince (?:\d{1,2}\s+)?(?:the start|the beginning|January|February|March|April|May|June|July|August|September|October|November|December|19\d\d|20\d\d)"#)

    static let woundStems = ["wound", "injur", "hurt"].map { Array($0.utf8) }
    static let materialStem = Array("material".utf8)
    static let killStems = WordList(["kill", "dead", "die", "slain", "death", "martyr", "perish", "lives", "life", "assassin", "murdered", "massacred", "slaughtered", "shahada"])
    static let stems = ["kill", "massacr", "slaughter", "murder", "dead", "die", "wound", "injur", "hurt", "casualt", "death", "slain", "fatalit", "life", "lives", "martyr", "shahada", "perish", "toll", "gunned", "assassin", "murdered", "safe", "unharmed", "harmed", "accounted for", "human", "hospital"].map { Array($0.utf8) }

    static let illnessAfter = Rx(#"^\s+(?:of|from)\s+(?:an?\s+)?(?:apparent\s+|suspected\s+|sudden\s+)?(?:heart attack|cardiac arrest|stroke|natural causes|illness|disease|covid)"#)

    static func read(_ ns: NSString) -> Casualties {
        var c = Casualties()
        // The regex helpers' folded units (the patterns below read the same `RxText`): the stems are ASCII, so they
        // occur there exactly where they occur in the UTF-8 bytes.
        let folded = RxText.of(ns).folded
        if folded.has(materialStem), materialOnly.test(ns) { c.killed = 0; c.wounded = 0 }
        guard folded.hasAny(stems) else { return c }
        let lower = ns
        if zeroUnreported.test(lower) { /* no figure either way */ }
        else if zeroAll.test(lower) { c.killed = 0; c.wounded = 0 }
        if c.killed == nil, c.wounded == nil, zeroUS.test(lower) { c.noUSCasualties = true }
        if zeroKilled.test(lower) { c.killed = 0 }
        // "The only person killed was the attacker himself", "the only fatality was the bomber": one dead.
        if c.killed == nil, onlyOneKilled.test(lower) { c.killed = 1 }
        if zeroWounded.test(lower) { c.wounded = 0 }
        if zeroHurt.test(lower) { c.wounded = c.wounded ?? 0; c.killed = c.killed ?? 0 }

        // "causing minor injuries to four service members"
        for m in injuriesTo.matches(lower) {
            if let t = m.group(1, in: lower), !isVague(t), let n = DateWords.number(t) { c.wounded = add(c.wounded, n) }
        }
        var claimed: [NSRange] = []
        for m in active.matches(lower) {
            guard let verb = m.group(1, in: lower)?.asciiLower, let numText = m.group(2, in: lower) else { continue }
            guard let n0 = numText.asciiLower == "another" ? 1 : DateWords.number(numText), !isVague(numText) else { claimed.append(m.range); continue }
            // "wished the injured a swift recovery": after "the" the casualty word is a noun, and "a" no count of it.
            if ["a", "an"].contains(numText.asciiLower), let prev = Words.of(lower.sub(NSRange(location: max(0, m.range.location - 8), length: m.range.location - max(0, m.range.location - 8)))).last,
               ["the", "those"].contains(prev) { claimed.append(m.range); continue }
            // "killing two police officers and himself": the bomber whose death the sentence states counts too.
            let selfToo = verb.hasPrefix("kill") && bomberSelfAfter.test(lower.sub(from: m.range.location + m.range.length) as NSString) ? 1 : 0
            let n = n0 + selfToo + addendumCount(lower, after: m.range.location + m.range.length - (m.has(3) ? (m.group(3, in: lower)! as NSString).length : 0))
            let tail = m.group(3, in: lower)?.trimmingCharacters(in: .whitespaces)
            let after = m.range.location + m.range.length
            if tail != nil, bothAfter.test(lower.sub(from: after) as NSString) { claimed.append(m.range); continue }
            if combinedAfter(lower, after) { claimed.append(m.range); continue }
            if verb == "left" {
                // "has left five people martyred and 22 injured" (Turkish and Iranian state media).
                if tail == "dead" || tail == "martyred" { c.killed = add(c.killed, n) } else if tail == "injured" || tail == "wounded" { c.wounded = add(c.wounded, n) } else { continue }
            } else if verb.hasPrefix("kill") || verb.hasPrefix("martyr") || verb.hasPrefix("massacr") || verb.hasPrefix("slaughter") || verb.hasPrefix("murder") { c.killed = add(c.killed, n) }
            else { c.wounded = add(c.wounded, n) }
            claimed.append(m.range)
        }
        // "wounding the Iraqi driver", "killing its pilot": one person named by a determiner and a singular noun.
        for m in onePersonObject.matches(lower) {
            guard let verb = m.group(1, in: lower)?.asciiLower, !claimed.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) else { continue }
            if verb.hasPrefix("kill") { if c.killed == nil { c.killed = 1 } } else if c.wounded == nil { c.wounded = 1 }
            claimed.append(m.range)
        }
        var lastKillEnd: Int? // where the last passive killing clause ended
        for m in passiveVerb.matches(lower) {
            if claimed.contains(where: { NSIntersectionRange($0, m.range).length > 0 }) { continue }
            let verb = lower.sub(m.range)
            // "one of the wounded", "among the dead": the casualty word is a noun there, not a verb; "paramedics treat a
            // wounded soldier": an adjective (a count is told with a verb: "a soldier was wounded").
            if !verb.plainContains(" "), let prev = Words.of(lower.sub(NSRange(location: max(0, m.range.location - 12), length: m.range.location - max(0, m.range.location - 12)))).last,
               ["the", "of", "a", "an"].contains(prev) { continue }
            // "were killed or wounded", "dead and injured": a count of both.
            if bothAfter.test(lower.sub(from: m.range.location + m.range.length) as NSString) { continue }
            if combinedAfter(lower, m.range.location + m.range.length) { continue }
            // "Three people wounded in last Saturday's explosion … died in hospital": the wounded who died since are dead,
            // not wounded.
            if !verb.plainContains(" "), woundedThenDied.test(lower, window: NSRange(location: m.range.location, length: min(120, lower.length - m.range.location))) { continue }
            // (A Foundation regex compiled per call cost more.) Lower-cased first: a headline in title case says "Over 70 Killed".
            let isKill = Folded(bytes: Array(verb.asciiLower.utf8)).hasAny(killStems)
            // "A contractor died of an apparent heart attack while sheltering": a death from illness is no casualty.
            if isKill, illnessAfter.test(lower, window: NSRange(location: m.range.location + m.range.length, length: min(40, lower.length - m.range.location - m.range.length))) { continue }
            // (Only a verb with its auxiliary closes a subject's relative clause: "who had driven … were beaten to death", not
            // "who was off duty … exchanged fire with them and killed both attackers".)
            let auxiliary = ["were", "was", "have", "has", "had"].contains(Words.of(verb).first ?? "")
            guard let n0 = countBefore(lower, at: m.range.location, skippingRelativeClause: auxiliary) ?? singularSubject(lower, verb: m.range) else { continue }
            let n = n0 + addendumCount(lower, after: m.range.location + m.range.length) + namedBesideOthers(lower, count: n0, before: m.range.location)
            // "killing four troops; two attackers also died": "also" adds the figure to the one already read; so does
            // "At least 14 others were killed with him" to the man named before.
            let also = Words.of(verb).contains("also")
                || withHimAfter.test(lower.sub(from: m.range.location + m.range.length) as NSString)
                && othersBefore.test(lower, window: NSRange(location: max(0, m.range.location - 90), length: min(90, m.range.location)))
            if isKill {
                if also, let k = c.killed, k > 0 { c.killed = k + n } else if also, c.killed == nil { c.killed = n; c.killedIsAddition = true }
                // "the three attackers were shot dead": the attackers' own dead add to their victims' (a toll of the
                // event counts both sides), unless the sentence counts them among others ("including the gunmen").
                else if c.killed == nil, attackersBefore(lower, at: m.range.location), !folded.has("including") {
                    // ("One of the attackers was shot dead …; police said he is among the dead": already counted, no figure.)
                    // ("The terrorist was killed in the blast": the bomber who set it off, whom tolls leave out.)
                    if !folded.has("among the dead"), !folded.has("among those killed"),
                       !(n == 1 && ownBlastAfter.test(lower.sub(from: m.range.location + m.range.length) as NSString)) {
                        c.killed = n; c.killedIsAddition = true; c.killedAreAttackers = true
                    }
                }
                // "An officer was killed and seven militants were shot dead", "two security men were martyred and two of
                // the wanted men were killed": two sides' dead, each told with its own verb, add up.
                else if let k = c.killed, k > 0, let e = lastKillEnd, Self.otherSideAfter.test(lower, window: NSRange(location: e, length: m.range.location - e)) { c.killed = k + n }
                else { c.killed = add(c.killed, n) }
                lastKillEnd = m.range.location + m.range.length
            } else {
                if also, let w = c.wounded, w > 0 { c.wounded = w + n } else if also, c.wounded == nil { c.wounded = n; c.woundedIsAddition = true } else { c.wounded = add(c.wounded, n) }
            }
        }
        if c.killed == nil, let m = deadNoun.first(lower), let t = m.group(1, in: lower), !isVague(t),
           t.asciiLower != "a", t.asciiLower != "an", let n = DateWords.number(t), n > 0 {
            c.killed = n
        }
        if c.killed == nil, diedOfWounds.test(lower) { c.killed = 1 }
        // "Twenty-five bodies have so far been recovered", "rescuers pulled 12 bodies from the rubble": the dead counted
        // by their bodies.
        if c.killed == nil, let m = bodiesFound.first(lower), let t = m.group(1, in: lower) ?? m.group(2, in: lower), !isVague(t),
           !["a", "an", "another"].contains(t.asciiLower), let n = DateWords.number(t), n > 0 {
            c.killed = n
            // ("Two more bodies were found on Saturday": more dead besides those counted.)
            c.killedIsAddition = Self.moreBodies.test(lower, window: m.range)
        }
        // "two of the wounded, the assistant coach and the press officer, had died": dead added to those counted before.
        // ("The toll rose to 21 after four of the injured died": a running total already counts them.)
        if c.killed == nil, let m = woundedDied.first(lower), let t = m.group(1, in: lower), let n = DateWords.number(t.asciiLower), n > 0,
           !deathToll.test(lower), !raisedToll.test(lower), !numberOf.test(lower) {
            c.killed = n; c.killedIsAddition = true
        }
        if c.killed == nil, killedRank.test(lower) {
            let m = killedRank.first(lower)
            c.killed = namedVictims(lower) ?? 1 + (m.map { addendumCount(lower, after: $0.range.location + $0.range.length) } ?? 0)
        }
        // "the number of martyrs reached 74 … and the number of wounded reached 120": each running total in turn
        // ("Since 8 October, the number of martyrs of the aggression has reached 1,640" is a war's, no event's).
        for m in numberOf.matches(lower) where !spanToll.test(lower, slice: 0, m.range.location + m.range.length) {
            guard let kind = m.group(1, in: lower)?.asciiLower, let t = m.group(2, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 else { continue }
            if ["killed", "dead", "deaths", "fatalities", "martyrs", "died", "lost their lives"].contains(kind) { c.killed = max(c.killed ?? 0, n); c.killedIsTotal = true }
            else if kind != "casualties" { c.wounded = max(c.wounded ?? 0, n); c.woundedIsTotal = true }
        }
        if let m = numberPutAt.first(lower) {
            let kind = (m.group(1, in: lower) ?? m.group(3, in: lower) ?? "killed").asciiLower
            if let t = m.group(2, in: lower) ?? m.group(4, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 {
                if ["killed", "dead", "deaths", "fatalities"].contains(kind) { c.killed = max(c.killed ?? 0, n); c.killedIsTotal = true }
                else { c.wounded = max(c.wounded ?? 0, n) }
            }
        }
        for m in suffered.matches(lower) {
            if let n = countBefore(lower, at: m.range.location) { c.wounded = add(c.wounded, n) }
        }
        if let m = livesOf.first(lower), let t = m.group(1, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 {
            c.killed = max(c.killed ?? 0, n + addendumCount(lower, after: m.range.location + m.range.length))
        }
        if c.wounded == nil, let m = injuryOf.first(lower), let t = m.group(1, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 {
            c.wounded = n
        }
        if c.wounded == nil, let m = hospitalised.first(lower), let t = m.group(1, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 {
            c.wounded = n
        }
        // "resulted in the martyrdom of one officer with the rank of captain and four soldiers": those added after count too.
        if c.killed == nil, let m = killingOf.first(lower), let t = m.group(1, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 {
            c.killed = n + addendumCount(lower, after: m.range.location + m.range.length)
        }
        if c.killed == nil, let m = shotDead.first(lower) {
            let lead = (m.group(1, in: lower) ?? "").split(separator: " ")
            if let t = m.group(2, in: lower) {
                if !isVague(t), let n = DateWords.number(t) { c.killed = n + addendumCount(lower, after: m.range.location + m.range.length) }
            } else if !lead.contains(where: { $0.first?.isLowercase == true && $0.hasSuffix("s") && !$0.hasSuffix("ss") }) {
                // A name after singular words ("prominent activist Ihab al-Wazni"); not "Iraqi protesters".
                let after = lower.sub(NSRange(location: m.range.location + m.range.length, length: min(40, lower.length - m.range.location - m.range.length)))
                let next = after.split(separator: " ").prefix(2)
                if !next.contains(where: { $0.first?.isLowercase == true && $0.hasSuffix("s") && !$0.hasSuffix("ss") }) {
                    c.killed = 1 + addendumCount(lower, after: m.range.location + m.range.length)
                }
            }
        }
        if c.killed == nil, let n = namedVictims(lower) { c.killed = n }
        // "raised the toll of injured to 30": a toll of the wounded is not the dead.
        let raised = raisedToll.first(lower).flatMap { m in Folded(lower.sub(m.range)).hasAny(woundStems) ? nil : m }
        if let m = deathToll.first(lower) ?? raised ?? listedToll.first(lower), !spanToll.test(lower, window: m.range), let t = m.group(1, in: lower), !isVague(t), let n = DateWords.number(t), n > 0 {
            c.killed = max(c.killed ?? 0, n); c.killedIsTotal = true
        }
        return c
    }

    static let bodiesFound = Rx(#"\b(?:\#(hedge)\s+)?(\#(number))\s+(?:charred\s+|burnt\s+|burned\s+|more\s+)?bodies\s+(?:(?:have|had|has)\s+)?(?:(?:so far|now|since|later|also)\s+)?(?:been\s+|were\s+)?(?:recovered|found|retrieved|pulled|removed|brought|taken|collected|counted)\b|\b(?:recovered|found|retrieved|pulled|removed|collected|counted)\s+(?:\#(hedge)\s+)?(\#(number))\s+(?:charred\s+|burnt\s+|burned\s+|more\s+)?bodies\b"#,
                                anchors: ["bodies"])
    static let moreBodies = Rx(#"\bmore\s+bodies\b"#, anchors: ["more"])
    static let bomberSelfAfter = Rx(#"^(?:\s+[\w'’-]+){0,4}?\s+and\s+(?:himself|herself)\b"#, anchors: ["himself", "herself"])
    static let withHimAfter = Rx(#"^\s+(?:along\s+)?with\s+(?:him|her)\b"#, anchors: ["with"])
    static let othersBefore = Rx(#"\bothers\b[^.;]*$"#, anchors: ["others"])

    /// "killing Wissam al-Tawil, a senior commander", "the strike killed Hezbollah commander Abu Ali and another
    /// fighter", "which killed him and six others": an active killing verb whose object is one person named (or
    /// "him"/"her"), plus those added after it. Not a group named by its people ("killed Islamic State militants",
    /// "killing Iraqi police"), a day ("were killed Monday") or a place ("killed in Baghdad").
    static let killedObject = Rx(#"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)(?<!\bare\s)(?<!\bis\s)\b(?:killed|killing|kills|kill|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|assassinated|assassinating)\s+((?:[a-z][\w'’-]*\s+){0,3}?)((?:him|her)\b|[A-Z])"#, caseInsensitive: false, anchors: ["kill", "dead", "down", "assassinat"])
    static let objectLeadWords: Set<String> = ["a", "the", "senior", "top", "prominent", "local", "veteran", "leading", "key", "high-ranking", "mid-level",
                                              "commander", "leader", "official", "chief", "head", "member", "deputy", "militant", "fighter", "activist",
                                              "journalist", "cleric", "officer", "field", "military", "security", "former", "notorious", "wanted"]
    static let pluralPeople: Set<String> = ["people", "police", "policemen", "personnel", "children", "men", "women", "staff", "troops", "servicemen",
                                           "gunmen", "militiamen", "tribesmen", "youths", "civilians", "crew", "forces", "members", "family"]
    static let peoples: Set<String> = ["iraqis", "israelis", "kuwaitis", "saudis", "yemenis", "emiratis", "pakistanis", "afghans", "kurds", "turks",
                                      "yazidis", "shiites", "shias", "sunnis", "alawites", "jews", "arabs", "omanis", "qataris", "druze", "lebanese"]
    static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "bint", "abu", "umm", "abd", "abdul", "ould", "de", "van", "von", "of"]
    static let notNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                                       "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday"]

    /// The count added after a named victim, read past an appositive ("X, a senior commander, and another man").
    static func addedPast(_ ns: NSString, from: Int) -> Int {
        addendumCount(ns.sub(from: from).replacingOccurrences(of: ",", with: " ") as NSString, after: 0)
    }

    static func namedVictims(_ ns: NSString) -> Int? {
        for m in killedObject.matches(ns) {
            let lead = (m.group(1, in: ns) ?? "").split(separator: " ").map { String($0).asciiLower }
            guard lead.allSatisfy(objectLeadWords.contains) else { continue }
            let startName = m.range(at: 2).location
            if m.group(2, in: ns).map({ $0 == "him" || $0 == "her" }) == true {
                return 1 + addedPast(ns, from: startName + m.range(at: 2).length)
            }
            // The capitalised run of the name (with its particles), then what follows it; "X and Y" names two.
            let rest = ns.sub(from: startName)
            var names = 1, nameWords = 0, end = startName, notPerson = false, sawStop = false
            var offset = 0
            let words = rest.split(separator: " ", omittingEmptySubsequences: false).prefix(16).map(String.init)
            var k = 0
            while k < words.count {
                let raw = words[k]
                defer { offset += (raw as NSString).length + 1; k += 1 }
                let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()\"“”'’"))
                let lower = word.asciiLower
                let particle = nameParticles.contains(lower) || nameParticles.contains(where: { lower.hasPrefix($0 + "-") })
                if let f = word.unicodeScalars.first, CharacterSet.uppercaseLetters.contains(f) || particle && nameWords > 0 {
                    if nameWords == 0, notNames.contains(lower) { notPerson = true; break }
                    // "Iraqis", "Americans", "Palestinians": a people, not a person.
                    if lower.hasSuffix("ians") || lower.hasSuffix("eans") || lower.hasSuffix("cans") || peoples.contains(lower) { notPerson = true; break }
                    nameWords += 1
                    end = startName + offset + (raw as NSString).length
                    if raw.last.map({ ",.;:".contains($0) }) == true { sawStop = true; break }
                    continue
                }
                // "killed Abu Mahdi al-Muhandis and Qassem Soleimani": a second name.
                if lower == "and", nameWords > 0, k + 1 < words.count, let f = words[k + 1].unicodeScalars.first, CharacterSet.uppercaseLetters.contains(f),
                   !notNames.contains(words[k + 1].asciiLower) {
                    names += 1; nameWords = 0
                    continue
                }
                // The word after the name: a plural noun makes the capitals a modifier ("Hezbollah fighters").
                if pluralPeople.contains(lower) || lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") { notPerson = true }
                break
            }
            guard !notPerson, nameWords > 0 || sawStop else { continue }
            return names + addedPast(ns, from: end)
        }
        return nil
    }

    /// "Abu Taqwa, a senior commander, was killed": a singular passive whose subject is a name counts one
    /// (not after "no one", "nobody", "none", "not").
    static func singularSubject(_ ns: NSString, verb: NSRange) -> Int? {
        let v = Words.of(ns.sub(verb))
        guard v.first == "was" || v.starts(with: ["has", "been"]) else { return nil }
        let b0 = max(0, verb.location - 60)
        let before = Words.of(ns.sub(NSRange(location: b0, length: verb.location - b0))).suffix(6)
        guard let last = before.last, !["no", "one", "nobody", "none", "not", "who", "which", "that", "it", "what", "noone", "no-one", "anyone"].contains(last),
              !before.contains(where: { ["no", "nobody", "none", "not", "never"].contains($0) }) else { return nil }
        return 1
    }

    /// The count added by "and six other officers" / "along with another" right after a casualty phrase, up to the clause's end.
    static func addendumCount(_ ns: NSString, after end: Int) -> Int {
        guard end < ns.length else { return 0 }
        var stop = ns.length
        // The units as the regex helpers already hold them (`character(at:)` per unit is slow on Linux).
        let u = RxText.of(ns).original
        for i in end..<min(ns.length, end + 120) {
            let c = u[i]
            if c == 59 || c == 0x2014 { stop = i; break }
            // A full stop ends the clause unless it closes an abbreviation, as the sentence splitter reads them
            // ("wounded five U.S. service members and one additional U.S. contractor").
            if c == 46, i + 1 < ns.length, u[i + 1] == 32, !SentenceSplitter.isAbbreviation(u, dotAt: i) { stop = i; break }
        }
        var tail = ns.sub(NSRange(location: end, length: stop - end)) as NSString
        // "killing a police colonel, his driver and two passers-by": a companion set off by a comma inside the list is
        // one more, before those joined by "and".
        var listed = 0
        if let kin = listedKin.first(tail) {
            listed = 1
            tail = tail.sub(from: kin.range.location + kin.range.length) as NSString
        }
        guard let m = addendum.first(tail) ?? appositiveAddendum.first(tail), let t = m.group(1, in: tail) else {
            if listed > 0 { return listed }
            // "together with his wife and six children": the relative, then the count joined after it.
            guard let kin = kinAddendum.first(tail) else { return 0 }
            let rest = tail.sub(from: kin.range.location + kin.range.length) as NSString
            if let more = addendum.first(rest), more.range.location == 0, let u = more.group(1, in: rest) {
                let w = u.asciiLower
                return 1 + (w == "another" ? 1 : (DateWords.number(w) ?? 0))
            }
            return 1
        }
        let w = t.asciiLower
        return listed + (w == "another" || w == "a" || w == "an" ? 1 : (DateWords.number(w) ?? 0))
    }
    /// ", his driver" right after the first victim, when "and" or another comma goes on with the list (the comma may be
    /// gone: `addedPast` reads past an appositive without its commas).
    static let listedKin = Rx(#"^(?:\s+(?!and\b)[\w'’.-]+){0,7}?,?\s+(?:his|her)\s+(?:\w+\s+)?(?:son|daughter|brother|sister|nephew|niece|wife|husband|father|mother|cousin|uncle|child|driver|bodyguard|companion|aide|deputy|assistant|escort|guard)(?=,?\s+(?:and|along with|together with|as well as)\s)"#, anchors: ["his", "her"])

    /// Between two passive killing clauses: "and" and a new counted subject, with no verb of its own.
    static let otherSideAfter = Rx(#"^\s*,?\s*(?:and|while)\s+(?:\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*$"#, anchors: ["and", "while"])

    private static func add(_ a: Int?, _ b: Int) -> Int { (a ?? 0) == 0 ? b : max(a ?? 0, b) }

    private static func isVague(_ w: String) -> Bool { vagueCounts.contains(w) }
    private static let vagueCounts: Set<String> = ["several", "dozens", "scores", "hundreds", "many", "some"]

    /// Words that end the noun phrase before a casualty verb; hedges skipped before a count (built once).
    static let countStops: Set<String> = ["when", "after", "that", "which", "who", "said", "says", "in", "on", "at", "as", "while", "where",
                                     "by", "but", "than", "for", "with", "to", "if", "because", "had", "have", "has",
                                     "were", "was", "is", "are", "been", "killed", "martyred", "wounded", "injured", "hurt", "dead", "died", "no", "no-one", "noone", "nobody",
                                     // "20 martyrs and 66 wounded": the dead counted before are not the wounded.
                                     "martyrs", "deaths", "fatalities"]
    static let countHedges: Set<String> = ["least", "at", "many", "as", "up", "to", "more", "than", "over", "nearly", "almost", "about", "around", "some", "roughly"]

    /// "… was killed in the blast", "died in the explosion he set off": a lone attacker dead by his own bomb.
    static let ownBlastAfter = Rx(#"^\s+(?:in|by)\s+(?:the|his|her)\s+(?:own\s+)?(?:blast|explosion|bombing|detonation)\b"#)

    /// Nouns for the attackers themselves, whose own dead add to their victims'.
    static let attackerNouns: Set<String> = ["attackers", "attacker", "gunmen", "gunman", "assailants", "assailant", "bombers", "bomber", "shooters", "shooter", "hijackers",
                                             "perpetrator", "perpetrators", "stabber", "driver"]

    /// The noun just before a casualty verb names the attackers ("the three gunmen were killed", "both assailants died").
    static func attackersBefore(_ ns: NSString, at end: Int) -> Bool {
        let start = max(0, end - 30)
        let words = Words.of(ns.sub(NSRange(location: start, length: end - start)))
        guard let last = words.last else { return false }
        if attackerNouns.contains(last) { return true }
        // "all three terrorists killed", "the two militants were shot dead": armed men named back as a known group are
        // the attackers ("Four terrorists killed in airstrikes" counts the strikes' dead, no attackers).
        return armedMenNouns.contains(last) && words.dropLast().suffix(3).contains(where: { ["all", "both", "the"].contains($0) })
    }
    static let fractionWords: Set<String> = ["quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth", "tenths", "halves"]
    static let armedMenNouns: Set<String> = ["terrorists", "terrorist", "fidayeen", "militants", "militant", "insurgents"]

    /// Sums the counts of the noun phrase just before a passive casualty verb:
    /// "three children and two women were killed" → 5; "four fighters" → 4; nil when none is found.
    static func countBefore(_ ns: NSString, at end: Int, skippingRelativeClause: Bool = false) -> Int? {
        let start = max(0, end - 160)
        // An aside between the count and the verb ("16 people, including civilians, were killed") is skipped.
        var window = ns.sub(NSRange(location: start, length: end - start))
        if let aside = asides.matches(window as NSString).last {
            window = (window as NSString).replacingCharacters(in: aside.range, with: " ")
            // Asides may follow one another ("four soldiers, three women and one man, all officer cadets, were killed").
            for _ in 0..<2 {
                let w = window as NSString
                guard let more = asides.matches(w).last, more.range.location + more.range.length >= w.length - 1 else { break }
                window = w.replacingCharacters(in: more.range, with: " ")
            }
        }
        // "two Israeli soldiers who had driven into the city in a civilian car were beaten to death": a relative clause
        // between the count and its verb is skipped too.
        if skippingRelativeClause, let rel = relativeClauseAtEnd.first(window as NSString) {
            window = (window as NSString).replacingCharacters(in: rel.range, with: " ")
        }
        var tokens = window.split(whereSeparator: { $0 == " " }).map(String.init)
        // The same aside without commas ("five people including a nine-month-old baby were killed"): the count is the
        // whole's, before "including".
        if let inc = tokens.lastIndex(where: { $0.asciiLower == "including" }), inc > 0, tokens.count - inc <= 8,
           tokens[..<inc].suffix(4).contains(where: { DateWords.number($0.asciiLower.trimmedPunctuation) != nil }) {
            tokens = Array(tokens[..<inc])
        }
        // A clause boundary ends the noun phrase.
        // (Not an initialism's full stop: "Two U.S. soldiers were wounded".)
        if let cut = tokens.lastIndex(where: { $0.hasSuffix(",") || $0.hasSuffix(";") || $0.hasSuffix(":") || $0.hasSuffix(".") && !$0.dropLast().contains(".") }) {
            // keep "three children, two women and a man" lists: only cut when the token after is not a count
            let next = cut + 1 < tokens.count ? tokens[cut + 1].asciiLower : ""
            if DateWords.number(next) == nil { tokens = Array(tokens[(cut + 1)...]) }
        }
        let words = tokens.map { $0.asciiLower.trimmedPunctuation }
        // "Three Chinese citizens were among the people killed", "Three Chinese among dead": a part of the dead, not the
        // event's count.
        if let a = words.suffix(4).lastIndex(of: "among"), a + 1 == words.count || ["the", "those"].contains(words[a + 1]) { return nil }
        // "None of the 25 crew … were hurt": the count is of those spared.
        if let n = words.suffix(8).lastIndex(where: { $0 == "none" || $0 == "neither" }), n + 1 < words.count, words[n + 1] == "of" { return nil }
        let stops = countStops, hedges = countHedges
        var total = 0
        var found = false
        var sinceNumber = 0
        // Where the last "and" joined two parts of the noun phrase (after a count was read), and a person counted by
        // a possessive part with no count ("a journalist and his driver").
        var andAt: Int? = nil
        var pending = 0
        let ofNear = words.suffix(7).contains("of") || words.suffix(7).contains("from")
        var i = words.count - 1
        while i >= 0 {
            let t = words[i]
            if t.isEmpty { i -= 1; continue }
            // "a grandmother and her three granddaughters", "a commander and three of his guards": a singular part
            // joined by "and" to a counted one is one more person when it names a person.
            // ("the sheikh and two of his bodyguards": a definite singular person too.)
            if found, let a = andAt, singularDeterminers.contains(t) || t == "the" && a - i <= 3 {
                if words[(i + 1)..<a].contains(where: personNouns.contains) { total += 1; break }
                // ("a senior commander of the group and three of his guards": "the" inside the part reads on.)
                if t != "the" { break }
            }
            if t == "dozen", i > 0, words[i - 1] == "a" {
                let half = i > 1 && words[i - 2] == "half"
                total += half ? 6 : 12; found = true; sinceNumber = 0; i -= half ? 3 : 2; continue
            }
            // "A man and his wife from a nearby community were wounded": the article of a place after "from" counts no one.
            if !found, t == "a" || t == "an", i > 0, ["from", "of", "near", "outside", "inside"].contains(words[i - 1]),
               !personNouns.contains(words[min(i + 1, words.count - 1)]) {
                sinceNumber = 0; i -= 2; continue
            }
            // "at least 24 fighters from both sides killed": the sides are no count of the dead.
            if !found, t == "both", i + 1 < words.count, ["sides", "parties", "camps", "forces"].contains(words[i + 1]) { sinceNumber += 1; i -= 1; continue }
            if var n = DateWords.number(t) {
                if isVague(t) { return found ? total : nil }
                // "three quarters of them were killed": a fraction of a count told elsewhere.
                // ("a third assailant also died": an ordinal, counted as ever.)
                if i + 1 < words.count, Self.fractionWords.contains(words[i + 1]),
                   words[i + 1].hasSuffix("s") || i + 2 < words.count && words[i + 2] == "of" { return found ? total : nil }
                // "a number of others were injured", "a handful of people": no count.
                if t == "a", i + 1 < words.count, Self.vagueAfterA.contains(words[i + 1]) { return found ? total : nil }
                // "nine hundred people", "two thousand": the count is the number times its scale word.
                if i + 1 < words.count, let scale = Self.scales[words[i + 1]] { n *= scale }
                if t == "one", i > 0, words[i - 1] == "no" { return found ? total : nil }
                if (t == "a" || t == "an") && found { break }
                // "four members of one family": the count is the one before "of", not the family's.
                let ofAt = i > 1 && ["a", "an", "the"].contains(words[i - 1]) ? i - 2 : i - 1
                if !found, ofAt > 0, words[ofAt] == "of",
                   let j = (max(0, ofAt - 3)..<ofAt).reversed().first(where: { DateWords.number(words[$0]) != nil && !["a", "an"].contains(words[$0]) }),
                   !isVague(words[j]), let outer = DateWords.number(words[j]) {
                    return outer
                }
                // ("the toll has risen to 18, including three attackers, and 55 others were wounded": a toll's figure is no
                // part of the wounded counted after it.)
                if found, i > 0, ["to", "at"].contains(words[i - 1]) { break }
                total += n; found = true; sinceNumber = 0
                i -= 1
                while i >= 0, hedges.contains(words[i]) { i -= 1 }
                if i >= 0, possessives.contains(words[i]) { i -= 1 }
                if i >= 0, words[i] == "and" { andAt = i; i -= 1; continue }
                if i >= 0, tokens[i].hasSuffix(","), DateWords.number(words[i]) == nil { break }
                break
            }
            if stops.contains(t) { break }
            if t == "and" {
                // "and his driver" before the verb, no count yet: one person, counted once a count is found before.
                // "fifteen jawans … and the driver of their vehicle": "the" and a person too; the counted part begins anew.
                if !found, pending == 0, i + 2 < words.count, possessives.contains(words[i + 1]) || words[i + 1] == "the",
                   personNouns.contains(words[i + 2]) || possessives.contains(words[i + 1]) && words[(i + 2)...].contains(where: personNouns.contains) {
                    pending = 1; sinceNumber = 0
                }
                i -= 1; continue
            }
            // "a 76-year-old woman and her 40-year-old son": an age is part of the noun, not a word that takes it further.
            // (An article takes the noun no further: "fifteen jawans of the Quick Response Team".)
            if t.hasSuffix("-old") || t == "the" { i -= 1; continue }
            // "Five District Reserve Guard (DRG) personnel": a capitalised name of several words, and its acronym in
            // brackets, take the noun no further than one word does.
            let raw = tokens[i]
            if raw.hasPrefix("("), raw.hasSuffix(")") { i -= 1; continue }
            if raw.first?.isUppercase == true, i + 1 < tokens.count, tokens[i + 1].drop(while: { $0 == "(" }).first?.isUppercase == true { i -= 1; continue }
            sinceNumber += 1
            // "seven members of the prime minister's security detail": an "of" phrase may carry the noun further.
            if sinceNumber > (ofNear ? 7 : 4) { break }
            i -= 1
        }
        return found ? total + pending : nil
    }

    /// "Gamini Dissanayake, and 53 other people were killed", "the governor and 12 others died": the person named before
    /// "and N others" is one more dead (1), when N is the whole count read (0 otherwise).
    static func namedBesideOthers(_ ns: NSString, count: Int, before end: Int) -> Int {
        let b0 = max(0, end - 120)
        guard let m = namedAndOthers.first(ns, in: NSRange(location: b0, length: end - b0)),
              let name = m.group(1, in: ns), let n = m.group(2, in: ns).flatMap(DateWords.number), n == count else { return 0 }
        let word = name.asciiLower
        // ("killed in Kandy on Sunday, and 12 others were wounded": a place or a day closing another clause names no one.)
        let prev = Words.of(ns.slice(m.range.location - 16, m.range.location)).last ?? ""
        if placeOrTimeWords.contains(prev) || DateWords.weekday(word) != nil || DateWords.month(word) != nil { return 0 }
        // (A capitalised word that is a plural or a people, "Two Americans and 12 others", is a count of its own.)
        if name.first?.isUppercase == true, !word.hasSuffix("s") || personNouns.contains(word) { return 1 }
        return personNouns.contains(word) || officeNouns.contains(word) ? 1 : 0
    }
    static let placeOrTimeWords: Set<String> = ["on", "in", "at", "near", "from", "to", "of", "by", "since", "during", "outside", "inside", "into"]
    static let officeNouns: Set<String> = ["governor", "minister", "president", "candidate", "chairman", "chief", "deputy", "mp", "senator",
                                           "ambassador", "consul", "prefect", "lawmaker", "legislator", "head", "bishop", "priest", "rabbi"]
    static let namedAndOthers = Rx(#"\b([\w'’.-]+),?\s+and\s+(?:\#(hedge)\s+)?(\d{1,4}|\#(compoundNumber)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))\s+(?:others|other\s+(?:people|persons|passengers|civilians|victims|guests|worshippers|soldiers|policemen))\s+(?:(?:were|have been|had been|are)\s+)?(?:(?:also|reportedly)\s+)?$"#,
                                   caseInsensitive: false, anchors: ["other"])

    static let woundedThenDied = Rx(#"^(?:wounded|injured|hurt)\s+(?:in|during|by)\b[^.;,]{0,90}?\b(?:died|have died|has died|had died|succumbed)\b"#)
    static let relativeClauseAtEnd = Rx(#"\s+(?:who|that)\s+(?:had|have|has|were|was)\s+(?!been\b)[^,;.]{1,80}$"#, anchors: ["who", "that"])
    static let scales: [String: Int] = ["hundred": 100, "thousand": 1000]
    static let vagueAfterA: Set<String> = ["number", "handful", "host", "lot", "few", "series", "range", "variety", "group", "crowd"]
    static let possessives: Set<String> = ["his", "her", "their"]
    static let singularDeterminers: Set<String> = ["a", "an", "another", "his", "her", "their"]
    /// Singular nouns for one person, the heads a counted noun phrase joins with "and" ("a woman and her two children").
    static let personNouns: Set<String> = [
        "man", "woman", "child", "boy", "girl", "baby", "infant", "teenager", "toddler", "person", "civilian", "resident",
        "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "grandmother", "grandfather",
        "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "relative",
        "soldier", "officer", "policeman", "policewoman", "guard", "bodyguard", "fighter", "militant", "gunman",
        "attacker", "bomber", "member", "commander", "leader", "official", "contractor", "worker", "employee",
        "journalist", "reporter", "photographer", "cameraman", "driver", "pilot", "doctor", "nurse", "paramedic",
        "medic", "teacher", "student", "farmer", "shepherd", "passenger", "tourist", "volunteer", "engineer",
        "interpreter", "translator", "colonel", "lieutenant", "sergeant", "captain", "major", "general", "brigadier",
        "corporal", "private", "sheikh", "imam", "cleric", "mayor", "judge", "activist", "lawyer", "trader",
        "merchant", "security", "servicemember", "serviceman", "servicewoman", "marine", "sailor", "airman",
        "operative", "deputy", "aide", "companion", "escort", "assistant", "elder", "chief", "head", "spokesman",
        // ("a Saudi citizen and a Yemeni resident", "a British national and two Iraqis")
        "citizen", "national", "villager", "pedestrian", "bystander", "passer-by", "passerby", "labourer", "laborer",
        "shopkeeper", "vendor", "pilgrim", "worshipper", "fisherman", "herder", "youth", "priest", "monk", "nun",
        "customer", "migrant", "refugee",
    ]
}
