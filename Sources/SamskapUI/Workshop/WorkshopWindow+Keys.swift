import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The workshop's keys: every step from the first screen to the last without a mouse.
extension WorkshopWindow {
    func keyPressed(_ keyval: guint, _ state: GdkModifierType) -> Bool {
        let control = state.rawValue & GDK_CONTROL_MASK.rawValue != 0
        let key = Int32(bitPattern: keyval)
        let kind = agenda.current?.kind
        // The note line has the keys while it is open; Esc closes it without leaving the workshop.
        if noteEntry.isOpen {
            guard key == GDK_KEY_Escape else { return false }
            cancelRoomNote()
            return true
        }
        if kind == .decisions, !control, typeDecision(keyval) { return true }
        if kind == .position, !control, positionKey(key) { return true }
        switch key {
        case GDK_KEY_Escape: close()
        case GDK_KEY_question: toggleHelp()
        case GDK_KEY_F11: close()
        case GDK_KEY_space where kind == .timer: toggleTimer()
        case GDK_KEY_Right, GDK_KEY_Page_Down, GDK_KEY_space, GDK_KEY_KP_Right: go(by: 1)
        case GDK_KEY_Left, GDK_KEY_Page_Up, GDK_KEY_KP_Left: go(by: -1)
        case GDK_KEY_Down where kind == .model: highlight += 1; refresh()
        case GDK_KEY_Up where kind == .model: highlight -= 1; refresh()
        case GDK_KEY_Down where kind == .reveal, GDK_KEY_Up where kind == .reveal: highlight += 1; refresh()
        case GDK_KEY_Return where kind == .mentalRooms, GDK_KEY_KP_Enter where kind == .mentalRooms: openRoomNote()
        case GDK_KEY_r, GDK_KEY_R: reveal()
        case GDK_KEY_t, GDK_KEY_T: cycleTheme()
        case GDK_KEY_n, GDK_KEY_N: startRound()
        case GDK_KEY_p, GDK_KEY_P: togglePhones()
        case GDK_KEY_BackSpace: entry.clearPending(); refresh()
        case GDK_KEY_z where control: main.undo()
        case GDK_KEY_Return where control && kind == .decisions, GDK_KEY_KP_Enter where control && kind == .decisions:
            saveDecisions()
        default:
            guard let digit = Self.digit(key) else { return false }
            switch kind {
            case .rating?: enter(digit)
            case .mentalRooms?: count(room: digit)
            case .timer? where digit == 0: resetTimer()
            default: return false
            }
        }
        return true
    }

    static func digit(_ key: Int32) -> Int? {
        if key >= GDK_KEY_0 && key <= GDK_KEY_9 { return Int(key - GDK_KEY_0) }
        if key >= GDK_KEY_KP_0 && key <= GDK_KEY_KP_9 { return Int(key - GDK_KEY_KP_0) }
        return nil
    }

    /// Moves to the next or previous screen and saves where the workshop stands.
    func go(by step: Int) {
        let moved = agenda.moved(by: step)
        guard moved != agenda else { return }
        stopTimer()
        secondsLeft = nil
        highlight = 0
        entry = WorkshopEntry()
        exercise = PositionExercise()
        room = nil
        noteEntry.close()
        main.perform([.setWorkshop(moved)], coalescing: "workshop.position")
    }

    /// Reveals the results of the screen's round (R); a second R hides them again.
    func reveal() {
        guard let model, let screen = agenda.current, screen.kind.hidesUntilRevealed,
              let session = RoundSession(screen: screen.id, in: main.state.document, model: model) else { return }
        guard main.perform(session.reveal(!screen.isRevealed, in: main.state.document)) else { return }
        revealToPhones(!screen.isRevealed)
    }

    /// Gives a rating screen a round of its own (N, or the first digit on a screen without one).
    func startRound() {
        guard let screen = agenda.current, screen.kind == .rating else { return }
        let label = trf("Workshop %1$s", Day.today().formatted(Translations.language))
        let changes = RoundSession.start(screen: screen.id, in: main.state.document, label: label, date: Day.today())
        if !changes.isEmpty { main.perform(changes) }
    }

    /// A digit of the fast entry: each finished pair is saved at once.
    private func enter(_ digit: Int) {
        guard let model, let screen = agenda.current else { return }
        if RoundSession(screen: screen.id, in: main.state.document, model: model) == nil { startRound() }
        guard let session = RoundSession(screen: screen.id, in: main.state.document, model: model) else { return }
        let changes = entry.press(digit: digit, session: session, in: main.state.document) { trf("Participant %1$s", String($0)) }
        if changes.isEmpty { refresh() } else if main.perform(changes) { phones?.windowSaved(changes) }
    }

    /// Counts one more remark in a mental room (1–4).
    private func count(room digit: Int) {
        guard (1...4).contains(digit), var screen = agenda.current else { return }
        while screen.roomCounts.count < 4 { screen.roomCounts.append(0) }
        screen.roomCounts[digit - 1] += 1
        room = digit - 1
        main.perform([.setWorkshop(agenda.replacing(screen))], coalescing: "workshop.rooms.\(screen.id)")
    }

    /// The next theme, saved in the agenda.
    func cycleTheme() {
        guard !agenda.screens.isEmpty else { return }
        var changed = agenda
        changed.theme = agenda.theme.next
        main.perform([.setWorkshop(changed)], coalescing: "workshop.theme")
    }

    // MARK: Decisions

    /// Types a character into the decisions; true when the key was text.
    private func typeDecision(_ keyval: guint) -> Bool {
        guard var screen = agenda.current else { return false }
        let key = Int32(bitPattern: keyval)
        if key == GDK_KEY_BackSpace {
            guard !screen.decisions.isEmpty else { return false }
            screen.decisions.removeLast()
        } else if key == GDK_KEY_Return || key == GDK_KEY_KP_Enter {
            screen.decisions.append("\n")
        } else {
            let code = gdk_keyval_to_unicode(keyval)
            guard code >= 32, code != 127, let scalar = Unicode.Scalar(code), key != GDK_KEY_question || !screen.decisions.isEmpty
            else { return false }
            screen.decisions.unicodeScalars.append(scalar)
        }
        main.perform([.setWorkshop(agenda.replacing(screen))], coalescing: "workshop.decisions.\(screen.id)")
        return true
    }

    /// Saves the typed decisions to the evaluation log with today's date, and empties the screen for the next.
    private func saveDecisions() {
        guard var screen = agenda.current, !screen.decisions.isBlank else { return }
        let entry = EvaluationEntry(date: Day.today(), adjusted: screen.decisions.trimmed())
        screen.decisions = ""
        main.perform([.upsertEvaluation(entry), .setWorkshop(agenda.replacing(screen))])
    }

    // MARK: Timer

    private func toggleTimer() {
        if timerSource != 0 { return stopTimer() }
        if secondsLeft == nil || secondsLeft == 0 { secondsLeft = agenda.current?.seconds ?? 600 }
        tick()
    }

    private func tick() {
        timerSource = Timers.after(milliseconds: 1000) { [weak self] in
            guard let self else { return }
            self.timerSource = 0
            self.secondsLeft = max(0, (self.secondsLeft ?? 0) - 1)
            self.refresh()
            if (self.secondsLeft ?? 0) > 0 { self.tick() }
        }
        refresh()
    }

    func stopTimer() {
        Timers.cancel(timerSource)
        timerSource = 0
        refresh()
    }

    private func resetTimer() {
        stopTimer()
        secondsLeft = nil
        refresh()
    }
}
