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

    /// `print` for a PDF page, measured in points and read on paper or zoomed: its text may be smaller (9 pt)
    /// than on a screen, where nothing goes below 11 px (what a chart in a 1280×800 window is drawn at).
    init(width: Double, height: Double, strokeFactor: Double, print: Bool = false) {
        unit = max(0.3, min(width / 1280, height / 800))
        let floor = print ? 9.0 : 11.0
        body = max(11, 15 * unit)
        small = max(print ? 10 : 11, 12.5 * unit)
        title = max(14, 22 * unit)
        // Never shrink below the floor (or 80 % of small text at large sizes): below that nobody reads it.
        minText = max(floor, 10 * unit)
        stroke = max(1.25, 2 * unit) * strokeFactor
        hairline = max(0.75, 1 * unit) * strokeFactor
        pad = max(8, 16 * unit)
        gap = max(4, 8 * unit)
        corner = max(3, 6 * unit)
    }
}
