import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The project's own fields and a summary of partners, citizen roles and goals.
@MainActor
final class OverviewPage: Page {
    let name = "overview"
    let title = tr("Overview")
    let root: Widget
    unowned let window: MainWindow

    let nameEntry: Widget
    let nameMessage: Widget
    let municipality: MunicipalityField
    let startEntry: Widget
    let endEntry: Widget
    let startMessage: Widget
    let endMessage: Widget
    let problemView: Widget
    /// The current circle phase in words under its caption; it is recorded, with its date, under Process › Position.
    let phaseRow: Widget
    let planningDropDown: Widget
    let deliveryDropDown: Widget
    /// Thin or thick co-creation, from the two choices above it.
    let depthRow: Widget
    let staircase: StaircaseEditor
    let summary: OverviewSummary
    /// Built after the window's first frame (see `init`).
    private(set) var charts: OverviewCharts?
    /// The project as last shown; a different one in the state (undo, redo) refills the fields.
    var shown: Project?
    /// True while `fill` sets the fields: their change signals are not edits.
    var filling = false
    /// The typed fields (name, period, problem), each saved on its own.
    let fields: DraftFields<Project>

    init(window: MainWindow) {
        self.window = window
        fields = DraftFields(Self.table) { [unowned window] in window.state.drafts }
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)

        let projectGroup = FormRows.group(tr("Project"))
        nameEntry = Widgets.entry(name: tr("Project name"))
        nameMessage = FormRows.entry(tr("Project name"), nameEntry, in: projectGroup)
        municipality = MunicipalityField(in: projectGroup)
        startEntry = Widgets.entry(name: tr("Start date"), placeholder: tr("d.m.yyyy"))
        endEntry = Widgets.entry(name: tr("End date"), placeholder: tr("d.m.yyyy"))
        startMessage = FormRows.entry(tr("Starts"), startEntry, in: projectGroup, width: 12)
        endMessage = FormRows.entry(tr("Ends"), endEntry, in: projectGroup, width: 12)
        let problemGroup = FormRows.group(tr("The problem"), description: tr("In the words of those who live with it."))
        let problem = Form.textView(name: tr("The problem"))
        problemView = problem.view
        FormRows.add(problem.root, to: problemGroup)

        let standsGroup = FormRows.group(tr("Where the work stands"))
        // One place for each fact: the phase is recorded under Process › Position, which keeps its dated history.
        phaseRow = Self.phaseRow(window: window)
        planningDropDown = Form.dropDown(name: tr("Who plans and designs"), items: [tr("Not set")] + Responsibility.allCases.map(term))
        deliveryDropDown = Form.dropDown(name: tr("Who delivers"), items: [tr("Not set")] + Responsibility.allCases.map(term))
        depthRow = FormRows.control(tr("Thin or thick co-creation"))
        staircase = StaircaseEditor()
        gtk_widget_set_margin_top(staircase.root, 18)
        for row in [phaseRow, FormRows.control(tr("Who plans and designs"), planningDropDown),
                    FormRows.control(tr("Who delivers"), deliveryDropDown), depthRow, staircase.root] {
            FormRows.add(row, to: standsGroup)
        }

        summary = OverviewSummary()
        Widgets.append(content, projectGroup, problemGroup, standsGroup)
        // The form stays at its readable width; the charts below take the page's whole width.
        let form = Form.clamped(content)
        gtk_widget_set_margin_bottom(content, 24)
        let page = Widgets.box(GTK_ORIENTATION_VERTICAL)
        Widgets.append(page, form)
        root = Widgets.scrolled(page)
        gtk_widget_set_hexpand(root, 1)
        // Below the fold even on a tall screen: they join after the window's first frame (half the page's widgets).
        window.afterFirstFrame { [weak self, summary] in
            guard let self else { return }
            Widgets.append(content, summary.root)
            let charts = OverviewCharts(window: window)
            Widgets.append(page, charts.root)
            self.charts = charts
        }

        connect()
    }

    func render() {
        // Drawn in the first frame, which does not wait for the measurements and answers; neither is shown here.
        let document = window.state.documentSoFar
        if document.project != shown { fill(document.project) }
        summary.render(document)
    }
}
