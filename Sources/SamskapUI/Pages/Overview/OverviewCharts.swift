import SamskapGraphics
import SamskapGtk

/// The overview's charts: the model with the latest scores and the partner map, across the page's whole width.
@MainActor
final class OverviewCharts {
    /// The charts under a heading.
    let root: Box
    /// The model of values and action fields.
    let model: ChartView
    /// Partners by sector with their citizen roles.
    let partners: ChartView

    init(window: MainWindow) {
        root = Box(.vertical, spacing: 12, classes: ["overview-charts"])
        root.marginStart = 24
        root.marginEnd = 24
        root.marginBottom = 72 // room for the toast
        model = ChartView(kind: .model, window: window, height: 540)
        partners = ChartView(kind: .partners, window: window, height: 460)
        // The chart views are not wrappers yet: their widgets join the box through one.
        root.append(Label(tr("Charts"), classes: ["heading"]), model.root, partners.root)
    }
}
