import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Damaged project files against every command that opens one: no crash, no hang, a message a person can read, and
/// the file byte for byte as it was whenever the command refused it or only read it.
final class DamagedFileMatrixTests: StoreTestCase {
    private static var sourceRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Words that belong to the program's insides, never to a message.
    private static let internalWords = ["Swift", "Fatal", "Error Domain", "Optional(", "DecodingError", "keyNotFound",
                                        "(ok)", "SQLite", "sqlite", "malformed", "POSIXError", "CocoaError", "nan", "inf"]

    /// One way of damaging the file: its name, and what it does to the bytes (or to the file through SQL).
    private struct Damage {
        let name: String
        let apply: (inout Data) -> Void
    }

    private func damages(pageSize: Int, size: Int) -> [Damage] {
        var list: [Damage] = []
        for cut in [0, 16, 99, 100, 1_000, pageSize, size / 2, size - 1] {
            list.append(Damage(name: "truncated to \(cut)") { $0 = $0.prefix(cut) })
        }
        list.append(Damage(name: "magic") { $0[3] ^= 0xFF })
        list.append(Damage(name: "page size") { $0[16] = 0x7F; $0[17] = 0x03 })
        list.append(Damage(name: "page count") { $0[28] = 0xFF })
        list.append(Damage(name: "schema cookie") { $0[40] ^= 0x55 })
        list.append(Damage(name: "negative version") { $0[60] = 0xFF; $0[61] = 0xFF; $0[62] = 0xFF; $0[63] = 0xFE })
        list.append(Damage(name: "huge version") { $0[60] = 0x7F })
        list.append(Damage(name: "foreign application") { $0[68] = 0x00 })
        for page in [1, 2, 3, size / pageSize / 2, size / pageSize - 1] where page > 0 && page < size / pageSize {
            list.append(Damage(name: "page \(page) zeroed") { data in
                for i in page * pageSize..<(page + 1) * pageSize { data[i] = 0 }
            })
            list.append(Damage(name: "page \(page) scrambled") { data in
                var rng = SeededRandom(seed: UInt64(page))
                for i in page * pageSize + 8..<(page + 1) * pageSize where rng.chance(0.05) { data[i] = UInt8.random(in: 0...255, using: &rng) }
            })
        }
        list.append(Damage(name: "pages swapped") { data in
            let a = data.subdata(in: pageSize..<2 * pageSize), b = data.subdata(in: 2 * pageSize..<3 * pageSize)
            data.replaceSubrange(pageSize..<2 * pageSize, with: b)
            data.replaceSubrange(2 * pageSize..<3 * pageSize, with: a)
        })
        return list
    }

    /// Damages made through SQL: rows that SQLite finds sound but Samskap cannot read.
    private let sqlDamages: [(String, String)] = [
        ("garbage date", "UPDATE measurement SET date = '31/12/2024' WHERE seq = (SELECT min(seq) FROM measurement);"),
        ("unknown sector", "UPDATE partner SET sector = 'pirates';"),
        ("short id", "PRAGMA ignore_check_constraints = ON; UPDATE goal SET id = X'01' WHERE seq = (SELECT min(seq) FROM goal);"),
        ("dangling reference", "PRAGMA foreign_keys = OFF; UPDATE measurement SET indicator_id = X'00000000000000000000000000000001';"),
        ("text for a number", "UPDATE measurement SET value = 'tolv' WHERE seq = (SELECT min(seq) FROM measurement);"),
    ]

    private func commands(for file: String) -> [(name: String, arguments: [String], writes: Bool)] {
        [("check", ["check", file], false),
         ("export-json", ["export-json", file, "-o", "out.json"], false),
         ("export-csv", ["export-csv", file, "-o", "out.csv"], false),
         ("export-pdf", ["export-pdf", file, "-o", "out.pdf"], false),
         ("render-chart", ["render-chart", file, "trend", "-o", "out.svg"], false),
         ("merge into", ["merge", file, "good.samskap"], true),
         ("merge from", ["merge", "good.samskap", file], false),
         ("import-csv", ["import-csv", file, "m.csv"], true)]
    }

    func testEveryCommandOnEveryDamage() throws {
        try ProjectFile.create(at: path("original.samskap"), document: StoreSamples.full()).close()
        let original = try bytes(path("original.samskap"))
        XCTAssertEqual(run("check", ["check", "original.samskap"]).status, 0)
        try Data("indikator;dato;verdi\n".utf8).write(to: path("m.csv"))

        var cases: [(String, Data)] = damages(pageSize: 4096, size: original.count).map { damage in
            var data = original
            damage.apply(&data)
            return (damage.name, data)
        }
        for (name, sql) in sqlDamages {
            try original.write(to: path("sql.samskap"))
            try writeRawSQLite(path("sql.samskap"), sql + " PRAGMA wal_checkpoint(TRUNCATE);")
            cases.append((name, try bytes(path("sql.samskap"))))
        }
        var runs = 0
        for (name, damaged) in cases {
            for command in commands(for: "d.samskap") {
                try original.write(to: path("good.samskap"))
                try damaged.write(to: path("d.samskap"))
                let goodBefore = try bytes(path("good.samskap"))
                let result = run(command.name, command.arguments)
                runs += 1
                let what = "\(command.name) on \(name)"
                XCTAssertTrue(result.status == 0 || result.status == 1, "\(what): exit \(result.status) \(result.err)")
                XCTAssertFalse(result.err.isEmpty && result.status != 0, "\(what) failed without a word")
                for word in Self.internalWords where result.err.contains(word) {
                    XCTFail("\(what) said “\(word)”: \(result.err)")
                }
                if result.status != 0 || !command.writes {
                    XCTAssertEqual(try bytes(path("d.samskap")), damaged, "\(what) changed the damaged file")
                }
                if result.status != 0 && command.name == "merge from" {
                    XCTAssertEqual(try bytes(path("good.samskap")), goodBefore, "\(what) changed the sound file")
                }
                for leftover in try folderListing() where leftover.hasPrefix("out.") || leftover.hasPrefix(".") {
                    if result.status != 0 { XCTFail("\(what) left \(leftover) behind") }
                    try? FileManager.default.removeItem(at: path(leftover))
                }
            }
        }
        print("Damaged-file matrix: \(cases.count) damages × \(commands(for: "").count) commands = \(runs) runs")
    }

    /// Runs `samskap` with a deadline: a command that hangs is killed and fails the test.
    private func run(_ name: String, _ arguments: [String]) -> (status: Int32, err: String) {
        let process = Process()
        process.executableURL = Self.productsDirectory.appendingPathComponent("samskap")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["LANGUAGE"] = "en"
        environment["SAMSKAP_DATA_DIR"] = Self.sourceRoot.path
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            XCTFail("\(name): \(error)")
            return (-1, "")
        }
        let reader = ReadAll(err.fileHandleForReading)
        if finished.wait(timeout: .now() + 60) == .timedOut {
            process.terminate()
            XCTFail("\(name) \(arguments) did not finish in 60 s")
        }
        process.waitUntilExit()
        let text = String(decoding: reader.wait(), as: UTF8.self)
        if process.terminationReason == .uncaughtSignal { return (128 + process.terminationStatus, text) }
        return (process.terminationStatus, text)
    }
}
