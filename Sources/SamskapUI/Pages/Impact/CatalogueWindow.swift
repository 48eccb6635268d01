import CGtk
import SamskapGtk

/// The indicator catalogue in a window over the project's window: it opens where it is seen, with the search ready,
/// and Escape or the close button puts it away. Made once, hidden between uses.
@MainActor
final class CatalogueWindow {
    let window: Widget

    init(picker: CataloguePicker, parent: Widget) {
        window = gtk_window_new()!
        gtk_window_set_title(samskap_window(window), tr("Indicator catalogue"))
        gtk_window_set_modal(samskap_window(window), 1)
        gtk_window_set_hide_on_close(samskap_window(window), 1)
        gtk_window_set_destroy_with_parent(samskap_window(window), 1)
        gtk_window_set_default_size(samskap_window(window), 560, 640)
        gtk_window_set_transient_for(samskap_window(window), samskap_window(parent))
        let scrolled = Widgets.scrolled(picker.root)
        Widgets.margins(picker.root, 16)
        gtk_window_set_child(samskap_window(window), scrolled)
        let keys = gtk_event_controller_key_new()!
        Signals.connectKeyPressed(keys) { [weak self] keyval, _ in
            guard Int32(bitPattern: keyval) == GDK_KEY_Escape else { return false }
            self?.close()
            return true
        }
        gtk_widget_add_controller(window, samskap_event_controller(keys.raw))
    }

    func present() { gtk_window_present(samskap_window(window)) }

    func close() { gtk_widget_set_visible(window, 0) }
}
