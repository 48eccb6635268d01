import Foundation
import XCTest
import SamskapCore
@testable import SamskapStore

/// Foundation has a `Measurement` too.
private typealias Measurement = SamskapCore.Measurement

/// Issue 16 in the CSV format: dates that overflowed or became the year 1, values beyond the range, and cells a
/// spreadsheet would run as formulas.
final class MeasurementCSVIssue16Tests: XCTestCase {
    private func assertRejected(_ text: String, line: Int?, column: String?, _ problem: CSVProblem,
                                file: StaticString = #filePath, lineNumber: UInt = #line) {
        let before = CSVFixture.withMeasurements()
        let store = InMemoryProjectStore(before)
        do {
            let plan = try MeasurementCSV.changes(importing: Data(text.utf8), into: try store.load())
            try store.apply(plan.changes)
            XCTFail("imported \(plan.added) rows instead of refusing", file: file, line: lineNumber)
        } catch let error as CSVImportError {
            XCTAssertEqual(error, CSVImportError(line: line, column: column, problem: problem), file: file, line: lineNumber)
        } catch {
            XCTFail("unexpected \(error)", file: file, line: lineNumber)
        }
        XCTAssertEqual(store.document, before, "nothing may change", file: file, line: lineNumber)
    }

    private func imported(_ rows: [String]) throws -> [Measurement] {
        let plan = try MeasurementCSV.changes(importing: Data(CSVFixture.csv(rows).utf8), into: CSVFixture.empty())
        return plan.changes.compactMap { if case let .upsertMeasurement(m) = $0 { m } else { nil } }
    }

    func testADatePartOfTwentyDigitsIsRefusedNotACrash() {
        for date in ["1.1.99999999999999999999", "99999999999999999999.1.2026", "1.99999999999999999999.2026",
                     "1/1/9999999999999999999", "9999999999999999999-01-01"] {
            assertRejected(CSVFixture.csv(["Familier i egen bolig;\(date);4;;;;;"]), line: 2, column: "dato", .badDate(date))
        }
    }

    func testYearsOfOneOrThreeDigitsAreRefused() throws {
        for date in ["1.1.1", "1.1.026", "1/1/1", "01.01.001"] {
            assertRejected(CSVFixture.csv(["Familier i egen bolig;\(date);4;;;;;"]), line: 2, column: "dato", .badDate(date))
        }
        // The documented short form stays: dd.mm.yy is this century.
        XCTAssertEqual(try imported(["Familier i egen bolig;01.03.26;4;;;;;"]).map(\.date), [Day(year: 2026, month: 3, day: 1)!])
    }

    func testValuesBeyondTheRangeAreRefusedNamingRowAndRange() throws {
        for value in ["10000000000000000000", "1000000000000001", "-1 000 000 000 000 001", "9223372036854775808"] {
            assertRejected(CSVFixture.csv(["Familier i egen bolig;2026-01-01;4;;;;;", "Familier i egen bolig;2026-02-01;\(value);;;;;"]),
                           line: 3, column: "verdi", .valueOutOfRange(value))
        }
        let error = CSVImportError(line: 3, column: "verdi", problem: .valueOutOfRange("10000000000000000000"))
        XCTAssertEqual(error.message(.nb), "Linje 3, kolonne «verdi»: «10000000000000000000» er utenfor det en måling kan ha, fra −1 000 000 000 000 000 til 1 000 000 000 000 000. Rett cellen og importer på nytt.")
        XCTAssertEqual(error.message(.en), "Line 3, column “verdi”: “10000000000000000000” is outside what a measurement can hold, from −1,000,000,000,000,000 to 1,000,000,000,000,000. Correct the cell and import again.")
        XCTAssertEqual(try imported(["Familier i egen bolig;2026-01-01;1000000000000000;;;;;",
                                     "Familier i egen bolig;2026-01-02;-1 000 000 000 000 000;;;;;"]).map(\.value), [1e15, -1e15])
    }

