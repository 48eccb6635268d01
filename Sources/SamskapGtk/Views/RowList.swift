import CGtk

/// A boxed list of rows that come and go as the user works (see `FormRows.list`).
@MainActor
public final class RowList: GtkView {
    /// An empty list.
    public init() { super.init(FormRows.list()) }

    /// Puts a row at the end.
    public func append(_ row: GtkView) { FormRows.append(row.widget, to: widget) }

    /// Puts a row right before `kept` (the row that adds one, which stays last).
    public func insert(_ row: GtkView, before kept: GtkView) { FormRows.insert(row.widget, into: widget, before: kept.widget) }

    /// Removes every row but `kept`, which keeps its text and the keyboard focus.
    public func removeRows(except kept: GtkView) { FormRows.removeRows(of: widget, except: kept.widget) }

    /// Removes every row.
    public func removeAll() { Widgets.removeChildren(widget) }

    /// Moves the keyboard focus into the first row; false when there is none or it took no focus.
    @discardableResult
    public func focusFirstRow() -> Bool {
        guard let row = gtk_list_box_get_row_at_index(samskap_list_box(widget), 0) else { return false }
        return gtk_widget_grab_focus(gtk_list_box_row_get_child(row)) != 0
    }
}
