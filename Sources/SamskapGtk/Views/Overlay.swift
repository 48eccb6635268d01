import CGtk

/// A child with others laid over it (GtkOverlay): a button in a chart's corner, a strip or a line over a drawing.
@MainActor
public final class Overlay: GtkView {
    /// An empty overlay.
    public init() { super.init(gtk_overlay_new()!) }

    /// An overlay whose main child is `child`; it takes the child's size.
    public convenience init(_ child: GtkView, classes: [String] = []) {
        self.init()
        setChild(child)
        for name in classes { addCSSClass(name) }
    }

    /// Sets the main child, which gives the overlay its size.
    public func setChild(_ child: GtkView) { gtk_overlay_set_child(samskap_overlay(widget), child.widget) }

    /// Lays `child` over the main child, above those added before; its alignment places it.
    public func addOverlay(_ child: GtkView) { gtk_overlay_add_overlay(samskap_overlay(widget), child.widget) }
}
