import SamskapCore

/// The typed fields of one kind of record, by field key, and how the record is checked: what a form needs to save
/// each field on its own (see `DraftStore.edit`).
///
/// Kept free of GTK so that per-field saving can be tested without a display.
public struct FieldTable<Record: Equatable> {
    /// One field: its text as the form shows it, and how a typed text is read into the record.
    public struct Field {
        /// The field's value as text ("12,5" for a number in bokmål).
        public let text: (Record) -> String
        /// Sets the field from the text as typed; returns a message when the text does not read (a date that is
        /// not a date), leaving the record as it was.
        public let read: (inout Record, String) -> String?

        /// A field from its text and its reader.
        public init(text: @escaping (Record) -> String, read: @escaping (inout Record, String) -> String?) {
            self.text = text
            self.read = read
        }

        /// A field of plain text, saved as typed.
        public static func plain(_ path: WritableKeyPath<Record, String>) -> Field {
            Field(text: { $0[keyPath: path] }, read: { $0[keyPath: path] = $1; return nil })
        }
    }

    /// The fields, by field key ("partner.contact.email", the keys of Core's validation issues).
    public let fields: [String: Field]
    /// Core's checks of the whole record.
    public let issues: (Record) -> [ValidationIssue]

    /// A table of fields and the record's checks.
    public init(_ fields: [String: Field], issues: @escaping (Record) -> [ValidationIssue]) {
        self.fields = fields
        self.issues = issues
    }

    /// The text a field shows for the stored record ("" for a field not in the table).
    public func text(of field: String, in record: Record) -> String { fields[field]?.text(record) ?? "" }

    /// What typing `text` into `field` of the stored record amounts to.
    public enum Outcome: Equatable {
        /// The text is what the record holds already.
        case unchanged
        /// The record with the field set: it brings no new error, so it is saved.
        case save(Record)
        /// The text does not read, or brings an error the record did not have: kept as typed, with the message.
        case keep(message: String)
    }

    /// Sets one field on the stored record and checks it. Only errors the stored record did not have already
    /// keep it from being saved: what another field holds, or a record that was imported with a fault, does
    /// not stop this field.
    public func outcome(of text: String, in field: String, on stored: Record, language: Language) -> Outcome {
        guard let read = fields[field]?.read else { return .unchanged }
        var record = stored
        if let message = read(&record, text) { return .keep(message: message) }
        guard record != stored else { return .unchanged }
        let before = Set(issues(stored).filter(\.blocksSaving).map(Self.identity))
        let new = issues(record).filter { $0.blocksSaving && !before.contains(Self.identity($0)) }
        // The message of this field first, then what the field's value breaks elsewhere (a number without a unit).
        let ordered = new.filter { $0.field == field } + new.filter { $0.field != field }
        if let first = ordered.first { return .keep(message: first.message(language)) }
        return .save(record)
    }

    /// An issue without its wording, which names the record and changes with it.
    private static func identity(_ issue: ValidationIssue) -> String {
        "\(issue.rule)|\(issue.field)|\(issue.recordID?.uuidString ?? "")"
    }
}
