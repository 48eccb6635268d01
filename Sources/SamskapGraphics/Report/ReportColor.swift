import CCairo

/// An sRGB colour for the report's drawing.
struct ReportColor: Equatable, Sendable {
    var r: Double
    var g: Double
    var b: Double

    init(r: Double, g: Double, b: Double) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// From `0xRRGGBB`.
    init(hex: UInt32) {
        self.init(r: Double((hex >> 16) & 0xFF) / 255, g: Double((hex >> 8) & 0xFF) / 255, b: Double(hex & 0xFF) / 255)
    }

    /// Relative luminance, to pick dark or light text on a fill.
    var luminance: Double { 0.2126 * r + 0.7152 * g + 0.0722 * b }

    func set(on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, r, g, b)
    }
}
