import CGtk
import SamskapGraphics
import SamskapGtk

/// The overview's charts: the model with the latest scores and the partner map, across the page's whole width.
@MainActor
final class OverviewCharts {
    /// The charts under a heading.
    let root: Widget
    /// The model of values and action fields.
    let model: ChartView
    /// Partners by sector with their citizen roles.
    let partners: ChartView

    init(window: MainWindow) {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12, classes: ["overview-charts"])
        gtk_widget_set_margin_start(root, 24)
        gtk_widget_set_margin_end(root, 24)
        gtk_widget_set_margin_bottom(root, 72) // room for the toast
        model = ChartView(kind: .model, window: window, height: 540)
        partners = ChartView(kind: .partners, window: window, height: 460)
        Widgets.append(root, Widgets.label(tr("Charts"), classes: ["heading"]), model.root, partners.root)
    }
}
