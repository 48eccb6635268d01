import CGtk
import SamskapGtk

/// The C callbacks a chart needs that `Signals` does not cover: the drawing function and `query-tooltip`.
/// As everywhere, the `@convention(c)` trampolines capture nothing; the Swift closure travels boxed as user data.
@MainActor
enum ChartSignals {
    typealias Draw = @MainActor (_ cr: OpaquePointer, _ width: Int32, _ height: Int32) -> Void
    typealias Tooltip = @MainActor (_ x: Int32, _ y: Int32, _ tooltip: OpaquePointer) -> Bool



    /// Sets the drawing area's draw function (GTK keeps the box until the area goes or another function replaces it).
    static func setDrawFunction(_ area: Widget, _ handler: @escaping Draw) {
        DrawingArea.setDrawFunction(area, handler)
    }

    /// Connects `query-tooltip`; the handler fills the tooltip and returns true to show it.
    @discardableResult
    static func connectQueryTooltip(_ widget: Widget, _ handler: @escaping Tooltip) -> gulong {
        let trampoline: @convention(c) (gpointer?, Int32, Int32, gboolean, OpaquePointer?, gpointer?) -> gboolean = { _, x, y, _, tooltip, data in
            guard let data, let tooltip else { return 0 }
            let function = HandlerBox<Tooltip>.function(data)
            return MainActor.assumeIsolated { function(x, y, tooltip) } ? 1 : 0
        }
        return Signals.attach(widget, "query-tooltip", trampoline, handler)
    }
}
