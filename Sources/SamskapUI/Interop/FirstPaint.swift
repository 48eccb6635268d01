import CGtk

/// Runs work once a window has painted its first frame: after it is mapped, on its frame clock's
/// first "after-paint", then never again.
@MainActor
enum FirstPaint {
    /// Holds the handler id, so the handler can disconnect itself without mutating a captured variable.
    private final class HandlerID { var value: gulong = 0 }

    /// Calls `body` after the first frame of `window`; at once when the mapped window has no frame clock.
    static func after(_ window: Widget, _ body: @escaping Signals.Plain) {
        Signals.connect(window, "map") {
            guard let clock = gtk_widget_get_frame_clock(window) else { return body() }
            let id = HandlerID()
            id.value = Signals.connect(clock, "after-paint") {
                guard id.value != 0 else { return }
                Signals.disconnect(clock, id.value)
                id.value = 0
                body()
            }
        }
    }
}
