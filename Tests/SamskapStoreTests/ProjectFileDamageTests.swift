import Foundation
import SamskapCore
import XCTest
@testable import SamskapStore
import TestSupport

/// Damage deep inside a file, where opening does not read a row: found by opening's walk over every page, by `load`,
/// or by the `quick_check` before the first write; always a clear error, never a changed file.
final class ProjectFileDamageTests: StoreTestCase {
    private let pageSize = 4096

    private func makeLargeFile(_ name: String = "stor.samskap") throws -> (URL, ProjectDocument) {
        let url = path(name)
        let document = LargeProject.make(model: Fixtures.model(), partners: 10, indicators: 40, measurements: 6_000, rounds: 2,
                                         respondentsPerRound: 4)
        try ProjectFile.create(at: url, document: document).close()
        return (url, document)
    }

    /// The 1-based page number of a page below the root of a b-tree, half way along: a leaf of a large table or index.
    private func middlePage(of name: String, in url: URL, _ data: Data) throws -> Int {
        let root = try XCTUnwrap(Int(rawQuery(url, "SELECT rootpage FROM sqlite_schema WHERE name = '\(name)'").first ?? ""))
        var page = root
        // Down the interior pages (0x05 table, 0x02 index), through the middle child each time.
        while true {
            let start = (page - 1) * pageSize
            let header = page == 1 ? start + 100 : start
            let type = data[header]
            guard type == 0x05 || type == 0x02 else { return page }
            let cells = Int(data[header + 3]) << 8 | Int(data[header + 4])
            let pointer = header + 12 + 2 * (cells / 2)
            let cell = start + (Int(data[pointer]) << 8 | Int(data[pointer + 1]))
            page = Int(data[cell]) << 24 | Int(data[cell + 1]) << 16 | Int(data[cell + 2]) << 8 | Int(data[cell + 3])
        }
    }

    private func openAndLoad(_ url: URL) throws {
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        _ = try file.load()
    }

