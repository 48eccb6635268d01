import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The presenter view's controls. Each acts on the workshop window through the same methods its keys call, so the
/// room's screen and this view cannot disagree.
extension PresenterView {
    private enum Control: String, CaseIterable {
        case previous, next, reveal, theme, end
    }

    /// Moving through the agenda, under the current screen; the phones' strip comes under them on a rating screen.
    func controls() -> Widget {
        let previous = button(.previous, tr("Previous screen"), []) { [weak self] in self?.workshop?.go(by: -1) }
        let next = button(.next, tr("Next screen"), ["suggested-action"]) { [weak self] in self?.workshop?.go(by: 1) }
        let reveal = button(.reveal, tr("Reveal the results (R)"), []) { [weak self] in self?.workshop?.reveal() }
        // The strip as on the workshop screen, here without its dark panel: it sits on the project window's colours.
        gtk_widget_remove_css_class(phonesBar.root, "workshop-phones")
        Widgets.margins(phonesBar.root, 0)
        gtk_widget_set_halign(phonesBar.root, GTK_ALIGN_START)
        // Here the keyboard is the coordinator's: Tab reaches the phones' button like every other control.
        gtk_widget_set_focusable(phonesBar.button, 1)
        phonesBar.onToggle = { [weak self] in self?.workshop?.togglePhones() }
        return Self.wrapping(previous, next, reveal)
    }

    /// The room's colours and leaving, at the end of the side column, away from Next.
    func endControls() -> Widget {
        let theme = button(.theme, tr("Light, dark or high contrast (T)"), []) { [weak self] in self?.workshop?.cycleTheme() }
        let end = button(.end, tr("End the workshop"), ["destructive-action"]) { [weak self] in self?.workshop?.close() }
        return Self.wrapping(theme, end)
    }

    private func button(_ control: Control, _ text: String, _ classes: [String],
                        _ action: @escaping @MainActor () -> Void) -> Widget {
        let button = Widgets.button(text, classes: classes, action: action)
        buttons[control.rawValue] = button
        return button
    }

    /// Buttons in a row that wraps, so that a narrow window (half a screen) gets more lines, not more width.
    private static func wrapping(_ children: Widget...) -> Widget {
        let flow = gtk_flow_box_new()!
        gtk_flow_box_set_selection_mode(samskap_flow_box(flow), GTK_SELECTION_NONE)
        gtk_flow_box_set_column_spacing(samskap_flow_box(flow), 8)
        gtk_flow_box_set_row_spacing(samskap_flow_box(flow), 8)
        gtk_flow_box_set_max_children_per_line(samskap_flow_box(flow), UInt32(children.count))
        for child in children {
            gtk_flow_box_insert(samskap_flow_box(flow), child, -1)
            // The buttons take the keyboard, not the flow box's cells around them.
            if let cell = gtk_widget_get_parent(child) { gtk_widget_set_focusable(cell, 0) }
        }
        return flow
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
