import CCairo
import SamskapCore

/// The bridge from the report to the charts of SamskapGraphics: one `ChartData` computed once,
/// every chart drawn as vectors straight onto the page's cairo context.
final class ReportCharts {
    let data: ChartData
    let language: Language

    init(document: ProjectDocument, model: ModelContent, language: Language) {
        self.data = ChartData(document: document, model: model)
        self.language = language
    }

    /// Draws a chart in the rectangle (x, y, width, height) of the page, with a hairline frame.
    @discardableResult
    func draw(_ kind: ChartKind, data: ChartData?, on cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double) -> ChartLayout {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        let layout = ChartRenderer.draw(kind, data: data ?? self.data, context: cr, width: width, height: height, theme: .light, language: language)
        cairo_restore(cr)
        ReportStyle.rule.set(on: cr)
        cairo_set_line_width(cr, 0.5)
        cairo_rectangle(cr, x + 0.25, y + 0.25, width - 0.5, height - 0.5)
        cairo_stroke(cr)
        return layout
    }

    /// One indicator's progress panel alone in the rectangle (x, y, width, height) of the page.
    func drawIndicator(_ data: ChartData, on cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double) {
        cairo_save(cr)
        cairo_translate(cr, x, y)
        ChartRenderer.drawIndicatorPanel(data, context: cr, width: width, height: height, theme: .light, language: language)
        cairo_restore(cr)
    }

    /// Chart data holding one indicator and its measurements only, for its own progress chart.
    func data(forIndicator indicator: Indicator, measurements: [SamskapCore.Measurement]) -> ChartData {
        var document = ProjectDocument(project: data.document.project)
        document.indicators = [indicator]
        document.measurements = measurements
        return ChartData(document: document, model: data.model)
    }
}
