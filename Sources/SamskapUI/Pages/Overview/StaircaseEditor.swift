import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The staircase step of each unit or policy area: rows of area and step, added and removed.
@MainActor
final class StaircaseEditor {
    let root: Widget
    private let rows: Widget
    private let newArea: Widget
    /// The last row of `rows`, which adds an area; it stays when the areas' rows are built again.
    private let newAreaRow: Widget
    private var positions: [StaircasePosition] = []
    private var rowWidgets: [UUID: (entry: Widget, step: Widget, message: Widget)] = [:]
    private var filling = false
    /// Every row's step drop-down as wide as the widest, so the area entries line up.
    private let stepWidths = gtk_size_group_new(GTK_SIZE_GROUP_HORIZONTAL)!
    /// Called with the new positions and a coalescing key (typing) or nil.
    var onChange: (@MainActor ([StaircasePosition], String?) -> Void)?
    /// Where an emptied area's text is kept, under the project's id, so that it stays in its row when the rows are
    /// filled again and closing asks about it (see `keep(in:for:)`).
    private var drafts: DraftStore?
    private var projectID: UUID?

    /// Keeps emptied areas in the window's store, under the project.
    func keep(in drafts: DraftStore, for projectID: UUID) {
        self.drafts = drafts
        self.projectID = projectID
    }

    /// The field under which an area's text is kept.
    static func field(_ id: UUID) -> String { "project.staircase.area." + id.uuidString }

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        let caption = Widgets.label(tr("Step on the staircase of a co-creating municipality, per unit or area"), classes: ["field-caption"], wrap: true)
        rows = FormRows.list()
        newArea = Widgets.entry(name: tr("New unit or area"), placeholder: tr("For example: Health and care"))
        gtk_widget_set_hexpand(newArea, 1)
        let add = Widgets.button(tr("Add unit or area")) {}
        let addRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(addRow, newArea, add)
        newAreaRow = FormRows.wide(addRow)
        FormRows.append(newAreaRow, to: rows)
        Widgets.append(root, caption, rows)
        Signals.connect(add, "clicked") { [weak self] in self?.add() }
        Signals.connect(newArea, "activate") { [weak self] in self?.add() }
    }

    /// Shows positions (rebuilding rows only when the set of areas changed).
    func show(_ list: [StaircasePosition]) {
        positions = list
        filling = true
        defer { filling = false }
        if Set(list.map(\.id)) != Set(rowWidgets.keys) || list.count != rowWidgets.count {
            FormRows.removeRows(of: rows, except: newAreaRow)
            rowWidgets = [:]
            for position in list { appendRow(position) }
        }
        for position in list {
            guard let row = rowWidgets[position.id] else { continue }
            let kept = projectID.flatMap { drafts?.draft($0, Self.field(position.id)) }
            Form.setText(ofEntry: row.entry, kept?.text ?? position.area)
            Form.select(row.step, StaircaseStep.allCases.firstIndex(of: position.step) ?? 0)
            FieldMessage.show(row.message, on: row.entry, kept?.message)
        }
    }

    private func appendRow(_ position: StaircasePosition) {
        let id = position.id
        let line = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        let entry = Widgets.entry(name: tr("Unit or area"), text: position.area)
        gtk_widget_set_hexpand(entry, 1)
        let step = Form.dropDown(name: trf("Step of %1$s", position.area), items: StaircaseStep.allCases.map { "\($0.number). \(term($0))" })
        Form.select(step, StaircaseStep.allCases.firstIndex(of: position.step) ?? 0)
        gtk_size_group_add_widget(stepWidths, step)
        let remove = Widgets.iconButton("list-remove-symbolic", name: trf("Remove %1$s", position.area)) { [weak self] in
            guard let self else { return }
            if let projectID = self.projectID { self.drafts?.discard(projectID, Self.field(id)) }
            self.onChange?(self.positions.filter { $0.id != id }, nil)
        }
        let message = FieldMessage.make()
        Widgets.append(line, entry, step, remove)
        FormRows.insert(FormRows.wide(line), into: rows, before: newAreaRow)
        FormRows.insert(FormRows.row(message, shownWith: message), into: rows, before: newAreaRow)
        rowWidgets[id] = (entry, step, message)
        Signals.connect(entry, "changed") { [weak self] in
            guard let self else { return }
            guard !self.filling, let i = self.positions.firstIndex(where: { $0.id == id }) else { return }
            let text = CStrings.text(ofEditable: entry)
            if text.isBlank {
                let why = tr("Name the unit or area, or remove the row.")
                if let projectID = self.projectID {
                    let title = trf("%1$s for “%2$s”", tr("Unit or area"), self.positions[i].area)
                    self.drafts?.keep(.init(text: text, message: why, title: title), projectID, Self.field(id))
                }
                FieldMessage.show(message, on: entry, why)
                return
            }
            if let projectID = self.projectID { self.drafts?.discard(projectID, Self.field(id)) }
            FieldMessage.show(message, on: entry, nil)
            self.positions[i].area = text
            self.onChange?(self.positions, "staircase.\(id)")
        }
        Form.onSelect(step) { [weak self] in
            guard let self else { return }
            guard !self.filling, let i = self.positions.firstIndex(where: { $0.id == id }) else { return }
            self.positions[i].step = StaircaseStep.allCases[Form.selected(step)]
            self.onChange?(self.positions, nil)
        }
    }

    private func add() {
        let text = CStrings.text(ofEditable: newArea).trimmed()
        guard !text.isEmpty else { return }
        gtk_editable_set_text(samskap_editable(newArea), "")
        onChange?(positions + [StaircasePosition(area: text, step: .curious)], nil)
    }
}
