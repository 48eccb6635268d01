import CGtk

/// A line or paragraph of text (GtkLabel).
@MainActor
public final class Label: GtkView {
    /// A label; `wrap` lets long text (long names, any script) break onto new lines (see `Widgets.label`).
    public init(_ text: String, classes: [String] = [], wrap: Bool = false, xalign: Float = 0) {
        super.init(Widgets.label(text, classes: classes, wrap: wrap, xalign: xalign))
    }

    /// Wraps a label made elsewhere (a field's message from `FieldMessage`).
    override init(_ widget: Widget) { super.init(widget) }

    /// The text shown (plain text, not markup).
    public var text: String {
        get { CStrings.borrow(gtk_label_get_text(samskap_label(widget))) ?? "" }
        set { gtk_label_set_text(samskap_label(widget), newValue) }
    }

    /// Whether the user can select (and copy) the text.
    public var isSelectable: Bool {
        get { gtk_label_get_selectable(samskap_label(widget)) != 0 }
        set { gtk_label_set_selectable(samskap_label(widget), newValue ? 1 : 0) }
    }

    /// The width the label asks for at most, in characters; a wrapping label breaks its lines there.
    public var maxWidthChars: Int32 {
        get { gtk_label_get_max_width_chars(samskap_label(widget)) }
        set { gtk_label_set_max_width_chars(samskap_label(widget), newValue) }
    }
}
