import CGtk

/// A bubble that opens from a button over the window (GtkPopover): a short menu or explanation.
@MainActor
public final class Popover: GtkView {
    /// A popover showing `child`.
    public init(_ child: GtkView) {
        super.init(gtk_popover_new()!)
        gtk_popover_set_child(samskap_popover(widget), child.widget)
    }

    /// Closes the popover (after a choice in it).
    public func popdown() { gtk_popover_popdown(samskap_popover(widget)) }
}
