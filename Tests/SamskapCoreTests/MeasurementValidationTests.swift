import XCTest
import TestSupport
@testable import SamskapCore

final class MeasurementValidationTests: XCTestCase {
    private let doc = Fixtures.smallDocument()
    private let today = Fixtures.day("2025-12-01")

    func testParsesNumbersTheWayNorwegiansTypeThem() {
        let cases: [(String, Double)] = [
            ("12", 12), ("12,5", 12.5), ("12.5", 12.5), ("1 234,5", 1234.5), ("1\u{00A0}234,5", 1234.5),
            ("1\u{202F}234", 1234), ("1\u{2009}234\u{2009}567", 1_234_567), ("-3", -3), ("\u{2212}3,25", -3.25),
            ("  42  ", 42), ("0,5", 0.5), (",5", 0.5), ("+7", 7), ("- 4", -4), ("1 000 000", 1_000_000),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(Measurement.parseNumber(text), expected, "«\(text)»")
        }
    }

    func testRejectsWhatIsNotANumber() {
        for text in ["tolv", "1,2,3", "1.234,5", "", "   ", "NaN", "nan", "inf", "-inf", "Infinity", "1e5", "12 3", "1 23",
                     "1,5 0", "12abc", "--3", "-", ",", "0x1F", "١٢"] {
            XCTAssertNil(Measurement.parseNumber(text), "«\(text)» must not parse")
        }
    }

    func testParseValueExplainsWhatWentWrong() throws {
        let indicator = doc.indicators[0]
        XCTAssertEqual(try Measurement.parseValue("1 234,5", for: indicator).get(), 1234.5)
        XCTAssertEqual(try Measurement.parseValue("  ", for: indicator).get(), nil)
        guard case let .failure(issue) = Measurement.parseValue("tolv", for: indicator) else { return XCTFail("tolv parsed") }
        XCTAssertEqual(issue.message(.nb), "Målingen for «Antall deltakere» må være et tall (fikk «tolv»). Skriv for eksempel 12 eller 12,5.")
        XCTAssertEqual(issue.message(.en), "The measurement for “Antall deltakere” must be a number (got “tolv”). Type for example 12 or 12.5.")
        XCTAssertEqual(issue.field, "measurement.value")
        XCTAssertEqual(issue.severity, .error)
    }

    func testValidMeasurementsHaveNoIssues() {
        XCTAssertEqual(doc.measurements[0].validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: today), [])
        XCTAssertEqual(doc.measurements[1].validationIssues(indicator: doc.indicators[1], period: doc.project.period, today: today), [])
    }

    func testQuantitativeWithoutValueAndQualitativeWithoutNote() {
        var m = doc.measurements[0]
        m.value = nil
        assertIssue(m.validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: today),
                    .measurementValueMissing, .error, field: "measurement.value", nbContains: ["«Antall deltakere»"])
        var n = doc.measurements[1]
        n.note = "  "
        assertIssue(n.validationIssues(indicator: doc.indicators[1], period: doc.project.period, today: today),
                    .measurementNoteMissing, .error, field: "measurement.note", enContains: ["“Deltakernes fortellinger”"])
    }

    func testDateOutsideThePeriodIsAWarning() {
        var m = doc.measurements[0]
        m.date = Fixtures.day("2024-12-31") // period 1.1.2025–31.12.2026
        let issues = m.validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: today)
        assertIssue(issues, .measurementOutsidePeriod, .warning, field: "measurement.date",
                    nbContains: ["31.12.2024", "1.1.2025"], enContains: ["2024-12-31", "2026-12-31"])
        XCTAssertFalse(issues.hasErrors)
        // Both ends belong to the period.
        m.date = Fixtures.day("2025-01-01")
        XCTAssertEqual(m.validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: today), [])
    }

    func testDateInTheFutureIsAWarning() {
        var m = doc.measurements[0]
        m.date = today.adding(days: 1)
        assertIssue(m.validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: today),
                    .measurementInFuture, .warning, field: "measurement.date", nbContains: ["2.12.2025"], enContains: ["2025-12-02"])
        m.date = today
        XCTAssertEqual(m.validationIssues(indicator: doc.indicators[0], period: doc.project.period, today: today), [])
    }
}
