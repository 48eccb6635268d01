import FoundationEssentials
import SamskapCore

/// The one observable state of a project window: the document, the store it lives in and the undo history.
///
/// Widgets render from `document` and edit only through `perform`, which saves first (nothing
/// reaches the document that the store refused), then records the inverse for undo.
@MainActor
public final class ProjectState {
    /// One undoable step: the edits and the edits that reverse them.
    public struct Step {
        public var forward: [Change]
        public var backward: [Change]
        /// Steps with the same key in a row merge into one (typing in one field).
        public var key: String?
    }

    /// Where the project lives; nil for a file-less preview.
    public let store: ProjectStore
    /// The project file, when the store is a file.
    public let url: URL?
    /// The project as saved. A window's file has its measurements and answers read after the window's first frame
    /// (`bulkToCome`, see `OpenedProject`); reading this reads them first.
    public var document: ProjectDocument {
        completeDocument()
        return current
    }
    /// The project without the measurements and answers not read yet: for what shows neither (the title, the
    /// Overview's form and summary), so that the window's first frame need not wait for them.
    public var documentSoFar: ProjectDocument { current }
    private var current: ProjectDocument
    private var bulkToCome: (() throws -> BulkRecords)?
    /// Why the measurements or answers could not be read, if so: the window then closes, and edits are refused.
    public private(set) var loadError: Error?
    /// Values typed into the window's fields that could not be saved, kept until corrected or the window closes.
    public let drafts = DraftStore()
    public private(set) var undoStack: [Step] = []
    public private(set) var redoStack: [Step] = []
    private var observers: [UUID: @MainActor () -> Void] = [:]

    /// Loads the document from the store.
    public init(store: ProjectStore, url: URL?) throws {
        self.store = store
        self.url = url
        self.current = try store.load()
    }

    /// A state on a document read from the store already, perhaps without its measurements and answers: `bulk`
    /// reads them when they are first needed.
    public init(store: ProjectStore, url: URL?, document: ProjectDocument, bulk: (() throws -> BulkRecords)? = nil) {
        self.store = store
        self.url = url
        self.current = document
        self.bulkToCome = bulk
    }

    /// A state on a file opened for a window, whose measurements and answers are read when first needed.
    public convenience init(_ opened: OpenedProject, url: URL) {
        self.init(store: opened.store, url: url, document: opened.document, bulk: opened.bulk)
    }

    /// Reads the measurements and answers not read yet; sets `loadError` when they could not be read.
    public func completeDocument() {
        guard let bulk = bulkToCome else { return }
        bulkToCome = nil
        do {
            (current.measurements, current.answers) = try bulk()
        } catch {
            loadError = error
        }
        // Reading leaves row buffers behind in the reading threads' arenas, free but still held by this process.
        FreedMemory.returnToSystem()
    }

    /// Completes the document before an edit; refuses edits to a document that could not be read whole.
    private func readyForEdits() throws {
        completeDocument()
        if let loadError { throw loadError }
    }

    /// Whether there is something to undo / redo.
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Saves edits as one undoable step and tells the observers. Throws the store's error and changes nothing then.
    public func perform(_ changes: [Change], coalescing key: String? = nil) throws {
        guard !changes.isEmpty else { return }
        try readyForEdits()
        let backward = Self.inverse(of: changes, on: current)
        try store.apply(changes)
        current = current.applying(changes)
        if let key, let last = undoStack.last, last.key == key, redoStack.isEmpty {
            // The merged step goes back to where the first edit started.
            undoStack[undoStack.count - 1] = Step(forward: last.forward + changes, backward: backward + last.backward, key: key)
        } else {
            undoStack.append(Step(forward: changes, backward: backward, key: key))
        }
        redoStack.removeAll()
        notify()
    }

    /// Takes in edits another writer has already saved to the same file (the phones' answers): the document
    /// follows the file, the observers hear of it, and nothing is written again or put on the undo stack, since
    /// undoing a phone's answer is not the coordinator's to do.
    public func absorb(_ changes: [Change]) {
        guard !changes.isEmpty else { return }
        current = current.applying(changes)
        notify()
    }

    /// Saves one edit as one undoable step.
    public func perform(_ change: Change) throws { try perform([change]) }

    /// Reverses the last step, in the file too.
    public func undo() throws {
        guard let step = undoStack.last else { return }
        try readyForEdits()
        try store.apply(step.backward)
        current = current.applying(step.backward)
        undoStack.removeLast()
        var done = step
        done.key = nil
        redoStack.append(done)
        notify()
    }

    /// Repeats the last undone step.
    public func redo() throws {
        guard let step = redoStack.last else { return }
        try readyForEdits()
        try store.apply(step.forward)
        current = current.applying(step.forward)
        redoStack.removeLast()
        undoStack.append(Step(forward: step.forward, backward: step.backward, key: nil))
        notify()
    }

    /// Registers a closure run after every change; returns a token for `removeObserver`.
    @discardableResult
    public func observe(_ observer: @escaping @MainActor () -> Void) -> UUID {
        let token = UUID()
        observers[token] = observer
        return token
    }

    /// Stops calling an observer.
    public func removeObserver(_ token: UUID) { observers[token] = nil }

    private func notify() {
        for observer in observers.values { observer() }
    }

    /// The edits that undo `changes` applied in order to `document`: each inverse taken on the
    /// document as it stood before that edit, applied in reverse order.
    public static func inverse(of changes: [Change], on document: ProjectDocument) -> [Change] {
        var current = document
        var inverses: [[Change]] = []
        for change in changes {
            inverses.append(current.inverse(of: change))
            current.apply(change)
        }
        return inverses.reversed().flatMap { $0 }
    }
}