    /// Notes, sources, comments and names that a spreadsheet would run; the values stay plain numbers.
    private func formulaDocument() -> ProjectDocument {
        var document = CSVFixture.empty()
        document.indicators[0].name = "=HYPERLINK(\"http://x\")"
        let id = document.indicators[0].id, qualitative = CSVFixture.trygghet.id
        let texts = ["=1+2", "+47 900 00 000", "-tekst", "@SUM(A1)", "\tTab", "\rCR", "'=allerede", "'vanlig", "''+to", "'", "a=b", "-"]
        document.measurements = texts.enumerated().map { i, text in
            Measurement(indicatorID: i % 2 == 0 ? id : qualitative, date: CSVFixture.day("2026-01-\(10 + i)"), value: i % 2 == 0 ? -3.5 : nil,
                        note: i % 2 == 0 ? "" : text, source: text, comment: "=" + text)
        }
        return document
    }

    func testFormulaCellsAreNeutralisedOnExport() throws {
        let text = MeasurementCSV.export(formulaDocument(), language: .nb)
        var reader = text.dropFirst().split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
        reader.removeFirst()
        XCTAssertTrue(text.contains("'=HYPERLINK(\"\"http://x\"\")"), text)
        XCTAssertTrue(text.contains(";-3,5;"), "a negative value stays a number: \(text)")
        XCTAssertFalse(text.contains(";'-3,5;"), text)
        for formula in ["=1+2", "+47 900 00 000", "-tekst", "@SUM(A1)", "''+to"] {
            XCTAssertTrue(text.contains(";'\(formula);") || text.contains(";'\(formula)\""), "\(formula) not neutralised: \(text)")
        }
        XCTAssertTrue(text.contains(";\"'\tTab\";") || text.contains(";'\tTab;"), text)
        XCTAssertTrue(text.contains("\"'\rCR\""), text)
        XCTAssertTrue(text.contains(";'vanlig;"), "an apostrophe before plain text is left alone: \(text)")
        XCTAssertTrue(text.contains(";a=b;"), text)
        // No cell of a text column starts with a character a spreadsheet runs.
        for line in reader where !line.isEmpty {
            for cell in line.split(separator: ";", omittingEmptySubsequences: false) {
                let bare = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                guard let first = bare.first else { continue }
                if bare.hasPrefix("-3,5") { continue }
                XCTAssertFalse(["=", "+", "@", "\t", "\r"].contains(first) || (first == "-" && bare.count > 0 && !bare.hasPrefix("-3")),
                               "cell «\(cell)» in «\(line)»")
            }
        }
    }

    func testNeutralisedCellsReadBackUnchanged() throws {
        let document = formulaDocument()
        let text = MeasurementCSV.export(document, language: .nb)
        var empty = document
        empty.measurements = []
        let plan = try MeasurementCSV.changes(importing: Data(text.utf8), into: empty)
        let back = plan.changes.compactMap { if case let .upsertMeasurement(m) = $0 { m } else { nil } }
        XCTAssertEqual(Set(back), Set(document.measurements))
        XCTAssertEqual(try MeasurementCSV.changes(importing: Data(text.utf8), into: document).unchanged, document.measurements.count)
    }

    func testAnApostropheTypedBeforeAFormulaCharacterIsReadAsNeutralised() throws {
        let rows = try imported(["Opplevd trygghet;2026-01-01;;'=1+2;'@kilde;'-kommentar;;", "Opplevd trygghet;2026-01-02;;'vanlig;';'';;"])
        XCTAssertEqual(rows.map(\.note), ["=1+2", "'vanlig"])
        XCTAssertEqual(rows.map(\.source), ["@kilde", "'"])
        XCTAssertEqual(rows.map(\.comment), ["-kommentar", "''"])
    }

    /// Found by the fuzz tests' rules: a note of line breaks only was imported, and the window then called it missing.
    func testANoteOfLineBreaksOnlyIsNoNote() {
        for note in ["\"\r\n\"", "\" \n \"", "\"\u{00A0}\""] {
            assertRejected(CSVFixture.csv(["Opplevd trygghet;2026-02-01;;\(note);;;;"]), line: 2, column: "notat",
                           .missingNote(indicator: "Opplevd trygghet"))
        }
    }
}
