import CGtk

extension GtkView {
    /// Whether the widget itself can take the keyboard focus (Tab, a click).
    public var isFocusable: Bool {
        get { gtk_widget_get_focusable(widget) != 0 }
        set { gtk_widget_set_focusable(widget, newValue ? 1 : 0) }
    }

    /// Whether the keyboard focus of the widget's window is on the widget or on something inside it.
    public var hasFocusWithin: Bool {
        guard let focus = windowFocus else { return false }
        return focus == widget || gtk_widget_is_ancestor(focus, widget) != 0
    }

    /// Whether the keyboard focus of the widget's window lies on the same surface as the widget: false while a popover
    /// of its own (a drop-down's list) has it; true when nothing has it.
    public var focusIsOnSameSurface: Bool {
        guard let focus = windowFocus else { return true }
        return gtk_widget_get_native(focus) == gtk_widget_get_native(widget)
    }

    /// The widget that has the keyboard focus in the widget's window, if the widget is in one.
    private var windowFocus: Widget? {
        guard let root = gtk_widget_get_root(widget) else { return nil }
        return gtk_root_get_focus(root)
    }

    /// Whether the widget has the keyboard focus now.
    public var hasFocus: Bool { gtk_widget_has_focus(widget) != 0 }
}
