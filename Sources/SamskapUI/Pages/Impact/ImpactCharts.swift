import CGtk
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The Impact page's charts, drawn by `ChartView` from the window's state: the results chain where the steps
/// build it (activities and indicators), progress towards the targets where the measurements are read.
/// Each chart draws its own title, so the page adds no heading.
@MainActor
final class ImpactCharts {
    let root: Widget
    private let resultsChain: ChartView
    private let progress: ChartView

    init(window: MainWindow) {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8, classes: ["impact-charts"])
        gtk_widget_set_margin_top(root, 12)
        resultsChain = ChartView(kind: .resultsChain, window: window, height: 380)
        progress = ChartView(kind: .indicators, window: window, height: 460)
        Widgets.append(root, resultsChain.root, progress.root)
    }

    /// Shows the charts that belong to the step, or none; none either before the project has indicators
    /// (the indicator list says what to do then, and an empty chart would only take the room).
    func show(for step: ImpactStepKind, hasIndicators: Bool) {
        let chain = hasIndicators && (step == .activities || step == .indicators)
        let measured = hasIndicators && (step == .measurements || step == .evaluation)
        gtk_widget_set_visible(resultsChain.root, chain ? 1 : 0)
        gtk_widget_set_visible(progress.root, measured ? 1 : 0)
        gtk_widget_set_visible(root, chain || measured ? 1 : 0)
    }
}
