import CCairo
import SamskapCore

/// Draws an indicator status as a shape in its colour; the word is always printed beside it.
enum StatusMark {
    static func color(_ status: IndicatorStatus) -> ReportColor {
        switch status {
        case .onTrack: ReportColor(hex: 0x0072B2)
        case .behind: ReportColor(hex: 0xD55E00)
        case .noData: ReportColor(hex: 0x8A949E)
        case .described: ReportColor(hex: 0xCC79A7)
        }
    }

    /// Draws the mark centred at (cx, cy) with the given size.
    static func draw(_ status: IndicatorStatus, on cr: OpaquePointer, cx: Double, cy: Double, size: Double = 7) {
        let r = size / 2
        color(status).set(on: cr)
        cairo_new_path(cr)
        switch status {
        case .onTrack:
            cairo_arc(cr, cx, cy, r, 0, 2 * .pi)
            cairo_fill(cr)
        case .behind:
            cairo_move_to(cr, cx, cy - r * 1.1)
            cairo_line_to(cr, cx + r * 1.1, cy + r * 0.9)
            cairo_line_to(cr, cx - r * 1.1, cy + r * 0.9)
            cairo_close_path(cr)
            cairo_fill(cr)
        case .noData:
            cairo_set_line_width(cr, 1.2)
            cairo_arc(cr, cx, cy, r - 0.6, 0, 2 * .pi)
            cairo_stroke(cr)
        case .described:
            cairo_move_to(cr, cx, cy - r)
            cairo_line_to(cr, cx + r, cy)
            cairo_line_to(cr, cx, cy + r)
            cairo_line_to(cr, cx - r, cy)
            cairo_close_path(cr)
            cairo_fill(cr)
        }
    }
}
