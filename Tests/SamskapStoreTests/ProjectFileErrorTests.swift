import CSQLite
import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Every way opening or saving can go wrong: a clear error, never a crash, never a changed file.
final class ProjectFileErrorTests: StoreTestCase {
    private func makeFile(_ name: String = "p.samskap") throws -> URL {
        let url = path(name)
        try ProjectFile.create(at: url, document: StoreSamples.full()).close()
        return url
    }

    func testATextFileIsNotASamskapFile() throws {
        let url = path("notes.txt")
        try Data("Møtereferat\n".utf8).write(to: url)
        XCTAssertFileError(try ProjectFile.open(at: url), .notSamskapFile(url))
        XCTAssertEqual(try bytes(url), Data("Møtereferat\n".utf8))
        XCTAssertEqual(try folderListing(), ["notes.txt"])
    }

    func testAnEmptyFileIsNotASamskapFile() throws {
        let url = path("tom.samskap")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data()))
        XCTAssertFileError(try ProjectFile.open(at: url), .notSamskapFile(url))
        XCTAssertEqual(try bytes(url).count, 0)
    }

    func testAnotherProgramsDatabaseIsRefusedUntouched() throws {
        let url = path("other.db")
        try writeRawSQLite(url, "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        let before = try bytes(url)
        XCTAssertFileError(try ProjectFile.open(at: url), .notSamskapFile(url))
        XCTAssertEqual(try bytes(url), before)
        XCTAssertEqual(try folderListing(), ["other.db"])
    }

    func testAFileFromANewerSamskapIsRefusedUntouched() throws {
        let url = try makeFile("x.samskap")
        // One step past this version's schema, whatever it is now.
        let future = ProjectFile.currentSchemaVersion + 1
        try writeRawSQLite(url, "PRAGMA user_version = \(future); PRAGMA wal_checkpoint(TRUNCATE);")
        let before = try bytes(url)
        XCTAssertFileError(try ProjectFile.open(at: url), .newerVersion(url, schema: future))
        XCTAssertEqual(try bytes(url), before)
        let message = ProjectFileError.newerVersion(url, schema: future).message(.nb)
        XCTAssertEqual(message, "Filen «x.samskap» er laget av en nyere versjon av Samskap (skjema \(future)). Oppdater Samskap for å åpne den.")
        XCTAssertTrue(ProjectFileError.newerVersion(url, schema: 7).message(.en).contains("newer version of Samskap"))
    }

    func testGarbageInsideTheFileIsReportedAsDamage() throws {
        let url = try makeFile()
        var data = try bytes(url)
        XCTAssertGreaterThan(data.count, 8192)
        // Overwrite the second page onwards (the first table's b-tree) with noise.
        var rng = SeededRandom(seed: 3)
        for i in 4096..<min(data.count, 4096 * 6) { data[i] = UInt8.random(in: 0...255, using: &rng) }
        try data.write(to: url)
        XCTAssertThrowsError(try ProjectFile.open(at: url)) { error in
            guard case let .damaged(u, detail)? = error as? ProjectFileError else { return XCTFail("\(error)") }
            XCTAssertEqual(u, url)
            XCTAssertFalse(detail.isEmpty)
            XCTAssertTrue((error as? UserFacingError)?.message(.nb).contains("sikkerhetskopi") == true)
        }
        XCTAssertEqual(try bytes(url), data)
    }

    func testGarbageOverTheHeaderIsNotRecognised() throws {
        let url = try makeFile()
        var data = try bytes(url)
        for i in 0..<100 { data[i] = 0x41 }
        try data.write(to: url)
        XCTAssertFileError(try ProjectFile.open(at: url), .notSamskapFile(url))
        XCTAssertEqual(try bytes(url), data)
    }

    func testAReadOnlyFileIsRefused() throws {
        let url = try makeFile()
        XCTAssertEqual(chmod(url.path, 0o400), 0)
        XCTAssertFileError(try ProjectFile.open(at: url), .readOnlyFile(url))
        XCTAssertTrue(ProjectFileError.readOnlyFile(url).message(.nb).contains("skrivebeskyttet"))
    }

    func testAReadOnlyFolderIsRefused() throws {
        let url = try makeFile()
        XCTAssertEqual(chmod(folder.path, 0o555), 0)
        defer { chmod(folder.path, 0o755) }
        XCTAssertFileError(try ProjectFile.open(at: url), .readOnlyLocation(url))
        XCTAssertFileError(try ProjectFile.create(at: path("ny.samskap"), document: StoreSamples.full()), .readOnlyLocation(path("ny.samskap")))
    }

    func testASecondOpenInTheSameProcessIsRefusedUntilClose() throws {
        let url = try makeFile()
        let first = try ProjectFile.open(at: url)
        XCTAssertFileError(try ProjectFile.open(at: url), .alreadyOpen(url))
        // The refused open must not disturb the first one.
        try first.apply([.deleteGoal(StoreSamples.id(80))])
        first.close()
        let second = try ProjectFile.open(at: url)
        XCTAssertEqual(try second.load().goals.count, 1)
        second.close()
    }

    func testAFileHeldByAnotherProcessIsRefusedUntilItLetsGo() throws {
        let url = try makeFile()
        let probe = Process()
        probe.executableURL = Self.productsDirectory.appendingPathComponent("samskap-crashprobe")
        probe.arguments = ["hold", url.path]
        let input = Pipe(), output = Pipe()
        probe.standardInput = input
        probe.standardOutput = output
        try probe.run()
        // Wait for the child's word that it holds the file, not for a time.
        var said = Data()
        while !said.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        XCTAssertEqual(String(decoding: said, as: UTF8.self), "open\n")
        XCTAssertFileError(try ProjectFile.open(at: url), .alreadyOpen(url))
        try input.fileHandleForWriting.close()
        probe.waitUntilExit()
        XCTAssertEqual(probe.terminationStatus, 0)
        let file = try ProjectFile.open(at: url)
        file.close()
    }

    func testAFullDiskLosesNoEditSilently() throws {
        let url = try makeFile()
        let file = try ProjectFile.open(at: url)
        defer { file.close() }
        let before = try file.load()
        // Let the file grow no further than it is: the next sizeable edit meets SQLITE_FULL.
        let pages = try XCTUnwrap(file.connection).integer("PRAGMA page_count")
        _ = try XCTUnwrap(file.connection).integer("PRAGMA max_page_count = \(pages)")
        let big = (0..<400).map { n in
            Change.upsertMeasurement(SamskapCore.Measurement(id: UUID(), indicatorID: StoreSamples.id(20), date: Fixtures.day("2026-01-01"),
                                                             value: Double(n), note: String(repeating: "æ", count: 300)))
        }
        XCTAssertFileError(try file.apply(big), .diskFull(url))
        XCTAssertTrue(ProjectFileError.diskFull(url).message(.nb).contains("ble ikke lagret"))
        XCTAssertEqual(try file.load(), before)
        file.close()
        let reopened = try ProjectFile.open(at: url)
        defer { reopened.close() }
        XCTAssertEqual(try reopened.load(), before)
        XCTAssertTrue(try reopened.check().isIntact)
    }

    func testAFullTmpfsLosesNoEditSilently() throws {
        let mount = path("small")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let status = try Self.shell("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.path])
        guard status == 0 else { throw XCTSkip("cannot mount a small tmpfs here (needs root)") }
        defer { _ = try? Self.shell("/bin/umount", [mount.path]) }
        let url = mount.appendingPathComponent("p.samskap")
        let file = try ProjectFile.create(at: url, document: StoreSamples.full())
        defer { file.close() }
        let before = try file.load()
        var caught: Error?
        for round in 0..<100 where caught == nil {
            let batch = (0..<50).map { n in
                Change.upsertMeasurement(SamskapCore.Measurement(id: UUID(), indicatorID: StoreSamples.id(20), date: Fixtures.day("2026-01-01"),
                                                                 value: Double(round * 100 + n), note: String(repeating: "ø", count: 500)))
            }
            let expected = try file.load().applying(batch)
            do {
                try file.apply(batch)
                XCTAssertEqual(try file.load(), expected)
            } catch {
                caught = error
                XCTAssertEqual(try file.load().measurements.count, expected.measurements.count - batch.count)
            }
        }
        XCTAssertEqual(caught as? ProjectFileError, .diskFull(url))
        XCTAssertGreaterThan(try file.load().measurements.count, before.measurements.count)
        XCTAssertTrue(try file.check().isIntact)
        // A new project does not fit either, and leaves nothing half-made behind.
        XCTAssertThrowsError(try ProjectFile.create(at: mount.appendingPathComponent("q.samskap"),
                                                    document: LargeProject.make(model: Fixtures.model(), partners: 5, indicators: 20, measurements: 5_000, rounds: 1, respondentsPerRound: 2)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: mount.appendingPathComponent("q.samskap").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mount.path).filter { $0.hasPrefix(".") }, [])
    }

    func testEveryMessageNamesTheFileInBothLanguages() {
        let url = URL(fileURLWithPath: "/tmp/Bolig først.samskap")
        let errors: [ProjectFileError] = [.notFound(url), .alreadyExists(url), .folderMissing(url), .notSamskapFile(url),
                                          .newerVersion(url, schema: 9), .damaged(url, detail: "x"), .readOnlyFile(url),
                                          .readOnlyLocation(url), .diskFull(url), .alreadyOpen(url), .invalidEdit(url, detail: "y"),
                                          .ioFailure(url, detail: "z"), .closed(url), .foreignObjects(url, names: ["trigger t"]),
                                          .strayJournal(url)]
        for error in errors {
            XCTAssertTrue(error.message(.nb).contains("«Bolig først.samskap»"), error.message(.nb))
            XCTAssertTrue(error.message(.en).contains("“Bolig først.samskap”"), error.message(.en))
            XCTAssertNotEqual(error.message(.nb), error.message(.en))
        }
    }

    static func shell(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
