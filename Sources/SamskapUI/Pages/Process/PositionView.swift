import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Where the work stands: the project's and each activity's place between thin and thick co-creation, the
/// staircase step per unit or area, the citizen roles covered (read from the partners), and the phase in the
/// circle of social innovation with its dated history.
@MainActor
final class PositionView {
    let root: Widget
    unowned let page: ProcessPage
    let chartsBox: Widget
    /// The project's own cell (in the row's subtitle) and its staircase, as the Overview (where they are edited) holds them.
    let projectCellRow: Widget
    let staircaseBox: Widget
    let activitiesBox: Widget
    let rolesBox: Widget
    let currentPhaseLabel: Widget
    let phaseDropDown: Widget
    let phaseDateEntry: Widget
    let phaseDateMessage: Widget
    let historyBox: Widget
    /// The project as last shown; another one (an edit elsewhere, undo) refills the fields.
    var shown: Project?
    var filling = false
    var matrixChart: ChartView?
    var staircaseChart: ChartView?
    /// The activities the rows were built for (id and name), and their controls.
    var activityKey: [String] = []
    /// Each activity's row, its depth in the subtitle.
    var activityRows: [UUID: Widget] = [:]

    init(page: ProcessPage) {
        self.page = page
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        // One above the other: side by side in the page's width, each cut the names in its cells short.
        chartsBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)

        // The project's cell and staircase are edited in one place, the Overview; here they are shown with the way there.
        let matrixGroup = FormRows.group(tr("Thin or thick co-creation"), suffix: FrameworkHelp.button(.coCreation))
        projectCellRow = FormRows.control(tr("The project as a whole"),
                                          Self.overviewLink(page: page, name: tr("Change the project's cell on the Overview")))
        FormRows.add(projectCellRow, to: matrixGroup)
        let activitiesGroup = FormRows.group(tr("Each main activity"))
        activitiesBox = FormRows.list()
        FormRows.add(activitiesBox, to: activitiesGroup)

        let stairGroup = FormRows.group(tr("The staircase"), suffix: FrameworkHelp.button(.staircase))
        staircaseBox = FormRows.list()
        Accessibility.setLabel(staircaseBox, tr("The staircase"))
        let stairLink = Self.overviewLink(page: page, name: tr("Change the staircase on the Overview"))
        gtk_widget_set_margin_top(stairLink, 6)
        FormRows.add(staircaseBox, to: stairGroup)
        FormRows.add(stairLink, to: stairGroup)

        let rolesGroup = FormRows.group(tr("Citizen roles covered"))
        rolesBox = FormRows.list()
        Accessibility.setLabel(rolesBox, tr("Citizen roles covered"))
        FormRows.add(rolesBox, to: rolesGroup)

        let circleGroup = FormRows.group(tr("The circle of social innovation"), suffix: FrameworkHelp.button(.circle))
        currentPhaseLabel = Widgets.label("", classes: ["title-2"], wrap: true)
        FormRows.add(FormRows.wide(currentPhaseLabel), to: circleGroup)
        phaseDropDown = Form.dropDown(name: tr("Phase entered"), items: CirclePhase.allCases.map(term))
        FormRows.add(FormRows.control(tr("Phase entered"), phaseDropDown), to: circleGroup)
        phaseDateEntry = Widgets.entry(name: tr("Date of the phase change"), text: Day.today().formatted(Translations.language),
                                       placeholder: tr("d.m.yyyy"))
        phaseDateMessage = FormRows.entry(tr("From"), phaseDateEntry, in: circleGroup, width: 12)
        let record = Widgets.button(tr("Record the phase change")) {}
        gtk_widget_set_halign(record, GTK_ALIGN_END)
        FormRows.add(FormRows.wide(record), to: circleGroup)
        let historyGroup = FormRows.group(tr("History"))
        historyBox = FormRows.list()
        Accessibility.setLabel(historyBox, tr("Phase history"))
        FormRows.add(historyBox, to: historyGroup)

        Widgets.append(content, chartsBox, matrixGroup, activitiesGroup, stairGroup, rolesGroup, circleGroup, historyGroup)
        root = Form.page(content, width: 1000)

        Signals.connect(record, "clicked") { [weak self] in self?.recordPhase() }
        Signals.connect(phaseDateEntry, "activate") { [weak self] in self?.recordPhase() }
        // The matrix and the staircase as drawn in the report, from `ChartView`.
        matrixChart = ChartView(kind: .matrix, window: page.window, height: 380)
        staircaseChart = ChartView(kind: .staircase, window: page.window, height: 380)
        Widgets.append(chartsBox, matrixChart!.root, staircaseChart!.root)
    }

    /// A button that opens the Overview, where the project's cell and staircase are edited.
    private static func overviewLink(page: ProcessPage, name: String) -> Widget {
        let button = Widgets.button(tr("Change on the _Overview"), accessibleName: name) { [weak page] in page?.window.show(page: "overview") }
        gtk_widget_set_halign(button, GTK_ALIGN_START)
        return button
    }

    /// Shows where the project stands.
    func render() {
        let document = page.window.state.document
        if document.project != shown { fill(document.project) }
        renderRoles(document)
    }

    private func renderRoles(_ document: ProjectDocument) {
        Widgets.removeChildren(rolesBox)
        for role in CitizenRole.allCases {
            let who = document.partners.filter { $0.citizenRoles.contains(role) }.map(\.name)
            let text = who.isEmpty ? trf("– %1$s: nobody yet", term(role)) : trf("✓ %1$s: %2$s", term(role), who.joined(separator: ", "))
            FormRows.append(FormRows.wide(Widgets.label(text, classes: who.isEmpty ? ["dim-label"] : [], wrap: true)), to: rolesBox)
        }
        let note = document.coveredCitizenRoles.count == CitizenRole.allCases.count
            ? tr("Citizens take part in all three roles.")
            : tr("Citizen roles are set on each partner under Partners.")
        FormRows.append(FormRows.wide(Widgets.label(note, classes: ["caption", "dim-label"], wrap: true)), to: rolesBox)
    }
}
