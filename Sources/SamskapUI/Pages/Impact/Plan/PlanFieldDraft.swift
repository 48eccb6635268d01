import FoundationEssentials
import SamskapCore
import SamskapGtk

/// A plan field whose text does not read (a date, an amount, a size) is kept in the window's drafts: closing asks
/// about it, and a row built anew (another input added, undo) shows it again, marked. It is forgotten once it reads.
@MainActor
enum PlanFieldDraft {
    /// Puts a kept value back into its entry, marked.
    static func restore(_ entry: Entry, message: Label, in window: MainWindow?, _ recordID: UUID, _ field: String) {
        guard let kept = window?.state.drafts.draft(recordID, field) else { return }
        entry.text = kept.text
        FieldMessage.show(message, on: entry, kept.message)
    }

    /// Shows what is wrong with the entry's text (or nothing, when `problem` is nil) and keeps or forgets the text.
    static func mark(_ entry: Entry?, message: Label?, in window: MainWindow?, _ recordID: UUID, _ field: String,
                     text: String, problem: String?, title: @autoclosure () -> String) {
        if let message { FieldMessage.show(message, on: entry, problem) }
        guard let drafts = window?.state.drafts else { return }
        if let problem {
            drafts.keep(.init(text: text, message: problem, title: title()), recordID, field)
        } else {
            drafts.discard(recordID, field)
        }
    }
}
