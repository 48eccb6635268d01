import FoundationEssentials
import Glibc

/// Lines and polylines painted straight into a `PixelTarget`, for charts' series on images.
///
/// cairo's scan converter walks every pixel an edge crosses within each row, so long gently sloping lines
/// (a trend's series, an indicator's hundred measurements) were its worst case and a third of a 4K draw.
/// Here a mostly flat segment is cut into one-pixel columns and a steep one into rows: each column holds
/// the line's exact vertical extent (through the column's centre), so a pixel costs a subtraction rather
/// than a distance. Coverage is collected per line as the largest of its segments' (no seams where they
/// meet), then blended once. Joins are where the slices of both segments meet, with a round dot where the
/// line turns back or changes between flat and steep; ends and dashes end square.
enum PixelStroke {
    /// Largest bounding box (pixels) worth a coverage mask.
    static let maxMaskArea = 1 << 19

    /// Strokes `points` (user space) in `color`; `dash` alternates on and off lengths from the first point.
    /// Returns false, having drawn nothing, when the line is better left to cairo.
    static func polyline(_ points: [(Double, Double)], on target: PixelTarget, color: ChartColor, width: Double,
                         closed: Bool, dash: [Double]) -> Bool {
        guard points.count > 1, width > 0, color.a > 0 else { return true }
        let device = points.map { ($0.0 + target.dx, $0.1 + target.dy) }
        let pieces: [(points: [(Double, Double)], closed: Bool)] = dash.isEmpty || dash.reduce(0, +) <= 0
            ? [(device, closed)]
            : dashed(device, closed: closed, pattern: dash).map { ($0, false) }
        let reach = width / 2 + 2
        let xs = device.map(\.0), ys = device.map(\.1)
        let x0 = max(target.x0, Int((xs.min()! - reach).rounded(.down))), x1 = min(target.x1, Int((xs.max()! + reach).rounded(.up)))
        let y0 = max(target.y0, Int((ys.min()! - reach).rounded(.down))), y1 = min(target.y1, Int((ys.max()! + reach).rounded(.up)))
        guard x1 > x0, y1 > y0 else { return true }
        // A ring around a radar chart would need a mask the size of the chart: cairo does those better.
        guard (x1 - x0) * (y1 - y0) <= maxMaskArea else { return false }
        let mask = Mask(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        defer { mask.free() }
        let half = width / 2
        for piece in pieces {
            let p = piece.points
            let n = p.count
            guard n > 1 else { continue }
            let count = piece.closed ? n : n - 1
            for i in 0..<count {
                let a = p[i], b = p[(i + 1) % n]
                let startsPiece = !piece.closed && i == 0, endsPiece = !piece.closed && i == count - 1
                segment(a, b, half: half, squareStart: startsPiece, squareEnd: endsPiece, into: mask)
                // Where the line turns back or goes from flat to steep the slices leave a notch: a dot fills it.
                let hasNext = piece.closed || i + 1 < count
                if hasNext {
                    let c = p[(i + 2) % n]
                    if turns(a, b, c) { dot(b, radius: half, into: mask) }
                }
            }
        }
        mask.blend(onto: target, color: color)
        return true
    }

    /// Whether the line a→b→c turns back along its main axis or switches between flat and steep at b.
    private static func turns(_ a: (Double, Double), _ b: (Double, Double), _ c: (Double, Double)) -> Bool {
        let d1 = (b.0 - a.0, b.1 - a.1), d2 = (c.0 - b.0, c.1 - b.1)
        let flat1 = abs(d1.0) >= abs(d1.1), flat2 = abs(d2.0) >= abs(d2.1)
        guard flat1 == flat2 else { return true }
        return flat1 ? d1.0 * d2.0 < 0 : d1.1 * d2.1 < 0
    }

    /// One segment as slices across its main axis; square ends cut at the exact end, others take the whole
    /// last pixel so the next segment's slices meet them without a seam.
    private static func segment(_ a: (Double, Double), _ b: (Double, Double), half: Double, squareStart: Bool, squareEnd: Bool,
                                into mask: Mask) {
        let dx = b.0 - a.0, dy = b.1 - a.1
        guard dx != 0 || dy != 0 else { return }
        let flat = abs(dx) >= abs(dy)
        // Work in (u, v): u along the main axis, v across it.
        let (ua, va, ub, vb) = flat ? (a.0, a.1, b.0, b.1) : (a.1, a.0, b.1, b.0)
        let (u0, v0, u1, v1, square0, square1) = ua <= ub ? (ua, va, ub, vb, squareStart, squareEnd) : (ub, vb, ua, va, squareEnd, squareStart)
        let slope = u1 > u0 ? (v1 - v0) / (u1 - u0) : 0
        let thickness = half * (1 + slope * slope).squareRoot()
        let first = Int(u0.rounded(.down)), last = Int(u1.rounded(.up)) - 1
        for k in first...max(first, last) {
            let lo = Double(k), hi = lo + 1
            var share = 1.0
            if square0 { share -= max(0, min(1, u0 - lo)) }
            if square1 { share -= max(0, min(1, hi - u1)) }
            guard share > 0 else { continue }
            let um = min(max(lo + 0.5, u0), u1)
            let vc = v0 + (um - u0) * slope
            mask.slice(flat: flat, at: k, from: vc - thickness, to: vc + thickness, share: share)
        }
    }

    /// A round dot (a join) as slices of a disc.
    private static func dot(_ c: (Double, Double), radius: Double, into mask: Mask) {
        let first = Int((c.0 - radius).rounded(.down)), last = Int((c.0 + radius).rounded(.up)) - 1
        guard first <= last else { return }
        for k in first...last {
            let lo = Double(k), hi = lo + 1
            let share = min(hi, c.0 + radius) - max(lo, c.0 - radius)
            // The disc's extent through the column's centre (or its nearest point to the centre).
            let du = min(max(lo + 0.5, c.0 - radius), c.0 + radius) - c.0
            let h = max(0, radius * radius - du * du).squareRoot()
            mask.slice(flat: true, at: k, from: c.1 - h, to: c.1 + h, share: min(1, share))
        }
    }

    /// The "on" stretches of a dash pattern along a path, as separate open paths.
    static func dashed(_ points: [(Double, Double)], closed: Bool, pattern: [Double]) -> [[(Double, Double)]] {
        let path = closed ? points + [points[0]] : points
        var pieces: [[(Double, Double)]] = []
        var current: [(Double, Double)] = []
        var index = 0
        var left = pattern[0]
        var on = true
        for i in 0..<(path.count - 1) {
            let a = path[i], b = path[i + 1]
            let length = hypot(b.0 - a.0, b.1 - a.1)
            var at = 0.0
            if on && current.isEmpty { current.append(a) }
            while length - at > left {
                at += left
                let p = (a.0 + (b.0 - a.0) * at / length, a.1 + (b.1 - a.1) * at / length)
                if on {
                    current.append(p)
                    pieces.append(current)
                    current = []
                } else {
                    current = [p]
                }
                on.toggle()
                index = (index + 1) % pattern.count
                left = pattern[index]
            }
            left -= length - at
            if on { current.append(b) }
        }
        if on && current.count > 1 { pieces.append(current) }
        // A dash running through the closing point continues round the corner, as cairo joins it.
        if closed, pieces.count > 1, let first = pieces.first, let last = pieces.last,
           first[0] == path[0], last.last! == path[0] {
            pieces[0] = last + first.dropFirst()
            pieces.removeLast()
        }
        return pieces
    }
}

/// A line's coverage over its bounding box, 0–255 a pixel.
private struct Mask {
    let x: Int, y: Int, width: Int, height: Int
    let cells: UnsafeMutablePointer<UInt8>

    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        // Whole 8-byte words per row, so `blend` can skip empty stretches a word at a time.
        cells = .allocate(capacity: width * height + 8)
        cells.initialize(repeating: 0, count: width * height + 8)
    }

