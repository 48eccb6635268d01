/// Form pages around wrapped widgets.
extension Form {
    /// A scrolled page with its content centred at a readable width (see `page(_:width:)`).
    public static func page(_ content: GtkView, width: Int32 = Form.width) -> GtkView { GtkView(page(content.widget, width: width)) }
}
