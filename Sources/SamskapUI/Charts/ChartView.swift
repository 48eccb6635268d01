import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// A chart in the window: a `GtkDrawingArea` that paints a `ChartKind` with `ChartRenderer.draw` at its
/// allocated size, in the theme of the window, and again after every edit of the project.
///
/// Labels shortened with "…" show their whole text as a tooltip; assistive technologies get the chart's
/// title as its name and the figures in words as its description. A small menu exports the chart.
///
///     let chart = ChartView(kind: .model, window: window)
///     chart.height = 480
///     box.append(chart.root)
@MainActor
final class ChartView {
    /// The widget to place in a page.
    var root: GtkView { frame }
    /// The chart drawn.
    let kind: ChartKind
    /// The drawing area itself (the named, described element).
    let area = DrawingArea()
    private let frame: Overlay
    unowned let window: MainWindow
    /// What the chart looks at (a round, a partner); change it with `update(selection:)`.
    private(set) var selection: ChartSelection
    /// The labels of the last drawing, for tooltips.
    private(set) var layout: ChartLayout?
    private var exportMenu: ChartExportMenu?
    private var listener: UUID?
    /// Where `listener` listens, held weakly: the chart may be destroyed while its window is being released (a page
    /// that holds its widgets lets them go then), when reading the unowned `window` would trap.
    private weak var listenedTo: ChartDataCache?
    private var themeObservation: StyleManager.Observation?
    private var describedText = ""

    /// The height the chart asks for, in pixels; it takes the width it is given.
    var height: Int32 {
        didSet { area.setSizeRequest(width: -1, height: height) }
    }

    /// A chart of `kind` on the project of `window`; `exportable` adds the export menu in its corner.
    init(kind: ChartKind, window: MainWindow, selection: ChartSelection = ChartSelection(), height: Int32 = 420,
         exportable: Bool = true) {
        self.kind = kind
        self.window = window
        self.selection = selection
        self.height = height
        area.expandsHorizontally = true
        area.setSizeRequest(width: -1, height: height)
        area.addCSSClass("chart")
        area.setAccessibleName(kind.title.text(Translations.language))
        area.isFocusable = true
        frame = Overlay(area, classes: ["chart-frame"])

        area.onDraw(self) { chart, cr, width, height in chart.draw(cr, width: Double(width), height: Double(height)) }
        area.onQueryTooltip(self) { chart, x, y, tooltip in chart.fillTooltip(tooltip, x: x, y: y) }
        if exportable {
            let menu = ChartExportMenu(title: kind.title.text(Translations.language)) { [weak self] choice in self?.export(choice) }
            frame.addOverlay(menu.root)
            exportMenu = menu
        }
        listener = window.charts.addListener { [weak self] in self?.refresh() }
        listenedTo = window.charts
        // The drawing's colours come from the theme, which CSS alone does not redraw.
        themeObservation = StyleManager.onChange(self) { $0.area.queueDraw() }
        area.connect("destroy", owner: self) { $0.detach() }
        refresh()
    }

    /// Shows another round or partner overlay.
    func update(selection: ChartSelection) {
        guard selection != self.selection else { return }
        self.selection = selection
        refresh()
    }

    /// The figures of the chart as drawn: the window's shared data with this chart's selection.
    var data: ChartData? {
        guard var data = window.charts.current() else { return nil }
        data.selection = selection
        return data
    }

    /// Redraws and updates the description in words (after an edit, or new figures).
    func refresh() {
        area.queueDraw()
        guard let data = window.charts.data else { return }
        var selected = data
        selected.selection = selection
        let text = ChartDescription.text(kind, data: selected)
        if text != describedText {
            describedText = text
            area.setAccessibleDescription(text)
        }
    }

    private func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        let theme = ColorScheme.chartTheme
        guard let data else {
            // The figures are on their way: the canvas colour now, the chart a moment later.
            let background = theme.palette.background
            DrawingArea.fill(cr, x: 0, y: 0, width: width, height: height,
                             red: background.r, green: background.g, blue: background.b, alpha: 1)
            return
        }
        layout = ChartRenderer.draw(kind, data: data, context: cr, width: width, height: height, theme: theme,
                                    language: Translations.language)
    }

    private func fillTooltip(_ tooltip: TooltipQuery, x: Double, y: Double) -> Bool {
        guard let label = layout?.label(at: x, y), label.isTruncated else { return false }
        tooltip.setText(label.fullText)
        // The tooltip stays only over this label; moving to another asks again.
        tooltip.setArea(x: label.rect.x, y: label.rect.y, width: label.rect.width, height: label.rect.height)
        return true
    }

    private func detach() {
        if let listener { listenedTo?.removeListener(listener) }
        listener = nil
        if let themeObservation { StyleManager.stop(themeObservation) }
        themeObservation = nil
    }
}
