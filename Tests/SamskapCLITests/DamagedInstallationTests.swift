import Foundation
import XCTest

/// An installation whose description of the exchange format is gone: import refuses every file, says that the
/// installation is at fault (not the file), and saves nothing.
final class DamagedInstallationTests: CLITestCase {
    /// A copy of `data/` and `Resources/` without `data/schema/`, for `SAMSKAP_DATA_DIR`.
    private func installationWithoutSchema() throws -> URL {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let root = path("installation")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: root.appendingPathComponent("Resources"), withDestinationURL: source.appendingPathComponent("Resources"))
        for entry in try fm.contentsOfDirectory(atPath: source.appendingPathComponent("data").path) where entry != "schema" {
            try fm.createSymbolicLink(at: root.appendingPathComponent("data/\(entry)"),
                                      withDestinationURL: source.appendingPathComponent("data/\(entry)"))
        }
        return root
    }

    func testAMissingSchemaRefusesTheImportAndBlamesTheInstallation() throws {
        XCTAssertEqual(try samskap("demo", "-o", "demo.samskap").status, 0)
        XCTAssertEqual(try samskap("export-json", "demo.samskap", "-o", "demo.json").status, 0)
        let broken = ["SAMSKAP_DATA_DIR": try installationWithoutSchema().path]

        let refused = try samskap("import-json", "demo.json", "-o", "again.samskap", english: true, environment: broken)
        assertFailure(refused, "description of the format")
        XCTAssertTrue(refused.err.contains("reinstall Samskap"), refused.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("again.samskap").path), "nothing saved")

        // The same file imports with the schema in place: the file was never the problem.
        XCTAssertEqual(try samskap("import-json", "demo.json", "-o", "again.samskap").status, 0)
    }
}
