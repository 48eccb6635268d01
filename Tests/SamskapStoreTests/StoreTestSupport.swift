import CSQLite
import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// A fresh folder per test, removed afterwards.
class StoreTestCase: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        // Folders made read-only by a test must be writable again to be removed.
        chmod(folder.path, 0o755)
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The directory holding the built executables (beside the test bundle).
    static var productsDirectory: URL {
        let bundle = Bundle(for: StoreTestCase.self).bundleURL
        return bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    }

    /// Runs a built executable to its end; returns exit status, standard output and standard error.
    @discardableResult
    func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
             file: StaticString = #filePath, line: UInt = #line) throws -> (status: Int32, out: String, err: String) {
        let url = Self.productsDirectory.appendingPathComponent(executable)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            XCTFail("\(executable) is not built at \(url.path)", file: file, line: line)
            return (-1, "", "")
        }
        return try ChildProcess.run(url, arguments, in: folder, environment: environment)
    }

    /// The bytes of a file, to prove it unchanged.
    func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// Writes a raw SQLite file with the given pragmas and SQL, bypassing the store.
    func writeRawSQLite(_ url: URL, _ sql: String) throws {
        var db: OpaquePointer?
        XCTAssertEqual(sqlite3_open(url.path, &db), SQLITE_OK)
        defer { sqlite3_close(db) }
        var message: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(db, sql, nil, nil, &message)
        if rc != SQLITE_OK { XCTFail("SQL failed: \(message.map { String(cString: $0) } ?? "")") }
        sqlite3_free(message)
    }

    /// Runs a query on a raw connection and returns the first column of each row as text.
    func rawQuery(_ url: URL, _ sql: String) -> [String] {
        var db: OpaquePointer?
        guard sqlite3_open_v2(url.path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return [] }
        defer { sqlite3_close(db) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { return [] }
        defer { sqlite3_finalize(statement) }
        var rows: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW { rows.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "NULL") }
        return rows
    }

    /// The files in the test folder, hidden ones included.
    func folderListing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}

/// Asserts that the expression throws the expected `ProjectFileError`.
func XCTAssertFileError<T>(_ expression: @autoclosure () throws -> T, _ expected: ProjectFileError,
                           file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
        XCTAssertEqual(error as? ProjectFileError, expected, "\(error)", file: file, line: line)
    }
}
