import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk
import SamskapPhones
import SamskapStore

/// The phones in the workshop: P (or the strip's button) on a rating screen starts a session for the screen's round
/// after asking for the address, or resumes the one a crash left in the file; leaving the screen, Esc and closing
/// end it.
extension WorkshopWindow {
    /// Starts the phones on a rating screen, or stops them when they run.
    func togglePhones() {
        if phones != nil { return endPhones() }
        guard let screen = agenda.current, screen.kind == .rating else { return }
        if screen.roundID == nil || main.state.document.rounds.first(where: { $0.id == screen.roundID }) == nil { startRound() }
        guard let roundID = agenda.current?.roundID, let file = main.state.store as? ProjectFile else { return }
        if let saved = interruptedSession(roundID) { return startPhones(roundID: roundID, address: saved.bindAddress) }
        PhoneAddressChooser.show(parent: main.presenter == nil ? window : main.window, preferred: WorkshopPhoneSession.lastAddress) { [weak self] address in
            guard let self, self.agenda.current?.roundID == roundID, file === self.main.state.store as? ProjectFile else { return }
            self.startPhones(roundID: roundID, address: address)
        }
    }

    private func startPhones(roundID: UUID, address: String) {
        guard let screen = agenda.current, let file = main.state.store as? ProjectFile else { return }
        do {
            phones = try WorkshopPhoneSession(screenID: screen.id, roundID: roundID, address: address, file: file, state: main.state)
            phonesBar.problem = nil
            // Revealed before the phones came: they show the results at once.
            if screen.isRevealed { try phones?.setRevealed(true) }
        } catch {
            phonesBar.problem = WorkshopPhoneSession.message(for: error)
        }
        refresh()
        gtk_widget_grab_focus(area)
    }

    /// Ends the phones: nothing listens any more.
    func endPhones() {
        guard let phones else { return }
        self.phones = nil
        phones.end()
        refresh()
    }

    /// R on the phones' screen reveals to the phones as well.
    func revealToPhones(_ revealed: Bool) {
        guard let phones, phones.screenID == agenda.current?.id else { return }
        do { try phones.setRevealed(revealed) } catch { phonesBar.problem = ProjectFiles.message(for: error) }
    }

    /// The phones belong to one screen's round: another screen, or a new round on it (N), ends them.
    func endPhonesIfScreenLeft() {
        guard let phones, agenda.current?.id != phones.screenID || agenda.current?.roundID != phones.roundID else { return }
        endPhones()
    }

    /// The session a crash left in the file for this round, offered for resuming.
    private func interruptedSession(_ roundID: UUID) -> PhoneSessionRecord? {
        guard let file = main.state.store as? ProjectFile, let saved = try? file.phoneSession(), saved.roundID == roundID else { return nil }
        return saved
    }

    /// With a presenter view the coordinator's button is there (`PresenterView+Controls`), not on the room's screen.
    func updatePhonesBar() {
        phonesBar.show(main.presenter == nil ? phonesMode() : .hidden)
    }

    /// What the phones' strip offers on the screen on show.
    func phonesMode() -> WorkshopPhonesBar.Mode {
        guard let screen = agenda.current, screen.kind == .rating else { return .hidden }
        if let phones { return .running(url: phones.url) }
        if let roundID = screen.roundID, interruptedSession(roundID) != nil { return .interrupted }
        return .ready
    }
}

/// The coordinator's strip for the phones, at the top right of a rating screen. Small: the room reads the address
/// and the QR code from the screen's drawing; this is for the coordinator's mouse and a screen reader.
@MainActor
final class WorkshopPhonesBar {
    enum Mode: Equatable { case hidden, ready, interrupted, running(url: String) }

    let root: Widget
    /// Start, stop or resume; not focusable on the workshop screen (see below), focusable in the presenter view.
    let button: Widget
    private let address: Widget
    private let message: Widget
    var onToggle: () -> Void = {}
    /// Why the phones could not start; shown until they do.
    var problem: String? {
        didSet {
            gtk_label_set_text(samskap_label(message), problem ?? "")
            gtk_widget_set_visible(message, problem == nil ? 0 : 1)
        }
    }

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6, classes: ["workshop-phones"])
        gtk_widget_set_halign(root, GTK_ALIGN_END)
        gtk_widget_set_valign(root, GTK_ALIGN_START)
        Widgets.margins(root, 12)
        button = gtk_button_new_with_label(tr("Let the phones answer"))!
        // A read-only field rather than a label: it can be copied, and GTK 4.8 names a label by its text only.
        address = Widgets.entry(name: tr("Address for the phones"))
        gtk_editable_set_editable(samskap_editable(address), 0)
        gtk_editable_set_width_chars(samskap_editable(address), 48)
        gtk_widget_set_focusable(address, 0)
        message = Widgets.label("", classes: ["error"], wrap: true, xalign: 1)
        gtk_label_set_max_width_chars(samskap_label(message), 50)
        gtk_widget_set_visible(message, 0)
        Widgets.append(root, button, address, message)
        Signals.connect(button, "clicked") { [weak self] in self?.onToggle() }
        // The drawing keeps the keyboard: a click on the button must not take the keys away from the screen.
        gtk_widget_set_focusable(button, 0)
    }

    func show(_ mode: Mode) {
        gtk_widget_set_visible(root, mode == .hidden ? 0 : 1)
        let label = switch mode {
        case .running: tr("Stop the phones")
        case .interrupted: tr("Resume the phones")
        default: tr("Let the phones answer")
        }
        gtk_button_set_label(samskap_button(button), label)
        if case .running(let url) = mode {
            gtk_editable_set_text(samskap_editable(address), url)
            gtk_widget_set_visible(address, 1)
        } else {
            gtk_widget_set_visible(address, 0)
        }
    }
}
