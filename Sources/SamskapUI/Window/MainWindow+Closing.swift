import FoundationEssentials
import SamskapCore
import SamskapGtk

extension MainWindow {
    /// Closes the window; when a field holds a value that is not saved, asks once whether to go back and correct
    /// it or to close anyway. `closed` runs only when the window did close.
    func close(then closed: (@MainActor () -> Void)? = nil) {
        let kept = state.drafts.all
        let drafts = kept.map(\.draft)
        guard !drafts.isEmpty else {
            destroy()
            closed?()
            return
        }
        if let open = unsavedDialog {
            Window(open).present()
            return
        }
        present()
        unsavedDialog = UnsavedValuesDialog.show(parent: window, drafts: drafts) { [weak self] closeAnyway in
            guard let self else { return }
            self.unsavedDialog = nil
            guard closeAnyway else {
                if let first = kept.first { self.reveal(first.key) }
                return
            }
            self.state.drafts.discardAll()
            self.destroy()
            closed?()
        }
    }
}

extension MainWindow {
    /// Shows the page and the record of a value kept unsaved, so that going back to correct it lands on it.
    func reveal(_ key: DraftStore.Key) {
        let field = key.field
        let document = state.document
        if field.hasPrefix("partner.") {
            show(page: "partners")
            if document.partner(key.recordID) != nil {
                page(PartnersPage.self)?.select(key.recordID)
            } else {
                page(PartnersPage.self)?.addPartner()   // the new partner begun without a name
            }
        } else if field.hasPrefix("project.") {
            show(page: "overview")
        } else if field.hasPrefix("goal.") || field.hasPrefix("subGoal.") {
            show(page: "vision")
        } else if field.hasPrefix("round."), let process = page(ProcessPage.self) {
            process.selectedRoundID = key.recordID
            process.show(view: "rounds")
            process.render()
        } else if let impact = page(ImpactPage.self) {
            show(page: "impact")
            revealOnImpact(key, impact, document)
        }
    }

    private func revealOnImpact(_ key: DraftStore.Key, _ impact: ImpactPage, _ document: ProjectDocument) {
        let field = key.field
        if field.hasPrefix("indicator.") {
            impact.show(.indicators)
            if document.indicator(key.recordID) != nil {
                impact.indicators.select(key.recordID)
            } else if !impact.indicators.editor.isNew {
                impact.indicators.addFromScratch()   // the new indicator begun without a name
            }
        } else if field.hasPrefix("measurement.") {
            // A new row is kept under its indicator's id; a stored measurement's cell under the measurement's.
            let indicatorID = MeasurementFields.indicatorID(ofNewRowField: field)
                ?? document.measurements.first { $0.id == key.recordID }?.indicatorID
            impact.show(.measurements)
            if let indicatorID, document.indicator(indicatorID) != nil { impact.indicators.select(indicatorID) }
        } else if field.hasPrefix("evaluation.") {
            impact.show(.evaluation)
        } else if field.hasPrefix("targetGroup.") {
            impact.show(.targetGroups)
        } else if field.hasPrefix("activity.") {
            impact.show(.activities)
        }
    }
}
