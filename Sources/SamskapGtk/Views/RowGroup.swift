/// A group of rows under a short heading (an AdwPreferencesGroup, see `FormRows.group`).
@MainActor
public final class RowGroup: GtkView {
    /// A group titled `title` (a word or two), with an optional hint under it that wraps.
    public init(_ title: String, description: String? = nil) {
        super.init(FormRows.group(title, description: description))
    }

    /// Adds a row at the end (any other widget goes under the rows).
    public func add(_ child: GtkView) { FormRows.add(child.widget, to: widget) }
}
