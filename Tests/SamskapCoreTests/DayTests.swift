import XCTest
@testable import SamskapCore

final class DayTests: XCTestCase {
    func testParsesIsoAndNorwegianForms() throws {
        XCTAssertEqual(Day(parsing: "2026-03-01"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "1.3.2026"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "01.03.26"), Day(year: 2026, month: 3, day: 1))
        XCTAssertNil(Day(parsing: "30.2.2026"))
        XCTAssertNil(Day(parsing: "tolv"))
    }

    func testOrdinalRoundTripsAndCountsDays() throws {
        let d = try XCTUnwrap(Day(year: 2024, month: 2, day: 28))
        XCTAssertEqual(d.adding(days: 1), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(d.adding(days: 2), Day(year: 2024, month: 3, day: 1))
        XCTAssertEqual(Day(ordinal: 0), Day(year: 1970, month: 1, day: 1))
        XCTAssertEqual(try XCTUnwrap(Day(year: 2025, month: 1, day: 1)).ordinal - d.ordinal, 308)
    }
}
