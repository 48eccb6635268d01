import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

extension VisionPage {
    /// A goal's one field, saved when it says something and kept, marked, while it is empty (see `DraftStore`).
    static let goalTable = FieldTable<Goal>(["goal.text": .plain(\.text)], issues: { $0.validationIssues() })
    /// A sub-goal's one field, the same way.
    static let subGoalTable = FieldTable<SubGoal>(["subGoal.text": .plain(\.text)], issues: { $0.validationIssues() })

    func addGoal() {
        let text = CStrings.text(ofEditable: newGoal).trimmed()
        guard !text.isEmpty else { return }
        gtk_editable_set_text(samskap_editable(newGoal), "")
        let position = (window.state.document.goals.map(\.position).max() ?? -1) + 1
        window.perform([.upsertGoal(Goal(text: text, position: position))])
    }

    func renderGoals(_ goals: [Goal]) {
        if goals.map(\.id) != builtGoals {
            builtGoals = goals.map(\.id)
            FormRows.removeRows(of: goalList, except: newGoalRow)
            goalRows = [:]
            for (index, goal) in goals.enumerated() { appendGoalRow(goal, index: index, count: goals.count) }
            if goals.isEmpty {
                let none = Widgets.label(tr("No overall goals yet. Write the first one below."), classes: ["dim-label"], wrap: true)
                FormRows.insert(FormRows.wide(none), into: goalList, before: newGoalRow)
            }
        }
        for goal in goals {
            guard let row = goalRows[goal.id] else { continue }
            // A goal emptied and not saved stays empty and marked, however often the page is drawn again.
            let kept = window.state.drafts.draft(goal.id, "goal.text")
            Form.setText(ofTextView: row.entry, kept?.text ?? goal.text)
            FieldMessage.show(row.message, on: row.entry, kept?.message)
        }
    }

    private func appendGoalRow(_ goal: Goal, index: Int, count: Int) {
        let id = goal.id
        let line = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        let number = Widgets.label("\(index + 1).", classes: ["dim-label", "numeric"])
        // A goal can be a long sentence: it wraps in a field that grows rather than scrolling out of sight.
        let (field, entry) = Form.textView(name: trf("Goal %1$s", String(index + 1)), minHeight: 36)
        Form.setText(ofTextView: entry, goal.text)
        gtk_widget_set_hexpand(field, 1)
        let up = Widgets.iconButton("go-up-symbolic", name: trf("Move goal %1$s up", String(index + 1))) { [weak self] in self?.move(id, by: -1) }
        let down = Widgets.iconButton("go-down-symbolic", name: trf("Move goal %1$s down", String(index + 1))) { [weak self] in self?.move(id, by: 1) }
        gtk_widget_set_sensitive(up, index > 0 ? 1 : 0)
        gtk_widget_set_sensitive(down, index < count - 1 ? 1 : 0)
        let remove = Widgets.iconButton("list-remove-symbolic", name: trf("Remove goal %1$s", String(index + 1))) { [weak self] in
            guard let self else { return }
            if self.window.perform([.deleteGoal(id)]) { self.window.state.drafts.discard(recordID: id) }
        }
        let message = FieldMessage.make()
        Widgets.append(line, number, field, up, down, remove)
        // A goal of several lines: its number and buttons stay by its first.
        gtk_widget_set_valign(number, GTK_ALIGN_START)
        gtk_widget_set_margin_top(number, 8)
        for button in [up, down, remove] { gtk_widget_set_valign(button, GTK_ALIGN_START) }
        FormRows.insert(FormRows.wide(line), into: goalList, before: newGoalRow)
        FormRows.insert(FormRows.row(message, shownWith: message), into: goalList, before: newGoalRow)
        goalRows[id] = (entry, message)
        Form.onChange(ofTextView: entry) { [weak self] in
            guard let self, !self.filling, let goal = self.window.state.document.goals.first(where: { $0.id == id }) else { return }
            let drafts = self.window.state.drafts
            if let changed = drafts.edit(CStrings.text(ofTextView: entry), in: "goal.text", of: id, stored: goal, table: Self.goalTable,
                                         title: trf("Goal %1$s", String(index + 1)), language: Translations.language) {
                self.window.perform([.upsertGoal(changed)], coalescing: "goal.\(id)")
            }
            FieldMessage.show(message, on: entry, drafts.draft(id, "goal.text")?.message)
        }
    }

