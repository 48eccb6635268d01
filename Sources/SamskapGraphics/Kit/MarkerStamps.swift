import CCairo
import FoundationEssentials
import Synchronization

/// Markers on pixels, each copied from a small image cairo drew once per look and quarter-pixel offset.
///
/// An indicator chart at 4K has a hundred or so small outlined markers, and each cost cairo two scan
/// conversions over its box; copying twenty-odd premultiplied pixels a row is a fraction of that. The
/// stamp is drawn by the same path code at the marker's position within its pixel, to a quarter of a
/// pixel, so the marker lands within an eighth of a pixel of where cairo would put it.
final class MarkerStamps: @unchecked Sendable {
    static let shared = MarkerStamps()

    private struct Key: Hashable {
        let style: MarkerStyle
        let dx: Int, dy: Int
    }

    private struct Stamp {
        let width: Int, height: Int
        /// The stamp's top left corner relative to the marker's pixel.
        let left: Int, top: Int
        /// Only the marker's box: the drawing surface's empty margin is cut off.
        let pixels: [UInt32]
    }

    private let stamps = Mutex<[Key: Stamp]>([:])
    /// Plenty for every marker of every chart at a few sizes; cleared wholesale when full.
    private let limit = 4000

    /// Copies markers centred on device points onto the target, within its clip.
    func stamp(_ style: MarkerStyle, at points: [(Double, Double)], on target: PixelTarget) {
        // A strip of a hundred notes shares one style: look each offset's stamp up once, not every marker.
        var found = [Stamp?](repeating: nil, count: 16)
        for (x, y) in points {
            let fx = x.rounded(.down), fy = y.rounded(.down)
            var qx = Int(((x - fx) * 4).rounded()), qy = Int(((y - fy) * 4).rounded())
            var ix = Int(fx), iy = Int(fy)
            if qx == 4 { qx = 0; ix += 1 }
            if qy == 4 { qy = 0; iy += 1 }
            let stamp = found[qx * 4 + qy] ?? self.stamp(Key(style: style, dx: qx, dy: qy))
            found[qx * 4 + qy] = stamp
            copy(stamp, x: ix, y: iy, on: target)
        }
    }

    private func copy(_ stamp: Stamp, x ix: Int, y iy: Int, on target: PixelTarget) {
        let left = ix + stamp.left, top = iy + stamp.top
        let x0 = max(target.x0, left), x1 = min(target.x1, left + stamp.width)
        let y0 = max(target.y0, top), y1 = min(target.y1, top + stamp.height)
        guard x0 < x1, y0 < y1 else { return }
        stamp.pixels.withUnsafeBufferPointer { source in
            for row in y0..<y1 {
                let pixels = UnsafeMutableRawPointer(target.data + row * target.stride).assumingMemoryBound(to: UInt32.self)
                let from = (row - top) * stamp.width - left
                for column in x0..<x1 {
                    let s = source[from + column]
                    if s != 0 { pixels[column] = PixelMath.over(s, onto: pixels[column]) }
                }
            }
        }
        target.markDirty(x0, y0, x1 - x0, y1 - y0)
    }

    private func stamp(_ key: Key) -> Stamp {
        stamps.withLock { stamps in
            if let hit = stamps[key] { return hit }
            if stamps.count >= limit { stamps.removeAll(keepingCapacity: true) }
            let made = Self.draw(key)
            stamps[key] = made
            return made
        }
    }

    /// Draws the marker with cairo, at the quarter-pixel offset, on a transparent square just large enough.
    private static func draw(_ key: Key) -> Stamp {
        let style = key.style
        let reach = style.size / 2 + style.ring + max(0.75, style.size * 0.08) + 2
        let pad = Int(reach.rounded(.up))
        let side = 2 * pad + 1
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(side), Int32(side))!
        let cr = cairo_create(surface)!
        // As the canvas draws on pixels (see `Canvas.init`).
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST)
        let centre = (Double(pad) + Double(key.dx) / 4, Double(pad) + Double(key.dy) / 4)
        Canvas.paint(style, at: [centre], on: cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        defer { cairo_surface_destroy(surface) }
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return Stamp(width: 0, height: 0, left: 0, top: 0, pixels: []) }
        func pixel(_ column: Int, _ row: Int) -> UInt32 {
            UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)[column]
        }
        var x0 = side, x1 = -1, y0 = side, y1 = -1
        for row in 0..<side {
            for column in 0..<side where pixel(column, row) != 0 {
                x0 = min(x0, column); x1 = max(x1, column); y0 = min(y0, row); y1 = max(y1, row)
            }
        }
        guard x0 <= x1 else { return Stamp(width: 0, height: 0, left: 0, top: 0, pixels: []) }
        var pixels: [UInt32] = []
        pixels.reserveCapacity((x1 - x0 + 1) * (y1 - y0 + 1))
        for row in y0...y1 {
            for column in x0...x1 { pixels.append(pixel(column, row)) }
        }
        return Stamp(width: x1 - x0 + 1, height: y1 - y0 + 1, left: x0 - pad, top: y0 - pad, pixels: pixels)
    }
}
