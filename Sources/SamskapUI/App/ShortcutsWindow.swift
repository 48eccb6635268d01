import SamskapGtk

/// The keyboard shortcuts window (Ctrl+?), built from the action table so it never disagrees with it.
@MainActor
enum ShortcutsWindow {
    /// Shows the window over the parent.
    static func show(parent: Widget?) {
        UIDefinition.presentWindow(xml: xml(), id: "shortcuts", parent: parent)
    }

    /// The shortcuts as a person looks for them: files, then editing, the pages in the sidebar's order, the report and
    /// the window itself.
    static var groups: [(title: String, actions: [AppAction])] {
        [(tr("Projects"), [.newProject, .openProject, .quit]),
         (tr("Editing"), [.undo, .redo, .find]),
         (tr("Pages"), [.overview, .partners, .vision, .impact, .process, .report]),
         (tr("The report"), [.exportPDF, .print]),
         (tr("The workshop"), [.present]),
         (tr("The window"), [.menu, .shortcuts, .close])]
    }

    /// GtkBuilder XML of the shortcuts window, in the groups above.
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
        return "<interface><object class='GtkShortcutsWindow' id='shortcuts'><property name='modal'>1</property>"
            + "<child><object class='GtkShortcutsSection'><property name='section-name'>main</property>"
            + groups.map { group($0.title, $0.actions) }.joined()
            + "</object></child></object></interface>"
    }

    private static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;")
            .replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
    }
}
