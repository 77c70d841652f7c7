import Foundation
import Testing
@testable import ChronicleKit

/// Rules written in the twenty-ninth session, each tested on phrasings of our own: a wire dateline under a site's
/// masthead and menu is still a dateline (and a masthead is none), "the series of attacks that struck X, leaving N
/// dead" is one coordinated attack, the seat of those who condemn an attack is not where it happened, and towns of the
/// wider world answer to their other transliterations.
@Suite("Mastheads, one series of attacks, reactions, transliterations")
struct MastheadsSeriesAndReactionsTests {
    let gazetteer = KnowledgeBase.builtIn().gazetteer

    @Test(arguments: [
        ("Expatica France\nnews and information for expats in France\nHome | News | Housing | Employment | Finance | Education\n27/02/2007\nPARIS - Three French citizens were killed on Monday when gunmen opened fire near Medina.", "PARIS"),
        ("The Daily Courier\nyour trusted source of regional news since 1921\nPolitics | World | Business | Sport | Culture\nKABUL (AFP) - A roadside bomb killed four soldiers in Helmand on Sunday, officials said.", "KABUL"),
        ("Agence Nationale\nWorld | Africa | Middle East | Economy | Sport | Opinion | Video\nDAKAR, March 3 (Reuters) - Gunmen attacked a police post in the east of the country, killing two.", "DAKAR, March 3"),
    ])
    func aWireDatelineUnderAMastheadAndMenuIsKept(body: String, dateline: String) {
        let c = TextCleaner.clean("Headline of the report on the attack\n" + body, hasTitle: false)
        #expect(c.dateline == dateline)
        #expect(c.paragraphs.contains { $0.hasPrefix("Three") || $0.hasPrefix("A roadside") || $0.hasPrefix("Gunmen") })
    }

