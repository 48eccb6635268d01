import CGtk

/// A small message at the bottom of the window, with an optional action (Undo), that goes by itself.
@MainActor
final class Toast {
    private let overlay: Widget
    // Built on the first message, not with the window: the first frame need not pay for a toast that may never show.
    private var parts: Parts?
    private var action: (@MainActor () -> Void)?
    private var timer: guint = 0

    private struct Parts {
        let root: Widget
        let label: Widget
        let actionButton: Widget
    }

    /// A toast that will show itself over the overlay's child.
    init(in overlay: Widget) {
        self.overlay = overlay
    }

    private func built() -> Parts {
        if let parts { return parts }
        let root = gtk_revealer_new()!
        gtk_revealer_set_transition_type(samskap_revealer(root), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP)
        gtk_widget_set_halign(root, GTK_ALIGN_CENTER)
        gtk_widget_set_valign(root, GTK_ALIGN_END)
        let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12, classes: ["toast"])
        gtk_widget_set_margin_bottom(box, 18)
        let label = Widgets.label("", wrap: true)
        gtk_label_set_max_width_chars(samskap_label(label), 60)
        let actionButton = Widgets.button(tr("_Undo"), classes: ["flat"]) {}
        let closeButton = Widgets.iconButton("window-close-symbolic", name: tr("Dismiss")) {}
        Widgets.append(box, label, actionButton, closeButton)
        gtk_revealer_set_child(samskap_revealer(root), box)
        gtk_overlay_add_overlay(samskap_overlay(overlay), root)
        Signals.connect(actionButton, "clicked") { [unowned self] in
            let action = self.action
            self.hide()
            action?()
        }
        Signals.connect(closeButton, "clicked") { [unowned self] in self.hide() }
        let parts = Parts(root: root, label: label, actionButton: actionButton)
        self.parts = parts
        return parts
    }

    /// Shows a message; with `actionTitle` and `action`, a button that runs it.
    func show(_ message: String, actionTitle: String? = nil, action: (@MainActor () -> Void)? = nil) {
        let parts = built()
        gtk_label_set_text(samskap_label(parts.label), message)
        self.action = action
        gtk_widget_set_visible(parts.actionButton, action == nil ? 0 : 1)
        if let actionTitle {
            gtk_button_set_label(samskap_button(parts.actionButton), actionTitle)
            gtk_button_set_use_underline(samskap_button(parts.actionButton), 1)
            Accessibility.setOwnLabel(parts.actionButton, actionTitle.replacing("_", with: ""))
        }
        gtk_widget_set_visible(parts.root, 1)
        gtk_revealer_set_reveal_child(samskap_revealer(parts.root), 1)
        Timers.cancel(timer)
        timer = Timers.after(milliseconds: 10_000) { [weak self] in
            self?.timer = 0
            self?.hide()
        }
    }

    /// Hides the toast.
    func hide() {
        Timers.cancel(timer)
        timer = 0
        action = nil
        guard let parts else { return }
        gtk_revealer_set_reveal_child(samskap_revealer(parts.root), 0)
        gtk_widget_set_visible(parts.root, 0)
    }
}
