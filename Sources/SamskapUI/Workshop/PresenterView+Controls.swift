import CGtk
import FoundationEssentials
import SamskapCore

/// The presenter view's controls. Each acts on the workshop window through the same methods its keys call, so the
/// room's screen and this view cannot disagree.
extension PresenterView {
    private enum Control: String, CaseIterable {
        case previous, next, reveal, theme, end
    }

    /// The row of controls: moving through the agenda on the left, the phones in the middle, leaving on the right.
    func controls() -> Widget {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let make = { (control: Control, text: String, classes: [String], action: @escaping @MainActor () -> Void) in
            let button = Widgets.button(text, classes: classes, action: action)
            self.buttons[control.rawValue] = button
            return button
        }
        let previous = make(.previous, tr("Previous screen"), []) { [weak self] in self?.workshop?.go(by: -1) }
        let next = make(.next, tr("Next screen"), ["suggested-action"]) { [weak self] in self?.workshop?.go(by: 1) }
        let reveal = make(.reveal, tr("Reveal the results (R)"), []) { [weak self] in self?.workshop?.reveal() }
        let theme = make(.theme, tr("Light, dark or high contrast (T)"), []) { [weak self] in self?.workshop?.cycleTheme() }
        let end = make(.end, tr("End the workshop"), ["destructive-action"]) { [weak self] in self?.workshop?.close() }
        let spacer = Widgets.box(GTK_ORIENTATION_HORIZONTAL)
        gtk_widget_set_hexpand(spacer, 1)
        // The strip as on the workshop screen, here without its dark panel: it sits on the project window's colours.
        gtk_widget_remove_css_class(phonesBar.root, "workshop-phones")
        Widgets.margins(phonesBar.root, 0)
        gtk_widget_set_valign(phonesBar.root, GTK_ALIGN_CENTER)
        phonesBar.onToggle = { [weak self] in self?.workshop?.togglePhones() }
        Widgets.append(row, previous, next, reveal, phonesBar.root, spacer, theme, end)
        return row
    }

    /// Enables what can be done on the screen on show, and names the reveal for what it will do.
    func updateControls(_ agenda: WorkshopAgenda) {
        let index = agenda.currentIndex ?? 0
        let screen = agenda.current
        setSensitive(.previous, index > 0)
        setSensitive(.next, index + 1 < agenda.screens.count)
        setSensitive(.reveal, screen?.kind.hidesUntilRevealed ?? false)
        if let reveal = buttons[Control.reveal.rawValue] {
            let text = screen?.isRevealed == true ? tr("Hide the results (R)") : tr("Reveal the results (R)")
            gtk_button_set_label(samskap_button(reveal), text)
            Accessibility.setOwnLabel(reveal, text)
        }
        if let workshop {
            phonesBar.show(workshop.phonesMode())
            phonesBar.problem = workshop.phonesBar.problem
        } else {
            phonesBar.show(.hidden)
        }
    }

    private func setSensitive(_ control: Control, _ on: Bool) {
        if let button = buttons[control.rawValue] { gtk_widget_set_sensitive(button, on ? 1 : 0) }
    }

    /// The workshop's keys work here too, as on the workshop screen, except while the notes are being written.
    func forwardKeys() {
        let keys = gtk_event_controller_key_new()!
        Signals.connectKeyPressed(keys) { [weak self] keyval, state in
            guard let self, gtk_widget_has_focus(self.notes) == 0, let workshop = self.workshop else { return false }
            return workshop.keyPressed(keyval, state)
        }
        gtk_widget_add_controller(root, samskap_event_controller(keys.raw))
    }
}
