import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Impact step 4: the main activities, each with whom it is for, who is responsible, when, what goes into it, who plans
/// and delivers it, and how far citizens hold each role. Every field is saved as it is typed or chosen.
@MainActor
final class ActivityEditor {
    let root: Box
    weak var window: MainWindow?
    private let list: Box
    /// The target groups and partners the rows offer, by id and name.
    private var shownChoices: [String] = []
    /// The activities as the fields show them: the editor's own edits keep them in step, so that a difference means
    /// an edit from elsewhere (undo, redo, a merge) or one that adds or removes a row, and the rows are built anew.
    private var shown: [Activity]?
    /// Each activity's box and name field, to go to it from elsewhere (Process › Position).
    private var rows: [UUID: (box: Box, name: Entry)] = [:]
    /// The rows' fields whose handlers read other fields of their row: held here for as long as the rows, as the
    /// handlers hold them weakly (fields holding each other through their handlers would keep one another alive).
    private var held: [GtkView] = []

    init(window: MainWindow) {
        self.window = window
        root = Box(.vertical, spacing: 8)
        list = Box(.vertical, spacing: 12)
        let add = Button(tr("Add an _activity"), accessibleName: tr("Add an activity"))
        add.onClicked(self) { editor in
            guard let window = editor.window else { return }
            var project = window.state.document.project
            project.activities.append(Activity(name: tr("New activity")))
            window.perform([.setProject(project)])
        }
        add.horizontalAlignment = .start
        root.append(Label(tr("Main activities"), classes: ["heading"]), list, add)
    }

    /// Rebuilds the rows when the activities changed other than through their fields, or the target groups and
    /// partners they offer came, went or were renamed.
    func render(_ document: ProjectDocument) {
        let choices = document.project.targetGroups.map { "\($0.id)\($0.name)" } + document.partners.map { "\($0.id)\($0.name)" }
        guard document.project.activities != shown || choices != shownChoices else { return }
        shown = document.project.activities
        shownChoices = choices
        list.removeAll()
        rows = [:]
        held = []
        for activity in document.project.activities { list.append(row(activity, document)) }
    }

    /// The activity's box and its name field, once rendered.
    func widgets(of id: UUID) -> (box: Box, name: Entry)? { rows[id] }

    /// Holds a field of a row for as long as the rows, for a handler that holds it weakly.
    func hold(_ views: GtkView...) { held += views }

    /// Edits one activity of the project as stored and saves the project; `rebuild` when the edit adds or removes a
    /// row (an input).
    func update(_ id: UUID, key: String?, rebuild: Bool = false, _ change: (inout Activity) -> Void) {
        guard let window else { return }
        var project = window.state.document.project
        guard let index = project.activities.firstIndex(where: { $0.id == id }) else { return }
        change(&project.activities[index])
        guard project != window.state.document.project else { return }
        if !rebuild { shown = project.activities }
        window.perform([.setProject(project)], coalescing: key.map { "activity.\(id).\($0)" })
    }

    private func row(_ activity: Activity, _ document: ProjectDocument) -> Box {
        let id = activity.id
        let box = Box(.vertical, spacing: 6, classes: ["form-group"])
        let name = Entry(name: tr("Activity name"), text: activity.name)
        let description = TargetGroupEditor.textView(tr("What happens"), activity.description)
        rows[id] = (box, name)
        name.onChanged(self) { editor, text in editor.update(id, key: "name") { $0.name = text } }
        description.onChange(self) { editor, text in editor.update(id, key: "description") { $0.description = text } }
        box.append(Form.field(tr("Name"), name).root, Form.field(tr("What happens"), description.frame).root,
                   periodRow(activity), cellRow(activity))
        if !document.project.targetGroups.isEmpty {
            box.append(checks(tr("For the target groups"), document.project.targetGroups.map { ($0.id, $0.name) },
                              chosen: activity.targetGroupIDs) { editor, member, on in
                editor.update(id, key: nil) { a in
                    a.targetGroupIDs.removeAll { $0 == member }
                    if on { a.targetGroupIDs.append(member) }
                }
            })
        }
        if !document.partners.isEmpty {
            box.append(checks(tr("Responsible partners"), document.partners.map { ($0.id, $0.name) },
                              chosen: activity.partnerIDs) { editor, member, on in
                editor.update(id, key: nil) { a in
                    a.partnerIDs.removeAll { $0 == member }
                    if on { a.partnerIDs.append(member) }
                }
            })
        }
        box.append(rolesRow(activity), InputRows(editor: self, activity: activity, partners: document.partners).root)
        let remove = Button(tr("Remove the activity"), accessibleName: trf("Remove the activity “%1$s”", activity.name))
        remove.onClicked(self) { editor in
            guard let window = editor.window else { return }
            var project = window.state.document.project
            project.activities.removeAll { $0.id == id }
            window.perform([.setProject(project)])
            // Removing is the user's own choice: what was typed into it and not saved goes with it.
            window.state.drafts.discard(recordID: id)
            for input in activity.inputs { window.state.drafts.discard(recordID: input.id) }
        }
        remove.horizontalAlignment = .start
        box.append(remove)
        return box
    }

