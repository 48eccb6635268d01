import CGtk

extension GtkView {
    /// The width the widget was given at the last layout, in pixels (0 before its first).
    public var allocatedWidth: Int32 { gtk_widget_get_width(widget) }

    /// The height the widget was given at the last layout, in pixels (0 before its first).
    public var allocatedHeight: Int32 { gtk_widget_get_height(widget) }

    /// Whether the widget takes the keyboard focus (Tab stops at it).
    public var isFocusable: Bool {
        get { gtk_widget_get_focusable(widget) != 0 }
        set { gtk_widget_set_focusable(widget, newValue ? 1 : 0) }
    }
}
