import XCTest
@testable import SamskapStore

// Replaced by the module's real tests as they land.
final class SamskapStoreTestsModuleLoads: XCTestCase {
    func testModuleLinks() { XCTAssertEqual(1 + 1, 2) }
}
