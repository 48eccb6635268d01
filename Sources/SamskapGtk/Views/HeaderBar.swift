import CGtk

/// A window's title bar (AdwHeaderBar) with a title, and buttons at its start and end.
@MainActor
public final class HeaderBar: GtkView {
    private let titleWidget: OpaquePointer?

    /// A header bar; with `title`, that text stands in its middle (AdwWindowTitle), else the window's own title does.
    public init(title: String? = nil) {
        let header = adw_header_bar_new()!
        if let title {
            let label = adw_window_title_new(title, nil)!
            adw_header_bar_set_title_widget(OpaquePointer(header), label)
            titleWidget = OpaquePointer(label)
        } else {
            titleWidget = nil
        }
        super.init(header)
    }

    /// The text in the middle, when the bar was made with one.
    public var title: String {
        get { titleWidget.flatMap { CStrings.borrow(adw_window_title_get_title($0)) } ?? "" }
        set { if let titleWidget { adw_window_title_set_title(titleWidget, newValue) } }
    }

    /// Adds a button at the start (left in a left-to-right language), after those added before.
    public func packStart(_ view: GtkView) { adw_header_bar_pack_start(OpaquePointer(widget), view.widget) }

    /// Adds a button at the end, before those added before.
    public func packEnd(_ view: GtkView) { adw_header_bar_pack_end(OpaquePointer(widget), view.widget) }

    /// Whether the window's own buttons (close, and the others the desktop shows) stand at the bar's ends; a dialog
    /// with Cancel and an action button has none.
    public var showsWindowButtons: Bool {
        get { adw_header_bar_get_show_end_title_buttons(OpaquePointer(widget)) != 0 }
        set {
            adw_header_bar_set_show_start_title_buttons(OpaquePointer(widget), newValue ? 1 : 0)
            adw_header_bar_set_show_end_title_buttons(OpaquePointer(widget), newValue ? 1 : 0)
        }
    }
}
