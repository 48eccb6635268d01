import CGtk

/// The keyboard shortcuts window (Ctrl+?), built from the action table so it never disagrees with it.
@MainActor
enum ShortcutsWindow {
    /// Shows the window over the parent.
    static func show(parent: Widget?) {
        guard let builder = gtk_builder_new_from_string(xml(), -1) else { return }
        defer { g_object_unref(builder.raw) }
        guard let object = gtk_builder_get_object(builder, "shortcuts") else { return }
        let window = samskap_widget(object)
        if let parent { gtk_window_set_transient_for(samskap_window(window), samskap_window(parent)) }
        gtk_window_present(samskap_window(window))
    }

    /// GtkBuilder XML of the shortcuts window, in two groups: application and project window.
    /// (Plain string literals: xgettext reads this file as C and trips on multi-line literals.)
    static func xml() -> String {
        func group(_ title: String, _ actions: [AppAction]) -> String {
            let items = actions.compactMap { action -> String? in
                guard let accel = action.accelerator else { return nil }
                return "<child><object class='GtkShortcutsShortcut'>"
                    + "<property name='title'>" + escape(action.title) + "</property>"
                    + "<property name='accelerator'>" + escape(accel) + "</property>"
                    + "</object></child>"
            }.joined()
            return "<child><object class='GtkShortcutsGroup'><property name='title'>" + escape(title) + "</property>" + items + "</object></child>"
        }
        let app = AppAction.allCases.filter(\.isApplicationAction)
        let win = AppAction.allCases.filter { !$0.isApplicationAction }
        return "<interface><object class='GtkShortcutsWindow' id='shortcuts'><property name='modal'>1</property>"
            + "<child><object class='GtkShortcutsSection'><property name='section-name'>main</property>"
            + group(tr("Application"), app) + group(tr("Project window"), win)
            + "</object></child></object></interface>"
    }

    private static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
            .replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
