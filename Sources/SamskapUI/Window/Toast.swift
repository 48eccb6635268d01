import CGtk

/// A small message at the bottom of the window, with an optional action (Undo), that goes by itself.
@MainActor
final class Toast {
    /// The widget to put in the window's overlay.
    let root: Widget
    private let label: Widget
    private let actionButton: Widget
    private var action: (@MainActor () -> Void)?
    private var timer: guint = 0

    init() {
        root = gtk_revealer_new()!
        gtk_revealer_set_transition_type(samskap_revealer(root), GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP)
        gtk_widget_set_halign(root, GTK_ALIGN_CENTER)
        gtk_widget_set_valign(root, GTK_ALIGN_END)
        let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12, classes: ["toast"])
        gtk_widget_set_margin_bottom(box, 18)
        label = Widgets.label("", wrap: true)
        gtk_label_set_max_width_chars(samskap_label(label), 60)
        actionButton = Widgets.button(tr("_Undo"), classes: ["flat"]) {}
        let closeButton = Widgets.iconButton("window-close-symbolic", name: tr("Dismiss")) {}
        Widgets.append(box, label, actionButton, closeButton)
        gtk_revealer_set_child(samskap_revealer(root), box)
        gtk_widget_set_visible(root, 0)
        Signals.connect(actionButton, "clicked") { [unowned self] in
            let action = self.action
            self.hide()
            action?()
        }
        Signals.connect(closeButton, "clicked") { [unowned self] in self.hide() }
    }

    /// Shows a message; with `actionTitle` and `action`, a button that runs it.
    func show(_ message: String, actionTitle: String? = nil, action: (@MainActor () -> Void)? = nil) {
        gtk_label_set_text(samskap_label(label), message)
        self.action = action
        gtk_widget_set_visible(actionButton, action == nil ? 0 : 1)
        if let actionTitle {
            gtk_button_set_label(samskap_button(actionButton), actionTitle)
            gtk_button_set_use_underline(samskap_button(actionButton), 1)
            Accessibility.setOwnLabel(actionButton, actionTitle.replacing("_", with: ""))
        }
        gtk_widget_set_visible(root, 1)
        gtk_revealer_set_reveal_child(samskap_revealer(root), 1)
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
        gtk_revealer_set_reveal_child(samskap_revealer(root), 0)
        gtk_widget_set_visible(root, 0)
    }
}
