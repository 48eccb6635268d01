import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Anchor points in the three directions: rows to edit or remove, and a field to add one per direction.
@MainActor
final class AnchorEditor {
    let root: Widget
    private var points: [AnchorPoint] = []
    private var sections: [AnchorDirection: Widget] = [:]
    private var rows: [UUID: (entry: Widget, message: Widget)] = [:]
    private var filling = false
    /// Called with the new anchor points and a coalescing key (typing) or nil.
    var onChange: (@MainActor ([AnchorPoint], String?) -> Void)?

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 14)
        for direction in AnchorDirection.allCases {
            let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
            let caption = Widgets.label(term(direction), classes: ["field-caption"])
            let list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
            let newEntry = Widgets.entry(name: trf("New anchor point: %1$s", term(direction)), placeholder: Self.example(direction))
            gtk_widget_set_hexpand(newEntry, 1)
            let add = Widgets.button(tr("Add"), accessibleName: trf("Add anchor point: %1$s", term(direction))) {}
            let addRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
            Widgets.append(addRow, newEntry, add)
            // What the direction means, in a line: the words alone ("up", "back") say little to a new coordinator.
            let meaning = Widgets.label(Self.meaning(direction), classes: ["dim-label", "caption"], wrap: true)
            Widgets.append(box, caption, meaning, list, addRow)
            Widgets.append(root, box)
            sections[direction] = list
            let commit: @MainActor () -> Void = { [weak self] in
                guard let self else { return }
                let text = CStrings.text(ofEditable: newEntry).trimmed()
                guard !text.isEmpty else { return }
                gtk_editable_set_text(samskap_editable(newEntry), "")
                self.onChange?(self.points + [AnchorPoint(direction: direction, text: text)], nil)
            }
            Signals.connect(add, "clicked", commit)
            Signals.connect(newEntry, "activate", commit)
        }
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
            for section in sections.values { Widgets.removeChildren(section) }
            rows = [:]
            for point in list { appendRow(point) }
        }
        for point in list { if let row = rows[point.id] { Form.setText(ofEntry: row.entry, point.text) } }
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
            Form.setText(ofEntry: row.entry, text)
        }
    }

    private func appendRow(_ point: AnchorPoint) {
        guard let section = sections[point.direction] else { return }
        let id = point.id
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        let line = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        let entry = Widgets.entry(name: trf("Anchor point: %1$s", term(point.direction)), text: point.text)
        gtk_widget_set_hexpand(entry, 1)
        let remove = Widgets.iconButton("list-remove-symbolic", name: trf("Remove anchor point “%1$s”", point.text)) { [weak self] in
            guard let self else { return }
            let remaining = self.points.filter { $0.id != id }
            self.show(remaining)
            self.onChange?(remaining, nil)
        }
        let message = FieldMessage.make()
        Widgets.append(line, entry, remove)
        Widgets.append(box, line, message)
        Widgets.append(section, box)
        rows[id] = (entry, message)
        Signals.connect(entry, "changed") { [weak self] in
            guard let self else { return }
            guard !self.filling, let i = self.points.firstIndex(where: { $0.id == id }) else { return }
            self.points[i].text = CStrings.text(ofEditable: entry)
            self.onChange?(self.points, "anchor.\(id)")
        }
    }
}
