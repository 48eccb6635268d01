import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The text fields of a form bound to the fields of one kind of record: each typed value goes through the
/// window's `DraftStore` (saved on its own when valid, kept and marked when not), and filling the form from a
/// record puts back the values kept for it. What every form with typed fields shares.
@MainActor
final class DraftFields<Record: Equatable> {
    /// One field on screen.
    struct Binding {
        /// The field key of the table.
        let field: String
        /// The entry or text view.
        let control: Control
        /// The field's name, which the question on closing uses.
        let caption: String
        /// The label under the field for its message, if the field can be wrong.
        let message: Label?
    }

    /// A one-line or a wrapping text field.
    @MainActor
    enum Control {
        case entry(Entry)
        case view(TextView)

        var view: GtkView {
            switch self {
            case .entry(let entry): entry
            case .view(let view): view
            }
        }

        var text: String {
            get {
                switch self {
                case .entry(let entry): entry.text
                case .view(let view): view.text
                }
            }
            nonmutating set {
                switch self {
                case .entry(let entry): entry.text = newValue
                case .view(let view): view.text = newValue
                }
            }
        }
    }

    /// How each field reads and what the record's checks are.
    let table: FieldTable<Record>
    /// The fields on screen, in the order bound.
    private(set) var bindings: [Binding] = []
    /// True while `fill` sets the fields: their change signals are not edits.
    private(set) var filling = false
    private let drafts: () -> DraftStore

    /// Fields of the table, kept in the store `drafts` gives: the window's, reached through the window the form
    /// holds unowned, so that a form keeps no reference of its own to the window's state.
    init(_ table: FieldTable<Record>, drafts: @escaping () -> DraftStore) {
        self.table = table
        self.drafts = drafts
    }

    /// Binds a field to an entry; `typed` runs with the field key and the text on every change that is the user's.
    func bind(_ field: String, _ entry: Entry, caption: String, message: Label? = nil,
              typed: @escaping @MainActor (String, String) -> Void) {
        bindings.append(Binding(field: field, control: .entry(entry), caption: caption, message: message))
        entry.onChanged(self) { fields, text in fields.changed(field, text, typed) }
    }

    /// Binds a field to a text view, told once per user action (see `bind(_:_:caption:message:typed:)`).
    func bind(_ field: String, _ view: TextView, caption: String, message: Label? = nil,
              typed: @escaping @MainActor (String, String) -> Void) {
        bindings.append(Binding(field: field, control: .view(view), caption: caption, message: message))
        view.onChange(self) { fields, text in fields.changed(field, text, typed) }
    }

    private func changed(_ field: String, _ text: String, _ typed: @MainActor (String, String) -> Void) {
        if !filling { typed(field, text) }
    }

    /// The caption of a field ("" when not bound).
    func caption(_ field: String) -> String { bindings.first { $0.field == field }?.caption ?? "" }

    /// Sets every field from the record, then puts back the values kept for it.
    func fill(_ record: Record, id: UUID) {
        filling = true
        defer { filling = false }
        let kept = drafts().drafts(of: id)
        for binding in bindings {
            let text = kept[binding.field]?.text ?? table.text(of: binding.field, in: record)
            binding.control.text = text
        }
    }

    /// A value typed into a field of the stored record: returns the record to save, or nil (see `DraftStore.edit`).
    /// `title` names the field and its record for the question on closing.
    func edit(_ field: String, _ text: String, of id: UUID, stored: Record, title: String) -> Record? {
        drafts().edit(text, in: field, of: id, stored: stored, table: table, title: title, language: Translations.language)
    }

    /// Saves with the record every value kept for it that now reads (after a choice elsewhere in the form).
    func settle(_ record: Record, id: UUID) -> Record {
        drafts().settle(record, id, table: table, language: Translations.language)
    }

    /// Puts a message under each field that has a label for one: the kept value's message first, else what
    /// `stored` (Core's issues of the record as stored) says of the field; `quiet` fields show no stored issue.
    func showMessages(of id: UUID, stored: [ValidationIssue], quiet: Set<String> = []) {
        let kept = drafts().drafts(of: id)
        for binding in bindings {
            // An error before a warning (a target on the wrong side of the baseline), which is shown but saved.
            let issues = stored.issues(for: binding.field)
            let own = quiet.contains(binding.field) ? nil : issues.first { $0.blocksSaving } ?? issues.first
            let message = kept[binding.field]?.message ?? own?.message(Translations.language)
            if let label = binding.message {
                FieldMessage.show(label, on: binding.control.view, message)
            } else {
                // No room for a message under this field: it is still marked, for the eye and for screen readers.
                FieldMessage.mark(binding.control.view, invalid: message != nil)
            }
        }
    }

    /// Whether a value of the record is kept unsaved.
    func hasKept(_ id: UUID) -> Bool { !drafts().drafts(of: id).isEmpty }
}