    /// An outlet's own masthead ("MAP - Maghreb Arabe Presse | …") has the shape of a dateline; the report's dateline
    /// below it is the one kept, with its two-digit year.
    @Test func aMastheadIsNoDateline() {
        let body = "Headline of the report on the attacks\nMAP - Maghreb Arabe Presse | Agence marocaine de presse\nHome | National | Economy | Regions | Sports | Culture | World | Archives\nEnglish service\nCasablanca, 17/05/03 (MAP) - The King on Saturday ordered a firm response to the attacks that struck the city late on Friday."
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.dateline == "Casablanca, 17/05/03")
        #expect(c.paragraphs.last?.hasPrefix("The King on Saturday") == true)
    }

    /// A sentence above the dateline still hides it: only lines that are no sentence may stand between.
    @Test func aSentenceAboveIsNoMenu() {
        let body = "Headline of the report on the attack\nThe army said on Sunday that the situation was under control and that the roads were open.\nPARIS - Three French citizens were killed on Monday when gunmen opened fire near Medina."
        #expect(TextCleaner.clean(body, hasTitle: false).dateline == nil)
    }

    @Test(arguments: [
        ("The king on Saturday ordered a firm response to the series of suicide attacks that struck Casablanca late on Friday, leaving 41 people dead and about 100 wounded.", "Casablanca", 41),
        ("Officials said those behind the string of bombings which tore through Colombo on Sunday morning, killing 250 people.", "Colombo", 250),
        ("Police said the spate of blasts that rocked Karachi on Friday killed nine people.", "Karachi", 9),
    ])
    func oneSeriesToldWithItsTollIsAnEvent(text: String, place: String, killed: Int) {
        let incs = ExtractionFixture.extract(text, published: "2024-02-17")
        #expect(incs.count == 1)
        #expect(incs.first?.place == place)
        #expect(incs.first?.killed == killed)
    }

    /// In the perfect, a series spans weeks or months: no one event.
    @Test(arguments: [
        "Police are investigating a string of bombings that have killed 20 people in Peshawar since January.",
        "A series of attacks that has left 30 dead in Kirkuk worries officials.",
    ])
    func aSeriesInThePerfectIsNoEvent(text: String) {
        #expect(ExtractionFixture.extract(text, published: "2024-02-17").isEmpty)
    }

    @Test(arguments: [
        "Moroccan-Dutch organisations in Amsterdam and Rotterdam condemned the bombing, and a vigil was planned.",
        "Community leaders in London strongly denounced Thursday's attack.",
        "Hundreds of mourners in Lahore remembered the victims of last week's suicide attack.",
    ])
    func theSeatOfThoseWhoReactIsNotThePlace(reaction: String) {
        let text = "A bomb killed 16 people at a cafe in Marrakesh on Thursday, officials said. " + reaction
        let incs = ExtractionFixture.extract(text, published: "2024-02-16")
        #expect(!incs.contains { ["Amsterdam", "Rotterdam", "London", "Lahore"].contains($0.place ?? "") })
    }

    /// Where the attack sits after the verb of reaction, it is still that attack's place.
    @Test func aPlaceAfterTheReactionIsTheAttacks() {
        let incs = ExtractionFixture.extract("Leaders in Nairobi condemned Tuesday's attack on a bus in Mandera that killed 28 people.", published: "2024-02-14")
        #expect(incs.first?.place == "Mandera")
        #expect(incs.first?.killed == 28)
    }

    @Test(arguments: [
        ("A bomb exploded in a cafe in Marrakech.", "Marrakesh", "Morocco"),
        ("An airstrike hit a detention centre in Tajoura.", "Tajura", "Libya"),
        ("Gunmen attacked a market in Kaboul, French media said.", "Kabul", "Afghanistan"),
        ("Fighting was reported near Qunduz.", "Kunduz", "Afghanistan"),
    ])
    func anotherTransliterationNamesTheTown(text: String, name: String, country: String) {
        let p = gazetteer.mentions(in: text).first?.entry
        #expect(p?.name == name)
        #expect(p?.country == country)
    }

    // MARK: Roads, far namesakes, provinces without a listed town, districts named for a town

    @Test(arguments: [
        ("A roadside bomb hit a police convoy on the Kabul-Kandahar highway in Zabul province on Monday, killing four.", "Zabul"),
        ("A suicide bomber rammed a car into a convoy on the Srinagar-Jammu national highway near Awantipora on Thursday, killing 37.", nil),
        ("Gunmen ambushed a bus on the Tripoli/Misrata coastal road near Zliten on Monday, killing six.", "Zliten"),
    ] as [(String, String?)])
    func theTownsARoadIsNamedAfterAreNotThePlace(sentence: String, place: String?) {
        let i = ExtractionFixture.extract(sentence, published: "2024-02-16").first
        #expect(i != nil)
        #expect(!["Kabul", "Kandahar", "Srinagar", "Jammu", "Tripoli", "Misrata"].contains(i?.place ?? ""))
        if let place { #expect(i?.place == place) }
    }

    /// A town on the road itself, not named for it, stays the place.
    @Test func aTownOnTheRoadStays() {
        let i = ExtractionFixture.extract("A roadside bomb exploded on the main road in Kandahar on Monday, killing four.", published: "2024-02-16").first
        #expect(i?.place == "Kandahar")
    }

    @Test func aSmallTownFarFromEveryOtherPlaceIsANamesake() {
        let found = gazetteer.withoutStrayNeighbourTowns(gazetteer.mentions(in: "Gunmen attacked the village of Solhan in Burkina Faso on Friday night."))
        #expect(!found.contains { $0.entry.country == "Turkey" })
        #expect(found.contains { $0.entry.name == "Burkina Faso" })
    }

    @Test(arguments: [
        "Two mortar shells from Syria landed near Reyhanli on Saturday.",
        "A drone launched from Lebanon hit a house in Nahariya on Sunday.",
    ])
    func aSmallTownNearAnotherNamedPlaceStays(sentence: String) {
        let found = gazetteer.withoutStrayNeighbourTowns(gazetteer.mentions(in: sentence))
        #expect(found.count == 2)
    }

    @Test(arguments: [
        ("Fighting was reported in Paktika province.", "Paktika", "Afghanistan"),
        ("Taliban fighters overran a district centre in Uruzgan.", "Uruzgan", "Afghanistan"),
        ("A bomb exploded in a mosque in Nuristan province.", "Nuristan", "Afghanistan"),
    ])
    func everyProvinceOfTheWiderRegionIsKnown(text: String, name: String, country: String) {
        let p = gazetteer.mentions(in: text).first?.entry
        #expect(p?.name == name)
        #expect(p?.kind == .admin1)
        #expect(p?.country == country)
    }

    @Test(arguments: [
        ("Armed men stormed the Fulani village of Ogossagou, in the Bankass circle of the Mopti region, at dawn on Saturday, killing 134 people.", "Ogossagou"),
        ("At least 14 people were killed on Sunday in a blast at a church in Kasindi, a town on the Ugandan border in the territory of Beni.", "Kasindi"),
    ])
    func aVillageInADistrictNamedForATownIsThePlace(sentence: String, place: String) {
        let i = ExtractionFixture.extract(sentence, published: "2024-02-18").first
        #expect(i?.place == place)
    }

    @Test(arguments: [
        "- Bamako: traders strike over new market taxes",
        "Drivers strike paralyses transport in Lagos on Monday.",
        "Nurses' strike enters its third day at Kano hospitals.",
    ])
    func aWorkersStrikeIsNoAttack(text: String) {
        #expect(ExtractionFixture.extract(text, published: "2024-02-16").isEmpty)
    }

    // MARK: Assaults on villages

    @Test(arguments: [
        "Armed men dressed as hunters stormed the Fulani village of Ogossagou at dawn on Saturday, killing 134 people.",
        "Gunmen stormed homes in the village of Kuka on Saturday, killing nine people.",
        "In the night of Friday to Saturday, armed men attacked Solhan, a rural commune in the Sahel region, killing 100 people.",
    ])
    func anAssaultOnVillagersHomesIsNoClash(sentence: String) {
        let i = ExtractionFixture.extract(sentence, published: "2024-02-11").first
        #expect(i?.eventType == .other)
    }

    @Test(arguments: [
        "Militants stormed an army post in the village of Kuka on Saturday, killing 12 soldiers.",
        "Gunmen attacked a police checkpoint outside the village on Saturday, killing three officers.",
    ])
    func anAssaultOnSoldiersInAVillageIsAClash(sentence: String) {
        let i = ExtractionFixture.extract(sentence, published: "2024-02-11").first
        #expect(i?.eventType == .armedClash)
    }

    @Test func aCommuneDescribedAfterItsNameIsThePlace() {
        let i = ExtractionFixture.extract("Armed men attacked Solhan, a rural commune in Burkina Faso, on Saturday, killing 100 people.", published: "2024-02-11").first
        #expect(i?.place == "Solhan")
        #expect(i?.country == "Burkina Faso")
    }

    // MARK: Massacre counts, fighters told before their verb, provinces told with their noun

    /// "massacred" and "slaughtered" count the dead as "killed" does, in a sentence an attack word makes an event.
    @Test(arguments: [
        ("Gunmen attacked Zabarmari in Borno State on Saturday and massacred at least 43 farmers.", 43),
        ("Gunmen raided the village of Kuka on Tuesday and slaughtered 12 villagers.", 12),
    ])
    func aMassacreCountsTheDead(sentence: String, killed: Int) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-02-14").first?.killed == killed)
    }

    @Test(arguments: [
        "Boko Haram insurgents on Saturday attacked farmers at Zabarmari in Borno State, killing 43.",
        "Al-Shabaab militants on Sunday stormed a police post in Mandera, killing four officers.",
        "Boko Haram fighters late on Friday attacked a military base in Borno State.",
    ])
    func fightersToldBeforeTheirVerbAreTheGroups(sentence: String) {
        let p = ExtractionFixture.extract(sentence, published: "2024-02-14").first?.perpetrator
        #expect(p == "Boko Haram" || p == "al-Shabaab")
    }

    @Test(arguments: [
        ("Air strikes hit a monastery in Shan State.", "Shan"),
        ("Fighting spread to Mon State on Monday.", "Mon"),
        ("A junta airstrike hit a village in Sagaing Region.", "Sagaing"),
    ])
    func aShortProvinceNameIsMatchedWithItsNoun(text: String, name: String) {
        let p = gazetteer.mentions(in: text).first?.entry
        #expect(p?.name == name)
        #expect(p?.kind == .admin1)
        #expect(p?.country == "Myanmar")
    }

    // MARK: Blasts told landing, insurgent groups of other regions

    @Test(arguments: [
        "At least 71 people were killed yesterday when explosions ripped through a crowded motor park in Abuja.",
        "Blasts rocked a market in Maiduguri yesterday, killing 20 people.",
        "Two people died after explosions tore through a bus station in Kano yesterday.",
    ])
    func blastsToldLandingAreOneEvent(sentence: String) {
        let found = ExtractionFixture.extract(sentence, published: "2014-04-15")
        #expect(found.count == 1)
        #expect(found.first?.date == Day(iso: "2014-04-14"))
    }

    @Test func blastsAsAClassAreNoEvent() {
        #expect(ExtractionFixture.extract("Explosions have become common in the city, residents said.", published: "2014-04-15").isEmpty)
    }

    @Test(arguments: [
        ("A police team was ambushed by Maoist rebels in Chhattisgarh on Tuesday, killing 76 personnel.", "CPI (Maoist)"),
        ("Shining Path guerrillas ambushed an army patrol in Ayacucho on Tuesday, killing seven soldiers.", "Shining Path"),
        ("FARC rebels attacked a police station in Cauca on Tuesday, killing three officers.", "FARC"),
        ("Abu Sayyaf militants attacked a village in Sulu on Tuesday, killing four people.", "Abu Sayyaf"),
    ])
    func insurgentGroupsOfOtherRegionsAreKnown(sentence: String, group: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-02-14").first?.perpetrator == group)
    }

    @Test(arguments: [
        ("An army patrol was ambushed by fighters of al-Shabaab near Afgoye on Tuesday.", "al-Shabaab"),
        ("A police team was ambushed by a large number of cadres of the Maoists in Chhattisgarh on Tuesday.", "CPI (Maoist)"),
        ("The village was stormed by dozens of gunmen from Boko Haram on Tuesday.", "Boko Haram"),
    ])
    func fightersOfAGroupAfterByAreTheGroup(sentence: String, group: String) {
        #expect(ExtractionFixture.extract(sentence, published: "2024-02-14").first?.perpetrator == group)
    }

    /// "Friday's terrorist attack": a day's possessive dates the attack across its adjectives, as "Friday's attack" does.
    @Test(arguments: [
        "The number of worshippers killed in Friday's terrorist attack on a mosque in Bir al-Abed has risen to 305.",
        "Police said they had arrested two men over Friday's deadly suicide attack in Bir al-Abed.",
    ])
    func aDaysPossessiveDatesTheAttackAcrossItsAdjectives(sentence: String) {
        let i = ExtractionFixture.extract(sentence, published: "2017-11-25").first
        #expect(i?.date == Day(iso: "2017-11-24"))
        #expect(i?.place == "Bir al-Abed")
    }
}
