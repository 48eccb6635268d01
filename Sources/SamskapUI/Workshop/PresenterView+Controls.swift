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
    func controls() -> FlowBox {
        let previous = button(.previous, tr("Previous screen"), []) { $0.workshop?.go(by: -1) }
        let next = button(.next, tr("Next screen"), ["suggested-action"]) { $0.workshop?.go(by: 1) }
        let reveal = button(.reveal, tr("Reveal the results (R)"), []) { $0.workshop?.reveal() }
        // The strip as on the workshop screen, here without its dark panel: it sits on the project window's colours.
        phonesBar.root.removeCSSClass("workshop-phones")
        phonesBar.root.setMargins(0)
        phonesBar.root.horizontalAlignment = .start
        // Here the keyboard is the coordinator's: Tab reaches the phones' button like every other control.
        phonesBar.button.isFocusable = true
        phonesBar.onToggle = { [weak self] in self?.workshop?.togglePhones() }
        return Self.wrapping(previous, next, reveal)
    }

    /// The room's colours and leaving, at the end of the side column, away from Next.
    func endControls() -> FlowBox {
        let theme = button(.theme, tr("Light, dark or high contrast (T)"), []) { $0.workshop?.cycleTheme() }
        let end = button(.end, tr("End the workshop"), ["destructive-action"]) { $0.workshop?.close() }
        return Self.wrapping(theme, end)
    }

    private func button(_ control: Control, _ text: String, _ classes: [String],
                        _ action: @escaping @MainActor (PresenterView) -> Void) -> Button {
        let button = Button(text, classes: classes)
        button.onClicked(self, action)
        buttons[control.rawValue] = button
        return button
    }

    /// Buttons in a row that wraps, so that a narrow window (half a screen) gets more lines, not more width.
    private static func wrapping(_ children: Button...) -> FlowBox {
        let flow = FlowBox(spacing: 8)
        flow.maxChildrenPerLine = UInt32(children.count)
        // The buttons take the keyboard, not the flow box's cells around them.
        for child in children { flow.append(child, focusableCell: false) }
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
            reveal.label = text
        }
        if let workshop {
            phonesBar.show(workshop.phonesMode())
            phonesBar.problem = workshop.phonesBar.problem
        } else {
            phonesBar.show(.hidden)
        }
    }

    private func setSensitive(_ control: Control, _ on: Bool) {
        buttons[control.rawValue]?.isSensitive = on
    }

    /// The workshop's keys work here too, as on the workshop screen, except while the notes are being written.
    func forwardKeys() {
        root.onKeyPressed(self) { view, key in
            guard !view.notes.hasFocus, let workshop = view.workshop else { return false }
            return workshop.keyPressed(key)
        }
    }
}
