import CGtk
import FoundationEssentials
import SamskapGtk

extension ImpactPage {
    /// Follows the keyboard focus: GTK 4.8's viewport scrolls only when focus enters it, not when it moves
    /// inside the page (Tab, arrows in the grid), so a field could take the cursor out of sight.
    func followFocus() {
        Signals.connectWithArgument(window.window, "notify::focus-widget") { [weak self] _ in
            guard let self, let focus = gtk_window_get_focus(samskap_window(self.window.window)),
                  gtk_widget_is_ancestor(focus, self.scroller) != 0 else { return }
            self.reveal(focus)
        }
    }

    /// Scrolls the page as little as needed to show the widget with a margin around it.
    func reveal(_ widget: Widget, margin: Double = 32) {
        guard let y = contentOffset(of: widget) else { return }
        let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scroller))
        let top = gtk_adjustment_get_value(adjustment), page = gtk_adjustment_get_page_size(adjustment)
        let height = Double(gtk_widget_get_height(widget))
        if y < top + margin {
            gtk_adjustment_set_value(adjustment, y - margin)
        } else if y + height > top + page - margin {
            gtk_adjustment_set_value(adjustment, min(y - margin, y + height - page + margin))
        }
    }

    /// Scrolls the page so that the widget starts at its top (a new indicator's editor, a picked catalogue entry).
    func scrollToTop(of widget: Widget) {
        guard let y = contentOffset(of: widget) else { return }
        gtk_adjustment_set_value(gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scroller)), y - 12)
    }

    /// The widget's top in the page's scrolled coordinates, once it has been laid out.
    private func contentOffset(of widget: Widget) -> Double? {
        guard let viewport = gtk_scrolled_window_get_child(samskap_scrolled_window(scroller)),
              let content = gtk_widget_get_first_child(viewport) else { return nil }
        var x = 0.0, y = 0.0
        guard gtk_widget_translate_coordinates(widget, content, 0, 0, &x, &y) != 0 else { return nil }
        return y
    }
}

extension ImpactPage {
    /// Shows step 4 with the activity at the top and the cursor in its name (from Process › Position, where its cell
    /// is shown but not edited).
    func showActivity(_ id: UUID) {
        show(.activities)
        guard let (box, name) = stepForm.activities.widgets(of: id) else { return }
        AfterLayout.run(box) { [weak self] in
            self?.scrollToTop(of: box)
            gtk_widget_grab_focus(name)
        }
    }
}
