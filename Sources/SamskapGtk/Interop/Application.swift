import CGtk
import FoundationEssentials

/// The application (AdwApplication, which brings libadwaita's style sheet and style manager): one instance per session
/// on the bus; a second start hands its files to the first (`onOpen`).
@MainActor
public final class Application {
    private let reference: GObjectRef

    /// An application registered as `id` (also its D-Bus name) that opens files given on the command line.
    public init(id: String, name: String) {
        reference = GObjectRef(adw_application_new(id, G_APPLICATION_HANDLES_OPEN), .adopt)!
        g_set_application_name(name)
    }

    /// The application for the window constructors not yet moved to wrappers.
    public var gtkApplication: UnsafeMutablePointer<GtkApplication> { samskap_application(reference.pointer) }

    /// Runs `handler` with `owner` (held weakly) once, when GTK has started and before the first window.
    public func onStartup<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Signals.connect(reference.pointer, "startup", owner: owner, handler)
    }

    /// Runs `handler` with `owner` (held weakly) when the application is started without files (or again).
    public func onActivate<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Signals.connect(reference.pointer, "activate", owner: owner, handler)
    }

    /// Runs `handler` with `owner` (held weakly) once the application is registered on the bus (see `isRemote`).
    public func onRegistered<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Signals.connectWithArgument(reference.pointer, "notify::is-registered") { [weak owner] _ in
            if let owner { handler(owner) }
        }
    }

    /// Runs `handler` with `owner` (held weakly) and the paths of the files to open, from this or a second start.
    public func onOpen<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner, [String]) -> Void) {
        Signals.connectOpen(reference.pointer) { [weak owner] paths in
            if let owner { handler(owner, paths) }
        }
    }

    /// Whether another instance is the primary one (it does the work; this one only hands files over).
    public var isRemote: Bool { g_application_get_is_remote(samskap_gapplication(reference.pointer)) != 0 }

    /// Runs the main loop with the command line (program name first); returns the exit status.
    public func run(_ argv: [String]) -> Int32 {
        var cStrings = argv.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        return cStrings.withUnsafeMutableBufferPointer { buffer in
            g_application_run(samskap_gapplication(reference.pointer), Int32(buffer.count), buffer.baseAddress)
        }
    }

    /// Leaves the main loop.
    public func quit() { g_application_quit(samskap_gapplication(reference.pointer)) }

    /// The window the user works in, as parent for dialogs.
    public var activeWindow: Widget? {
        gtk_application_get_active_window(samskap_application(reference.pointer)).map { samskap_widget($0) }
    }

    /// Adds an application action `app.name` that runs `handler` with `owner` (held weakly).
    public func addAction<Owner: AnyObject>(_ name: String, _ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Actions.add(reference.pointer, name) { [weak owner] in
            if let owner { handler(owner) }
        }
    }

    /// Sets the keys of a window or application action (`"win.undo"`, `"<Control>z"`); nil removes them.
    public func setAccelerator(_ action: String, _ accelerator: String?) {
        samskap_set_accels(reference.pointer, action, accelerator)
    }
}
