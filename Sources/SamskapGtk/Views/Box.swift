import CGtk

/// A row or column of widgets (GtkBox).
@MainActor
public final class Box: GtkView {
    /// Which way a box lines its children up.
    public enum Orientation: Sendable {
        case horizontal, vertical
    }

    /// An empty box.
    public init(_ orientation: Orientation, spacing: Int32 = 0, classes: [String] = []) {
        let gtk = orientation == .horizontal ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL
        super.init(Widgets.box(gtk, spacing: spacing, classes: classes))
    }

    /// Wraps a box made elsewhere (a group's content from `Form.group`).
    override init(_ widget: Widget) { super.init(widget) }

    /// Appends children, in order.
    public func append(_ children: GtkView...) {
        for child in children { Widgets.append(widget, child.widget) }
    }

    /// Removes every child.
    public func removeAll() { Widgets.removeChildren(widget) }

    /// Whether every child gets the same room along the box.
    public var isHomogeneous: Bool {
        get { gtk_box_get_homogeneous(samskap_box(widget)) != 0 }
        set { gtk_box_set_homogeneous(samskap_box(widget), newValue ? 1 : 0) }
    }

    /// Removes one child.
    public func remove(_ child: GtkView) { gtk_box_remove(samskap_box(widget), child.widget) }

    /// Moves `child` to right after `sibling`, or to the start for nil.
    public func reorderChild(_ child: GtkView, after sibling: GtkView?) {
        gtk_box_reorder_child_after(samskap_box(widget), child.widget, sibling?.widget)
    }
}
