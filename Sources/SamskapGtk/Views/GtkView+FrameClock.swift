import CGtk

extension GtkView {
    /// Redraws the widget in every frame while it is shown, as an animation does, and runs `handler` with the frame's
    /// number when the frame begins (its update phase). `handler` is kept as long as the widget.
    public func animate(_ handler: @escaping @MainActor (_ frame: Int64) -> Void) {
        typealias Tick = @MainActor (Int64) -> Void
        let tick: GtkTickCallback = { widget, clock, data in
            guard let widget, let clock, let data else { return 0 }
            let function = HandlerBox<Tick>.function(data)
            MainActor.assumeIsolated { function(Int64(gdk_frame_clock_get_frame_counter(clock))) }
            gtk_widget_queue_draw(widget)
            return 1  // G_SOURCE_CONTINUE: the clock keeps ticking while the window is shown
        }
        gtk_widget_add_tick_callback(widget, tick, HandlerBox<Tick>.retained(handler), HandlerBoxes.releaseData)
    }

    /// Runs `handler` with the frame's number after every frame of the widget's window is painted, from the next time
    /// the widget comes on screen (its window's frame clock is there from then). `handler` is kept as long as the clock.
    public func onAfterPaint(_ handler: @escaping @MainActor (_ frame: Int64) -> Void) {
        let widget = widget
        Signals.connectOnce(widget, "map") {
            guard let clock = gtk_widget_get_frame_clock(widget) else { return }
            _ = Signals.connect(clock, "after-paint") { handler(Int64(gdk_frame_clock_get_frame_counter(clock))) }
        }
    }
}
