import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The coordinator's notes for the screen on show: read while presenting, written as they come to mind, and saved
/// on the screen (`WorkshopScreen.notes`) like any edit, so one Ctrl+Z takes back what was typed in one go.
extension PresenterView {
    /// The notes field under its heading, in a scroller of its own (the view itself does not scroll), taking the
    /// height the next screen leaves.
    func notesField() -> Widget {
        gtk_text_view_set_wrap_mode(samskap_text_view(notes), GTK_WRAP_WORD_CHAR)
        gtk_text_view_set_accepts_tab(samskap_text_view(notes), 0)
        Widgets.margins(notes, 8)
        Accessibility.setLabel(notes, tr("Notes for this screen"))
        let scroller = Widgets.scrolled(notes)
        Widgets.addClasses(scroller, ["text-field"])
        gtk_widget_set_size_request(scroller, -1, 110)
        let heading = Widgets.label(tr("Notes for this screen"), classes: ["heading"])
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        Widgets.append(box, heading, scroller)
        Form.onChange(ofTextView: notes) { [weak self] in self?.saveNotes() }
        return box
    }

    /// Puts the screen's notes in the field when the screen changes, or when they change without the field (undo).
    func showNotes(of screen: WorkshopScreen?) {
        let text = screen?.notes ?? ""
        guard screen?.id != notesScreenID || CStrings.text(ofTextView: notes) != text else { return }
        notesScreenID = screen?.id
        updatingNotes = true
        Form.setText(ofTextView: notes, text)
        updatingNotes = false
    }

    private func saveNotes() {
        guard !updatingNotes, let main, let workshop, var screen = workshop.agenda.current, screen.id == notesScreenID else { return }
        let text = CStrings.text(ofTextView: notes)
        guard text != screen.notes else { return }
        screen.notes = text
        // One key for the notes of one screen: typing coalesces into one undo step until something else is done.
        main.perform([.setWorkshop(workshop.agenda.replacing(screen))], coalescing: "workshop.notes.\(screen.id)")
    }
}
