import CGtk

/// The tooltip being filled for a point of a widget (GtkTooltip), valid only while the query handler runs.
@MainActor
public struct TooltipQuery {
    fileprivate let tooltip: OpaquePointer

    /// The text shown.
    public func setText(_ text: String) { gtk_tooltip_set_text(tooltip, text) }

    /// The rectangle of the widget the tooltip belongs to: moving out of it asks again.
    public func setArea(x: Double, y: Double, width: Double, height: Double) {
        var area = GdkRectangle(x: Int32(x.rounded(.down)), y: Int32(y.rounded(.down)),
                                width: Int32(width.rounded(.up)), height: Int32(height.rounded(.up)))
        gtk_tooltip_set_tip_area(tooltip, &area)
    }
}

extension GtkView {
    /// Asks `handler` with `owner` (held weakly) for a tooltip at each point the pointer rests on (x, y in the widget's
    /// pixels); it fills the query and returns true to show it, false for none there.
    public func onQueryTooltip<Owner: AnyObject>(_ owner: Owner,
                                                 _ handler: @escaping @MainActor (Owner, Double, Double, TooltipQuery) -> Bool) {
        typealias Query = @MainActor (Int32, Int32, OpaquePointer) -> Bool
        gtk_widget_set_has_tooltip(widget, 1)
        let query: Query = { [weak owner] x, y, tooltip in
            guard let owner else { return false }
            return handler(owner, Double(x), Double(y), TooltipQuery(tooltip: tooltip))
        }
        let trampoline: @convention(c) (gpointer?, Int32, Int32, gboolean, OpaquePointer?, gpointer?) -> gboolean = { _, x, y, _, tooltip, data in
            guard let data, let tooltip else { return 0 }
            let function = HandlerBox<Query>.function(data)
            return MainActor.assumeIsolated { function(x, y, tooltip) } ? 1 : 0
        }
        Signals.attach(widget, "query-tooltip", trampoline, query)
    }
}
