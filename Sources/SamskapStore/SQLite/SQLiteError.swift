import CSQLite

/// A failed SQLite call, kept with its extended result code so that callers can tell a full disk
/// from a damaged file from a read-only one.
struct SQLiteError: Error, CustomStringConvertible {
    /// The extended result code (`sqlite3_extended_errcode`).
    let code: Int32
    /// SQLite's own message, for logs and the technical line of a user-facing message.
    let message: String

    /// The primary result code (the low byte of the extended one).
    var primary: Int32 { code & 0xFF }

    var isFull: Bool { primary == SQLITE_FULL }
    var isCorrupt: Bool { primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB }
    var isReadOnly: Bool { primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM }
    var isBusy: Bool { primary == SQLITE_BUSY || primary == SQLITE_LOCKED }
    var isConstraint: Bool { primary == SQLITE_CONSTRAINT }

    var description: String { "SQLite \(code): \(message)" }
}
