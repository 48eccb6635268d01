import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Measuring social value (SoImpact): the ten steps as a guided sequence beside the chosen step's form.
/// Steps 5 to 9 open the indicators, their editor and the measurement grid; step 10 the evaluation log.
@MainActor
final class ImpactPage: Page {
    let name = "impact"
    let title = tr("Impact")
    let root: Widget
    unowned let window: MainWindow
    let steps = ImpactStepList()
    let stepForm: ImpactStepForm
    let indicators: IndicatorPanel
    let evaluation: EvaluationLog
    let charts: ImpactCharts
    let scroller: Widget
    private let previousButton: Widget
    private let nextButton: Widget
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

        previousButton = Widgets.button(tr("_Previous step"), accessibleName: tr("Previous step")) {}
        nextButton = Widgets.button(tr("N_ext step"), classes: ["suggested-action"], accessibleName: tr("Next step")) {}
        let navigation = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        gtk_widget_set_margin_top(navigation, 18)
        let spacer = Widgets.box(GTK_ORIENTATION_HORIZONTAL)
        gtk_widget_set_hexpand(spacer, 1)
        Widgets.append(navigation, previousButton, spacer, nextButton)

        // Forms keep a readable width; the charts may use the whole width of a wide window (ui-guide).
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        gtk_widget_set_margin_top(content, 24)
        gtk_widget_set_margin_bottom(content, 72) // room for the toast
        for (section, maximum) in [(stepForm.root, Self.formWidth), (charts.root, Self.chartWidth), (indicators.root, Self.formWidth),
                                   (evaluation.root, Self.formWidth), (navigation, Self.formWidth)] {
            gtk_widget_set_margin_start(section, 24)
            gtk_widget_set_margin_end(section, 24)
            Widgets.append(content, Clamp.wrap(section, maximum: maximum + 48))
        }
        scroller = Widgets.scrolled(content)
        gtk_widget_set_hexpand(scroller, 1)
        // The page's content gets its natural height (GTK's default gives the minimum), so that the
        // indicator list's own scroller shows as many rows as fit its maximum instead of one.
        if let viewport = gtk_scrolled_window_get_child(samskap_scrolled_window(scroller)) {
            gtk_scrollable_set_vscroll_policy(OpaquePointer(viewport), GTK_SCROLL_NATURAL)
        }

        let stepScroller = Widgets.scrolled(steps.root)
        Widgets.addClasses(stepScroller, ["impact-step-column"])
        // The step titles expand inside their buttons; the column itself keeps its width and leaves the rest to the form.
        gtk_widget_set_hexpand(stepScroller, 0)
        root = Widgets.box(GTK_ORIENTATION_HORIZONTAL)
        Widgets.append(root, stepScroller, gtk_separator_new(GTK_ORIENTATION_VERTICAL)!, scroller)

        steps.onSelect = { [weak self] step in self?.show(step) }
        Signals.connect(previousButton, "clicked") { [weak self] in self?.move(by: -1) }
        Signals.connect(nextButton, "clicked") { [weak self] in self?.move(by: 1) }
        followFocus()
        Signals.connect(root, "map") { [weak self] in
            guard let self else { return }
            if self.needsRender { self.render() }
        }
    }

    func render() {
        // A page out of sight waits until it is shown: every edit renders every page.
        guard gtk_widget_get_mapped(root) != 0 else {
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
        setShown(charts.root, gtk_widget_get_visible(charts.root) != 0)
        gtk_widget_set_sensitive(previousButton, selected == .problem ? 0 : 1)
        gtk_widget_set_visible(nextButton, selected == .evaluation ? 0 : 1)
    }

    /// Shows a step, from the top of its form.
    func show(_ step: ImpactStepKind) {
        selected = step
        render()
        let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scroller))
        gtk_adjustment_set_value(adjustment, 0)
    }

    /// Shows or hides a section together with the clamp around it.
    private func setShown(_ section: Widget, _ shown: Bool) {
        gtk_widget_set_visible(section, shown ? 1 : 0)
        if let clamp = gtk_widget_get_parent(section) { gtk_widget_set_visible(clamp, shown ? 1 : 0) }
    }

    private func move(by offset: Int) {
        guard let step = ImpactStepKind(rawValue: selected.rawValue + offset) else { return }
        show(step)
    }
}
