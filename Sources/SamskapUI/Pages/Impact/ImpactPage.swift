import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Measuring social value (SoImpact): the ten steps as a guided sequence beside the chosen step's form.
/// Steps 5 to 9 open the indicators, their editor and the measurement grid; step 10 the evaluation log.
@MainActor
final class ImpactPage: Page {
    let name = "impact"
    let title = tr("Impact")
    var root: GtkView { page }
    let page: Box
    unowned let window: MainWindow
    let steps = ImpactStepList()
    let stepForm: ImpactStepForm
    let indicators: IndicatorPanel
    let evaluation: EvaluationLog
    let charts: ImpactCharts
    let scroller: ScrolledView
    /// The scroller's content: the coordinates the page scrolls in.
    let content: Box
    private let previousButton: Button
    private let nextButton: Button
    /// Each section with the clamp around it, which comes and goes with it.
    private var clamps: [(section: GtkView, clamp: GtkView)] = []
    /// The step on screen.
    private(set) var selected: ImpactStepKind
    /// The width of the forms, and the most the charts take.
    static let formWidth: Int32 = 700
    static let chartWidth: Int32 = 1200
    /// Whether an edit came while the page was out of sight.
    private var needsRender = true

    init(window: MainWindow) {
        self.window = window
        stepForm = ImpactStepForm(window: window)
        indicators = IndicatorPanel(window: window)
        evaluation = EvaluationLog(window: window)
        charts = ImpactCharts(window: window)
        selected = window.state.document.impactCompleteness.next ?? .problem

        previousButton = Button(tr("_Previous step"), accessibleName: tr("Previous step"))
        nextButton = Button(tr("N_ext step"), classes: ["suggested-action"], accessibleName: tr("Next step"))
        let navigation = Box(.horizontal, spacing: 8)
        navigation.marginTop = 18
        let spacer = Box(.horizontal)
        spacer.expandsHorizontally = true
        navigation.append(previousButton, spacer, nextButton)

        // Forms keep a readable width; the charts may use the whole width of a wide window (ui-guide).
        content = Box(.vertical, spacing: 12)
        content.marginTop = 24
        content.marginBottom = 72 // room for the toast
        let sections: [(GtkView, Int32)] = [(stepForm.root, Self.formWidth), (charts.root, Self.chartWidth), (indicators.root, Self.formWidth),
                                            (evaluation.root, Self.formWidth), (navigation, Self.formWidth)]
        for (section, maximum) in sections {
            section.marginStart = 24
            section.marginEnd = 24
            let clamp = Clamp.wrap(section, maximum: maximum + 48)
            clamps.append((section, clamp))
            content.append(clamp)
        }
        scroller = ScrolledView(content)
        scroller.expandsHorizontally = true
        // The page's content gets its natural height (GTK's default gives the minimum), so that the
        // indicator list's own scroller shows as many rows as fit its maximum instead of one.
        scroller.scrollChildAtNaturalHeight()

        let stepScroller = ScrolledView(steps.root)
        stepScroller.addCSSClass("impact-step-column")
        // The step titles expand inside their buttons; the column itself keeps its width and leaves the rest to the form.
        stepScroller.expandsHorizontally = false
        page = Box(.horizontal)
        page.append(stepScroller, Separator(.vertical), scroller)

        steps.onSelect = { [weak self] step in self?.show(step) }
        previousButton.onClicked(self) { $0.move(by: -1) }
        nextButton.onClicked(self) { $0.move(by: 1) }
        followFocus()
        page.onMap(self) { page in
            if page.needsRender { page.render() }
        }
    }

    func render() {
        // A page out of sight waits until it is shown: every edit renders every page.
        guard page.isMapped else {
            needsRender = true
            return
        }
        needsRender = false
        steps.render(window.state.document, selected: selected)
        stepForm.render(selected)
        let usesIndicators = ImpactGuidance.usesIndicators(selected)
        setShown(indicators.root, usesIndicators)
        if usesIndicators { indicators.render(step: selected) }
        setShown(evaluation.root, selected == .evaluation)
        if selected == .evaluation { evaluation.render() }
        charts.show(for: selected, hasIndicators: !window.state.document.indicators.isEmpty)
        setShown(charts.root, charts.root.isVisible)
        previousButton.isSensitive = selected != .problem
        nextButton.isVisible = selected != .evaluation
    }

    /// Shows a step, from the top of its form.
    func show(_ step: ImpactStepKind) {
        selected = step
        render()
        scroller.scrollToTop()
    }

    /// Shows or hides a section together with the clamp around it.
    private func setShown(_ section: GtkView, _ shown: Bool) {
        section.isVisible = shown
        clamps.first { $0.section === section }?.clamp.isVisible = shown
    }

    private func move(by offset: Int) {
        guard let step = ImpactStepKind(rawValue: selected.rawValue + offset) else { return }
        show(step)
    }
}
