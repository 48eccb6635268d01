/// A group of rows under a short heading (an AdwPreferencesGroup, see `FormRows.group`).
@MainActor
public final class RowGroup: GtkView {
    /// A group titled `title` (a word or two), with an optional hint under it that wraps.
    public init(_ title: String, description: String? = nil) {
        super.init(FormRows.group(title, description: description))
    }

    /// Adds a row at the end (any other widget goes under the rows).
    public func add(_ child: GtkView) { FormRows.add(child.widget, to: widget) }

    /// Adds the entry beside its caption, `width` characters wide where there is room, with `under` (shown while it
    /// is) between it and its message; returns the message's label (see `FormRows.entry`).
    public func addEntry(_ caption: String, _ entry: Entry, width: Int32 = 34, under: GtkView? = nil) -> Label {
        Label(FormRows.entry(caption, entry.widget, in: widget, width: width, under: under?.widget))
    }

    /// Adds a row captioned `caption` with a check box at its start that the whole row toggles; returns the check box,
    /// named by the caption (see `FormRows.option`).
    public func addOption(_ caption: String) -> CheckButton {
        let (row, check) = FormRows.option(caption)
        FormRows.add(row, to: widget)
        return CheckButton(check)
    }

    /// A group titled `title` with `suffix` (a help button) beside the title, and an optional hint under it.
    public init(_ title: String, description: String? = nil, suffix: GtkView) {
        super.init(FormRows.group(title, description: description, suffix: suffix.widget))
    }

    /// Adds a row for a message under the rows, hidden while there is none; returns its label (see `FieldMessage`).
    public func addMessage() -> Label { Label(FormRows.message(in: widget)) }
}
