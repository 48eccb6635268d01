import CGtk
import FoundationEssentials
import SamskapCore

extension RoundsView {
    /// Creates a round from the form when its date and label are valid; it becomes the chosen round.
    func createRound() {
        let dateText = CStrings.text(ofEditable: newDate).trimmingSpaces()
        let day = Day(parsing: dateText)
        FieldMessage.show(newDateMessage, on: newDate, day == nil ? Self.dateMessage(dateText) : nil)
        let round = AssessmentRound(date: day ?? .today(), label: CStrings.text(ofEditable: newLabel).trimmingSpaces())
        let issue = round.validationIssues().first?.message(Translations.language)
        FieldMessage.show(newLabelMessage, on: newLabel, issue)
        guard day != nil, issue == nil else { return }
        guard page.window.perform([.upsertRound(round)]) else { return }
        gtk_editable_set_text(samskap_editable(newLabel), "")
        page.selectedRoundID = round.id
        page.window.toast.show(trf("Created the round “%1$s”. Add respondents, then enter answers.", round.label))
        render()
    }

    /// Fills the detail fields from a round and clears their messages.
    func fill(_ round: AssessmentRound) {
        shown = round
        Form.setText(ofEntry: labelEntry, round.label)
        Form.setText(ofEntry: dateEntry, round.date.formatted(Translations.language))
        FieldMessage.show(labelMessage, on: labelEntry, nil)
        FieldMessage.show(dateMessage, on: dateEntry, nil)
    }

    func editLabel() {
        guard var round = shown else { return }
        round.label = CStrings.text(ofEditable: labelEntry)
        guard round != shown else { return }
        let issue = round.validationIssues().first?.message(Translations.language)
        FieldMessage.show(labelMessage, on: labelEntry, issue)
        guard issue == nil else { return }
        save(round, key: "round.label.\(round.id)")
    }

    func editDate() {
        guard var round = shown else { return }
        let text = CStrings.text(ofEditable: dateEntry).trimmingSpaces()
        guard let day = Day(parsing: text) else {
            FieldMessage.show(dateMessage, on: dateEntry, Self.dateMessage(text))
            return
        }
        FieldMessage.show(dateMessage, on: dateEntry, nil)
        round.date = day
        guard round != shown else { return }
        save(round, key: "round.date.\(round.id)")
    }

    func toggleClosed() {
        guard var round = page.round else { return }
        round.isClosed.toggle()
        save(round, key: nil)
        page.window.toast.show(round.isClosed
            ? trf("Closed “%1$s”: its answers are kept as they are.", round.label)
            : trf("Reopened “%1$s”: answers can be changed again.", round.label))
    }

    func deleteRound() {
        guard let round = page.round else { return }
        let answers = page.window.state.document.answers(in: round.id).count
        guard page.window.perform([.deleteRound(round.id)]) else { return }
        page.selectedRoundID = nil
        page.window.toast.show(trf("Deleted the round “%1$s” with %2$s answers", round.label, String(answers)),
                               actionTitle: tr("_Undo")) { [weak page] in
            page?.window.undo()
            page?.selectedRoundID = round.id
        }
    }

    private func save(_ round: AssessmentRound, key: String?) {
        shown = round
        page.window.perform([.upsertRound(round)], coalescing: key)
    }

    /// The message under a date field that does not hold a date.
    static func dateMessage(_ text: String) -> String {
        text.isEmpty ? tr("Type the date of the round, e.g. 1.3.2026.") : trf("“%1$s” is not a date. Write it as 1.3.2026.", text)
    }
}
