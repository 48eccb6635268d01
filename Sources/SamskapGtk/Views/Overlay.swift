import CGtk

/// A child with other widgets laid over it (GtkOverlay): a button in a chart's corner.
@MainActor
public final class Overlay: GtkView {
    /// An overlay whose main child is `child`; it takes the child's size.
    public init(_ child: GtkView, classes: [String] = []) {
        super.init(gtk_overlay_new()!)
        gtk_overlay_set_child(samskap_overlay(widget), child.widget)
        Widgets.addClasses(widget, classes)
    }

    /// Lays `view` over the child, placed by its alignment and margins.
    public func addOverlay(_ view: GtkView) { gtk_overlay_add_overlay(samskap_overlay(widget), view.widget) }
}
