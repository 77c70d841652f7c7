import Foundation
import Testing
@testable import ChronicleKit

/// The people a report sends to hospital, and further phrasings of the forty-eighth session.
@Suite("Hospitals and hostages")
struct HospitalsAndHostagesTests {
    func read(_ s: String) -> Casualties { CasualtyReader.read(s as NSString) }

    @Test(arguments: [
        ("Officials put the death toll at 60 and said more than 110 people had been taken to hospitals in Lahore.", 110 as Int?),
        ("The health ministry says 145 people have been hospitalized.", 145),
        ("Four other people were rushed to the Beilinson and Sheba hospitals.", 4),
        ("Eight of the injured were taken to hospital for treatment.", nil),
        ("The bodies of two people were taken to the hospital in Sinjar.", nil),
        ("Several people were taken to hospital with burns.", nil),
    ])
    func thePeopleSentToHospitalAreTheWounded(_ sentence: String, _ wounded: Int?) {
        #expect(read(sentence).wounded == wounded)
    }

    @Test func aWoundedCountStandsBeforeThoseTakenToHospital() {
        #expect(read("The blast wounded 30 people, 12 of whom were taken to hospital in Kirkuk.").wounded == 30)
        #expect(read("The blast wounded 30 people; 12 people were later taken to hospital in Kirkuk.").wounded == 30)
    }
}
