/// Form pages around wrapped widgets.
extension Form {
    /// A scrolled page with its content centred at a readable width (see `page(_:width:)`).
    public static func page(_ content: GtkView, width: Int32 = Form.width) -> GtkView { GtkView(page(content.widget, width: width)) }

    /// The content with page margins, centred and at most `width` wide (see `clamped(_:width:)`).
    public static func clamped(_ content: GtkView, width: Int32 = Form.width) -> GtkView { GtkView(clamped(content.widget, width: width)) }

    /// A group as wrappers: a heading and a rounded box to fill (see `group(_:)`).
    public static func groupView(_ title: String) -> (root: GtkView, content: Box) {
        let (root, content) = group(title)
        return (GtkView(root), Box(content))
    }
}
