import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGraphics

/// Light or dark, following the desktop's preference.
///
/// GTK 4.8 without libadwaita does not read the desktop's colour scheme itself: we read GNOME's
/// `org.gnome.desktop.interface color-scheme` (when the schema is installed) and follow its changes.
/// `SAMSKAP_COLOR_SCHEME=dark|light` overrides it (screenshots, tests).
@MainActor
enum ColorScheme {
    /// Sets the theme variant now and whenever the desktop setting changes.
    static func follow() {
        let override = ProcessEnvironment.value("SAMSKAP_COLOR_SCHEME") ?? ""
        if override == "dark" || override == "light" {
            setPreferDark(override == "dark")
            return
        }
        guard let source = g_settings_schema_source_get_default(),
              let schema = g_settings_schema_source_lookup(source, "org.gnome.desktop.interface", 1) else { return }
        let hasKey = g_settings_schema_has_key(schema, "color-scheme") != 0
        g_settings_schema_unref(schema)
        guard hasKey, let settings = g_settings_new("org.gnome.desktop.interface") else { return }
        apply(settings)
        Signals.connectWithArgument(settings, "changed::color-scheme", { _ in apply(settings) })
        // Kept for the life of the process: the settings object must live to report changes.
    }

    private static func apply(_ settings: UnsafeMutablePointer<GSettings>) {
        let value = CStrings.take(g_settings_get_string(settings, "color-scheme")) ?? ""
        setPreferDark(value == "prefer-dark")
    }

    /// Sets GTK's dark variant only when it changes: every write of the setting, even of the value it has,
    /// makes GTK parse its whole theme again (about a tenth of the start-up's instructions).
    private static func setPreferDark(_ dark: Bool) {
        guard let settings = gtk_settings_get_default() else { return }
        var value = GValue()
        g_value_init(&value, GType(5 << 2)) // G_TYPE_BOOLEAN (a macro, not imported)
        g_object_get_property(UnsafeMutableRawPointer(settings).assumingMemoryBound(to: GObject.self), "gtk-application-prefer-dark-theme", &value)
        let current = g_value_get_boolean(&value) != 0
        g_value_unset(&value)
        if current != dark { samskap_set_prefer_dark(dark ? 1 : 0) }
    }

    /// The chart theme that matches a widget as the theme paints it now: dark when its text is light.
    ///
    /// Read from the widget's own colour rather than the preference, so a dark theme chosen any way
    /// (the setting, a theme name, an environment override) gives dark charts.
    static func chartTheme(for widget: Widget) -> ChartTheme {
        var color = GdkRGBA()
        gtk_style_context_get_color(gtk_widget_get_style_context(widget), &color)
        let luminance = 0.2126 * Double(color.red) + 0.7152 * Double(color.green) + 0.0722 * Double(color.blue)
        return luminance > 0.5 ? .dark : .light
    }
}
