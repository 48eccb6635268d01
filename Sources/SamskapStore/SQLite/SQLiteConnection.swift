import CSQLite
import FoundationEssentials

/// One open SQLite database with a cache of prepared statements.
///
/// Internal to the store: nothing above SamskapStore ever sees SQL.
final class SQLiteConnection {
    private(set) var handle: OpaquePointer?
    private var cache: [String: SQLiteStatement] = [:]
    private var named: [String: SQLiteStatement] = [:]

    /// Opens an existing file (or creates one with `create`), read-write unless `readOnly`.
    init(path: String, create: Bool, readOnly: Bool = false) throws {
        var db: OpaquePointer?
        var flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        if create { flags |= SQLITE_OPEN_CREATE }
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw SQLiteError(code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
        // We hold an exclusive advisory lock on the file, so waiting for another connection is never useful.
        sqlite3_busy_timeout(db, 0)
    }

    deinit { close() }

    /// Finalises every statement and closes the database. Safe to call twice.
    /// Frees the page cache, which a long read fills and the next writes do not need.
    func releaseCache() {
        if let handle { sqlite3_db_release_memory(handle) }
    }

    func close() {
        for statement in cache.values { statement.finalize() }
        cache.removeAll()
        named.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// The error SQLite reports for the last call on this connection.
    func lastError(_ rc: Int32? = nil) -> SQLiteError {
        guard let handle else { return SQLiteError(code: SQLITE_MISUSE, message: "database is closed") }
        return SQLiteError(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws {
        guard let handle else { throw lastError() }
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        if rc != SQLITE_OK { throw lastError(rc) }
    }

    /// The prepared statement cached under `name`, its SQL made by `sql` only the first time.
    func statement(named name: String, _ sql: () -> String) throws -> SQLiteStatement {
        if let cached = named[name] {
            cached.reset()
            return cached
        }
        let statement = try self.statement(sql())
        named[name] = statement
        return statement
    }

    /// A prepared statement for the SQL, reset and with its bindings cleared, from the cache.
    func statement(_ sql: String) throws -> SQLiteStatement {
        if let cached = cache[sql] {
            cached.reset()
            return cached
        }
        guard let handle else { throw lastError() }
        var raw: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &raw, nil)
        guard rc == SQLITE_OK, let raw else { throw lastError(rc) }
        let statement = SQLiteStatement(raw, connection: self)
        cache[sql] = statement
        return statement
    }

    /// All rows of a query whose first column is text (PRAGMA results, for instance).
    func texts(_ sql: String) throws -> [String] {
        let statement = try self.statement(sql)
        defer { statement.reset() }
        var rows: [String] = []
        while try statement.step() { rows.append(statement.text(0)) }
        return rows
    }

    /// The first column of the first row as an integer.
    func integer(_ sql: String) throws -> Int {
        let statement = try self.statement(sql)
        defer { statement.reset() }
        guard try statement.step() else { return 0 }
        return statement.int(0)
    }

    /// The first column of the first row of a one-off query, as an integer; the statement is not kept.
    func counted(_ sql: String) throws -> Int {
        guard let handle else { throw lastError() }
        var raw: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &raw, nil)
        guard rc == SQLITE_OK, let raw else { throw lastError(rc) }
        defer { sqlite3_finalize(raw) }
        switch sqlite3_step(raw) {
        case SQLITE_ROW: return Int(sqlite3_column_int64(raw, 0))
        case SQLITE_DONE: return 0
        default: throw lastError()
        }
    }

    /// Runs the body inside `BEGIN IMMEDIATE … COMMIT`; rolls back when it throws or the commit fails.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // After some errors (a full disk) SQLite has already rolled back; a second rollback then fails harmlessly.
            if let handle, sqlite3_get_autocommit(handle) == 0 { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
            throw error
        }
    }
}
