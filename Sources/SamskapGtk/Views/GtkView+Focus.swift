import CGtk

extension GtkView {
    /// Whether the widget itself can take the keyboard focus (Tab, a click).
    public var isFocusable: Bool {
        get { gtk_widget_get_focusable(widget) != 0 }
        set { gtk_widget_set_focusable(widget, newValue ? 1 : 0) }
    }

    /// Whether the widget has the keyboard focus now.
    public var hasFocus: Bool { gtk_widget_has_focus(widget) != 0 }
}
