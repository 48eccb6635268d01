import FoundationEssentials
import SamskapCore
import SamskapGtk

extension VisionPage {
    /// A goal's one field, saved when it says something and kept, marked, while it is empty (see `DraftStore`).
    static let goalTable = FieldTable<Goal>(["goal.text": .plain(\.text)], issues: { $0.validationIssues() })
    /// A sub-goal's one field, the same way.
    static let subGoalTable = FieldTable<SubGoal>(["subGoal.text": .plain(\.text)], issues: { $0.validationIssues() })

    func addGoal() {
        let text = newGoal.text.trimmed()
        guard !text.isEmpty else { return }
        newGoal.text = ""
        let position = (window.state.document.goals.map(\.position).max() ?? -1) + 1
        window.perform([.upsertGoal(Goal(text: text, position: position))])
    }

    func renderGoals(_ goals: [Goal]) {
        if goals.map(\.id) != builtGoals {
            builtGoals = goals.map(\.id)
            goalList.removeRows(except: newGoalRow)
            goalRows = [:]
            for (index, goal) in goals.enumerated() { appendGoalRow(goal, index: index, count: goals.count) }
            if goals.isEmpty {
                let none = Label(tr("No overall goals yet. Write the first one below."), classes: ["dim-label"], wrap: true)
                goalList.insert(FormRows.wide(none), before: newGoalRow)
            }
        }
        for goal in goals {
            guard let row = goalRows[goal.id] else { continue }
            // A goal emptied and not saved stays empty and marked, however often the page is drawn again.
            let kept = window.state.drafts.draft(goal.id, "goal.text")
            row.entry.text = kept?.text ?? goal.text
            FieldMessage.show(row.message, on: row.entry, kept?.message)
        }
    }

    private func appendGoalRow(_ goal: Goal, index: Int, count: Int) {
        let id = goal.id
        let line = Box(.horizontal, spacing: 6)
        let number = Label("\(index + 1).", classes: ["dim-label", "numeric"])
        // A goal can be a long sentence: it wraps in a field that grows rather than scrolling out of sight.
        let entry = TextView(name: trf("Goal %1$s", String(index + 1)), minHeight: 36)
        entry.text = goal.text
        entry.frame.expandsHorizontally = true
        let up = Button(icon: "go-up-symbolic", name: trf("Move goal %1$s up", String(index + 1)))
        up.onClicked(self) { $0.move(id, by: -1) }
        let down = Button(icon: "go-down-symbolic", name: trf("Move goal %1$s down", String(index + 1)))
        down.onClicked(self) { $0.move(id, by: 1) }
        up.isSensitive = index > 0
        down.isSensitive = index < count - 1
        let remove = Button(icon: "list-remove-symbolic", name: trf("Remove goal %1$s", String(index + 1)))
        remove.onClicked(self) { page in
            if page.window.perform([.deleteGoal(id)]) { page.window.state.drafts.discard(recordID: id) }
        }
        let message = FieldMessage.label()
        line.append(number, entry.frame, up, down, remove)
        // A goal of several lines: its number and buttons stay by its first.
        number.verticalAlignment = .start
        number.marginTop = 8
        for button in [up, down, remove] { button.verticalAlignment = .start }
        goalList.insert(FormRows.wide(line), before: newGoalRow)
        goalList.insert(FormRows.row(message, shownWith: message), before: newGoalRow)
        goalRows[id] = (entry, message)
        entry.onChange(self) { page in page.goalTyped(id, index: index) }
    }

