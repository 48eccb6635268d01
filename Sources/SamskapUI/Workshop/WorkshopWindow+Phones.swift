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
        PhoneAddressChooser.show(parent: main.presenter == nil ? window : Window(main.window), preferred: WorkshopPhoneSession.lastAddress) { [weak self] address in
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
        area.grabFocus()
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

    let root = Box(.vertical, spacing: 6, classes: ["workshop-phones"])
    /// Start, stop or resume; not focusable on the workshop screen (see below), focusable in the presenter view.
    let button = Button(tr("Let the phones answer"))
    // A read-only field rather than a label: it can be copied, and GTK 4.8 names a label by its text only.
    private let address = Entry(name: tr("Address for the phones"))
    private let message = Label("", classes: ["error"], wrap: true, xalign: 1)
    var onToggle: () -> Void = {}
    /// Why the phones could not start; shown until they do.
    var problem: String? {
        didSet {
            message.text = problem ?? ""
            message.isVisible = problem != nil
        }
    }

    init() {
        root.horizontalAlignment = .end
        root.verticalAlignment = .start
        root.setMargins(12)
        address.isEditable = false
        address.widthChars = 48
        address.isFocusable = false
        message.maxWidthChars = 50
        message.isVisible = false
        root.append(button, address, message)
        button.onClicked(self) { $0.onToggle() }
        // The drawing keeps the keyboard: a click on the button must not take the keys away from the screen.
        button.isFocusable = false
    }

    func show(_ mode: Mode) {
        root.isVisible = mode != .hidden
        let label = switch mode {
        case .running: tr("Stop the phones")
        case .interrupted: tr("Resume the phones")
        default: tr("Let the phones answer")
        }
        button.label = label
        if case .running(let url) = mode {
            address.text = url
            address.isVisible = true
        } else {
            address.isVisible = false
        }
    }
}
