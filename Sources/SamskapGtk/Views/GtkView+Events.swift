import CGtk

/// A key pressed in a widget.
public struct KeyPress: Sendable {
    /// The key's GDK value.
    public let keyval: UInt32

    /// Whether it is the Down arrow (of the main keys or the keypad).
    public var isArrowDown: Bool { keyval == guint(GDK_KEY_Down) || keyval == guint(GDK_KEY_KP_Down) }

    /// The modifiers held (GDK's mask; 0 when the key came alone).
    public var modifiers: UInt32 = 0

    /// Whether Ctrl was held down.
    public var isControlDown: Bool { modifiers & GDK_CONTROL_MASK.rawValue != 0 }

    /// Whether Control, Alt or Super was held: the key is then a shortcut, not typing.
    public var hasCommandModifier: Bool {
        modifiers & (GDK_CONTROL_MASK.rawValue | GDK_ALT_MASK.rawValue | GDK_SUPER_MASK.rawValue) != 0
    }

    /// Whether it came without Control, Alt or Shift.
    public var isPlain: Bool {
        modifiers & (GDK_CONTROL_MASK.rawValue | GDK_ALT_MASK.rawValue | GDK_SHIFT_MASK.rawValue) == 0
    }

    /// Whether it is the Up arrow (of the main keys or the keypad).
    public var isArrowUp: Bool { keyval == guint(GDK_KEY_Up) || keyval == guint(GDK_KEY_KP_Up) }

    /// Whether it is Enter (Return, the keypad's Enter or ISO Enter).
    public var isEnter: Bool { [GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter].map { guint($0) }.contains(keyval) }

    /// Whether it is Escape.
    public var isEscape: Bool { keyval == guint(GDK_KEY_Escape) }
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
            return handler(owner, KeyPress(keyval: keyval, modifiers: state.rawValue))
        }
        gtk_widget_add_controller(widget, samskap_event_controller(keys.raw))
    }

    /// Runs `handler` with `owner` (held weakly) when the keyboard focus leaves the widget.
    public func onFocusLeave<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        let focus = gtk_event_controller_focus_new()!
        Signals.connect(focus, "leave", owner: owner, handler)
        gtk_widget_add_controller(widget, samskap_event_controller(focus.raw))
    }

    /// Runs `handler` with `owner` (held weakly) when the keyboard focus comes into the widget.
    public func onFocusEnter<Owner: AnyObject>(_ owner: Owner, _ handler: @escaping @MainActor (Owner) -> Void) {
        let focus = gtk_event_controller_focus_new()!
        Signals.connect(focus, "enter", owner: owner, handler)
        gtk_widget_add_controller(widget, samskap_event_controller(focus.raw))
    }
}
