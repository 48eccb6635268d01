import CGtk
import FoundationEssentials
import SamskapCore

extension OverviewPage {
    /// Wires each field to an edit of the project; only valid values are saved.
    func connect() {
        Signals.connect(nameEntry, "changed") { [unowned self] in self.edit("name") { $0.name = CStrings.text(ofEditable: self.nameEntry) } }
        Form.onChange(ofTextView: problemView) { [unowned self] in
            self.edit("problem") { $0.problem = CStrings.text(ofTextView: self.problemView) }
        }
        Signals.connect(startEntry, "changed") { [unowned self] in self.editPeriod() }
        Signals.connect(endEntry, "changed") { [unowned self] in self.editPeriod() }
        Form.onSelect(phaseDropDown) { [unowned self] in
            let index = Form.selected(self.phaseDropDown)
            self.edit(nil) { $0.circlePhase = index == 0 ? nil : CirclePhase.allCases[index - 1] }
        }
        Form.onSelect(planningDropDown) { [unowned self] in self.editCell() }
        Form.onSelect(deliveryDropDown) { [unowned self] in self.editCell() }
        municipality.onChange = { [unowned self] chosen in self.edit(nil) { $0.municipality = chosen } }
        staircase.onChange = { [unowned self] positions, key in self.edit(key) { $0.staircase = positions } }
    }

    /// Applies an edit to the shown project; saves it when valid, else shows the messages and saves nothing.
    func edit(_ key: String?, _ change: (inout Project) -> Void) {
        guard !filling, var project = shown else { return }
        change(&project)
        guard project != shown else { return }
        let issues = project.validationIssues()
        FieldMessage.show(nameMessage, on: nameEntry, issues.issues(for: "project.name").first?.message(Translations.language))
        if !periodTextsParse() { return }
        FieldMessage.show(endMessage, on: endEntry, issues.issues(for: "project.period.end").first?.message(Translations.language))
        guard !issues.hasErrors else { return }
        shown = project
        staircase.show(project.staircase)  // an added or removed area: the form is not refilled after an edit
        renderDerived(project)
        window.perform([.setProject(project)], coalescing: key.map { "project.\($0)" })
    }

    private func editPeriod() {
        guard !filling else { return }
        guard periodTextsParse() else { return }
        let start = Day(parsing: CStrings.text(ofEditable: startEntry))
        let end = Day(parsing: CStrings.text(ofEditable: endEntry))
        edit("period") { $0.period = Period(start: start, end: end) }
    }

    /// Shows a message under a date that does not parse; true when both are empty or dates.
    private func periodTextsParse() -> Bool {
        var ok = true
        for (entry, message) in [(startEntry, startMessage), (endEntry, endMessage)] {
            let text = CStrings.text(ofEditable: entry).trimmingSpaces()
            if !text.isEmpty && Day(parsing: text) == nil {
                FieldMessage.show(message, on: entry, trf("“%1$s” is not a date. Write it as 1.3.2026.", text))
                ok = false
            } else if entry == startEntry {
                FieldMessage.show(message, on: entry, nil)
            }
        }
        return ok
    }

    private func editCell() {
        let planning = Form.selected(planningDropDown)
        let delivery = Form.selected(deliveryDropDown)
        edit(nil) {
            $0.cell = planning == 0 || delivery == 0 ? nil
                : MatrixCell(planning: Responsibility.allCases[planning - 1], delivery: Responsibility.allCases[delivery - 1])
        }
    }

    /// Fills every field from the project (first render, undo, redo) and clears the messages.
    func fill(_ project: Project) {
        // Setting a field fires its change signal; read half-filled (the new start date beside the old end date)
        // that was saved as an edit, four of them on every opening, each an undo step and a write.
        filling = true
        defer { filling = false }
        shown = project
        Form.setText(ofEntry: nameEntry, project.name)
        municipality.show(project.municipality)
        Form.setText(ofEntry: startEntry, project.period.start?.formatted(Translations.language) ?? "")
        Form.setText(ofEntry: endEntry, project.period.end?.formatted(Translations.language) ?? "")
        Form.setText(ofTextView: problemView, project.problem)
        Form.select(phaseDropDown, project.circlePhase.map { (CirclePhase.allCases.firstIndex(of: $0) ?? 0) + 1 } ?? 0)
        Form.select(planningDropDown, project.cell.map { (Responsibility.allCases.firstIndex(of: $0.planning) ?? 0) + 1 } ?? 0)
        Form.select(deliveryDropDown, project.cell.map { (Responsibility.allCases.firstIndex(of: $0.delivery) ?? 0) + 1 } ?? 0)
        staircase.show(project.staircase)
        for (message, entry) in [(nameMessage, nameEntry), (startMessage, startEntry), (endMessage, endEntry)] {
            FieldMessage.show(message, on: entry, nil)
        }
        renderDerived(project)
    }

    private func renderDerived(_ project: Project) {
        if let cell = project.cell {
            gtk_label_set_text(samskap_label(depthLabel), trf("%1$s: %2$s", term(cell.depth), cell.term.text(Translations.language)))
        } else {
            gtk_label_set_text(samskap_label(depthLabel), tr("Choose who plans and who delivers to place the project between thin and thick co-creation."))
        }
    }
}
