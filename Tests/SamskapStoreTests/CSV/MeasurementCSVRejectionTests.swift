import XCTest
import SamskapCore
@testable import SamskapStore

/// Foundation has a `Measurement` too.
private typealias Measurement = SamskapCore.Measurement

/// Every bad input rejects the whole import, names line and column, and leaves the project as it was.
final class MeasurementCSVRejectionTests: XCTestCase {
    private let good = "Familier i egen bolig;2026-01-01;4;;;;;"

    /// Imports as the CLI and the window do (plan, then one transaction) and checks the refusal.
    private func assertRejected(_ text: String, line: Int?, column: String?, _ problem: CSVProblem,
                                file: StaticString = #filePath, lineNumber: UInt = #line) {
        assertRejected(Data(text.utf8), line: line, column: column, problem, file: file, lineNumber: lineNumber)
    }

    private func assertRejected(_ data: Data, line: Int?, column: String?, _ problem: CSVProblem,
                                file: StaticString = #filePath, lineNumber: UInt = #line) {
        let before = CSVFixture.withMeasurements()
        let store = InMemoryProjectStore(before)
        do {
            let plan = try MeasurementCSV.changes(importing: data, into: try store.load())
            try store.apply(plan.changes)
            XCTFail("imported \(plan.added) rows instead of refusing", file: file, line: lineNumber)
        } catch let error as CSVImportError {
            XCTAssertEqual(error, CSVImportError(line: line, column: column, problem: problem), file: file, line: lineNumber)
            for language in Language.allCases {
                XCTAssertFalse(error.message(language).isEmpty, file: file, line: lineNumber)
            }
        } catch {
            XCTFail("unexpected \(error)", file: file, line: lineNumber)
        }
        XCTAssertEqual(store.document, before, "nothing may change", file: file, line: lineNumber)
    }

    func testMessageNamesLineColumnAndTheWayOut() {
        let error = CSVImportError(line: 14, column: "verdi", problem: .badNumber("tolv"))
        XCTAssertEqual(error.message(.nb), "Linje 14, kolonne «verdi»: «tolv» er ikke et tall. Rett cellen og importer på nytt.")
        XCTAssertEqual(error.message(.en), "Line 14, column “verdi”: “tolv” is not a number. Correct the cell and import again.")
    }

    func testBadNumberAfterGoodRows() {
        assertRejected(CSVFixture.csv([good, good, "Familier i egen bolig;2026-02-01;tolv;;;;;"]), line: 4, column: "verdi", .badNumber("tolv"))
    }

    func testUnknownIndicator() {
        assertRejected(CSVFixture.csv([good, "Ukjent indikator;2026-02-01;1;;;;;"]), line: 3, column: "indikator",
                       .unknownIndicatorName("Ukjent indikator"))
    }

    func testAmbiguousIndicatorName() {
        assertRejected(CSVFixture.csv([good, "Deltakere;2026-02-01;1;;;;;"]), line: 3, column: "indikator",
                       .ambiguousIndicatorName("Deltakere", count: 2))
    }

    func testMissingIndicator() {
        assertRejected(CSVFixture.csv([";2026-02-01;1;;;;;"]), line: 2, column: "indikator", .missingIndicator)
    }

    func testUnknownAndMalformedIndicatorID() {
        let stranger = UUID().uuidString
        assertRejected(CSVFixture.csv(["Deltakere;2026-02-01;1;;;;\(stranger);"]), line: 2, column: "indikator-id", .unknownIndicatorID(stranger))
        assertRejected(CSVFixture.csv(["Deltakere;2026-02-01;1;;;;abc;"]), line: 2, column: "indikator-id", .badID("abc"))
    }

    func testBadAndMissingDate() {
        assertRejected(CSVFixture.csv([good, "Familier i egen bolig;31.2.2026;1;;;;;"]), line: 3, column: "dato", .badDate("31.2.2026"))
        assertRejected(CSVFixture.csv(["Familier i egen bolig;i fjor;1;;;;;"]), line: 2, column: "dato", .badDate("i fjor"))
        assertRejected(CSVFixture.csv(["Familier i egen bolig;;1;;;;;"]), line: 2, column: "dato", .missingDate)
    }

