import Foundation
import SamskapCore
import SamskapStore

/// Reads the other copy of a merge: a project file or a JSON export, as `samskap merge` does.
enum MergeSource {
    /// Why the other file cannot be read.
    enum Problem: Error {
        case sameFile
    }

    /// The document in `url`. A project file on a write-protected medium is read from a private copy,
    /// since opening a project file needs write access (lock, journal, migrations).
    static func read(_ url: URL, current: URL?) throws -> ProjectDocument {
        if let current, current.standardizedFileURL.resolvingSymlinksInPath() == url.standardizedFileURL.resolvingSymlinksInPath() {
            throw Problem.sameFile
        }
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
