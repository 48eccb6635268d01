import FoundationEssentials
import SamskapCore

/// Reads another copy of a project, the way a merge needs it: a project file or a JSON export
/// (what people mail each other), even from a write-protected place.
public enum OtherCopy {
    /// The document in `url`, which is left unchanged.
    ///
    /// A project file is read without changing it; one on a write-protected medium is read from a private copy,
    /// since SQLite needs to make its shared-memory file beside a file it reads.
    public static func read(_ url: URL) throws -> ProjectDocument {
        if url.pathExtension.lowercased() == "json" {
            let data: Data
            do { data = try Data(contentsOf: url) } catch { throw ProjectFileError.notFound(url) }
            do { return try ProjectExchange.decode(data) } catch let error as ExchangeError { throw error.inFile(url) }
        }
        do {
            return try ProjectFile.read(at: url)
        } catch ProjectFileError.readOnlyFile, ProjectFileError.readOnlyLocation, ProjectFileError.ioFailure {
            return try ProjectFile.readCopy(of: url)
        }
    }

    /// Whether two URLs name the same file, so a project is never merged with itself.
    public static func isSameFile(_ a: URL, _ b: URL) -> Bool {
        a.standardizedFileURL.resolvingSymlinksInPath() == b.standardizedFileURL.resolvingSymlinksInPath()
    }
}
