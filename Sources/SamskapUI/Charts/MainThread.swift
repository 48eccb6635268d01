import CGtk

/// Hands work from a background thread to GTK's main loop.
///
/// Swift's main-actor executor is not drained by GLib's main loop, so `await MainActor.run` would never
/// run here: `g_idle_add_full` is the thread-safe way back onto the thread GTK runs on.
enum MainThread {
    typealias Job = @MainActor @Sendable () -> Void

    private static let release: GDestroyNotify = { data in
        guard let data else { return }
        Unmanaged<AnyObject>.fromOpaque(data).release()
    }

    /// Runs `job` on the main loop soon; callable from any thread.
    static func post(_ job: @escaping Job) {
        let trampoline: @convention(c) (gpointer?) -> gboolean = { data in
            guard let data else { return 0 }
            let job = Unmanaged<HandlerBox<Job>>.fromOpaque(data).takeUnretainedValue().function
            MainActor.assumeIsolated { job() }
            return 0 // G_SOURCE_REMOVE
        }
        let data = Unmanaged.passRetained(HandlerBox<Job>(job) as AnyObject).toOpaque()
        g_idle_add_full(G_PRIORITY_DEFAULT_IDLE, trampoline, data, release)
    }
}
