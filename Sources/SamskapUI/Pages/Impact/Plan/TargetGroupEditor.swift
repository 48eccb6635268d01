import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Impact step 3: the target groups, each with its name, description, estimated size and how it takes part.
/// Each field is saved as it is typed; a size that is not a whole number stays in its field, marked, until corrected.
@MainActor
final class TargetGroupEditor {
    let root: Box
    private weak var window: MainWindow?
    private let list: Box
    /// The rows' size fields, held for their handlers, which hold them weakly: a handler holding its own field would
    /// keep it alive after its row went.
    private var sizeEntries: [Entry] = []
    /// The groups as the fields show them: the editor's own edits keep them in step, so that a difference means
    /// an edit from elsewhere (undo, redo, a merge) and the rows are built anew.
    private var shown: [TargetGroup]?

    init(window: MainWindow) {
        self.window = window
        root = Box(.vertical, spacing: 8)
        list = Box(.vertical, spacing: 12)
        let add = Button(tr("_Add a target group"), accessibleName: tr("Add a target group"))
        add.horizontalAlignment = .start
        add.onClicked(self) { $0.add() }
        root.append(Label(tr("Target groups"), classes: ["heading"]), list, add)
    }

    /// Rebuilds the rows when the groups changed other than by typing here; the fields keep what is being typed.
    func render(_ document: ProjectDocument) {
        guard document.project.targetGroups != shown else { return }
        shown = document.project.targetGroups
        list.removeAll()
        sizeEntries = []
        for group in document.project.targetGroups { list.append(row(group)) }
    }

    private func row(_ group: TargetGroup) -> Box {
        let id = group.id
        let box = Box(.vertical, spacing: 6, classes: ["form-group"])
        let name = Entry(name: tr("Target group name"), text: group.name)
        let size = Entry(name: tr("Estimated size"), text: group.estimatedSize.map(String.init) ?? "", placeholder: tr("about how many"))
        sizeEntries.append(size)
        // The two texts that run long wrap in views that grow, rather than being cut in a one-line entry.
        let description = Self.textView(tr("Who they are and what they need"), group.description)
        let participation = Self.textView(tr("How they take part"), group.participation)
        let sizeField = Form.field(tr("Estimated size"), size)
        let remove = Button(tr("Remove"), accessibleName: trf("Remove the target group “%1$s”", group.name))
        remove.onClicked(self) { editor in
            editor.update(id, key: nil) { $0.targetGroups.removeAll { $0.id == id } }
            // Removing is the user's own choice: a size typed and not saved goes with the group.
            editor.window?.state.drafts.discard(recordID: id)
        }
        remove.horizontalAlignment = .start
        box.append(Form.field(tr("Name"), name).root, Form.field(tr("Who they are and what they need"), description.frame).root,
                   sizeField.root, Form.field(tr("How they take part"), participation.frame).root, remove)
        name.onChanged(self) { editor, text in editor.edit(id, key: "name") { $0.name = text } }
        for (view, key, path) in [(description, "description", \TargetGroup.description),
                                  (participation, "participation", \TargetGroup.participation)] {
            view.onChange(self) { editor, text in editor.edit(id, key: key) { $0[keyPath: path] = text } }
        }
        let sizeMessage = sizeField.message
        PlanFieldDraft.restore(size, message: sizeMessage, in: window, id, Self.sizeField)
        size.onChanged(self) { [weak size] editor, text in
            let value = ImpactText.count(text)
            let problem = value == nil ? trf("“%1$s” is not a whole number. Type about how many people, e.g. 120.", text) : nil
            PlanFieldDraft.mark(size, message: sizeMessage, in: editor.window, id, Self.sizeField, text: text, problem: problem,
                                title: trf("Estimated size of “%1$s”", editor.name(of: id)))
            if let value { editor.edit(id, key: "size") { $0.estimatedSize = value } }
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
    static func textView(_ name: String, _ text: String) -> TextView {
        let field = TextView(name: name, minHeight: 60)
        field.text = text
        return field
    }
}
