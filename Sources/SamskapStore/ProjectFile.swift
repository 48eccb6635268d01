import CSQLite
import FoundationEssentials
import Glibc
import SamskapCore

/// One project in one SQLite file (`.samskap`): relational tables, every edit durable when `apply` returns.
///
/// The file is held with an exclusive lock while open; `close()` (or deinit) lets go of it.
public final class ProjectFile: ProjectStore {
    /// The schema version this build writes; older files are migrated on open, newer ones refused.
    public static let currentSchemaVersion: Int = Schema.migrations.count

    /// Where the file is.
    public let url: URL

    var connection: SQLiteConnection?
    private var lock: FileLock?
    /// Whether `integrityCheck` has passed since the file was opened (or this process made it): nothing is
    /// written to a file before it has.
    private var isChecked: Bool

    private init(url: URL, connection: SQLiteConnection, lock: FileLock, isChecked: Bool) {
        self.url = url
        self.connection = connection
        self.lock = lock
        self.isChecked = isChecked
    }

    deinit { close() }

    // MARK: Create

    /// Creates a new file holding the document, then opens it.
    ///
    /// Refuses to overwrite anything. The file gets mode 0600, since it holds people's names and contacts. The content
    /// is written in one transaction to a hidden file beside the target, which is linked into place only when
    /// complete, so a crash or a full disk leaves no half-made project behind.
    public static func create(at url: URL, document: ProjectDocument) throws -> ProjectFile {
        let url = url.standardizedFileURL
        let fm = FileManager.default
        var isDirectory = false
        let folder = url.deletingLastPathComponent()
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory else {
            throw ProjectFileError.folderMissing(url)
        }
        if fileExists(url.path) { throw ProjectFileError.alreadyExists(url) }
        guard isWritableFolder(folder.path) else { throw ProjectFileError.readOnlyLocation(url) }

        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).creating-\(UUID().uuidString)")
        defer { removeWithSidecars(temporary.path) }
        do {
            let fd = Glibc.open(temporary.path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            fchmod(fd, 0o600)
            Glibc.close(fd)

            let connection = try SQLiteConnection(path: temporary.path, create: false)
            defer { connection.close() }
            try configure(connection)
            try connection.execute("PRAGMA application_id = \(Schema.applicationID)")
            try connection.transaction {
                try migrate(connection, from: 0)
                try ProjectWriter(connection: connection).insert(document)
            }
            // Fold the WAL into the file so that the linked file is complete on its own.
            try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        } catch {
            throw mapped(error, url: url, writing: true)
        }
        // A -wal or -shm left by a deleted file of the same name would be replayed into the new one: with no
        // database beside them they belong to nothing, so they go.
        for suffix in ["-wal", "-shm", "-journal"] where fileExists(url.path + suffix) { unlink(url.path + suffix) }
        try linkIntoPlace(temporary, url)
        let file = try open(at: url)
        // Written whole by this process a moment ago, and locked since: nothing to check before the first edit.
        file.isChecked = true
        return file
    }

    // MARK: Open

    /// Opens an existing file: checks that it is ours, not newer than this build, writable, not open elsewhere and
    /// sound, then migrates it to the current schema in one transaction.
    ///
    /// Sound, in three steps that together never let a damaged file be changed: opening walks every page of every
    /// table and compares the schema with the one Samskap makes (a trigger or view slipped in is refused by name);
    /// `load` reads every row of every table and refuses what does not decode; and what `check` runs,
    /// `PRAGMA integrity_check` and `foreign_key_check`, runs before the first write (a migration or the first
    /// `apply`), where its cost is paid once. A damage any of them finds is `ProjectFileError.damaged`, and the file
    /// is left as it was.
    ///
    /// `leavingBulkToTheirRead`: the pages of the measurements and answers are not walked here, for a caller that reads
    /// them whole right after (`loadBulk`), where a damaged page is the same error; a window's first frame then waits
    /// only for the tables it shows.
    public static func open(at url: URL, leavingBulkToTheirRead: Bool = false) throws -> ProjectFile {
        let url = url.standardizedFileURL
        let path = url.path
        let info = try preflight(url)
        if access(path, W_OK) != 0 || info.st_mode & 0o222 == 0 { throw ProjectFileError.readOnlyFile(url) }
        guard isWritableFolder(url.deletingLastPathComponent().path) else { throw ProjectFileError.readOnlyLocation(url) }

        let lock = try takeLock(url)

        var connection: SQLiteConnection?
        do {
            let db = try SQLiteConnection(path: path, create: false)
            connection = db
            try configure(db)
            let version = try verify(db, url: url, skipping: leavingBulkToTheirRead ? Schema.bulkTables : [])
            var isChecked = false
            if version < currentSchemaVersion {
                try integrityCheck(db, url: url)
                isChecked = true
                try db.transaction { try migrate(db, from: version) }
            }
            return ProjectFile(url: url, connection: db, lock: lock, isChecked: isChecked)
        } catch {
            connection?.close()
            lock.release()
            throw mapped(error, url: url, writing: false)
        }
    }

