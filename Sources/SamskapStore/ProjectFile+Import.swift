import FoundationEssentials
import SamskapCore

extension ProjectFile {
    /// Creates a project file from the JSON exchange format read from `source`; a bad file is refused whole,
    /// naming `source` and the place in it, and nothing is written. Returns the document written.
    @discardableResult
    public static func create(at url: URL, exchange data: Data, source: URL) throws -> ProjectDocument {
        let document: ProjectDocument
        do { document = try ProjectExchange.decode(data) } catch let error as ExchangeError { throw error.inFile(source) }
        try create(at: url, document: document).close()
        return document
    }
}
