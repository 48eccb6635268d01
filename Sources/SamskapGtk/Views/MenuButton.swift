import CGtk

/// An icon button that opens a popover (GtkMenuButton).
@MainActor
public final class MenuButton: GtkView {
    /// A button showing the symbolic icon `icon`; `name` is its accessible name and `tooltip` (default: the name) its tooltip.
    public init(icon: String, name: String, tooltip: String? = nil, classes: [String] = ["flat"]) {
        super.init(gtk_menu_button_new()!)
        gtk_menu_button_set_icon_name(samskap_menu_button(widget), icon)
        Widgets.addClasses(widget, classes)
        gtk_widget_set_tooltip_text(widget, tooltip ?? name)
        Accessibility.setLabel(widget, name)
    }

    /// The popover the button opens; the button keeps it.
    public func setPopover(_ popover: Popover) { gtk_menu_button_set_popover(samskap_menu_button(widget), popover.widget) }

    /// Opens the button's menu or popover, as a click would.
    public func popup() { gtk_menu_button_popup(samskap_menu_button(widget)) }

    /// Whether F10 opens this button's menu (GtkWindow's own key for the primary menu, which otherwise does nothing).
    public var isPrimary: Bool {
        get { gtk_menu_button_get_primary(samskap_menu_button(widget)) != 0 }
        set { gtk_menu_button_set_primary(samskap_menu_button(widget), newValue ? 1 : 0) }
    }

    /// An item of a menu: its text and the action it runs (`"app.quit"`).
    public struct MenuItem: Sendable {
        public let title: String
        public let action: String
        public init(_ title: String, action: String) { (self.title, self.action) = (title, action) }
    }

    /// Gives the button a menu of `sections` (separated by lines), built by `sections` the first time it opens: a menu
    /// costs about as much as a header bar, and nobody sees it in a window's first frame.
    public func setMenuOnFirstPopup(_ sections: @escaping @MainActor () -> [[MenuItem]]) {
        typealias Build = @MainActor () -> [[MenuItem]]
        let trampoline: @convention(c) (OpaquePointer?, gpointer?) -> Void = { button, data in
            guard let button, let data, gtk_menu_button_get_menu_model(button) == nil else { return }
            let build = HandlerBox<Build>.function(data)
            MainActor.assumeIsolated {
                let menu = MenuButton.model(build())
                gtk_menu_button_set_menu_model(button, samskap_menu_model(menu.raw))
                g_object_unref(menu.raw)
            }
        }
        gtk_menu_button_set_create_popup_func(samskap_menu_button(widget), trampoline, HandlerBox<Build>.retained(sections),
                                              HandlerBoxes.releaseData)
    }

    private static func model(_ sections: [[MenuItem]]) -> OpaquePointer {
        let menu = g_menu_new()!
        for items in sections {
            let section = g_menu_new()!
            for item in items { g_menu_append(section, item.title, item.action) }
            g_menu_append_section(menu, nil, samskap_menu_model(section.raw))
            g_object_unref(section.raw)
        }
        return menu
    }
}
