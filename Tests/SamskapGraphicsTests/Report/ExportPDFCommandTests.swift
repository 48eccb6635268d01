import Foundation
import XCTest

/// `samskap export-pdf` end to end: the built executable beside the test bundle, run on the demo project.
final class ExportPDFCommandTests: XCTestCase {
    private func samskap() throws -> URL {
        let dir = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [dir.appendingPathComponent("samskap"), Bundle.main.bundleURL.appendingPathComponent("samskap")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw XCTSkip("the samskap executable is not built beside the tests")
    }

    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = try samskap()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["LANG": "nb_NO.UTF-8", "PATH": "/usr/bin:/bin",
                               "SAMSKAP_DATA_DIR": ReportTestSupport.root.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    func testExportsTheDemoAndRejectsBadArguments() throws {
        let folder = try ReportTestSupport.scratch("cli")
        let demo = try run(["demo", "-o", "demo.samskap"], in: folder)
        guard demo.status == 0 else { throw XCTSkip("samskap demo is not available: \(demo.err)") }

        let ok = try run(["export-pdf", "demo.samskap", "-o", "rapport.pdf", "--lang", "en", "--sections", "summary,resultater"], in: folder)
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.out.contains("rapport.pdf"))
        let text = ReportTestSupport.flat(try ReportTestSupport.text(folder.appendingPathComponent("rapport.pdf")))
        XCTAssertTrue(text.contains("Summary") && text.contains("The results"))
        XCTAssertFalse(text.contains("About the method"))

        let unknown = try run(["export-pdf", "demo.samskap", "-o", "x.pdf", "--sections", "summary,budsjett"], in: folder)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("«budsjett»") && unknown.err.contains("summary") && unknown.err.contains("method"), unknown.err)

        XCTAssertEqual(try run(["export-pdf", "demo.samskap"], in: folder).status, 2, "no -o")
        XCTAssertEqual(try run(["export-pdf", "demo.samskap", "-o", "x.pdf", "--lang", "de"], in: folder).status, 2)
        XCTAssertEqual(try run(["export-pdf", "demo.samskap", "-o", "x.pdf", "--colour"], in: folder).status, 2)
        let missing = try run(["export-pdf", "finnes-ikke.samskap", "-o", "x.pdf"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("finnes-ikke.samskap"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pdf").path))
    }
}
