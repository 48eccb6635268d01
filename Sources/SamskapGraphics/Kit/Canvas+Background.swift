import CCairo
import Dispatch

/// The canvas's background, painted once, and on pixels together with the insides of the panels on it.
///
/// At 4K the background alone is 33 MB of writes, and the panels of a trend or indicator chart then painted
/// two thirds of it again, in short strided rows, the slowest way memory takes writes. A chart that knows its
/// panels before drawing anything names them, and on pixels the background and the panels' opaque insides go
/// down in one pass, each row written once from left to right; filling such a panel afterwards paints only
/// its rounded ends. Every pixel ends as it did with the background and then the panels painted.
extension Canvas {
    /// A panel a chart fills with `fill(rect, color, radius:)` before anything else is drawn on it.
    struct Panel: Equatable {
        var rect: ChartRect
        var radius: Double
        var color: ChartColor
    }

    /// Holds the background back until the first thing is drawn (or `paintBackground(with:)`).
    func deferBackground() { backgroundPending = true }

    /// Every drawing primitive calls this first, before it starts a path.
    func drawing() {
        if backgroundPending { paintBackground(with: []) }
    }

    /// Paints the background now, and on pixels the insides of `panels` (opaque ones with whole-pixel corners)
    /// with it. Nothing happens if the background is down already.
    func paintBackground(with panels: [Panel]) {
        guard backgroundPending else { return }
        backgroundPending = false
        guard palette.background.a >= 1, let target = pixelTarget() else { return fill(bounds, palette.background) }
        var insides: [(ChartRect, UInt32)] = []
        for panel in panels where panel.color.a >= 1 && panel.rect.width > 0 && panel.rect.height > 0 {
            let (s, rad) = snapped(panel.rect, radius: panel.radius)
            guard rad >= 1 || panel.radius <= 0.5, s.height > 2 * rad else { continue }
            insides.append((ChartRect(x: s.x + target.dx, y: s.y + rad + target.dy, width: s.width, height: s.height - 2 * rad),
                            Self.pixel(panel.color)))
            prepainted.append(panel)
        }
        Self.paintRows(target, background: Self.pixel(palette.background), insides: insides)
    }

    /// Fills what a prepainted panel's inside left: the strips and corners above and below it.
    /// Returns false when `r` is not such a panel.
    func fillPrepainted(_ r: ChartRect, _ color: ChartColor, radius: Double) -> Bool {
        guard let i = prepainted.firstIndex(of: Panel(rect: r, radius: radius, color: color)) else { return false }
        prepainted.remove(at: i)
        let (s, rad) = snapped(r, radius: radius)
        guard rad >= 1 else { return true }
        setColor(color)
        cairo_rectangle(cr, s.x + rad, s.y, s.width - 2 * rad, rad)
        cairo_rectangle(cr, s.x + rad, s.maxY - rad, s.width - 2 * rad, rad)
        cairo_fill(cr)
        fillCorners(of: s, radius: rad)
        return true
    }

    /// An opaque colour as cairo stores it in a pixel (through 16-bit components, as it converts them).
    private static func pixel(_ c: ChartColor) -> UInt32 {
        func channel(_ v: Double) -> UInt32 { UInt32(min(65535, max(0, v * 65535 + 0.5))) >> 8 }
        return 0xFF00_0000 | channel(c.r) << 16 | channel(c.g) << 8 | channel(c.b)
    }

    /// The target's clip, row by row: the background, and each inside (device pixels, not overlapping) in its colour.
    private static func paintRows(_ target: PixelTarget, background: UInt32, insides: [(ChartRect, UInt32)]) {
        guard target.x1 > target.x0, target.y1 > target.y0 else { return }
        let spans = insides.compactMap { r, colour -> (x0: Int, x1: Int, y0: Int, y1: Int, colour: UInt32)? in
            let x0 = max(target.x0, Int(r.x)), x1 = min(target.x1, Int(r.maxX))
            let y0 = max(target.y0, Int(r.y)), y1 = min(target.y1, Int(r.maxY))
            return x0 < x1 && y0 < y1 ? (x0, x1, y0, y1, colour) : nil
        }.sorted { $0.x0 < $1.x0 }
        // Two bands of rows on two cores for a large image: one core's stores do not fill the memory bus.
        // Each band writes only its own rows, and nothing else runs on the surface meanwhile.
        let height = target.y1 - target.y0
        let bands = height * (target.x1 - target.x0) >= 1 << 20 ? 2 : 1
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            for y in (target.y0 + height * band / bands)..<(target.y0 + height * (band + 1) / bands) {
                let row = UnsafeMutableRawPointer(target.data + y * target.stride).assumingMemoryBound(to: UInt32.self)
                var x = target.x0
                for s in spans where s.y0 <= y && y < s.y1 && s.x0 >= x {
                    if s.x0 > x { fill(row + x, background, s.x0 - x) }
                    fill(row + s.x0, s.colour, s.x1 - s.x0)
                    x = s.x1
                }
                if target.x1 > x { fill(row + x, background, target.x1 - x) }
            }
        }
        target.markDirty(target.x0, target.y0, target.x1 - target.x0, target.y1 - target.y0)
    }

    /// `count` pixels of one value.
    @inline(__always)
    private static func fill(_ start: UnsafeMutablePointer<UInt32>, _ value: UInt32, _ count: Int) {
        samskap_fill_pixels(start, value, count)
    }
}
