import CCairo
import Foundation
import SamskapCore

/// A cairo context with the chart's palette, metrics and language, and the record of every label drawn.
///
/// Charts draw only through this, in user space from (0, 0) to (width, height), so the same code paints a
/// widget, an image, an SVG or a PDF page wherever the caller translated the context to.
final class Canvas {
    let cr: OpaquePointer
    let width: Double
    let height: Double
    let palette: ChartPalette
    let metrics: ChartMetrics
    let language: Language
    let text: TextEngine
    private(set) var labels: [ChartLabel] = []
    var isEmptyState = false

    init(cr: OpaquePointer, width: Double, height: Double, theme: ChartTheme, language: Language, text: TextEngine) {
        self.cr = cr
        self.width = width
        self.height = height
        self.palette = theme.palette
        self.metrics = ChartMetrics(width: width, height: height, strokeFactor: theme.palette.strokeFactor)
        self.language = language
        self.text = text
    }

    var bounds: ChartRect { ChartRect(x: 0, y: 0, width: width, height: height) }

    /// A text in the chart's language.
    func t(_ text: LocalizedText) -> String { text.text(language) }

    // MARK: Styles

    var bodyStyle: TextStyle { TextStyle(size: metrics.body, minSize: metrics.minText, color: palette.text) }
    var smallStyle: TextStyle { TextStyle(size: metrics.small, minSize: metrics.minText, color: palette.muted) }
    var titleStyle: TextStyle { TextStyle(size: metrics.title, minSize: metrics.body, weight: .bold, color: palette.text) }

    // MARK: Paths and fills

