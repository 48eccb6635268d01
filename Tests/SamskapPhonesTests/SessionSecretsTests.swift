import XCTest
@testable import SamskapPhones

final class SessionSecretsTests: XCTestCase {
    func testTokenHas128BitsOfHex() {
        let token = SessionSecrets.token()
        XCTAssertEqual(token.count, 32)
        XCTAssertTrue(token.allSatisfy { $0.isHexDigit })
        XCTAssertNotEqual(token, SessionSecrets.token())
    }

    func testShortCodeAvoidsLookAlikes() {
        for _ in 0..<200 {
            let code = SessionSecrets.shortCode()
            XCTAssertEqual(code.count, 6)
            XCTAssertTrue(code.allSatisfy { SessionSecrets.codeAlphabet.contains($0) }, code)
        }
        for lookAlike in "0O1IL2Z5S8BUV" { XCTAssertFalse(SessionSecrets.codeAlphabet.contains(lookAlike), String(lookAlike)) }
    }

    func testLanguageFollowsAcceptLanguage() {
        XCTAssertEqual(PhoneLanguage.from(acceptLanguage: "nn-NO,nb;q=0.8,en;q=0.5"), .nn)
        XCTAssertEqual(PhoneLanguage.from(acceptLanguage: "en-GB,en;q=0.9"), .en)
        XCTAssertEqual(PhoneLanguage.from(acceptLanguage: "de-DE,en;q=0.4,nb;q=0.7"), .nb)
        XCTAssertEqual(PhoneLanguage.from(acceptLanguage: "fr"), .nb)
        XCTAssertEqual(PhoneLanguage.from(acceptLanguage: nil), .nb)
    }

    func testFormFieldsRefuseMalformedEscapes() {
        XCTAssertThrowsError(try FormFields.parse(Array("e.x=%G1".utf8)))
        XCTAssertThrowsError(try FormFields.parse(Array("novalue".utf8)))
        XCTAssertEqual(try FormFields.parse(Array("a=b%20c&d=e+f".utf8)).map { $0.1 }, ["b c", "e f"])
    }
}
