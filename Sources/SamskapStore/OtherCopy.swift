import FoundationEssentials
import SamskapCore

/// Reads another copy of a project, the way a merge needs it: a project file or a JSON export
/// (what people mail each other), even from a write-protected place.
public enum OtherCopy {
    /// The document in `url`, which is left unchanged.
    ///
    /// A project file on a write-protected medium is read from a private copy, since opening a project
    /// file needs write access (lock, journal, migrations).
    public static func read(_ url: URL) throws -> ProjectDocument {
        if url.pathExtension.lowercased() == "json" {
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw ProjectFileError.notFound(url) }
            do { return try ProjectExchange.decode(data) } catch let error as ExchangeError { throw error.inFile(url) }
        }
        do {
            let other = try ProjectFile.open(at: url)
            defer { other.close() }
            return try other.load()
        } catch ProjectFileError.readOnlyFile, ProjectFileError.readOnlyLocation {
            return try readCopy(of: url)
        }
    }

    /// Whether two URLs name the same file, so a project is never merged with itself.
    public static func isSameFile(_ a: URL, _ b: URL) -> Bool {
        a.standardizedFileURL.resolvingSymlinksInPath() == b.standardizedFileURL.resolvingSymlinksInPath()
    }

    private static func readCopy(of url: URL) throws -> ProjectDocument {
        let fm = FileManager.default
        let folder = fm.temporaryDirectory.appendingPathComponent("samskap-merge-\(UUID().uuidString)")
        try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? fm.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(url.lastPathComponent)
        try fm.copyItem(at: url, to: copy)
        // Edits still in the write-ahead log belong to the file too.
        if fm.fileExists(atPath: url.path + "-wal") { try fm.copyItem(atPath: url.path + "-wal", toPath: copy.path + "-wal") }
        for path in [copy.path, copy.path + "-wal"] where fm.fileExists(atPath: path) {
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        }
        let other = try ProjectFile.open(at: copy)
        defer { other.close() }
        return try other.load()
    }
}
