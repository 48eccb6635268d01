import CGtk

/// One-shot main-loop timers running Swift closures (the box is released by GLib's destroy notify).
@MainActor
enum Timers {
    typealias Action = @MainActor () -> Void

    private static let release: GDestroyNotify = { data in
        guard let data else { return }
        Unmanaged<AnyObject>.fromOpaque(data).release()
    }

    /// Runs the action once after `milliseconds`; returns the source id for `cancel`.
    @discardableResult
    static func after(milliseconds: UInt32, _ action: @escaping Action) -> guint {
        let trampoline: @convention(c) (gpointer?) -> gboolean = { data in
            guard let data else { return 0 }
            let box = Unmanaged<HandlerBox<Action>>.fromOpaque(data).takeUnretainedValue()
            MainActor.assumeIsolated { box.function() }
            return 0 // G_SOURCE_REMOVE
        }
        let data = Unmanaged.passRetained(HandlerBox<Action>(action) as AnyObject).toOpaque()
        return g_timeout_add_full(G_PRIORITY_DEFAULT, milliseconds, trampoline, data, release)
    }

    /// Cancels a pending timer (its box is released by GLib).
    static func cancel(_ id: guint) {
        if id != 0 { g_source_remove(id) }
    }
}
