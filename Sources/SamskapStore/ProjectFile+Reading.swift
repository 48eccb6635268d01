import FoundationEssentials
import Glibc
import SamskapCore

/// Reading a project without changing a byte of its file: for the commands that only read (`check`, the exports,
/// `render-chart`, the other copy of a merge).
extension ProjectFile {
    /// The whole project, read through a read-only connection. An older file is read from a private copy brought up to
    /// date there; the file itself stays as it was.
    public static func read(at url: URL) throws -> ProjectDocument {
        try readingOnly(url) { db, url, version in
            if version < currentSchemaVersion { return try readCopy(of: url) }
            return try ProjectReader(connection: db, url: url).read()
        }
    }

    /// Checks a file as thoroughly as opening it for a window would (every row is read and decoded), without changing
    /// it: an older schema is reported as it is, not migrated.
    public static func inspect(at url: URL) throws -> FileReport {
        try readingOnly(url) { db, url, version in
            let integrity = try db.texts("PRAGMA integrity_check")
            let dangling = try db.counted("SELECT count(*) FROM pragma_foreign_key_check")
            let counts = try Schema.countedTables.map { entry in
                FileReport.Count(table: entry.table, name: entry.name, rows: try db.integer("SELECT count(*) FROM \(entry.table)"))
            }
            // Only a sound file is read through: what SQLite calls damaged is reported as such, not as a decoding error.
            if integrity == ["ok"] && dangling == 0 {
                _ = version < currentSchemaVersion ? try readCopy(of: url) : try ProjectReader(connection: db, url: url).read()
            }
            return FileReport(schemaVersion: version, integrity: integrity, danglingReferences: dangling, counts: counts)
        }
    }

    /// Opens `url` read-only under the file's lock, checks it as `open` does, runs `body` in one read transaction, and
    /// removes the empty WAL companions a read-only connection leaves when it made them.
    private static func readingOnly<T>(_ url: URL, _ body: (SQLiteConnection, URL, Int) throws -> T) throws -> T {
        let url = url.standardizedFileURL
        let path = url.path
        _ = try preflight(url)
        let lock = try takeLock(url)
        defer { lock.release() }
        let companions = ["-wal", "-shm"].filter { !fileExists(path + $0) }
        defer {
            for suffix in companions where isEmptyFile(path + suffix) || suffix == "-shm" && !fileExists(path + "-wal") {
                unlink(path + suffix)
            }
        }
        do {
            let db = try SQLiteConnection(path: path, create: false, readOnly: true)
            defer { db.close() }
            try configureForReading(db)
            return try db.transactionForReading {
                let version = try verify(db, url: url)
                return try body(db, url, version)
            }
        } catch {
            throw mapped(error, url: url, writing: false)
        }
    }

    /// The project in `url`, read from a copy in a private folder (brought up to the current schema there): for an
    /// older file, or one on a medium that cannot hold SQLite's companion files.
    static func readCopy(of url: URL) throws -> ProjectDocument {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("samskap-read-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(url.lastPathComponent)
        try fm.copyItem(at: url, to: copy)
        // Edits still in the write-ahead log belong to the file too.
        if fm.fileExists(atPath: url.path + "-wal") { try fm.copyItem(atPath: url.path + "-wal", toPath: copy.path + "-wal") }
        for path in [copy.path, copy.path + "-wal"] where fm.fileExists(atPath: path) {
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        let file = try open(at: copy)
        defer { file.close() }
        do { return try file.load() } catch let error as ProjectFileError { throw error.about(url) }
    }

    private static func isEmptyFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_size == 0
    }
}
