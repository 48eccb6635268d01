import FoundationEssentials
import SamskapCore
import SamskapStore

/// Opens and creates project files: the one place the window layer touches the store module.
public enum ProjectFiles {
    /// The extension of project files.
    public static let fileExtension = "samskap"

    /// Opens an existing project file.
    public static func open(_ url: URL) throws -> ProjectStore {
        try ProjectFile.open(at: url)
    }

    /// Opens an existing project file and reads all but its measurements and answers, which the result reads when
    /// asked.
    public static func openDeferringBulk(_ url: URL) throws -> OpenedProject {
        let file = try ProjectFile.open(at: url, leavingBulkToTheirRead: true)
        do {
            return OpenedProject(store: file, document: try file.loadAllButBulk(), bulk: file.loadBulk)
        } catch {
            file.close()
            throw error
        }
    }

    /// Creates a project file holding the document (fails when the file exists).
    public static func create(_ url: URL, document: ProjectDocument) throws -> ProjectStore {
        try ProjectFile.create(at: url, document: document)
    }

    /// Lets go of a project file (its lock), when the store is one.
    public static func close(_ store: ProjectStore) {
        (store as? ProjectFile)?.close()
    }

    /// Writes a copy of the document to a new file, leaving the open project where it is.
    public static func saveCopy(_ document: ProjectDocument, to url: URL) throws {
        let copy = try ProjectFile.create(at: url, document: document)
        copy.close()
    }

    /// A message a person can read for an error of opening, creating or saving.
    public static func message(for error: Error) -> String {
        if let error = error as? UserFacingError { return error.message(Translations.language) }
        return trf("The project file could not be read or written (%1$s).", error.readableDescription(Translations.language))
    }
}

/// A project file opened for a window: its store and all but its measurements and answers, which `bulk` reads. A
/// window reads them once its first frame is painted: nothing in that frame shows them, and on a large project they
/// are most of the file.
public struct OpenedProject {
    public let store: ProjectStore
    public let document: ProjectDocument
    public let bulk: () throws -> BulkRecords
}

/// A project's measurements and answers.
public typealias BulkRecords = (measurements: [SamskapCore.Measurement], answers: [Answer])
