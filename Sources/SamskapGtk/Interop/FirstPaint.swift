import CGtk

/// Runs work once a window has painted its first frame: after it is first mapped, on its frame clock's
/// first "after-paint", then never again (a window mapped again, say after being hidden, does not run it).
@MainActor
public enum FirstPaint {
    /// Calls `body` after the first frame of `window`; at once when the mapped window has no frame clock.
    public static func after(_ window: Widget, _ body: @escaping Signals.Plain) {
        Signals.connectOnce(window, "map") {
            guard let clock = gtk_widget_get_frame_clock(window) else { return body() }
            Signals.connectOnce(clock, "after-paint", body)
        }
    }
}
