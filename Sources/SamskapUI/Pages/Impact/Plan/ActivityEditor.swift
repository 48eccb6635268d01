import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Impact step 4: the main activities, each with whom it is for, who is responsible, when, what goes into it, who plans
/// and delivers it, and how far citizens hold each role. Every field is saved as it is typed or chosen.
@MainActor
final class ActivityEditor {
    let root: Widget
    weak var window: MainWindow?
    private let list: Widget
    /// The target groups and partners the rows offer, by id and name.
    private var shownChoices: [String] = []
    /// The activities as the fields show them: the editor's own edits keep them in step, so that a difference means
    /// an edit from elsewhere (undo, redo, a merge) or one that adds or removes a row, and the rows are built anew.
    private var shown: [Activity]?
    /// Each activity's box and name field, to go to it from elsewhere (Process › Position).
    private var rows: [UUID: (box: Widget, name: Widget)] = [:]

    init(window: MainWindow) {
        self.window = window
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        let add = Widgets.button(tr("Add an _activity"), accessibleName: tr("Add an activity")) { [weak self] in
            guard let window = self?.window else { return }
            var project = window.state.document.project
            project.activities.append(Activity(name: tr("New activity")))
            window.perform([.setProject(project)])
        }
        gtk_widget_set_halign(add, GTK_ALIGN_START)
        Widgets.append(root, Widgets.label(tr("Main activities"), classes: ["heading"]), list, add)
    }

    /// Rebuilds the rows when the activities changed other than through their fields, or the target groups and
    /// partners they offer came, went or were renamed.
    func render(_ document: ProjectDocument) {
        let choices = document.project.targetGroups.map { "\($0.id)\($0.name)" } + document.partners.map { "\($0.id)\($0.name)" }
        guard document.project.activities != shown || choices != shownChoices else { return }
        shown = document.project.activities
        shownChoices = choices
        Widgets.removeChildren(list)
        rows = [:]
        for activity in document.project.activities { Widgets.append(list, row(activity, document)) }
    }

    /// The activity's box and its name field, once rendered.
    func widgets(of id: UUID) -> (box: Widget, name: Widget)? { rows[id] }

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

