import CSQLite
import Foundation
import SamskapCore

/// A prepared statement: bind by 1-based index, read columns by 0-based index, straight through `sqlite3_column_*`.
final class SQLiteStatement {
    private var raw: OpaquePointer?
    private unowned let connection: SQLiteConnection

    init(_ raw: OpaquePointer, connection: SQLiteConnection) {
        self.raw = raw
        self.connection = connection
    }

    func finalize() {
        sqlite3_finalize(raw)
        raw = nil
    }

    func reset() {
        sqlite3_reset(raw)
        sqlite3_clear_bindings(raw)
    }

    /// Steps once: true with a row, false when done.
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(raw)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        let error = connection.lastError(rc)
        sqlite3_reset(raw)
        throw error
    }

    /// Binds the values in order and runs the statement to its end.
    func run(_ values: SQLiteValue...) throws {
        try bind(values)
        defer { reset() }
        while try step() {}
    }

    func bind(_ values: [SQLiteValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(raw, index)
            case let .integer(v): rc = sqlite3_bind_int64(raw, index, Int64(v))
            case let .real(v): rc = sqlite3_bind_double(raw, index, v)
            case let .text(v):
                var v = v
                rc = v.withUTF8 { buffer in
                    // An empty buffer may have no address; SQLite needs a non-null pointer for '' (null would bind NULL).
                    guard let base = buffer.baseAddress else { return sqlite3_bind_text(raw, index, "", 0, samskap_sqlite_transient()) }
                    return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        sqlite3_bind_text(raw, index, $0, Int32(buffer.count), samskap_sqlite_transient())
                    }
                }
            case let .uuid(v):
                rc = withUnsafeBytes(of: v.uuid) { sqlite3_bind_blob(raw, index, $0.baseAddress, 16, samskap_sqlite_transient()) }
            }
            if rc != SQLITE_OK { throw connection.lastError(rc) }
        }
    }

    // MARK: Columns

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(raw, column) == SQLITE_NULL }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(raw, column)) }

    func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }

    func bool(_ column: Int32) -> Bool { sqlite3_column_int64(raw, column) != 0 }

    func double(_ column: Int32) -> Double { sqlite3_column_double(raw, column) }

    func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }

    /// Text of the column; empty for NULL.
    func text(_ column: Int32) -> String {
        guard let pointer = sqlite3_column_text(raw, column) else { return "" }
        let count = Int(sqlite3_column_bytes(raw, column))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

    /// A 16-byte UUID blob; nil for NULL or a blob of another length.
    func uuid(_ column: Int32) -> UUID? {
        guard sqlite3_column_bytes(raw, column) == 16, let pointer = sqlite3_column_blob(raw, column) else { return nil }
        return UUID(uuid: pointer.loadUnaligned(as: uuid_t.self))
    }

    /// An ISO day `YYYY-MM-DD`, parsed straight from the column's bytes (the hot path of loading measurements).
    func day(_ column: Int32) -> Day? {
        guard let p = sqlite3_column_text(raw, column) else { return nil }
        let count = Int(sqlite3_column_bytes(raw, column))
        guard count == 10, p[4] == 45, p[7] == 45 else { return Day(parsing: text(column)) }
        func digits(_ from: Int, _ to: Int) -> Int? {
            var n = 0
            for i in from..<to {
                let d = Int(p[i]) - 48
                guard (0...9).contains(d) else { return nil }
                n = n * 10 + d
            }
            return n
        }
        guard let y = digits(0, 4), let m = digits(5, 7), let d = digits(8, 10) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

/// A value to bind.
enum SQLiteValue {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
    case uuid(UUID)

    static func optional(_ v: UUID?) -> SQLiteValue { v.map(SQLiteValue.uuid) ?? .null }
    static func optional(_ v: Double?) -> SQLiteValue { v.map(SQLiteValue.real) ?? .null }
    static func optional(_ v: Int?) -> SQLiteValue { v.map(SQLiteValue.integer) ?? .null }
    static func optional(_ v: String?) -> SQLiteValue { v.map(SQLiteValue.text) ?? .null }
    static func optional(_ v: Day?) -> SQLiteValue { v.map { .text($0.iso) } ?? .null }
    static func bool(_ v: Bool) -> SQLiteValue { .integer(v ? 1 : 0) }
    static func day(_ v: Day) -> SQLiteValue { .text(v.iso) }
}
