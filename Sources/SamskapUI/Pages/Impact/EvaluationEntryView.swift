import FoundationEssentials
import SamskapCore
import SamskapGtk

/// One dated entry of the evaluation log: what we learned, what we adjust, what went wrong, and the
/// indicators it is about. Every change is saved at once; a date that does not read is marked and not saved.
@MainActor
final class EvaluationEntryView {
    let root: Box
    unowned let window: MainWindow
    let id: UUID
    private let dateEntry: Entry
    private let dateMessage: Label
    private let learnedView: TextView
    private let adjustedView: TextView
    private let wrongView: TextView
    private var checks: [(UUID, String, CheckButton)] = []
    private let deleteButton: Button
    /// The entry as last saved or shown.
    private(set) var shown: EvaluationEntry
    private var filling = false

    init(window: MainWindow, entry: EvaluationEntry, indicators: [Indicator]) {
        self.window = window
        id = entry.id
        shown = entry
        root = Box(.vertical, spacing: 10, classes: ["form-group", "evaluation-entry"])
        dateEntry = Entry(name: tr("Date of the entry"), placeholder: tr("d.m.yyyy"))
        dateEntry.widthChars = 12
        let dateField = Form.field(tr("Date"), dateEntry)
        dateMessage = dateField.message
        dateField.root.expandsHorizontally = true
        let top = Box(.horizontal, spacing: 12)
        deleteButton = Button(icon: "edit-delete-symbolic", name: tr("Delete the entry"))
        deleteButton.verticalAlignment = .start
        dateField.root.horizontalAlignment = .start
        top.append(dateField.root, deleteButton)
        learnedView = TextView(name: tr("What we learned"), minHeight: 50)
        adjustedView = TextView(name: tr("What we adjust"), minHeight: 50)
        wrongView = TextView(name: tr("What went wrong"), minHeight: 50)
        root.append(top, Form.field(tr("What we learned"), learnedView.frame).root, Form.field(tr("What we adjust"), adjustedView.frame).root,
                    Form.field(tr("What went wrong"), wrongView.frame, hint: tr("Setbacks and negative experiences belong here too.")).root)
        if !indicators.isEmpty {
            let caption = Label(tr("About the indicators"), classes: ["field-caption"])
            let flow = Box(.vertical, spacing: 2)
            flow.setAccessibleName(tr("About the indicators"))
            for indicator in indicators {
                let check = CheckButton(indicator.name)
                check.setOwnAccessibleName(trf("About “%1$s”", indicator.name))
                check.wrapLabel()
                checks.append((indicator.id, indicator.name, check))
                flow.append(check)
            }
            root.append(caption, flow)
        }
        fill(entry)

        dateEntry.onChanged(self) { view, typed in
            guard !view.filling else { return }
            let text = typed.trimmingSpaces()
            guard let day = ImpactText.day(text) else {
                // Kept in the window's DraftStore: back in the field when the log is drawn again, asked about on closing.
                let message = text.isEmpty ? tr("Type the date of the entry, for example 1.3.2026.") : ImpactText.notADate(text)
                view.window.state.drafts.keep(.init(text: text, message: message,
                                                    title: trf("%1$s (%2$s)", tr("Date of the entry"), ImpactText.date(view.shown.date))),
                                              view.id, Self.dateField)
                FieldMessage.show(view.dateMessage, on: view.dateEntry, message)
                return
            }
            view.window.state.drafts.discard(view.id, Self.dateField)
            FieldMessage.show(view.dateMessage, on: view.dateEntry, nil)
            view.save("date") { $0.date = day }
            view.nameFields(day)
        }
        let views: [(TextView, String, (inout EvaluationEntry, String) -> Void)] = [
            (learnedView, "learned", { $0.learned = $1 }), (adjustedView, "adjusted", { $0.adjusted = $1 }),
            (wrongView, "wentWrong", { $0.wentWrong = $1 }),
        ]
        for (textView, key, setter) in views {
            textView.onChange(self) { view, text in
                guard !view.filling else { return }
                view.save(key) { setter(&$0, text) }
            }
        }
        for (indicatorID, _, check) in checks {
            check.onToggled(self) { view, on in
                guard !view.filling else { return }
                view.save(nil) { entry in
                    entry.indicatorIDs.removeAll { $0 == indicatorID }
                    if on { entry.indicatorIDs.append(indicatorID) }
                }
            }
        }
        deleteButton.onClicked(self) { view in
            guard view.window.perform([.deleteEvaluation(view.id)]) else { return }
            view.window.state.drafts.discard(recordID: view.id)
            view.window.toast.show(tr("Deleted the log entry"), actionTitle: tr("_Undo")) { [weak window = view.window] in window?.undo() }
        }
    }

    /// Refills the fields when the stored entry differs from what was shown (undo, redo).
    func update(_ entry: EvaluationEntry) {
        guard entry != shown else { return }
        fill(entry)
    }

    /// Puts the keyboard focus on the first text.
    func focus() { learnedView.grabFocus() }

    private func fill(_ entry: EvaluationEntry) {
        filling = true
        defer { filling = false }
        shown = entry
        if let kept = window.state.drafts.draft(id, Self.dateField) {
            dateEntry.text = kept.text
            FieldMessage.show(dateMessage, on: dateEntry, kept.message)
        } else {
            if Day(parsing: dateEntry.text) != entry.date { dateEntry.text = ImpactText.date(entry.date) }
            FieldMessage.show(dateMessage, on: dateEntry, nil)
        }
        learnedView.text = entry.learned
        adjustedView.text = entry.adjusted
        wrongView.text = entry.wentWrong
        nameFields(entry.date)
        for (indicatorID, _, check) in checks {
            check.isActive = entry.indicatorIDs.contains(indicatorID)
        }
    }

    /// The date's field in the window's `DraftStore`.
    static let dateField = "evaluation.date"

    /// Names every field with the entry's date, so that a screen reader tells the log's entries apart.
    private func nameFields(_ day: Day) {
        let date = ImpactText.date(day)
        let named = { (text: String) in trf("%1$s (%2$s)", text, date) }
        dateEntry.setAccessibleName(named(tr("Date of the entry")))
        learnedView.setAccessibleName(named(tr("What we learned")))
        adjustedView.setAccessibleName(named(tr("What we adjust")))
        wrongView.setAccessibleName(named(tr("What went wrong")))
        deleteButton.setAccessibleName(named(tr("Delete the entry")))
        for (_, name, check) in checks { check.setOwnAccessibleName(named(trf("About “%1$s”", name))) }
    }

    private func save(_ key: String?, _ change: (inout EvaluationEntry) -> Void) {
        var entry = window.state.document.evaluations.first { $0.id == id } ?? shown
        change(&entry)
        guard entry != shown else { return }
        shown = entry
        window.perform([.upsertEvaluation(entry)], coalescing: key.map { "evaluation.\(id).\($0)" })
    }
}
