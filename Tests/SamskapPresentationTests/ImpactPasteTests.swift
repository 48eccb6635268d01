import SamskapCore
import XCTest
@testable import SamskapPresentation

/// A block pasted from a spreadsheet into the measurement grid, without a window.
final class ImpactPasteTests: XCTestCase {
    func testSplitsRowsAtAnyLineBreakAndCellsAtTabs() {
        let rows = MeasurementPaste.rows("1.3.2026\t12,5\tMars\r\n1.4.2026\t13\r\n\n2026-05-01\t14.5\tMai\tNAV\n")
        XCTAssertEqual(rows, [["1.3.2026", "12,5", "Mars"], ["1.4.2026", "13"], ["2026-05-01", "14.5", "Mai", "NAV"]])
    }

    func testKeepsEmptyCellsInsideARowAndUnquotesSpreadsheetCells() {
        XCTAssertEqual(MeasurementPaste.rows("1.3.2026\t\t\"Sa \"\"hei\"\"\"\n"), [["1.3.2026", "", "Sa \"hei\""]])
    }

    func testABlockIsTextWithATabOrALineBreak() {
        XCTAssertTrue(MeasurementPaste.isBlock("1.3.2026\t12"))
        XCTAssertTrue(MeasurementPaste.isBlock("12\r\n13"))
        XCTAssertFalse(MeasurementPaste.isBlock("12,5"))
    }

    func testDropsAHeadingOnlyWhenPastedAtTheDateColumn() {
        let rows = [["Dato", "Verdi"], ["1.3.2026", "12"]]
        XCTAssertEqual(MeasurementPaste.withoutHeading(rows, startColumn: .date), [["1.3.2026", "12"]])
        XCTAssertEqual(MeasurementPaste.withoutHeading(rows, startColumn: .value), rows)
        XCTAssertEqual(MeasurementPaste.withoutHeading([["1.3.2026", "12"]], startColumn: .date), [["1.3.2026", "12"]])
        // A first row with a bad date but a number is data with a mistake, not a heading: it stays to be marked.
        XCTAssertEqual(MeasurementPaste.withoutHeading([["1.13.2026", "12"]], startColumn: .date), [["1.13.2026", "12"]])
    }

    func testPlacesTheBlockFromTheCellItWasPastedIntoAndAddsRows() {
        var existing = MeasurementRowInput(cells: ["1.1.2026", "5", "januar", "NAV"])
        let rows = MeasurementPaste.place([["6", "februar"], ["7"]], at: 0, column: .value, over: [existing, MeasurementRowInput()])
        existing[.value] = "6"
        existing[.note] = "februar"
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0], existing, "cells left of and past the block stay")
        XCTAssertEqual(rows[1].cells, ["", "7", "", ""])
        let grown = MeasurementPaste.place([["1.3.2026", "1"], ["1.4.2026", "2"], ["1.5.2026", "3"]], at: 1, column: .date, over: [existing])
        XCTAssertEqual(grown.count, 4)
        XCTAssertEqual(grown[3].cells, ["1.5.2026", "3", "", ""])
    }

    func testCellsPastTheLastColumnAreDropped() {
        let rows = MeasurementPaste.place([["1.3.2026", "1", "note", "kilde", "kommentar", "mer"]], at: 0, column: .date, over: [])
        XCTAssertEqual(rows[0].cells, ["1.3.2026", "1", "note", "kilde"])
    }
}
