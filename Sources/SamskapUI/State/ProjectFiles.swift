import Foundation
import SamskapCore

/// Opens and creates project files: the one place the window layer touches the store module.
enum ProjectFiles {
    /// The extension of project files.
    static let fileExtension = "samskap"

    /// Opens an existing project file.
    static func open(_ url: URL) throws -> ProjectStore {
        try InterimJSONProjectStore(opening: url)
    }

    /// Creates a project file holding the document (fails when the file exists).
    static func create(_ url: URL, document: ProjectDocument) throws -> ProjectStore {
        try InterimJSONProjectStore(creating: url, document: document)
    }

    /// A message a person can read for an error of opening, creating or saving.
    static func message(for error: Error) -> String {
        if let error = error as? UserFacingError { return error.message(Translations.language) }
        return trf("The project file could not be read or written (%1$s).", String(describing: error))
    }
}
