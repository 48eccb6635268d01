import CGtk

extension GtkView {
    /// The width the widget was given at the last layout, in pixels (0 before its first).
    public var allocatedWidth: Int32 { gtk_widget_get_width(widget) }

    /// The height the widget was given at the last layout, in pixels (0 before its first).
    public var allocatedHeight: Int32 { gtk_widget_get_height(widget) }

    /// Whether `ancestor` holds the widget, at any depth.
    public func hasAncestor(_ ancestor: GtkView) -> Bool { gtk_widget_is_ancestor(widget, ancestor.widget) != 0 }

    /// The widget's top-left corner in `other`'s coordinates; nil when they share no window or are not laid out.
    public func translateCoordinates(to other: GtkView) -> (x: Double, y: Double)? {
        var x = 0.0, y = 0.0
        guard gtk_widget_translate_coordinates(widget, other.widget, 0, 0, &x, &y) != 0 else { return nil }
        return (x, y)
    }
}
