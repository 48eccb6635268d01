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

    /// Sets the text as Pango markup (`<span font_desc="24px">…</span>`); escape `&`, `<` and `>` in the text.
    public func setMarkup(_ markup: String) { gtk_label_set_markup(samskap_label(widget), markup) }

    /// The most characters a wrapping label asks room for on one line.
    public var maxWidthChars: Int32 {
        get { gtk_label_get_max_width_chars(samskap_label(widget)) }
        set { gtk_label_set_max_width_chars(samskap_label(widget), newValue) }
    }

    /// Whether the user can select (and copy) the text.
    public var isSelectable: Bool {
        get { gtk_label_get_selectable(samskap_label(widget)) != 0 }
        set { gtk_label_set_selectable(samskap_label(widget), newValue ? 1 : 0) }
    }

    /// Centres each line of a wrapped text, not only the block.
    public func centreLines() { gtk_label_set_justify(samskap_label(widget), GTK_JUSTIFY_CENTER) }
}
