/// Type sizes, strokes and spacing for a canvas size: everything scales with the canvas, within readable limits.
struct ChartMetrics {
    /// 1 at 1280×800; 3 at 3840×2400.
    let unit: Double
    let body: Double
    let small: Double
    let title: Double
    let minText: Double
    let stroke: Double
    let hairline: Double
    let pad: Double
    let gap: Double
    let corner: Double

    init(width: Double, height: Double, strokeFactor: Double) {
        unit = max(0.3, min(width / 1280, height / 800))
        body = max(11, 15 * unit)
        small = max(10, 12.5 * unit)
        title = max(14, 22 * unit)
        // Never shrink below 9 px (or 80 % of small text at large sizes): below that nobody reads it.
        minText = max(9, 10 * unit)
        stroke = max(1.25, 2 * unit) * strokeFactor
        hairline = max(0.75, 1 * unit) * strokeFactor
        pad = max(8, 16 * unit)
        gap = max(4, 8 * unit)
        corner = max(3, 6 * unit)
    }
}
