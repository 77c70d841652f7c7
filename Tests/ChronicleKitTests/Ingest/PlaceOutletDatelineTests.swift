import Testing
@testable import ChronicleKit

/// A lead signed with its place and the outlet ("Tehran, Jam-e-Jam Online: …"), under a "Speaker: claim" headline and
/// the site's masthead, tagline, menu and stamp (forty-third session).
@Suite("Place and outlet datelines")
struct PlaceOutletDatelineTests {
    @Test(arguments: [
        ("Tehran, Jam-e-Jam Online: Twenty-two people were killed on Thursday evening when gunmen opened fire on travellers.", "Tehran"),
        ("Kabul, Pajhwok Afghan News: A roadside bomb struck a police vehicle in the city on Monday morning, officials said.", "Kabul"),
        ("Lahore, Daily Times: Police said a suicide bomber blew himself up outside a court building on Tuesday.", "Lahore"),
    ])
    func aPlaceAndItsOutletBeforeAColonAreADateline(_ lead: String, _ place: String) {
        let split = Dateline.split(lead)
        #expect(split?.dateline == place)
        #expect(split?.rest.first?.isUppercase == true)
        #expect(Dateline.isWire(lead))
    }

    @Test func aNameListIsNoDateline() {
        #expect(Dateline.split("Smith, however, said: the talks would resume next week in the capital, officials added.") == nil)
    }

    @Test func aSpeakerHeadlineAboveASiteHeaderLeavesTheDatelineToTheLead() {
        let body = """
        Interior Ministry: 22 killed as bandits open fire on travellers on the Zabol-Zahedan road
        Jam-e-Jam Online
        English Edition | Iran's first online daily
        Provinces > Sistan and Baluchestan
        Saturday, 18 March 2006
        Tehran, Jam-e-Jam Online: Twenty-two people were killed on Thursday evening when an armed group opened fire on travellers.
        Seven other people were wounded and taken to hospitals in Zabol.
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.dateline == "Tehran")
        #expect(c.paragraphs.contains { $0.hasPrefix("Twenty-two people were killed") })
        #expect(!c.paragraphs.contains { $0.hasPrefix("Tehran,") })
    }

    @Test func aCountryLabelOverAHeadlineStaysItsDateline() {
        let body = """
        Benin: 28 soldiers killed in attack on army position, government says
        The government announced on Thursday that 28 soldiers were killed in an attack on a military position in the north of the country.
        """
        let c = TextCleaner.clean(body, hasTitle: false)
        #expect(c.dateline == "Benin")
    }

    @Test(arguments: [("HAKKARİ (DİHA) - Guerrillas attacked military posts in the district in the early hours of the morning.", "HAKKARİ"),
                      ("ŞIRNAK, 19 October 2011 (ANF) - Clashes broke out near the border overnight, local sources said.", "ŞIRNAK, 19 October 2011"),
                      ("SÃO PAULO (Reuters) - Gunmen attacked a police base on the city's east side on Monday, officials said.", "SÃO PAULO")])
    func capitalsOfAnyScriptOpenAWireDateline(_ lead: String, _ dateline: String) {
        #expect(Dateline.split(lead)?.dateline == dateline)
    }
}

/// A byline line that ends on a dated dateline ("From our correspondent and agencies - San Cristóbal de Las Casas,
/// Chis., December 22"): the dateline's day is the day the report was written (forty-fourth session).
@Suite("Bylined datelines")
struct BylinedDatelineTests {
    @Test(arguments: [
        ("From our correspondent and agencies - San Cristóbal de Las Casas, Chis., December 22", "San Cristóbal de Las Casas, Chis., December 22"),
        ("By Staff Reporter — Kabul, 7 July", "Kabul, 7 July"),
        ("From our special envoy - Rio de Janeiro, RJ, March 3", "Rio de Janeiro, RJ, March 3"),
    ])
    func aBylineEndingOnADatedPlaceIsADateline(_ line: String, _ dateline: String) {
        #expect(Dateline.standalone(line) == dateline)
    }

    @Test(arguments: ["By Staff Reporter — Kabul", "From our correspondent - the fighting went on until December 22 in the hills and beyond"])
    func aBylineWithoutAPlaceAndDateIsNoDateline(_ line: String) {
        #expect(Dateline.standalone(line) == nil)
    }

    @Test func todayInAReportWrittenTheDayBeforePrintIsTheDatelinesDay() {
        let text = """
        ---
        published: 1997-12-23
        ---
        Massacre in the highlands
        Daily paper
        Tuesday 23 December 1997

        From our correspondent and agencies - San Cristóbal de Las Casas, Chis., December 22

        At least 45 people were killed today in the community of Acteal, in the Chiapas highlands, when a group of armed men fired on displaced families gathered in a chapel.
        """
        let (article, _) = ArticleIngester.ingest(SourceFile(path: "x.md", text: text))
        let found = article.map { IncidentExtractor(knowledge: ExtractionFixture.kb).extract(from: $0).incidents } ?? []
        #expect(found.contains { $0.place == "Acteal" && $0.date == Day(iso: "1997-12-22") && $0.killed == 45 })
    }
}
