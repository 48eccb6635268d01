/// The rows of `FormRows` around wrapped widgets: each returns the row as a wrapper that holds it.
extension FormRows {
    /// A row that holds `child` across its whole width, always shown (see `wide(_:)`).
    public static func wide(_ child: GtkView) -> GtkView { GtkView(wide(child.widget)) }

    /// A row that holds `child` across its whole width, shown only while `shown` is (see `row(_:shownWith:)`).
    public static func row(_ child: GtkView, shownWith shown: GtkView) -> GtkView {
        GtkView(row(child.widget, shownWith: shown.widget))
    }

    /// A row with its caption above `child` (see `block(_:_:)`).
    public static func block(_ caption: String, _ child: GtkView) -> GtkView { GtkView(block(caption, child.widget)) }

    /// A row with `entry` beside its caption, `width` characters wide where there is room (see `field(_:_:width:)`).
    public static func field(_ caption: String, _ entry: Entry, width: Int32 = 34) -> GtkView {
        GtkView(field(caption, entry.widget, width: width))
    }

    /// A row with `control` beside its caption (see `control(_:_:)`).
    public static func control(_ caption: String, _ control: GtkView) -> GtkView { GtkView(self.control(caption, control.widget)) }
}
