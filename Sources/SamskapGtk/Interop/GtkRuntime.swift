import CGtk
import FoundationEssentials
import SamskapPlatform

/// GTK's one-time initialisation for code that runs without a `GtkApplication` (unit tests).
///
/// `gtk_init_check` may run once per process: without a display it fails and must not be tried again.
enum GtkRuntime {
    /// Whether the environment names a display at all.
    static var hasDisplay: Bool {
        !(ProcessEnvironment.value("DISPLAY") ?? "").isEmpty || !(ProcessEnvironment.value("WAYLAND_DISPLAY") ?? "").isEmpty
    }

    /// Initialises GTK and libadwaita (its stylesheet and style manager, as AdwApplication does) on first use; true
    /// when GTK is usable. Call on the main thread.
    static let isAvailable: Bool = {
        guard hasDisplay, gtk_init_check() != 0 else { return false }
        adw_init()
        return true
    }()
}
