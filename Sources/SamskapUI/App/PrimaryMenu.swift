import CGtk
import SamskapGtk

/// The primary menu of the header bar: every item is an action of the table.
@MainActor
enum PrimaryMenu {
    /// A menu button with the primary menu; `project` adds the items of a project window.
    ///
    /// The menu is built the first time it opens: a GtkPopoverMenu with its sections costs about as much as the rest
    /// of the header bar, and nobody sees it in the window's first frame.
    static func button(project: Bool) -> Widget {
        let button = gtk_menu_button_new()!
        gtk_menu_button_set_icon_name(samskap_menu_button(button), "open-menu-symbolic")
        gtk_widget_set_tooltip_text(button, tr("Main menu"))
        Accessibility.setLabel(button, tr("Main menu"))
        // F10 is GtkWindow's own key for the primary menu: without this it is taken and does nothing.
        gtk_menu_button_set_primary(samskap_menu_button(button), 1)
        // The flag travels as a non-null pointer: nothing to keep alive, nothing to release.
        gtk_menu_button_set_create_popup_func(samskap_menu_button(button), buildOnFirstPopup,
                                              project ? UnsafeMutableRawPointer(bitPattern: 1) : nil, nil)
        return button
    }

    /// GtkMenuButtonCreatePopupFunc: gives the button its menu before it first opens.
    private static let buildOnFirstPopup: @convention(c) (OpaquePointer?, gpointer?) -> Void = { button, project in
        guard let button, gtk_menu_button_get_menu_model(button) == nil else { return }
        // Plain values across the isolation check: GTK calls this on the main thread.
        let address = Int(bitPattern: button), isProject = project != nil
        MainActor.assumeIsolated {
            let menu = model(project: isProject)
            gtk_menu_button_set_menu_model(OpaquePointer(bitPattern: address), samskap_menu_model(menu.raw))
            g_object_unref(menu.raw)
        }
    }

    /// The menu's sections, in the order of the action table's groups.
    private static func model(project: Bool) -> OpaquePointer {
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
            section([.present, .prepareWorkshop])
            section([.exportPDF, .print])
            section([.importMeasurements, .exportMeasurements, .merge])
            section([.saveCopy, .close])
        }
        section([.shortcuts, .about])
        section([.quit])
        return menu
    }
}
