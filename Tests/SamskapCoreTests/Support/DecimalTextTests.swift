import Foundation
import XCTest
@testable import SamskapCore
import TestSupport

/// `decimalString(places:)` writes what `String(format: "%.Nf")` wrote, whatever the C locale.
final class DecimalTextTests: XCTestCase {
    func testMatchesStringFormat() {
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1.005, 3.14159, 1e-10, -1e-10, 99.95, 1e15, 123456789.987654321,
                                1.7976931348623157e308, -4.9e-324, .infinity, -.infinity, .nan]
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 { values.append(Double.random(in: -1e6...1e6, using: &random)) }
        for _ in 0..<100 { values.append(Double(bitPattern: random.next())) }
        for value in values {
            for places in 0...10 {
                XCTAssertEqual(value.decimalString(places: places), String(format: "%.\(places)f", value), "\(value) \(places)")
            }
        }
    }

    func testKeepsThePointUnderALocaleWithADecimalComma() throws {
        let ran: Void? = try NorwegianNumericLocale.run {
            var buffer = [CChar](repeating: 0, count: 16)
            _ = withVaList([1.5]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
            XCTAssertEqual(String(cString: buffer), "1,5", "printf itself follows the locale")
            XCTAssertEqual(1.5.decimalString(places: 1), "1.5")
            XCTAssertEqual(1.5.decimalString(places: 1), "1.5", "and the thread's locale is back afterwards")
            _ = withVaList([2.5]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
            XCTAssertEqual(String(cString: buffer), "2,5")
        }
        if ran == nil { throw XCTSkip("no Norwegian locale could be built here") }
    }
}
