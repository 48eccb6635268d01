import XCTest
@testable import SamskapLocale

final class LanguageTests: XCTestCase {
    private func request(_ variables: [String: String], catalogues: Set<String> = []) -> LanguageRequest {
        LanguageRequest.resolve({ variables[$0] }, hasCatalogue: { catalogues.contains($0) })
    }

    func testNynorskBokmalAndNorwegianAreFoundInEveryVariable() {
        XCTAssertEqual(request(["LANGUAGE": "nn"]), LanguageRequest(code: "nn", language: .nn))
        XCTAssertEqual(request(["LANG": "nn_NO.UTF-8"]), LanguageRequest(code: "nn", language: .nn))
        XCTAssertEqual(request(["LANG": "no_NO.UTF-8"]), LanguageRequest(code: "nb", language: .nb))
        XCTAssertEqual(request(["LC_ALL": "nb_NO"]), LanguageRequest(code: "nb", language: .nb))
        XCTAssertEqual(request(["LANGUAGE": "nn:nb", "LANG": "en_GB.UTF-8"]).language, .nn)
    }

    func testAnUnknownLanguageGivesEnglishUnlessItHasACatalogue() {
        XCTAssertEqual(request(["LANG": "de_DE.UTF-8"]), LanguageRequest(code: "en", language: .en))
        XCTAssertEqual(request(["LANGUAGE": "xx"], catalogues: ["xx"]), LanguageRequest(code: "xx", language: .en),
                       "a new translation without content of its own: its texts, English content")
        XCTAssertEqual(request([:]), LanguageRequest(code: "nb", language: .nb), "bokmål when nothing is asked")
        XCTAssertEqual(request(["LANG": "C.UTF-8"]).language, .nb, "C asks for nothing")
    }

    func testNorwegianInBothFormsAndTheirTags() {
        XCTAssertTrue(Language.nn.isNorwegian && Language.nb.isNorwegian && !Language.en.isNorwegian)
        XCTAssertEqual(Language(code: "nn_NO.UTF-8"), .nn)
        XCTAssertNil(Language(code: "de"))
        XCTAssertEqual(Language.nn.bcp47Tag, "nn-NO")
    }
}
