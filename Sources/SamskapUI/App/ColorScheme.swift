import SamskapCore
import SamskapGraphics
import SamskapGtk

/// Light, dark and high contrast come from libadwaita's style manager, which follows the settings portal (any
/// desktop, sandboxed or not). `SAMSKAP_COLOR_SCHEME=dark|light` forces one (screenshots, tests).
@MainActor
enum ColorScheme {
    /// Applies the override, if any; without one the style manager follows the desktop by itself.
    static func follow() {
        switch ProcessEnvironment.value("SAMSKAP_COLOR_SCHEME") {
        case "dark": StyleManager.force(.dark)
        case "light": StyleManager.force(.light)
        default: return
        }
    }

    /// The chart theme that matches what the style manager paints now.
    static var chartTheme: ChartTheme { StyleManager.isDark ? .dark : .light }
}
