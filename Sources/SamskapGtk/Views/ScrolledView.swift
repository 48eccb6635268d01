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

    /// How far the content is scrolled down, in pixels; setting it scrolls (within the content's range).
    public var verticalOffset: Double {
        get { gtk_adjustment_get_value(gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(widget))) }
        set { gtk_adjustment_set_value(gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(widget)), newValue) }
    }

    /// The height of the content seen at once, in pixels.
    public var verticalPageSize: Double {
        gtk_adjustment_get_page_size(gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(widget)))
    }

    /// Whether the scrolled window asks for its child's natural height (up to `maxContentHeight`), not a fixed one.
    public var propagatesNaturalHeight: Bool {
        get { gtk_scrolled_window_get_propagate_natural_height(samskap_scrolled_window(widget)) != 0 }
        set { gtk_scrolled_window_set_propagate_natural_height(samskap_scrolled_window(widget), newValue ? 1 : 0) }
    }

    /// The most height the scrolled window asks for, in pixels, before it scrolls.
    public var maxContentHeight: Int32 {
        get { gtk_scrolled_window_get_max_content_height(samskap_scrolled_window(widget)) }
        set { gtk_scrolled_window_set_max_content_height(samskap_scrolled_window(widget), newValue) }
    }

    /// Gives the child its natural height rather than its minimum (the viewport's vertical scroll policy).
    public func scrollChildAtNaturalHeight() {
        if let viewport = gtk_scrolled_window_get_child(samskap_scrolled_window(widget)) {
            gtk_scrollable_set_vscroll_policy(OpaquePointer(viewport), GTK_SCROLL_NATURAL)
        }
    }
}
