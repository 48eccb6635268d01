import CGtk

extension MainWindow {
    /// Closes the window; when a field holds a value that is not saved, asks once whether to go back and correct
    /// it or to close anyway. `closed` runs only when the window did close.
    func close(then closed: (@MainActor () -> Void)? = nil) {
        let drafts = state.drafts.all.map(\.draft)
        guard !drafts.isEmpty else {
            destroy()
            closed?()
            return
        }
        if let open = unsavedDialog {
            gtk_window_present(samskap_window(open.window))
            return
        }
        present()
        unsavedDialog = UnsavedValuesDialog.show(parent: window, drafts: drafts) { [weak self] closeAnyway in
            guard let self else { return }
            self.unsavedDialog = nil
            guard closeAnyway else { return }
            self.state.drafts.discardAll()
            self.destroy()
            closed?()
        }
    }
}
