import CGtk
import SamskapGtk

/// The window's toasts, shown by libadwaita's AdwToastOverlay: a message, an optional action (Undo), gone by itself.
/// `show` keeps the calls pages make; a new message replaces the one on screen.
@MainActor
final class Toast {
    private let overlay: Widget
    /// The toast on screen, to dismiss it when the next one comes or on `hide`.
    private var current: OpaquePointer?

    /// Toasts over an AdwToastOverlay's child.
    init(in overlay: Widget) {
        self.overlay = overlay
    }

    /// Shows a message; with `actionTitle` and `action`, a button that runs it.
    func show(_ message: String, actionTitle: String? = nil, action: (@MainActor () -> Void)? = nil) {
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
        adw_toast_overlay_add_toast(OpaquePointer(overlay), toast)
    }

    /// The toast on screen (tests).
    var currentForTests: OpaquePointer? { current }

    /// Hides the toast on screen, if any.
    func hide() {
        guard let toast = current else { return }
        current = nil
        adw_toast_dismiss(toast)
    }
}
