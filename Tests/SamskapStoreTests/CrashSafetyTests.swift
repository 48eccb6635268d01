import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// A child process edits in a loop and reports each committed edit; SIGKILL at random moments must never cost a
/// reported edit or the file's integrity.
final class CrashSafetyTests: StoreTestCase {
    private static func editID(_ n: Int) -> UUID { UUID(uuidString: String(format: "C0A5C0A5-0000-4000-8000-%012X", n))! }
    private static func extraID(_ n: Int, _ k: Int) -> UUID { UUID(uuidString: String(format: "C0A5C0A5-0000-4000-9%03X-%012X", k, n))! }

    func testKilledWhileEditingLosesNothingReported() throws {
        let url = path("crash.samskap")
        let indicator = StoreSamples.id(20)
        try ProjectFile.create(at: url, document: StoreSamples.full()).close()
        let probeURL = Self.productsDirectory.appendingPathComponent("samskap-crashprobe")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: probeURL.path), "samskap-crashprobe is not built")
        let seed = TestSeed.make("CrashSafetyTests")
        var rng = SeededRandom(seed: seed)
        var reported: [Int] = []
        var next = 0
        for kill in 0..<50 {
            let probe = Process()
            probe.executableURL = probeURL
            probe.arguments = ["edit", url.path, indicator.uuidString, "\(next)"]
            let output = Pipe()
            probe.standardOutput = output
            probe.standardError = FileHandle.nullDevice
            try probe.run()
            // Let it commit a random number of edits (0–12), then kill it mid-way through whatever it does next,
            // after a random few hundred microseconds more.
            let wanted = Int.random(in: 0...12, using: &rng)
            var seen = 0
            var buffer = Data()
            while seen < wanted {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                seen = buffer.filter { $0 == 0x0A }.count
            }
            usleep(UInt32.random(in: 0...800, using: &rng))
            Glibc.kill(probe.processIdentifier, SIGKILL)
            probe.waitUntilExit()
            XCTAssertEqual(probe.terminationReason, .uncaughtSignal, "the probe stopped by itself (kill \(kill) of seed \(seed))")
            buffer.append(output.fileHandleForReading.readDataToEndOfFile())
            let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n").compactMap { Int($0) }
            reported += lines
            next = (lines.last ?? next - 1) + 2  // skip the edit that may or may not have committed

            // The file opens (the kernel let go of the lock with the process), is sound, and holds every reported edit.
            let file = try ProjectFile.open(at: url)
            defer { file.close() }
            XCTAssertEqual(try file.check().integrity, ["ok"], "after kill \(kill) of seed \(seed)")
            let document = try file.load()
            let ids = Set(document.measurements.map(\.id))
            for n in lines {
                XCTAssertTrue(ids.contains(Self.editID(n)), "edit \(n) was reported but is missing after kill \(kill) of seed \(seed)")
                if n % 5 == 0 {
                    XCTAssertTrue((0..<20).allSatisfy { ids.contains(Self.extraID(n, $0)) }, "edit \(n) is half there")
                }
            }
            // Each transaction is whole: the extras of an edit are all there or all missing.
            for n in Set(ids.compactMap { id -> Int? in
                let s = id.uuidString
                guard s.hasPrefix("C0A5C0A5-0000-4000-9") else { return nil }
                return Int(s.suffix(12), radix: 16)
            }) {
                XCTAssertTrue((0..<20).allSatisfy { ids.contains(Self.extraID(n, $0)) } && ids.contains(Self.editID(n)), "edit \(n) is torn")
            }
        }
        XCTAssertGreaterThan(reported.count, 50, "the probe should have reported plenty of edits")
    }
}
