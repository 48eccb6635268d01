import CGtk

/// The primary menu of the header bar: every item is an action of the table.
@MainActor
enum PrimaryMenu {
    /// A menu button with the primary menu; `project` adds the items of a project window.
    static func button(project: Bool) -> Widget {
        let menu = g_menu_new()!
        func section(_ actions: [AppAction]) {
            let section = g_menu_new()!
            for action in actions { g_menu_append(section, action.title, action.rawValue) }
            g_menu_append_section(menu, nil, samskap_menu_model(section.raw))
            g_object_unref(section.raw)
        }
        if project { section([.undo, .redo]) }
        section([.newProject, .openProject, .openDemo])
        if project {
            section([.exportPDF, .print])
            section([.importMeasurements, .exportMeasurements, .merge])
            section([.saveCopy, .close])
        }
        section([.shortcuts, .about])
        section([.quit])

        let button = gtk_menu_button_new()!
        gtk_menu_button_set_icon_name(samskap_menu_button(button), "open-menu-symbolic")
        gtk_menu_button_set_menu_model(samskap_menu_button(button), samskap_menu_model(menu.raw))
        g_object_unref(menu.raw)
        gtk_widget_set_tooltip_text(button, tr("Main menu"))
        Accessibility.setLabel(button, tr("Main menu"))
        return button
    }
}
