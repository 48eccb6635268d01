import CGtk
import Foundation
import SamskapCore

/// The GtkApplication: one instance per session, one window per open project.
///
/// A second `samskap FILE` hands the file to the running instance over D-Bus (`open`);
/// a file that is open already brings its window forward.
@MainActor
final class SamskapApplication {
    /// The application id, also the D-Bus name and the desktop file's name.
    static let id = "io.github.samskap.Samskap"

    let application: GObjectRef
    private(set) var windows: [MainWindow] = []

    init() {
        let app = gtk_application_new(Self.id, G_APPLICATION_HANDLES_OPEN)
        application = GObjectRef(app, .adopt)!
        Signals.connect(app!, "startup") { [unowned self] in self.startup() }
        Signals.connect(app!, "activate") { [unowned self] in self.activate() }
        Signals.connectOpen(app!) { [unowned self] paths in
            for path in paths { self.open(URL(fileURLWithPath: path)) }
        }
    }

    /// Runs the main loop with the command line (program name first); returns the exit status.
    func run(_ argv: [String]) -> Int32 {
        var cStrings = argv.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        return cStrings.withUnsafeMutableBufferPointer { buffer in
            g_application_run(samskap_gapplication(application.pointer), Int32(buffer.count), buffer.baseAddress)
        }
    }

    private func startup() {
        Style.install()
    }

    private func activate() {
        if let window = windows.last { window.present() } else { showStart() }
    }

    /// Opens a project file in a window, or brings its window forward when it is open already.
    func open(_ url: URL) {
        let standard = url.standardizedFileURL.resolvingSymlinksInPath()
        if let window = windows.first(where: { $0.state.url?.standardizedFileURL.resolvingSymlinksInPath() == standard }) {
            window.present()
            return
        }
        do {
            let state = try ProjectState(store: ProjectFiles.open(standard), url: standard)
            show(state)
        } catch {
            showStart(error: ProjectFiles.message(for: error))
        }
    }

    /// Shows a window on a project state.
    func show(_ state: ProjectState) {
        let window = MainWindow(application: self, state: state)
        windows.append(window)
        window.present()
    }

    /// Shows the start screen (when no project is open), with an error to tell if any.
    func showStart(error: String? = nil) {
        // The start screen comes with issue 3; until then a window says what went wrong.
        let window = gtk_application_window_new(samskap_application(application.pointer))!
        gtk_window_set_title(samskap_window(window), "Samskap")
        gtk_window_set_default_size(samskap_window(window), 640, 400)
        let label = Widgets.label(error ?? tr("Open a project file: samskap FILE.samskap"), wrap: true, xalign: 0.5)
        Widgets.margins(label, 48)
        gtk_window_set_child(samskap_window(window), label)
        gtk_window_present(samskap_window(window))
    }

    /// Forgets a window that was closed.
    func windowClosed(_ window: MainWindow) {
        windows.removeAll { $0 === window }
    }
}
