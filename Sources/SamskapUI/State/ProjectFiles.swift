import FoundationEssentials
import SamskapCore
import SamskapStore

/// Opens and creates project files: the one place the window layer touches the store module.
enum ProjectFiles {
    /// The extension of project files.
    static let fileExtension = "samskap"

    /// Opens an existing project file.
    static func open(_ url: URL) throws -> ProjectStore {
        try ProjectFile.open(at: url)
    }

    /// Creates a project file holding the document (fails when the file exists).
    static func create(_ url: URL, document: ProjectDocument) throws -> ProjectStore {
        try ProjectFile.create(at: url, document: document)
    }

    /// Lets go of a project file (its lock), when the store is one.
    static func close(_ store: ProjectStore) {
        (store as? ProjectFile)?.close()
    }

    /// Writes a copy of the document to a new file, leaving the open project where it is.
    static func saveCopy(_ document: ProjectDocument, to url: URL) throws {
        let copy = try ProjectFile.create(at: url, document: document)
        copy.close()
    }

    /// A message a person can read for an error of opening, creating or saving.
    static func message(for error: Error) -> String {
        if let error = error as? UserFacingError { return error.message(Translations.language) }
        return trf("The project file could not be read or written (%1$s).", error.readableDescription(Translations.language))
    }
}
