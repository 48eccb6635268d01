import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The AdwApplication (libadwaita's stylesheet and style manager come with it): one instance per session, one window per open project, a start screen when none is.
///
/// A second `samskap FILE` hands the file to the running instance over D-Bus (`open`);
/// a file that is open already brings its window forward.
@MainActor
final class SamskapApplication {
    /// The application id, also the D-Bus name and the desktop file's name.
    static let id = "io.github.samskap.Samskap"

    let application = Application(id: SamskapApplication.id, name: "Samskap")
    private(set) var windows: [MainWindow] = []
    private var startWindow: StartWindow?
    /// The project file of the command line, read while GTK starts (primary instance only).
    private var preload: ProjectPreload?
    private var preloadCandidate: URL?

    init() {
        application.onStartup(self) { $0.startup() }
        application.onActivate(self) { $0.activate() }
        application.onRegistered(self) { $0.preloadIfPrimary() }
        application.onOpen(self) { app, paths in
            for path in paths { app.open(URL(fileURLWithPath: path)) }
        }
    }

    /// Runs the main loop with the command line (program name first); returns the exit status.
    func run(_ argv: [String]) -> Int32 {
        preloadCandidate = ProjectPreload.candidate(in: Array(argv.dropFirst()))
        return application.run(argv)
    }

    /// Registered on the bus and primary: the file of the command line can be read now, before GTK's start-up.
    private func preloadIfPrimary() {
        guard let url = preloadCandidate, preload == nil, !application.isRemote else { return }
        preloadCandidate = nil
        preload = ProjectPreload(url: url)
    }

    private func startup() {
        // GTK has just set the whole locale from the environment; when that named no installed locale, gettext
        // would stop translating (see Catalogue.useMessagesLocale).
        Catalogue.useMessagesLocale()
        Style.install()
        ColorScheme.follow()
        installActions()
    }

    private func activate() {
        if let window = windows.last { window.present() } else { showStart() }
    }

    private func installActions() {
        application.addAction(AppAction.newProject.shortName, self) { $0.newProject(parent: $0.activeWindow) }
        application.addAction(AppAction.openProject.shortName, self) { $0.chooseAndOpen(parent: $0.activeWindow) }
        application.addAction(AppAction.openDemo.shortName, self) { $0.openDemo() }
        application.addAction(AppAction.quit.shortName, self) { $0.quit() }
        application.addAction(AppAction.about.shortName, self) { AboutDialog.show(parent: $0.activeWindow) }
        application.addAction(AppAction.shortcuts.shortName, self) { ShortcutsWindow.show(parent: $0.activeWindow) }
        application.installAccelerators()
    }

    /// The window the user works in, as parent for dialogs.
    var activeWindow: Widget? { application.activeWindow }

    // MARK: Opening

    /// Opens a project file in a window, or brings its window forward when it is open already.
    @discardableResult
    func open(_ url: URL) -> Bool {
        let standard = url.standardizedFileURL.resolvingSymlinksInPath()
        if let window = windows.first(where: { $0.state.url?.standardizedFileURL.resolvingSymlinksInPath() == standard }) {
            window.present()
            return true
        }
        do {
            let opened: OpenedProject
            if let preload, preload.url == standard, let preloaded = preload.take() {
                self.preload = nil
                opened = preloaded
            } else {
                opened = try ProjectFiles.openDeferringBulk(standard)
            }
            show(ProjectState(opened, url: standard))
            return true
        } catch {
            showStart(error: ProjectFiles.message(for: error))
            return false
        }
    }

    /// Creates a project file and opens it; returns the message of what went wrong, if anything.
    func create(named name: String, at url: URL) -> String? {
        do {
            let store = try ProjectFiles.create(url, document: .new(named: name))
            show(try ProjectState(store: store, url: url.standardizedFileURL))
            return nil
        } catch {
            return ProjectFiles.message(for: error)
        }
    }

    /// Shows a window on a project state, closing the start screen.
    func show(_ state: ProjectState) {
        let window = MainWindow(application: self, state: state)
        windows.append(window)
        if let url = state.url { RecentProjects.add(url) }
        window.present()
        startWindow?.close()
        startWindow = nil
    }

    /// Shows the start screen, with an error to tell if any.
    func showStart(error: String? = nil) {
        if startWindow == nil {
            startWindow = StartWindow(application: self)
        }
        startWindow?.present(error: error)
    }

    /// Forgets a closed start screen.
    func startClosed(_ window: StartWindow) {
        if startWindow === window { startWindow = nil }
    }

    /// Forgets a closed project window and lets go of its file.
    func windowClosed(_ window: MainWindow) {
        windows.removeAll { $0 === window }
        window.state.completeDocument()  // no reader is left behind on the file
        ProjectFiles.close(window.state.store)
    }

    /// Quits: every valid edit is saved already. A window with values not saved asks first, one window at a time;
    /// going back to correct them stops quitting.
    func quit() {
        if let asking = windows.first(where: { !$0.state.drafts.isEmpty }) {
            asking.close { [weak self] in self?.quit() }
            return
        }
        for window in windows { window.destroy() }
        startWindow?.close()
        application.quit()
    }

    // MARK: Choosers

    /// Asks for a name and a folder, then creates the project.
    func newProject(parent: Widget?) {
        NewProjectDialog.show(application: self, parent: parent)
    }

    /// Asks for a project file and opens it.
    func chooseAndOpen(parent: Widget?) {
        FileChoosers.open(parent: parent) { [weak self] url in self?.open(url) }
    }

    /// Opens a demo project, made from `data/demo` the first time.
    func openDemo(_ demo: DemoProject = .housing) {
        switch demo.ensure() {
        case .success(let url): open(url)
        case .failure(let error): showStart(error: error.message)
        }
    }
}
