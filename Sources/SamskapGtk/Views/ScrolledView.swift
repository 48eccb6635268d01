import CGtk

/// A child that scrolls vertically (see `Widgets.scrolled`).
@MainActor
public final class ScrolledView: GtkView {
    /// A scrolled window around `child`.
    public init(_ child: GtkView) {
        super.init(Widgets.scrolled(child.widget))
    }

    /// Wraps a scrolled window made elsewhere (a form page from `Form.page`).
    override init(_ widget: Widget) { super.init(widget) }

    /// Scrolls back to the top.
    public func scrollToTop() {
        if let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(widget)) {
            gtk_adjustment_set_value(adjustment, 0)
        }
    }
}
