import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The project's own fields and a summary of partners, citizen roles and goals.
@MainActor
final class OverviewPage: Page {
    let name = "overview"
    let title = tr("Overview")
    var root: GtkView { scroller }
    unowned let window: MainWindow
    let scroller: ScrolledView

    let nameEntry: Entry
    let nameMessage: Label
    let municipality: MunicipalityField
    let startEntry: Entry
    let endEntry: Entry
    let startMessage: Label
    let endMessage: Label
    let problemView: TextView
    /// The current circle phase in words under its caption; it is recorded, with its date, under Process › Position.
    let phaseRow: ActionRow
    let planningDropDown: DropDown
    let deliveryDropDown: DropDown
    /// Thin or thick co-creation, from the two choices above it.
    let depthRow: ActionRow
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
        let content = Box(.vertical, spacing: 6)

        let projectGroup = RowGroup(tr("Project"))
        nameEntry = Entry(name: tr("Project name"))
        nameMessage = projectGroup.addEntry(tr("Project name"), nameEntry)
        municipality = MunicipalityField(in: projectGroup)
        startEntry = Entry(name: tr("Start date"), placeholder: tr("d.m.yyyy"))
        endEntry = Entry(name: tr("End date"), placeholder: tr("d.m.yyyy"))
        startMessage = projectGroup.addEntry(tr("Starts"), startEntry, width: 12)
        endMessage = projectGroup.addEntry(tr("Ends"), endEntry, width: 12)
        let problemGroup = RowGroup(tr("The problem"), description: tr("In the words of those who live with it."))
        problemView = TextView(name: tr("The problem"))
        problemGroup.add(problemView.frame)

        let standsGroup = RowGroup(tr("Where the work stands"))
        // One place for each fact: the phase is recorded under Process › Position, which keeps its dated history.
        phaseRow = Self.phaseRow(window: window)
        planningDropDown = DropDown(name: tr("Who plans and designs"), items: [tr("Not set")] + Responsibility.allCases.map(term))
        deliveryDropDown = DropDown(name: tr("Who delivers"), items: [tr("Not set")] + Responsibility.allCases.map(term))
        depthRow = ActionRow(tr("Thin or thick co-creation"))
        staircase = StaircaseEditor()
        staircase.root.marginTop = 18
        for row in [phaseRow, ActionRow(tr("Who plans and designs"), control: planningDropDown),
                    ActionRow(tr("Who delivers"), control: deliveryDropDown), depthRow, staircase.root] {
            standsGroup.add(row)
        }

        summary = OverviewSummary()
        content.append(projectGroup, problemGroup, standsGroup)
        // The form stays at its readable width; the charts below take the page's whole width.
        let form = Form.clamped(content)
        content.marginBottom = 24
        let page = Box(.vertical)
        page.append(form)
        scroller = ScrolledView(page)
        scroller.expandsHorizontally = true
        // Below the fold even on a tall screen: they join after the window's first frame (half the page's widgets).
        window.afterFirstFrame { [weak self, summary] in
            guard let self else { return }
            content.append(summary.root)
            let charts = OverviewCharts(window: window)
            page.append(charts.root)
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
