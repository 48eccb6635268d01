import CCairo
import SamskapCore

/// The drawing surface of one workshop screen: text sizes from the screen's height, so that no text is smaller
/// than a thirtieth of it, and existing charts drawn scaled up so their smallest text obeys the same rule.
final class WorkshopStage {
    let cr: OpaquePointer
    let width: Double
    let height: Double
    let theme: ChartTheme
    let language: Language
    let canvas: Canvas
    private let engine = TextEngine.shared
    private(set) var labels: [ChartLabel] = []
    private(set) var chartCount = 0

    /// The smallest size any text may have: a thirtieth of the height, rounded up to whole pixels.
    let minText: Double
    /// Body text, headings and the one big number of a screen.
    let body: Double
    let heading: Double
    let huge: Double
    /// The margin around the screen and the gap between blocks.
    let margin: Double
    let gap: Double

    init(cr: OpaquePointer, width: Double, height: Double, theme: ChartTheme, language: Language) {
        self.cr = cr
        self.width = width
        self.height = height
        self.theme = theme
        self.language = language
        canvas = Canvas(cr: cr, width: width, height: height, theme: theme, language: language, text: TextEngine.shared)
        minText = (height / 30).rounded(.up)
        body = (height / 24).rounded(.up)
        heading = (height / 13).rounded(.up)
        huge = (height / 5).rounded(.up)
        margin = (height / 18).rounded()
        gap = (height / 40).rounded()
    }

    var palette: ChartPalette { theme.palette }
    var bounds: ChartRect { ChartRect(x: 0, y: 0, width: width, height: height) }
    /// The screen inside its margins, without the footer line.
    var content: ChartRect {
        ChartRect(x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin - minText * 1.6)
    }

    func t(_ text: LocalizedText) -> String { text.text(language) }

    func style(_ size: Double, weight: TextStyle.Weight = .regular, color: ChartColor? = nil) -> TextStyle {
        TextStyle(size: max(size, minText), minSize: minText, weight: weight, color: color ?? palette.text)
    }

    /// Draws a text into a box (wrapping up to `lines`, shrinking no lower than `minText`) and returns its box.
    @discardableResult
    func text(_ string: String, in box: ChartRect, size: Double, weight: TextStyle.Weight = .regular, color: ChartColor? = nil,
              align: TextAlign = .leading, vertical: VerticalAlign = .top, lines: Int = 1) -> ChartRect? {
        guard !string.isEmpty, box.width > 1, box.height > 1 else { return nil }
        let before = canvas.labels.count
        let rect = engine.exclusively {
            canvas.label(string, in: box, style: style(size, weight: weight, color: color), align: align, vertical: vertical,
                         maxLines: lines)
        }
        labels.append(contentsOf: canvas.labels[before...])
        return rect
    }

    /// The height a text takes in a width, as `text` would lay it out.
    func measure(_ string: String, width: Double, size: Double, weight: TextStyle.Weight = .regular, lines: Int = 1) -> Double {
        engine.exclusively {
            canvas.measure(string, width: width, style: style(size, weight: weight), maxLines: lines)?.height ?? size * 1.3
        }
    }

    /// Whether a text fits whole (not cut with "…") into a box in up to `lines` lines.
    func fits(_ string: String, in box: ChartRect, size: Double, weight: TextStyle.Weight = .regular, lines: Int = 1) -> Bool {
        engine.exclusively {
            guard let fitted = canvas.fitted(string, width: box.width, height: box.height, style: style(size, weight: weight),
                                             maxLines: lines) else { return false }
            return !fitted.isEllipsized
        }
    }

    func fill(_ r: ChartRect, _ color: ChartColor, radius: Double = 0) {
        cairo_set_source_rgba(cr, color.r, color.g, color.b, color.a)
        if radius > 0 { canvas.roundedPath(r, radius: radius) } else { cairo_rectangle(cr, r.x, r.y, r.width, r.height) }
        cairo_fill(cr)
    }

    func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ color: ChartColor, width w: Double) {
        cairo_set_source_rgba(cr, color.r, color.g, color.b, color.a)
        cairo_set_line_width(cr, w)
        cairo_move_to(cr, x0, y0)
        cairo_line_to(cr, x1, y1)
        cairo_stroke(cr)
    }

    /// Draws one of the existing charts into `box`, on a smaller canvas scaled up so that its smallest text (9 px on
    /// that canvas) becomes `minText` here; its labels are recorded at their screen size.
    func chart(_ kind: ChartKind, data: ChartData, in box: ChartRect) {
        scaled(in: box) { ChartRenderer.draw(kind, data: data, context: cr, width: $0, height: $1, theme: theme, language: language) }
    }

    /// One indicator's progress panel, scaled like `chart`.
    func indicatorPanel(_ data: ChartData, in box: ChartRect) {
        scaled(in: box) {
            ChartRenderer.drawIndicatorPanel(data, context: cr, width: $0, height: $1, theme: theme, language: language)
        }
    }

    /// A radar of the action fields or the values without its title, scaled like `chart` but from its own smallest
    /// text (a screen chart's floor of 11 px), since a radar needs all the room it can get for its labels.
    func radar(_ kind: DimensionKind, data: ChartData, in box: ChartRect) {
        scaled(in: box, smallest: 11) {
            ChartRenderer.drawUntitledRadar(kind, data: data, context: cr, width: $0, height: $1, theme: theme, language: language)
        }
    }

    private func scaled(in box: ChartRect, smallest: Double = 9, _ draw: (Double, Double) -> ChartLayout) {
        let scale = minText / smallest
        cairo_save(cr)
        cairo_translate(cr, box.x, box.y)
        cairo_scale(cr, scale, scale)
        let layout = draw(box.width / scale, box.height / scale)
        cairo_restore(cr)
        chartCount += 1
        for l in layout.labels {
            labels.append(ChartLabel(fullText: l.fullText, isTruncated: l.isTruncated,
                                     rect: ChartRect(x: box.x + l.rect.x * scale, y: box.y + l.rect.y * scale,
                                                     width: l.rect.width * scale, height: l.rect.height * scale),
                                     fontSize: l.fontSize * scale, isBrokenMidWord: l.isBrokenMidWord))
        }
    }

    /// Counts a chart drawn by the screen itself (bars, bands), so tests can tell a screen with results from one without.
    func countChart() { chartCount += 1 }

    /// The heading of a screen at the top of `area`; returns the rest of the area below it.
    func heading(_ title: String, in area: ChartRect) -> ChartRect {
        let h = text(title, in: area, size: heading, weight: .bold, lines: 2)?.height ?? heading * 1.3
        return area.sliceTop(h + gap * 1.5).1
    }
}
