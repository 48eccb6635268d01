import CGtk

/// A top-level window (GtkWindow): made here, or wrapping one made elsewhere (the project's window).
@MainActor
public final class Window: GtkView {
    /// A new, hidden window; GTK keeps it among its windows until it is destroyed (with its parent, if told so).
    public init() { super.init(gtk_window_new()!) }

    /// Wraps a window made elsewhere.
    override public init(_ widget: Widget) { super.init(widget) }

    private var window: UnsafeMutablePointer<GtkWindow> { samskap_window(widget) }

    /// The title in the window's title bar.
    public var title: String {
        get { CStrings.borrow(gtk_window_get_title(window)) ?? "" }
        set { gtk_window_set_title(window, newValue) }
    }

    /// Whether the window keeps the user from the windows under it while it is shown.
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

    /// The size the window opens at, in pixels.
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

    /// Puts the window's one child in it.
    public func setChild(_ child: GtkView?) { gtk_window_set_child(window, child?.widget) }

    /// Shows the window and brings it to the front.
    public func present() { gtk_window_present(window) }

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
