import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

extension ProcessPage {
    /// `win.merge`: asks for another copy of the project (a project file or a JSON export), brings in what it
    /// has and this one lacks as one undoable step, and says what was added.
    /// `SAMSKAP_MERGE_FILE` names the file without asking (real-window tests).
    func merge() {
        if let path = ProcessInfo.processInfo.environment["SAMSKAP_MERGE_FILE"], !path.isEmpty {
            merge(from: URL(fileURLWithPath: path), force: false)
            return
        }
        let native = gtk_file_chooser_native_new(tr("Bring in answers from another file"), samskap_window(window.window),
                                                 GTK_FILE_CHOOSER_ACTION_OPEN, tr("_Bring in"), tr("_Cancel"))!
        let chooser = samskap_file_chooser(native.raw)
        let filter = gtk_file_filter_new()
        gtk_file_filter_set_name(filter, tr("Samskap projects and JSON exports"))
        gtk_file_filter_add_pattern(filter, "*.samskap")
        gtk_file_filter_add_pattern(filter, "*.json")
        gtk_file_chooser_add_filter(chooser, filter)
        g_object_unref(filter?.raw)
        gtk_native_dialog_set_modal(samskap_native_dialog(native.raw), 1)
        // The handler holds the chooser's only reference and drops it once answered.
        Signals.connectWithInteger(native, "response", { [weak self] response in
            defer { g_object_unref(native.raw) }
            guard response == GTK_RESPONSE_ACCEPT.rawValue,
                  let file = gtk_file_chooser_get_file(samskap_file_chooser(native.raw)) else { return }
            let path = CStrings.take(g_file_get_path(file))
            g_object_unref(file.raw)
            if let path { self?.merge(from: URL(fileURLWithPath: path), force: false) }
        })
        gtk_native_dialog_show(samskap_native_dialog(native.raw))
    }

    /// Merges the records of the file at `url`; with `force`, even from another project.
    func merge(from url: URL, force: Bool) {
        let plan: MergePlan
        do {
            let other = try MergeSource.read(url, current: window.state.url)
            plan = try window.state.document.mergePlan(from: other, force: force)
        } catch MergeSource.Problem.sameFile {
            window.toast.show(tr("That is this project’s own file. Choose the copy you want to bring answers in from."))
            return
        } catch let MergeError.differentProject(ours, theirs) {
            window.toast.show(trf("The other file is a different project (“%1$s”), not a copy of “%2$s”. Bring in only copies of the same project.", theirs, ours),
                              actionTitle: tr("Bring in _anyway")) { [weak self] in self?.merge(from: url, force: true) }
            return
        } catch {
            window.toast.show(ProjectFiles.message(for: error))
            return
        }
        let message = plan.summary.message(Translations.language)
        guard !plan.changes.isEmpty else { window.toast.show(message); return }
        guard window.perform(plan.changes) else { return }
        show(view: "rounds")
        window.toast.show(message, actionTitle: tr("_Undo")) { [weak self] in self?.window.undo() }
    }
}
