import Foundation
import XCTest
@testable import SamskapPlatform

/// Where `Resources/` and `data/` are found: the override, an install prefix, the source tree.
final class ResourceLocatorTests: XCTestCase {
    private var prefix: URL!

    override func setUpWithError() throws {
        prefix = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-locator-\(UUID().uuidString)")
        let model = prefix.appendingPathComponent("share/samskap/data/model")
        try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: model.appendingPathComponent("nb.json"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: prefix)
    }

    /// Started through PATH (as a desktop entry starts it) argv[0] is just `samskap`; the locator must still
    /// know the file, or an installed samskap looks for its data in the working directory.
    func testTheExecutableIsTheFileThisProcessRuns() {
        let executable = ResourceLocator.currentExecutable()
        XCTAssertTrue(executable.path.hasPrefix("/"), executable.path)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable.path), executable.path)
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        XCTAssertEqual(executable.resolvingSymlinksInPath().path, argv0.path)
    }

    func testAnInstallPrefixBesideTheExecutable() {
        let locator = ResourceLocator.locate(environment: { _ in nil },
                                             executable: prefix.appendingPathComponent("bin/samskap"),
                                             workingDirectory: URL(fileURLWithPath: "/"))
        XCTAssertEqual(locator.data.path, prefix.appendingPathComponent("share/samskap/data").path)
        XCTAssertEqual(locator.resources.path, prefix.appendingPathComponent("share/samskap/Resources").path)
    }

    func testTheEnvironmentComesFirst() {
        let override = prefix.appendingPathComponent("share/samskap")
        let locator = ResourceLocator.locate(environment: { $0 == "SAMSKAP_DATA_DIR" ? override.path : nil },
                                             executable: URL(fileURLWithPath: "/nowhere/bin/samskap"),
                                             workingDirectory: URL(fileURLWithPath: "/"))
        XCTAssertEqual(locator.data.path, override.appendingPathComponent("data").path)
    }
}
