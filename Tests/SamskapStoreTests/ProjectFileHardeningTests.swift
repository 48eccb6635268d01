import CSQLite
import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Files that are damaged, foreign or odd in a way SQLite alone does not refuse: none crashes, none is written to,
/// and reading never changes a byte.
final class ProjectFileHardeningTests: StoreTestCase {
    private func makeProject(_ name: String = "p.samskap") throws -> URL {
        try ProjectFile.create(at: path(name), document: StoreSamples.full()).close()
        return path(name)
    }

    private func samskap(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try run("samskap", arguments, environment: ["LANGUAGE": "en", "SAMSKAP_DATA_DIR": Self.sourceRoot.path])
    }

    private static var sourceRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Every command that opens a project, the ones that only read and the ones that write.
    private func everyCommand(on file: String) -> [[String]] {
        [["check", file], ["export-json", file, "-o", "out.json"], ["export-csv", file, "-o", "out.csv"],
         ["export-pdf", file, "-o", "out.pdf"], ["render-chart", file, "model", "-o", "out.png"],
         ["merge", file, "other.samskap"], ["import-csv", file, "m.csv"]]
    }

    private func assertEveryCommandRefuses(_ file: URL, saying words: String, line: UInt = #line) throws {
        if !FileManager.default.fileExists(atPath: path("other.samskap").path) { _ = try makeProject("other.samskap") }
        try Data("indikator;dato;verdi\n".utf8).write(to: path("m.csv"))
        let before = try bytes(file)
        for command in everyCommand(on: file.lastPathComponent) {
            let result = try run("samskap", command, environment: ["LANGUAGE": "en", "SAMSKAP_DATA_DIR": Self.sourceRoot.path])
            XCTAssertEqual(result.status, 1, "\(command[0]): \(result.err)", line: line)
            XCTAssertTrue(result.err.contains(words), "\(command[0]): \(result.err)", line: line)
            XCTAssertEqual(try bytes(file), before, "\(command[0]) changed the file", line: line)
        }
        XCTAssertThrowsError(try ProjectFile.open(at: file), line: line)
        XCTAssertEqual(try bytes(file), before, line: line)
    }

    func testANegativeOrZeroSchemaVersionIsDamageNotACrash() throws {
        for version in [-1, 0] {
            let url = try makeProject("v\(version + 1).samskap")
            try writeRawSQLite(url, "PRAGMA user_version = \(version); PRAGMA wal_checkpoint(TRUNCATE);")
            try assertEveryCommandRefuses(url, saying: "is damaged")
        }
    }

    func testAnEmptyFileWithOurIdentityGetsNoTablesMade() throws {
        let url = path("empty.samskap")
        try writeRawSQLite(url, "PRAGMA application_id = \(Schema.applicationID);")
        XCTAssertThrowsError(try ProjectFile.open(at: url)) { XCTAssertEqual($0 as? ProjectFileError, .damaged(url, detail: "user_version 0")) }
        XCTAssertEqual(rawQuery(url, "SELECT count(*) FROM sqlite_schema"), ["0"])
    }

    func testATriggerOrViewSlippedInIsRefusedByName() throws {
        let url = try makeProject()
        try writeRawSQLite(url, """
            CREATE TRIGGER wipe AFTER UPDATE ON project BEGIN DELETE FROM measurement; END;
            CREATE VIEW people AS SELECT contact_email FROM partner;
            PRAGMA wal_checkpoint(TRUNCATE);
            """)
        try assertEveryCommandRefuses(url, saying: "trigger wipe")
        XCTAssertThrowsError(try ProjectFile.open(at: url)) {
            XCTAssertEqual($0 as? ProjectFileError, .foreignObjects(url, names: ["trigger wipe", "view people"]))
        }
    }

    func testARenamedColumnIsRefusedByCheckToo() throws {
        let url = try makeProject()
        try writeRawSQLite(url, "ALTER TABLE partner RENAME COLUMN contact_phone TO phone; PRAGMA wal_checkpoint(TRUNCATE);")
        try assertEveryCommandRefuses(url, saying: "is damaged")
    }

