import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The coordinator's notes for the screen on show: read while presenting, written as they come to mind, and saved
/// on the screen (`WorkshopScreen.notes`) like any edit, so one Ctrl+Z takes back what was typed in one go.
extension PresenterView {
    /// The notes field under its heading, in a scroller of its own (the view itself does not scroll), taking the
    /// height the next screen leaves.
    func notesField() -> Box {
        let scroller = ScrolledView(notes)
        scroller.addCSSClass("text-field")
        scroller.setSizeRequest(width: -1, height: 110)
        let heading = Label(tr("Notes for this screen"), classes: ["heading"])
        let box = Box(.vertical, spacing: 6)
        box.append(heading, scroller)
        notes.onChange(self) { $0.saveNotes() }
        return box
    }

    /// Puts the screen's notes in the field when the screen changes, or when they change without the field (undo).
    func showNotes(of screen: WorkshopScreen?) {
        let text = screen?.notes ?? ""
        guard screen?.id != notesScreenID || notes.text != text else { return }
        notesScreenID = screen?.id
        updatingNotes = true
        notes.text = text
        updatingNotes = false
    }

    private func saveNotes() {
        guard !updatingNotes, let main, let workshop, var screen = workshop.agenda.current, screen.id == notesScreenID else { return }
        let text = notes.text
        guard text != screen.notes else { return }
        screen.notes = text
        // One key for the notes of one screen: typing coalesces into one undo step until something else is done.
        main.perform([.setWorkshop(workshop.agenda.replacing(screen))], coalescing: "workshop.notes.\(screen.id)")
    }
}
