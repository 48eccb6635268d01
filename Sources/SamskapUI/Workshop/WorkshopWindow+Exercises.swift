import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The exercises where the room decides and the coordinator records: the project's position (matrix, staircase,
/// circle) on a position screen, and a note of what was said in each of the four mental rooms.
///
/// Position screen: ↑ ↓ choose the row, Enter (or a digit) starts choosing its value, ← → or a digit move the marker,
/// Enter records it with today's date, Esc stops choosing. ← → keep moving between screens when nothing is chosen.
/// Four rooms: 1–4 count and choose a room, Enter opens a line for its note, Enter saves, Esc cancels.
extension WorkshopWindow {
    /// Handles a key on a position screen; false leaves it to the workshop's other keys.
    func positionKey(_ key: KeyPress) -> Bool {
        let project = main.state.document.project
        switch key.keyval {
        case KeyPress.up, KeyPress.keypadUp: exercise = exercise.movingRow(by: -1, in: project)
        case KeyPress.down, KeyPress.keypadDown: exercise = exercise.movingRow(by: 1, in: project)
        case KeyPress.enter, KeyPress.keypadEnter:
            if exercise.isChoosing { return recordPosition() }
            exercise = exercise.moving(by: 0, in: project)
        case KeyPress.left where exercise.isChoosing, KeyPress.keypadLeft where exercise.isChoosing:
            exercise = exercise.moving(by: -1, in: project)
        case KeyPress.right where exercise.isChoosing, KeyPress.keypadRight where exercise.isChoosing:
            exercise = exercise.moving(by: 1, in: project)
        case KeyPress.escape where exercise.isChoosing: exercise.proposal = nil
        default:
            guard let digit = key.digit, digit >= 1 else { return false }
            let subjects = PositionExercise.subjects(of: project)
            guard subjects.indices.contains(exercise.row), digit <= PositionExercise.choiceCount(of: subjects[exercise.row])
            else { return true }
            exercise.proposal = digit - 1
        }
        refresh()
        return true
    }

    /// Records the proposed value with today's date as the Position view would, and says so on the screen; one step
    /// for Ctrl+Z. A staircase or matrix position has no history of its own in the project, so its change is also
    /// written to the evaluation log with the date, as the room's decisions are.
    private func recordPosition() -> Bool {
        let project = main.state.document.project
        let subjects = PositionExercise.subjects(of: project)
        guard let choice = exercise.proposal, subjects.indices.contains(exercise.row) else { return true }
        let subject = subjects[exercise.row]
        let today = Day.today()
        let newArea = project.municipality?.name ?? project.name
        let changed = PositionExercise.recording(choice, of: subject, in: project, on: today, newArea: newArea)
        let value = PositionExercise.choiceName(choice, of: subject).text(Translations.language)
        var changes: [Change] = [.setProject(changed)]
        switch subject {
        case .matrix:
            changes.append(.upsertEvaluation(EvaluationEntry(date: today, adjusted: trf("Workshop: the room placed the project at “%1$s” in the matrix of thin and thick co-creation.", value))))
        case .staircase:
            let area = PositionExercise.area(of: subject, in: changed) ?? newArea
            changes.append(.upsertEvaluation(EvaluationEntry(date: today, adjusted: trf("Workshop: the room placed %1$s on the staircase step “%2$s”.", area, value))))
        case .circle:
            break
        }
        guard changed != project || changes.count > 1, main.perform(changes) else { return true }
        exercise.recorded = .init(row: exercise.row, choice: choice, day: today)
        exercise.proposal = nil
        refresh()
        return true
    }

    // MARK: The four rooms' notes

    /// Opens the note line for the room chosen last (the first when none is), with its note so far.
    func openRoomNote() {
        guard let screen = agenda.current, screen.kind == .mentalRooms else { return }
        let k = room ?? 0
        room = k
        let name = MentalRoom.allCases[k].name(Translations.language)
        let text = k < screen.roomNotes.count ? screen.roomNotes[k] : ""
        noteEntry.open(room: name, text: text, size: Double(area.allocatedHeight) / 30)
        refresh()
    }

    /// Saves the typed note into the room (an empty line clears it) and gives the keys back to the screen.
    func saveRoomNote(_ text: String) {
        noteEntry.close()
        area.grabFocus()
        guard let k = room, var screen = agenda.current, screen.kind == .mentalRooms else { return }
        while screen.roomNotes.count < MentalRoom.allCases.count { screen.roomNotes.append("") }
        let note = text.trimmed()
        guard screen.roomNotes[k] != note else { return refresh() }
        screen.roomNotes[k] = note
        main.perform([.setWorkshop(agenda.replacing(screen))])
    }

    /// Closes the note line without saving.
    func cancelRoomNote() {
        noteEntry.close()
        area.grabFocus()
        refresh()
    }
}

/// The line where the coordinator types a mental room's note, over the workshop screen, as large as the screen's
/// smallest text. Enter saves, Esc cancels (the window's keys hand Esc here while it is open).
@MainActor
final class WorkshopNoteEntry {
    let root = Box(.vertical, spacing: 8, classes: ["workshop-note"])
    private let title = Label("", wrap: true)
    // One name for every room: GTK 4.8 does not pass a changed name on to a screen reader; the line above says which.
    let entry = Entry(name: tr("Note for the room chosen last"))
    var onSave: (String) -> Void = { _ in }
    var isOpen: Bool { root.isVisible }

    init() {
        root.horizontalAlignment = .fill
        root.verticalAlignment = .end
        root.setMargins(48)
        entry.expandsHorizontally = true
        root.append(title, entry)
        root.isVisible = false
        entry.onActivate(self) { $0.onSave($0.entry.text) }
    }

    /// Shows the line for a room with its note so far, its text `size` pixels high, and takes the keys.
    func open(room: String, text: String, size: Double) {
        let pixels = max(12, Int(size.rounded(.up)))
        let heading = trf("Note for %1$s: Enter saves, Esc cancels", room)
        let escaped = heading.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
        title.setMarkup("<span font_desc=\"\(pixels)px\">\(escaped)</span>")
        entry.setFontSize(pixels: Int32(pixels))
        entry.text = text
        root.isVisible = true
        entry.grabFocus()
        entry.setPosition(-1)
    }

    func close() { root.isVisible = false }
}
