import SamskapCore
import SamskapGtk

/// Opening the workshop from the project window (F5, the main menu) and preparing its agenda.
extension MainWindow {
    /// Opens the workshop full screen; with no agenda yet, opens the agenda editor instead and says why.
    func presentWorkshop() {
        if let workshop { return workshop.present() }
        guard let agenda = state.document.workshop, !agenda.screens.isEmpty else {
            toast.show(tr("The workshop has no screens yet. Add some first."))
            return prepareWorkshop()
        }
        let window = WorkshopWindow(main: self)
        workshop = window
        window.present()
    }

    /// Opens the agenda editor.
    func prepareWorkshop() {
        if let agendaEditor { return agendaEditor.present() }
        let editor = WorkshopAgendaEditor(main: self)
        agendaEditor = editor
        editor.present()
    }

    /// Called when the workshop window is gone.
    func workshopClosed() {
        workshop = nil
        hidePresenter()
        present()
    }

    /// Called when the agenda editor is gone.
    func agendaEditorClosed() { agendaEditor = nil }

    /// Saves an edit of the workshop agenda as one undoable step (nothing when it changes nothing); edits with the same
    /// `key` in a row, as typing in one field, undo together.
    @discardableResult
    func editAgenda(coalescing key: String? = nil, _ change: (inout WorkshopAgenda) -> Void) -> Bool {
        let saved = state.document.workshop ?? .empty
        var agenda = saved
        change(&agenda)
        guard agenda != saved else { return true }
        return perform([.setWorkshop(agenda)], coalescing: key)
    }
}

/// The presenter view in place of the pages while the workshop runs on another screen.
extension MainWindow {
    /// Shows the presenter view (once per workshop); the pages stay in the window's stack as they were.
    func showPresenter() {
        if presenter == nil {
            let view = PresenterView(main: self)
            presenter = view
            content.add(view.root, named: "presenter")
        }
        content.show("presenter")
        sidebar.isAvailable = false
        workshop?.updatePhonesBar()
        present()
    }

    /// Puts the pages back as they were left.
    func hidePresenter() {
        guard let view = presenter else { return }
        presenter = nil
        view.stop()
        content.show("project")
        sidebar.isAvailable = true
        content.remove(view.root)
    }
}
