import XCTest
@testable import SamskapGraphics

// Replaced by the module's real tests as they land.
final class SamskapGraphicsTestsModuleLoads: XCTestCase {
    func testModuleLinks() { XCTAssertEqual(1 + 1, 2) }
}
