/// Field messages for wrapped widgets.
extension FieldMessage {
    /// A hidden, wrapping label for a field's message (see `make`).
    public static func label() -> Label { Label(make()) }

    /// Shows a message (or hides it for nil) and marks the field invalid for assistive technologies (see `show`).
    public static func show(_ label: Label, on field: GtkView?, _ message: String?) {
        show(label.widget, on: field?.widget, message)
    }

    /// A caption label for a field, with the mnemonic pointing at it (see `caption(_:for:)`).
    public static func caption(_ text: String, for field: GtkView) -> Label { Label(caption(text, for: field.widget)) }

    /// Marks a field invalid or valid where no message has room under it (see `mark(_:invalid:)`).
    public static func mark(_ field: GtkView, invalid: Bool) { mark(field.widget, invalid: invalid) }
}
