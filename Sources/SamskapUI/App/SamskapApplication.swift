import CGtk
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
    /// The version shown in the About dialog.
    static let version = "0.1.0"

    let application: GObjectRef
    private(set) var windows: [MainWindow] = []
    private var startWindow: StartWindow?
    /// The project file of the command line, read while GTK starts (primary instance only).
    private var preload: ProjectPreload?
    private var preloadCandidate: URL?

    init() {
        let app = adw_application_new(Self.id, G_APPLICATION_HANDLES_OPEN)
        application = GObjectRef(app, .adopt)!
        g_set_application_name("Samskap")
        Signals.connect(app!, "startup") { [weak self] in self?.startup() }
        Signals.connect(app!, "activate") { [weak self] in self?.activate() }
        // Registered on the bus and primary: the file can be read now, before GTK's start-up.
        Signals.connectWithArgument(app!, "notify::is-registered") { [weak self] _ in
            guard let self else { return }
            guard let url = self.preloadCandidate, self.preload == nil,
                  g_application_get_is_remote(samskap_gapplication(self.application.pointer)) == 0 else { return }
            self.preloadCandidate = nil
            self.preload = ProjectPreload(url: url)
        }
        Signals.connectOpen(app!) { [weak self] paths in
            guard let self else { return }
            for path in paths { self.open(URL(fileURLWithPath: path)) }
        }
    }

    /// The application as a `GtkApplication *`.
    var gtkApplication: UnsafeMutablePointer<GtkApplication> { samskap_application(application.pointer) }

    /// Runs the main loop with the command line (program name first); returns the exit status.
    func run(_ argv: [String]) -> Int32 {
        preloadCandidate = ProjectPreload.candidate(in: Array(argv.dropFirst()))
        var cStrings = argv.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        return cStrings.withUnsafeMutableBufferPointer { buffer in
            g_application_run(samskap_gapplication(application.pointer), Int32(buffer.count), buffer.baseAddress)
        }
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
        let map = application.pointer
        Actions.add(map, AppAction.newProject.shortName) { [weak self] in guard let self else { return }; self.newProject(parent: self.activeWindow) }
        Actions.add(map, AppAction.openProject.shortName) { [weak self] in guard let self else { return }; self.chooseAndOpen(parent: self.activeWindow) }
        Actions.add(map, AppAction.openDemo.shortName) { [weak self] in self?.openDemo() }
        Actions.add(map, AppAction.quit.shortName) { [weak self] in self?.quit() }
        Actions.add(map, AppAction.about.shortName) { [weak self] in guard let self else { return }; AboutDialog.show(parent: self.activeWindow) }
        Actions.add(map, AppAction.shortcuts.shortName) { [weak self] in guard let self else { return }; ShortcutsWindow.show(parent: self.activeWindow) }
        Actions.installAccelerators(map)
    }

    /// The window the user works in, as parent for dialogs.
    var activeWindow: Widget? {
        guard let window = gtk_application_get_active_window(samskap_application(application.pointer)) else { return nil }
        return samskap_widget(window)
    }

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
        g_application_quit(samskap_gapplication(application.pointer))
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
