import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// End to end: the built `samskap` binary, each storage command, each bad input, and the exit codes 0, 1 and 2.
final class CommandLineTests: StoreTestCase {
    /// A data folder of our own, so the tests do not depend on the demo projects' content.
    private func dataDirectory() throws -> String {
        let root = path("share")
        let demo = root.appendingPathComponent("data/demo"), model = root.appendingPathComponent("data/model")
        try FileManager.default.createDirectory(at: demo, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: model.appendingPathComponent("nb.json"))
        // The schema every import is checked against is part of an installation, as the model is.
        let schema = root.appendingPathComponent("data/schema")
        try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(at: source.appendingPathComponent("data/schema/project-v1.schema.json"),
                                         to: schema.appendingPathComponent("project-v1.schema.json"))
        try ProjectExchange.encode(StoreSamples.full()).write(to: demo.appendingPathComponent("housing.json"))
        var incubator = StoreSamples.full()
        incubator.project.name = "Inkubatoren"
        try ProjectExchange.encode(incubator).write(to: demo.appendingPathComponent("incubator.json"))
        return root.path
    }

    private func samskap(_ arguments: String..., english: Bool = false, data: String? = nil) throws -> (status: Int32, out: String, err: String) {
        var environment: [String: String] = english ? ["LANG": "en_GB.UTF-8"] : [:]
        if let data { environment["SAMSKAP_DATA_DIR"] = data }
        return try run("samskap", arguments, environment: environment)
    }

    func testDemoCheckExportImportRoundTrip() throws {
        let data = try dataDirectory()
        let demo = try samskap("demo", "-o", "demo.samskap", data: data)
        XCTAssertEqual(demo.status, 0, demo.err)
        XCTAssertTrue(demo.out.contains("Bolig først"), demo.out)
        let file = try ProjectFile.open(at: path("demo.samskap"))
        XCTAssertEqual(try file.load(), StoreSamples.full())
        file.close()

        let check = try samskap("check", "demo.samskap")
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.contains("Skjemaversjon: \(ProjectFile.currentSchemaVersion)"), check.out)
        XCTAssertTrue(check.out.contains("Integritet: i orden"), check.out)
        XCTAssertTrue(check.out.contains("målinger:"), check.out)

