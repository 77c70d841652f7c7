import Foundation

/// A village, sub-district or site the gazetteer lacks, named in the sentence that places an event only coarsely:
/// "in the Al-Abbara sub-district, north of Baquba in Diyala governorate", "near the village of al-Shola, south of
/// Deir ez-Zor city", "a drone strike on the Arbat airfield". Coders record the named place; without its
/// coordinates the incident keeps the enclosing division's position and says so with an `admin1`/`country` precision.
enum UnlistedPlace {
    /// A place name of one or two capitalised words, with an Arabic article: "Al-Rawdha", "Bab Touma", "Qassa'a".
    private static let nameWords = firstNameWord + "(?:" + laterNameWord + ")?"
    /// ("St John's Catholic church", "Saint Thomas Syriac church": a saint's title belongs to the name.)
    private static let firstNameWord = #"(?:(?:St\.?|Ste\.?|Saint|Sainte)\s+(?=[A-Z][\p{L}’'-]{2,}))?(?:(?:al|Al|el|El|as|As|ash|Ash|ad|Ad|ar|Ar|at|At|az|Az)[-‑])?[A-Z][\p{L}’'-]{2,}"#
    /// ("Santo Domingo de Acobamba": a Spanish or Portuguese particle joins the words of one name.)
    private static let laterNameWord = #"\s+(?:(?:al|Al|el|El)-|(?:de|del|de la|da|do|dos)\s+)?[A-Z][\p{L}’'-]{2,}"#
    private static let name = "(" + nameWords + ")"
    /// After a place noun a name may run to three words ("the town of Khan Bani Saad", "the village of Tell Abu Hassan").
    private static let longName = "(" + firstNameWord + "(?:" + laterNameWord + "){0,2})"
    /// "the village of X", "X's sub-district" is not used; "the town of X", "the city of X", "the X area", "the settlement of X"
    /// (West Bank settlements and kibbutzim are as small as villages and as often missing from city lists; so are the
    /// municipalities of Latin America, the communes of the Sahel and the stanitsas of the North Caucasus; "ambushed in the
    /// orchards of Ansariya" places it in the village the orchards belong to; "the main federal base at Khankala" in the
    /// place the base is named after).
    static let ofForm = Rx(#"\b(?:(?:base|camp|garrison|barracks|airfield)\s+at\s+|(?:village|town|city|hamlet|sub-?district|subdistrict|district|locality|neighbou?rhood|settlement|kibbutz|moshav|island|community|municipality|commune|township|stanitsa|orchards|groves|farms|outskirts)\s+of\s+)"# + longName,
                           caseInsensitive: false, anchors: ["village", "town", "city", "hamlet", "district", "locality", "neighbo", "settlement", "kibbutz", "moshav", "island", "community",
                                                             "municipality", "commune", "township", "stanitsa", "orchards", "groves", "farms", "outskirts",
                                                             "base at", "camp at", "garrison at", "barracks at", "airfield at"])
    /// "the position at Point Triple, in the commune of Karimama": an administrative unit named after a place holds it
    /// (not "attacked on Tuesday, in the hamlet of Playa Rica": a settlement is where it happened).
    static func enclosingUnit(_ r: NSRange, _ ns: NSString) -> Bool {
        guard adminUnits.contains(Words.of(ns.sub(r), limit: 1).first ?? "") else { return false }
        return enclosingUnitBefore.test(ns, slice: r.location - 40, r.location)
    }
    static let adminUnits: Set<String> = ["municipality", "commune", "township", "district", "sub-district", "subdistrict"]
    static let enclosingUnitBefore = Rx(#"[A-Z][\p{L}’'-]+,\s+in\s+the\s+$"#, caseInsensitive: false)
    /// "the X sub-district", "the X district of Y province", "X village", "the X airfield", "the X border crossing" (an installation keeps its word:
    /// "Arbat airfield").
    static let suffixForm = Rx(name + #"\s+(village|town|sector|sub-?district|subdistrict|district|area|neighbou?rhood|resort|meadow|[Ii]sland|airfield|airstrip|oil field|gas field|oilfield|gasfield|refinery|gas station|checkpoint|border crossing|crossing|"# + buildingNouns + #")\b"#,
                               caseInsensitive: false, anchors: ["village", "town", "sector", "district", "area", "neighbo", "resort", "meadow", "island", "airfield", "airstrip", "field", "refinery", "station", "checkpoint", "crossing"] + buildingStems + openSiteStems)
    /// Road junctions, bus parks and markets, named like buildings ("the Hamra Junction", "the Nyanya motor park").
    static let openSiteStems = ["junction", "crossroads", "roundabout", "park", "market"]
    static let buildingStems = ["mosque", "church", "cathedral", "hospital", "airport", "base", "detention", "prison", "embassy", "consulate",
                                "school", "university", "station", "hotel", "stadium", "academy", "palace"]
    /// "in Kasindi, a town on the Ugandan border", "armed men attacked Solhan, a rural commune", "a patrol on Jabal
    /// al-Dukhan, a mountain straddling the frontier": a name set before the place noun that describes it.
    static let describedTown = Rx(#"\b(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Oo]utside|attacked|struck|hit|stormed|raided|targeted)\s+"# + name + #",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|hamlet|locality|community|settlement|commune|mountain|hill|peak)\b"#,
                                  caseInsensitive: false, anchors: ["village", "town", "hamlet", "locality", "community", "settlement", "commune", "mountain", "hill", "peak"])
    /// "positions near Mekeishifa, south of Samarra": a bare name placed by its bearing from a known town is a
    /// village (wire copy locates small places this way); so is one placed near another ("in Ain Alaq, near Bikfaya").
    static let bearingForm = Rx(#"\b(?:near|in|at|outside|around)\s+(?:the\s+)?"# + name + #",\s+(?:(?:about|some|around|roughly)\s+)?(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|near\s+(?=[A-Z]))"#,
                                caseInsensitive: false, anchors: ["north", "south", "east", "west", "near"])
    static let bearingStems = WordList(["north of", "south of", "east of", "west of", ", near "])
    static let stems = WordList(["village", "town", "municipality", "commune", "township", "stanitsa", "orchards", "groves", "farms", "outskirts", "base at", "camp at", "garrison at", "barracks at", "sector", "mountain", "hill", "peak", "island", "city", "hamlet", "district", "locality", "neighbo", "settlement", "kibbutz", "moshav", "area", "resort", "meadow", "airfield", "airstrip", "field", "refinery", "station", "checkpoint", "crossing", "commune", "community"] + buildingStems + openSiteStems)
    /// The suffix words that name a part of a town, not a building or installation, which keeps its word ("near the
    /// Masnaa border crossing", "the Guzargah mosque").
    /// The suffix words that name a settlement of its own ("Jambhurkheda village", "Poonch town", "the Uri sector"), which
    /// place an event even when the sentence names no listed place.
    static let settlementSuffixes: Set<String> = ["village", "town", "sector"]
    /// Buildings named by their own name in sentences that name no listed place ("the al-Hashoosh mosque", "Domodedovo
    /// Airport"), and islands ("on Failaka Island").
    /// ("a car bomb parked near the entrance of al-Kindi hospital": a hospital too, but not one the wounded were taken to.)
    static let namedSiteNouns: Set<String> = ["mosque", "church", "cathedral", "synagogue", "shrine", "airport", "island", "hospital",
                                              "station", "metro station", "subway station", "underground station", "railway station", "train station"]
    static let careBefore = Rx(#"\b(?:taken|rushed|transferred|transported|moved|admitted|evacuated|brought|treated|died|receiving treatment|being treated)\s+(?:\w+\s+){0,2}?(?:to|at|in)\s+(?:the\s+)?$"#,
                               anchors: ["taken", "rushed", "transferred", "transported", "moved", "admitted", "evacuated", "brought", "treated", "died", "treatment"])
    static let areaWords: Set<String> = ["village", "town", "sector", "sub-district", "subdistrict", "district", "area", "neighbourhood", "neighborhood"]
    /// Capitalised words that start phrases, not names ("the Syrian border area", "Security Media Cell").
    static let notNames: Set<String> = ["the", "this", "that", "these", "those", "a", "an", "its", "their", "his", "her", "our",
        "syrian", "iraqi", "kurdish", "turkish", "israeli", "iranian", "russian", "american", "jordanian", "lebanese", "us", "u.s.",
        "security", "military", "border", "residential", "industrial", "operations", "operation", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "rural", "desert", "mountain", "mountainous",
        "old", "new", "upper", "lower", "greater", "christian", "yazidi", "sunni", "shiite", "shia", "arab", "tribal",
        "assyrian", "armenian", "chaldean", "syriac", "jewish", "muslim", "alawite", "druze", "turkmen", "palestinian", "bedouin",
        "in", "on", "at", "near", "from", "by", "of", "for", "with", "and", "but", "when", "after", "before", "during", "while",
        "government", "regime", "rebel", "opposition", "occupied", "liberated", "disputed", "same", "whole", "entire", "wider",
        // "near the General Hospital", "the Main Market": a common noun's qualifier, not a name.
        "general", "main", "teaching", "public", "private", "civil", "national", "provincial", "regional", "referral", "specialist", "city",
        // "In March, central Baghdad …": a time set before a town with a comma.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ramadan", "christmas", "eid"]

    /// The unlisted place named in `s`, when the sentence names one outside every known place and actor.
    /// With `country`, a listed place of another country, matched by one of its other spellings, does not hide the name:
    /// "the village of Sarja in Jabal al-Zawiya" is no spelling of the Emirates' Sharjah ("the Iranian city of Kerman" is Kerman).
    static func find(in s: ArticleSentence, country: String? = nil) -> String? {
        let folded = s.folded
        let hasForms = folded.hasAny(stems)
        guard hasForms || folded.hasAny(bearingStems) else { return nil }
        let ns = s.ns
        let known = s.places.filter { country == nil || $0.entry.country == nil || $0.entry.country == country || $0.text == $0.entry.name }
            .map { NSRange(location: $0.range.lowerBound, length: $0.range.count) }
            + s.actors.map { NSRange(location: $0.range.lowerBound, length: $0.range.count) }
        func usable(_ r: NSRange) -> Bool {
            guard r.location != NSNotFound, !known.contains(where: { NSIntersectionRange($0, r).length > 0 }) else { return false }
            let first = Words.of(ns.sub(r), limit: 1).first ?? ""
            return !notNames.contains(first)
        }
        if !hasForms {
            for m in bearingForm.matches(ns) where usable(m.range(at: 1)) { return ns.sub(m.range(at: 1)) }
            return nil
        }
        for m in ofForm.matches(ns) where usable(m.range(at: 1)) && !enclosingUnit(m.range, ns) {
            return ns.sub(m.range(at: 1))
        }
        for m in describedTown.matches(ns) where usable(m.range(at: 1)) { return ns.sub(m.range(at: 1)) }
        for m in suffixForm.matches(ns) {
            // "Saudi Arabia's Shaybah oilfield": the words after a listed place's possessive name the site.
            var r = m.range(at: 1)
            if !usable(r), let cut = ns.sub(r).range(of: "'s ") ?? ns.sub(r).range(of: "’s ") {
                let skip = ns.sub(r)[..<cut.upperBound].utf16.count
                r = NSRange(location: r.location + skip, length: r.length - skip)
                guard r.length > 0, ns.sub(r).first?.isUppercase == true else { continue }
            }
            guard usable(r) else { continue }
            let kind = ns.sub(m.range(at: 2))
            // "the Paradise Hotel at Kikambala, some thirty kilometres north of Mombasa": a building in a village placed
            // by its bearing is in that village.
            if buildingStems.contains(where: { kind.asciiLower.hasSuffix($0) }),
               let v = bearingForm.first(ns, in: NSRange(location: m.range.location + m.range.length, length: ns.length - m.range.location - m.range.length)),
               v.range.location == m.range.location + m.range.length + 1, usable(v.range(at: 1)) {
                return ns.sub(v.range(at: 1))
            }
            // ("the Israeli-owned Paradise Hotel": an owner's or holder's word before the name is no part of it.)
            let text = ns.sub(r)
            if let dash = text.firstIndex(of: "-"), let space = text.firstIndex(of: " "), dash < space, text[text.index(after: dash)].isLowercase {
                let skip = text[...space].utf16.count // (UTF-16 units, as the range counts them)
                r = NSRange(location: r.location + skip, length: r.length - skip)
            }
            return areaWords.contains(kind.asciiLower) ? ns.sub(r) : ns.sub(r) + " " + kind
        }
        for m in bearingForm.matches(ns) where usable(m.range(at: 1)) { return ns.sub(m.range(at: 1)) }
        return nil
    }

    /// "the Basta al-Fawqa area of Beirut", "the Mesherfeh neighbourhood of Dahiyeh": a quarter named as part of the
    /// town after it, which the gazetteer lacks; the quarter is where it happened.
    /// "the Akramah neighbourhood of the city of Homs": the town may be named with its own place noun. "the Bab Touma
    /// and Qassa'a neighbourhoods of Damascus": the first quarter named. "the Mezitli district of the southern province
    /// of Mersin": a district of the province named for its capital. "in al-Mazraa neighbourhood in Damascus": the same
    /// told with "in".
    static let areaOf = Rx(name + #"(?:\s+and\s+(?:the\s+)?"# + nameWords + #")?\s+(?:area|neighbou?rhood|quarter|district|suburb)s?\s+(?:of|in)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern)\s+)?(?:(?:city|town|capital|province|governorate)\s+of\s+)?$"#, caseInsensitive: false,
                           anchors: [" of", " in"])
    /// "In Bachoura, central Beirut", "in Dardghaya, Tyre district": a name set before a known town with a comma is a
    /// locality of that town (wire and NGO copy write "Place, Town, Province").
    static let commaBefore = Rx(#"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nside|[Oo]utside)\s+(?:the\s+)?"# + name + #",\s+(?:(?:northern|southern|eastern|western|central|downtown|north-western|north-eastern|south-western|south-eastern|north|south|east|west)\s+)?$"#,
                                caseInsensitive: false, anchors: [","])
    /// "in Kfar Yuval, a moshav near Metula", "at Beit Lahia, a town north of Gaza City": a name the gazetteer lacks set
    /// before its description by a place noun and the known town it lies by (group 2: the word placing it).
    static let appositiveBefore = Rx(#"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]n|[Ii]nto)\s+(?:the\s+)?"# + name + #",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:village|town|hamlet|moshav|kibbutz|settlement|community|suburb|neighbou?rhood|district|city)\s+(near|outside|close to|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) of|on the outskirts of|in|of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?(?:(?:city|town)\s+of\s+)?$"#,
                                     caseInsensitive: false, anchors: [","])
    /// Buildings and installations that news names and city lists lack; the name keeps its noun ("Guzargah mosque").
    private static let buildingNouns = #"(?i:junction|crossroads|roundabout|motor park|bus park|market|mosque|church|cathedral|hospital|(?:international |military )?airport|air ?base|detention cent(?:re|er)|prison|embassy|consulate|(?:girls' |boys' )?school|university|(?:(?:railway|train|bus|police|metro|subway|underground|tube) )?station|hotel|stadium|military academy|palace)"#
    /// "the Guzargah mosque in Herat city", "the Tajoura Detention Centre near Tripoli", "the Al-Shifa hospital of Gaza
    /// City": a named building inside the town after it is where it happened.
    static let buildingIn = Rx(name + #"\s+("# + buildingNouns + #")\s+(?:in|at|near|outside|of|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?(?:(?:city|town|capital)\s+of\s+)?$"#,
                               caseInsensitive: false, anchors: [" in", " at", " near", " outside", " of"])
    /// "Kabul's Hamid Karzai International Airport", "Herat's Guzargah mosque".
    static let possessiveBuilding = Rx(#"^['’]s\s+"# + name + #"\s+("# + buildingNouns + #")\b"#, caseInsensitive: false, anchors: ["s"])
    /// "Izmir's Bayrakli district", "Beirut's Tayouneh neighbourhood": the quarter named after the town's possessive.
    static let possessiveAfter = Rx(#"^['’]s\s+"# + name + #"\s+(?:area|neighbou?rhood|quarter|district|suburb)\b"#, caseInsensitive: false,
                                    anchors: ["s"])
    /// "hits biscuit factory in Tripoli's Wadi al-Rabie", "in Tripoli's Wadi al-Rabie on Monday": a quarter named bare
    /// after a town's possessive, where the sentence or its clause ends or its time follows.
    static let possessiveBare = Rx(#"^['’]s\s+"# + name + #"(?=\s*(?:[,.;:]|$)|\s+(?:on|late|early|overnight|last|this|yesterday|today|when|after|before|as|where)\b)"#,
                                   caseInsensitive: false, anchors: ["s"])
    static let locativeBefore = Rx(#"\b(?:in|at|near|on)\s+(?:the\s+)?$"#)
    /// (`town`: the name the quarter is given with, the place's own unless another town holds it.)
    static func areaName(before p: Mention<Place>, in s: ArticleSentence, town: String? = nil) -> String? {
        let town = town ?? p.entry.name
        let b0 = max(0, p.range.lowerBound - 70)
        let before = s.ns.sub(NSRange(location: b0, length: p.range.lowerBound - b0)) as NSString
        let after = s.ns.sub(NSRange(location: p.range.upperBound, length: min(60, s.ns.length - p.range.upperBound))) as NSString
        let r: NSRange
        var noun = ""
        // "their home in Kfar Yuval, a moshav near Metula": the community described by its noun and the town it lies by;
        // it is named alone when it only lies near the town.
        if before.length > 0, before.plainRange(of: ",").location != NSNotFound, let m = appositiveBefore.first(before) {
            let r = NSRange(location: b0 + m.range(at: 1).location, length: m.range(at: 1).length)
            guard !isNamed(r, in: s), let first = Words.of(s.ns.sub(r), limit: 1).first, !notNames.contains(first) else { return nil }
            let inside = m.has(2) && ["in", "of"].contains(before.sub(m.range(at: 2)).asciiLower)
            return inside ? "\(s.ns.sub(r)), \(town)" : s.ns.sub(r)
        }
        if before.length > 0, let m = areaOf.first(before) ?? commaBefore.first(before) {
            r = NSRange(location: b0 + m.range(at: 1).location, length: m.range(at: 1).length)
            // "In the village of Basbaglar, in the Kemaliye district of Erzincan": a village named before the district
            // that holds it is the more precise place.
            if before.sub(m.range).range(of: "district") != nil,
               let v = villageOf.matches(s.ns).last(where: { $0.range.location + $0.range.length <= r.location && r.location - $0.range.location <= 90 }),
               case let vr = v.range(at: 1), !isNamed(vr, in: s), let first = Words.of(s.ns.sub(vr), limit: 1).first, !notNames.contains(first) {
                return s.ns.sub(vr)
            }
        } else if let m = possessiveAfter.first(after) {
            r = NSRange(location: p.range.upperBound + m.range(at: 1).location, length: m.range(at: 1).length)
        } else if p.entry.kind == .city, let m = possessiveBare.first(after), locativeBefore.test(before) {
            r = NSRange(location: p.range.upperBound + m.range(at: 1).location, length: m.range(at: 1).length)
        } else if before.length > 0, let m = buildingIn.first(before) {
            r = NSRange(location: b0 + m.range(at: 1).location, length: m.range(at: 1).length)
            noun = " " + before.sub(m.range(at: 2))
        } else if let m = possessiveBuilding.first(after) {
            r = NSRange(location: p.range.upperBound + m.range(at: 1).location, length: m.range(at: 1).length)
            noun = " " + after.sub(m.range(at: 2))
        } else { return nil }
        guard !isNamed(r, in: s) else { return nil }
        let name = s.ns.sub(r)
        guard let first = Words.of(name, limit: 1).first, !notNames.contains(first) else { return nil }
        // "at the Imam Al-Sadiq Mosque in the Al-Sawaber area of the capital": a named building in the quarter comes first.
        var building = ""
        if noun.isEmpty, r.location > 0 {
            let head = s.ns.sub(NSRange(location: max(0, r.location - 60), length: r.location - max(0, r.location - 60))) as NSString
            if let m = buildingBeforeArea.first(head), let bName = m.group(1, in: head), let bNoun = m.group(2, in: head) { building = "\(bName) \(bNoun), " }
        }
        // A quarter or building is named with its town ("Al-Rimal, Gaza City", "Guzargah mosque, Herat"): the quarter
        // says where, the town which one (and the town is how the event is found on the map and in other reports).
        return "\(building)\(name)\(noun), \(town)"
    }

    /// "the village of Basbaglar", "the hamlet of X": a village named by its noun (group 1: the name).
    static let villageOf = Rx(#"\b(?:village|hamlet)\s+of\s+"# + name, caseInsensitive: false, anchors: ["village", "hamlet"])

    /// "the Imam Al-Sadiq Mosque in the": a named building just before the quarter that holds it.
    static let buildingBeforeArea = Rx(name + #"\s+("# + buildingNouns + #")\s+in\s+(?:the\s+)?$"#, caseInsensitive: false, anchors: [" in"])

    /// A listed town of the same province named right after the place's possessive: "Hakkari's Şemdinli district".
    static func possessiveTown(after p: Mention<Place>, in s: ArticleSentence) -> Mention<Place>? {
        guard p.range.upperBound + 3 < s.ns.length, ["'s ", "’s "].contains(s.ns.sub(NSRange(location: p.range.upperBound, length: 3))) else { return nil }
        return s.places.first { $0.range.lowerBound == p.range.upperBound + 3 && $0.entry.kind == .city && $0.entry.admin1 == p.entry.admin1
            && $0.entry.country == p.entry.country && $0.entry.id != p.entry.id }
    }

    /// The chosen place is only a bearing in this sentence ("south of Deir ez-Zor city"): the event is elsewhere.
    /// "in Kfar Mishki, near Rashaya": the listed town only places the village named right before it.
    static func isNearAfterName(_ p: Mention<Place>, in s: ArticleSentence) -> Bool {
        nearAfterName.test(bearingWindow(p, in: s))
    }
    static let nearAfterName = Rx(#"\b(?:in|at)\s+(?:the\s+)?[A-Z][\p{L}’'-]{2,}(?:\s+[A-Z][\p{L}’'-]{2,})?,\s+(?:a\s+(?:village|town|hamlet)\s+)?near\s+(?:the\s+(?:town|city)\s+of\s+)?$"#,
                                  caseInsensitive: false, anchors: ["near"])

    static func isBearing(_ p: Place, in s: ArticleSentence) -> Bool {
        let here = s.places.filter { $0.entry.id == p.id }
        guard !here.isEmpty else { return false }
        return here.allSatisfy { IncidentExtractor.bearingOf.test(bearingWindow($0, in: s)) || betweenTownsBefore.test(bearingWindow($0, in: s)) }
    }
    /// "ambushed in the orchards of Ansariya, between Sidon and Tyre": towns that bound a place told in apposition only
    /// locate it (not "on the road between Derik and the village of Ain Diwar", which names the road by its town).
    static let betweenTownsBefore = Rx(#",\s+between\s+(?:the\s+)?(?:(?:towns|cities|villages)\s+of\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+(?:the\s+)?)?$"#,
                                      caseInsensitive: false, anchors: ["between"])
    /// The 70 characters before a place, where its bearing ("south of", "12 km from") is told.
    static func bearingWindow(_ m: Mention<Place>, in s: ArticleSentence) -> NSString {
        let b0 = max(0, m.range.lowerBound - 70)
        return s.ns.sub(NSRange(location: b0, length: m.range.lowerBound - b0)) as NSString
    }

    /// The compass direction ("south of", "north-east of"), in degrees clockwise from north, of the bearing that names
    /// `p` in this sentence; nil for a distance alone ("12 km from").
    static func bearingDegrees(of p: Place, in s: ArticleSentence) -> Double? {
        guard let m = s.places.first(where: { $0.entry.id == p.id }) else { return nil }
        let before = bearingWindow(m, in: s)
        guard let hit = IncidentExtractor.bearingOf.first(before) else { return nil }
        let word = before.sub(hit.range).asciiLower.replacingOccurrences(of: "-", with: "")
        let points: [(String, Double)] = [("northeast", 45), ("northwest", 315), ("southeast", 135), ("southwest", 225),
                                          ("north", 0), ("south", 180), ("east", 90), ("west", 270)]
        return points.first(where: { word.hasPrefix($0.0) })?.1
    }

    static let idPrefix = "unlisted-"
    static func isUnlisted(_ p: Place) -> Bool { p.id.hasPrefix(idPrefix) }
    /// An unlisted place named as a building ("St John's Catholic church", "the Guzargah mosque").
    static func isBuilding(_ p: Place) -> Bool {
        isUnlisted(p) && buildingStems.contains { p.name.asciiLower.hasSuffix(" " + $0) }
    }

    /// The mention to use instead of `p` (a province or country, or a town or site named only as a bearing) when the
    /// sentence names a place the gazetteer lacks: a site inside `p`'s province, without coordinates of its own
    /// (so that it is never "near" anything when events are grouped).
    static func mention(for p: Mention<Place>, in s: ArticleSentence, gazetteer: Gazetteer) -> Mention<Place>? {
        // "the Durak area of Hakkari's Şemdinli district": the town named after the possessive holds the area.
        if p.entry.kind == .city, let host = possessiveTown(after: p, in: s), let name = areaName(before: p, in: s, town: host.text) {
            let place = Place(id: idPrefix + Slug.make(name), name: name, kind: .site, parent: host.entry.id, admin1: host.entry.admin1,
                              country: host.entry.country)
            return Mention(entry: place, text: name, range: p.range)
        }
        // ("near the Hamra Junction in the Jordan Valley": a junction, a building or a quarter inside a listed area too.)
        if p.entry.kind == .city || p.entry.kind == .site && !isUnlisted(p.entry), let name = areaName(before: p, in: s) {
            let place = Place(id: idPrefix + Slug.make(name), name: name, kind: .site, parent: p.entry.id, admin1: p.entry.admin1,
                              country: p.entry.country)
            return Mention(entry: place, text: name, range: p.range)
        }
        // "attacked an army camp in Inates, Tillaberi region": a name the gazetteer lacks, followed by its province.
        if p.entry.kind == .admin1, let name = namedBeforeProvince(p, in: s) {
            let place = Place(id: idPrefix + Slug.make(name), name: name, kind: .site, parent: p.entry.id, admin1: p.entry.admin1,
                              country: p.entry.country)
            return Mention(entry: place, text: name, range: p.range)
        }
        // "the village of Sarja in Jabal al-Zawiya": a listed area (a mountain, a plain) holding a village named before it.
        let coarse = p.entry.kind == .admin1 || p.entry.kind == .country || (p.entry.kind == .site || p.entry.kind == .city) && holdsNamedVillage(p, in: s)
            || p.entry.kind == .city && namesDivision(p, in: s) && s.places.allSatisfy { $0.entry.country == p.entry.country || namedAsDivision($0, in: s) }
        // ("… in an attack on a transit camp in Gatumba, near Burundi's border": a name after "in" in the attack's clause,
        // when the sentence places it only by a country or province.)
        guard coarse || (p.entry.kind == .city || p.entry.kind == .site) && (isBearing(p.entry, in: s) || isNearAfterName(p, in: s)),
              let name = find(in: s, country: p.entry.country)
                ?? (coarse && p.entry.kind != .site ? locativeName(in: s, window: NSRange(location: 0, length: s.ns.length)).map(s.ns.sub) : nil) else { return nil }
        // "south of the city of Kirkuk": the town it is measured from is its parent (so it refines that town).
        // "near X, south of Samarra in Salahuddin province": the town it is measured from, not the province.
        var parent = p.entry.id
        if coarse, let at = (s.text as NSString).range(of: name).location as Int?, at != NSNotFound,
           let town = s.places.first(where: { $0.entry.kind == .city && $0.range.lowerBound > at && $0.range.lowerBound - at <= name.utf16.count + 40
               && Geo.contains(p.entry, $0.entry, gazetteer) }) {
            parent = town.entry.id
        }
        // "in the city of Jasim, in the countryside of Daraa": a town the gazetteer holds but never matches by its bare
        // name (it is also a given name) is that town when a place-noun names it inside the coarse place.
        if coarse, let known = listedTown(named: name, inside: p.entry, gazetteer: gazetteer) {
            return Mention(entry: known, text: name, range: p.range)
        }
        let place = Place(id: idPrefix + Slug.make(name), name: name, kind: .site, parent: parent, admin1: p.entry.admin1,
                          country: p.entry.country)
        return Mention(entry: place, text: name, range: p.range)
    }

    /// "in the Bankass circle of the Mopti region", "in the territory of Beni", "Pulwama district", "Huancayo province":
    /// a town's name used for the district around it, which is as coarse as a province (a village named in the sentence
    /// is where it happened).
    static func namesDivision(_ p: Mention<Place>, in s: ArticleSentence) -> Bool {
        let b0 = max(0, p.range.lowerBound - 30), a1 = min(s.ns.length, p.range.upperBound + 30)
        return divisionBefore.test(s.ns, window: NSRange(location: b0, length: p.range.lowerBound - b0))
            || divisionAfter.test(s.ns, window: NSRange(location: p.range.upperBound, length: a1 - p.range.upperBound))
    }
    /// "in the commune of Sangha, in the Bandiagara circle": a name told as a division of the country at hand, whatever
    /// the gazetteer's homonym abroad (the Congo's Sangha department).
    static func namedAsDivision(_ p: Mention<Place>, in s: ArticleSentence) -> Bool {
        let b0 = max(0, p.range.lowerBound - 30)
        return divisionBefore.test(s.ns, window: NSRange(location: b0, length: p.range.lowerBound - b0))
    }
    static let divisionNouns = #"(?:territory|district|province|cercle|circle|county|sub-?county|commune|department|prefecture|municipality|tehsil|taluka|local government area|LGA|division|sub-?division)"#
    /// ("the southern region of Jizan": a region of a town is its province; "the Greater Casablanca region" is the city.)
    static let divisionBefore = Rx(#"\b(?:"# + divisionNouns + #"|region)\s+of\s+$"#)
    static let divisionAfter = Rx(#"^\s+"# + divisionNouns + #"\b"#)

    /// True when a known place or actor of the sentence overlaps `r` (so the words there are no unlisted name).
    /// With `country`, a place of another country there ("Qarah", a Syrian town, in "in Qarah, Dhamar province") is no
    /// known name: the province says which country the name is in.
    static func isNamed(_ r: NSRange, in s: ArticleSentence, country: String? = nil) -> Bool {
        s.places.contains { (country == nil || $0.entry.country == nil || $0.entry.country == country)
            && NSIntersectionRange(NSRange(location: $0.range.lowerBound, length: $0.range.count), r).length > 0 }
            || s.actors.contains { NSIntersectionRange(NSRange(location: $0.range.lowerBound, length: $0.range.count), r).length > 0 }
    }

    /// "in Inates, Tillaberi region", "near Qarah, Dhamar province", "near Goneri, in Yobe state", "in Yakla, in Yemen's
    /// al-Bayda province": the capitalised name between a locative word and the province, when it is no known place,
    /// actor or common word.
    static func namedBeforeProvince(_ p: Mention<Place>, in s: ArticleSentence) -> String? {
        let start = max(0, p.range.lowerBound - 50)
        let before = s.ns.sub(NSRange(location: start, length: p.range.lowerBound - start)) as NSString
        guard let m = commaNamed.first(before) else { return nil }
        let r = NSRange(location: start + m.range(at: 1).location, length: m.range(at: 1).length)
        let name = before.sub(m.range(at: 1))
        guard !isNamed(r, in: s, country: p.entry.country), let first = Words.of(name, limit: 1).first, !notNames.contains(first), DateWords.weekday(first) == nil, DateWords.month(first) == nil else { return nil }
        return name
    }
    private static let commaNamed = Rx(#"\b(?:in|at|near|outside)\s+((?:al-|el-|Al-|El-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:in\s+)?(?:the\s+|[A-Z][\w-]+['’]s\s+)?(?:al-|el-)?$"#, caseInsensitive: false)

    /// "… the village of Iblin in Jabal al-Zawiya", "near the town of Huanta, in Ayacucho": the site or town follows "in"
    /// right after a village or town named by a place noun, and holds it.
    static func holdsNamedVillage(_ p: Mention<Place>, in s: ArticleSentence) -> Bool {
        let start = max(0, p.range.lowerBound - 60)
        let before = s.ns.sub(NSRange(location: start, length: p.range.lowerBound - start)) as NSString
        return villageIn.test(before)
    }
    private static let villageIn = Rx(#"\b(?:village|town|hamlet)\s+of\s+(?:al-|el-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},?\s+in\s+(?:the\s+)?$"#, caseInsensitive: false)

    /// Where `inAfterAttack` finds a name inside `window` that is no known place's or actor's, no common word, month or day.
    static func locativeName(in s: ArticleSentence, window: NSRange) -> NSRange? {
        for m in inAfterAttack.matches(s.ns) {
            let r = m.range(at: 1)
            guard r.location != NSNotFound, NSLocationInRange(r.location, window), !isNamed(r, in: s),
                  let first = Words.of(s.ns.sub(r), limit: 1).first, !notNames.contains(first), DateWords.weekday(first) == nil, DateWords.month(first) == nil else { continue }
            return r
        }
        return nil
    }

    /// "killed in an attack on a refugee camp in Gatumba late on Friday": a name after "in" or "at" in the clause of a
    /// casualty or attack word, ended by a time, a comma or the sentence's end (group 1); "exploded … near Kebithigollewa
    /// in the Anuradhapura district": "near" a name, ended by its district.
    static let inAfterAttack = Rx(#"\b(?:attack|attacks|attacked|assault|raid|raided|bombing|blast|explosion|exploded|detonated|went off|ambush|ambushed|massacre|shooting|stormed|torched|shelled|killed|wounded|injured)\b[^.;:,]{0,50}?\b(?:in|at|near(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+in\s+the\s+[A-Z][\w'’-]*\s+(?:district|province|region|county|state)\b))\s+((?:al-|el-|Al-|El-)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?=\s*(?:[,.;)]|$)|\s+(?:on|late|early|overnight|last|this|yesterday|near|after|before|when|where|in\s+which|in\s+the\s+[A-Z][\w'’-]*\s+(?:district|province|region|county|state))\b)"#,
                                  caseInsensitive: false, anchors: [" in ", " at ", " near "])

    /// "in the southern border town of Habbariyeh", "killed in an attack on a camp in Gatumba late on Friday" (`inAfterAttack`,
    /// when no place noun is there) in a sentence that names no known place: the town the gazetteer lacks is where it
    /// happened. Its country is not known (no position; it is never "near" another place). Not an actor's name, a common
    /// word, a month or a day.
    static func mentionWithoutPlace(in s: ArticleSentence, window: NSRange) -> Mention<Place>? {
        // (Places the sentence names only as a flight's destination or a launch zone do not count: "fired at an airliner as it
        // took off from Moi International Airport … on board for Tel Aviv"; nor the owners of a mission or the seats of bodies.)
        guard s.places.isEmpty || IncidentExtractor.eventPlaces(s).isEmpty || IncidentExtractor.namesNoEventPlace(s) else { return nil }
        let ns = s.ns
        func usable(_ r: NSRange) -> Bool { r.location != NSNotFound && NSLocationInRange(r.location, window) && isFreeName(r, in: s) }
        // ("near Jambhurkheda village in Kurkheda taluka", "in Kupwara town": a name before "village" or "town" too.)
        // (A place noun that names nothing here, "near the roundabout", leaves the bare name after "in".)
        // ("Two more bombers struck the al-Hashoosh mosque in the north of the city", "the arrivals hall of Domodedovo
        // Airport": a named house of worship or airport, with its noun.)
        let found = (s.folded.hasAny(stems)
            ? ofForm.matches(ns).lazy.filter { !enclosingUnit($0.range, ns) }.map { $0.range(at: 1) }.first(where: usable)
                ?? suffixForm.matches(ns).lazy.filter { settlementSuffixes.contains(ns.sub($0.range(at: 2))) }.map { $0.range(at: 1) }.first(where: usable)
                ?? suffixForm.matches(ns).lazy.filter { m in
                    let noun = ns.sub(m.range(at: 2)).asciiLower
                    return namedSiteNouns.contains(noun) && usable(m.range(at: 1))
                        && !(noun == "hospital" && careBefore.test(ns, slice: m.range.location - 40, m.range.location))
                }
                    .map { NSRange(location: $0.range(at: 1).location, length: $0.range(at: 2).location + $0.range(at: 2).length - $0.range(at: 1).location) }.first
            : nil) ?? locativeName(in: s, window: window)
        guard let r = found else { return nil }
        let name = ns.sub(r)
        let place = Place(id: idPrefix + Slug.make(name), name: name, kind: .site, parent: nil, admin1: nil, country: nil)
        return Mention(entry: place, text: name, range: r.location..<(r.location + r.length))
    }

    /// "in the northern Shaab district", "in the mainly Shiite district of Karrada": a quarter named in a sentence that
    /// names no listed place.
    static func quarterWithoutPlace(in s: ArticleSentence) -> String? {
        guard s.places.isEmpty || IncidentExtractor.namesNoEventPlace(s), s.folded.hasAny(quarterStems) else { return nil }
        let ns = s.ns
        func usable(_ r: NSRange) -> Bool { r.location != NSNotFound && isFreeName(r, in: s) }
        let r = ofForm.matches(ns).lazy.filter { quarterNouns.contains(Words.of(ns.sub($0.range), limit: 1).first ?? "") }.map { $0.range(at: 1) }.first(where: usable)
            ?? suffixForm.matches(ns).lazy.filter { quarterNouns.contains(ns.sub($0.range(at: 2)).asciiLower) }.map { $0.range(at: 1) }.first(where: usable)
        return r.map(ns.sub)
    }
    /// A name no known place or actor holds, that does not open with a common word.
    static func isFreeName(_ r: NSRange, in s: ArticleSentence) -> Bool {
        !isNamed(r, in: s) && (Words.of(s.ns.sub(r), limit: 1).first.map { !notNames.contains($0) } ?? false)
    }
    static let quarterStems = WordList(["district", "neighbo", "quarter"])
    static let quarterNouns: Set<String> = ["district", "neighbourhood", "neighborhood", "quarter"]

    /// A gazetteer town or site called `name` (its own name or an alias, any case) lying inside `outer`; one only.
    static func listedTown(named name: String, inside outer: Place, gazetteer: Gazetteer) -> Place? {
        let hits = gazetteer.bearing(anyCase: name).filter { q in
            (q.kind == .city || q.kind == .site) && q.id != outer.id && gazetteer.chain(of: q, contains: outer.id)
        }
        return hits.count == 1 ? hits[0] : nil
    }

    /// An incident at an unlisted place: no place id (no gazetteer page), the enclosing division's position and precision.
    static func locate(_ inc: inout Incident, _ p: Place, gazetteer: Gazetteer) {
        inc.placeID = nil
        guard let enclosing = p.parent.flatMap({ gazetteer.place(id: $0) }) else { inc.geoPrecision = nil; return }
        let parent = enclosing.kind == .city ? (gazetteer.ancestors(of: enclosing).first(where: { $0.kind == .admin1 }) ?? enclosing) : enclosing
        inc.latitude = parent.latitude; inc.longitude = parent.longitude
        inc.geoPrecision = parent.kind == .country ? .country : .admin1
    }
}
