import SamskapCore
import SamskapGtk

/// What steps 1 and 2 of the impact work show instead of a text of their own: the project's problem as the Overview
/// holds it, the goals as Vision and goals holds them, each with the way to where it is edited. One place for each
/// fact: a coordinator never has to wonder which of two texts counts.
@MainActor
final class StepFact {
    let root: Box
    private unowned let window: MainWindow
    private let caption: Label
    private let text: Label
    private let link: Button
    private var page = "overview"

    init(window: MainWindow) {
        self.window = window
        root = Box(.vertical, spacing: 6, classes: ["form-group"])
        caption = Label("", classes: ["field-caption"])
        text = Label("", wrap: true)
        text.isSelectable = true
        link = Button("", accessibleName: "")
        link.horizontalAlignment = .start
        root.append(caption, text, link)
        link.onClicked(self) { fact in fact.window.show(page: fact.page) }
    }

    /// Shows the fact behind `kind`, if the step has one; returns whether the step keeps a text of its own.
    func show(_ kind: ImpactStepKind, in document: ProjectDocument) -> Bool {
        switch kind {
        case .problem:
            fill(caption: tr("The problem, as the Overview has it"),
                 text: document.project.problem.trimmed().isEmpty ? tr("Not written yet.") : document.project.problem,
                 link: tr("Change on the _Overview"), name: tr("Change the problem on the Overview"), page: "overview")
        case .goals:
            let goals = document.goals.sorted { $0.position < $1.position }.enumerated().map { "\($0 + 1). \($1.text)" }
            fill(caption: tr("The overall goals, as Vision and goals has them"),
                 text: goals.isEmpty ? tr("None set yet.") : goals.joined(separator: "\n"),
                 link: tr("Change under _Vision and goals"), name: tr("Change the goals under Vision and goals"), page: "vision")
        default:
            root.isVisible = false
            return true
        }
        root.isVisible = true
        return false
    }

    private func fill(caption: String, text: String, link: String, name: String, page: String) {
        self.caption.text = caption
        self.text.text = text
        self.link.setLabelKeepingName(link)
        self.link.setAccessibleName(name)
        self.page = page
    }
}