    private func row(_ activity: Activity, _ document: ProjectDocument) -> Widget {
        let id = activity.id
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6, classes: ["form-group"])
        let name = Widgets.entry(name: tr("Activity name"), text: activity.name)
        let description = TargetGroupEditor.textView(tr("What happens"), activity.description)
        rows[id] = (box, name)
        Signals.connect(name, "changed") { [weak self] in
            let text = CStrings.text(ofEditable: name)
            self?.update(id, key: "name") { $0.name = text }
        }
        Form.onChange(ofTextView: description.view) { [weak self] in
            let text = CStrings.text(ofTextView: description.view)
            self?.update(id, key: "description") { $0.description = text }
        }
        Widgets.append(box, Form.field(tr("Name"), name).root, Form.field(tr("What happens"), description.root).root,
                       periodRow(activity), cellRow(activity))
        if !document.project.targetGroups.isEmpty {
            Widgets.append(box, checks(tr("For the target groups"), document.project.targetGroups.map { ($0.id, $0.name) },
                                       chosen: activity.targetGroupIDs) { [weak self] member, on in
                self?.update(id, key: nil) { a in
                    a.targetGroupIDs.removeAll { $0 == member }
                    if on { a.targetGroupIDs.append(member) }
                }
            })
        }
        if !document.partners.isEmpty {
            Widgets.append(box, checks(tr("Responsible partners"), document.partners.map { ($0.id, $0.name) },
                                       chosen: activity.partnerIDs) { [weak self] member, on in
                self?.update(id, key: nil) { a in
                    a.partnerIDs.removeAll { $0 == member }
                    if on { a.partnerIDs.append(member) }
                }
            })
        }
        Widgets.append(box, rolesRow(activity), InputRows(editor: self, activity: activity, partners: document.partners).root)
        let remove = Widgets.button(tr("Remove the activity"), accessibleName: trf("Remove the activity “%1$s”", activity.name)) { [weak self] in
            guard let window = self?.window else { return }
            var project = window.state.document.project
            project.activities.removeAll { $0.id == id }
            window.perform([.setProject(project)])
            // Removing is the user's own choice: what was typed into it and not saved goes with it.
            window.state.drafts.discard(recordID: id)
            for input in activity.inputs { window.state.drafts.discard(recordID: input.id) }
        }
        gtk_widget_set_halign(remove, GTK_ALIGN_START)
        Widgets.append(box, remove)
        return box
    }

    private func periodRow(_ activity: Activity) -> Widget {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        for (caption, path) in [(tr("From"), \Period.start), (tr("To"), \Period.end)] as [(String, WritableKeyPath<Period, Day?>)] {
            let entry = Widgets.entry(name: trf("Activity %1$s date", caption), text: ImpactText.date(activity.period[keyPath: path]),
                                      placeholder: tr("d.m.yyyy"))
            let field = Form.field(caption, entry)
            gtk_widget_set_hexpand(field.root, 1)
            let message = field.message
            let draftField = path == \Period.start ? "activity.period.start" : "activity.period.end"
            PlanFieldDraft.restore(entry, message: message, in: window, activity.id, draftField)
            Signals.connect(entry, "changed") { [weak self] in
                let text = CStrings.text(ofEditable: entry).trimmed()
                let day = ImpactText.day(text)
                let reads = text.isEmpty || day != nil
                PlanFieldDraft.mark(entry, message: message, in: self?.window, activity.id, draftField, text: text,
                                    problem: reads ? nil : ImpactText.notADate(text),
                                    title: trf("%1$s for “%2$s”", caption, self?.name(of: activity.id) ?? activity.name))
                if reads { self?.update(activity.id, key: "period.\(caption)") { $0.period[keyPath: path] = day } }
            }
            Widgets.append(row, field.root)
        }
        return row
    }

    private func cellRow(_ activity: Activity) -> Widget {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        let items = [tr("Not placed")] + Responsibility.allCases.map(term)
        let planning = Form.dropDown(name: tr("Who plans it"), items: items)
        let delivery = Form.dropDown(name: tr("Who delivers it"), items: items)
        Form.select(planning, activity.cell.flatMap { Responsibility.allCases.firstIndex(of: $0.planning) }.map { $0 + 1 } ?? 0)
        Form.select(delivery, activity.cell.flatMap { Responsibility.allCases.firstIndex(of: $0.delivery) }.map { $0 + 1 } ?? 0)
        // Where the choice places the activity between thin and thick, said where it is made.
        let depth = Widgets.label(Self.describe(activity.cell), classes: ["dim-label", "caption"], wrap: true)
        let changed: @MainActor () -> Void = { [weak self] in
            let p = Form.selected(planning), d = Form.selected(delivery)
            let cell = p > 0 && d > 0 ? MatrixCell(planning: Responsibility.allCases[p - 1], delivery: Responsibility.allCases[d - 1]) : nil
            gtk_label_set_text(samskap_label(depth), Self.describe(cell))
            self?.update(activity.id, key: nil) { $0.cell = cell }
        }
        Form.onSelect(planning, changed)
        Form.onSelect(delivery, changed)
        let p = Form.field(tr("Who plans it"), planning), d = Form.field(tr("Who delivers it"), delivery)
        gtk_widget_set_hexpand(p.root, 1)
        gtk_widget_set_hexpand(d.root, 1)
        Widgets.append(row, p.root, d.root)
        let column = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        Widgets.append(column, row, depth)
        return column
    }

    /// The cell's place between thin and thick co-creation in words, or nothing while it is not chosen.
    private static func describe(_ cell: MatrixCell?) -> String {
        cell.map(ImpactText.cell) ?? ""
    }

    private func rolesRow(_ activity: Activity) -> Widget {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        for role in CitizenRole.allCases {
            let dropDown = Form.dropDown(name: trf("Citizens as %1$s", term(role)), items: RoleDegree.allCases.map(term))
            Form.select(dropDown, RoleDegree.allCases.firstIndex(of: activity.citizenRoles[role]) ?? 0)
            Form.onSelect(dropDown) { [weak self] in
                let index = Form.selected(dropDown)
                guard RoleDegree.allCases.indices.contains(index) else { return }
                self?.update(activity.id, key: nil) { $0.citizenRoles[role] = RoleDegree.allCases[index] }
            }
            let field = Form.field(term(role), dropDown)
            gtk_widget_set_hexpand(field.root, 1)
            Widgets.append(row, field.root)
        }
        return row
    }

    private func checks(_ caption: String, _ items: [(UUID, String)], chosen: [UUID],
                        _ toggled: @escaping @MainActor (UUID, Bool) -> Void) -> Widget {
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        // Wrapping, so that seven partners' names make more lines, not a page wider than the window.
        let flow = gtk_flow_box_new()!
        gtk_flow_box_set_selection_mode(samskap_flow_box(flow), GTK_SELECTION_NONE)
        gtk_flow_box_set_max_children_per_line(samskap_flow_box(flow), 3)
        gtk_flow_box_set_column_spacing(samskap_flow_box(flow), 12)
        Accessibility.setLabel(flow, caption)
        for (id, name) in items {
            let check = gtk_check_button_new_with_label(name)!
            gtk_check_button_set_active(samskap_check_button(check), chosen.contains(id) ? 1 : 0)
            Signals.connect(check, "toggled") {
                toggled(id, gtk_check_button_get_active(samskap_check_button(check)) != 0)
            }
            gtk_flow_box_insert(samskap_flow_box(flow), check, -1)
        }
        Widgets.append(box, Widgets.label(caption, classes: ["field-caption"]), flow)
        return box
    }

    /// The activity's name as stored, for the question on closing.
    func name(of id: UUID) -> String {
        window?.state.document.project.activities.first { $0.id == id }?.name ?? ""
    }
}
