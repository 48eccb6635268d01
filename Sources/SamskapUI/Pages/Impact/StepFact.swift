import CGtk
import SamskapCore
import SamskapGtk

/// What steps 1 and 2 of the impact work show instead of a text of their own: the project's problem as the Overview
/// holds it, the goals as Vision and goals holds them, each with the way to where it is edited. One place for each
/// fact: a coordinator never has to wonder which of two texts counts.
@MainActor
final class StepFact {
    let root: Widget
    private unowned let window: MainWindow
    private let caption: Widget
    private let text: Widget
    private let link: Widget
    private var page = "overview"

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6, classes: ["form-group"])
        caption = Widgets.label("", classes: ["field-caption"])
        text = Widgets.label("", wrap: true)
        gtk_label_set_selectable(samskap_label(text), 1)
        link = Widgets.button("", accessibleName: "") {}
        gtk_widget_set_halign(link, GTK_ALIGN_START)
        Widgets.append(root, caption, text, link)
        Signals.connect(link, "clicked") { [weak self] in
            guard let self else { return }
            self.window.show(page: self.page)
        }
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
            gtk_widget_set_visible(root, 0)
            return true
        }
        gtk_widget_set_visible(root, 1)
        return false
    }

    private func fill(caption: String, text: String, link: String, name: String, page: String) {
        gtk_label_set_text(samskap_label(self.caption), caption)
        gtk_label_set_text(samskap_label(self.text), text)
        gtk_button_set_label(samskap_button(self.link), link)
        Accessibility.setLabel(self.link, name)
        self.page = page
    }
}
