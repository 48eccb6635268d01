import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Anchor points in the three directions: rows to edit or remove, and a field to add one per direction.
@MainActor
final class AnchorEditor {
    let view: Box
    private var points: [AnchorPoint] = []
    private var sections: [AnchorDirection: Box] = [:]
    private var newEntries: [AnchorDirection: Entry] = [:]
    private var rows: [UUID: (entry: Entry, message: Label)] = [:]
    private var filling = false
    /// Called with the new anchor points and a coalescing key (typing) or nil.
    var onChange: (@MainActor ([AnchorPoint], String?) -> Void)?

    init() {
        view = Box(.vertical, spacing: 14)
        for direction in AnchorDirection.allCases {
            let box = Box(.vertical, spacing: 6)
            let caption = Label(term(direction), classes: ["field-caption"])
            let list = Box(.vertical, spacing: 6)
            let newEntry = Entry(name: trf("New anchor point: %1$s", term(direction)), placeholder: Self.example(direction))
            newEntry.expandsHorizontally = true
            let add = Button(tr("Add"), accessibleName: trf("Add anchor point: %1$s", term(direction)))
            let addRow = Box(.horizontal, spacing: 6)
            addRow.append(newEntry, add)
            // What the direction means, in a line: the words alone ("up", "back") say little to a new coordinator.
            let meaning = Label(Self.meaning(direction), classes: ["dim-label", "caption"], wrap: true)
            box.append(caption, meaning, list, addRow)
            view.append(box)
            sections[direction] = list
            newEntries[direction] = newEntry
            add.onClicked(self) { $0.add(direction) }
            newEntry.onActivate(self) { $0.add(direction) }
        }
    }

    /// Adds the anchor point typed into the direction's new entry, if any, and empties the entry.
    private func add(_ direction: AnchorDirection) {
        guard let newEntry = newEntries[direction] else { return }
        let text = newEntry.text.trimmed()
        guard !text.isEmpty else { return }
        newEntry.text = ""
        onChange?(points + [AnchorPoint(direction: direction, text: text)], nil)
    }

    private static func meaning(_ direction: AnchorDirection) -> String {
        switch direction {
        case .down: tr("Towards the users and the other partners: who knows about the work and takes part in it.")
        case .up: tr("Towards leaders and politicians: decisions, budgets and plans that carry the work on.")
        case .back: tr("Towards the support functions of this partner's own organisation: finance, archives, IT, staff.")
        }
    }

    private static func example(_ direction: AnchorDirection) -> String {
        switch direction {
        case .down: tr("For example: Meeting with the users’ council")
        case .up: tr("For example: Executive committee decision 12.3.2025")
        case .back: tr("For example: Agreement with the finance department")
        }
    }

    /// Shows anchor points; rows are rebuilt only when points were added or removed.
    func show(_ list: [AnchorPoint]) {
        let rebuild = list.map(\.id) != points.map(\.id)
        points = list
        filling = true
        defer { filling = false }
        if rebuild || rows.count != list.count {
            for section in sections.values { section.removeAll() }
            rows = [:]
            for point in list { appendRow(point) }
        }
        for point in list { rows[point.id]?.entry.text = point.text }
    }

    /// Shows the messages of empty anchor points under their rows.
    func showIssues(_ issues: [ValidationIssue]) {
        var messages: [UUID: String] = [:]
        for issue in issues { if let id = issue.recordID, messages[id] == nil { messages[id] = issue.message(Translations.language) } }
        showMessages(messages)
    }

    /// Shows a message under each anchor point that has one, and none under the others.
    func showMessages(_ messages: [UUID: String]) {
        for (id, row) in rows { FieldMessage.show(row.message, on: row.entry, messages[id]) }
    }

    /// Puts texts typed and not saved back into their rows (after `show`, which writes the saved texts).
    func showKept(_ texts: [UUID: String]) {
        filling = true
        defer { filling = false }
        for (id, text) in texts {
            guard let row = rows[id], let i = points.firstIndex(where: { $0.id == id }) else { continue }
            points[i].text = text
            row.entry.text = text
        }
    }

    private func appendRow(_ point: AnchorPoint) {
        guard let section = sections[point.direction] else { return }
        let id = point.id
        let box = Box(.vertical, spacing: 2)
        let line = Box(.horizontal, spacing: 6)
        let entry = Entry(name: trf("Anchor point: %1$s", term(point.direction)), text: point.text)
        entry.expandsHorizontally = true
        let remove = Button(icon: "list-remove-symbolic", name: trf("Remove anchor point “%1$s”", point.text))
        let message = FieldMessage.label()
        line.append(entry, remove)
        box.append(line, message)
        section.append(box)
        rows[id] = (entry, message)
        remove.onClicked(self) { $0.remove(id) }
        entry.onChanged(self) { $0.typed(id) }
    }

    private func remove(_ id: UUID) {
        let remaining = points.filter { $0.id != id }
        show(remaining)
        onChange?(remaining, nil)
    }

    private func typed(_ id: UUID) {
        guard !filling, let i = points.firstIndex(where: { $0.id == id }), let entry = rows[id]?.entry else { return }
        points[i].text = entry.text
        onChange?(points, "anchor.\(id)")
    }
}
