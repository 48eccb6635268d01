import Foundation
import XCTest
import SamskapCore
@testable import SamskapPhones

/// The answer page speaks the phone's language from the app's catalogue, whatever language the app itself runs in:
/// three phones in one room may read three languages at once.
final class PhonePageLanguageTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipIf(!Catalogue.speaks(.nb) || !Catalogue.speaks(.nn), "the compiled catalogue (po/compile.sh) is not there")
    }

    func testEachPhoneReadsItsOwnLanguage() {
        XCTAssertEqual(PhonePageTexts.of(.en).waiting, "Thank you – waiting for the results")
        XCTAssertEqual(PhonePageTexts.of(.nb).waiting, "Takk – venter på resultatene")
        XCTAssertEqual(PhonePageTexts.of(.nn).waiting, "Takk – ventar på resultata")
    }

    func testARefusalIsSaidInThePhonesLanguageAndAProtocolErrorInEnglish() {
        XCTAssertEqual(PhonePageTexts.refusal(.wrongCode, .en), "Wrong code. Check the code on the big screen.")
        XCTAssertEqual(PhonePageTexts.refusal(.closed, .nn), "Runden er stengd; svara kan ikkje endrast lenger.")
        XCTAssertEqual(PhonePageTexts.refusal(.tooLarge, .nb), "Too large.")
    }

    func testNynorskPhonesReadTheNynorskStatements() {
        XCTAssertEqual(PhoneLanguage.nn.language, .nn)
        XCTAssertEqual(PhoneLanguage.from(acceptLanguage: "nn-NO").language, .nn)
    }
}
