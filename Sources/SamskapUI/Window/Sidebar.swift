import CGtk
import SamskapGtk

/// The sidebar of a project window: one entry per page, a symbolic icon and the title, left-aligned.
///
/// It sits in an AdwFlap beside the pages and folds away when the window is too narrow for both (half a 1920
/// screen); the header bar's toggle then brings it over the page, and choosing a page puts it away again.
/// The entries are toggle buttons in one group, named by their title for assistive technologies.
@MainActor
final class Sidebar {
    /// The header bar's button that shows the folded sidebar; hidden while the sidebar has room.
    let toggle: Widget
    private let list: Widget
    private var flap: Widget?
    private var entries: [String: Widget] = [:]
    /// False while the presenter view stands in place of the pages: the toggle would open a sidebar nobody sees.
    var isAvailable = true {
        didSet { showToggleIfFolded() }
    }

    init() {
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["sidebar-pages"])
        Accessibility.setLabel(list, tr("Pages"))
        toggle = gtk_toggle_button_new()!
        gtk_button_set_icon_name(samskap_button(toggle), "sidebar-show-symbolic")
        gtk_widget_set_tooltip_text(toggle, tr("Show pages"))
        Accessibility.setLabel(toggle, tr("Show pages"))
        gtk_widget_set_visible(toggle, 0)
    }

    /// The flap holding the sidebar beside `content`.
    func fold(content: Widget) -> Widget {
        let flap = adw_flap_new()!
        self.flap = flap
        let scrolled = Widgets.scrolled(list)
        Widgets.addClasses(scrolled, ["sidebar-scroller"])
        adw_flap_set_flap(OpaquePointer(flap), scrolled)
        adw_flap_set_separator(OpaquePointer(flap), gtk_separator_new(GTK_ORIENTATION_VERTICAL))
        adw_flap_set_content(OpaquePointer(flap), content)
        adw_flap_set_fold_policy(OpaquePointer(flap), ADW_FLAP_FOLD_POLICY_AUTO)
        adw_flap_set_swipe_to_open(OpaquePointer(flap), 1)
        // The toggle shows while folded, and it and the flap's revealed state follow each other. The flap folds while
        // it is being allocated: the toggle changes from the main loop, as a header bar child shown or hidden in the
        // middle of an allocation is left without one (GTK warns, and the bar is painted from an older frame).
        Signals.connectWithArgument(flap, "notify::folded") { [weak self] _ in
            MainThread.post { [weak self] in self?.showToggleIfFolded() }
        }
        g_object_bind_property(UnsafeMutableRawPointer(flap), "reveal-flap", UnsafeMutableRawPointer(toggle), "active",
                               GBindingFlags(rawValue: G_BINDING_SYNC_CREATE.rawValue | G_BINDING_BIDIRECTIONAL.rawValue))
        return flap
    }

    /// Adds an entry; `choose` runs with the page's name when the user picks it.
    func add(_ page: PageSlot, choose: @escaping @MainActor (String) -> Void) {
        let button = gtk_toggle_button_new()!
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        let icon = gtk_image_new_from_icon_name(page.icon)!
        Widgets.append(row, icon, Widgets.label(page.title))
        gtk_button_set_child(samskap_button(button), row)
        Widgets.addClasses(button, ["flat", "sidebar-page"])
        Accessibility.setOwnLabel(button, page.title)
        if let first = entries.values.first {
            gtk_toggle_button_set_group(samskap_toggle_button(button), samskap_toggle_button(first))
        }
        entries[page.name] = button
        gtk_box_append(samskap_box(list), button)
        let name = page.name
        Signals.connect(button, "toggled") { [weak self] in
            guard gtk_toggle_button_get_active(samskap_toggle_button(button)) != 0 else { return }
            choose(name)
            self?.putAwayIfFolded()
        }
    }

    /// Whether a page has an entry.
    func has(_ name: String) -> Bool { entries[name] != nil }

    /// Marks a page's entry as the current one.
    func select(_ name: String) {
        guard let button = entries[name] else { return }
        gtk_toggle_button_set_active(samskap_toggle_button(button), 1)
    }

    private func showToggleIfFolded() {
        guard let flap else { return }
        gtk_widget_set_visible(toggle, isAvailable && adw_flap_get_folded(OpaquePointer(flap)) != 0 ? 1 : 0)
    }

    private func putAwayIfFolded() {
        guard let flap, adw_flap_get_folded(OpaquePointer(flap)) != 0 else { return }
        adw_flap_set_reveal_flap(OpaquePointer(flap), 0)
    }
}
