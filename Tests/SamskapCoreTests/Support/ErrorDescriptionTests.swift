import Foundation
import XCTest
@testable import SamskapCore

/// How errors read in messages, now that `localizedDescription` is gone.
final class ErrorDescriptionTests: XCTestCase {
    private struct Ours: UserFacingError {
        func message(_ language: Language) -> String { language == .nb ? "Noe gikk galt." : "Something went wrong." }
    }

    func testOurErrorsSayTheirMessage() {
        XCTAssertEqual(Ours().readableDescription(.nb), "Noe gikk galt.")
        XCTAssertEqual(Ours().readableDescription(.en), "Something went wrong.")
    }

    func testFileErrorsSayTheSystemsReason() {
        XCTAssertThrowsError(try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/samskap.json"))) { error in
            XCTAssertEqual(error.readableDescription(.en), "No such file or directory")
        }
        XCTAssertThrowsError(try Data(contentsOf: FileManager.default.temporaryDirectory)) { error in
            XCTAssertEqual(error.readableDescription(.en), "Is a directory")
        }
        XCTAssertEqual(POSIXError(.EACCES).readableDescription(.en), "Permission denied",
                       "the system's reason in the message's language, whatever the process speaks")
    }

    func testOtherErrorsDescribeThemselves() {
        let error = ContentError.malformed("x.json", "no list")
        XCTAssertEqual(error.readableDescription(.en), "x.json is not valid: no list")
    }
}
