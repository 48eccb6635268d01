import CGtk

/// Hands work from a background thread to GTK's main loop.
///
/// Swift's main-actor executor is not drained by GLib's main loop, so `await MainActor.run` would never
/// run here: `g_idle_add_full` is the thread-safe way back onto the thread GTK runs on.
public enum MainThread {
    public typealias Job = @MainActor @Sendable () -> Void


    /// Runs `job` on the main loop soon; callable from any thread.
    public static func post(_ job: @escaping Job) {
        let trampoline: @convention(c) (gpointer?) -> gboolean = { data in
            guard let data else { return 0 }
            let function = HandlerBox<Job>.function(data)
            MainActor.assumeIsolated { function() }
            return 0 // G_SOURCE_REMOVE
        }
        let data = HandlerBox<Job>.retained(job)
        g_idle_add_full(G_PRIORITY_DEFAULT_IDLE, trampoline, data, HandlerBoxes.releaseData)
    }
}
