import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// One dated entry of the evaluation log: what we learned, what we adjust, what went wrong, and the
/// indicators it is about. Every change is saved at once; a date that does not read is marked and not saved.
@MainActor
final class EvaluationEntryView {
    let root: Widget
    unowned let window: MainWindow
    let id: UUID
    private let dateEntry: Widget
    private let dateMessage: Widget
    private let learnedView: Widget
    private let adjustedView: Widget
    private let wrongView: Widget
    private var checks: [(UUID, String, Widget)] = []
    private let deleteButton: Widget
    /// The entry as last saved or shown.
    private(set) var shown: EvaluationEntry
    private var filling = false

    init(window: MainWindow, entry: EvaluationEntry, indicators: [Indicator]) {
        self.window = window
        id = entry.id
        shown = entry
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 10, classes: ["form-group", "evaluation-entry"])
        dateEntry = Widgets.entry(name: tr("Date of the entry"), placeholder: tr("d.m.yyyy"))
        gtk_editable_set_width_chars(samskap_editable(dateEntry), 12)
        let dateField = Form.field(tr("Date"), dateEntry)
        dateMessage = dateField.message
        gtk_widget_set_hexpand(dateField.root, 1)
        let top = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        let delete = Widgets.iconButton("edit-delete-symbolic", name: tr("Delete the entry")) {}
        deleteButton = delete
        gtk_widget_set_valign(delete, GTK_ALIGN_START)
        gtk_widget_set_halign(dateField.root, GTK_ALIGN_START)
        Widgets.append(top, dateField.root, delete)
        let learned = Form.textView(name: tr("What we learned"), minHeight: 50)
        let adjusted = Form.textView(name: tr("What we adjust"), minHeight: 50)
        let wrong = Form.textView(name: tr("What went wrong"), minHeight: 50)
        learnedView = learned.view
        adjustedView = adjusted.view
        wrongView = wrong.view
        Widgets.append(root, top, Form.field(tr("What we learned"), learned.root).root, Form.field(tr("What we adjust"), adjusted.root).root,
                       Form.field(tr("What went wrong"), wrong.root, hint: tr("Setbacks and negative experiences belong here too.")).root)
        if !indicators.isEmpty {
            let caption = Widgets.label(tr("About the indicators"), classes: ["field-caption"])
            let flow = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
            Accessibility.setLabel(flow, tr("About the indicators"))
            for indicator in indicators {
                let check = gtk_check_button_new_with_label(indicator.name)!
                Accessibility.setOwnLabel(check, trf("About “%1$s”", indicator.name))
                if let label = gtk_check_button_get_child(samskap_check_button(check)) {
                    gtk_label_set_wrap(samskap_label(label), 1)
                    gtk_label_set_wrap_mode(samskap_label(label), PANGO_WRAP_WORD_CHAR)
                }
                checks.append((indicator.id, indicator.name, check))
                Widgets.append(flow, check)
            }
            Widgets.append(root, caption, flow)
        }
        fill(entry)

