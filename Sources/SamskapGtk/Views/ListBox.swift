import CGtk

/// Rows of which the user can choose one (GtkListBox with single selection).
@MainActor
public final class ListBox: GtkView {
    /// An empty list with single selection.
    public init() {
        super.init(gtk_list_box_new()!)
        gtk_list_box_set_selection_mode(samskap_list_box(widget), GTK_SELECTION_SINGLE)
    }

    /// An empty list of rows that are clicked, not chosen (a list of buttons).
    public convenience init(selectable: Bool) {
        self.init()
        if !selectable { gtk_list_box_set_selection_mode(samskap_list_box(widget), GTK_SELECTION_NONE) }
    }

    /// Appends `child` in a new row; returns the row, to name it for assistive technologies.
    @discardableResult
    public func append(_ child: GtkView) -> GtkView {
        gtk_list_box_append(samskap_list_box(widget), child.widget)
        return GtkView(gtk_widget_get_parent(child.widget)!)
    }

    /// Removes every row.
    public func removeAll() { Widgets.removeChildren(widget) }

    /// Chooses the row at `index`, counted from 0; nil (or no such row) chooses none.
    public func selectRow(at index: Int?) {
        if let index, let row = gtk_list_box_get_row_at_index(samskap_list_box(widget), Int32(index)) {
            gtk_list_box_select_row(samskap_list_box(widget), row)
        } else {
            gtk_list_box_unselect_all(samskap_list_box(widget))
        }
    }

    /// Runs `handler` with `owner` (held weakly) and the chosen row's index (nil: none) whenever the choice changes.
    public func onRowSelected<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, Int?) -> Void) {
        Signals.connectWithArgument(widget, "row-selected") { [weak owner] row in
            guard let owner else { return }
            handler(owner, row.map { Int(gtk_list_box_row_get_index(samskap_list_box_row($0))) })
        }
    }
}
