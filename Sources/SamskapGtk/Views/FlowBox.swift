import CGtk

/// Children in a row that wraps onto more lines when it is narrow (GtkFlowBox); nothing in it can be selected.
@MainActor
public final class FlowBox: GtkView {
    /// An empty flow box without selection, `spacing` pixels between its columns and its rows.
    public init(spacing: UInt32 = 0) {
        super.init(gtk_flow_box_new()!)
        gtk_flow_box_set_selection_mode(samskap_flow_box(widget), GTK_SELECTION_NONE)
        gtk_flow_box_set_column_spacing(samskap_flow_box(widget), spacing)
        gtk_flow_box_set_row_spacing(samskap_flow_box(widget), spacing)
    }

    /// The most children put on one line.
    public var maxChildrenPerLine: UInt32 {
        get { gtk_flow_box_get_max_children_per_line(samskap_flow_box(widget)) }
        set { gtk_flow_box_set_max_children_per_line(samskap_flow_box(widget), newValue) }
    }

    /// The space between the children of a line, in pixels.
    public var columnSpacing: UInt32 {
        get { gtk_flow_box_get_column_spacing(samskap_flow_box(widget)) }
        set { gtk_flow_box_set_column_spacing(samskap_flow_box(widget), newValue) }
    }

    /// Appends a child in a cell of its own; `focusableCell` false lets Tab reach the child (a button), not its cell.
    public func append(_ child: GtkView, focusableCell: Bool = true) {
        gtk_flow_box_insert(samskap_flow_box(widget), child.widget, -1)
        if !focusableCell, let cell = gtk_widget_get_parent(child.widget) { gtk_widget_set_focusable(cell, 0) }
    }
}
