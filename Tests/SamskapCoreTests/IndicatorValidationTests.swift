import XCTest
import TestSupport
@testable import SamskapCore

final class IndicatorValidationTests: XCTestCase {
    private var indicator: Indicator { Fixtures.smallDocument().indicators[0] }

    func testValidIndicatorsHaveNoIssues() {
        XCTAssertEqual(indicator.validationIssues(), [])
        XCTAssertEqual(Fixtures.smallDocument().indicators[1].validationIssues(), [])
    }

    func testEmptyName() {
        var i = indicator
        i.name = ""
        assertIssue(i.validationIssues(), .indicatorNameEmpty, .error, field: "indicator.name")
    }

    func testNumbersWithoutUnit() {
        var i = indicator
        i.unit = " "
        assertIssue(i.validationIssues(), .indicatorUnitMissing, .error, field: "indicator.unit",
                    nbContains: ["«Antall deltakere»"], enContains: ["“Antall deltakere”"])
        // Only a baseline value is enough to need a unit; no values at all is fine.
        i.target.value = nil
        XCTAssertEqual(i.validationIssues().map(\.rule), [.indicatorUnitMissing])
        i.baseline.value = nil
        XCTAssertEqual(i.validationIssues(), [])
    }

    func testTargetDateBeforeBaselineDate() {
        var i = indicator
        i.target.date = Fixtures.day("2024-12-31")
        assertIssue(i.validationIssues(), .indicatorTargetDateBeforeBaseline, .error, field: "indicator.target.date",
                    nbContains: ["31.12.2024", "1.1.2025"], enContains: ["2024-12-31", "2025-01-01"])
    }

    func testTargetOnTheWrongSideIsAWarning() {
        var i = indicator
        i.target.value = 5 // below baseline 10, higher is better
        assertIssue(i.validationIssues(), .indicatorTargetOnWrongSide, .warning, field: "indicator.target.value",
                    nbContains: ["(5)", "(10)", "høyere"], enContains: ["(5)", "(10)", "higher"])
        i.direction = .lowerIsBetter
        XCTAssertEqual(i.validationIssues(), [])
        i.target.value = 12.5
        assertIssue(i.validationIssues(), .indicatorTargetOnWrongSide, .warning, field: "indicator.target.value",
                    nbContains: ["12,5", "lavere"], enContains: ["12.5", "lower"])
        i.target.value = 10 // keep the level: not the wrong side
        XCTAssertEqual(i.validationIssues(), [])
    }

    func testQualitativeWithNumbersIsAWarning() {
        var i = Fixtures.smallDocument().indicators[1]
        i.target.value = 7
        assertIssue(i.validationIssues(), .qualitativeIndicatorWithNumber, .warning, field: "indicator.target.value",
                    nbContains: ["7"], enContains: ["7"])
        XCTAssertFalse(i.validationIssues().hasErrors)
    }
}
