import CGtk

/// Accessible names GTK 4.8 leaves out on the Impact page.
@MainActor
enum ImpactAccessibility {
    /// Names the button inside a drop-down, which GTK 4.8 otherwise announces by its class name ("GtkToggleButton").
    static func nameButton(of dropDown: Widget, _ name: String) {
        var child = gtk_widget_get_first_child(dropDown)
        while let current = child {
            // GTK 4.8 has no role to ask for a toggle button; its CSS name is "button".
            if CStrings.borrow(gtk_widget_get_css_name(current)) == "button" {
                Accessibility.setLabel(current, name)
            }
            child = gtk_widget_get_next_sibling(current)
        }
    }
}
