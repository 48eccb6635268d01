import CGtk
import FoundationEssentials
import SamskapCore

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
        let (visionGroup, visionBox) = Form.group(tr("Shared vision"))
        let vision = Form.textView(name: tr("Shared vision"), minHeight: 120)
        visionView = vision.view
        Widgets.append(visionBox, Form.field(tr("The future you want together"), vision.root,
                                             hint: tr("A picture of a desired future, not a slogan.")).root)

        let (goalGroup, goalBox) = Form.group(tr("Overall goals"))
        goalList = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        newGoal = Widgets.entry(name: tr("New goal"), placeholder: tr("What do you want to achieve together?"))
        gtk_widget_set_hexpand(newGoal, 1)
        let addGoal = Widgets.button(tr("Add goal")) {}
        let addRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(addRow, newGoal, addGoal)
        Widgets.append(goalBox, goalList, addRow)

        subGoalGroups = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        let subHeading = Widgets.label(tr("Partners’ sub-goals"), classes: ["heading"])
        gtk_widget_set_margin_top(subHeading, 12)
        Widgets.append(content, visionGroup, goalGroup, subHeading, subGoalGroups)
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