    private func periodRow(_ activity: Activity) -> Box {
        let row = Box(.horizontal, spacing: 12)
        for (caption, path) in [(tr("From"), \Period.start), (tr("To"), \Period.end)] as [(String, WritableKeyPath<Period, Day?>)] {
            let entry = Entry(name: trf("Activity %1$s date", caption), text: ImpactText.date(activity.period[keyPath: path]),
                              placeholder: tr("d.m.yyyy"))
            hold(entry)
            let field = Form.field(caption, entry)
            field.root.expandsHorizontally = true
            let message = field.message
            let draftField = path == \Period.start ? "activity.period.start" : "activity.period.end"
            PlanFieldDraft.restore(entry, message: message, in: window, activity.id, draftField)
            entry.onChanged(self) { [weak entry] editor, typed in
                let text = typed.trimmed()
                let day = ImpactText.day(text)
                let reads = text.isEmpty || day != nil
                PlanFieldDraft.mark(entry, message: message, in: editor.window, activity.id, draftField, text: text,
                                    problem: reads ? nil : ImpactText.notADate(text),
                                    title: trf("%1$s for “%2$s”", caption, editor.name(of: activity.id)))
                if reads { editor.update(activity.id, key: "period.\(caption)") { $0.period[keyPath: path] = day } }
            }
            row.append(field.root)
        }
        return row
    }

    private func cellRow(_ activity: Activity) -> Box {
        let row = Box(.horizontal, spacing: 12)
        let items = [tr("Not placed")] + Responsibility.allCases.map(term)
        let planning = DropDown(name: tr("Who plans it"), items: items)
        let delivery = DropDown(name: tr("Who delivers it"), items: items)
        planning.select(activity.cell.flatMap { Responsibility.allCases.firstIndex(of: $0.planning) }.map { $0 + 1 } ?? 0)
        delivery.select(activity.cell.flatMap { Responsibility.allCases.firstIndex(of: $0.delivery) }.map { $0 + 1 } ?? 0)
        // Where the choice places the activity between thin and thick, said where it is made.
        let depth = Label(Self.describe(activity.cell), classes: ["dim-label", "caption"], wrap: true)
        hold(planning, delivery)
        let changed: @MainActor (ActivityEditor, Int) -> Void = { [weak planning, weak delivery] editor, _ in
            guard let planning, let delivery else { return }
            let p = planning.selected, d = delivery.selected
            let cell = p > 0 && d > 0 ? MatrixCell(planning: Responsibility.allCases[p - 1], delivery: Responsibility.allCases[d - 1]) : nil
            depth.text = Self.describe(cell)
            editor.update(activity.id, key: nil) { $0.cell = cell }
        }
        planning.onSelect(self, changed)
        delivery.onSelect(self, changed)
        let p = Form.field(tr("Who plans it"), planning), d = Form.field(tr("Who delivers it"), delivery)
        p.root.expandsHorizontally = true
        d.root.expandsHorizontally = true
        row.append(p.root, d.root)
        let column = Box(.vertical, spacing: 2)
        column.append(row, depth)
        return column
    }

    /// The cell's place between thin and thick co-creation in words, or nothing while it is not chosen.
    private static func describe(_ cell: MatrixCell?) -> String {
        cell.map(ImpactText.cell) ?? ""
    }

    private func rolesRow(_ activity: Activity) -> Box {
        let row = Box(.horizontal, spacing: 12)
        for role in CitizenRole.allCases {
            let dropDown = DropDown(name: trf("Citizens as %1$s", term(role)), items: RoleDegree.allCases.map(term))
            dropDown.select(RoleDegree.allCases.firstIndex(of: activity.citizenRoles[role]) ?? 0)
            dropDown.onSelect(self) { editor, index in
                guard RoleDegree.allCases.indices.contains(index) else { return }
                editor.update(activity.id, key: nil) { $0.citizenRoles[role] = RoleDegree.allCases[index] }
            }
            let field = Form.field(term(role), dropDown)
            field.root.expandsHorizontally = true
            row.append(field.root)
        }
        return row
    }

    private func checks(_ caption: String, _ items: [(UUID, String)], chosen: [UUID],
                        _ toggled: @escaping @MainActor (ActivityEditor, UUID, Bool) -> Void) -> Box {
        let box = Box(.vertical, spacing: 2)
        // Wrapping, so that seven partners' names make more lines, not a page wider than the window.
        let flow = FlowBox()
        flow.maxChildrenPerLine = 3
        flow.columnSpacing = 12
        flow.setAccessibleName(caption)
        for (id, name) in items {
            let check = CheckButton(name)
            check.isActive = chosen.contains(id)
            check.onToggled(self) { editor, on in toggled(editor, id, on) }
            flow.append(check)
        }
        box.append(Label(caption, classes: ["field-caption"]), flow)
        return box
    }

    /// The activity's name as stored, for the question on closing.
    func name(of id: UUID) -> String {
        window?.state.document.project.activities.first { $0.id == id }?.name ?? ""
    }
}
