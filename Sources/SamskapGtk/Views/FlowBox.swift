import CGtk

/// Children that flow onto more lines as the width runs out (GtkFlowBox), none of them selectable.
@MainActor
public final class FlowBox: GtkView {
    /// An empty flow box whose children are not selected on a click (they are controls of their own).
    public init() {
        super.init(gtk_flow_box_new()!)
        gtk_flow_box_set_selection_mode(samskap_flow_box(widget), GTK_SELECTION_NONE)
    }

    /// The most children on one line.
    public var maxChildrenPerLine: UInt32 {
        get { gtk_flow_box_get_max_children_per_line(samskap_flow_box(widget)) }
        set { gtk_flow_box_set_max_children_per_line(samskap_flow_box(widget), newValue) }
    }

    /// The space between the children of a line, in pixels.
    public var columnSpacing: UInt32 {
        get { gtk_flow_box_get_column_spacing(samskap_flow_box(widget)) }
        set { gtk_flow_box_set_column_spacing(samskap_flow_box(widget), newValue) }
    }

    /// Puts a child at the end.
    public func append(_ child: GtkView) { gtk_flow_box_insert(samskap_flow_box(widget), child.widget, -1) }
}
