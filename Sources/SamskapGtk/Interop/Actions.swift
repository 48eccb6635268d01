import CGtk

/// `GSimpleAction`s bound to Swift closures, added to an action map (application or window).
@MainActor
public enum Actions {
    /// Adds a parameterless action; returns it (owned by the map) to enable or disable it later.
    @discardableResult
    public static func add(_ map: some GPointerConvertible, _ name: String, _ handler: @escaping @MainActor () -> Void) -> OpaquePointer {
        let action = samskap_simple_action_new(name)!
        Signals.connectWithArgument(action, "activate", { _ in handler() })
        g_action_map_add_action(samskap_action_map(map.raw), action)
        g_object_unref(action.raw)
        return action
    }

    /// Enables or disables an action (its menu items and accelerators follow).
    public static func setEnabled(_ action: OpaquePointer, _ enabled: Bool) {
        g_simple_action_set_enabled(action, enabled ? 1 : 0)
    }
}
