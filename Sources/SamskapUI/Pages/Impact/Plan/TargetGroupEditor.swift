import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Impact step 3: the target groups, each with its name, description, estimated size and how it takes part.
/// Each field is saved as it is typed; a size that is not a whole number stays in its field, marked, until corrected.
@MainActor
final class TargetGroupEditor {
    let root: Widget
    private weak var window: MainWindow?
    private let list: Widget
    /// The groups as the fields show them: the editor's own edits keep them in step, so that a difference means
    /// an edit from elsewhere (undo, redo, a merge) and the rows are built anew.
    private var shown: [TargetGroup]?

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        let add = Widgets.button(tr("_Add a target group"), accessibleName: tr("Add a target group")) { [weak self] in self?.add() }
        gtk_widget_set_halign(add, GTK_ALIGN_START)
        Widgets.append(root, Widgets.label(tr("Target groups"), classes: ["heading"]), list, add)
    }

    /// Rebuilds the rows when the groups changed other than by typing here; the fields keep what is being typed.
    func render(_ document: ProjectDocument) {
        guard document.project.targetGroups != shown else { return }
        shown = document.project.targetGroups
        Widgets.removeChildren(list)
        for group in document.project.targetGroups { Widgets.append(list, row(group)) }
    }

    private func row(_ group: TargetGroup) -> Widget {
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6, classes: ["form-group"])
        let name = Widgets.entry(name: tr("Target group name"), text: group.name)
        let size = Widgets.entry(name: tr("Estimated size"), text: group.estimatedSize.map(String.init) ?? "", placeholder: tr("about how many"))
        // The two texts that run long wrap in views that grow, rather than being cut in a one-line entry.
        let description = Self.textView(tr("Who they are and what they need"), group.description)
        let participation = Self.textView(tr("How they take part"), group.participation)
        let sizeField = Form.field(tr("Estimated size"), size)
        let remove = Widgets.button(tr("Remove"), accessibleName: trf("Remove the target group “%1$s”", group.name)) { [weak self] in
            self?.update(group.id, key: nil) { $0.targetGroups.removeAll { $0.id == group.id } }
            // Removing is the user's own choice: a size typed and not saved goes with the group.
            self?.window?.state.drafts.discard(recordID: group.id)
        }
        gtk_widget_set_halign(remove, GTK_ALIGN_START)
        Widgets.append(box, Form.field(tr("Name"), name).root, Form.field(tr("Who they are and what they need"), description.root).root,
                       sizeField.root, Form.field(tr("How they take part"), participation.root).root, remove)
        let id = group.id
        Signals.connect(name, "changed") { [weak self] in
            let text = CStrings.text(ofEditable: name)
            self?.edit(id, key: "name") { $0.name = text }
        }
        for (view, key, path) in [(description.view, "description", \TargetGroup.description),
                                  (participation.view, "participation", \TargetGroup.participation)] {
            Form.onChange(ofTextView: view) { [weak self] in
                let text = CStrings.text(ofTextView: view)
                self?.edit(id, key: key) { $0[keyPath: path] = text }
            }
        }
        let sizeMessage = sizeField.message
        PlanFieldDraft.restore(size, message: sizeMessage, in: window, id, Self.sizeField)
        Signals.connect(size, "changed") { [weak self] in
            let text = CStrings.text(ofEditable: size)
            let value = ImpactText.count(text)
            let problem = value == nil ? trf("“%1$s” is not a whole number. Type about how many people, e.g. 120.", text) : nil
            PlanFieldDraft.mark(size, message: sizeMessage, in: self?.window, id, Self.sizeField, text: text, problem: problem,
                                title: trf("Estimated size of “%1$s”", self?.name(of: id) ?? ""))
            if let value { self?.edit(id, key: "size") { $0.estimatedSize = value } }
        }
        return box
    }

    private func add() {
        guard let window else { return }
        var project = window.state.document.project
        project.targetGroups.append(TargetGroup(name: tr("New target group")))
        window.perform([.setProject(project)])
    }

    /// Edits one target group of the project as stored.
    private func edit(_ id: UUID, key: String, _ change: (inout TargetGroup) -> Void) {
        update(id, key: key) { project in
            guard let index = project.targetGroups.firstIndex(where: { $0.id == id }) else { return }
            change(&project.targetGroups[index])
        }
    }

    private func update(_ id: UUID, key: String?, _ change: (inout Project) -> Void) {
        guard let window else { return }
        var project = window.state.document.project
        change(&project)
        guard project != window.state.document.project else { return }
        // Typing keeps its rows; a group added or removed builds them anew.
        if key != nil { shown = project.targetGroups }
        window.perform([.setProject(project)], coalescing: key.map { "targetGroup.\(id).\($0)" })
    }

    /// The field a target group's size is kept under when it does not read.
    static let sizeField = "targetGroup.size"

    private func name(of id: UUID) -> String {
        window?.state.document.project.targetGroups.first { $0.id == id }?.name ?? ""
    }

    /// A text view of a few lines for a text that may run long, holding `text`.
    static func textView(_ name: String, _ text: String) -> (root: Widget, view: Widget) {
        let field = Form.textView(name: name, minHeight: 60)
        Form.setText(ofTextView: field.view, text)
        return field
    }
}
