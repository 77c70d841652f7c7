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