    // MARK: Reading and writing

    /// Reads the whole project.
    public func load() throws -> ProjectDocument {
        try readReleasingCache { try ProjectReader(connection: $0, url: url).read() }
    }

    /// Reads everything but the measurements and the answers, most of a large project: for a window, whose first
    /// frame shows neither. Take them with `loadBulk()` before anything is written to the file.
    public func loadAllButBulk() throws -> ProjectDocument {
        try readReleasingCache { try ProjectReader(connection: $0, url: url).readAllButBulk() }
    }

    /// Reads the measurements and the answers, the part `loadAllButBulk()` leaves out.
    public func loadBulk() throws -> (measurements: [SamskapCore.Measurement], answers: [Answer]) {
        try readReleasingCache { db in
            let reader = ProjectReader(connection: db, url: url)
            return (try reader.readMeasurements(), try reader.readAnswers())
        }
    }

    // A whole read goes through each page once: a small cache serves it as well as the writers' 2 MB, and what it
    // leaves in the cache is of no use to the next writes.
    private func readReleasingCache<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        let db = try open()
        do {
            try db.execute("PRAGMA cache_size = -256")
            defer {
                try? db.execute("PRAGMA cache_size = \(Self.cacheSize)")
                db.releaseCache()
            }
            return try db.transactionForReading { try body(db) }
        } catch {
            throw Self.mapped(error, url: url, writing: false)
        }
    }

    /// Saves the edits in one transaction: all of them or none. Durable when it returns (`synchronous=FULL`).
    ///
    /// The first call after opening runs `integrityCheck` first, and refuses to write to a file `check` calls damaged.
    public func apply(_ changes: [Change]) throws {
        let db = try open()
        do {
            if !isChecked {
                try Self.integrityCheck(db, url: url)
                isChecked = true
            }
            try db.transaction {
                let writer = ProjectWriter(connection: db)
                for change in changes { try writer.apply(change) }
            }
        } catch {
            throw Self.mapped(error, url: url, writing: true)
        }
    }

    /// Checks the file through: schema version, `integrity_check`, dangling references and rows per table.
    public func check() throws -> FileReport {
        let db = try open()
        do {
            let integrity = try db.texts("PRAGMA integrity_check")
            let dangling = try db.texts("PRAGMA foreign_key_check").count
            let counts = try Schema.countedTables.map { entry in
                FileReport.Count(table: entry.table, name: entry.name, rows: try db.integer("SELECT count(*) FROM \(entry.table)"))
            }
            return FileReport(schemaVersion: try db.integer("PRAGMA user_version"), integrity: integrity,
                              danglingReferences: dangling, counts: counts)
        } catch {
            throw Self.mapped(error, url: url, writing: false)
        }
    }

    /// Closes the file and lets go of its lock. Later calls throw `ProjectFileError.closed`.
    public func close() {
        connection?.close()
        connection = nil
        lock?.release()
        lock = nil
    }

    private func open() throws -> SQLiteConnection {
        guard let connection else { throw ProjectFileError.closed(url) }
        return connection
    }
}
