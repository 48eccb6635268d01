import CGtk

extension GtkView {
    /// The widget's height on screen in pixels, as last laid out (0 before).
    public var height: Int32 { gtk_widget_get_height(widget) }
}
