import CGtk

/// One-shot main-loop timers running Swift closures (the box is released by GLib's destroy notify).
@MainActor
public enum Timers {
    public typealias Action = @MainActor () -> Void


    /// Runs the action once after `milliseconds`; returns the source id for `cancel`.
    @discardableResult
    public static func after(milliseconds: UInt32, _ action: @escaping Action) -> guint {
        g_timeout_add_full(G_PRIORITY_DEFAULT, milliseconds, runOnce, HandlerBox<Action>.retained(action), HandlerBoxes.releaseData)
    }

    /// Runs the action once the main loop is idle: after GTK's own idle work of the moment (drawing, laying text out).
    public static func whenIdle(_ action: @escaping Action) {
        g_idle_add_full(G_PRIORITY_DEFAULT_IDLE, runOnce, HandlerBox<Action>.retained(action), HandlerBoxes.releaseData)
    }

    /// Runs a boxed action for GLib, once.
    private static let runOnce: @convention(c) (gpointer?) -> gboolean = { data in
        guard let data else { return 0 }
        let function = HandlerBox<Action>.function(data)
        MainActor.assumeIsolated { function() }
        return 0 // G_SOURCE_REMOVE
    }

    /// Cancels a pending timer (its box is released by GLib).
    public static func cancel(_ id: guint) {
        if id != 0 { g_source_remove(id) }
    }
}
