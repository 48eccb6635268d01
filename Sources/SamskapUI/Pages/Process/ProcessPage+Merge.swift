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
        let files = FileChoosers.Filter(name: tr("Samskap projects and JSON exports"), patterns: ["*.samskap", "*.json"])
        FileChoosers.open(title: tr("Bring in answers from another file"), accept: tr("_Bring in"), filter: files,
                          parent: window.window) { [weak self] url in
            self?.merge(from: url, force: false)
        }
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
