import CCairo
import SamskapCore

/// Draws any chart on any cairo context: a widget, an image, an SVG or a PDF page.
public enum ChartRenderer {
    /// Draws `kind` in the rectangle (0, 0, width, height) of the context's current user space and returns
    /// every label with its box. The context's state is restored afterwards; translate it first to draw elsewhere.
    ///
    /// Safe to call from any thread: text layout is serialised inside.
    @discardableResult
    public static func draw(_ kind: ChartKind, data: ChartData, context cr: OpaquePointer, width: Double, height: Double,
                            theme: ChartTheme, language: Language) -> ChartLayout {
        onCanvas(cr, width: width, height: height, theme: theme, language: language) { canvas in
            guard width >= 40, height >= 30 else {
                return ChartLayout(canvas: canvas.bounds, labels: [], isEmptyState: true)
            }
            switch kind {
            case .model: ModelChart.draw(data, on: canvas)
            case .radarFields: RadarChart.draw(data, kind: .field, on: canvas)
            case .radarValues: RadarChart.draw(data, kind: .value, on: canvas)
            case .divergence: DivergenceChart.draw(data, on: canvas)
            case .trend: TrendChart.draw(data, on: canvas)
            case .indicators: IndicatorChart.draw(data, on: canvas)
            case .resultsChain: ResultsChainChart.draw(data, on: canvas)
            case .matrix: MatrixChart.draw(data, on: canvas)
            case .staircase: StaircaseChart.draw(data, on: canvas)
            case .partners: PartnerChart.draw(data, on: canvas)
            }
            return ChartLayout(canvas: canvas.bounds, labels: canvas.labels, isEmptyState: canvas.isEmptyState)
        }
    }

    /// Draws a radar without its title and round line, for the workshop's reveal screen which says them itself.
    @discardableResult
    static func drawUntitledRadar(_ kind: DimensionKind, data: ChartData, context cr: OpaquePointer, width: Double, height: Double,
                                  theme: ChartTheme, language: Language) -> ChartLayout {
        onCanvas(cr, width: width, height: height, theme: theme, language: language) { canvas in
            RadarChart.draw(data, kind: kind, on: canvas, titled: false)
            return ChartLayout(canvas: canvas.bounds, labels: canvas.labels, isEmptyState: canvas.isEmptyState)
        }
    }

    /// Draws the panel of `data`'s first indicator alone, filling the rectangle (0, 0, width, height).
    @discardableResult
    static func drawIndicatorPanel(_ data: ChartData, context cr: OpaquePointer, width: Double, height: Double,
                                   theme: ChartTheme, language: Language) -> ChartLayout {
        onCanvas(cr, width: width, height: height, theme: theme, language: language) { canvas in
            IndicatorChart.drawSingle(data, on: canvas)
            return ChartLayout(canvas: canvas.bounds, labels: canvas.labels, isEmptyState: canvas.isEmptyState)
        }
    }

    /// Runs `body` on a canvas over the rectangle (0, 0, width, height), text layout serialised, the context's state
    /// restored afterwards; a chart that drew nothing still gets its background.
    private static func onCanvas<T>(_ cr: OpaquePointer, width: Double, height: Double, theme: ChartTheme, language: Language,
                                    _ body: (Canvas) -> T) -> T {
        let engine = TextEngine.shared
        return engine.exclusively {
            cairo_save(cr)
            defer { cairo_restore(cr) }
            let canvas = Canvas(cr: cr, width: width, height: height, theme: theme, language: language, text: engine)
            canvas.clip(canvas.bounds)
            canvas.deferBackground()
            defer { canvas.drawing() }
            return body(canvas)
        }
    }
}
