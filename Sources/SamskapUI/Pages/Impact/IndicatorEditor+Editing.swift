import CGtk
import FoundationEssentials
import SamskapCore

extension IndicatorEditor {
    /// Wires every field to an edit of the draft.
    func connect() {
        let texts: [(Widget, String, (inout Indicator, String) -> Void)] = [
            (nameEntry, "indicator.name", { $0.name = $1 }),
            (unitEntry, "indicator.unit", { $0.unit = $1 }),
            (sourceEntry, "indicator.dataSource", { $0.dataSource = $1 }),
        ]
        for (entry, key, setter) in texts {
            Signals.connect(entry, "changed") { [unowned self] in
                guard !self.filling else { return }
                self.touched.insert(key)
                self.edit(key) { setter(&$0, CStrings.text(ofEditable: entry)) }
            }
        }
        Form.onChange(ofTextView: methodView) { [unowned self] in
            guard !self.filling else { return }
            self.edit("indicator.method") { $0.method = CStrings.text(ofTextView: self.methodView) }
        }
        let numbers: [(Widget, String, (inout Indicator, Double?) -> Void)] = [
            (baselineValue, "indicator.baseline.value", { $0.baseline.value = $1 }),
            (targetValue, "indicator.target.value", { $0.target.value = $1 }),
        ]
        for (entry, key, setter) in numbers {
            Signals.connect(entry, "changed") { [unowned self] in
                guard !self.filling else { return }
                let text = CStrings.text(ofEditable: entry).trimmingSpaces()
                let value = SamskapCore.Measurement.parseNumber(text)
                self.unreadable[key] = text.isEmpty || value != nil ? nil : ImpactText.notANumber(text)
                self.edit(key) { setter(&$0, value) }
            }
        }
        let dates: [(Widget, String, (inout Indicator, Day?) -> Void)] = [
            (baselineDate, "indicator.baseline.date", { $0.baseline.date = $1 }),
            (targetDate, "indicator.target.date", { $0.target.date = $1 }),
        ]
        for (entry, key, setter) in dates {
            Signals.connect(entry, "changed") { [unowned self] in
                guard !self.filling else { return }
                let text = CStrings.text(ofEditable: entry).trimmingSpaces()
                let day = ImpactText.day(text)
                self.unreadable[key] = text.isEmpty || day != nil ? nil : ImpactText.notADate(text)
                self.edit(key) { setter(&$0, day) }
            }
        }
        level.onChange = { [unowned self] value in self.edit(nil) { $0.level = value } }
        kind.onChange = { [unowned self] value in self.edit(nil) { $0.kind = value } }
        direction.onChange = { [unowned self] value in self.edit(nil) { $0.direction = value } }
        Form.onSelect(frequencyDropDown) { [unowned self] in
            guard !self.filling else { return }
            let index = Form.selected(self.frequencyDropDown)
            guard Frequency.allCases.indices.contains(index) else { return }
            self.edit(nil) { $0.frequency = Frequency.allCases[index] }
        }
        Signals.connect(keyCheck, "toggled") { [unowned self] in
            guard !self.filling else { return }
            let on = gtk_check_button_get_active(samskap_check_button(self.keyCheck)) != 0
            self.edit(nil) { $0.isKey = on }
        }
    }

    /// Shows the indicator with the id (or the new draft); false when there is nothing to show.
    @discardableResult
    func render(indicatorID: UUID?) -> Bool {
        renderPartners()
        if isNew { return true }
        guard let id = indicatorID, let stored = window.state.document.indicator(id) else {
            draft = nil
            shown = nil
            return false
        }
        if stored != shown { fill(stored) }
        return true
    }

    /// Starts a new indicator from scratch: nothing is saved until it has a name.
    func startNew() {
        isNew = true
        fill(Indicator(name: "", level: .output))
        gtk_widget_grab_focus(nameEntry)
    }