        XCTAssertEqual(try samskap("export-json", "demo.samskap", "-o", "out.json").status, 0)
        XCTAssertEqual(try bytes(path("out.json")), try ProjectExchange.encode(StoreSamples.full()))
        let imported = try samskap("import-json", "out.json", "-o", "copy.samskap")
        XCTAssertEqual(imported.status, 0, imported.err)
        XCTAssertEqual(try samskap("export-json", "copy.samskap", "-o", "again.json").status, 0)
        XCTAssertEqual(try bytes(path("again.json")), try bytes(path("out.json")))
        let stdout = try samskap("export-json", "copy.samskap", "-o", "-")
        XCTAssertEqual(Data(stdout.out.utf8), try bytes(path("out.json")))
    }

    func testDemoIncubatorAndEnglish() throws {
        let result = try samskap("demo", "--example", "incubator", "-o", "i.samskap", english: true, data: try dataDirectory())
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("Created “i.samskap” with the demo project “Inkubatoren”"), result.out)
        let check = try samskap("check", "i.samskap", english: true)
        XCTAssertTrue(check.out.contains("Schema version: \(ProjectFile.currentSchemaVersion)") && check.out.contains("measurements:"), check.out)
    }

    func testCheckReportsAnOldFileWithoutMigratingIt() throws {
        try FileManager.default.copyItem(at: VersionOneFixture.url, to: path("old.samskap"))
        let before = try bytes(path("old.samskap"))
        let check = try samskap("check", "old.samskap")
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.contains("Skjemaversjon: 1 (oppdateres til \(ProjectFile.currentSchemaVersion) når filen åpnes)"), check.out)
        XCTAssertEqual(try bytes(path("old.samskap")), before)
    }

    func testBadArgumentsExitTwo() throws {
        let data = try dataDirectory()
        for arguments in [["demo"], ["demo", "-o", "x.json"], ["demo", "-o", "x.samskap", "--example", "zoo"],
                          ["demo", "-o", "x.samskap", "extra"], ["demo", "--bogus", "1"], ["check"], ["check", "a.samskap", "b.samskap"],
                          ["check", "-x"], ["export-json", "a.samskap"], ["export-json", "a.samskap", "-o", "b.samskap"],
                          ["export-json", "-o"], ["import-json", "a.json"], ["import-json", "a.json", "-o", "b.json"], ["import-json"]] {
            let result = try run("samskap", arguments, environment: ["SAMSKAP_DATA_DIR": data])
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.err)")
            XCTAssertTrue(result.err.hasPrefix("samskap: ") && result.err.contains("Bruk: samskap"), "\(arguments): \(result.err)")
        }
        let english = try samskap("check", english: true)
        XCTAssertTrue(english.err.contains("Usage: samskap check"), english.err)
        XCTAssertEqual(try folderListing(), ["share"])
    }

    func testCheckFailuresExitOne() throws {
        try Data("hei".utf8).write(to: path("notes.txt"))
        let text = try samskap("check", "notes.txt")
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.err.contains("er ikke en Samskap-prosjektfil"), text.err)
        let missing = try samskap("check", "none.samskap", english: true)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("Could not find the file “none.samskap”"), missing.err)

        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        // One step past this version's schema, whatever it is now.
        let future = ProjectFile.currentSchemaVersion + 1
        try writeRawSQLite(path("p.samskap"), "PRAGMA user_version = \(future); PRAGMA wal_checkpoint(TRUNCATE);")
        let newer = try samskap("check", "p.samskap")
        XCTAssertEqual(newer.status, 1)
        XCTAssertTrue(newer.err.contains("nyere versjon av Samskap (skjema \(future))"), newer.err)
    }

    func testCheckFindsDamage() throws {
        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        var data = try bytes(path("p.samskap"))
        for i in 4096..<12288 { data[i] = UInt8(truncatingIfNeeded: i &* 31) }
        try data.write(to: path("p.samskap"))
        let result = try samskap("check", "p.samskap")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("skadet"), result.err)
        XCTAssertEqual(try bytes(path("p.samskap")), data)
    }

    func testImportRefusesOverwriteAndBadFiles() throws {
        try ProjectExchange.encode(StoreSamples.full()).write(to: path("good.json"))
        try Data("mine".utf8).write(to: path("taken.samskap"))
        let taken = try samskap("import-json", "good.json", "-o", "taken.samskap")
        XCTAssertEqual(taken.status, 1)
        XCTAssertTrue(taken.err.contains("finnes allerede"), taken.err)
        XCTAssertEqual(try bytes(path("taken.samskap")), Data("mine".utf8))

        var text = String(decoding: try bytes(path("good.json")), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"sector\" : \"civilSociety\"", with: "\"sector\" : \"kommune2\"")
        try Data(text.utf8).write(to: path("bad.json"))
        let bad = try samskap("import-json", "bad.json", "-o", "new.samskap", english: true)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.err.contains("“bad.json” cannot be imported: partners[1].sector: unknown value \"kommune2\""), bad.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("new.samskap").path))

        try Data("{\"format\": \"samskap-project\", \"formatVersion\": 3, \"document\": {}}".utf8).write(to: path("future.json"))
        let future = try samskap("import-json", "future.json", "-o", "new.samskap")
        XCTAssertEqual(future.status, 1)
        XCTAssertTrue(future.err.contains("nyere versjon av Samskap (formatversjon 3)"), future.err)

        let absent = try samskap("import-json", "absent.json", "-o", "new.samskap")
        XCTAssertEqual(absent.status, 1)
        XCTAssertTrue(absent.err.contains("absent.json"), absent.err)
        XCTAssertEqual(try folderListing(), ["bad.json", "future.json", "good.json", "taken.samskap"])
    }

    func testExportOfAFileOpenElsewhereFails() throws {
        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        let held = try ProjectFile.open(at: path("p.samskap"))
        defer { held.close() }
        let result = try samskap("export-json", "p.samskap", "-o", "p.json")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("allerede åpen"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("p.json").path))
    }
}
