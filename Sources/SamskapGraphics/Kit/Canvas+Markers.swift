import CCairo

extension Canvas {
    /// A marker of a shape centred on a point; `size` is its full width. Filled, with an outline in `outline`.
    func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double, fill: ChartColor, outline: ChartColor? = nil) {
        markers(shape, at: [(x, y)], size: size, fill: fill, outline: outline)
    }

    /// Many markers of one kind. Outlined markers are two fills (the outline's colour grown by half the
    /// outline's width, then the fill shrunk by as much) rather than a fill and a stroke: the same pixels,
    /// but cairo's stroker was most of a 4K trend chart's time.
    func markers(_ shape: MarkerShape, at points: [(Double, Double)], size: Double, fill: ChartColor, outline: ChartColor? = nil) {
        guard !points.isEmpty else { return }
        drawing()
        let style = MarkerStyle(shape: shape, size: size, fill: fill, outline: outline, ring: max(metrics.hairline, size * 0.16) / 2)
        // On pixels, stamped from a small image cairo drew once (see `MarkerStamps`).
        if let target = pixelTarget() {
            MarkerStamps.shared.stamp(style, at: points.map { ($0.0 + target.dx, $0.1 + target.dy) }, on: target)
            return
        }
        Self.paint(style, at: points, on: cr)
    }

    /// Draws markers with cairo on any context.
    static func paint(_ style: MarkerStyle, at points: [(Double, Double)], on cr: OpaquePointer) {
        let h = style.size / 2
        func set(_ c: ChartColor) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }
        if style.shape == .ring {
            // A hollow ring: "no data" must not look like a value. Outer circles one way, inner ones the other.
            let w = style.ring
            for (x, y) in points {
                cairo_new_sub_path(cr)
                cairo_arc(cr, x, y, h + w, 0, 2 * Double.pi)
                cairo_close_path(cr)
                cairo_new_sub_path(cr)
                cairo_arc_negative(cr, x, y, max(0, h - w), 2 * Double.pi, 0)
                cairo_close_path(cr)
            }
            set(style.fill)
            cairo_fill(cr)
            return
        }
        if let outline = style.outline {
            let d = max(0.75, style.size * 0.08) / 2
            markerPaths(style.shape, points, h: h, offset: d, on: cr)
            set(outline)
            cairo_fill(cr)
            markerPaths(style.shape, points, h: h, offset: -d, on: cr)
        } else {
            markerPaths(style.shape, points, h: h, offset: 0, on: cr)
        }
        set(style.fill)
        cairo_fill(cr)
    }

    /// The markers' outlines as one path, grown (or shrunk) by `offset` on every side.
    private static func markerPaths(_ shape: MarkerShape, _ points: [(Double, Double)], h: Double, offset d: Double, on cr: OpaquePointer) {
        // Unit shapes around (0, 0) with half-size 1; polygons are grown along their edges' normals.
        let polygon: [(Double, Double)]
        switch shape {
        case .circle, .ring:
            for (x, y) in points {
                cairo_new_sub_path(cr)
                cairo_arc(cr, x, y, max(0, h + d), 0, 2 * Double.pi)
                cairo_close_path(cr)
            }
            return
        case .square:
            let k = max(0, h * 0.88 + d)
            for (x, y) in points { cairo_rectangle(cr, x - k, y - k, 2 * k, 2 * k) }
            return
        case .triangle: polygon = [(0, -1), (1, 0.8), (-1, 0.8)]
        case .diamond: polygon = [(0, -1), (1, 0), (0, 1), (-1, 0)]
        case .cross:
            let k = 0.35
            polygon = [(-k, -1), (k, -1), (k, -k), (1, -k), (1, k), (k, k), (k, 1), (-k, 1), (-k, k), (-1, k), (-1, -k), (-k, -k)]
        }
        let grown = Self.offset(polygon.map { ($0.0 * h, $0.1 * h) }, by: d)
        for (x, y) in points {
            cairo_move_to(cr, x + grown[0].0, y + grown[0].1)
            for p in grown.dropFirst() { cairo_line_to(cr, x + p.0, y + p.1) }
            cairo_close_path(cr)
        }
    }

    /// A polygon around (0, 0) moved out by `d` along its edges' normals (mitred corners, as a stroke draws them).
    static func offset(_ p: [(Double, Double)], by d: Double) -> [(Double, Double)] {
        guard d != 0, p.count >= 3 else { return p }
        let n = p.count
        func normal(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
            let dx = b.0 - a.0, dy = b.1 - a.1
            let len = max(1e-9, (dx * dx + dy * dy).squareRoot())
            var nx = dy / len, ny = -dx / len
            // Outward: away from the centre (the shapes are star-shaped around it).
            let mx = (a.0 + b.0) / 2, my = (a.1 + b.1) / 2
            if nx * mx + ny * my < 0 { nx = -nx; ny = -ny }
            return (nx, ny)
        }
        return (0..<n).map { i in
            let n1 = normal(p[(i + n - 1) % n], p[i])
            let n2 = normal(p[i], p[(i + 1) % n])
            let k = d / max(0.2, 1 + n1.0 * n2.0 + n1.1 * n2.1)
            return (p[i].0 + k * (n1.0 + n2.0), p[i].1 + k * (n1.1 + n2.1))
        }
    }
}
