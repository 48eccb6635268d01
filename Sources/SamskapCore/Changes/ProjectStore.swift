import FoundationEssentials

/// Where a project lives. The SQLite file implements it (SamskapStore); tests use `InMemoryProjectStore`.
///
/// There is no save: every `apply` is durable when it returns, or throws and changes nothing.
public protocol ProjectStore: AnyObject {
    /// Reads the whole project.
    func load() throws -> ProjectDocument
    /// Saves edits in one transaction: all of them or none.
    func apply(_ changes: [Change]) throws
}

extension ProjectStore {
    /// Saves one edit in its own transaction.
    public func apply(_ change: Change) throws { try apply([change]) }
}

/// A store that keeps the project in memory, for tests and previews.
public final class InMemoryProjectStore: ProjectStore {
    /// The current content.
    public private(set) var document: ProjectDocument

    /// Creates a store holding the document.
    public init(_ document: ProjectDocument) { self.document = document }

    public func load() throws -> ProjectDocument { document }

    public func apply(_ changes: [Change]) throws {
        document = document.applying(changes)
    }
}
