import FoundationEssentials
import SamskapCore
import SamskapGtk

extension IndicatorEditor {
    /// An indicator's typed fields: each is saved on its own (see `DraftStore.edit`).
    static let table = FieldTable<Indicator>([
        "indicator.name": .plain(\.name),
        "indicator.unit": .plain(\.unit),
        "indicator.dataSource": .plain(\.dataSource),
        "indicator.method": .plain(\.method),
        "indicator.baseline.value": number(\.baseline.value),
        "indicator.target.value": number(\.target.value),
        "indicator.baseline.date": date(\.baseline.date),
        "indicator.target.date": date(\.target.date),
    ], issues: { $0.validationIssues() })

    private nonisolated static func number(_ path: WritableKeyPath<Indicator, Double?>) -> FieldTable<Indicator>.Field {
        .optional(path, text: { ImpactText.number($0) }, parse: { SamskapCore.Measurement.parseNumber($0) }, notRead: { ImpactText.notANumber($0) })
    }

    private nonisolated static func date(_ path: WritableKeyPath<Indicator, Day?>) -> FieldTable<Indicator>.Field {
        .optional(path, text: { ImpactText.date($0) }, parse: { ImpactText.day($0) }, notRead: { ImpactText.notADate($0) })
    }

    /// Wires every field to an edit of the indicator: a typed field is saved on its own when valid, a choice at once.
    func connect() {
        let typed: @MainActor (String, String) -> Void = { [weak self] field, text in self?.editText(field, text) }
        fields.bind("indicator.name", nameEntry, caption: tr("Indicator name"), message: nameMessage, typed: typed)
        fields.bind("indicator.unit", unitEntry, caption: tr("Unit"), message: unitMessage, typed: typed)
        fields.bind("indicator.dataSource", sourceEntry, caption: tr("Data source"), typed: typed)
        fields.bind("indicator.method", methodView, caption: tr("Method"), typed: typed)
        fields.bind("indicator.baseline.value", baselineValue, caption: tr("Baseline value"), message: baselineValueMessage, typed: typed)
        fields.bind("indicator.baseline.date", baselineDate, caption: tr("Baseline date"), message: baselineDateMessage, typed: typed)
        fields.bind("indicator.target.value", targetValue, caption: tr("Target value"), message: targetValueMessage, typed: typed)
        fields.bind("indicator.target.date", targetDate, caption: tr("Target date"), message: targetDateMessage, typed: typed)
        level.onChange = { [weak self] value in self?.edit(nil) { $0.level = value } }
        kind.onChange = { [weak self] value in self?.edit(nil) { $0.kind = value } }
        direction.onChange = { [weak self] value in self?.edit(nil) { $0.direction = value } }
        frequencyDropDown.onSelect(self) { editor, index in
            guard !editor.filling else { return }
            guard Frequency.allCases.indices.contains(index) else { return }
            editor.edit(nil) { $0.frequency = Frequency.allCases[index] }
        }
        reasonEntry.onChanged(self) { editor in
            guard !editor.filling, let waiting = editor.waitingForReason else { return }
            editor.save(waiting, key: "indicator.reason")
        }
        keyCheck.onToggled(self) { editor, on in
            guard !editor.filling else { return }
            editor.edit(nil) { $0.isKey = on }
        }
    }

    /// The indicator the fields edit: as stored, or the new one not saved yet.
    var base: Indicator? {
        if isNew { return new.pending }
        return shown.flatMap { window.state.document.indicator($0.id) }
    }

    /// Shows the indicator with the id (or the new one); false when there is nothing to show.
    @discardableResult
    func render(indicatorID: UUID?) -> Bool {
        renderPartners()
        if isNew { return true }
        guard let id = indicatorID, let stored = window.state.document.indicator(id) else {
            shown = nil
            return false
        }
        if stored != shown { fill(stored) }
        return true
    }

    /// Starts a new indicator from scratch, or goes back to the one left without a name: nothing is saved until it
    /// has one.
    func startNew() {
        fill(new.start(Indicator(name: "", level: .output)))
        nameEntry.grabFocus()
    }

    /// Leaves the new indicator for another one; what was typed into it waits for `startNew`.
    func leaveNew() {
        new.leave(keeping: new.pending.map { !window.state.drafts.drafts(of: $0.id).isEmpty } ?? false)
    }

    /// Fills every field from an indicator, then puts back the values typed and not saved, with their messages.
    func fill(_ indicator: Indicator) {
        filling = true
        defer { filling = false }
        shown = isNew ? nil : indicator
        touched = []
        heading.text = isNew ? tr("New indicator") : indicator.name
        let entry = indicator.catalogueID.flatMap { id in CataloguePicker.entries.first { $0.id == id } }
        catalogueNote.text = entry.map { trf("From the catalogue: %1$s", term($0.area)) } ?? ""
        catalogueNote.isVisible = entry != nil
        fields.fill(indicator, id: indicator.id)
        level.select(indicator.level)
        kind.select(indicator.kind)
        direction.select(indicator.direction)
        frequencyDropDown.select(Frequency.allCases.firstIndex(of: indicator.frequency) ?? 0)
        keyCheck.isActive = indicator.isKey
        if origin?.id != indicator.id {
            origin = indicator
            waitingForReason = nil
            reasonEntry.text = ""
            FieldMessage.show(reasonMessage, on: reasonEntry, nil)
        }
        historyLabel.text = ImpactText.history(indicator)
        historyLabel.isVisible = !indicator.targetHistory.isEmpty
        selectPartner(indicator.responsiblePartnerID)
        deleteButton.isVisible = !isNew
        showIssues()
    }