    /// A goal's field changed: saves the goal when its text reads, or keeps it marked (see `DraftStore.edit`).
    private func goalTyped(_ id: UUID, index: Int) {
        guard !filling, let goal = window.state.document.goals.first(where: { $0.id == id }), let row = goalRows[id] else { return }
        let drafts = window.state.drafts
        if let changed = drafts.edit(row.entry.text, in: "goal.text", of: id, stored: goal, table: Self.goalTable,
                                     title: trf("Goal %1$s", String(index + 1)), language: Translations.language) {
            window.perform([.upsertGoal(changed)], coalescing: "goal.\(id)")
        }
        FieldMessage.show(row.message, on: row.entry, drafts.draft(id, "goal.text")?.message)
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
            subGoalGroups.removeAll()
            subGoalRows = [:]
            newSubGoals = [:]
            if document.partners.isEmpty {
                subGoalGroups.append(Label(tr("Add partners to record their sub-goals."), classes: ["dim-label"], wrap: true))
            }
            for partner in document.partners { appendPartnerGroup(partner, subGoals: document.subGoals.filter { $0.partnerID == partner.id }) }
        }
        for subGoal in document.subGoals {
            guard let row = subGoalRows[subGoal.id] else { continue }
            let kept = window.state.drafts.draft(subGoal.id, "subGoal.text")
            row.entry.text = kept?.text ?? subGoal.text
            FieldMessage.show(row.message, on: row.entry, kept?.message)
        }
    }

    private func appendPartnerGroup(_ partner: Partner, subGoals: [SubGoal]) {
        // Under the partner's name as a label that wraps: a preferences group's title would cut a long name short.
        let box = Box(.vertical, spacing: 6)
        let list = RowList()
        box.append(Label(partner.name, classes: ["partner-name"], wrap: true), list)
        let partnerName = partner.name
        for subGoal in subGoals {
            let id = subGoal.id
            let line = Box(.horizontal, spacing: 6)
            let entry = TextView(name: trf("Sub-goal of %1$s", partner.name), minHeight: 36)
            entry.text = subGoal.text
            entry.frame.expandsHorizontally = true
            let remove = Button(icon: "list-remove-symbolic", name: trf("Remove sub-goal “%1$s”", subGoal.text))
            remove.onClicked(self) { page in
                if page.window.perform([.deleteSubGoal(id)]) { page.window.state.drafts.discard(recordID: id) }
            }
            let message = FieldMessage.label()
            remove.verticalAlignment = .start
            line.append(entry.frame, remove)
            list.append(FormRows.wide(line))
            list.append(FormRows.row(message, shownWith: message))
            subGoalRows[id] = (entry, message)
            entry.onChange(self) { page in page.subGoalTyped(id, partnerName: partnerName) }
        }
        let newEntry = Entry(name: trf("New sub-goal of %1$s", partner.name), placeholder: tr("What does this partner want to achieve?"))
        newEntry.expandsHorizontally = true
        let partnerID = partner.id
        newSubGoals[partnerID] = newEntry
        let addButton = Button(tr("Add sub-goal"), accessibleName: trf("Add sub-goal of %1$s", partner.name))
        addButton.onClicked(self) { $0.addSubGoal(of: partnerID) }
        newEntry.onActivate(self) { $0.addSubGoal(of: partnerID) }
        let addRow = Box(.horizontal, spacing: 6)
        addRow.append(newEntry, addButton)
        list.append(FormRows.wide(addRow))
        subGoalGroups.append(box)
    }

    /// A sub-goal's field changed: saves it when its text reads, or keeps it marked (see `DraftStore.edit`).
    private func subGoalTyped(_ id: UUID, partnerName: String) {
        guard !filling, let item = window.state.document.subGoals.first(where: { $0.id == id }), let row = subGoalRows[id] else { return }
        let drafts = window.state.drafts
        if let changed = drafts.edit(row.entry.text, in: "subGoal.text", of: id, stored: item,
                                     table: Self.subGoalTable, title: trf("Sub-goal of %1$s", partnerName),
                                     language: Translations.language) {
            window.perform([.upsertSubGoal(changed)], coalescing: "subGoal.\(id)")
        }
        FieldMessage.show(row.message, on: row.entry, drafts.draft(id, "subGoal.text")?.message)
    }

    /// Adds what the partner's new sub-goal entry holds as a sub-goal, and empties the entry.
    private func addSubGoal(of partnerID: UUID) {
        guard let entry = newSubGoals[partnerID] else { return }
        let text = entry.text.trimmed()
        guard !text.isEmpty else { return }
        entry.text = ""
        window.perform([.upsertSubGoal(SubGoal(partnerID: partnerID, text: text))])
    }
}
