import Foundation
import SamskapCore

/// A stand-in project file (the document as JSON) until SamskapStore's `ProjectFile` lands.
/// Delete this file when `ProjectFiles` uses `ProjectFile`.
final class InterimJSONProjectStore: ProjectStore {
    private let url: URL
    private var document: ProjectDocument

    /// Opens an existing file.
    init(opening url: URL) throws {
        self.url = url
        self.document = try JSONDecoder().decode(ProjectDocument.self, from: Data(contentsOf: url))
    }

    /// Creates the file with the document.
    init(creating url: URL, document: ProjectDocument) throws {
        self.url = url
        self.document = document
        try write()
    }

    func load() throws -> ProjectDocument { document }

    func apply(_ changes: [Change]) throws {
        let before = document
        document = document.applying(changes)
        do { try write() } catch { document = before; throw error }
    }

    private func write() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(document).write(to: url, options: .atomic)
    }
}
