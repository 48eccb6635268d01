import XCTest
import SamskapCore
import TestSupport
@testable import SamskapStore

/// Foundation has a `Measurement` too.
private typealias Measurement = SamskapCore.Measurement

final class MeasurementCSVRoundTripTests: XCTestCase {
    func testExportThenImportIntoACopyGivesIdenticalMeasurements() throws {
        let source = CSVFixture.withMeasurements()
        for language in Language.allCases {
            let text = MeasurementCSV.export(source, language: language)
            let store = InMemoryProjectStore(CSVFixture.empty())
            let plan = try MeasurementCSV.changes(importing: text, into: try store.load())
            XCTAssertEqual(plan.added, source.measurements.count)
            XCTAssertEqual(plan.updated, 0)
            try store.apply(plan.changes)
            XCTAssertEqual(Set(try store.load().measurements), Set(source.measurements), "\(language)")
        }
    }

    func testExportIsWhatANorwegianSpreadsheetExpects() {
        let text = MeasurementCSV.export(CSVFixture.withMeasurements(), language: .nb)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}indikator;dato;verdi;notat;kilde;kommentar;indikator-id;måling-id;mål på datoen\r\n"))
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[1].hasPrefix("Familier i egen bolig;2026-01-01;4;;Boligkontoret;;"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("Familier i egen bolig;2026-04-01;7,25;;;\"Etter sommeren; to flyttet\";"), lines[2])
        XCTAssertTrue(text.contains(";-0,5;"))
        XCTAssertTrue(text.contains(";1234567,125;"))
        XCTAssertTrue(text.contains(";0,000015;"))
        XCTAssertTrue(text.contains("\"Flere sier \"\"jeg tør gå ut om kvelden\"\";\nandre er fortsatt redde.\r\nTredje linje\";\" intervju \";"))
        XCTAssertTrue(MeasurementCSV.export(CSVFixture.withMeasurements(), language: .en)
            .hasPrefix("\u{FEFF}indicator;date;value;note;source;comment;indicator-id;measurement-id;target on the date\r\n"))
    }

    func testExportIsDeterministic() {
        let document = CSVFixture.withMeasurements()
        var shuffled = document
        shuffled.measurements.reverse()
        XCTAssertEqual(MeasurementCSV.export(document, language: .nb), MeasurementCSV.export(shuffled, language: .nb))
    }

    func testImportingTheExportAgainChangesNothing() throws {
        let document = CSVFixture.withMeasurements()
        let plan = try MeasurementCSV.changes(importing: MeasurementCSV.export(document, language: .nb), into: document)
        XCTAssertEqual(plan.changes, [])
        XCTAssertEqual(plan.unchanged, document.measurements.count)
        XCTAssertEqual(plan.message(.nb), "Ingenting nytt: alle 7 målingene i filen finnes allerede.")
    }

    func testEditedExportUpdatesInsteadOfDuplicating() throws {
        let document = CSVFixture.withMeasurements()
        var text = MeasurementCSV.export(document, language: .nb)
        text = text.replacingOccurrences(of: ";2026-04-01;7,25;", with: ";2026-04-02;8,5;")
        text += "Familier i egen bolig;1.9.2026;9;;;;;\r\n"
        let store = InMemoryProjectStore(document)
        let plan = try MeasurementCSV.changes(importing: text, into: document)
        XCTAssertEqual([plan.added, plan.updated, plan.unchanged], [1, 1, 6])
        XCTAssertEqual(plan.message(.nb), "La til 1 måling og oppdaterte 1. 6 var uendret.")
        XCTAssertEqual(plan.message(.en), "Added 1 measurement and updated 1. 6 were unchanged.")
        try store.apply(plan.changes)
        let after = try store.load()
        XCTAssertEqual(after.measurements.count, 8)
        let edited = try XCTUnwrap(after.measurements.first { $0.id == document.measurements[1].id })
        XCTAssertEqual(edited.value, 8.5)
        XCTAssertEqual(edited.date, CSVFixture.day("2026-04-02"))
    }

    func testRowsWithoutIdsThatRepeatAMeasurementAreNotAddedTwice() throws {
        let document = CSVFixture.withMeasurements()
        let text = CSVFixture.csv(["Familier i egen bolig;1.1.2026;4;;Boligkontoret;", "Familier i egen bolig;2.1.2026;4;;Boligkontoret;"],
                                  header: "indikator;dato;verdi;notat;kilde;kommentar")
        let plan = try MeasurementCSV.changes(importing: text, into: document)
        XCTAssertEqual([plan.added, plan.updated, plan.unchanged], [1, 0, 1])
    }

    func testColumnsMissingFromTheFileKeepTheirContent() throws {
        let document = CSVFixture.withMeasurements()
        let m = document.measurements[0]
        let text = CSVFixture.csv(["\(m.id.uuidString);Familier i egen bolig;2026-01-01;5"], header: "måling-id;indikator;dato;verdi")
        let plan = try MeasurementCSV.changes(importing: text, into: document)
        XCTAssertEqual(plan.updated, 1)
        var expected = m
        expected.value = 5
        XCTAssertEqual(plan.changes, [.upsertMeasurement(expected)])
        XCTAssertEqual(expected.source, "Boligkontoret")
    }

    func testEachMeasurementCarriesTheTargetInForceOnItsDateAndImportIgnoresIt() throws {
        var document = CSVFixture.withMeasurements()
        document.indicators[0].target = ReferencePoint(value: 20, date: Fixtures.day("2026-12-31"))
        document.indicators[0].targetHistory = [TargetRevision(changedOn: Fixtures.day("2026-03-01"), reason: "Vi lærte mer",
                                                               target: ReferencePoint(value: 10, date: Fixtures.day("2026-12-31")),
                                                               name: document.indicators[0].name, method: document.indicators[0].method)]
        let lines = MeasurementCSV.export(document, language: .nb).components(separatedBy: "\r\n")
        let january = try XCTUnwrap(lines.first { $0.hasPrefix("Familier i egen bolig;2026-01-01;") })
        let april = try XCTUnwrap(lines.first { $0.hasPrefix("Familier i egen bolig;2026-04-01;") })
        XCTAssertTrue(january.hasSuffix(";10"), "before the change, the earlier target: \(january)")
        XCTAssertTrue(april.hasSuffix(";20"), "after it, today's: \(april)")
        let plan = try MeasurementCSV.changes(importing: Data(MeasurementCSV.export(document, language: .nb).utf8), into: document)
        XCTAssertEqual(plan.added + plan.updated, 0, "the target column changes nothing on import")
    }
}
