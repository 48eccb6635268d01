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
}
