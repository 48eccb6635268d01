import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The workshop's keys: every step from the first screen to the last without a mouse.
extension WorkshopWindow {
    func keyPressed(_ key: KeyPress) -> Bool {
        let control = key.isControlDown
        let kind = agenda.current?.kind
        // The note line has the keys while it is open; Esc closes it without leaving the workshop.
        if noteEntry.isOpen {
            guard key.keyval == KeyPress.escape else { return false }
            cancelRoomNote()
            return true
        }
        if kind == .decisions, !control, typeDecision(key) { return true }
        if kind == .position, !control, positionKey(key) { return true }
        switch key.keyval {
        case KeyPress.escape: close()
        case KeyPress.keyval("?"): toggleHelp()
        case KeyPress.f11: close()
        case KeyPress.space where kind == .timer: toggleTimer()
        case KeyPress.right, KeyPress.pageDown, KeyPress.space, KeyPress.keypadRight: go(by: 1)
        case KeyPress.left, KeyPress.pageUp, KeyPress.keypadLeft: go(by: -1)
        case KeyPress.down where kind == .model: highlight += 1; refresh()
        case KeyPress.up where kind == .model: highlight -= 1; refresh()
        case KeyPress.down where kind == .reveal, KeyPress.up where kind == .reveal: highlight += 1; refresh()
        case KeyPress.enter where kind == .mentalRooms, KeyPress.keypadEnter where kind == .mentalRooms: openRoomNote()
        case KeyPress.keyval("r"), KeyPress.keyval("R"): reveal()
        case KeyPress.keyval("t"), KeyPress.keyval("T"): cycleTheme()
        case KeyPress.keyval("n"), KeyPress.keyval("N"): startRound()
        case KeyPress.keyval("p"), KeyPress.keyval("P"): togglePhones()
        case KeyPress.backSpace: entry.clearPending(); refresh()
        case KeyPress.keyval("z") where control: main.undo()
        case KeyPress.enter where control && kind == .decisions, KeyPress.keypadEnter where control && kind == .decisions:
            saveDecisions()
        default:
            guard let digit = key.digit else { return false }
            switch kind {
            case .rating?: enter(digit)
            case .mentalRooms?: count(room: digit)
            case .timer? where digit == 0: resetTimer()
            default: return false
            }
        }
        return true
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
    private func typeDecision(_ key: KeyPress) -> Bool {
        guard var screen = agenda.current else { return false }
        if key.keyval == KeyPress.backSpace {
            guard !screen.decisions.isEmpty else { return false }
            screen.decisions.removeLast()
        } else if key.keyval == KeyPress.enter || key.keyval == KeyPress.keypadEnter {
            screen.decisions.append("\n")
        } else {
            guard let scalar = key.character, scalar.value >= 32, scalar.value != 127,
                  key.keyval != KeyPress.keyval("?") || !screen.decisions.isEmpty
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
