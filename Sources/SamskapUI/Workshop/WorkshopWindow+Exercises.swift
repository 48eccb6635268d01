import CGtk
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
    func positionKey(_ key: Int32) -> Bool {
        let project = main.state.document.project
        switch key {
        case GDK_KEY_Up, GDK_KEY_KP_Up: exercise = exercise.movingRow(by: -1, in: project)
        case GDK_KEY_Down, GDK_KEY_KP_Down: exercise = exercise.movingRow(by: 1, in: project)
        case GDK_KEY_Return, GDK_KEY_KP_Enter:
            if exercise.isChoosing { return recordPosition() }
            exercise = exercise.moving(by: 0, in: project)
        case GDK_KEY_Left where exercise.isChoosing, GDK_KEY_KP_Left where exercise.isChoosing:
            exercise = exercise.moving(by: -1, in: project)
        case GDK_KEY_Right where exercise.isChoosing, GDK_KEY_KP_Right where exercise.isChoosing:
            exercise = exercise.moving(by: 1, in: project)
        case GDK_KEY_Escape where exercise.isChoosing: exercise.proposal = nil
        default:
            guard let digit = Self.digit(key), digit >= 1 else { return false }
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
        noteEntry.open(room: name, text: text, size: Double(gtk_widget_get_height(area)) / 30)
        refresh()
    }

    /// Saves the typed note into the room (an empty line clears it) and gives the keys back to the screen.
    func saveRoomNote(_ text: String) {
        noteEntry.close()
        gtk_widget_grab_focus(area)
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
        gtk_widget_grab_focus(area)
        refresh()
    }
}

/// The line where the coordinator types a mental room's note, over the workshop screen, as large as the screen's
/// smallest text. Enter saves, Esc cancels (the window's keys hand Esc here while it is open).
@MainActor
final class WorkshopNoteEntry {
    let root: Widget
    private let title: Widget
    let entry: Widget
    var onSave: (String) -> Void = { _ in }
    var isOpen: Bool { gtk_widget_get_visible(root) != 0 }

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8, classes: ["workshop-note"])
        gtk_widget_set_halign(root, GTK_ALIGN_FILL)
        gtk_widget_set_valign(root, GTK_ALIGN_END)
        Widgets.margins(root, 48)
        title = Widgets.label("", wrap: true)
        // One name for every room: GTK 4.8 does not pass a changed name on to a screen reader; the line above says which.
        entry = Widgets.entry(name: tr("Note for the room chosen last"))
        gtk_widget_set_hexpand(entry, 1)
        Widgets.append(root, title, entry)
        gtk_widget_set_visible(root, 0)
        Signals.connect(entry, "activate") { [weak self] in
            guard let self else { return }
            self.onSave(CStrings.text(ofEditable: self.entry))
        }
    }

    /// Shows the line for a room with its note so far, its text `size` pixels high, and takes the keys.
    func open(room: String, text: String, size: Double) {
        let pixels = max(12, Int(size.rounded(.up)))
        let heading = trf("Note for %1$s: Enter saves, Esc cancels", room)
        let escaped = heading.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
        gtk_label_set_markup(samskap_label(title), "<span font_desc=\"\(pixels)px\">\(escaped)</span>")
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(attributes, pango_attr_size_new_absolute(Int32(pixels) * PANGO_SCALE))
        gtk_entry_set_attributes(samskap_entry(entry), attributes)
        pango_attr_list_unref(attributes)
        gtk_editable_set_text(samskap_editable(entry), text)
        gtk_widget_set_visible(root, 1)
        gtk_widget_grab_focus(entry)
        gtk_editable_set_position(samskap_editable(entry), -1)
    }

    func close() { gtk_widget_set_visible(root, 0) }
}
