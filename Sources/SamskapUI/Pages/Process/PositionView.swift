import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Where the work stands: the project's and each activity's place between thin and thick co-creation, the
/// staircase step per unit or area, the citizen roles covered (read from the partners), and the phase in the
/// circle of social innovation with its dated history.
@MainActor
final class PositionView {
    let root: ScrolledView
    unowned let page: ProcessPage
    let chartsBox: Box
    /// The project's own cell (in the row's subtitle) and its staircase, as the Overview (where they are edited) holds them.
    let projectCellRow: ActionRow
    let staircaseBox: RowList
    let activitiesBox: RowList
    let rolesBox: RowList
    let currentPhaseLabel: Label
    let phaseDropDown: DropDown
    let phaseDateEntry: Entry
    let phaseDateMessage: Label
    let historyBox: RowList
    /// The project as last shown; another one (an edit elsewhere, undo) refills the fields.
    var shown: Project?
    var filling = false
    var matrixChart: ChartView?
    var staircaseChart: ChartView?
    /// The activities the rows were built for (id and name), and their controls.
    var activityKey: [String] = []
    /// Each activity's row, its depth in the subtitle.
    var activityRows: [UUID: ActionRow] = [:]

    init(page: ProcessPage) {
        self.page = page
        let content = Box(.vertical, spacing: 6)
        // One above the other: side by side in the page's width, each cut the names in its cells short.
        chartsBox = Box(.vertical, spacing: 12)

        // The project's cell and staircase are edited in one place, the Overview; here they are shown with the way there.
        let matrixGroup = RowGroup(tr("Thin or thick co-creation"), suffix: FrameworkHelp.button(.coCreation))
        projectCellRow = ActionRow(tr("The project as a whole"),
                                   control: Self.overviewLink(page: page, name: tr("Change the project's cell on the Overview")))
        matrixGroup.add(projectCellRow)
        let activitiesGroup = RowGroup(tr("Each main activity"))
        activitiesBox = RowList()
        activitiesGroup.add(activitiesBox)

        let stairGroup = RowGroup(tr("The staircase"), suffix: FrameworkHelp.button(.staircase))
        staircaseBox = RowList()
        staircaseBox.setAccessibleName(tr("The staircase"))
        let stairLink = Self.overviewLink(page: page, name: tr("Change the staircase on the Overview"))
        stairLink.marginTop = 6
        stairGroup.add(staircaseBox)
        stairGroup.add(stairLink)

        let rolesGroup = RowGroup(tr("Citizen roles covered"))
        rolesBox = RowList()
        rolesBox.setAccessibleName(tr("Citizen roles covered"))
        rolesGroup.add(rolesBox)

        let circleGroup = RowGroup(tr("The circle of social innovation"), suffix: FrameworkHelp.button(.circle))
        currentPhaseLabel = Label("", classes: ["title-2"], wrap: true)
        circleGroup.add(FormRows.wide(currentPhaseLabel))
        phaseDropDown = DropDown(name: tr("Phase entered"), items: CirclePhase.allCases.map(term))
        circleGroup.add(ActionRow(tr("Phase entered"), control: phaseDropDown))
        phaseDateEntry = Entry(name: tr("Date of the phase change"), text: Day.today().formatted(Translations.language),
                               placeholder: tr("d.m.yyyy"))
        phaseDateMessage = circleGroup.addEntry(tr("From"), phaseDateEntry, width: 12)
        let record = Button(tr("Record the phase change"))
        record.horizontalAlignment = .end
        circleGroup.add(FormRows.wide(record))
        let historyGroup = RowGroup(tr("History"))
        historyBox = RowList()
        historyBox.setAccessibleName(tr("Phase history"))
        historyGroup.add(historyBox)

        content.append(chartsBox, matrixGroup, activitiesGroup, stairGroup, rolesGroup, circleGroup, historyGroup)
        root = Form.page(content, width: 1000)

        record.onClicked(self) { $0.recordPhase() }
        phaseDateEntry.onActivate(self) { $0.recordPhase() }
        // The matrix and the staircase as drawn in the report, from `ChartView`.
        matrixChart = ChartView(kind: .matrix, window: page.window, height: 380)
        staircaseChart = ChartView(kind: .staircase, window: page.window, height: 380)
        chartsBox.append(matrixChart!.root, staircaseChart!.root)
    }

    /// A button that opens the Overview, where the project's cell and staircase are edited.
    private static func overviewLink(page: ProcessPage, name: String) -> Button {
        let button = Button(tr("Change on the _Overview"), accessibleName: name)
        button.onClicked(page) { $0.window.show(page: "overview") }
        button.horizontalAlignment = .start
        return button
    }

    /// Shows where the project stands.
    func render() {
        let document = page.window.state.document
        if document.project != shown { fill(document.project) }
        renderRoles(document)
    }

    private func renderRoles(_ document: ProjectDocument) {
        rolesBox.removeAll()
        for role in CitizenRole.allCases {
            let who = document.partners.filter { $0.citizenRoles.contains(role) }.map(\.name)
            let text = who.isEmpty ? trf("– %1$s: nobody yet", term(role)) : trf("✓ %1$s: %2$s", term(role), who.joined(separator: ", "))
            rolesBox.append(FormRows.wide(Label(text, classes: who.isEmpty ? ["dim-label"] : [], wrap: true)))
        }
        let note = document.coveredCitizenRoles.count == CitizenRole.allCases.count
            ? tr("Citizens take part in all three roles.")
            : tr("Citizen roles are set on each partner under Partners.")
        rolesBox.append(FormRows.wide(Label(note, classes: ["caption", "dim-label"], wrap: true)))
    }
}
