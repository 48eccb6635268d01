import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

extension PositionView {
    /// Fills every field from the project and rebuilds the activities and the phase history.
    func fill(_ project: Project) {
        shown = project
        filling = true
        defer { filling = false }
        FormRows.setSubtitle(projectCellRow, project.cell.map {
            trf("%1$s plans and designs, %2$s delivers. %3$s", term($0.planning), term($0.delivery).lowercased(), Self.describe($0))
        } ?? tr("Not set yet."))
        Widgets.removeChildren(staircaseBox)
        for position in project.staircase {
            let area = position.area.trimmingSpaces().isEmpty ? tr("(no area named)") : position.area
            FormRows.append(FormRows.wide(Widgets.label(trf("%1$s: %2$s. %3$s", area, "\(position.step.number)", term(position.step)), wrap: true)),
                            to: staircaseBox)
        }
        if project.staircase.isEmpty { FormRows.append(FormRows.wide(Widgets.label(tr("No step set yet."), classes: ["dim-label"], wrap: true)), to: staircaseBox) }
        let key = project.activities.map { "\($0.id)\u{1F}\($0.name)" }
        if key != activityKey {
            activityKey = key
            renderActivities(project)
        }
        for activity in project.activities {
            guard let row = activityRows[activity.id] else { continue }
            FormRows.setSubtitle(row, Self.describe(activity.cell))
        }
        renderHistory(project)
    }

    /// Applies an edit to the shown project and saves it when valid.
    func edit(_ key: String?, _ change: (inout Project) -> Void) {
        guard !filling, var project = shown else { return }
        change(&project)
        guard project != shown, !project.validationIssues().hasErrors else { return }
        page.window.perform([.setProject(project)], coalescing: key)
        // The window renders from the saved state; the rows are only rebuilt when activities come or go.
        fill(page.window.state.document.project)
    }

    /// Appends a dated phase change; the latest by date is the current phase.
    func recordPhase() {
        let text = CStrings.text(ofEditable: phaseDateEntry).trimmingSpaces()
        guard let day = Day(parsing: text) else {
            FieldMessage.show(phaseDateMessage, on: phaseDateEntry, text.isEmpty ? tr("Type the date the phase began, e.g. 1.3.2026.")
                              : trf("“%1$s” is not a date. Write it as 1.3.2026.", text))
            return
        }
        FieldMessage.show(phaseDateMessage, on: phaseDateEntry, nil)
        let phase = CirclePhase.allCases[Form.selected(phaseDropDown)]
        edit(nil) { project in project.recordPhase(phase, from: day) }
        page.window.toast.show(trf("Recorded: %1$s from %2$s", term(phase), day.formatted(Translations.language)))
    }

    private func renderActivities(_ project: Project) {
        Widgets.removeChildren(activitiesBox)
        activityRows = [:]
        if project.activities.isEmpty {
            FormRows.append(FormRows.wide(Widgets.label(tr("No main activities yet. Describe them in step 4 of the impact work."),
                                                        classes: ["dim-label"], wrap: true)), to: activitiesBox)
        }
        // Each activity's cell is edited with the activity, in step 4 of the impact work; here it is shown with the way there.
        for activity in project.activities {
            let id = activity.id
            let link = Widgets.button(tr("Change in step _4"), accessibleName: trf("Change “%1$s” in step 4", activity.name)) { [weak self] in
                self?.openActivity(id)
            }
            gtk_widget_set_valign(link, GTK_ALIGN_CENTER)
            // The activity's name as the row's title, its place between thin and thick under it.
            let row = FormRows.control(activity.name, link)
            FormRows.setSubtitle(row, Self.describe(activity.cell))
            activityRows[id] = row
            FormRows.append(row, to: activitiesBox)
        }
    }

    /// Opens step 4 of the impact work on the activity, where its cell is edited.
    private func openActivity(_ id: UUID) {
        let window = page.window
        window.show(page: "impact")
        window.page(ImpactPage.self)?.showActivity(id)
    }

    private func renderHistory(_ project: Project) {
        Widgets.removeChildren(historyBox)
        gtk_label_set_text(samskap_label(currentPhaseLabel), project.circlePhase.map { trf("Now: %1$s", term($0)) }
            ?? tr("No phase recorded yet."))
        if let phase = project.circlePhase, let i = CirclePhase.allCases.firstIndex(of: phase) {
            // Offer the next phase of the circle; after Grow it comes round to Map again.
            Form.select(phaseDropDown, (i + 1) % CirclePhase.allCases.count)
        }
        if project.phaseHistory.isEmpty {
            FormRows.append(FormRows.wide(Widgets.label(tr("Each phase change you record is listed here with its date."), classes: ["dim-label"],
                                                        wrap: true)), to: historyBox)
        }
        for (index, change) in project.phaseHistory.enumerated().reversed() {
            let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
            let date = Widgets.label(change.date.formatted(Translations.language), classes: ["numeric"])
            gtk_widget_set_size_request(date, 110, -1)
            let name = Widgets.label(term(change.phase))
            gtk_widget_set_hexpand(name, 1)
            let remove = Widgets.iconButton("list-remove-symbolic", name: trf("Remove %1$s from %2$s", term(change.phase),
                                                                              change.date.formatted(Translations.language))) { [weak self] in
                guard let self else { return }
                self.edit(nil) { project in
                    guard project.phaseHistory.indices.contains(index) else { return }
                    project.phaseHistory.remove(at: index)
                    project.circlePhase = project.phaseHistory.last?.phase
                }
            }
            Widgets.append(row, date, name, remove)
            FormRows.append(FormRows.wide(row), to: historyBox)
        }
    }

    private static func describe(_ cell: MatrixCell?) -> String {
        guard let cell else { return tr("Choose who plans and who delivers to place it between thin and thick co-creation.") }
        return ImpactText.cell(cell)
    }
}
