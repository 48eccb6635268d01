import CGtk

/// A key pressed in a widget.
public struct KeyPress: Sendable {
    /// The key's GDK value.
    public let keyval: UInt32

    /// Whether it is the Down arrow (of the main keys or the keypad).
    public var isArrowDown: Bool { keyval == guint(GDK_KEY_Down) || keyval == guint(GDK_KEY_KP_Down) }

    /// Whether Ctrl was held down.
    public internal(set) var isControlDown = false
    /// Whether Control, Alt or Super was held: the key is then a shortcut, not typing.
    public internal(set) var hasCommandModifier = false
}

extension GtkView {
    /// Runs `handler` with `owner` (held weakly) on every key pressed in the widget; true when it handled the key.
    /// `beforeChildren` gets the key before the widget's own handling (an entry's text editing) can take it.
    public func onKeyPressed<Owner: AnyObject>(_ owner: Owner, beforeChildren: Bool = false,
                                               _ handler: @escaping @MainActor (Owner, KeyPress) -> Bool) {
        let keys = gtk_event_controller_key_new()!
        if beforeChildren { gtk_event_controller_set_propagation_phase(samskap_event_controller(keys.raw), GTK_PHASE_CAPTURE) }
        Signals.connectKeyPressed(keys) { [weak owner] keyval, state in
            guard let owner else { return false }
            let command = state.rawValue & (GDK_CONTROL_MASK.rawValue | GDK_ALT_MASK.rawValue | GDK_SUPER_MASK.rawValue) != 0
            return handler(owner, KeyPress(keyval: keyval, isControlDown: state.rawValue & GDK_CONTROL_MASK.rawValue != 0,
                                           hasCommandModifier: command))
        }
        gtk_widget_add_controller(widget, samskap_event_controller(keys.raw))
    }

    /// Runs `handler` with `owner` (held weakly) when the keyboard focus leaves the widget.
    public func onFocusLeave<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        let focus = gtk_event_controller_focus_new()!
        Signals.connect(focus, "leave", owner: owner, handler)
        gtk_widget_add_controller(widget, samskap_event_controller(focus.raw))
    }
}
