import CGtk

/// Toasts over a child (AdwToastOverlay): a message, an optional action such as Undo, gone by itself. A new message
/// replaces the one on screen.
@MainActor
public final class ToastOverlay: GtkView {
    /// The toast on screen, to dismiss it when the next one comes or on `hide`.
    private(set) var current: OpaquePointer?

    /// An overlay with no child yet.
    public init() { super.init(adw_toast_overlay_new()!) }

    /// The widget the toasts show over.
    public func setChild(_ child: GtkView) { adw_toast_overlay_set_child(OpaquePointer(widget), child.widget) }

    /// Shows a message for ten seconds; with `actionTitle` and `action`, a button that runs it.
    public func show(_ message: String, actionTitle: String? = nil, action: (@MainActor () -> Void)? = nil) {
        hide()
        // AdwToast 1.2 reads its title as Pango markup: a name with “&” or “<” is text, not markup.
        let escaped = CStrings.take(g_markup_escape_text(message, -1)) ?? message
        let toast = adw_toast_new(escaped)!
        adw_toast_set_timeout(toast, 10)
        if let action, let actionTitle {
            adw_toast_set_button_label(toast, actionTitle)
            Signals.connect(UnsafeMutableRawPointer(toast), "button-clicked", action)
        }
        adw_toast_set_priority(toast, ADW_TOAST_PRIORITY_HIGH)
        Signals.connect(UnsafeMutableRawPointer(toast), "dismissed") { [weak self] in
            if self?.current == toast { self?.current = nil }
        }
        current = toast
        // The overlay takes the reference adw_toast_new gave.
        adw_toast_overlay_add_toast(OpaquePointer(widget), toast)
    }

    /// Hides the toast on screen, if any.
    public func hide() {
        guard let toast = current else { return }
        current = nil
        adw_toast_dismiss(toast)
    }
}