        Signals.connect(dateEntry, "changed") { [weak self] in
            guard let self else { return }
            guard !self.filling else { return }
            let text = CStrings.text(ofEditable: self.dateEntry).trimmingSpaces()
            guard let day = ImpactText.day(text) else {
                // Kept in the window's DraftStore: back in the field when the log is drawn again, asked about on closing.
                let message = text.isEmpty ? tr("Type the date of the entry, for example 1.3.2026.") : ImpactText.notADate(text)
                self.window.state.drafts.keep(.init(text: text, message: message,
                                                    title: trf("%1$s (%2$s)", tr("Date of the entry"), ImpactText.date(self.shown.date))),
                                              self.id, Self.dateField)
                FieldMessage.show(self.dateMessage, on: self.dateEntry, message)
                return
            }
            self.window.state.drafts.discard(self.id, Self.dateField)
            FieldMessage.show(self.dateMessage, on: self.dateEntry, nil)
            self.save("date") { $0.date = day }
            self.nameFields(day)
        }
        let views: [(Widget, String, (inout EvaluationEntry, String) -> Void)] = [
            (learnedView, "learned", { $0.learned = $1 }), (adjustedView, "adjusted", { $0.adjusted = $1 }),
            (wrongView, "wentWrong", { $0.wentWrong = $1 }),
        ]
        for (view, key, setter) in views {
            Form.onChange(ofTextView: view) { [weak self] in
                guard let self else { return }
                guard !self.filling else { return }
                self.save(key) { setter(&$0, CStrings.text(ofTextView: view)) }
            }
        }
        for (indicatorID, _, check) in checks {
            Signals.connect(check, "toggled") { [weak self] in
                guard let self else { return }
                guard !self.filling else { return }
                let on = gtk_check_button_get_active(samskap_check_button(check)) != 0
                self.save(nil) { entry in
                    entry.indicatorIDs.removeAll { $0 == indicatorID }
                    if on { entry.indicatorIDs.append(indicatorID) }
                }
            }
        }
        Signals.connect(delete, "clicked") { [weak self] in
            guard let self else { return }
            guard self.window.perform([.deleteEvaluation(self.id)]) else { return }
            self.window.state.drafts.discard(recordID: self.id)
            self.window.toast.show(tr("Deleted the log entry"), actionTitle: tr("_Undo")) { [weak window] in window?.undo() }
        }
    }

    /// Refills the fields when the stored entry differs from what was shown (undo, redo).
    func update(_ entry: EvaluationEntry) {
        guard entry != shown else { return }
        fill(entry)
    }

    /// Puts the keyboard focus on the first text.
    func focus() { gtk_widget_grab_focus(learnedView) }

    private func fill(_ entry: EvaluationEntry) {
        filling = true
        defer { filling = false }
        shown = entry
        if let kept = window.state.drafts.draft(id, Self.dateField) {
            Form.setText(ofEntry: dateEntry, kept.text)
            FieldMessage.show(dateMessage, on: dateEntry, kept.message)
        } else {
            if Day(parsing: CStrings.text(ofEditable: dateEntry)) != entry.date {
                Form.setText(ofEntry: dateEntry, ImpactText.date(entry.date))
            }
            FieldMessage.show(dateMessage, on: dateEntry, nil)
        }
        Form.setText(ofTextView: learnedView, entry.learned)
        Form.setText(ofTextView: adjustedView, entry.adjusted)
        Form.setText(ofTextView: wrongView, entry.wentWrong)
        nameFields(entry.date)
        for (indicatorID, _, check) in checks {
            gtk_check_button_set_active(samskap_check_button(check), entry.indicatorIDs.contains(indicatorID) ? 1 : 0)
        }
    }

    /// The date's field in the window's `DraftStore`.
    static let dateField = "evaluation.date"

    /// Names every field with the entry's date, so that a screen reader tells the log's entries apart.
    private func nameFields(_ day: Day) {
        let date = ImpactText.date(day)
        let named = { (text: String) in trf("%1$s (%2$s)", text, date) }
        Accessibility.setLabel(dateEntry, named(tr("Date of the entry")))
        Accessibility.setLabel(learnedView, named(tr("What we learned")))
        Accessibility.setLabel(adjustedView, named(tr("What we adjust")))
        Accessibility.setLabel(wrongView, named(tr("What went wrong")))
        Accessibility.setLabel(deleteButton, named(tr("Delete the entry")))
        for (_, name, check) in checks { Accessibility.setOwnLabel(check, named(trf("About “%1$s”", name))) }
    }

    private func save(_ key: String?, _ change: (inout EvaluationEntry) -> Void) {
        var entry = window.state.document.evaluations.first { $0.id == id } ?? shown
        change(&entry)
        guard entry != shown else { return }
        shown = entry
        window.perform([.upsertEvaluation(entry)], coalescing: key.map { "evaluation.\(id).\($0)" })
    }
}
