import CSQLite
import Foundation

/// The floor for an autosaved edit: one row inserted and committed with the same durability
/// settings the project file uses (WAL, synchronous=FULL), with a prepared statement.
enum BareSQLite {
    static func insertAndCommit(count: Int, in folder: URL) -> Timing {
        var db: OpaquePointer?
        let path = folder.appendingPathComponent("bare.sqlite").path
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { fatalError("cannot open \(path)") }
        defer { sqlite3_close(db) }
        for sql in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                    "CREATE TABLE m(id BLOB PRIMARY KEY, indicator BLOB, day TEXT, value REAL, note TEXT)"] {
            sqlite3_exec(db, sql, nil, nil, nil)
        }
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO m VALUES (?1, ?2, ?3, ?4, ?5)", -1, &stmt, nil)
        defer { sqlite3_finalize(stmt) }
        let indicator = UUID()
        return Timing.measure(count: count) { i in
            var id = UUID().uuid
            var ind = indicator.uuid
            sqlite3_exec(db, "BEGIN IMMEDIATE", nil, nil, nil)
            withUnsafeBytes(of: &id) { _ = sqlite3_bind_blob(stmt, 1, $0.baseAddress, 16, samskap_sqlite_transient()) }
            withUnsafeBytes(of: &ind) { _ = sqlite3_bind_blob(stmt, 2, $0.baseAddress, 16, samskap_sqlite_transient()) }
            sqlite3_bind_text(stmt, 3, "2026-01-01", -1, samskap_sqlite_transient())
            sqlite3_bind_double(stmt, 4, Double(i))
            sqlite3_bind_text(stmt, 5, "", -1, samskap_sqlite_transient())
            sqlite3_step(stmt)
            sqlite3_reset(stmt)
            sqlite3_exec(db, "COMMIT", nil, nil, nil)
        }
    }
}
