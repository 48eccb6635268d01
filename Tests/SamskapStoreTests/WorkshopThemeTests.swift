import Foundation
import SamskapCore
@testable import SamskapStore
import TestSupport
import XCTest

/// The workshop's theme is kept in the file and in the exchange format; files and JSON from before it still open,
/// shown dark.
final class WorkshopThemeTests: StoreTestCase {
    func testTheThemeIsSavedAndReadBack() throws {
        let url = path("theme.samskap")
        var document = StoreSamples.full()
        document.workshop?.theme = .light
        try ProjectFile.create(at: url, document: document).close()
        XCTAssertEqual(rawQuery(url, "SELECT theme FROM workshop"), ["light"])
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        XCTAssertEqual(try file.load().workshop?.theme, .light)
        var changed = try XCTUnwrap(document.workshop)
        changed.theme = .contrast
        try file.apply([.setWorkshop(changed)])
        XCTAssertEqual(try file.load().workshop?.theme, .contrast)
    }

    func testAFileFromBeforeTheThemeOpensDark() throws {
        let url = path("old.samskap")
        try ProjectFile.create(at: url, document: StoreSamples.full()).close()
        // The file as the version before made it: no theme column, its schema version one lower.
        try writeRawSQLite(url, """
            ALTER TABLE workshop DROP COLUMN theme;
            PRAGMA user_version = \(ProjectFile.currentSchemaVersion - 1);
            PRAGMA wal_checkpoint(TRUNCATE);
            """)
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        let agenda = try XCTUnwrap(try file.load().workshop)
        XCTAssertEqual(agenda.theme, .dark)
        XCTAssertEqual(agenda.screens, StoreSamples.full().workshop?.screens, "the rest of the agenda as it was")
        XCTAssertEqual(try file.check().schemaVersion, ProjectFile.currentSchemaVersion)
    }

    func testJSONWithoutTheThemeImportsDarkAndJSONWithItKeepsIt() throws {
        let document = StoreSamples.full()
        let exported = try ProjectExchange.encode(document)
        XCTAssertEqual(try ProjectExchange.decode(exported).workshop?.theme, .contrast)
        // Remove the key as an export from before it would lack it.
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: exported) as? [String: Any])
        var inner = try XCTUnwrap(json["document"] as? [String: Any])
        var workshop = try XCTUnwrap(inner["workshop"] as? [String: Any])
        XCTAssertEqual(workshop.removeValue(forKey: "theme") as? String, "contrast")
        inner["workshop"] = workshop
        json["document"] = inner
        let older = try ProjectExchange.decode(try JSONSerialization.data(withJSONObject: json))
        XCTAssertEqual(older.workshop?.theme, .dark)
        XCTAssertEqual(older.workshop?.screens, document.workshop?.screens)
    }
}
