import FoundationEssentials
import SamskapGtk

extension MainWindow {
    /// Installs the window's actions of the table (`win.*`).
    func installActions() {
        let map = window
        undoAction = Actions.add(map, AppAction.undo.shortName) { [weak self] in self?.undo() }
        redoAction = Actions.add(map, AppAction.redo.shortName) { [weak self] in self?.redo() }
        Actions.add(map, AppAction.close.shortName) { [weak self] in self?.close() }
        Actions.add(map, AppAction.saveCopy.shortName) { [weak self] in self?.saveCopy() }
        Actions.add(map, AppAction.menu.shortName) { [weak self] in
            guard let self else { return }
            self.menuButton.popup()
        }
        Actions.add(map, AppAction.find.shortName) { [weak self] in
            guard let self else { return }
            self.show(page: "partners")
            self.page(PartnersPage.self)?.focusSearch()
        }
        Actions.add(map, AppAction.overview.shortName) { [weak self] in self?.show(page: "overview") }
        Actions.add(map, AppAction.partners.shortName) { [weak self] in self?.show(page: "partners") }
        Actions.add(map, AppAction.vision.shortName) { [weak self] in self?.show(page: "vision") }
        installPageActions()
    }

    /// The actions of pages that are built on their first visit: they build their page when they fire.
    private func installPageActions() {
        let map = window
        Actions.add(map, AppAction.impact.shortName) { [weak self] in self?.show(page: "impact") }
        Actions.add(map, AppAction.importMeasurements.shortName) { [weak self] in guard let self else { return }; MeasurementFiles.importCSV(window: self) }
        Actions.add(map, AppAction.exportMeasurements.shortName) { [weak self] in guard let self else { return }; MeasurementFiles.exportCSV(window: self) }
        Actions.add(map, AppAction.process.shortName) { [weak self] in self?.show(page: "process") }
        Actions.add(map, AppAction.merge.shortName) { [weak self] in guard let self else { return }; self.page(ProcessPage.self)?.merge() }
        Actions.add(map, AppAction.report.shortName) { [weak self] in self?.show(page: "report") }
        Actions.add(map, AppAction.present.shortName) { [weak self] in self?.presentWorkshop() }
        Actions.add(map, AppAction.prepareWorkshop.shortName) { [weak self] in self?.prepareWorkshop() }
        Actions.add(map, AppAction.exportPDF.shortName) { [weak self] in guard let self else { return }; self.page(ReportPage.self)?.exportPDF() }
        Actions.add(map, AppAction.print.shortName) { [weak self] in guard let self else { return }; self.page(ReportPage.self)?.printReport() }
    }

    /// Undoes the last edit, in the file too.
    func undo() {
        do { try state.undo() } catch { toast.show(ProjectFiles.message(for: error)) }
    }

    /// Redoes the last undone edit.
    func redo() {
        do { try state.redo() } catch { toast.show(ProjectFiles.message(for: error)) }
    }

    /// Writes a copy of the project to a file the user chooses; the window stays on the original.
    func saveCopy() {
        let suggested = NewProjectDialog.fileName(for: trf("%1$s (copy)", state.document.project.name))
        FileChoosers.save(parent: window, suggestedName: suggested) { [weak self] url in
            guard let self else { return }
            do {
                try ProjectFiles.saveCopy(self.state.document, to: url)
                self.toast.show(trf("Saved a copy as %1$s", url.lastPathComponent))
            } catch {
                self.toast.show(ProjectFiles.message(for: error))
            }
        }
    }
}
