import CGtk

/// The caption above a field and the validation message right under it.
@MainActor
public enum FieldMessage {
    /// A hidden, wrapping label for a field's message.
    public static func make() -> Widget {
        let label = Widgets.label("", classes: ["field-message", "error"], wrap: true)
        gtk_widget_set_visible(label, 0)
        return label
    }

    /// Shows a message (or hides it for nil) and marks the field invalid for assistive technologies.
    public static func show(_ label: Widget, on field: Widget?, _ message: String?) {
        gtk_label_set_text(samskap_label(label), message ?? "")
        gtk_widget_set_visible(label, message == nil ? 0 : 1)
        if let field { mark(field, invalid: message != nil) }
    }

    /// Marks a field invalid or valid, for the eye and for assistive technologies, where no message has room under it.
    public static func mark(_ field: Widget, invalid: Bool) {
        Accessibility.setInvalid(field, invalid)
        if invalid { gtk_widget_add_css_class(field, "error") } else { gtk_widget_remove_css_class(field, "error") }
    }

    /// A caption label for a field, with the mnemonic pointing at it.
    public static func caption(_ text: String, for field: Widget) -> Widget {
        let label = Widgets.label(text, classes: ["field-caption"])
        gtk_label_set_mnemonic_widget(samskap_label(label), field)
        // The field keeps the name it was given; GTK 4.8 would join it with the caption's text.
        samskap_accessible_reset_labelled_by(field)
        return label
    }
}
