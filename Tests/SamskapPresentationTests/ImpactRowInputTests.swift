import Foundation
import SamskapCore
import XCTest
@testable import SamskapPresentation

/// One row of the measurement grid read as a measurement: Core's rules, the window's dates and numbers.
final class ImpactRowInputTests: XCTestCase {
    private let indicator = Indicator(name: "Antall deltakere", level: .output, unit: "deltakere")
    private let period = Period(start: Day(year: 2025, month: 1, day: 1), end: Day(year: 2026, month: 12, day: 31))
    private let today = Day(year: 2026, month: 6, day: 1)!

    private func read(_ cells: [String], base: SamskapCore.Measurement? = nil, indicator: Indicator? = nil) -> MeasurementRowInput.Outcome {
        MeasurementRowInput(cells: cells).read(for: indicator ?? self.indicator, base: base, period: period, today: today, language: .nb)
    }

    func testAnEmptyNewRowIsNothing() {
        XCTAssertEqual(read(["", " ", "", ""]), .empty)
    }

    func testReadsDecimalCommaAndPointAndNorwegianAndISODates() {
        guard case let .valid(m, warnings) = read(["1.3.2026", "12,5", " Mars ", "NAV"]) else { return XCTFail("valid") }
        XCTAssertEqual(m.value, 12.5)
        XCTAssertEqual(m.date, Day(year: 2026, month: 3, day: 1))
        XCTAssertEqual(m.note, "Mars")
        XCTAssertEqual(m.source, "NAV")
        XCTAssertEqual(m.indicatorID, indicator.id)
        XCTAssertTrue(warnings.isEmpty)
        guard case let .valid(point, _) = read(["2026-03-01", "1 234.5", "", ""]) else { return XCTFail("valid") }
        XCTAssertEqual(point.value, 1234.5)
    }

    func testAWordForANumberIsCoresMessageAndNotMissing() {
        guard case let .problems(problems) = read(["1.3.2026", "tolv", "", ""]) else { return XCTFail("problems") }
        XCTAssertEqual(problems.map(\.column), [.value])
        XCTAssertFalse(problems[0].isMissing)
        XCTAssertTrue(problems[0].message.contains("«tolv»"), problems[0].message)
        XCTAssertTrue(problems[0].message.contains("«Antall deltakere»"), problems[0].message)
    }

    func testANewRowStillBeingTypedLacksCellsWithoutBeingWrong() {
        guard case let .problems(problems) = read(["1.3.2026", "", "", ""]) else { return XCTFail("problems") }
        XCTAssertEqual(problems.map(\.column), [.value])
        XCTAssertTrue(problems.allSatisfy(\.isMissing))
        guard case let .problems(noDate) = read(["", "12", "", ""]) else { return XCTFail("problems") }
        XCTAssertEqual(noDate.map(\.column), [.date])
        XCTAssertTrue(noDate[0].isMissing)
    }

    func testAnUnreadableDateIsWrong() {
        guard case let .problems(problems) = read(["31.2.2026", "12", "", ""]) else { return XCTFail("problems") }
        XCTAssertEqual(problems.map(\.column), [.date])
        XCTAssertFalse(problems[0].isMissing)
    }

    func testAStoredMeasurementKeepsItsIdAndComment() {
        let stored = SamskapCore.Measurement(indicatorID: indicator.id, date: Day(year: 2026, month: 1, day: 1)!, value: 3, comment: "fra CSV")
        guard case let .valid(m, _) = read(["1.1.2026", "4", "", ""], base: stored) else { return XCTFail("valid") }
        XCTAssertEqual(m.id, stored.id)
        XCTAssertEqual(m.comment, "fra CSV")
        XCTAssertEqual(m.value, 4)
    }

    func testDatesOutsideThePeriodOrAheadAreWarningsThatStillSave() {
        guard case let .valid(_, warnings) = read(["1.12.2026", "4", "", ""]) else { return XCTFail("valid") }
        XCTAssertEqual(warnings.map(\.column), [.date])
    }

    func testAQualitativeIndicatorNeedsANoteNotANumber() {
        let qualitative = Indicator(name: "Opplevd trygghet", level: .outcome, kind: .qualitative)
        guard case let .valid(m, _) = read(["1.3.2026", "", "Familiene sier de sover bedre", ""], indicator: qualitative) else {
            return XCTFail("valid")
        }
        XCTAssertNil(m.value)
        guard case let .problems(problems) = read(["1.3.2026", "", "", ""], indicator: qualitative) else { return XCTFail("problems") }
        XCTAssertEqual(problems.map(\.column), [.note])
    }

    func testAStoredMeasurementShowsInTheWindowsWay() {
        let m = SamskapCore.Measurement(indicatorID: indicator.id, date: Day(year: 2026, month: 3, day: 1)!, value: 12.5, note: "Mars")
        XCTAssertEqual(MeasurementRowInput(m, language: .nb).cells, ["1.3.2026", "12,5", "Mars", ""])
        XCTAssertEqual(MeasurementRowInput(m, language: .en).cells, ["2026-03-01", "12.5", "Mars", ""])
        XCTAssertEqual(ImpactText.number(0.000015, language: .nb), "0,000015")
        XCTAssertEqual(ImpactText.number(1e16, language: .en), "10000000000000000")
    }
}

extension ImpactRowInputTests {
    func testADateOnTheWayIsNotADate() {
        // "1.3.2" and "1.3.202" read as the years 2 and 202: still being typed, never saved.
        for text in ["1.3.2", "1.3.202", "1.3.20260"] {
            guard case let .problems(problems) = MeasurementRowInput(cells: [text, "12", "", ""])
                .read(for: Indicator(name: "X", level: .output, unit: "stk"), base: nil, period: Period(), language: .nb) else {
                return XCTFail("\(text) is not a date")
            }
            XCTAssertEqual(problems.map(\.column), [.date], text)
        }
    }
}
