import FoundationEssentials
import XCTest
import TestSupport
@testable import SamskapCore

/// Issue 16, in Core: the range a measurement value may hold, and dates with a year of one, three or twenty digits.
final class ImportRulesTests: XCTestCase {
    private let doc = Fixtures.smallDocument()

    func testTheValueRangeIsOneQuadrillionEachWay() {
        XCTAssertEqual(Measurement.valueRange, -1e15...1e15)
    }

    func testTypingAValueOutsideTheRangeIsRefusedWithTheRange() throws {
        let indicator = doc.indicators[0]
        XCTAssertEqual(try Measurement.parseValue("1 000 000 000 000 000", for: indicator).get(), 1e15)
        XCTAssertEqual(try Measurement.parseValue("-1000000000000000", for: indicator).get(), -1e15)
        for text in ["10000000000000000000", "1000000000000001", "-1 000 000 000 000 001"] {
            guard case let .failure(issue) = Measurement.parseValue(text, for: indicator) else { return XCTFail("\(text) accepted") }
            XCTAssertEqual(issue.rule, .measurementValueOutOfRange, text)
            XCTAssertEqual(issue.field, "measurement.value")
            XCTAssertTrue(issue.message(.nb).contains("1 000 000 000 000 000"), issue.message(.nb))
            XCTAssertTrue(issue.message(.en).contains("1,000,000,000,000,000"), issue.message(.en))
        }
    }

    func testAStoredValueOutsideTheRangeIsAnError() {
        for value in [1e300, -2e15, Double.infinity, -Double.infinity, Double.nan] {
            var m = doc.measurements[0]
            m.value = value
            let issues = m.validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: Fixtures.day("2025-12-01"))
            XCTAssertEqual(issues.map(\.rule), [value.isFinite ? .measurementValueOutOfRange : .measurementNotANumber], "\(value)")
            XCTAssertTrue(issues.allSatisfy { $0.severity == .error })
        }
    }

    func testYearsOfOneOrThreeDigitsAreNoDates() {
        for text in ["1.1.1", "1.1.026", "1/1/1", "1.1.99999999999999999999", "99999999999999999999.1.2026", "1.99999999999999999999.2026",
                     "-001-01-01", "+026-01-01", "2026-+1-01", "1.3/2026", "0001-01-01x"] {
            XCTAssertNil(Day(parsing: text), text)
        }
        XCTAssertEqual(Day(parsing: "01.03.26"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "1.3.2026"), Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(Day(parsing: "0001-01-01"), Day(year: 1, month: 1, day: 1))
    }

    func testADayInJSONIsISOOnly() throws {
        struct Box: Decodable { var day: Day }
        for text in ["31/12/2024", "-001-01-01", "1.3.2026", " 2026-03-01", "2026-3-1"] {
            XCTAssertThrowsError(try JSONDecoder().decode(Box.self, from: Data("{\"day\": \"\(text)\"}".utf8)), text)
        }
        XCTAssertEqual(try JSONDecoder().decode(Box.self, from: Data("{\"day\": \"2026-03-01\"}".utf8)).day, Day(year: 2026, month: 3, day: 1))
    }

    func testMergeRefusesAValueOutsideTheRange() {
        for value in [1e300, -Double.infinity, Double.nan] {
            var other = doc
            other.measurements.append(Measurement(id: Fixtures.id(99), indicatorID: doc.indicators[0].id, date: Fixtures.day("2025-08-01"), value: value))
            XCTAssertThrowsError(try doc.mergePlan(from: other)) { error in
                guard let error = error as? MergeError, case .valueOutOfRange = error else { return XCTFail("\(error)") }
                XCTAssertTrue(error.message(.nb).contains("«Antall deltakere» datert 1.8.2025"), error.message(.nb))
                XCTAssertTrue(error.message(.en).contains("from −1,000,000,000,000,000 to 1,000,000,000,000,000"), error.message(.en))
            }
        }
        var fine = doc
        fine.measurements.append(Measurement(id: Fixtures.id(99), indicatorID: doc.indicators[0].id, date: Fixtures.day("2025-08-01"), value: -1e15))
        XCTAssertEqual(try doc.mergePlan(from: fine).changes.count, 1)
    }

    func testABaselineOrTargetOutsideTheRangeIsAnError() {
        for value in [1e300, -2e15, Double.infinity] {
            var indicator = doc.indicators[0]
            indicator.target.value = value
            XCTAssertEqual(indicator.validationIssues().filter { $0.severity == .error }.map(\.field), ["indicator.target.value"], "\(value)")
            indicator.target.value = 50
            indicator.baseline.value = value
            let issues = indicator.validationIssues().filter { $0.rule == .indicatorValueOutOfRange }
            XCTAssertEqual(issues.map(\.field), ["indicator.baseline.value"], "\(value)")
            XCTAssertTrue(issues.first?.message(.nb).contains("1 000 000 000 000 000") == true, "\(issues)")
        }
        XCTAssertEqual(doc.indicators[0].validationIssues(), [])
    }
}