    /// Fills every field from an indicator and clears the messages.
    func fill(_ indicator: Indicator) {
        filling = true
        defer { filling = false }
        draft = indicator
        shown = isNew ? nil : indicator
        touched = []
        unreadable = [:]
        gtk_label_set_text(samskap_label(heading), isNew ? tr("New indicator") : indicator.name)
        let entry = indicator.catalogueID.flatMap { id in CataloguePicker.entries.first { $0.id == id } }
        gtk_label_set_text(samskap_label(catalogueNote), entry.map { trf("From the catalogue: %1$s", term($0.area)) } ?? "")
        gtk_widget_set_visible(catalogueNote, entry == nil ? 0 : 1)
        Form.setText(ofEntry: nameEntry, indicator.name)
        Form.setText(ofEntry: unitEntry, indicator.unit)
        Form.setText(ofEntry: sourceEntry, indicator.dataSource)
        Form.setText(ofTextView: methodView, indicator.method)
        Form.setText(ofEntry: baselineValue, ImpactText.number(indicator.baseline.value))
        Form.setText(ofEntry: baselineDate, ImpactText.date(indicator.baseline.date))
        Form.setText(ofEntry: targetValue, ImpactText.number(indicator.target.value))
        Form.setText(ofEntry: targetDate, ImpactText.date(indicator.target.date))
        level.select(indicator.level)
        kind.select(indicator.kind)
        direction.select(indicator.direction)
        Form.select(frequencyDropDown, Frequency.allCases.firstIndex(of: indicator.frequency) ?? 0)
        gtk_check_button_set_active(samskap_check_button(keyCheck), indicator.isKey ? 1 : 0)
        selectPartner(indicator.responsiblePartnerID)
        gtk_widget_set_visible(deleteButton, isNew ? 0 : 1)
        showIssues(indicator.validationIssues())
    }

    /// Applies an edit to the draft; saves it when valid, else shows what is wrong and saves nothing.
    func edit(_ key: String?, _ change: (inout Indicator) -> Void) {
        guard var indicator = draft else { return }
        change(&indicator)
        draft = indicator
        let issues = indicator.validationIssues()
        showIssues(issues)
        guard indicator != shown, !issues.hasErrors, unreadable.isEmpty else { return }
        let wasNew = isNew
        shown = indicator
        isNew = false
        gtk_label_set_text(samskap_label(heading), indicator.name)
        gtk_widget_set_visible(deleteButton, 1)
        if wasNew { onCreated?(indicator.id) }
        let merged = wasNew ? "indicator.\(indicator.id).indicator.name" : key.map { "indicator.\(indicator.id).\($0)" }
        if !window.perform([.upsertIndicator(indicator)], coalescing: merged) {
            isNew = wasNew
        }
    }

    /// Puts each message under its field and says when the draft is not saved.
    func showIssues(_ issues: [ValidationIssue]) {
        let language = Translations.language
        func message(_ field: String) -> String? {
            unreadable[field] ?? issues.issues(for: field).first?.message(language)
        }
        FieldMessage.show(nameMessage, on: nameEntry, touched.contains("indicator.name") ? message("indicator.name") : nil)
        FieldMessage.show(unitMessage, on: unitEntry, message("indicator.unit"))
        FieldMessage.show(baselineValueMessage, on: baselineValue, message("indicator.baseline.value"))
        FieldMessage.show(baselineDateMessage, on: baselineDate, message("indicator.baseline.date"))
        FieldMessage.show(targetValueMessage, on: targetValue, message("indicator.target.value"))
        FieldMessage.show(targetDateMessage, on: targetDate, message("indicator.target.date"))
        let text: String
        if !issues.hasErrors && unreadable.isEmpty {
            text = isNew ? tr("The new indicator is saved as soon as it has a name.") : tr("Every change is saved at once.")
        } else if isNew {
            text = tr("The new indicator is saved as soon as it has a name.")
        } else {
            text = tr("Not saved until the field marked in red is corrected.")
        }
        gtk_label_set_text(samskap_label(status), text)
    }

    /// Rebuilds the partner drop-down when the partners changed (names or order).
    func renderPartners() {
        let partners = window.state.document.partners
        let names = partners.map(\.name)
        guard partnerDropDown == nil || names != partnerNames || partners.map(\.id) != partnerIDs else { return }
        partnerIDs = partners.map(\.id)
        partnerNames = names
        if let old = partnerDropDown { gtk_box_remove(samskap_box(partnerSlot), old) }
        let dropDown = Form.dropDown(name: tr("Responsible partner"), items: [tr("Nobody chosen")] + names)
        partnerDropDown = dropDown
        Widgets.append(partnerSlot, dropDown)
        selectPartner(draft?.responsiblePartnerID)
        Form.onSelect(dropDown) { [unowned self] in
            guard !self.filling else { return }
            let index = Form.selected(dropDown)
            let id: UUID? = index > 0 && index <= self.partnerIDs.count ? self.partnerIDs[index - 1] : nil
            self.edit(nil) { $0.responsiblePartnerID = id }
        }
    }

    private func selectPartner(_ id: UUID?) {
        guard let dropDown = partnerDropDown else { return }
        let wasFilling = filling
        filling = true
        defer { filling = wasFilling }
        Form.select(dropDown, id.flatMap { partnerIDs.firstIndex(of: $0) }.map { $0 + 1 } ?? 0)
    }

    func delete() {
        guard let indicator = shown else { return }
        guard window.perform([.deleteIndicator(indicator.id)]) else { return }
        window.toast.show(trf("Deleted “%1$s”", indicator.name), actionTitle: tr("_Undo")) { [weak window] in
            window?.undo()
        }
    }
}
