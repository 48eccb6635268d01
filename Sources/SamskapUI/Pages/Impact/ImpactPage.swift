import CGtk
import Foundation
import SamskapCore

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

        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        Widgets.append(content, stepForm.root, charts.root, indicators.root, evaluation.root, navigation)
        scroller = Form.page(content, width: 700)
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

        steps.onSelect = { [unowned self] step in self.show(step) }
        Signals.connect(previousButton, "clicked") { [unowned self] in self.move(by: -1) }
        Signals.connect(nextButton, "clicked") { [unowned self] in self.move(by: 1) }
        followFocus()
        Signals.connect(root, "map") { [unowned self] in
            if self.needsRender { self.render() }
        }
        Actions.add(window.window, AppAction.impact.shortName) { [unowned window] in window.show(page: "impact") }
        Actions.add(window.window, AppAction.importMeasurements.shortName) { [unowned window] in MeasurementFiles.importCSV(window: window) }
        Actions.add(window.window, AppAction.exportMeasurements.shortName) { [unowned window] in MeasurementFiles.exportCSV(window: window) }
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
        gtk_widget_set_visible(indicators.root, usesIndicators ? 1 : 0)
        if usesIndicators { indicators.render(step: selected) }
        gtk_widget_set_visible(evaluation.root, selected == .evaluation ? 1 : 0)
        if selected == .evaluation { evaluation.render() }
        charts.show(for: selected)
        gtk_widget_set_sensitive(previousButton, selected == .problem ? 0 : 1)
        gtk_widget_set_visible(nextButton, selected == .evaluation ? 0 : 1)
    }

    /// Shows a step, from the top of its form.
    func show(_ step: ImpactStepKind) {
        if step != selected { gtk_widget_set_visible(indicators.picker.root, 0) }
        selected = step
        render()
        let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(scroller))
        gtk_adjustment_set_value(adjustment, 0)
    }

    private func move(by offset: Int) {
        guard let step = ImpactStepKind(rawValue: selected.rawValue + offset) else { return }
        show(step)
    }
}
