import CGtk

/// The C callbacks a chart needs that `Signals` does not cover: the drawing function and `query-tooltip`.
/// As everywhere, the `@convention(c)` trampolines capture nothing; the Swift closure travels boxed as user data.
@MainActor
enum ChartSignals {
    typealias Draw = @MainActor (_ cr: OpaquePointer, _ width: Int32, _ height: Int32) -> Void
    typealias Tooltip = @MainActor (_ x: Int32, _ y: Int32, _ tooltip: OpaquePointer) -> Bool

    private static let releaseClosure: GClosureNotify = { data, _ in
        guard let data else { return }
        Unmanaged<AnyObject>.fromOpaque(data).release()
    }

    private static let releaseData: GDestroyNotify = { data in
        guard let data else { return }
        Unmanaged<AnyObject>.fromOpaque(data).release()
    }

    /// Sets the drawing area's draw function (GTK keeps the box until the area goes or another function replaces it).
    static func setDrawFunction(_ area: Widget, _ handler: @escaping Draw) {
        let trampoline: @convention(c) (UnsafeMutablePointer<GtkDrawingArea>?, OpaquePointer?, Int32, Int32, gpointer?) -> Void = { _, cr, width, height, data in
            guard let data, let cr else { return }
            let box = Unmanaged<HandlerBox<Draw>>.fromOpaque(data).takeUnretainedValue()
            MainActor.assumeIsolated { box.function(cr, width, height) }
        }
        let data = Unmanaged.passRetained(HandlerBox<Draw>(handler) as AnyObject).toOpaque()
        gtk_drawing_area_set_draw_func(UnsafeMutableRawPointer(area).assumingMemoryBound(to: GtkDrawingArea.self),
                                       trampoline, data, releaseData)
    }

    /// Connects `query-tooltip`; the handler fills the tooltip and returns true to show it.
    @discardableResult
    static func connectQueryTooltip(_ widget: Widget, _ handler: @escaping Tooltip) -> gulong {
        let trampoline: @convention(c) (gpointer?, Int32, Int32, gboolean, OpaquePointer?, gpointer?) -> gboolean = { _, x, y, _, tooltip, data in
            guard let data, let tooltip else { return 0 }
            let box = Unmanaged<HandlerBox<Tooltip>>.fromOpaque(data).takeUnretainedValue()
            return MainActor.assumeIsolated { box.function(x, y, tooltip) } ? 1 : 0
        }
        let data = Unmanaged.passRetained(HandlerBox<Tooltip>(handler) as AnyObject).toOpaque()
        return samskap_signal_connect(UnsafeMutableRawPointer(widget), "query-tooltip",
                                      unsafeBitCast(trampoline, to: GCallback.self), data, releaseClosure)
    }
}
