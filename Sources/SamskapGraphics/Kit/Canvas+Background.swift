import CCairo

/// The canvas's background, painted once and, on pixels, not under the panels a chart covers right after.
///
/// At 4K the background alone is 33 MB of writes, and the panels of a trend or indicator chart then paint
/// two thirds of it again. A chart that knows its panels before drawing anything names them, and the
/// background leaves out their insides; every pixel still ends as if the background had gone down first.
extension Canvas {
    /// A panel a chart will fill right away with an opaque colour, as `fill(rect, colour, radius:)` does.
    struct Panel {
        var rect: ChartRect
        var radius: Double
    }

    /// Holds the background back until the first thing is drawn (or `paintBackground(sparing:)`).
    func deferBackground() { backgroundPending = true }

    /// Every drawing primitive calls this first, before it starts a path.
    func drawing() {
        if backgroundPending { paintBackground(sparing: []) }
    }

    /// Paints the background now, except (on pixels) inside `panels`, which must be filled opaque before
    /// anything else is drawn over them. Nothing happens if the background is down already.
    func paintBackground(sparing panels: [Panel]) {
        guard backgroundPending else { return }
        backgroundPending = false
        let holes = isPixelAligned ? panels.compactMap(hole) : []
        guard !holes.isEmpty else { return fill(bounds, palette.background) }
        for box in Self.boxes(covering: bounds, except: holes) { rectPath(box) }
        setColor(palette.background)
        cairo_fill(cr)
    }

    /// The part of a panel its fill covers with whole opaque pixels: the full width, less the corners' rows.
    private func hole(_ panel: Panel) -> ChartRect? {
        guard panel.rect.width > 0, panel.rect.height > 0 else { return nil }
        let (s, rad) = snapped(panel.rect, radius: panel.radius)
        let inset = rad >= 1 ? rad : (panel.radius > 0.5 ? 1 : 0)
        let h = ChartRect(x: s.x, y: s.y + inset, width: s.width, height: s.height - 2 * inset)
        return h.height >= 1 ? h : nil
    }

    /// `area` less the (non-overlapping) holes, as boxes in horizontal bands.
    static func boxes(covering area: ChartRect, except holes: [ChartRect]) -> [ChartRect] {
        let clipped = holes.compactMap { h -> ChartRect? in
            let x0 = max(area.x, h.x), x1 = min(area.maxX, h.maxX), y0 = max(area.y, h.y), y1 = min(area.maxY, h.maxY)
            return x1 > x0 && y1 > y0 ? ChartRect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
        }
        let edges = Set([area.y, area.maxY] + clipped.flatMap { [$0.y, $0.maxY] }).sorted()
        var out: [ChartRect] = []
        for (top, bottom) in zip(edges, edges.dropFirst()) {
            let across = clipped.filter { $0.y < bottom && $0.maxY > top }.sorted { $0.x < $1.x }
            var x = area.x
            for h in across {
                if h.x > x { out.append(ChartRect(x: x, y: top, width: h.x - x, height: bottom - top)) }
                x = max(x, h.maxX)
            }
            if area.maxX > x { out.append(ChartRect(x: x, y: top, width: area.maxX - x, height: bottom - top)) }
        }
        return out
    }
}
