import CGtk

/// Form pages around wrapped widgets.
extension Form {
    /// A scrolled page with its content centred at a readable width (see `page(_:width:)`).
    public static func page(_ content: GtkView, width: Int32 = Form.width) -> ScrolledView {
        ScrolledView(page(content.widget, width: width))
    }

    /// The content with page margins, centred and at most `width` wide (see `clamped(_:width:)`).
    public static func clamped(_ content: GtkView, width: Int32 = Form.width) -> GtkView { GtkView(clamped(content.widget, width: width)) }

    /// A group as wrappers: a heading and a rounded box to fill (see `group(_:)`).
    public static func groupView(_ title: String) -> (root: GtkView, content: Box) {
        let (root, content) = group(title)
        return (GtkView(root), Box(content))
    }

    /// A captioned field as wrappers: the row and its (hidden) message (see `field(_:_:hint:)`).
    public static func field(_ caption: String, _ control: GtkView, hint: String? = nil) -> (root: GtkView, message: Label) {
        let (root, message) = field(caption, control.widget, hint: hint)
        return (GtkView(root), Label(message))
    }

    /// An empty state: a symbol, one sentence, one button (see `emptyState(icon:text:button:)`).
    public static func emptyState(icon: String, text: String, button: Button?) -> GtkView {
        GtkView(emptyState(icon: icon, text: text, button: button?.widget))
    }

    /// A group as wrappers with its heading, for a heading that changes with what the group shows (see `group(_:)`).
    public static func groupView(headed title: String) -> (root: GtkView, heading: Label, content: Box) {
        let (root, content) = group(title)
        return (GtkView(root), Label(gtk_widget_get_first_child(root)!), Box(content))
    }
}
