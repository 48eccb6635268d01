import Foundation
import XCTest
@testable import SamskapStore
import SamskapCore
import TestSupport

/// A window opens a file without walking the measurement and answer pages (their read right after does): a damaged
/// page there must still be found, by that read, as damage, and the file must stay as it was.
final class BulkPageDamageTests: StoreTestCase {
    /// A file whose measurements fill many pages, and the number of one leaf page of that table in its middle.
    private func fileWithAMeasurementPage() throws -> (URL, page: Int, pageSize: Int) {
        let url = path("bulk.samskap")
        let document = LargeProject.make(model: ModelFixture.make(), partners: 5, indicators: 20, measurements: 3_000,
                                         rounds: 2, respondentsPerRound: 3)
        try ProjectFile.create(at: url, document: document).close()
        let db = try SQLiteConnection(path: url.path, create: false, readOnly: true)
        defer { db.close() }
        let pages = try db.texts("SELECT pageno FROM dbstat WHERE name = 'measurement' AND pagetype = 'leaf' ORDER BY pageno")
        let pageSize = try db.integer("PRAGMA page_size")
        XCTAssertGreaterThan(pages.count, 10, "the measurements fill many pages")
        return (url, Int(pages[pages.count / 2])!, pageSize)
    }

    /// Scrambles the page (SQLite numbers pages from 1), keeping its first bytes so that it still looks like a page.
    private func scramble(_ url: URL, page: Int, pageSize: Int) throws {
        var data = try Data(contentsOf: url)
        var rng = SeededRandom(seed: 11)
        for i in (page - 1) * pageSize + 8..<page * pageSize where rng.chance(0.2) { data[i] = UInt8.random(in: 0...255, using: &rng) }
        try data.write(to: url)
    }

    func testADamagedMeasurementPageIsFoundByTheBulkReadAndTheFileKept() throws {
        let (url, page, pageSize) = try fileWithAMeasurementPage()
        try scramble(url, page: page, pageSize: pageSize)
        let damaged = try Data(contentsOf: url)

        // Opened as a window opens it: the rest reads, then the measurements refuse as damage.
        let file = try ProjectFile.open(at: url, leavingBulkToTheirRead: true)
        XCTAssertNoThrow(try file.loadAllButBulk())
        XCTAssertThrowsError(try file.loadBulk()) { error in
            guard case .damaged = error as? ProjectFileError else { return XCTFail("not damage: \(error)") }
        }
        file.close()

        // Opened any other way, the walk at opening refuses it at once.
        XCTAssertThrowsError(try ProjectFile.open(at: url)) { error in
            guard case .damaged = error as? ProjectFileError else { return XCTFail("not damage: \(error)") }
        }
        XCTAssertEqual(try Data(contentsOf: url), damaged, "the file is as it was")
    }
}
