import Testing
@testable import ChronicleKit

/// Gunmen in disguise, a capital named by its country's adjective, the lead's undated news beside an event recalled
/// with its own day and toll, and bombs counted as one wave (forty-seventh session).
@Suite("Uniforms, capitals by adjective, undated leads and counted waves")
struct WavesCapitalsAndUniformsTests {
    @Test(arguments: [
        "gunmen wearing army uniforms killed 24 people",
        "gunmen in police uniforms killed 24 people",
        "men dressed as soldiers killed 24 people",
        "militants disguised as policemen shot dead 24 villagers",
    ])
    func armedMenInDisguiseKillingACountIsAnEvent(_ clause: String) {
        let found = ExtractionFixture.extract("Village attacked\n\nOn Friday, \(clause) in the village of Albu Sifi south of Baghdad.", published: "2010-04-04")
        #expect(found.count == 1)
        #expect(found.first?.killed == 24)
        #expect(found.first?.date == Day(iso: "2010-04-02"))
    }

    @Test(arguments: [
        ("in the Iraqi capital", "Baghdad"),
        ("in the Afghan capital", "Kabul"),
        ("in the Sri Lankan capital", "Colombo"),
        ("in the Somali capital, Mogadishu", "Mogadishu"),
        ("in the Lebanese capital", "Beirut"),
    ])
    func aCapitalNamedByItsCountrysAdjectiveIsThatCapital(_ phrase: String, _ town: String) {
        let found = ExtractionFixture.extract("Blast\n\nA car bomb exploded near a market \(phrase) on Monday, killing six people.", published: "2010-04-07")
        #expect(found.count == 1)
        #expect(found.first?.place == town)
    }

    @Test func theAdjectiveAloneIsNoPlace() {
        let found = ExtractionFixture.extract("Blast\n\nA car bomb exploded near an Iraqi army checkpoint on Monday, killing six soldiers.", published: "2010-04-07")
        #expect(found.first?.place == nil)
    }

    @Test(arguments: [
        ("Three car bombs have exploded within a few minutes of each other near embassies in Baghdad, killing at least 30 people.", "IED attack"),
        ("Suicide bombers struck three police stations in Baghdad, killing at least 30 people.", "IED attack"),
    ])
    func theLeadsUndatedNewsStaysTheNewsBesideAKillingRecalledWithItsOwnDay(_ lead: String, _ type: String) {
        let text = """
        Bombings in Baghdad

        \(lead)

        Officials said the toll could rise.

        Only two days ago, on Friday, gunmen killed 24 people in the village of Albu Sifi south of Baghdad.
        """
        let found = ExtractionFixture.extract(text, published: "2010-04-04")
        #expect(found.count == 2)
        let news = found.first { $0.place == "Baghdad" }
        #expect(news?.killed == 30)
        #expect(news?.eventType.rawValue == type)
        #expect(news?.role == .main)
        #expect(news?.date == Day(iso: "2010-04-04"))
        let village = found.first { $0.place == "Albu Sifi" }
        #expect(village?.killed == 24)
        #expect(village?.date == Day(iso: "2010-04-02"))
    }

    @Test(arguments: [
        "one of three near-simultaneous explosions that targeted embassies in Baghdad",
        "one of three coordinated bombings that targeted embassies in Baghdad",
    ])
    func aBombCountedOffAWaveStruckTogetherIsPartOfIt(_ wave: String) {
        let text = """
        Embassy bombed

        Egypt yesterday condemned the suicide car bombing near its consulate, \(wave), which left 42 people dead.

        The blast near the consulate in the Mansour district came at around 11:20 in the morning.

        A third suicide bomber detonated his car at the gate of the Iranian embassy, near the Green Zone.
        """
        let found = ExtractionFixture.extract(text, published: "2010-04-05")
        #expect(found.count == 1)
        #expect(found.first?.place == "Baghdad")
        #expect(found.first?.killed == 42)
    }

    @Test func twoBombsHoursApartAreTwoEvents() {
        let text = """
        Baghdad toll rises

        The death toll from the two car bombs in Baghdad on Tuesday rose to 31, officials said.

        The first blast came just after midnight outside an ice cream parlour in Karrada, killing 17 people.

        Late on Tuesday morning a second car exploded beside a pension office near the Shuhada Bridge, killing 14 people.
        """
        let found = ExtractionFixture.extract(text, published: "2017-05-31")
        #expect(found.count == 2)
        #expect(found.first { $0.place == "Shuhada Bridge" }?.killed == 14)
    }

    @Test func aSmallTownNamedLikeItsProvinceBesideABiggerTownIsTheProvince() {
        let text = """
        Taliban attack on army base in Balkh kills at least 140 soldiers

        At least 140 soldiers were killed when Taliban militants stormed the army corps headquarters near Mazar-i-Sharif on Friday.
        """
        let found = ExtractionFixture.extract(text, published: "2017-04-22")
        #expect(found.count == 1)
        #expect(found.first?.place == "Mazar-i-Sharif")
        #expect(found.first?.killed == 140)
    }

    @Test func theProvincesBiggestTownStaysTheTown() {
        let text = "Bombing\n\nA car bomb exploded in Kandahar on Friday, killing nine people, a week after a blast in Spin Boldak."
        let found = ExtractionFixture.extract(text, published: "2017-04-22")
        #expect(found.first?.place == "Kandahar")
        #expect(found.first?.admin1 == "Kandahar")
    }
}
