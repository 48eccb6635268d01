import XCTest
import SamskapCore
@testable import SamskapStore

/// Foundation has a `Measurement` too.
private typealias Measurement = SamskapCore.Measurement

/// The many ways a spreadsheet writes the same file, all read the same.
final class MeasurementCSVFormatTests: XCTestCase {
    private let document = CSVFixture.empty()

    private func imported(_ text: String) throws -> [Measurement] {
        let plan = try MeasurementCSV.changes(importing: text, into: document)
        return document.applying(plan.changes).measurements
    }

    func testWithAndWithoutByteOrderMark() throws {
        let body = CSVFixture.csv(["Familier i egen bolig;2026-01-01;4"], header: "indikator;dato;verdi")
        let plain = try imported(body)
        let marked = try imported("\u{FEFF}" + body)
        let fromBytes = document.applying(try MeasurementCSV.changes(importing: Data([0xEF, 0xBB, 0xBF]) + Data(body.utf8), into: document).changes).measurements
        XCTAssertEqual(plain.map(\.value), [4])
        XCTAssertEqual(marked.map(\.value), [4])
        XCTAssertEqual(fromBytes.map(\.value), [4])
    }

    func testSemicolonWithDecimalCommaAndThousandsSpaces() throws {
        let rows = ["Familier i egen bolig;1.3.2026;12,5", "Familier i egen bolig;2.3.2026;1 234,5",
                    "Familier i egen bolig;3.3.2026;1\u{00A0}234", "Familier i egen bolig;4.3.2026;−3,2", "Familier i egen bolig;5.3.2026; 7 "]
        let values = try imported(CSVFixture.csv(rows, header: "indikator;dato;verdi")).map(\.value)
        XCTAssertEqual(values, [12.5, 1234.5, 1234, -3.2, 7])
    }

    func testCommaSeparatorWithDecimalPoint() throws {
        let text = "indicator,date,value,note\n\"Familier i egen bolig\",2026-03-01,12.5,\nOpplevd trygghet,2026-03-02,,\"Roligere, sier de\"\n"
        let measurements = try imported(text)
        XCTAssertEqual(measurements.map(\.value), [12.5, nil])
        XCTAssertEqual(measurements.map(\.note), ["", "Roligere, sier de"])
    }

    func testExcelSeparatorLineIsHonouredAndCounted() throws {
        let text = "sep=,\r\nindikator,dato,verdi\r\nFamilier i egen bolig,2026-03-01,\"12,5\"\r\n"
        XCTAssertEqual(try imported(text).map(\.value), [12.5])
        let bad = "SEP=;\nindikator;dato;verdi\nFamilier i egen bolig;2026-03-01;x\n"
        XCTAssertThrowsError(try MeasurementCSV.changes(importing: bad, into: document)) { error in
            XCTAssertEqual(error as? CSVImportError, CSVImportError(line: 3, column: "verdi", problem: .badNumber("x")))
        }
        let unclosed = "sep=;\nindikator;dato;notat\nOpplevd trygghet;2026-03-01;\"åpen\n"
        XCTAssertThrowsError(try MeasurementCSV.changes(importing: unclosed, into: document)) { error in
            XCTAssertEqual(error as? CSVImportError, CSVImportError(line: 3, column: "notat", problem: .unclosedQuote))
        }
    }

    func testCommaSeparatorWithQuotedDecimalComma() throws {
        let text = "indikator,dato,verdi\r\nFamilier i egen bolig,2026-03-01,\"12,5\"\r\n"
        XCTAssertEqual(try imported(text).map(\.value), [12.5])
    }

