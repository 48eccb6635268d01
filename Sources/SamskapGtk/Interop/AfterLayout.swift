import CGtk

/// Runs work after a widget's next layout, when sizes, positions and scroll ranges are known: instead of a timer
/// that guesses how long layout takes.
@MainActor
public enum AfterLayout {
    /// Runs `body` once, after the next layout of the widget's window (asked for now); a widget not yet in a shown
    /// window waits until it is mapped. Capture `[weak self]`: the widget may go before that layout comes.
    public static func run(_ widget: Widget, _ body: @escaping Signals.Plain) {
        guard let clock = gtk_widget_get_frame_clock(widget) else {
            Signals.connectOnce(widget, "map") { run(widget, body) }
            return
        }
        // The window connects its own layout when it is realized, before this: this handler runs after it.
        Signals.connectOnce(clock, "layout", body)
        gdk_frame_clock_request_phase(clock, GDK_FRAME_CLOCK_PHASE_LAYOUT)
    }

    /// Runs `body` once, after the next layout of the view's window (see `run(_:_:)` for a widget).
    public static func run(_ view: GtkView, _ body: @escaping Signals.Plain) { run(view.widget, body) }
}
