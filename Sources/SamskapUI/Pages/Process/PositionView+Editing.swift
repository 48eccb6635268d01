import FoundationEssentials
import SamskapCore
import SamskapGtk

extension PositionView {
    /// Fills every field from the project and rebuilds the activities and the phase history.
    func fill(_ project: Project) {
        shown = project
        filling = true
        defer { filling = false }
        projectCellRow.setSubtitle(project.cell.map {
            trf("%1$s plans and designs, %2$s delivers. %3$s", term($0.planning), term($0.delivery).lowercased(), Self.describe($0))
        } ?? tr("Not set yet."))
        staircaseBox.removeAll()
        for position in project.staircase {
            let area = position.area.trimmingSpaces().isEmpty ? tr("(no area named)") : position.area
            staircaseBox.append(FormRows.wide(Label(trf("%1$s: %2$s. %3$s", area, "\(position.step.number)", term(position.step)), wrap: true)))
        }
        if project.staircase.isEmpty { staircaseBox.append(FormRows.wide(Label(tr("No step set yet."), classes: ["dim-label"], wrap: true))) }
        let key = project.activities.map { "\($0.id)\u{1F}\($0.name)" }
        if key != activityKey {
            activityKey = key
            renderActivities(project)
        }
        for activity in project.activities {
            activityRows[activity.id]?.setSubtitle(Self.describe(activity.cell))
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
        let text = phaseDateEntry.text.trimmingSpaces()
        guard let day = Day(parsing: text) else {
            FieldMessage.show(phaseDateMessage, on: phaseDateEntry, text.isEmpty ? tr("Type the date the phase began, e.g. 1.3.2026.")
                              : trf("“%1$s” is not a date. Write it as 1.3.2026.", text))
            return
        }
        FieldMessage.show(phaseDateMessage, on: phaseDateEntry, nil)
        let phase = CirclePhase.allCases[phaseDropDown.selected]
        edit(nil) { project in project.recordPhase(phase, from: day) }
        page.window.toast.show(trf("Recorded: %1$s from %2$s", term(phase), day.formatted(Translations.language)))
    }

    private func renderActivities(_ project: Project) {
        activitiesBox.removeAll()
        activityRows = [:]
        if project.activities.isEmpty {
            activitiesBox.append(FormRows.wide(Label(tr("No main activities yet. Describe them in step 4 of the impact work."),
                                                     classes: ["dim-label"], wrap: true)))
        }
        // Each activity's cell is edited with the activity, in step 4 of the impact work; here it is shown with the way there.
        for activity in project.activities {
            let id = activity.id
            let link = Button(tr("Change in step _4"), accessibleName: trf("Change “%1$s” in step 4", activity.name))
            link.onClicked(self) { $0.openActivity(id) }
            link.verticalAlignment = .center
            // The activity's name as the row's title, its place between thin and thick under it.
            let row = ActionRow(activity.name, control: link)
            row.setSubtitle(Self.describe(activity.cell))
            activityRows[id] = row
            activitiesBox.append(row)
        }
    }

    /// Opens step 4 of the impact work on the activity, where its cell is edited.
    private func openActivity(_ id: UUID) {
        let window = page.window
        window.show(page: "impact")
        window.page(ImpactPage.self)?.showActivity(id)
    }

    private func renderHistory(_ project: Project) {
        historyBox.removeAll()
        currentPhaseLabel.text = project.circlePhase.map { trf("Now: %1$s", term($0)) } ?? tr("No phase recorded yet.")
        if let phase = project.circlePhase, let i = CirclePhase.allCases.firstIndex(of: phase) {
            // Offer the next phase of the circle; after Grow it comes round to Map again.
            phaseDropDown.select((i + 1) % CirclePhase.allCases.count)
        }
        if project.phaseHistory.isEmpty {
            historyBox.append(FormRows.wide(Label(tr("Each phase change you record is listed here with its date."), classes: ["dim-label"],
                                                  wrap: true)))
        }
        for (index, change) in project.phaseHistory.enumerated().reversed() {
            let row = Box(.horizontal, spacing: 8)
            let date = Label(change.date.formatted(Translations.language), classes: ["numeric"])
            date.setSizeRequest(width: 110)
            let name = Label(term(change.phase))
            name.expandsHorizontally = true
            let remove = Button(icon: "list-remove-symbolic", name: trf("Remove %1$s from %2$s", term(change.phase),
                                                                         change.date.formatted(Translations.language)))
            remove.onClicked(self) { view in
                view.edit(nil) { project in
                    guard project.phaseHistory.indices.contains(index) else { return }
                    project.phaseHistory.remove(at: index)
                    project.circlePhase = project.phaseHistory.last?.phase
                }
            }
            row.append(date, name, remove)
            historyBox.append(FormRows.wide(row))
        }
    }

    private static func describe(_ cell: MatrixCell?) -> String {
        guard let cell else { return tr("Choose who plans and who delivers to place it between thin and thick co-creation.") }
        return ImpactText.cell(cell)
    }
}
