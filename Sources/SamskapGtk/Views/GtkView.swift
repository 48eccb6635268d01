import CGtk

/// A widget held from Swift: the wrapper owns a reference (a new widget's floating one is sunk into it) and drops it
/// when the wrapper goes, so that a page can keep its widgets as Swift values without counting references by hand.
///
/// Hold a wrapper for as long as its widget is wanted outside the widget tree; once the widget is in a parent the
/// parent keeps it too. Handlers connected through a wrapper hold their owner weakly (see `connect`): a widget's
/// handler that held its page would keep the page, and the widgets it holds, alive for as long as the widget.
///
/// A page that holds its root keeps its whole subtree until the page itself goes, which may be while its window is
/// being released: a "destroy" handler below it must not reach anything through an `unowned` reference then.
@MainActor
public class GtkView {
    private let reference: GObjectRef

    /// The widget, for the builders of `Widgets`, `Form` and `FormRows` and the code not yet moved to wrappers.
    public var widget: Widget { reference.widget }

    /// Wraps a widget: sinks a new (floating) widget's reference, or adds one to a widget that has a parent.
    public init(_ widget: Widget) {
        reference = GObjectRef(widget, .sink)!
    }

    /// Whether the widget is shown (with its parents).
    public var isVisible: Bool {
        get { gtk_widget_get_visible(widget) != 0 }
        set { gtk_widget_set_visible(widget, newValue ? 1 : 0) }
    }

    /// Whether the widget reacts to the user (greyed out when not).
    public var isSensitive: Bool {
        get { gtk_widget_get_sensitive(widget) != 0 }
        set { gtk_widget_set_sensitive(widget, newValue ? 1 : 0) }
    }

    /// Whether the widget takes the width its parent has to spare.
    public var expandsHorizontally: Bool {
        get { gtk_widget_get_hexpand(widget) != 0 }
        set { gtk_widget_set_hexpand(widget, newValue ? 1 : 0) }
    }

    /// Whether the widget takes the height its parent has to spare.
    public var expandsVertically: Bool {
        get { gtk_widget_get_vexpand(widget) != 0 }
        set { gtk_widget_set_vexpand(widget, newValue ? 1 : 0) }
    }

    /// Where the widget sits in a wider space than it asks for.
    public var horizontalAlignment: Alignment {
        get { Alignment(gtk_widget_get_halign(widget)) }
        set { gtk_widget_set_halign(widget, newValue.gtk) }
    }

    /// Where the widget sits in a taller space than it asks for.
    public var verticalAlignment: Alignment {
        get { Alignment(gtk_widget_get_valign(widget)) }
        set { gtk_widget_set_valign(widget, newValue.gtk) }
    }

    /// The space above the widget, in pixels.
    public var marginTop: Int32 {
        get { gtk_widget_get_margin_top(widget) }
        set { gtk_widget_set_margin_top(widget, newValue) }
    }

    /// The space below the widget, in pixels.
    public var marginBottom: Int32 {
        get { gtk_widget_get_margin_bottom(widget) }
        set { gtk_widget_set_margin_bottom(widget, newValue) }
    }

    /// The space before the widget (left in a left-to-right language), in pixels.
    public var marginStart: Int32 {
        get { gtk_widget_get_margin_start(widget) }
        set { gtk_widget_set_margin_start(widget, newValue) }
    }

    /// The space after the widget (right in a left-to-right language), in pixels.
    public var marginEnd: Int32 {
        get { gtk_widget_get_margin_end(widget) }
        set { gtk_widget_set_margin_end(widget, newValue) }
    }

    /// Sets all four margins, in pixels.
    public func setMargins(_ value: Int32) { Widgets.margins(widget, value) }

    /// The least size the widget asks for, in pixels; -1 leaves that dimension to the widget.
    public func setSizeRequest(width: Int32, height: Int32 = -1) { gtk_widget_set_size_request(widget, width, height) }

    /// Whether the widget is on screen (mapped: shown, with all its parents, in a window that is shown).
    public var isMapped: Bool { gtk_widget_get_mapped(widget) != 0 }

    /// Runs `handler` with `owner` (held weakly) each time the widget comes on screen.
    public func onMap<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        connect("map", owner: owner, handler)
    }

    /// Adds a CSS class.
    public func addCSSClass(_ name: String) { gtk_widget_add_css_class(widget, name) }

    /// Removes a CSS class.
    public func removeCSSClass(_ name: String) { gtk_widget_remove_css_class(widget, name) }

    /// Moves the keyboard focus to the widget; true when it took it.
    @discardableResult
    public func grabFocus() -> Bool { gtk_widget_grab_focus(widget) != 0 }

    /// Sets the name assistive technologies read for the widget.
    public func setAccessibleName(_ name: String) { Accessibility.setLabel(widget, name) }

    /// Sets the description assistive technologies read after the widget's name.
    public func setAccessibleDescription(_ text: String) { Accessibility.setDescription(widget, text) }

    /// Connects a plain signal of the widget (`void (Instance *, gpointer)`) through `Signals`, the one connection
    /// and release path. The handler gets `owner` while it lives and does nothing once it has gone: weak by default.
    @discardableResult
    public func connect<Owner: AnyObject>(_ signal: String, owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) -> gulong {
        Signals.connect(widget, signal, owner: owner, handler)
    }
}

/// How a widget sits in more space than it asks for.
public enum Alignment: Sendable {
    case fill, start, end, center

    init(_ align: GtkAlign) {
        switch align {
        case GTK_ALIGN_START: self = .start
        case GTK_ALIGN_END: self = .end
        case GTK_ALIGN_CENTER: self = .center
        default: self = .fill
        }
    }

    var gtk: GtkAlign {
        switch self {
        case .fill: GTK_ALIGN_FILL
        case .start: GTK_ALIGN_START
        case .end: GTK_ALIGN_END
        case .center: GTK_ALIGN_CENTER
        }
    }
}
