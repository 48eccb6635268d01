import Foundation
import Glibc
import XCTest
@testable import SamskapStore
import TestSupport

/// End to end: no export command writes over a folder, the project it reads, another project or anything that is
/// not a regular file; each says so and exits 1 with the project and the target as they were.
final class ExportSafetyTests: StoreTestCase {
    /// Every export, with the project first and the target last.
    private let exports: [[String]] = [
        ["export-pdf", "p.samskap", "-o"],
        ["export-json", "p.samskap", "-o"],
        ["export-csv", "p.samskap", "-o"],
        ["render-chart", "p.samskap", "model", "-o"],
    ]

    private func makeProject() throws -> Data {
        try ProjectFile.create(at: path("p.samskap"), document: StoreSamples.full()).close()
        return try bytes(path("p.samskap"))
    }

    private func samskap(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try run("samskap", arguments, environment: ["SAMSKAP_DATA_DIR": Self.sourceRoot.path])
    }

    /// The repository, for the model content the report and charts need.
    private static var sourceRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func testAFolderIsRefusedAndKeepsItsContent() throws {
        let project = try makeProject()
        try FileManager.default.createDirectory(at: path("reports.pdf"), withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: path("reports.pdf/keep.txt"))
        for command in exports {
            let result = try samskap(command + ["reports.pdf"])
            XCTAssertEqual(result.status, 1, "\(command[0]): \(result.err)")
            XCTAssertTrue(result.err.contains("er en mappe"), "\(command[0]): \(result.err)")
            XCTAssertEqual(try String(contentsOf: path("reports.pdf/keep.txt"), encoding: .utf8), "keep", command[0])
        }
        XCTAssertEqual(try bytes(path("p.samskap")), project)
    }

    func testTheProjectItselfUnderAnyNameIsRefused() throws {
        let project = try makeProject()
        XCTAssertEqual(link(path("p.samskap").path, path("same-file.pdf").path), 0)
        XCTAssertEqual(symlink(path("p.samskap").path, path("alias.pdf").path), 0)
        for command in exports {
            for target in ["same-file.pdf", "alias.pdf"] {
                let result = try samskap(command + [target])
                XCTAssertEqual(result.status, 1, "\(command[0]) -o \(target): \(result.err)")
                XCTAssertTrue(result.err.contains("prosjektfilen du eksporterer fra"), "\(command[0]) -o \(target): \(result.err)")
                XCTAssertEqual(try bytes(path("p.samskap")), project, "\(command[0]) -o \(target)")
            }
        }
        let result = try samskap(["export-pdf", "p.samskap", "-o", "p.samskap"])
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(try bytes(path("p.samskap")), project)
    }

    func testAnotherProjectIsRecognisedByItsContentNotItsName() throws {
        _ = try makeProject()
        try ProjectFile.create(at: path("other.samskap"), document: StoreSamples.full()).close()
        XCTAssertEqual(rename(path("other.samskap").path, path("OTHER.PDF").path), 0)
        let other = try bytes(path("OTHER.PDF"))
        for command in exports {
            // render-chart takes the format from the name; a PDF name serves for every command.
            let result = try samskap(command + ["OTHER.PDF"])
            XCTAssertEqual(result.status, 1, "\(command[0]): \(result.err)")
            XCTAssertTrue(result.err.contains("er en Samskap-prosjektfil"), "\(command[0]): \(result.err)")
            XCTAssertEqual(try bytes(path("OTHER.PDF")), other, command[0])
        }
    }

    func testWhatIsNotARegularFileIsRefused() throws {
        _ = try makeProject()
        // A pipe, never a real device: a broken build would replace the device for the whole machine.
        XCTAssertEqual(mkfifo(path("pipe.pdf").path, 0o600), 0)
        XCTAssertEqual(symlink(path("nowhere/x.pdf").path, path("dangling.pdf").path), 0)
        for command in exports {
            for target in ["pipe.pdf", "dangling.pdf"] {
                let result = try samskap(command + [target])
                XCTAssertEqual(result.status, 1, "\(command[0]) -o \(target): \(result.err)")
                XCTAssertTrue(result.err.contains("ikke en vanlig fil"), "\(command[0]) -o \(target): \(result.err)")
            }
        }
    }

    func testPersonalDataIsTheOwnersAloneAndAReplacedFileKeepsItsMode() throws {
        _ = try makeProject()
        for (command, name) in [("export-json", "out.json"), ("export-csv", "out.csv")] {
            XCTAssertEqual(try samskap([command, "p.samskap", "-o", name]).status, 0, command)
            XCTAssertEqual(mode(path(name)), 0o600, command)
        }
        XCTAssertEqual(try samskap(["export-pdf", "p.samskap", "-o", "r.pdf"]).status, 0)
        XCTAssertEqual(mode(path("r.pdf")), 0o666 & ~currentUmask(), "a report follows the umask")
        XCTAssertEqual(chmod(path("out.csv").path, 0o640), 0)
        XCTAssertEqual(try samskap(["export-csv", "p.samskap", "-o", "out.csv"]).status, 0)
        XCTAssertEqual(mode(path("out.csv")), 0o640)
        XCTAssertEqual(try folderListing().filter { $0.hasPrefix(".") }, [], "no temporary file is left behind")
    }

    func testAFullDiskIsSaidAsSuchAndLeavesNothing() throws {
        _ = try makeProject()
        let mount = path("small")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        guard try ProjectFileErrorTests.shell("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.path]) == 0 else {
            throw XCTSkip("cannot mount a small tmpfs here (needs root)")
        }
        defer { _ = try? ProjectFileErrorTests.shell("/bin/umount", [mount.path]) }
        // Filled to the last block, so that even the smallest export fails.
        let filler = FileManager.default.createFile(atPath: mount.appendingPathComponent("filler").path, contents: nil)
        XCTAssertTrue(filler)
        let handle = try FileHandle(forWritingTo: mount.appendingPathComponent("filler"))
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try? handle.close()
        for command in exports {
            let result = try samskap(command + ["small/out.pdf"])
            XCTAssertEqual(result.status, 1, "\(command[0]): \(result.err)")
            XCTAssertTrue(result.err.contains("Disken er full"), "\(command[0]): \(result.err)")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mount.path), ["filler"], command[0])
        }
    }

    private func mode(_ url: URL) -> mode_t {
        var info = stat()
        XCTAssertEqual(stat(url.path, &info), 0)
        return info.st_mode & 0o777
    }

    private func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