    func testCheckReadsEveryRowTheWayTheWindowDoes() throws {
        let url = try makeProject()
        try writeRawSQLite(url, "UPDATE partner SET sector = 'pirates' WHERE seq = (SELECT min(seq) FROM partner); PRAGMA wal_checkpoint(TRUNCATE);")
        XCTAssertThrowsError(try ProjectFile.open(at: url).load())
        let check = try samskap("check", "p.samskap")
        XCTAssertEqual(check.status, 1, check.out + check.err)
    }

    func testAnIndexThatNoLongerMatchesItsTableStopsTheFirstWrite() throws {
        let url = try makeProject()
        let root = rawQuery(url, "SELECT rootpage FROM sqlite_schema WHERE name = 'measurement_indicator'")[0]
        let sql = rawQuery(url, "SELECT sql FROM sqlite_schema WHERE name = 'measurement_indicator'")[0]
        // Take the index out of the schema, delete a row it lists, and put it back: the index now names a row that is gone.
        try writeRawSQLite(url, "PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = 'measurement_indicator';")
        try writeRawSQLite(url, "DELETE FROM measurement WHERE seq = (SELECT min(seq) FROM measurement); PRAGMA wal_checkpoint(TRUNCATE);")
        try writeRawSQLite(url, """
            PRAGMA writable_schema = ON;
            INSERT INTO sqlite_schema VALUES ('index', 'measurement_indicator', 'measurement', \(root), '\(sql)');
            PRAGMA wal_checkpoint(TRUNCATE);
            """)
        XCTAssertEqual(try samskap("check", "p.samskap").status, 1)
        let before = try bytes(url)
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        var document = try file.load()
        document.project.name = "Changed"
        XCTAssertThrowsError(try file.apply([.setProject(document.project)])) {
            guard case .damaged? = $0 as? ProjectFileError else { return XCTFail("\($0)") }
        }
        file.close()
        XCTAssertEqual(try bytes(url), before)
    }

    func testAStrayJournalIsNeitherRolledInNorRemoved() throws {
        let url = try makeProject()
        // A journal of another database, as if copied in beside the project.
        let other = path("other.db")
        try writeRawSQLite(other, "PRAGMA journal_mode = DELETE; CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        try Data(repeating: 0xD9, count: 8).write(to: path("p.samskap-journal"))
        let journal = try bytes(path("p.samskap-journal"))
        let result = try samskap("check", "p.samskap")
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertTrue(result.err.contains("p.samskap-journal"), result.err)
        XCTAssertThrowsError(try ProjectFile.open(at: url)) { XCTAssertEqual($0 as? ProjectFileError, .strayJournal(url)) }
        XCTAssertEqual(try bytes(path("p.samskap-journal")), journal)
    }

    func testReadingLeavesARollbackJournalFileByteForByte() throws {
        let url = try makeProject()
        try writeRawSQLite(url, "PRAGMA journal_mode = DELETE;")
        XCTAssertEqual(rawQuery(url, "PRAGMA journal_mode"), ["delete"])
        let before = try bytes(url)
        let listing = try folderListing()
        for command in [["check", "p.samskap"], ["export-json", "p.samskap", "-o", "out.json"], ["export-csv", "p.samskap", "-o", "out.csv"],
                        ["export-pdf", "p.samskap", "-o", "out.pdf"], ["render-chart", "p.samskap", "partners", "-o", "out.svg"]] {
            let result = try run("samskap", command, environment: ["SAMSKAP_DATA_DIR": Self.sourceRoot.path])
            XCTAssertEqual(result.status, 0, "\(command[0]): \(result.err)")
            XCTAssertEqual(try bytes(url), before, "\(command[0]) changed the file")
        }
        XCTAssertEqual(try folderListing().filter { $0.hasPrefix("p.samskap") }, listing.filter { $0.hasPrefix("p.samskap") },
                       "no companion file is left beside the project")
        XCTAssertEqual(try ProjectFile.read(at: url), StoreSamples.full())
    }

    func testAnOlderFileIsReadAsItIsAndStaysOlder() throws {
        let url = path("v1.samskap")
        try VersionOneFixture.write(to: url)
        let before = try bytes(url)
        XCTAssertEqual(try samskap("export-json", "v1.samskap", "-o", "out.json").status, 0)
        XCTAssertEqual(try bytes(url), before)
        XCTAssertEqual(rawQuery(url, "PRAGMA user_version"), ["1"])
    }
}
