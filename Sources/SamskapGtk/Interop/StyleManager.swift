import CGtk

/// Light or dark, as libadwaita's style manager decides from the settings portal (any desktop, sandboxed or not),
/// unless the app forces one.
@MainActor
public enum StyleManager {
    /// A scheme the app may force instead of following the desktop.
    public enum Scheme: Sendable { case light, dark }

    /// Paints every window in `scheme` from now on.
    public static func force(_ scheme: Scheme) {
        adw_style_manager_set_color_scheme(adw_style_manager_get_default(),
                                           scheme == .dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT)
    }

    /// Whether windows are painted dark now.
    public static var isDark: Bool { adw_style_manager_get_dark(adw_style_manager_get_default()) != 0 }

    /// A handler connected by `onChange`, to give to `stop`.
    public struct Observation: Sendable { fileprivate let id: gulong }

    /// Runs `handler` with `owner` (held weakly) whenever windows switch between light and dark.
    public static func onChange<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) -> Observation {
        Observation(id: Signals.connectWithArgument(adw_style_manager_get_default(), "notify::dark") { [weak owner] _ in
            if let owner { handler(owner) }
        })
    }

    /// Disconnects a handler from `onChange`.
    public static func stop(_ observation: Observation) { Signals.disconnect(adw_style_manager_get_default(), observation.id) }
}
