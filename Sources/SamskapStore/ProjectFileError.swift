import FoundationEssentials
import SamskapCore

/// Why a project file could not be created, opened, read or saved. Each message names the file,
/// the problem and what to do; the file is left as it was.
public enum ProjectFileError: UserFacingError, Equatable, CustomStringConvertible {
    /// There is no file at the path.
    case notFound(URL)
    /// `create` would overwrite an existing file.
    case alreadyExists(URL)
    /// The folder to create the file in does not exist.
    case folderMissing(URL)
    /// The file is not a Samskap project (a text file, another program's database …).
    case notSamskapFile(URL)
    /// The file was made by a newer Samskap with this schema version.
    case newerVersion(URL, schema: Int)
    /// The file is damaged; the detail is SQLite's own words, for whoever helps.
    case damaged(URL, detail: String)
    /// The file itself may not be written.
    case readOnlyFile(URL)
    /// The folder may not be written (Samskap keeps a journal beside the file).
    case readOnlyLocation(URL)
    /// The disk is full: the edit was not saved.
    case diskFull(URL)
    /// Another Samskap window or program has the file open.
    case alreadyOpen(URL)
    /// An edit refers to something that does not exist (or breaks another rule of the file); nothing was saved.
    case invalidEdit(URL, detail: String)
    /// Reading or writing failed for another reason.
    case ioFailure(URL, detail: String)
    /// The file was closed before this call.
    case closed(URL)
    /// The file holds SQL objects (triggers, views, tables, indexes) Samskap did not make; their names.
    case foreignObjects(URL, names: [String])
    /// A rollback journal lies beside the file; Samskap's files never make one, so it belongs to something else.
    case strayJournal(URL)

    /// The file the error is about.
    public var url: URL {
        switch self {
        case let .notFound(u), let .alreadyExists(u), let .folderMissing(u), let .notSamskapFile(u), let .newerVersion(u, _),
             let .damaged(u, _), let .readOnlyFile(u), let .readOnlyLocation(u), let .diskFull(u), let .alreadyOpen(u),
             let .invalidEdit(u, _), let .ioFailure(u, _), let .closed(u), let .foreignObjects(u, _), let .strayJournal(u):
            return u
        }
    }

    /// The same error about another file: what went wrong in a private copy is told about the user's file.
    func about(_ other: URL) -> ProjectFileError {
        switch self {
        case .notFound: .notFound(other)
        case .alreadyExists: .alreadyExists(other)
        case .folderMissing: .folderMissing(other)
        case .notSamskapFile: .notSamskapFile(other)
        case let .newerVersion(_, schema): .newerVersion(other, schema: schema)
        case let .damaged(_, detail): .damaged(other, detail: detail)
        case .readOnlyFile: .readOnlyFile(other)
        case .readOnlyLocation: .readOnlyLocation(other)
        case .diskFull: .diskFull(other)
        case .alreadyOpen: .alreadyOpen(other)
        case let .invalidEdit(_, detail): .invalidEdit(other, detail: detail)
        case let .ioFailure(_, detail): .ioFailure(other, detail: detail)
        case .closed: .closed(other)
        case let .foreignObjects(_, names): .foreignObjects(other, names: names)
        case .strayJournal: .strayJournal(other)
        }
    }

    public func message(_ language: Language) -> String {
        let name = url.lastPathComponent
        let folder = url.deletingLastPathComponent().path
        switch self {
        case .notFound:
            return trf("Could not find the file “%1$s” in “%2$s”. Check the name and the folder.", in: language, "\(name)", "\(folder)")
        case .alreadyExists:
            return trf("The file “%1$s” already exists. Samskap does not overwrite it; choose another name.", in: language, "\(name)")
        case .folderMissing:
            return trf("The folder “%1$s” does not exist, so “%2$s” cannot be made there. Choose a folder that exists.", in: language, "\(folder)", "\(name)")
        case .notSamskapFile:
            return trf("The file “%1$s” is not a Samskap project file (or too damaged to be recognised). Choose a .samskap file.", in: language, "\(name)")
        case let .newerVersion(_, schema):
            return trf("The file “%1$s” was made by a newer version of Samskap (schema %2$s). Update Samskap to open it.", in: language, "\(name)", "\(schema)")
        case .damaged:
            return trf("The file “%1$s” is damaged and cannot be opened safely. Use a backup, and keep the damaged file.", in: language, "\(name)")
        case .readOnlyFile:
            return trf("The file “%1$s” is read-only, and Samskap saves every edit at once. Give yourself write access, or copy the file to a folder where you can write.", in: language, "\(name)")
        case .readOnlyLocation:
            return trf("Samskap cannot write in the folder “%1$s” that holds “%2$s”. Move or copy the file to a folder where you can write.", in: language, "\(folder)", "\(name)")
        case .diskFull:
            return trf("The disk is full, so what you did was not saved in “%1$s”, and the file is as it was. Free some space and try again.", in: language, "\(name)")
        case .alreadyOpen:
            return trf("The file “%1$s” is already open in another Samskap window or program. Close it there first.", in: language, "\(name)")
        case let .invalidEdit(_, detail):
            return trf("The edit was not saved in “%1$s” because it refers to something that does not exist (%2$s). The file is as it was.", in: language, "\(name)", "\(detail)")
        case let .ioFailure(_, detail):
            return trf("Samskap could not read or write “%1$s” (%2$s). The file is as it was. Check the disk and try again.", in: language, "\(name)", "\(detail)")
        case .closed:
            return trf("The file “%1$s” is closed. Open it again.", in: language, "\(name)")
        case let .foreignObjects(_, names):
            let list = names.prefix(5).joined(separator: ", ")
            return trf("The file “%1$s” holds something Samskap did not make (%2$s), which could change the project behind your back. Samskap will not open it. Use a backup, or export the project from the program that added it.", in: language, "\(name)", "\(list)")
        case .strayJournal:
            return trf("Beside “%1$s” lies the file “%1$s-journal”. Samskap never makes such a file, so it belongs to something else and could damage the project. Move it to another folder, and open the project again.", in: language, "\(name)")
        }
    }

    /// The English message, with SQLite's own words about a damage for whoever helps: the user's message leaves them
    /// out, since they say nothing a user can act on.
    public var description: String {
        if case let .damaged(_, detail) = self { return message(.en) + " [\(detail)]" }
        return message(.en)
    }
}
