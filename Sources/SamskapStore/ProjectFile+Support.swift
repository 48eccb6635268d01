import CSQLite
import FoundationEssentials
import Glibc
import SamskapCore

extension ProjectFile {
    /// The page cache of a connection that writes, in SQLite's notation: negative, in KiB.
    static let cacheSize = -2048

    /// The settings every connection runs with: enforced references, WAL, and an fsync at every commit.
    static func configure(_ db: SQLiteConnection) throws {
        try db.execute("PRAGMA foreign_keys = ON")
        _ = try db.texts("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA synchronous = FULL")
        // No memory map and a small page cache: a large project is read once, row by row, into the document, and
        // mapping the file (17.7 MB for 100,000 measurements) or caching its pages would hold it in memory twice.
        // Reading page by page costs the large project's load about 10 ms (of a 100 ms budget).
        _ = try db.texts("PRAGMA mmap_size = 0")
        try db.execute("PRAGMA cache_size = \(cacheSize)")
        // Every page read is checked for cells that overrun it, so a damaged page is an error, not a wrong read.
        try db.execute("PRAGMA cell_size_check = ON")
    }

    /// Walks every page of every table (`count(*)` goes down the whole b-tree, and `cell_size_check` looks at each
    /// page's cells on the way), without reading a row: a damaged page is an SQLite error, thrown. The indexes are left
    /// to the `quick_check` before the first write: reading never uses them.
    static func walkTables(_ db: SQLiteConnection) throws {
        let tables = try db.texts("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0")
        for table in tables {
            _ = try db.counted("SELECT count(*) FROM \"\(table.replacing("\"", with: "\"\""))\" NOT INDEXED")
        }
    }

    /// `PRAGMA quick_check`: every b-tree and the free list through, and every NOT NULL and CHECK constraint.
    static func quickCheck(_ db: SQLiteConnection, url: URL) throws {
        let problems = try db.texts("PRAGMA quick_check")
        guard problems == ["ok"] else {
            throw ProjectFileError.damaged(url, detail: problems.prefix(3).joined(separator: "; "))
        }
    }

    /// Runs the steps after `version` up to the current one; the caller wraps it in a transaction.
    static func migrate(_ db: SQLiteConnection, from version: Int) throws {
        for step in version..<Schema.migrations.count {
            try db.execute(Schema.migrations[step])
        }
        try db.execute("PRAGMA user_version = \(Schema.migrations.count)")
    }

    /// Turns any failure into the message a person reads.
    static func mapped(_ error: Error, url: URL, writing: Bool) -> ProjectFileError {
        if let error = error as? ProjectFileError { return error }
        if let error = error as? SQLiteError {
            if error.isFull { return .diskFull(url) }
            if error.isCorrupt { return error.primary == SQLITE_NOTADB ? .notSamskapFile(url) : .damaged(url, detail: error.message) }
            if error.primary == SQLITE_READONLY { return .readOnlyFile(url) }
            if error.isConstraint { return .invalidEdit(url, detail: error.message) }
            if error.isBusy { return .alreadyOpen(url) }
            return .ioFailure(url, detail: error.message)
        }
        if let error = error as? POSIXError {
            switch error.code {
            case .ENOSPC, .EDQUOT: return .diskFull(url)
            case .EROFS, .EACCES, .EPERM: return .readOnlyLocation(url)
            default: break
            }
        }
        return .ioFailure(url, detail: error.readableDescription(.en))
    }

    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether new files can be made in the folder. Root passes `access` everywhere, so a folder without any write
    /// bit counts as read-only too: that is what its owner asked for.
    static func isWritableFolder(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return access(path, W_OK | X_OK) == 0 && info.st_mode & 0o222 != 0
    }

    static func removeWithSidecars(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// Gives the finished hidden file its real name without ever replacing an existing file: `link` fails when the
    /// name is taken. Where a file system has no hard links, a rename after one more look is the fallback.
    static func linkIntoPlace(_ temporary: URL, _ url: URL) throws {
        if link(temporary.path, url.path) != 0 {
            let code = errno
            if code == EEXIST { throw ProjectFileError.alreadyExists(url) }
            guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK else {
                throw mapped(POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO), url: url, writing: true)
            }
            if fileExists(url.path) { throw ProjectFileError.alreadyExists(url) }
            guard rename(temporary.path, url.path) == 0 else {
                throw mapped(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO), url: url, writing: true)
            }
        }
        // Make the new name itself durable.
        let dir = Glibc.open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            Glibc.close(dir)
        }
    }
}

extension SQLiteConnection {
    /// Runs the body in a read transaction so that it sees one consistent state.
    func transactionForReading<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        defer { try? execute("COMMIT") }
        return try body()
    }
}
