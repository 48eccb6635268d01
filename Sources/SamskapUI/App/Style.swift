import CGtk
import FoundationEssentials
import SamskapCore

/// The application's style sheet (`Resources/style.css`), installed once per display.
@MainActor
enum Style {
    /// Loads the style sheet for the default display; quietly does nothing when it is missing.
    static func install() {
        addIconPath()
        let url = ResourceLocator.standard.resources.appendingPathComponent("style.css")
        guard FileManager.default.fileExists(atPath: url.path), let display = gdk_display_get_default() else { return }
        let provider = gtk_css_provider_new()
        gtk_css_provider_load_from_path(provider, url.path)
        gtk_style_context_add_provider_for_display(display, samskap_style_provider(provider), guint(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
        g_object_unref(provider)
    }

    /// Finds the application icon in the source tree (`packaging/`) when it is not installed.
    private static func addIconPath() {
        let packaging = ResourceLocator.standard.resources.deletingLastPathComponent().appendingPathComponent("packaging")
        guard FileManager.default.fileExists(atPath: packaging.appendingPathComponent("\(SamskapApplication.id).svg").path),
              let display = gdk_display_get_default(), let theme = gtk_icon_theme_get_for_display(display) else { return }
        gtk_icon_theme_add_search_path(theme, packaging.path)
    }
}