    func setColor(_ c: ChartColor) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }

    func rectPath(_ r: ChartRect) { cairo_rectangle(cr, r.x, r.y, r.width, r.height) }

    func roundedPath(_ r: ChartRect, radius: Double) {
        let rad = min(radius, r.width / 2, r.height / 2)
        guard rad > 0.5 else { return rectPath(r) }
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - rad, r.y + rad, rad, -Double.pi / 2, 0)
        cairo_arc(cr, r.maxX - rad, r.maxY - rad, rad, 0, Double.pi / 2)
        cairo_arc(cr, r.x + rad, r.maxY - rad, rad, Double.pi / 2, Double.pi)
        cairo_arc(cr, r.x + rad, r.y + rad, rad, Double.pi, 1.5 * Double.pi)
        cairo_close_path(cr)
    }

    func fill(_ r: ChartRect, _ color: ChartColor, radius: Double = 0) {
        guard r.width > 0, r.height > 0 else { return }
        // Whole pixels let cairo fill boxes without coverage spans: at 4K that is most of a chart's time.
        let x0 = r.x.rounded(), y0 = r.y.rounded()
        let snapped = ChartRect(x: x0, y: y0, width: max(1, r.maxX.rounded() - x0), height: max(1, r.maxY.rounded() - y0))
        radius > 0 ? roundedPath(snapped, radius: radius) : rectPath(snapped)
        setColor(color)
        cairo_fill(cr)
    }

    func stroke(_ r: ChartRect, _ color: ChartColor, width: Double, radius: Double = 0, dash: [Double] = []) {
        guard r.width > 0, r.height > 0 else { return }
        radius > 0 ? roundedPath(r, radius: radius) : rectPath(r)
        strokeCurrent(color, width: width, dash: dash)
    }

    func strokeCurrent(_ color: ChartColor, width: Double, dash: [Double] = []) {
        setColor(color)
        cairo_set_line_width(cr, width)
        if !dash.isEmpty { dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) } }
        cairo_stroke(cr)
        if !dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) }
    }

    func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ color: ChartColor, width: Double, dash: [Double] = []) {
        cairo_move_to(cr, x0, y0)
        cairo_line_to(cr, x1, y1)
        strokeCurrent(color, width: width, dash: dash)
    }

    func polylinePath(_ points: [(Double, Double)], closed: Bool) {
        guard let first = points.first else { return }
        cairo_move_to(cr, first.0, first.1)
        for p in points.dropFirst() { cairo_line_to(cr, p.0, p.1) }
        if closed { cairo_close_path(cr) }
    }

    func polyline(_ points: [(Double, Double)], _ color: ChartColor, width: Double, closed: Bool = false, dash: [Double] = []) {
        guard points.count > 1 else { return }
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        polylinePath(points, closed: closed)
        strokeCurrent(color, width: width, dash: dash)
    }

    func fillPolygon(_ points: [(Double, Double)], _ color: ChartColor) {
        guard points.count > 2 else { return }
        polylinePath(points, closed: true)
        setColor(color)
        cairo_fill(cr)
    }

    /// A marker of a shape centred on a point; `size` is its full width. Filled, with an outline in `outline`.
    func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double, fill: ChartColor, outline: ChartColor? = nil) {
        markers(shape, at: [(x, y)], size: size, fill: fill, outline: outline)
    }

    /// Many markers as one path: one fill and one stroke instead of one per point, which matters for long series.
    func markers(_ shape: MarkerShape, at points: [(Double, Double)], size: Double, fill: ChartColor, outline: ChartColor? = nil) {
        guard !points.isEmpty else { return }
        let h = size / 2
        for (x, y) in points {
            switch shape {
            case .circle, .ring:
                cairo_new_sub_path(cr)
                cairo_arc(cr, x, y, h, 0, 2 * Double.pi)
                cairo_close_path(cr)
            case .square:
                rectPath(ChartRect(x: x - h * 0.88, y: y - h * 0.88, width: size * 0.88, height: size * 0.88))
            case .triangle:
                polylinePath([(x, y - h), (x + h, y + h * 0.8), (x - h, y + h * 0.8)], closed: true)
            case .diamond:
                polylinePath([(x, y - h), (x + h, y), (x, y + h), (x - h, y)], closed: true)
            case .cross:
                let k = h * 0.35
                polylinePath([(x - k, y - h), (x + k, y - h), (x + k, y - k), (x + h, y - k), (x + h, y + k), (x + k, y + k),
                              (x + k, y + h), (x - k, y + h), (x - k, y + k), (x - h, y + k), (x - h, y - k), (x - k, y - k)], closed: true)
            }
        }
        if shape == .ring {
            // A hollow ring: "no data" must not look like a value.
            strokeCurrent(fill, width: max(metrics.hairline, size * 0.16))
            return
        }
        setColor(fill)
        if let outline {
            cairo_fill_preserve(cr)
            strokeCurrent(outline, width: max(0.75, size * 0.08))
        } else {
            cairo_fill(cr)
        }
    }

    func clip(_ r: ChartRect) {
        rectPath(r)
        cairo_clip(cr)
    }

    func save() { cairo_save(cr) }
    func restore() { cairo_restore(cr) }

    // MARK: Text

    /// Lays a text into a box: wraps to the box's width up to `maxLines`, shrinks down to the style's
    /// minimum, and as a last resort cuts with "…". Returns the box the text took, or nil when not even
    /// one line at the minimum size fits the box's height (then nothing is drawn).
    @discardableResult
    func label(_ string: String, in box: ChartRect, style: TextStyle, align: TextAlign = .leading,
               vertical: VerticalAlign = .top, maxLines: Int = 1, draw: Bool = true) -> ChartRect? {
        guard let fitted = fit(string, width: box.width, height: box.height, style: style, maxLines: maxLines, align: align) else { return nil }
        let x: Double
        switch align {
        case .leading: x = box.x
        case .center: x = box.midX - fitted.width / 2
        case .trailing: x = box.maxX - fitted.width
        }
        let y: Double
        switch vertical {
        case .top: y = box.y
        case .middle: y = box.midY - fitted.height / 2
        case .bottom: y = box.maxY - fitted.height
        }
        let rect = ChartRect(x: x, y: y, width: fitted.width, height: fitted.height)
        if draw { place(fitted, string, rect: rect, color: style.color) }
        return rect
    }

    /// Measures a text as `label` would lay it out, without drawing.
    func measure(_ string: String, width: Double, height: Double = .infinity, style: TextStyle, maxLines: Int = 1) -> (width: Double, height: Double)? {
        fit(string, width: width, height: height, style: style, maxLines: maxLines, align: .leading).map { ($0.width, $0.height) }
    }

    /// Lays a text out as `label` would, without drawing, and tells whether it had to shrink, cut or break a word.
    func fitted(_ string: String, width: Double, height: Double = .infinity, style: TextStyle, maxLines: Int = 1) -> FittedText? {
        fit(string, width: width, height: height, style: style, maxLines: maxLines, align: .leading)
    }

    /// Draws a laid-out text with its logical box at `rect` and records it.
    private func place(_ fitted: FittedText, _ string: String, rect: ChartRect, color: ChartColor) {
        setColor(color)
        cairo_move_to(cr, rect.x - fitted.x, rect.y - fitted.y)
        pango_cairo_show_layout(cr, fitted.layout)
        labels.append(ChartLabel(fullText: string, isTruncated: fitted.isEllipsized, rect: rect, fontSize: fitted.size,
                                 isBrokenMidWord: fitted.isBrokenMidWord))
    }

    /// Wrap at word boundaries first, then shrink down to the style's minimum, and only then cut with "…"
    /// (still between words where the lines allow, inside a word only when nothing else fits).
    private func fit(_ raw: String, width: Double, height: Double, style: TextStyle, maxLines: Int, align: TextAlign) -> FittedText? {
        guard width >= 1, height >= 1 else { return nil }
        // Labels are single paragraphs: a newline would defeat the line limit.
        let string = raw.contains("\n") ? raw.replacingOccurrences(of: "\n", with: " ") : raw
        var size = style.size
        var lineHeight = style.size * 1.2
        while true {
            let l = text.layout(string, size: size, weight: style.weight, width: width, lines: 0, align: align)
            lineHeight = l.height / Double(max(1, l.lineCount))
            if l.lineCount <= maxLines && l.height <= height + 0.01 && l.width <= width + 0.5 { return l }
            if size <= style.minSize + 0.01 { break }
            size = max(style.minSize, size * 0.88)
        }
        let lines = height.isFinite ? min(maxLines, Int((height + 0.01) / max(1, lineHeight))) : maxLines
        guard lines >= 1 else { return nil }
        // Fewer lines rather than a word broken in two: a word too long for an early line would stick out.
        for n in stride(from: lines, through: 1, by: -1) {
            let cut = text.layout(string, size: size, weight: style.weight, width: width, lines: n, align: align)
            if cut.height <= height + 0.5 && cut.width <= width + 0.5 { return cut }
        }
        let cut = text.layout(string, size: size, weight: style.weight, width: width, lines: lines, align: align, wordsOnly: false)
        return cut.height <= height + 0.5 && cut.width <= width + 0.5 ? cut : nil
    }
}