    func testQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "indikator;dato;notat;kommentar\r\n"
            + "\"Opplevd trygghet\";2026-02-01;\"Første linje;\nandre \"\"sitat\"\"\r\ntredje\";\"a;b\"\r\n"
            + "Opplevd trygghet;2026-02-02;Kort;\r\n"
        let measurements = try imported(text)
        XCTAssertEqual(measurements.map(\.note), ["Første linje;\nandre \"sitat\"\r\ntredje", "Kort"])
        XCTAssertEqual(measurements.first?.comment, "a;b")
    }

    func testLineNumbersCountSpreadsheetRowsAcrossLineBreaksInCells() throws {
        let text = "indikator;dato;notat\n\"Opplevd trygghet\";2026-02-01;\"to\nlinjer\"\nOpplevd trygghet;i går;x\n"
        XCTAssertThrowsError(try MeasurementCSV.changes(importing: text, into: document)) { error in
            XCTAssertEqual((error as? CSVImportError)?.line, 3)
        }
    }

    func testNorwegianLettersInNamesAndEitherUnicodeForm() throws {
        let name = CSVFixture.blabaer.name
        let decomposed = name.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(name.utf8), Array(decomposed.utf8))
        let text = CSVFixture.csv(["\(name);2026-08-01;2", "\(decomposed);2026-08-02;3"], header: "indikator;dato;verdi")
        let measurements = try imported(text)
        XCTAssertEqual(measurements.map(\.indicatorID), [CSVFixture.blabaer.id, CSVFixture.blabaer.id])
    }

    func testNorwegianAndIsoDates() throws {
        let rows = ["Familier i egen bolig;2026-03-01;1", "Familier i egen bolig;1.3.2026;2",
                    "Familier i egen bolig;01.03.26;3", "Familier i egen bolig;1/3/2026;4"]
        let dates = try imported(CSVFixture.csv(rows, header: "indikator;dato;verdi")).map(\.date)
        XCTAssertEqual(Set(dates), [CSVFixture.day("2026-03-01")])
    }

    func testEnglishHeaderInAnyOrderWithAnIndicatorIdOnly() throws {
        let id = CSVFixture.deltakerB.id.uuidString.lowercased()
        let text = "VALUE;Indicator-ID;Date\n5;\(id);2026-05-05\n"
        let measurements = try imported(text)
        XCTAssertEqual(measurements.map(\.indicatorID), [CSVFixture.deltakerB.id])
    }

    func testIndicatorIdDecidesBetweenIndicatorsOfTheSameName() throws {
        let text = CSVFixture.csv(["Deltakere;2026-05-05;5;;;;\(CSVFixture.deltakerA.id.uuidString);"])
        XCTAssertEqual(try imported(text).map(\.indicatorID), [CSVFixture.deltakerA.id])
    }

    func testBlankRowsAndTrailingEmptyCellsAreIgnored() throws {
        let text = "indikator;dato;verdi;;\n\nFamilier i egen bolig;2026-03-01;1;;\n;;;;\nFamilier i egen bolig;2026-03-02;2\n\n"
        XCTAssertEqual(try imported(text).map(\.value), [1, 2])
    }

    func testAHeaderWithoutRowsImportsNothing() throws {
        let plan = try MeasurementCSV.changes(importing: "indikator;dato;verdi\r\n", into: document)
        XCTAssertEqual(plan.changes, [])
        XCTAssertEqual(plan.message(.nb), "Filen hadde ingen målinger å importere.")
    }

    func testNumbersAreWrittenSoTheyReadBack() {
        for value in [0, 4, -0.5, 7.25, 1_234_567.125, 0.000015, 1e-300, 1.5e20, -2.5e-7, 0.1 + 0.2] {
            let text = CSVNumber.format(value)
            XCTAssertFalse(text.contains("e") || text.contains("."), text)
            XCTAssertEqual(CSVNumber.parse(text), value, text)
        }
        XCTAssertEqual(CSVNumber.format(1e20), "100000000000000000000")
        XCTAssertNil(CSVNumber.parse("tolv"))
        XCTAssertNil(CSVNumber.parse("nan"))
        XCTAssertNil(CSVNumber.parse("1,2,3"))
        XCTAssertNil(CSVNumber.parse("12 5"))
    }
}
