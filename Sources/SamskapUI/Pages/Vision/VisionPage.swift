import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The shared vision, the overall goals (add, reorder, remove) and each partner's sub-goals.
@MainActor
final class VisionPage: Page {
    let name = "vision"
    let title = tr("Vision and goals")
    var root: GtkView { page }
    unowned let window: MainWindow
    let page: GtkView
    let visionView: TextView
    let goalList: RowList
    let newGoal: Entry
    /// The last row of `goalList`, which adds a goal; it stays when the goals' rows are built again.
    let newGoalRow: GtkView
    let subGoalGroups: Box
    var goalRows: [UUID: (entry: TextView, message: Label)] = [:]
    var subGoalRows: [UUID: (entry: TextView, message: Label)] = [:]
    /// Each partner's entry for a new sub-goal, while its group is on the page.
    var newSubGoals: [UUID: Entry] = [:]
    var shownVision: String?
    var filling = false
    /// The ids the rows were built for; rows are rebuilt only when these change.
    var builtGoals: [UUID] = []
    var builtSubGoals: [UUID] = []
    var subGoalNames: [String] = []

    init(window: MainWindow) {
        self.window = window
        let content = Box(.vertical, spacing: 6)
        let visionGroup = RowGroup(tr("Shared vision"), description: tr("A picture of a desired future, not a slogan."))
        visionView = TextView(name: tr("Shared vision"), minHeight: 120)
        visionGroup.add(FormRows.block(tr("The future you want together"), visionView.frame))

        // The goals come and go, each before the row that adds one: a list of rows under the group's heading.
        let goalGroup = RowGroup(tr("Overall goals"))
        goalList = RowList()
        newGoal = Entry(name: tr("New goal"), placeholder: tr("What do you want to achieve together?"))
        newGoal.expandsHorizontally = true
        let addGoal = Button(tr("Add goal"))
        let addLine = Box(.horizontal, spacing: 6)
        addLine.append(newGoal, addGoal)
        newGoalRow = FormRows.wide(addLine)
        goalList.append(newGoalRow)
        goalGroup.add(goalList)

        let subGoalGroup = RowGroup(tr("Partners’ sub-goals"))
        subGoalGroups = Box(.vertical, spacing: 12)
        subGoalGroup.add(subGoalGroups)
        content.append(visionGroup, goalGroup, subGoalGroup)
        page = Form.page(content)

        visionView.onChange(self) { page in
            guard !page.filling else { return }
            var project = page.window.state.document.project
            project.vision = page.visionView.text
            page.shownVision = project.vision
            page.window.perform([.setProject(project)], coalescing: "project.vision")
        }
        addGoal.onClicked(self) { $0.addGoal() }
        newGoal.onActivate(self) { $0.addGoal() }
    }

    func render() {
        let document = window.state.document
        filling = true
        defer { filling = false }
        if document.project.vision != shownVision {
            shownVision = document.project.vision
            visionView.text = document.project.vision
        }
        renderGoals(document.goals)
        renderSubGoals(document)
    }
}