    private func assertDamaged(_ url: URL, _ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard case let .damaged(u, detail)? = error as? ProjectFileError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(u, url, file: file, line: line)
            XCTAssertFalse(detail.isEmpty, file: file, line: line)
        }
    }

    func testNoiseInTheMiddleOfTheMeasurementTableIsDamage() throws {
        let (url, _) = try makeLargeFile()
        var data = try bytes(url)
        let page = try middlePage(of: "measurement", in: url, data)
        XCTAssertGreaterThan(page, 20)
        var rng = SeededRandom(seed: 11)
        for i in (page - 1) * pageSize..<page * pageSize { data[i] = UInt8.random(in: 0...255, using: &rng) }
        try data.write(to: url)
        assertDamaged(url) { try openAndLoad(url) }
        XCTAssertEqual(try bytes(url), data)
    }

    /// A large file whose measurement rows are garbled in one page; the page's structure stays sound, the content of
    /// its cells (ids, dates) does not. Returns the file's bytes.
    private func garbledMeasurementRows() throws -> (URL, Data) {
        let (url, _) = try makeLargeFile()
        var data = try bytes(url)
        let page = try middlePage(of: "measurement", in: url, data)
        let start = (page - 1) * pageSize
        let contentStart = start + (Int(data[start + 5]) << 8 | Int(data[start + 6]))
        for i in stride(from: contentStart, to: start + pageSize, by: 7) { data[i] = 0xFF }
        try data.write(to: url)
        return (url, data)
    }

    func testMeasurementRowsGarbledInPlaceAreDamage() throws {
        let (url, data) = try garbledMeasurementRows()
        assertDamaged(url) { try openAndLoad(url) }
        XCTAssertEqual(try bytes(url), data)
    }

    func testAnUnreadableMeasurementReadWithTheBulkIsTheSameDamage() throws {
        let (url, _) = try makeLargeFile()
        let db = try SQLiteConnection(path: url.path, create: false)
        try db.execute("UPDATE measurement SET date = '31.02.2026' WHERE seq = 3000")
        db.close()
        assertDamaged(url) { try openAndLoad(url) }
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        let document = try file.loadAllButBulk()
        XCTAssertTrue(document.measurements.isEmpty && document.answers.isEmpty)
        XCTAssertEqual(document.indicators.count, 40, "the rest is read whole")
        assertDamaged(url) { _ = try file.loadBulk() }
    }

    func testTheBulkReadApartMakesTheWholeDocument() throws {
        let (url, document) = try makeLargeFile()
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        var read = try file.loadAllButBulk()
        (read.measurements, read.answers) = try file.loadBulk()
        XCTAssertEqual(read, document)
        XCTAssertEqual(read, try file.load())
    }

    /// Opens, loads and edits; the damage must stop one of them.
    private func openLoadAndEdit(_ url: URL) throws {
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        _ = try file.load()
        try file.apply(.upsertIndicator(Indicator(name: "Ny", level: .output, unit: "personer")))
    }

    func testNoiseInAnIndexNeverReachesTheFile() throws {
        for index in ["measurement_indicator", "sqlite_autoindex_measurement_1", "answer_respondent"] {
            let (url, _) = try makeLargeFile("\(index).samskap")
            var data = try bytes(url)
            let page = try middlePage(of: index, in: url, data)
            var rng = SeededRandom(seed: 12)
            for i in (page - 1) * pageSize..<page * pageSize { data[i] = UInt8.random(in: 0...255, using: &rng) }
            try data.write(to: url)
            assertDamaged(url) { try openLoadAndEdit(url) }
            XCTAssertEqual(try bytes(url), data, index)
        }
    }

    func testAnIndexMissingEntriesStopsTheFirstEdit() throws {
        let (url, document) = try makeLargeFile()
        // Drop entries of one index behind SQLite's back: reading never uses it, writing would.
        let root = try XCTUnwrap(Int(rawQuery(url, "SELECT rootpage FROM sqlite_schema WHERE name = 'respondent_round'").first ?? ""))
        var data = try bytes(url)
        let start = (root - 1) * pageSize
        XCTAssertEqual(data[start], 0x0A, "a small index fits its root page")
        data[start + 3] = 0
        data[start + 4] = 1
        try data.write(to: url)
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        XCTAssertEqual(try file.load(), document)
        assertDamaged(url) { try file.apply(.upsertIndicator(Indicator(name: "Ny", level: .output, unit: "personer"))) }
        file.close()
        XCTAssertEqual(try bytes(url), data)
    }

    func testDamageOnlyQuickCheckSeesStopsTheFirstEdit() throws {
        let (url, document) = try makeLargeFile()
        var data = try bytes(url)
        // One more page that no table, index or free list owns: "Page N is never used". Reading never meets it.
        let pages = data.count / pageSize
        let count = UInt32(pages + 1)
        for (k, shift) in [24, 16, 8, 0].enumerated() { data[28 + k] = UInt8(truncatingIfNeeded: count >> UInt32(shift)) }
        data.append(Data(count: pageSize))
        try data.write(to: url)

        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        XCTAssertEqual(try file.load(), document)
        assertDamaged(url) { try file.apply(.upsertIndicator(Indicator(name: "Ny", level: .output, unit: "personer"))) }
        assertDamaged(url) { try file.apply(.upsertIndicator(Indicator(name: "Ny", level: .output, unit: "personer"))) }
        file.close()
        XCTAssertEqual(try bytes(url), data)
    }

    func testASoundFileIsCheckedOnceBeforeItsFirstEdit() throws {
        let (url, _) = try makeLargeFile()
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        let indicator = Indicator(name: "Ny", level: .output, unit: "personer")
        try file.apply(.upsertIndicator(indicator))
        try file.apply(.upsertMeasurement(Measurement(indicatorID: indicator.id, date: Fixtures.day("2025-03-01"), value: 3)))
        XCTAssertEqual(try file.load().indicators.last, indicator)
        XCTAssertEqual(try file.check().integrity, ["ok"])
    }
}
