import CGtk
import SamskapCore

/// Asks once, before a window closes with values that could not be saved, whether to go back and correct them or
/// to close anyway; names each field, its record and the value, so that nothing is dropped without the user knowing.
///
/// A modal window of its own in the shape of a message dialog: the app does not link libadwaita, and GTK 4.8's
/// GtkMessageDialog puts its answers in an action area that screen readers announce without the question.
@MainActor
final class UnsavedValuesDialog {
    let window: Widget
    private let answer: @MainActor (_ closeAnyway: Bool) -> Void
    private var answered = false
    private var keepAlive: UnsavedValuesDialog?

    /// Shows the question over the parent; `answer` runs once, with true when the user chose to close anyway.
    @discardableResult
    static func show(parent: Widget, drafts: [DraftStore.Draft], answer: @escaping @MainActor (_ closeAnyway: Bool) -> Void) -> UnsavedValuesDialog {
        let dialog = UnsavedValuesDialog(parent: parent, drafts: drafts, answer: answer)
        dialog.keepAlive = dialog
        gtk_window_present(samskap_window(dialog.window))
        return dialog
    }

    /// One line of the list: the field, its record and the value ("E-mail for “NAV Drammen”: kari@bergen"); a
    /// value kept in several cells (a new measurement's row) shows the cells that hold something.
    static func line(_ draft: DraftStore.Draft) -> String {
        let value = draft.text.split(separator: "\t").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " · ")
        return trf("%1$s: %2$s", draft.title, value.isEmpty ? tr("(empty)") : value)
    }

    private init(parent: Widget, drafts: [DraftStore.Draft], answer: @escaping @MainActor (Bool) -> Void) {
        self.answer = answer
        window = gtk_window_new()!
        let title = tr("Values not saved")
        gtk_window_set_title(samskap_window(window), title)
        gtk_window_set_modal(samskap_window(window), 1)
        gtk_window_set_resizable(samskap_window(window), 0)
        gtk_window_set_default_size(samskap_window(window), 480, -1)
        gtk_window_set_transient_for(samskap_window(window), samskap_window(parent))
        Widgets.addClasses(window, ["unsaved-values"])

        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        Widgets.margins(content, 24)
        let heading = Widgets.label(drafts.count == 1 ? tr("One value is not saved") : tr("Some values are not saved"),
                                    classes: ["title-3"], wrap: true)
        let explanation = Widgets.label(tr("What you typed below is not valid, so it is not saved. If you close now, it is lost."),
                                        wrap: true)
        let list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4, classes: ["unsaved-list"])
        Accessibility.setLabel(list, tr("Values not saved"))
        for draft in drafts {
            let item = Widgets.label(Self.line(draft), wrap: true)
            gtk_label_set_selectable(samskap_label(item), 0)
            Widgets.append(list, item)
        }
        let back = Widgets.button(tr("_Go back and correct"), classes: ["suggested-action"], accessibleName: tr("Go back and correct")) {}
        let close = Widgets.button(tr("_Close anyway"), classes: ["destructive-action"], accessibleName: tr("Close anyway")) {}
        let buttons = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_widget_set_halign(buttons, GTK_ALIGN_END)
        gtk_widget_set_margin_top(buttons, 6)
        // The way that keeps what was typed comes last, where the eye ends and Enter goes.
        Widgets.append(buttons, close, back)
        Widgets.append(content, heading, explanation, list, buttons)
        gtk_window_set_child(samskap_window(window), content)
        gtk_window_set_default_widget(samskap_window(window), back)
        Accessibility.setDescription(window, tr("What you typed below is not valid, so it is not saved. If you close now, it is lost."))

        Signals.connect(back, "clicked") { [weak self] in self?.finish(closeAnyway: false) }
        Signals.connect(close, "clicked") { [weak self] in self?.finish(closeAnyway: true) }
        let keys = gtk_event_controller_key_new()!
        Signals.connectKeyPressed(keys) { [weak self] keyval, _ in
            guard Int32(bitPattern: keyval) == GDK_KEY_Escape else { return false }
            self?.finish(closeAnyway: false)
            return true
        }
        gtk_widget_add_controller(window, samskap_event_controller(keys.raw))
        // Closing the question from its title bar keeps the values: nothing is lost by a stray click.
        Signals.connectReturning(window, "close-request") { [weak self] in
            self?.finish(closeAnyway: false)
            return false
        }
        Signals.connect(window, "destroy") { [weak self] in self?.keepAlive = nil }
        gtk_widget_grab_focus(back)
    }

    private func finish(closeAnyway: Bool) {
        guard !answered else { return }
        answered = true
        gtk_window_destroy(samskap_window(window))
        answer(closeAnyway)
    }
}
