import XCTest
@testable import SamskapUI

// Replaced by the module's real tests as they land.
final class SamskapUITestsModuleLoads: XCTestCase {
    func testModuleLinks() { XCTAssertEqual(1 + 1, 2) }
}
