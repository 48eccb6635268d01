import CGtk

/// A widget drawn with cairo by Swift code (GtkDrawingArea).
@MainActor
public final class DrawingArea: GtkView {
    /// The draw function: cairo context, width and height in pixels.
    public typealias Draw = @MainActor (_ cr: OpaquePointer, _ width: Int32, _ height: Int32) -> Void

    /// An empty area; it draws nothing until `onDraw`.
    public init() { super.init(gtk_drawing_area_new()!) }

    /// Draws with `handler` and `owner` (held weakly: GTK keeps the function as long as the area); nothing once it has gone.
    public func onDraw<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, OpaquePointer, Int32, Int32) -> Void) {
        let draw: Draw = { [weak owner] cr, width, height in
            guard let owner else { return }
            handler(owner, cr, width, height)
        }
        // GTK keeps the function until the area goes or another function replaces it.
        let trampoline: @convention(c) (UnsafeMutablePointer<GtkDrawingArea>?, OpaquePointer?, Int32, Int32, gpointer?) -> Void = { _, cr, width, height, data in
            guard let data, let cr else { return }
            let function = HandlerBox<Draw>.function(data)
            MainActor.assumeIsolated { function(cr, width, height) }
        }
        gtk_drawing_area_set_draw_func(UnsafeMutableRawPointer(widget).assumingMemoryBound(to: GtkDrawingArea.self),
                                       trampoline, HandlerBox<Draw>.retained(draw), HandlerBoxes.releaseData)
    }

    /// Asks for the area to be drawn again.
    public func queueDraw() { gtk_widget_queue_draw(widget) }

    /// Fills a rectangle with a colour (red, green, blue and alpha from 0 to 1): a frame or a shadow under a drawing.
    public static func fill(_ cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double,
                            red: Double, green: Double, blue: Double, alpha: Double) {
        cairo_set_source_rgba(cr, red, green, blue, alpha)
        cairo_rectangle(cr, x, y, width, height)
        cairo_fill(cr)
    }

    /// Paints the whole area (its clip) in one colour (red, green and blue from 0 to 1): the background.
    public static func paint(_ cr: OpaquePointer, red: Double, green: Double, blue: Double) {
        cairo_set_source_rgb(cr, red, green, blue)
        cairo_paint(cr)
    }
}
