import CGtk

/// Conversions between C strings of GLib and Swift strings.
public enum CStrings {
    /// A borrowed (transfer-none) C string as Swift; `nil` for NULL.
    public static func borrow(_ pointer: UnsafePointer<gchar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// An owned (transfer-full) C string as Swift, freed with `g_free`; `nil` for NULL.
    public static func take(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }

    /// The text of an editable widget (entry, search entry, spin button).
    public static func text(ofEditable widget: gpointer) -> String {
        borrow(gtk_editable_get_text(samskap_editable(widget))) ?? ""
    }

    /// The whole text of a text view's buffer.
    public static func text(ofTextView widget: gpointer) -> String {
        let buffer = gtk_text_view_get_buffer(samskap_text_view(widget))
        var start = GtkTextIter()
        var end = GtkTextIter()
        gtk_text_buffer_get_bounds(buffer, &start, &end)
        return take(gtk_text_buffer_get_text(buffer, &start, &end, 0)) ?? ""
    }
}
