import Foundation
import SamskapCore
@testable import SamskapGraphics
import XCTest

/// The charts' measurements by indicator: each indicator's own, oldest first, ties in the project's order.
final class MeasurementIndexTests: XCTestCase {
    func testGroupsByIndicatorOldestFirstAndKeepsTheListOrderOnEqualDates() throws {
        let a = UUID(), b = UUID()
        func day(_ text: String) throws -> Day { try XCTUnwrap(Day(parsing: text)) }
        let list = [
            Measurement(indicatorID: a, date: try day("2025-03-01"), value: 3),
            Measurement(indicatorID: b, date: try day("2025-01-01"), value: 10),
            Measurement(indicatorID: a, date: try day("2025-01-01"), value: 1),
            Measurement(indicatorID: a, date: try day("2025-03-01"), value: 4),
            Measurement(indicatorID: a, date: try day("2025-02-01"), value: 2),
        ]
        let index = MeasurementIndex(list)
        XCTAssertEqual(index[a]?.map(\.value), [1, 2, 3, 4])
        XCTAssertEqual(index[b]?.map(\.value), [10])
        XCTAssertNil(index[UUID()], "an indicator without measurements has none")
    }

    func testChartDataShowsTheDocumentsMeasurements() {
        let data = ChartFixtures.richData()
        for indicator in data.document.indicators {
            let expected = data.document.measurements.filter { $0.indicatorID == indicator.id }.sorted { $0.date < $1.date }
            XCTAssertEqual((data.measurementsByIndicator[indicator.id] ?? []).map(\.date), expected.map(\.date))
        }
    }
}
