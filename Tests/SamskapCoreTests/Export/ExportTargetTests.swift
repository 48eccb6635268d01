import Foundation
import Glibc
import XCTest
@testable import SamskapCore

/// `ExportTarget`: what it refuses, the modes it gives, and that a failed write leaves the old file.
final class ExportTargetTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-target-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// A file that begins like a Samskap project: what the signature reads, nothing more.
    private func fakeProject(_ name: String) throws -> URL {
        var header = [UInt8](repeating: 0, count: 100)
        header.replaceSubrange(0..<16, with: ProjectFileSignature.sqliteMagic)
        header.replaceSubrange(68..<72, with: [0x53, 0x41, 0x4D, 0x53])
        try Data(header).write(to: url(name))
        return url(name)
    }

    private func mode(_ url: URL) -> mode_t {
        var info = stat()
        XCTAssertEqual(stat(url.path, &info), 0)
        return info.st_mode & 0o777
    }

    func testRefusesAFolderAndLeavesItsContent() throws {
        let inside = url("reports")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: inside.appendingPathComponent("keep.txt"))
        XCTAssertThrowsError(try ExportTarget(inside)) { XCTAssertEqual($0 as? ExportTargetError, .folder(inside.path)) }
        XCTAssertEqual(try String(contentsOf: inside.appendingPathComponent("keep.txt"), encoding: .utf8), "keep")
    }

    func testRefusesTheSourceUnderAnyNameAndAnyProjectByItsHeader() throws {
        let source = try fakeProject("p.samskap")
        XCTAssertThrowsError(try ExportTarget(source, protecting: [source])) { XCTAssertEqual($0 as? ExportTargetError, .sourceProject(source.path)) }
        XCTAssertEqual(link(source.path, url("other-name").path), 0)
        XCTAssertThrowsError(try ExportTarget(url("other-name"), protecting: [source])) {
            XCTAssertEqual($0 as? ExportTargetError, .sourceProject(url("other-name").path))
        }
        let stranger = try fakeProject("ANOTHER.SAMSKAP")
        XCTAssertThrowsError(try ExportTarget(stranger, protecting: [source])) { XCTAssertEqual($0 as? ExportTargetError, .projectFile(stranger.path)) }
        XCTAssertThrowsError(try ExportTarget(url("p.samskap-wal"))) { XCTAssertEqual($0 as? ExportTargetError, .projectFile(url("p.samskap-wal").path)) }
        // A plain SQLite file of another program is no project: it may be replaced like any file.
        var other = [UInt8](repeating: 0, count: 100)
        other.replaceSubrange(0..<16, with: ProjectFileSignature.sqliteMagic)
        try Data(other).write(to: url("other.db"))
        XCTAssertNoThrow(try ExportTarget(url("other.db"), protecting: [source]))
    }

    func testRefusesWhatIsNotARegularFileAndAMissingFolder() throws {
        // Never a real device here: a broken build would replace it for the whole machine.
        XCTAssertTrue(bindSocket(url("socket").path))
        XCTAssertThrowsError(try ExportTarget(url("socket"))) { XCTAssertEqual($0 as? ExportTargetError, .notRegularFile(url("socket").path)) }
        XCTAssertEqual(mkfifo(url("pipe").path, 0o600), 0)
        XCTAssertThrowsError(try ExportTarget(url("pipe"))) { XCTAssertEqual($0 as? ExportTargetError, .notRegularFile(url("pipe").path)) }
        let missing = url("no/such/folder/x.pdf")
        XCTAssertThrowsError(try ExportTarget(missing)) { XCTAssertEqual($0 as? ExportTargetError, .folderMissing(missing.path)) }
    }

    private func bindSocket(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (i, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[i] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
    }

    func testALinkToAFileWritesTheFileAndKeepsTheLink() throws {
        try Data("old".utf8).write(to: url("real.csv"))
        XCTAssertEqual(symlink(url("real.csv").path, url("link.csv").path), 0)
        try ExportTarget(url("link.csv")).write(Array("new".utf8), privacy: .personal)
        XCTAssertEqual(try String(contentsOf: url("real.csv"), encoding: .utf8), "new")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: url("link.csv").path), url("real.csv").path)
    }

    func testModes() throws {
        let previous = umask(0o022)
        defer { umask(previous) }
        try ExportTarget(url("a.json")).write(Array("{}".utf8), privacy: .personal)
        XCTAssertEqual(mode(url("a.json")), 0o600)
        try ExportTarget(url("a.pdf")).write(Array("%PDF".utf8), privacy: .shared)
        XCTAssertEqual(mode(url("a.pdf")), 0o644)
        // A replaced file keeps the mode its owner gave it, whichever kind of export replaces it.
        try Data("x".utf8).write(to: url("b.csv"))
        XCTAssertEqual(chmod(url("b.csv").path, 0o640), 0)
        try ExportTarget(url("b.csv")).write(Array("y".utf8), privacy: .personal)
        XCTAssertEqual(mode(url("b.csv")), 0o640)
        XCTAssertEqual(try String(contentsOf: url("b.csv"), encoding: .utf8), "y")
    }

    func testAFailedWriteLeavesTheOldFileAndNoTemporary() throws {
        try Data("old".utf8).write(to: url("r.pdf"))
        struct Broken: Error {}
        XCTAssertThrowsError(try ExportTarget(url("r.pdf")).write(privacy: .shared) { temporary in
            try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
            throw Broken()
        })
        XCTAssertEqual(try String(contentsOf: url("r.pdf"), encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["r.pdf"])
    }

    func testATargetThatBecomesAFolderWhileWritingIsStillRefused() throws {
        let target = try ExportTarget(url("late.pdf"))
        XCTAssertThrowsError(try target.write(privacy: .shared) { _ in
            try FileManager.default.createDirectory(at: self.url("late.pdf"), withIntermediateDirectories: false)
        }) { XCTAssertEqual($0 as? ExportTargetError, .folder(self.url("late.pdf").path)) }
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: url("late.pdf").path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    func testMessagesNameTheTargetAndTheWayOut() {
        for language in [Language.nb, .en] {
            for error in [ExportTargetError.folder("/x"), .notRegularFile("/x"), .sourceProject("/x"), .projectFile("/x"),
                          .folderMissing("/x"), .failure("/x", errno: ENOSPC), .failure("/x", errno: EACCES), .failure("/x", errno: EIO)] {
                let text = error.message(language)
                XCTAssertTrue(text.contains("/x"), text)
                XCTAssertFalse(text.contains("Error") || text.contains("errno"), text)
            }
        }
        XCTAssertTrue(ExportTargetError.failure("/x", errno: ENOSPC).message(.en).contains("disk is full"))
    }
}
