import CGtk
import FoundationEssentials
import SamskapCore

/// Where the work stands: the project's and each activity's place between thin and thick co-creation, the
/// staircase step per unit or area, the citizen roles covered (read from the partners), and the phase in the
/// circle of social innovation with its dated history.
@MainActor
final class PositionView {
    let root: Widget
    unowned let page: ProcessPage
    let chartsBox: Widget
    /// The project's own cell and its staircase, as the Overview (where they are edited) holds them.
    let projectCellLabel: Widget
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
    var activityRows: [UUID: (planning: Widget, delivery: Widget, depth: Widget)] = [:]

    init(page: ProcessPage) {
        self.page = page
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        chartsBox = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)

        // The project's cell and staircase are edited in one place, the Overview; here they are shown with the way there.
        let (matrixGroup, matrixBox) = Form.group(tr("Thin or thick co-creation"))
        projectCellLabel = Widgets.label("", wrap: true)
        activitiesBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        let activitiesHeading = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let activitiesCaption = Widgets.label(tr("Each main activity"), classes: ["field-caption"])
        gtk_widget_set_hexpand(activitiesCaption, 1)
        Widgets.append(activitiesHeading, activitiesCaption, Widgets.label(tr("plans and designs · delivers"), classes: ["dim-label", "caption"]))
        Widgets.append(matrixBox, FrameworkHelp.button(.coCreation), Widgets.label(tr("The project as a whole"), classes: ["field-caption"]), projectCellLabel,
                       Self.overviewLink(page: page, name: tr("Change the project's cell on the Overview")), activitiesHeading, activitiesBox)

        let (stairGroup, stairBox) = Form.group(tr("The staircase"))
        staircaseBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        Accessibility.setLabel(staircaseBox, tr("The staircase"))
        Widgets.append(stairBox, FrameworkHelp.button(.staircase), staircaseBox, Self.overviewLink(page: page, name: tr("Change the staircase on the Overview")))

        let (rolesGroup, rolesContent) = Form.group(tr("Citizen roles covered"))
        rolesBox = rolesContent
        Accessibility.setLabel(rolesBox, tr("Citizen roles covered"))

        let (circleGroup, circleBox) = Form.group(tr("The circle of social innovation"))
        currentPhaseLabel = Widgets.label("", classes: ["title-2"], wrap: true)
        phaseDropDown = Form.dropDown(name: tr("Phase entered"), items: CirclePhase.allCases.map(term))
        phaseDateEntry = Widgets.entry(name: tr("Date of the phase change"), text: Day.today().formatted(Translations.language),
                                       placeholder: tr("d.m.yyyy"))
        let phaseField = Form.field(tr("Phase entered"), phaseDropDown)
        let dateField = Form.field(tr("From"), phaseDateEntry)
        phaseDateMessage = dateField.message
        gtk_widget_set_hexpand(phaseField.root, 1)
        let record = Widgets.button(tr("Record the phase change")) {}
        gtk_widget_set_valign(record, GTK_ALIGN_CENTER)
        let phaseRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        Widgets.append(phaseRow, phaseField.root, dateField.root, record)
        historyBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        Accessibility.setLabel(historyBox, tr("Phase history"))
        Widgets.append(circleBox, FrameworkHelp.button(.circle), currentPhaseLabel, phaseRow, Widgets.label(tr("History"), classes: ["field-caption"]), historyBox)

        Widgets.append(content, chartsBox, matrixGroup, stairGroup, rolesGroup, circleGroup)
        root = Form.page(content, width: 1000)

        Signals.connect(record, "clicked") { [weak self] in self?.recordPhase() }
        Signals.connect(phaseDateEntry, "activate") { [weak self] in self?.recordPhase() }
        // The matrix and the staircase as drawn in the report, from `ChartView`.
        gtk_box_set_homogeneous(samskap_box(chartsBox), 1)
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
            Widgets.append(rolesBox, Widgets.label(text, classes: who.isEmpty ? ["dim-label"] : [], wrap: true))
        }
        let note = document.coveredCitizenRoles.count == CitizenRole.allCases.count
            ? tr("Citizens take part in all three roles.")
            : tr("Citizen roles are set on each partner under Partners.")
        Widgets.append(rolesBox, Widgets.label(note, classes: ["caption", "dim-label"], wrap: true))
    }
}
