import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Creating, opening, loading and the promises the file makes on disk.
final class ProjectFileTests: StoreTestCase {
    func testCreateThenLoadGivesTheSameDocument() throws {
        let document = StoreSamples.full()
        let file = try ProjectFile.create(at: path("p.samskap"), document: document)
        XCTAssertEqual(try file.load(), document)
        file.close()
        let reopened = try ProjectFile.open(at: path("p.samskap"))
        defer { reopened.close() }
        XCTAssertEqual(try reopened.load(), document)
    }

    func testEmptyProjectRoundTrips() throws {
        let document = ProjectDocument.new(named: "Tomt")
        let file = try ProjectFile.create(at: path("tomt.samskap"), document: document)
        defer { file.close() }
        XCTAssertEqual(try file.load(), document)
    }

    func testFileIsPrivateMarkedAndInWALMode() throws {
        let url = path("p.samskap")
        try ProjectFile.create(at: url, document: StoreSamples.full()).close()
        // Nothing but the file is left behind: no hidden half-made file, no journal.
        XCTAssertEqual(try folderListing(), ["p.samskap"])
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o777, 0o600)
        XCTAssertEqual(rawQuery(url, "PRAGMA application_id"), ["\(0x5341_4D53)"])
        XCTAssertEqual(rawQuery(url, "PRAGMA user_version"), ["\(ProjectFile.currentSchemaVersion)"])
        XCTAssertEqual(rawQuery(url, "PRAGMA journal_mode"), ["wal"])
    }

    func testTablesAreRelationalWithBlobIDs() throws {
        let url = path("p.samskap")
        try ProjectFile.create(at: url, document: StoreSamples.full()).close()
        XCTAssertEqual(rawQuery(url, "SELECT typeof(id) || length(id) FROM measurement LIMIT 1"), ["blob16"])
        XCTAssertEqual(rawQuery(url, "SELECT date FROM measurement ORDER BY seq LIMIT 1"), ["2025-03-31"])
        XCTAssertEqual(rawQuery(url, "SELECT count(*) FROM evaluation_indicator"), ["2"])
        XCTAssertEqual(rawQuery(url, "SELECT went_wrong FROM evaluation ORDER BY seq LIMIT 1"), ["Vi mistet to familier"])
    }

    func testCreateRefusesToOverwrite() throws {
        let url = path("p.samskap")
        try Data("mine".utf8).write(to: url)
        XCTAssertFileError(try ProjectFile.create(at: url, document: StoreSamples.full()), .alreadyExists(url))
        XCTAssertEqual(try bytes(url), Data("mine".utf8))
        XCTAssertEqual(try folderListing(), ["p.samskap"])
    }

    func testCreateIgnoresAStaleJournalOfADeletedFile() throws {
        let url = path("p.samskap")
        // A file left open (its WAL still beside it) and then deleted, as a file manager would.
        let old = try ProjectFile.create(at: url, document: StoreSamples.full())
        try old.apply([.deleteGoal(StoreSamples.id(80)), .deletePartner(StoreSamples.id(12))])
        let wal = try bytes(URL(fileURLWithPath: url.path + "-wal"))
        old.close()
        try FileManager.default.removeItem(at: url)
        try wal.write(to: URL(fileURLWithPath: url.path + "-wal"))
        let fresh = try ProjectFile.create(at: url, document: StoreSamples.full())
        defer { fresh.close() }
        XCTAssertEqual(try fresh.load(), StoreSamples.full())
    }

    func testCreateInMissingFolder() throws {
        let url = path("nope/p.samskap")
        XCTAssertFileError(try ProjectFile.create(at: url, document: StoreSamples.full()), .folderMissing(url))
    }

    func testOpenMissingFile() throws {
        XCTAssertFileError(try ProjectFile.open(at: path("none.samskap")), .notFound(path("none.samskap")))
    }

    func testCheckReportsVersionIntegrityAndCounts() throws {
        let file = try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full())
        defer { file.close() }
        let report = try file.check()
        XCTAssertEqual(report.schemaVersion, ProjectFile.currentSchemaVersion)
        XCTAssertEqual(report.integrity, ["ok"])
        XCTAssertTrue(report.isIntact)
        XCTAssertEqual(report.rows(in: "partner"), 3)
        XCTAssertEqual(report.rows(in: "measurement"), 3)
        XCTAssertEqual(report.rows(in: "answer"), 3)
        XCTAssertEqual(report.counts.count, 9)
    }

    func testClosedFileRefusesWork() throws {
        let url = path("p.samskap")
        let file = try ProjectFile.create(at: url, document: StoreSamples.full())
        file.close()
        XCTAssertFileError(try file.load(), .closed(url))
        XCTAssertFileError(try file.apply([.deleteGoal(StoreSamples.id(80))]), .closed(url))
        file.close()  // twice is fine
    }

    func testLargeProjectLoadsWhole() throws {
        let model = ModelFixture.make(.nb, statementsPerDimension: 4)
        let document = LargeProject.make(model: model)
        XCTAssertEqual(document.measurements.count, 100_000)
        let file = try ProjectFile.create(at: path("large.samskap"), document: document)
        file.close()
        let reopened = try ProjectFile.open(at: path("large.samskap"))
        defer { reopened.close() }
        var best = Double.infinity
        var loaded: ProjectDocument?
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            loaded = try reopened.load()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        XCTAssertEqual(loaded, document)
        // Reported, not judged: `make bench` measures the load against its target.
        print("large project: \(document.answers.count) answers, best load \(String(format: "%.1f", best)) ms")
    }
}