    func free() { cells.deallocate() }

    // Whole-pixel bounds without a call into libm: a line has a few thousand slices.
    @inline(__always)
    private func floor(_ v: Double) -> Int {
        let t = Int(v)
        return v < Double(t) ? t - 1 : t
    }

    @inline(__always)
    private func ceiling(_ v: Double) -> Int {
        let t = Int(v)
        return v > Double(t) ? t + 1 : t
    }

    /// Coverage of the slice `k` (a column when `flat`, else a row) between `from` and `to` across it, times `share`.
    func slice(flat: Bool, at k: Int, from: Double, to: Double, share: Double) {
        let first = floor(from), last = ceiling(to) - 1
        let along = k - (flat ? x : y), origin = flat ? y : x, extent = flat ? height : width
        guard first <= last, along >= 0, along < (flat ? width : height) else { return }
        let lo = max(first, origin), hi = min(last, origin + extent - 1)
        guard lo <= hi else { return }
        let step = flat ? width : 1
        let start = flat ? (lo - y) * width + along : along * width + (lo - x)
        @inline(__always) func put(_ j: Int, _ cover: Double) {
            guard cover > 0 else { return }
            let level = UInt8(min(255, cover * 255 + 0.5))
            let i = start + (j - lo) * step
            if level > cells[i] { cells[i] = level }
        }
        guard first < last else { return put(first, (to - from) * share) }
        // The two ends take part of their pixel; everything between takes the whole share.
        if lo == first { put(first, (Double(first + 1) - from) * share) }
        if hi == last { put(last, (to - Double(last)) * share) }
        let inner = max(lo, first + 1), outer = min(hi, last - 1)
        guard inner <= outer else { return }
        let whole: UInt8 = share >= 1 ? 255 : UInt8(min(255, share * 255 + 0.5))
        var i = start + (inner - lo) * step
        for _ in inner...outer {
            if whole > cells[i] { cells[i] = whole }
            i += step
        }
    }

    /// Premultiplied OVER of `color` through the coverage onto the target's pixels.
    func blend(onto target: PixelTarget, color: ChartColor) {
        let alpha = min(1, color.a)
        func level(_ v: Double) -> UInt32 { UInt32(min(255, max(0, v * alpha * 255 + 0.5))) }
        let source = UInt32(alpha * 255 + 0.5) << 24 | level(color.r) << 16 | level(color.g) << 8 | level(color.b)
        let opaque = alpha >= 1
        for row in 0..<height {
            let pixels = UnsafeMutableRawPointer(target.data + (y + row) * target.stride).assumingMemoryBound(to: UInt32.self) + x
            let base = cells + row * width
            var i = 0
            while i < width {
                // Eight empty cells at a time: a flat line touches a row here and there along its width.
                if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) == 0 {
                    i += 8
                    continue
                }
                let end = min(width, i + 8)
                while i < end {
                    let c = UInt32(base[i])
                    if c != 0 {
                        pixels[i] = c == 255 && opaque ? source : PixelMath.over(source, coverage: c, onto: pixels[i])
                    }
                    i += 1
                }
            }
        }
        target.markDirty(x, y, width, height)
    }
}
