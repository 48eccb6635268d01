import CGtk

extension GtkView {
    /// The width the widget was given at the last layout, in pixels (0 before its first).
    public var allocatedWidth: Int32 { gtk_widget_get_width(widget) }

    /// The height the widget was given at the last layout, in pixels (0 before its first).
    public var allocatedHeight: Int32 { gtk_widget_get_height(widget) }
}
