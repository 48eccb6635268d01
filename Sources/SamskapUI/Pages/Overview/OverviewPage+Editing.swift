import FoundationEssentials
import SamskapCore
import SamskapGtk

extension OverviewPage {
    /// The project's typed fields: each is saved on its own (see `DraftStore.edit`).
    static let table = FieldTable<Project>([
        "project.name": .plain(\.name),
        "project.problem": .plain(\.problem),
        "project.period.start": .optional(\.period.start, text: { $0?.formatted(Translations.language) ?? "" },
                                          parse: { Day(parsing: $0) }, notRead: notADate),
        "project.period.end": .optional(\.period.end, text: { $0?.formatted(Translations.language) ?? "" },
                                        parse: { Day(parsing: $0) }, notRead: notADate),
    ], issues: { $0.validationIssues() })

    private nonisolated static func notADate(_ text: String) -> String { trf("“%1$s” is not a date. Write it as 1.3.2026.", text) }

    /// Wires each field to an edit of the project: a typed field is saved on its own when valid, a choice at once.
    func connect() {
        let typed: @MainActor (String, String) -> Void = { [weak self] field, text in self?.editText(field, text) }
        fields.bind("project.name", nameEntry, caption: tr("Project name"), message: nameMessage, typed: typed)
        fields.bind("project.period.start", startEntry, caption: tr("Start date"), message: startMessage, typed: typed)
        fields.bind("project.period.end", endEntry, caption: tr("End date"), message: endMessage, typed: typed)
        fields.bind("project.problem", problemView, caption: tr("The problem"), typed: typed)
        planningDropDown.onSelect(self) { $0.editCell() }
        deliveryDropDown.onSelect(self) { $0.editCell() }
        municipality.onChange = { [weak self] chosen in self?.edit(nil) { $0.municipality = chosen } }
        staircase.onChange = { [weak self] positions, key in self?.edit(key) { $0.staircase = positions } }
        staircase.keep(in: window.state.drafts, for: window.state.documentSoFar.project.id)
    }

    /// The project as stored.
    private var stored: Project { window.state.documentSoFar.project }

    /// A typed field: saved on its own when valid, else kept in its field, marked.
    private func editText(_ field: String, _ text: String) {
        guard !filling else { return }
        let project = stored
        if let changed = fields.edit(field, text, of: project.id, stored: project, title: title(field, project)) {
            save(changed, key: field)
        }
        fields.showMessages(of: project.id, stored: stored.validationIssues())
    }

    /// A field and the project in words, for the question on closing.
    private func title(_ field: String, _ project: Project) -> String { trf("%1$s for “%2$s”", fields.caption(field), project.name) }

    /// Applies a choice to the project as stored and saves it unless it brings an error of its own.
    func edit(_ key: String?, _ change: (inout Project) -> Void) {
        guard !filling else { return }
        var project = stored
        change(&project)
        guard project != stored else { return }
        let before = Set(stored.validationIssues().filter(\.blocksSaving).map(\.rule))
        guard !project.validationIssues().contains(where: { $0.blocksSaving && !before.contains($0.rule) }) else { return }
        save(fields.settle(project, id: project.id), key: key)
        fields.showMessages(of: project.id, stored: stored.validationIssues())
    }

    private func save(_ project: Project, key: String?) {
        shown = project
        window.state.drafts.retitle(project.id) { title($0, project) }
        staircase.show(project.staircase)  // an added or removed area: the form is not refilled after an edit
        renderDerived(project)
        window.perform([.setProject(project)], coalescing: key.map { "project.\($0)" })
    }

    private func editCell() {
        let planning = planningDropDown.selected
        let delivery = deliveryDropDown.selected
        edit(nil) {
            $0.cell = planning == 0 || delivery == 0 ? nil
                : MatrixCell(planning: Responsibility.allCases[planning - 1], delivery: Responsibility.allCases[delivery - 1])
        }
    }

    /// Fills every field from the project (first render, undo, redo), then puts back the values typed and not saved.
    func fill(_ project: Project) {
        // Setting a field fires its change signal; read half-filled (the new start date beside the old end date)
        // that was saved as an edit, four of them on every opening, each an undo step and a write.
        filling = true
        defer { filling = false }
        shown = project
        fields.fill(project, id: project.id)
        municipality.show(project.municipality)
        phaseRow.setSubtitle(project.circlePhase.map(term) ?? tr("No phase recorded yet."))
        planningDropDown.select(project.cell.map { (Responsibility.allCases.firstIndex(of: $0.planning) ?? 0) + 1 } ?? 0)
        deliveryDropDown.select(project.cell.map { (Responsibility.allCases.firstIndex(of: $0.delivery) ?? 0) + 1 } ?? 0)
        staircase.show(project.staircase)
        fields.showMessages(of: project.id, stored: project.validationIssues())
        renderDerived(project)
    }

    private func renderDerived(_ project: Project) {
        if let cell = project.cell {
            depthRow.setSubtitle(ImpactText.cell(cell))
        } else {
            depthRow.setSubtitle(tr("Choose who plans and who delivers to place the project between thin and thick co-creation."))
        }
    }
}
