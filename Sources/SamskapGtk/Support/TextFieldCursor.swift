import CGtk

/// Keeps the cursor of a growing text field in sight of the page that scrolls it.
///
/// A text field without a scroller of its own (see `Form.textView`) cannot scroll to its cursor: typing past the
/// bottom of the window would write out of sight. After the cursor moves, once the frame has laid the field out,
/// the page scrolls by just enough to show the cursor's line.
@MainActor
enum TextFieldCursor {
    /// Room kept between the cursor's line and the page's edge, in pixels.
    private static let margin = 12.0

    /// Follows the cursor of `view` while it has the keyboard focus.
    static func follow(_ view: Widget) {
        let buffer = gtk_text_view_get_buffer(samskap_text_view(view))!
        Signals.connectWithArgument(UnsafeMutableRawPointer(buffer), "notify::cursor-position", { _ in
            guard gtk_widget_has_focus(view) != 0, let clock = gtk_widget_get_frame_clock(view) else { return }
            let pending = Pending()
            pending.id = Signals.connect(clock, "after-paint") {
                guard pending.id != 0 else { return }
                // GtkTextView lays new lines out in an idle after the frame: keys typed faster than frames leave the
                // field still growing after the first paint, so it follows on until a frame neither grows nor scrolls.
                let height = gtk_widget_get_height(view)
                let scrolled = reveal(view)
                guard !scrolled, height == pending.height else { pending.height = height; return }
                Signals.disconnect(clock, pending.id)
                pending.id = 0
            }
        })
    }

    /// A handler id the handler itself can clear, and the field's height at the last frame.
    private final class Pending {
        var id: gulong = 0
        var height: Int32 = -1
    }

    /// Scrolls the page to the cursor's line; true when it had to.
    @discardableResult
    private static func reveal(_ view: Widget) -> Bool {
        guard let scroller = gtk_widget_get_ancestor(view, gtk_scrolled_window_get_type()),
              let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scroller)) else { return false }
        let buffer = gtk_text_view_get_buffer(samskap_text_view(view))!
        var iter = GtkTextIter()
        gtk_text_buffer_get_iter_at_mark(buffer, &iter, gtk_text_buffer_get_insert(buffer))
        var line = GdkRectangle()
        gtk_text_view_get_iter_location(samskap_text_view(view), &iter, &line)
        var x: Int32 = 0, y: Int32 = 0
        gtk_text_view_buffer_to_window_coords(samskap_text_view(view), GTK_TEXT_WINDOW_WIDGET, line.x, line.y, &x, &y)
        var top = 0.0, ignored = 0.0
        guard gtk_widget_translate_coordinates(view, scroller, Double(x), Double(y), &ignored, &top) != 0 else { return false }
        let bottom = top + Double(line.height)
        let visible = Double(gtk_widget_get_height(scroller))
        let value = gtk_adjustment_get_value(adjustment)
        if bottom + margin > visible {
            gtk_adjustment_set_value(adjustment, value + bottom + margin - visible)
        } else if top - margin < 0 {
            gtk_adjustment_set_value(adjustment, value + top - margin)
        }
        return gtk_adjustment_get_value(adjustment) != value
    }
}
