import FoundationEssentials
import SamskapCore
import SamskapStore

/// Reads the other copy of a merge: a project file or a JSON export, as `samskap merge` does.
enum MergeSource {
    /// Why the other file cannot be read.
    enum Problem: Error {
        case sameFile
    }

    /// The document in `url`; never the project's own file.
    static func read(_ url: URL, current: URL?) throws -> ProjectDocument {
        if let current, OtherCopy.isSameFile(current, url) { throw Problem.sameFile }
        return try OtherCopy.read(url)
    }
}
