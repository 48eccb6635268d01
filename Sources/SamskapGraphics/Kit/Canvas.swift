import CCairo
import FoundationEssentials
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
    /// Break a word too long for its line inside it (with a hyphen) before cutting it with "…": for a chart whose
    /// labels must be whole at a large minimum size, as on the workshop's screens.
    var breaksLongWords = false
    /// The background goes down just before the first thing drawn (see `paintBackground(with:)`).
    var backgroundPending = false
    /// Panels whose insides went down with the background (see `paintBackground(with:)`).
    var prepainted: [Panel] = []
    /// Drawing onto pixels one to one (an image surface, no scaling or fractional offset): only then may
    /// shapes be split into pieces that meet on pixel edges, which a PDF viewer would show as seams.
    let isPixelAligned: Bool

    init(cr: OpaquePointer, width: Double, height: Double, theme: ChartTheme, language: Language, text: TextEngine) {
        self.cr = cr
        self.width = width
        self.height = height
        self.palette = theme.palette
        let isPDF = cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_PDF
        self.metrics = ChartMetrics(width: width, height: height, strokeFactor: theme.palette.strokeFactor, print: isPDF)
        self.language = language
        self.text = text
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        let isImage = cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE
        isPixelAligned = isImage && m.xx == 1 && m.yy == 1 && m.xy == 0 && m.yx == 0
            && m.x0 == m.x0.rounded() && m.y0 == m.y0.rounded()
        // On pixels, 4×4 coverage samples rather than cairo's default 15-row scan converter: edges differ by a
        // few levels of grey, and strokes (a hundred-point line per indicator at 4K) rasterise about three times
        // as fast. Vector output keeps exact geometry. The caller's save/restore scopes this to the draw.
        if isImage { cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST) }
    }

    var bounds: ChartRect { ChartRect(x: 0, y: 0, width: width, height: height) }

    /// The image's pixels for lines cairo is slow at; nil on vector surfaces or when not drawing one to one.
    func pixelTarget() -> PixelTarget? {
        guard isPixelAligned else { return nil }
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        return PixelTarget(cr, offset: (m.x0, m.y0))
    }

    /// A text in the chart's language.
    func t(_ text: LocalizedText) -> String { text.text(language) }

    // MARK: Styles

    var bodyStyle: TextStyle { TextStyle(size: metrics.body, minSize: metrics.minText, color: palette.text) }
    var smallStyle: TextStyle { TextStyle(size: metrics.small, minSize: metrics.minText, color: palette.muted) }
    var titleStyle: TextStyle { TextStyle(size: metrics.title, minSize: metrics.body, weight: .bold, color: palette.text) }

    // MARK: Paths and fills

    func setColor(_ c: ChartColor) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }

    func rectPath(_ r: ChartRect) {
        drawing()
        cairo_rectangle(cr, r.x, r.y, r.width, r.height)
    }

    func roundedPath(_ r: ChartRect, radius: Double) {
        drawing()
        let rad = min(radius, r.width / 2, r.height / 2)
        guard rad > 0.5 else { return rectPath(r) }
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - rad, r.y + rad, rad, -Double.pi / 2, 0)
        cairo_arc(cr, r.maxX - rad, r.maxY - rad, rad, 0, Double.pi / 2)
        cairo_arc(cr, r.x + rad, r.maxY - rad, rad, Double.pi / 2, Double.pi)
        cairo_arc(cr, r.x + rad, r.y + rad, rad, Double.pi, 1.5 * Double.pi)
        cairo_close_path(cr)
    }

    /// A box without the whole-pixel columns in `except` (on pixels only; pass them only where something
    /// opaque is drawn over them afterwards).
    func fill(_ r: ChartRect, _ color: ChartColor, radius: Double = 0, except columns: [(Double, Double)]) {
        guard isPixelAligned, !columns.isEmpty, r.width > 0, r.height > 0 else { return fill(r, color, radius: radius) }
        drawing()
        let y0 = r.y.rounded() - 1, y1 = max(r.y.rounded() + 1, r.maxY.rounded()) + 1
        var x = r.x.rounded() - 1
        for (a, b) in columns.sorted(by: { $0.0 < $1.0 }) where b > x {
            if a > x { cairo_rectangle(cr, x, y0, a - x, y1 - y0) }
            x = b
        }
        cairo_rectangle(cr, x, y0, max(0, r.maxX.rounded() + 1 - x), y1 - y0)
        cairo_save(cr)
        cairo_clip(cr)
        fill(r, color, radius: radius)
        cairo_restore(cr)
    }

    func fill(_ r: ChartRect, _ color: ChartColor, radius: Double = 0) {
        guard r.width > 0, r.height > 0 else { return }
        drawing()
        if !prepainted.isEmpty && fillPrepainted(r, color, radius: radius) { return }
        // Whole pixels let cairo fill boxes without coverage spans: at 4K that is most of a chart's time.
        let x0 = r.x.rounded(), y0 = r.y.rounded()
        let snapped = ChartRect(x: x0, y: y0, width: max(1, r.maxX.rounded() - x0), height: max(1, r.maxY.rounded() - y0))
        setColor(color)
        let rad = min(radius, snapped.width / 2, snapped.height / 2).rounded(.down)
        guard rad >= 1, isPixelAligned else {
            radius > 0 ? roundedPath(snapped, radius: radius) : rectPath(snapped)
            cairo_fill(cr)
            return
        }
        // A rounded box as three whole-pixel boxes (filled without coverage, like the square ones) and four
        // small corner pieces: the same pixels, without antialiasing a whole panel's area at 4K.
        let s = snapped
        cairo_rectangle(cr, s.x + rad, s.y, s.width - 2 * rad, s.height)
        if s.height > 2 * rad {
            cairo_rectangle(cr, s.x, s.y + rad, rad, s.height - 2 * rad)
            cairo_rectangle(cr, s.maxX - rad, s.y + rad, rad, s.height - 2 * rad)
        }
        cairo_fill(cr)
        fillCorners(of: s, radius: rad)
    }

    /// The four quarter discs in the corners of a rounded box, in the current colour.
    func fillCorners(of s: ChartRect, radius rad: Double) {
        for (cx, cy, a) in [(s.maxX - rad, s.y + rad, -Double.pi / 2), (s.maxX - rad, s.maxY - rad, 0.0),
                            (s.x + rad, s.maxY - rad, Double.pi / 2), (s.x + rad, s.y + rad, Double.pi)] {
            cairo_move_to(cr, cx, cy)
            cairo_arc(cr, cx, cy, rad, a, a + Double.pi / 2)
            cairo_close_path(cr)
        }
        cairo_fill(cr)
    }

    func stroke(_ r: ChartRect, _ color: ChartColor, width: Double, radius: Double = 0, dash: [Double] = []) {
        guard r.width > 0, r.height > 0 else { return }
        drawing()
        let rad = min(radius, r.width / 2, r.height / 2)
        if isPixelAligned, dash.isEmpty, rad > 0.5, cairo_get_line_cap(cr) == CAIRO_LINE_CAP_BUTT {
            // Straight sides as boxes (cairo fills those without its scan converter) between whole-pixel rows or
            // columns, and the corners as short strokes ending there: the same outline, without scan-converting
            // every row of a tall box for two thin edges.
            let ya = (r.y + rad).rounded(.up), yb = (r.maxY - rad).rounded(.down)
            let xa = (r.x + rad).rounded(.up), xb = (r.maxX - rad).rounded(.down)
            if yb > ya && xb > xa {
                let h = width / 2
                setColor(color)
                cairo_rectangle(cr, r.x - h, ya, width, yb - ya)
                cairo_rectangle(cr, r.maxX - h, ya, width, yb - ya)
                cairo_rectangle(cr, xa, r.y - h, xb - xa, width)
                cairo_rectangle(cr, xa, r.maxY - h, xb - xa, width)
                cairo_fill(cr)
                cairo_set_line_width(cr, width)
                for top in [true, false] {
                    let y = top ? r.y : r.maxY, cy = top ? r.y + rad : r.maxY - rad, yEnd = top ? ya : yb
                    cairo_move_to(cr, r.x, yEnd)
                    cairo_line_to(cr, r.x, cy)
                    if top { cairo_arc(cr, r.x + rad, cy, rad, Double.pi, 1.5 * Double.pi) } else { cairo_arc_negative(cr, r.x + rad, cy, rad, Double.pi, 0.5 * Double.pi) }
                    cairo_line_to(cr, xa, y)
                    cairo_move_to(cr, xb, y)
                    cairo_line_to(cr, r.maxX - rad, y)
                    if top { cairo_arc(cr, r.maxX - rad, cy, rad, 1.5 * Double.pi, 2 * Double.pi) } else { cairo_arc_negative(cr, r.maxX - rad, cy, rad, 0.5 * Double.pi, 0) }
                    cairo_line_to(cr, r.maxX, yEnd)
                    cairo_stroke(cr)
                }
                return
            }
        }
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
        drawing()
        if let target = pixelTarget(),
           PixelStroke.polyline([(x0, y0), (x1, y1)], on: target, color: color, width: width, closed: false, dash: dash) { return }
        cairo_move_to(cr, x0, y0)
        cairo_line_to(cr, x1, y1)
        strokeCurrent(color, width: width, dash: dash)
    }

    func polylinePath(_ points: [(Double, Double)], closed: Bool) {
        guard let first = points.first else { return }
        drawing()
        cairo_move_to(cr, first.0, first.1)
        for p in points.dropFirst() { cairo_line_to(cr, p.0, p.1) }
        if closed { cairo_close_path(cr) }
    }

    func polyline(_ points: [(Double, Double)], _ color: ChartColor, width: Double, closed: Bool = false, dash: [Double] = []) {
        guard points.count > 1 else { return }
        drawing()
        if let target = pixelTarget(),
           PixelStroke.polyline(points, on: target, color: color, width: width, closed: closed, dash: dash) { return }
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

    func clip(_ r: ChartRect) {
        rectPath(r)
        cairo_clip(cr)
    }

    /// The box `fill` paints for a rectangle on pixels, and its corner radius there.
    func snapped(_ r: ChartRect, radius: Double) -> (rect: ChartRect, radius: Double) {
        let x0 = r.x.rounded(), y0 = r.y.rounded()
        let s = ChartRect(x: x0, y: y0, width: max(1, r.maxX.rounded() - x0), height: max(1, r.maxY.rounded() - y0))
        return (s, min(radius, s.width / 2, s.height / 2).rounded(.down))
    }

    /// A rounded box that another, drawn right after it, covers but for its sides (a halo): on pixels only the
    /// strips the other leaves showing are painted, the same pixels without filling the covered area twice.
    func fillHalo(_ halo: ChartRect, around inner: ChartRect, _ color: ChartColor, radius: Double) {
        let h = snapped(halo, radius: radius)
        let i = snapped(inner, radius: radius)
        guard isPixelAligned, h.rect.x <= i.rect.x, h.rect.maxX >= i.rect.maxX, h.rect.y >= i.rect.y, h.rect.maxY <= i.rect.maxY,
              i.rect.width > 2 * i.radius + 2 else { return fill(halo, color, radius: radius) }
        drawing()
        cairo_save(cr)
        cairo_rectangle(cr, h.rect.x, h.rect.y, i.rect.x + i.radius - h.rect.x, h.rect.height)
        cairo_rectangle(cr, i.rect.maxX - i.radius, h.rect.y, h.rect.maxX - (i.rect.maxX - i.radius), h.rect.height)
        cairo_clip(cr)
        fill(halo, color, radius: radius)
        cairo_restore(cr)
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
        drawing()
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
        let key = TextEngine.FitKey(text: raw, width: width, height: height, size: style.size, minSize: style.minSize,
                                    weight: style.weight.pango.rawValue, maxLines: maxLines, align: align.rawValue,
                                    breaksWords: breaksLongWords)
        return text.fit(key) { layoutFit(raw, width: width, height: height, style: style, maxLines: maxLines, align: align) }
    }

    private func layoutFit(_ raw: String, width: Double, height: Double, style: TextStyle, maxLines: Int, align: TextAlign) -> FittedText? {
        // Labels are single paragraphs: a newline would defeat the line limit. Scalar by scalar, since "\r\n" is one
        // Character and its line feed must go too.
        let string = raw.utf8.contains(10)
            ? String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == "\n" ? " " : $0 })) : raw
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
        if breaksLongWords {
            let broken = text.layout(string, size: size, weight: style.weight, width: width, lines: 0, align: align, wordsOnly: false)
            if broken.lineCount <= lines && broken.height <= height + 0.5 && broken.width <= width + 0.5 { return broken }
        }
        // Fewer lines rather than a word broken in two: a word too long for an early line would stick out.
        for n in stride(from: lines, through: 1, by: -1) {
            let cut = text.layout(string, size: size, weight: style.weight, width: width, lines: n, align: align)
            if cut.height <= height + 0.5 && cut.width <= width + 0.5 { return cut }
        }
        let cut = text.layout(string, size: size, weight: style.weight, width: width, lines: lines, align: align, wordsOnly: false)
        return cut.height <= height + 0.5 && cut.width <= width + 0.5 ? cut : nil
    }
}
