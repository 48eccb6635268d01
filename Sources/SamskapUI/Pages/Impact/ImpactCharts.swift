import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The Impact page's charts, drawn by `ChartView` from the window's state: the results chain where the steps
/// build it (activities and indicators), progress towards the targets where the measurements are read.
/// Each chart draws its own title, so the page adds no heading.
@MainActor
final class ImpactCharts {
    let root: Box
    private let resultsChain: ChartView
    private let progress: ChartView
    private let resultsChainView: GtkView
    private let progressView: GtkView

    init(window: MainWindow) {
        root = Box(.vertical, spacing: 8, classes: ["impact-charts"])
        root.marginTop = 12
        resultsChain = ChartView(kind: .resultsChain, window: window, height: 380)
        progress = ChartView(kind: .indicators, window: window, height: 460)
        resultsChainView = resultsChain.root
        progressView = progress.root
        root.append(resultsChainView, progressView)
    }

    /// Shows the charts that belong to the step, or none; none either before the project has indicators
    /// (the indicator list says what to do then, and an empty chart would only take the room).
    func show(for step: ImpactStepKind, hasIndicators: Bool) {
        let chain = hasIndicators && (step == .activities || step == .indicators)
        let measured = hasIndicators && (step == .measurements || step == .evaluation)
        resultsChainView.isVisible = chain
        progressView.isVisible = measured
        root.isVisible = chain || measured
    }
}
