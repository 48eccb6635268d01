import CGtk

/// Windows described in GtkBuilder XML: the shortcuts window, which GTK offers only that way.
@MainActor
public enum UIDefinition {
    /// Builds `xml` and shows its window `id` over `parent`; false when the XML holds no such window.
    @discardableResult
    public static func presentWindow(xml: String, id: String, parent: Widget?) -> Bool {
        guard let builder = gtk_builder_new_from_string(xml, -1) else { return false }
        defer { g_object_unref(builder.raw) }
        guard let object = gtk_builder_get_object(builder, id) else { return false }
        let window = samskap_widget(object)
        if let parent { gtk_window_set_transient_for(samskap_window(window), samskap_window(parent)) }
        gtk_window_present(samskap_window(window))
        return true
    }
}
