import CGtk

/// What the application adds to the default display's look: its style sheet and where its icon is found.
@MainActor
public enum DisplayStyle {
    /// Loads the CSS file at `path` above the theme, for every window of the display.
    public static func addStyleSheet(path: String) {
        guard let display = gdk_display_get_default() else { return }
        let provider = gtk_css_provider_new()
        gtk_css_provider_load_from_path(provider, path)
        gtk_style_context_add_provider_for_display(display, samskap_style_provider(provider), guint(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
        g_object_unref(provider)
    }

    /// Looks for icons in `path` too (the application's icon when it is run from its source tree).
    public static func addIconSearchPath(_ path: String) {
        guard let display = gdk_display_get_default(), let theme = gtk_icon_theme_get_for_display(display) else { return }
        gtk_icon_theme_add_search_path(theme, path)
    }
}