    /// A typed field: saved on its own when valid, else kept in its field, marked.
    func editText(_ field: String, _ text: String) {
        guard !filling, let indicator = base else { return }
        touched.insert(field)
        if let changed = fields.edit(field, text, of: indicator.id, stored: indicator, title: title(field, indicator)) {
            save(changed, key: field)
        }
        showIssues()
    }

    /// A field and its indicator in words, for the question on closing.
    private func title(_ field: String, _ indicator: Indicator) -> String {
        let caption = fields.caption(field)
        return indicator.name.isBlank ? trf("%1$s for a new indicator", caption) : trf("%1$s for “%2$s”", caption, indicator.name)
    }

    /// Applies a choice (level, kind, frequency…) to the indicator as stored and saves it unless it brings an error
    /// of its own; values kept for typed fields stay where they are, and go in with it when it lets them through.
    func edit(_ key: String?, _ change: (inout Indicator) -> Void) {
        guard let before = base else { return }
        var indicator = before
        change(&indicator)
        guard indicator != before else { return }
        let old = Set(before.validationIssues().filter(\.blocksSaving).map(\.rule))
        if !indicator.validationIssues().contains(where: { $0.blocksSaving && !old.contains($0.rule) }) {
            save(fields.settle(indicator, id: indicator.id), key: key)
        }
        showIssues()
    }

    /// Saves the indicator; a new one only once it has a name (until then it waits in `new`).
    private func save(_ edited: Indicator, key: String?) {
        var indicator = edited
        if !isNew, let before = origin, before.id == edited.id, before.needsReason(for: edited) {
            let reason = reasonEntry.text.trimmed()
            guard !reason.isEmpty else {
                // Kept, not lost: the typed value stays in its field and goes in as soon as the reason is given.
                waitingForReason = edited
                FieldMessage.show(reasonMessage, on: reasonEntry,
                                  tr("Say why the target, name or method changes; it is saved with the reason, and the earlier one is kept."))
                return
            }
            indicator = before.revised(to: edited, on: .today(), reason: reason)
            historyLabel.text = ImpactText.history(indicator)
            historyLabel.isVisible = true
        } else if !isNew, let before = origin, before.id == edited.id {
            // Typed back to what it promised: the change recorded on the way goes again.
            indicator.targetHistory = before.targetHistory
        }
        waitingForReason = nil
        FieldMessage.show(reasonMessage, on: reasonEntry, nil)
        let wasNew = isNew
        if wasNew {
            new.update(indicator)
            guard !indicator.validationIssues().hasErrors else {
                // What was typed into an indicator without a name is not saved either: closing asks about it.
                let message = indicator.validationIssues().issues(for: "indicator.name").first?.message(Translations.language) ?? ""
                window.state.drafts.keep(.init(text: "", message: message, title: title("indicator.name", indicator)),
                                         indicator.id, "indicator.name")
                return
            }
            new.saved()
        }
        shown = indicator
        heading.text = indicator.name
        deleteButton.isVisible = true
        window.state.drafts.retitle(indicator.id) { title($0, indicator) }
        if wasNew { onCreated?(indicator.id) }
        let merged = wasNew ? "indicator.\(indicator.id).indicator.name" : key.map { "indicator.\(indicator.id).\($0)" }
        if !window.perform([.upsertIndicator(indicator)], coalescing: merged), wasNew {
            new.update(indicator)
        }
    }

    /// Puts each message under its field (a value kept unsaved first) and says what is saved.
    func showIssues() {
        guard let indicator = base else { return }
        // A new indicator's missing name is said by the status line until the user has typed in the field.
        let quiet: Set<String> = isNew && !touched.contains("indicator.name") ? ["indicator.name"] : []
        fields.showMessages(of: indicator.id, stored: indicator.validationIssues(), quiet: quiet)
        let text: String
        if isNew {
            text = tr("The new indicator is saved as soon as it has a name.")
        } else if fields.hasKept(indicator.id) {
            text = tr("The field marked in red is not saved until you correct it. Everything else is saved.")
        } else {
            text = tr("Every change is saved at once.")
        }
        status.text = text
    }

    /// Rebuilds the partner drop-down when the partners changed (names or order).
    func renderPartners() {
        let partners = window.state.document.partners
        let names = partners.map(\.name)
        guard partnerDropDown == nil || names != partnerNames || partners.map(\.id) != partnerIDs else { return }
        partnerIDs = partners.map(\.id)
        partnerNames = names
        if let old = partnerDropDown { partnerSlot.remove(old) }
        let dropDown = DropDown(name: tr("Responsible partner"), items: [tr("Nobody chosen")] + names)
        partnerDropDown = dropDown
        partnerSlot.append(dropDown)
        selectPartner(base?.responsiblePartnerID)
        dropDown.onSelect(self) { editor, index in
            guard !editor.filling else { return }
            let id: UUID? = index > 0 && index <= editor.partnerIDs.count ? editor.partnerIDs[index - 1] : nil
            editor.edit(nil) { $0.responsiblePartnerID = id }
        }
    }

    private func selectPartner(_ id: UUID?) {
        guard let dropDown = partnerDropDown else { return }
        let wasFilling = filling
        filling = true
        defer { filling = wasFilling }
        dropDown.select(id.flatMap { partnerIDs.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
    }

    func delete() {
        guard let indicator = shown else { return }
        guard window.perform([.deleteIndicator(indicator.id)]) else { return }
        // Deleting is the user's own choice: what was typed into the indicator and not saved goes with it.
        window.state.drafts.discard(recordID: indicator.id)
        window.toast.show(trf("Deleted “%1$s”", indicator.name), actionTitle: tr("_Undo")) { [weak window] in
            window?.undo()
        }
    }
}
