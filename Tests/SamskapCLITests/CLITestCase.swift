import Foundation
import XCTest
import TestSupport

/// Runs the built `samskap` binary in a fresh folder, in Norwegian or English, and checks the two kinds of
/// failure every subcommand shares: a command line to correct (status 2, what is wrong and the usage line) and a
/// file that could not be opened, read or written (status 1, what happened and what to do).
class CLITestCase: XCTestCase {
    /// The test's folder, the binary's working directory.
    private(set) var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A path in the test's folder.
    func path(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The binary beside the test bundle (`swift build --build-tests` builds it).
    static var binary: URL {
        let bundle = Bundle(for: CLITestCase.self).bundleURL
        return (bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle).appendingPathComponent("samskap")
    }

    /// Runs `samskap` with the arguments, in English when asked (else Norwegian), with `environment` added.
    func samskap(_ arguments: String..., english: Bool = false, environment: [String: String] = [:], file: StaticString = #filePath,
                 line: UInt = #line) throws -> (status: Int32, out: String, err: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else {
            XCTFail("samskap is not built at \(Self.binary.path)", file: file, line: line)
            return (-1, "", "")
        }
        let language = english ? ["LANGUAGE": "en"] : [:]
        return try ChildProcess.run(Self.binary, arguments, in: folder, environment: language.merging(environment) { $1 })
    }

    /// The run ended with status 2, said `problem` and showed how the command is used, in the run's language.
    func assertUsageError(_ result: (status: Int32, out: String, err: String), _ problem: String, usage: String,
                          english: Bool, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 2, result.err, file: file, line: line)
        XCTAssertTrue(result.err.contains(problem), "“\(problem)” in: \(result.err)", file: file, line: line)
        let shown = (english ? "Usage: samskap " : "Bruk: samskap ") + usage
        XCTAssertTrue(result.err.contains(shown), "“\(shown)” in: \(result.err)", file: file, line: line)
        XCTAssertEqual(result.out, "", "nothing on standard output", file: file, line: line)
    }

    /// The run ended with status 1 and said `problem` on standard error, prefixed with the program's name.
    func assertFailure(_ result: (status: Int32, out: String, err: String), _ problem: String,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, 1, result.err, file: file, line: line)
        XCTAssertTrue(result.err.hasPrefix("samskap: "), result.err, file: file, line: line)
        XCTAssertTrue(result.err.contains(problem), "“\(problem)” in: \(result.err)", file: file, line: line)
    }
}
