import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// Light, dark and high contrast come from libadwaita's AdwStyleManager, which follows the settings portal (any
/// desktop, sandboxed or not). `SAMSKAP_COLOR_SCHEME=dark|light` forces one (screenshots, tests).
@MainActor
enum ColorScheme {
    /// Applies the override, if any; without one the style manager follows the desktop by itself.
    static func follow() {
        let scheme: AdwColorScheme
        switch ProcessEnvironment.value("SAMSKAP_COLOR_SCHEME") {
        case "dark": scheme = ADW_COLOR_SCHEME_FORCE_DARK
        case "light": scheme = ADW_COLOR_SCHEME_FORCE_LIGHT
        default: return
        }
        adw_style_manager_set_color_scheme(adw_style_manager_get_default(), scheme)
    }

    /// The chart theme that matches what the style manager paints now.
    static func chartTheme(for widget: Widget) -> ChartTheme {
        adw_style_manager_get_dark(adw_style_manager_get_default()) != 0 ? .dark : .light
    }
}
