import FoundationEssentials
import SamskapCore

/// What a window's fields hold that could not be saved: a value that does not read or breaks a rule stays in its
/// field, marked, for as long as the window is open, and closing the window asks before it is dropped.
///
/// One per window, held by its `ProjectState`; forms put a field's value here instead of saving it, and put it
/// back in the field whenever they show the record again (another partner and back, another page and back,
/// undo). Free of GTK, so that it can be tested without a display.
@MainActor
public final class DraftStore {
    /// A field of a record.
    public struct Key: Hashable, Sendable {
        /// The record (partner, indicator, measurement, round, goal, the project).
        public var recordID: UUID
        /// The field, as Core's validation names it ("partner.contact.email").
        public var field: String
    }

    /// A value that is not saved.
    public struct Draft: Equatable, Sendable {
        /// The text as typed.
        public var text: String
        /// Why it is not saved and what to do, shown under the field.
        public var message: String
        /// The field and its record in words, for the question on closing ("E-mail for “NAV Drammen”").
        public var title: String

        /// A value kept with its message and title.
        public init(text: String, message: String, title: String) {
            self.text = text
            self.message = message
            self.title = title
        }
    }

    private var drafts: [Key: Draft] = [:]
    /// The keys in the order they were first kept, so that the question on closing lists them as typed.
    private var order: [Key] = []

    /// A store with nothing kept.
    public init() {}

    /// Whether every value typed is saved.
    public var isEmpty: Bool { drafts.isEmpty }

    /// Every value not saved, in the order typed.
    public var all: [(key: Key, draft: Draft)] { order.compactMap { key in drafts[key].map { (key, $0) } } }

    /// The value not saved of a field, if any.
    public func draft(_ recordID: UUID, _ field: String) -> Draft? { drafts[Key(recordID: recordID, field: field)] }

    /// The values not saved of one record, by field.
    public func drafts(of recordID: UUID) -> [String: Draft] {
        var found: [String: Draft] = [:]
        for (key, draft) in drafts where key.recordID == recordID { found[key.field] = draft }
        return found
    }

    /// Keeps a value that could not be saved.
    public func keep(_ draft: Draft, _ recordID: UUID, _ field: String) {
        let key = Key(recordID: recordID, field: field)
        if drafts[key] == nil { order.append(key) }
        drafts[key] = draft
    }

    /// Forgets the value of a field: it was saved, or corrected back to what is saved.
    public func discard(_ recordID: UUID, _ field: String) {
        let key = Key(recordID: recordID, field: field)
        drafts[key] = nil
        order.removeAll { $0 == key }
    }

    /// Names the record's kept values anew (the record was renamed), so that the question on closing names it
    /// as it is called now; `title` gives the title of a field.
    public func retitle(_ recordID: UUID, _ title: (String) -> String) {
        for key in order where key.recordID == recordID { drafts[key]?.title = title(key.field) }
    }

    /// Forgets every value of a record (it was deleted).
    public func discard(recordID: UUID) {
        drafts = drafts.filter { $0.key.recordID != recordID }
        order.removeAll { $0.recordID == recordID }
    }

    /// Forgets everything: the user chose to close without correcting.
    public func discardAll() {
        drafts = [:]
        order = []
    }

    /// Applies a value typed into a field of the stored record. Returns the record to save, or nil when nothing is
    /// to be saved; the field's value is kept here when it cannot be saved and forgotten when it can.
    ///
    /// A saved field may let another value of the same record through that was kept before (the unit typed
    /// after a baseline that needed one): those are saved with it, in the same step.
    public func edit<Record>(_ text: String, in field: String, of recordID: UUID, stored: Record, table: FieldTable<Record>,
                      title: String, language: Language) -> Record? {
        switch table.outcome(of: text, in: field, on: stored, language: language) {
        case .unchanged:
            discard(recordID, field)
            return nil
        case let .keep(message):
            keep(Draft(text: text, message: message, title: title), recordID, field)
            return nil
        case let .save(record):
            discard(recordID, field)
            return settle(record, recordID, table: table, language: language)
        }
    }

    /// Saves with the record every kept value of it that now reads and breaks no rule.
    public func settle<Record>(_ record: Record, _ recordID: UUID, table: FieldTable<Record>, language: Language) -> Record {
        var record = record
        // Only the table's own fields: a form may keep other values of the record its own way (anchor points).
        for (key, draft) in all where key.recordID == recordID && table.fields[key.field] != nil {
            switch table.outcome(of: draft.text, in: key.field, on: record, language: language) {
            case let .save(next):
                record = next
                discard(recordID, key.field)
            case .unchanged:
                discard(recordID, key.field)
            case .keep:
                continue
            }
        }
        return record
    }
}
