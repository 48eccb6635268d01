import CGtk
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
///     Widgets.append(box, chart.root)
@MainActor
final class ChartView {
    /// The widget to place in a page.
    let root: Widget
    /// The chart drawn.
    let kind: ChartKind
    /// The drawing area itself (the named, described element).
    let area: Widget
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
    private var settingsHandlers: [gulong] = []
    private var describedText = ""

    /// The height the chart asks for, in pixels; it takes the width it is given.
    var height: Int32 {
        didSet { gtk_widget_set_size_request(area, -1, height) }
    }

    /// A chart of `kind` on the project of `window`; `exportable` adds the export menu in its corner.
    init(kind: ChartKind, window: MainWindow, selection: ChartSelection = ChartSelection(), height: Int32 = 420,
         exportable: Bool = true) {
        self.kind = kind
        self.window = window
        self.selection = selection
        self.height = height
        area = gtk_drawing_area_new()!
        gtk_widget_set_hexpand(area, 1)
        gtk_widget_set_size_request(area, -1, height)
        Widgets.addClasses(area, ["chart"])
        Accessibility.setLabel(area, kind.title.text(Translations.language))
        gtk_widget_set_has_tooltip(area, 1)
        gtk_widget_set_focusable(area, 1)

        let overlay = gtk_overlay_new()!
        gtk_overlay_set_child(samskap_overlay(overlay), area)
        Widgets.addClasses(overlay, ["chart-frame"])
        root = overlay

        ChartSignals.setDrawFunction(area) { [weak self] cr, width, height in
            self?.draw(cr, width: Double(width), height: Double(height))
        }
        ChartSignals.connectQueryTooltip(area) { [weak self] x, y, tooltip in
            self?.fillTooltip(tooltip, x: Double(x), y: Double(y)) ?? false
        }
        if exportable {
            let menu = ChartExportMenu(title: kind.title.text(Translations.language)) { [weak self] choice in self?.export(choice) }
            gtk_overlay_add_overlay(samskap_overlay(overlay), menu.root)
            exportMenu = menu
        }
        listener = window.charts.addListener { [weak self] in self?.refresh() }
        listenedTo = window.charts
        followThemeChanges()
        Signals.connect(area, "destroy") { [weak self] in self?.detach() }
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
        gtk_widget_queue_draw(area)
        guard let data = window.charts.data else { return }
        var selected = data
        selected.selection = selection
        let text = ChartDescription.text(kind, data: selected)
        if text != describedText {
            describedText = text
            Accessibility.setDescription(area, text)
        }
    }

    private func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        let theme = ColorScheme.chartTheme(for: area)
        guard let data else {
            // The figures are on their way: the canvas colour now, the chart a moment later.
            let background = theme.palette.background
            cairo_set_source_rgb(cr, background.r, background.g, background.b)
            cairo_paint(cr)
            return
        }
        layout = ChartRenderer.draw(kind, data: data, context: cr, width: width, height: height, theme: theme,
                                    language: Translations.language)
    }

    private func fillTooltip(_ tooltip: OpaquePointer, x: Double, y: Double) -> Bool {
        guard let label = layout?.label(at: x, y), label.isTruncated else { return false }
        gtk_tooltip_set_text(tooltip, label.fullText)
        // The tooltip stays only over this label; moving to another asks again.
        var area = GdkRectangle(x: Int32(label.rect.x.rounded(.down)), y: Int32(label.rect.y.rounded(.down)),
                                width: Int32(label.rect.width.rounded(.up)), height: Int32(label.rect.height.rounded(.up)))
        gtk_tooltip_set_tip_area(tooltip, &area)
        return true
    }

    /// Redraws when the desktop switches between light and dark.
    private func followThemeChanges() {
        guard let settings = gtk_settings_get_default() else { return }
        for property in ["notify::gtk-application-prefer-dark-theme", "notify::gtk-theme-name"] {
            settingsHandlers.append(Signals.connectWithArgument(settings, property, { [weak self] _ in
                guard let self else { return }
                gtk_widget_queue_draw(self.area)
            }))
        }
    }

    private func detach() {
        if let listener { listenedTo?.removeListener(listener) }
        listener = nil
        if let settings = gtk_settings_get_default() {
            for id in settingsHandlers { Signals.disconnect(settings, id) }
        }
        settingsHandlers = []
    }
}
