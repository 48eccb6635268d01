import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The staircase step of each unit or policy area: rows of area and step, added and removed.
@MainActor
final class StaircaseEditor {
    let root: Box
    private let rows: RowList
    private let newArea: Entry
    /// The last row of `rows`, which adds an area; it stays when the areas' rows are built again.
    private let newAreaRow: GtkView
    private var positions: [StaircasePosition] = []
    private var rowWidgets: [UUID: (entry: Entry, step: DropDown, message: Label)] = [:]
    private var filling = false
    /// Every row's step drop-down as wide as the widest, so the area entries line up.
    private let stepWidths = SizeGroup()
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
        root = Box(.vertical, spacing: 6)
        let caption = Label(tr("Step on the staircase of a co-creating municipality, per unit or area"), classes: ["field-caption"], wrap: true)
        rows = RowList()
        newArea = Entry(name: tr("New unit or area"), placeholder: tr("For example: Health and care"))
        newArea.expandsHorizontally = true
        let add = Button(tr("Add unit or area"))
        let addRow = Box(.horizontal, spacing: 6)
        addRow.append(newArea, add)
        newAreaRow = FormRows.wide(addRow)
        rows.append(newAreaRow)
        root.append(caption, rows)
        add.onClicked(self) { $0.add() }
        newArea.onActivate(self) { $0.add() }
    }

    /// Shows positions (rebuilding rows only when the set of areas changed).
    func show(_ list: [StaircasePosition]) {
        positions = list
        filling = true
        defer { filling = false }
        if Set(list.map(\.id)) != Set(rowWidgets.keys) || list.count != rowWidgets.count {
            rows.removeRows(except: newAreaRow)
            rowWidgets = [:]
            for position in list { appendRow(position) }
        }
        for position in list {
            guard let row = rowWidgets[position.id] else { continue }
            let kept = projectID.flatMap { drafts?.draft($0, Self.field(position.id)) }
            row.entry.text = kept?.text ?? position.area
            row.step.select(StaircaseStep.allCases.firstIndex(of: position.step) ?? 0)
            FieldMessage.show(row.message, on: row.entry, kept?.message)
        }
    }

    private func appendRow(_ position: StaircasePosition) {
        let id = position.id
        let line = Box(.horizontal, spacing: 6)
        let entry = Entry(name: tr("Unit or area"), text: position.area)
        entry.expandsHorizontally = true
        let step = DropDown(name: trf("Step of %1$s", position.area), items: StaircaseStep.allCases.map { "\($0.number). \(term($0))" })
        step.select(StaircaseStep.allCases.firstIndex(of: position.step) ?? 0)
        stepWidths.add(step)
        let remove = Button(icon: "list-remove-symbolic", name: trf("Remove %1$s", position.area))
        remove.onClicked(self) { editor in
            if let projectID = editor.projectID { editor.drafts?.discard(projectID, Self.field(id)) }
            editor.onChange?(editor.positions.filter { $0.id != id }, nil)
        }
        let message = FieldMessage.label()
        line.append(entry, step, remove)
        rows.insert(FormRows.wide(line), before: newAreaRow)
        rows.insert(FormRows.row(message, shownWith: message), before: newAreaRow)
        rowWidgets[id] = (entry, step, message)
        entry.onChanged(self) { $0.areaTyped(id) }
        step.onSelect(self) { editor in
            guard !editor.filling, let i = editor.positions.firstIndex(where: { $0.id == id }), let row = editor.rowWidgets[id] else { return }
            editor.positions[i].step = StaircaseStep.allCases[row.step.selected]
            editor.onChange?(editor.positions, nil)
        }
    }

    /// An area's name changed: an empty one is kept in its row, marked, and asked about on closing; any other is saved.
    private func areaTyped(_ id: UUID) {
        guard !filling, let i = positions.firstIndex(where: { $0.id == id }), let row = rowWidgets[id] else { return }
        let text = row.entry.text
        if text.isBlank {
            let why = tr("Name the unit or area, or remove the row.")
            if let projectID {
                let title = trf("%1$s for “%2$s”", tr("Unit or area"), positions[i].area)
                drafts?.keep(.init(text: text, message: why, title: title), projectID, Self.field(id))
            }
            FieldMessage.show(row.message, on: row.entry, why)
            return
        }
        if let projectID { drafts?.discard(projectID, Self.field(id)) }
        FieldMessage.show(row.message, on: row.entry, nil)
        positions[i].area = text
        onChange?(positions, "staircase.\(id)")
    }

    private func add() {
        let text = newArea.text.trimmed()
        guard !text.isEmpty else { return }
        newArea.text = ""
        onChange?(positions + [StaircasePosition(area: text, step: .curious)], nil)
    }
}
