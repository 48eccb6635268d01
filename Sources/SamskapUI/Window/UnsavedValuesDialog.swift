import SamskapCore
import SamskapGtk

/// Asks once, before a window closes with values that could not be saved, whether to go back and correct them or
/// to close anyway; names each field, its record and the value, so that nothing is dropped without the user knowing.
@MainActor
enum UnsavedValuesDialog {
    /// The answer that keeps the values (Escape, Enter and closing the question give it).
    private static let back = "back"
    private static let close = "close"

    /// Shows the question over the parent and returns it; `answer` runs once, with true when the user chose to
    /// close anyway.
    @discardableResult
    static func show(parent: Widget, drafts: [DraftStore.Draft], answer: @escaping @MainActor (_ closeAnyway: Bool) -> Void) -> Widget {
        let list = Box(.vertical, spacing: 4)
        list.setAccessibleName(tr("Values not saved"))
        for draft in drafts { list.append(Label(Self.line(draft), wrap: true)) }
        // The way that keeps what was typed comes last, where the eye ends and Enter goes.
        return MessageDialog.ask(
            parent: parent, title: tr("Values not saved"),
            heading: drafts.count == 1 ? tr("One value is not saved") : tr("Some values are not saved"),
            body: tr("What you typed below is not valid, so it is not saved. If you close now, it is lost."),
            extra: list,
            responses: [.init(id: close, label: tr("_Close anyway"), appearance: .destructive),
                        .init(id: back, label: tr("_Go back and correct"), appearance: .suggested)],
            preferred: back, safe: back) { response in answer(response == close) }
    }

    /// One line of the list: the field, its record and the value ("E-mail for “NAV Drammen”: kari@bergen"); a
    /// value kept in several cells (a new measurement's row) shows the cells that hold something.
    static func line(_ draft: DraftStore.Draft) -> String {
        let value = draft.text.split(separator: "\t").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " · ")
        return trf("%1$s: %2$s", draft.title, value.isEmpty ? tr("(empty)") : value)
    }
}
