import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The shared vision, the overall goals (add, reorder, remove) and each partner's sub-goals.
@MainActor
final class VisionPage: Page {
    let name = "vision"
    let title = tr("Vision and goals")
    let root: Widget
    unowned let window: MainWindow
    let visionView: Widget
    let goalList: Widget
    let newGoal: Widget
    /// The last row of `goalList`, which adds a goal; it stays when the goals' rows are built again.
    let newGoalRow: Widget
    let subGoalGroups: Widget
    var goalRows: [UUID: (entry: Widget, message: Widget)] = [:]
    var subGoalRows: [UUID: (entry: Widget, message: Widget)] = [:]
    var shownVision: String?
    var filling = false
    /// The ids the rows were built for; rows are rebuilt only when these change.
    var builtGoals: [UUID] = []
    var builtSubGoals: [UUID] = []
    var subGoalNames: [String] = []

    init(window: MainWindow) {
        self.window = window
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        let visionGroup = FormRows.group(tr("Shared vision"), description: tr("A picture of a desired future, not a slogan."))
        let vision = Form.textView(name: tr("Shared vision"), minHeight: 120)
        visionView = vision.view
        FormRows.add(FormRows.block(tr("The future you want together"), vision.root), to: visionGroup)

        // The goals come and go, each before the row that adds one: a list of rows under the group's heading.
        let goalGroup = FormRows.group(tr("Overall goals"))
        goalList = FormRows.list()
        newGoal = Widgets.entry(name: tr("New goal"), placeholder: tr("What do you want to achieve together?"))
        gtk_widget_set_hexpand(newGoal, 1)
        let addGoal = Widgets.button(tr("Add goal")) {}
        let addLine = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(addLine, newGoal, addGoal)
        newGoalRow = FormRows.wide(addLine)
        FormRows.append(newGoalRow, to: goalList)
        FormRows.add(goalList, to: goalGroup)

        let subGoalGroup = FormRows.group(tr("Partners’ sub-goals"))
        subGoalGroups = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        FormRows.add(subGoalGroups, to: subGoalGroup)
        Widgets.append(content, visionGroup, goalGroup, subGoalGroup)
        root = Form.page(content)

        Form.onChange(ofTextView: visionView) { [weak self] in
            guard let self else { return }
            guard !self.filling else { return }
            var project = self.window.state.document.project
            project.vision = CStrings.text(ofTextView: self.visionView)
            self.shownVision = project.vision
            self.window.perform([.setProject(project)], coalescing: "project.vision")
        }
        let add: @MainActor () -> Void = { [weak self] in self?.addGoal() }
        Signals.connect(addGoal, "clicked", add)
        Signals.connect(newGoal, "activate", add)
    }

    func render() {
        let document = window.state.document
        filling = true
        defer { filling = false }
        if document.project.vision != shownVision {
            shownVision = document.project.vision
            Form.setText(ofTextView: visionView, document.project.vision)
        }
        renderGoals(document.goals)
        renderSubGoals(document)
    }
}
