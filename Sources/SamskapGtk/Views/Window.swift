import CGtk

/// A top-level window (GtkWindow): a project or start window, a dialog, an editor, a second screen; or one made
/// elsewhere, wrapped to be a parent.
@MainActor
public final class Window: GtkView {
    /// A new, empty window; it shows once presented. Closing it from the window manager (its close button, Alt+F4)
    /// destroys it as `destroy()` does.
    public init() {
        super.init(gtk_window_new()!)
        closesForGood()
    }

    /// A main window of `application` (AdwApplicationWindow): its content brings its own header bar. Closing it
    /// from the window manager asks `onCloseRequest`'s handler first.
    public init(application: Application) {
        super.init(adw_application_window_new(application.gtkApplication)!)
        isApplicationWindow = true
        closesForGood()
    }

    private var isApplicationWindow = false
    private var keepsOpen: (@MainActor () -> Bool)?

    private func closesForGood() {
        let window = widget  // not the wrapper: a handler that held it would keep the window
        Signals.connectReturning(window, "close-request") { [weak self] in
            if let keepsOpen = self?.keepsOpen, keepsOpen() { return true }
            if gtk_window_get_hide_on_close(samskap_window(window)) != 0 { return false }  // GTK hides it
            Self.destroy(window)
            return true
        }
    }

    /// Asks `handler` with `owner` (held weakly) when the window manager's close button or Alt+F4 would close the
    /// window; true keeps it open (the handler then asks the user first).
    public func onCloseRequest<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Bool) {
        keepsOpen = { [weak owner] in owner.map(handler) ?? false }
    }

    /// Wraps a window made elsewhere (the project window, as a parent or to find its monitor).
    public override init(_ widget: Widget) { super.init(widget) }

    private var window: UnsafeMutablePointer<GtkWindow> { samskap_window(widget) }

    /// The title, also the window's accessible name for a screen reader.
    public var title: String {
        get { CStrings.borrow(gtk_window_get_title(window)) ?? "" }
        set { gtk_window_set_title(window, newValue) }
    }

    /// The size the window opens at, in pixels; -1 leaves that dimension to the content.
    public func setDefaultSize(width: Int32, height: Int32) { gtk_window_set_default_size(window, width, height) }

    /// Keeps the window over `parent`, centred on it where the desktop allows.
    ///
    /// GTK lets go of the parent in the window's dispose, which the wrapper's reference puts off until the wrapper goes,
    /// maybe after the parent is freed (GTK would then disconnect from a freed parent): the window lets go of the parent
    /// as the parent is destroyed instead, after GTK's own handler has destroyed it with the parent if so told.
    public func setTransientFor(_ parent: Window?) {
        gtk_window_set_transient_for(window, parent.map { samskap_window($0.widget) })
        guard let parent else { return }
        let parentWindow = samskap_window(parent.widget)  // alive while it emits its own "destroy", never kept here
        parent.connect("destroy", owner: self) { child in
            if gtk_window_get_transient_for(child.window) == parentWindow { gtk_window_set_transient_for(child.window, nil) }
        }
    }

    /// Whether the window blocks the input to its parent while it is shown.
    public var isModal: Bool {
        get { gtk_window_get_modal(window) != 0 }
        set { gtk_window_set_modal(window, newValue ? 1 : 0) }
    }

    /// Whether closing only hides the window, to be shown again.
    public var hidesOnClose: Bool {
        get { gtk_window_get_hide_on_close(window) != 0 }
        set { gtk_window_set_hide_on_close(window, newValue ? 1 : 0) }
    }

    /// Whether the window is destroyed with the window it stands over.
    public var destroysWithParent: Bool {
        get { gtk_window_get_destroy_with_parent(window) != 0 }
        set { gtk_window_set_destroy_with_parent(window, newValue ? 1 : 0) }
    }

    /// Makes `other`'s application this window's too, so that the application's shortcuts work here as well.
    public func setApplication(of other: Window) {
        if let application = gtk_window_get_application(other.window) { gtk_window_set_application(window, application) }
    }

    /// Sets the window's one child (the content, below the header bar it brings, in a main window).
    public func setChild(_ child: GtkView) {
        if isApplicationWindow {
            adw_application_window_set_content(samskap_adw_application_window(widget), child.widget)
        } else {
            gtk_window_set_child(window, child.widget)
        }
    }

    /// Shows the window and brings it to the front.
    public func present() { gtk_window_present(window) }

    /// Closes the window for good: "destroy" is emitted now, and the wrapper keeps only a dead object until it goes.
    public func destroy() { Self.destroy(widget) }

    /// GTK destroys a window by dropping the reference its list of windows holds, and emits "destroy" when the last
    /// reference goes; a wrapper holds one too, so that would wait for the wrapper, and a handler that lets the wrapper
    /// go on "destroy" would never run. The window is disposed here at once, as it is without a wrapper.
    private static func destroy(_ widget: Widget) {
        let toplevels = gtk_window_get_toplevels()
        var listed = false
        for k in 0..<g_list_model_get_n_items(toplevels) {
            guard let item = g_list_model_get_item(toplevels, k) else { continue }
            listed = listed || item == UnsafeMutableRawPointer(widget)
            g_object_unref(item)
        }
        guard listed else { return }  // destroyed before
        gtk_window_destroy(samskap_window(widget))
        g_object_run_dispose(samskap_object(widget))
    }

    /// Fills the screen the window is on.
    public func fullscreen() { gtk_window_fullscreen(window) }

    /// Fills `monitor`'s screen.
    public func fullscreen(on monitor: Monitor) { gtk_window_fullscreen_on_monitor(window, monitor.monitor) }

    /// The monitor the window is on; nil before it is shown.
    public var monitor: Monitor? {
        guard let display = gtk_widget_get_display(widget), let surface = gtk_native_get_surface(samskap_native(widget)) else { return nil }
        return Monitor(gdk_display_get_monitor_at_surface(display, surface))
    }

    /// Every monitor of the window's display, in the display's order.
    public var monitors: [Monitor] {
        guard let display = gtk_widget_get_display(widget) else { return [] }
        let list = gdk_display_get_monitors(display)
        return (0..<g_list_model_get_n_items(list)).compactMap { k in
            // get_item gives a reference of our own: the Monitor takes it over.
            g_list_model_get_item(list, k).flatMap { Monitor(adopting: OpaquePointer($0)) }
        }
    }

    /// The bar at the top of a dialog: its title and its buttons (a main window's content brings its own).
    public func setTitlebar(_ bar: GtkView) { gtk_window_set_titlebar(window, bar.widget) }

    /// The button Enter presses in the window's entries that activate the default.
    public func setDefaultWidget(_ view: GtkView) { gtk_window_set_default_widget(window, view.widget) }

    /// Gives `view` the keyboard focus within the window.
    public func setFocus(_ view: GtkView) { gtk_window_set_focus(window, view.widget) }

    /// The widget with the keyboard focus in the window, if any.
    public var focusWidget: GtkView? { gtk_window_get_focus(window).map { GtkView($0) } }

    /// Runs `handler` with `owner` (held weakly) each time the keyboard focus moves to another widget of the window.
    public func onFocusWidgetChanged<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        Signals.connectWithArgument(widget, "notify::focus-widget") { [weak owner] _ in
            guard let owner else { return }
            handler(owner)
        }
    }
}
