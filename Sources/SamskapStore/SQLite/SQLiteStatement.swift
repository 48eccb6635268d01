import CSQLite
import FoundationEssentials
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
        // Most notes and comments are empty: no decoding for them (a large project has hundreds of thousands).
        if count == 0 { return "" }
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
        // Eight digits, each checked; any byte outside 0–9 wraps above 9 and fails the check.
        let d0 = p[0] &- 48, d1 = p[1] &- 48, d2 = p[2] &- 48, d3 = p[3] &- 48
        let d5 = p[5] &- 48, d6 = p[6] &- 48, d8 = p[8] &- 48, d9 = p[9] &- 48
        guard d0 < 10, d1 < 10, d2 < 10, d3 < 10, d5 < 10, d6 < 10, d8 < 10, d9 < 10 else { return nil }
        let year = Int(d0) * 1000 + Int(d1) * 100 + Int(d2) * 10 + Int(d3)
        return Day(year: year, month: Int(d5) * 10 + Int(d6), day: Int(d8) * 10 + Int(d9))
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