    /// Swaps a goal with its neighbour, as one undoable step.
    private func move(_ id: UUID, by offset: Int) {
        let goals = window.state.document.goals
        guard let i = goals.firstIndex(where: { $0.id == id }), goals.indices.contains(i + offset) else { return }
        var a = goals[i]
        var b = goals[i + offset]
        swap(&a.position, &b.position)
        window.perform([.upsertGoal(a), .upsertGoal(b)])
    }

    func renderSubGoals(_ document: ProjectDocument) {
        let ids = document.partners.map(\.id) + document.subGoals.map(\.id)
        let names = document.partners.map(\.name)
        if ids != builtSubGoals || subGoalNames != names {
            builtSubGoals = ids
            subGoalNames = names
            Widgets.removeChildren(subGoalGroups)
            subGoalRows = [:]
            if document.partners.isEmpty {
                Widgets.append(subGoalGroups, Widgets.label(tr("Add partners to record their sub-goals."), classes: ["dim-label"], wrap: true))
            }
            for partner in document.partners { appendPartnerGroup(partner, subGoals: document.subGoals.filter { $0.partnerID == partner.id }) }
        }
        for subGoal in document.subGoals {
            guard let row = subGoalRows[subGoal.id] else { continue }
            let kept = window.state.drafts.draft(subGoal.id, "subGoal.text")
            Form.setText(ofTextView: row.entry, kept?.text ?? subGoal.text)
            FieldMessage.show(row.message, on: row.entry, kept?.message)
        }
    }

    private func appendPartnerGroup(_ partner: Partner, subGoals: [SubGoal]) {
        // Under the partner's name as a label that wraps: a preferences group's title would cut a long name short.
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        let list = FormRows.list()
        Widgets.append(box, Widgets.label(partner.name, classes: ["partner-name"], wrap: true), list)
        let partnerName = partner.name
        for subGoal in subGoals {
            let id = subGoal.id
            let line = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
            let (field, entry) = Form.textView(name: trf("Sub-goal of %1$s", partner.name), minHeight: 36)
            Form.setText(ofTextView: entry, subGoal.text)
            gtk_widget_set_hexpand(field, 1)
            let remove = Widgets.iconButton("list-remove-symbolic", name: trf("Remove sub-goal “%1$s”", subGoal.text)) { [weak self] in
                guard let self else { return }
                if self.window.perform([.deleteSubGoal(id)]) { self.window.state.drafts.discard(recordID: id) }
            }
            let message = FieldMessage.make()
            gtk_widget_set_valign(remove, GTK_ALIGN_START)
            Widgets.append(line, field, remove)
            FormRows.append(FormRows.wide(line), to: list)
            FormRows.append(FormRows.row(message, shownWith: message), to: list)
            subGoalRows[id] = (entry, message)
            Form.onChange(ofTextView: entry) { [weak self] in
                guard let self, !self.filling, let item = self.window.state.document.subGoals.first(where: { $0.id == id }) else { return }
                let drafts = self.window.state.drafts
                if let changed = drafts.edit(CStrings.text(ofTextView: entry), in: "subGoal.text", of: id, stored: item,
                                             table: Self.subGoalTable, title: trf("Sub-goal of %1$s", partnerName),
                                             language: Translations.language) {
                    self.window.perform([.upsertSubGoal(changed)], coalescing: "subGoal.\(id)")
                }
                FieldMessage.show(message, on: entry, drafts.draft(id, "subGoal.text")?.message)
            }
        }
        let newEntry = Widgets.entry(name: trf("New sub-goal of %1$s", partner.name), placeholder: tr("What does this partner want to achieve?"))
        gtk_widget_set_hexpand(newEntry, 1)
        let partnerID = partner.id
        let add: @MainActor () -> Void = { [weak self] in
            guard let self else { return }
            let text = CStrings.text(ofEditable: newEntry).trimmed()
            guard !text.isEmpty else { return }
            gtk_editable_set_text(samskap_editable(newEntry), "")
            self.window.perform([.upsertSubGoal(SubGoal(partnerID: partnerID, text: text))])
        }
        let addButton = Widgets.button(tr("Add sub-goal"), accessibleName: trf("Add sub-goal of %1$s", partner.name), action: add)
        Signals.connect(newEntry, "activate", add)
        let addRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Widgets.append(addRow, newEntry, addButton)
        FormRows.append(FormRows.wide(addRow), to: list)
        Widgets.append(subGoalGroups, box)
    }
}