    func testQualitativeRowWithoutNote() {
        assertRejected(CSVFixture.csv([good, "Opplevd trygghet;2026-02-01;;  ;;;;"]), line: 3, column: "notat",
                       .missingNote(indicator: "Opplevd trygghet"))
    }

    func testQuantitativeRowWithoutValue() {
        assertRejected(CSVFixture.csv(["Familier i egen bolig;2026-02-01;;bare et notat;;;;"]), line: 2, column: "verdi",
                       .missingValue(indicator: "Familier i egen bolig"))
    }

    func testMissingColumns() {
        assertRejected("indikator;verdi\nFamilier i egen bolig;4\n", line: 1, column: nil, .missingColumns(["dato"]))
        assertRejected("date;value\n2026-01-01;4\n", line: 1, column: nil, .missingColumns(["indicator"]))
        assertRejected("indikator;dato;kilde\nFamilier i egen bolig;2026-01-01;x\n", line: 1, column: nil, .missingColumns(["verdi"]))
    }

    func testWrongHeader() {
        // A file without a header: its first row is taken as one, and its cells name no columns.
        assertRejected(good + "\r\n", line: 1, column: nil, .unknownColumn("Familier i egen bolig"))
        assertRejected("indikator;dato;beløp\n", line: 1, column: nil, .unknownColumn("beløp"))
        assertRejected("indikator;dato;verdi;value\n", line: 1, column: nil, .duplicateColumn("value"))
    }

    func testEmptyFile() {
        assertRejected("", line: nil, column: nil, .empty)
        assertRejected("\u{FEFF}", line: nil, column: nil, .empty)
        assertRejected("\r\n\n  \n", line: nil, column: nil, .empty)
        XCTAssertEqual(CSVImportError(line: nil, column: nil, problem: .empty).message(.nb),
                       "Filen er tom. Eksporter målingene først for å få en fil med riktige kolonner.")
    }

    func testNotUTF8() {
        // «Måling» in Windows-1252, as an old spreadsheet saves it.
        var data = Data("indikator;dato;verdi\nFamilier i egen bolig;2026-01-01;4;M".utf8)
        data.append(contentsOf: [0xE5, 0x6C, 0x69, 0x6E, 0x67, 0x0A])
        assertRejected(data, line: nil, column: nil, .notUTF8)
    }

    func testUnclosedQuoteAndTextAfterQuote() {
        assertRejected(CSVFixture.csv([good, "Opplevd trygghet;2026-02-01;;\"aldri slutt;;;;"]), line: 3, column: "notat", .unclosedQuote)
        assertRejected(CSVFixture.csv([good, "Opplevd trygghet;2026-02-01;;\"sitat\" og mer;;;;"]), line: 3, column: "notat", .textAfterQuote)
    }

    func testTooManyCells() {
        assertRejected(CSVFixture.csv([good, good + ";ekstra"]), line: 3, column: nil, .tooManyCells(found: 9, expected: 8))
        assertRejected("indikator;dato;verdi;\nFamilier i egen bolig;2026-01-01;4;hei\n", line: 2, column: nil, .tooManyCells(found: 4, expected: 3))
    }

    func testSameMeasurementIDTwice() {
        let id = UUID().uuidString
        assertRejected(CSVFixture.csv(["Familier i egen bolig;2026-01-01;4;;;;;\(id)", good, "Familier i egen bolig;2026-01-02;5;;;;;\(id)"]),
                       line: 4, column: "måling-id", .duplicateMeasurementID(firstLine: 2))
        assertRejected(CSVFixture.csv(["Familier i egen bolig;2026-01-01;4;;;;;nr 7"]), line: 2, column: "måling-id", .badID("nr 7"))
    }
}
