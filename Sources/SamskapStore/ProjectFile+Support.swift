import CSQLite
import FoundationEssentials
import Glibc
import SamskapCore

extension ProjectFile {
    /// The page cache of a connection that writes, in SQLite's notation: negative, in KiB.
    static let cacheSize = -2048

    /// The settings every connection runs with: enforced references, WAL, and an fsync at every commit.
    static func configure(_ db: SQLiteConnection) throws {
        try configureForReading(db)
        _ = try db.texts("PRAGMA journal_mode = WAL")
        try db.execute("PRAGMA synchronous = FULL")
    }

    /// The settings of every connection, the read-only ones too: nothing here writes to the file.
    static func configureForReading(_ db: SQLiteConnection) throws {
        try db.execute("PRAGMA foreign_keys = ON")
        // SQL stored in the file (triggers, views, defaults) may not call functions with side effects.
        try db.execute("PRAGMA trusted_schema = OFF")
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
    /// to the `integrity_check` before the first write: reading never uses them.
    static func walkTables(_ db: SQLiteConnection, skipping skipped: Set<String> = []) throws {
        let tables = try db.texts("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0")
        for table in tables where !skipped.contains(table) {
            _ = try db.counted("SELECT count(*) FROM \"\(table.replacing("\"", with: "\"\""))\" NOT INDEXED")
        }
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`: what `check` looks at, so that nothing is written to a file
    /// `check` would call damaged (an index that no longer matches its table, a reference to nothing).
    static func integrityCheck(_ db: SQLiteConnection, url: URL) throws {
        let problems = try db.texts("PRAGMA integrity_check")
        guard problems == ["ok"] else {
            throw ProjectFileError.damaged(url, detail: problems.prefix(3).joined(separator: "; "))
        }
        let dangling = try db.counted("SELECT count(*) FROM pragma_foreign_key_check")
        guard dangling == 0 else { throw ProjectFileError.damaged(url, detail: "\(dangling) × FOREIGN KEY") }
    }

    /// What every way of opening checks before SQLite sees the file: there, a regular file, ours, with a schema
    /// version this build knows, and no journal of something else beside it. Returns the file's `stat`.
    static func preflight(_ url: URL) throws -> stat {
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw ProjectFileError.notFound(url) }
            throw ProjectFileError.ioFailure(url, detail: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw ProjectFileError.notSamskapFile(url) }
        let header: FileHeader?
        do { header = try FileHeader.read(path: path) } catch {
            throw ProjectFileError.ioFailure(url, detail: error.readableDescription(.en))
        }
        guard let header, header.applicationID == Schema.applicationID else { throw ProjectFileError.notSamskapFile(url) }
        try checkVersion(header.userVersion, url: url)
        // Our files always run in WAL mode and never leave a rollback journal: SQLite would roll one in on opening.
        if fileExists(path + "-journal") { throw ProjectFileError.strayJournal(url) }
        return info
    }

    /// The file's lock, or `alreadyOpen` when another window or program holds it.
    static func takeLock(_ url: URL) throws -> FileLock {
        do {
            guard let taken = try FileLock.acquire(path: url.path) else { throw ProjectFileError.alreadyOpen(url) }
            return taken
        } catch let error as ProjectFileError {
            throw error
        } catch {
            throw ProjectFileError.ioFailure(url, detail: error.readableDescription(.en))
        }
    }

    /// A version this build can read: from 1 (a file is made whole in one transaction) to the current one.
    static func checkVersion(_ version: Int, url: URL) throws {
        if version > currentSchemaVersion { throw ProjectFileError.newerVersion(url, schema: version) }
        guard version >= 1 else { throw ProjectFileError.damaged(url, detail: "user_version \(version)") }
    }

    /// Checks an open file as SQLite sees it (the header may lag behind a WAL not yet folded in): every table's
    /// pages, the application id, the version and the schema. Returns the schema version.
    static func verify(_ db: SQLiteConnection, url: URL, skipping skipped: Set<String> = []) throws -> Int {
        try walkTables(db, skipping: skipped)
        guard try db.integer("PRAGMA application_id") == Int(Schema.applicationID) else { throw ProjectFileError.notSamskapFile(url) }
        let version = try db.integer("PRAGMA user_version")
        try checkVersion(version, url: url)
        try SchemaCheck.verify(db, version: version, url: url)
        return version
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
