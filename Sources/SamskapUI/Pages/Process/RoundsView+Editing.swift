import FoundationEssentials
import SamskapCore
import SamskapGtk

extension RoundsView {
    /// Creates a round from the form when its date and label are valid; it becomes the chosen round.
    func createRound() {
        let dateText = newDate.text.trimmingSpaces()
        let day = Day(parsing: dateText)
        FieldMessage.show(newDateMessage, on: newDate, day == nil ? Self.dateMessage(dateText) : nil)
        let round = AssessmentRound(date: day ?? .today(), label: newLabel.text.trimmingSpaces())
        let issue = round.validationIssues().first?.message(Translations.language)
        FieldMessage.show(newLabelMessage, on: newLabel, issue)
        guard day != nil, issue == nil else { return }
        guard page.window.perform([.upsertRound(round)]) else { return }
        newLabel.text = ""
        page.selectedRoundID = round.id
        page.window.toast.show(trf("Created the round “%1$s”. Add respondents, then enter answers.", round.label))
        render()
    }

    /// A round's typed fields: each is saved on its own (see `DraftStore.edit`).
    static let table = FieldTable<AssessmentRound>([
        "round.label": .plain(\.label),
        "round.date": .required(\.date, text: { $0.formatted(Translations.language) }, parse: { Day(parsing: $0) },
                                notRead: { RoundsView.dateMessage($0) }),
    ], issues: { $0.validationIssues() })

    /// Fills the detail fields from a round, then puts back the values typed and not saved, with their messages.
    func fill(_ round: AssessmentRound) {
        shown = round
        fields.fill(round, id: round.id)
        fields.showMessages(of: round.id, stored: round.validationIssues())
    }

    /// A typed field of the chosen round: saved on its own when valid, else kept in its field, marked.
    func editText(_ field: String, _ text: String) {
        guard let id = shown?.id, let round = page.window.state.document.rounds.first(where: { $0.id == id }) else { return }
        if let changed = fields.edit(field, text, of: id, stored: round, title: title(field, round)) {
            save(changed, key: "\(field).\(id)")
        }
        fields.showMessages(of: id, stored: round.validationIssues())
    }

    /// A field and its round in words, for the question on closing.
    private func title(_ field: String, _ round: AssessmentRound) -> String { trf("%1$s for “%2$s”", fields.caption(field), round.label) }

    func toggleClosed() {
        guard var round = page.round else { return }
        round.isClosed.toggle()
        save(fields.settle(round, id: round.id), key: nil)
        page.window.toast.show(round.isClosed
            ? trf("Closed “%1$s”: its answers are kept as they are.", round.label)
            : trf("Reopened “%1$s”: answers can be changed again.", round.label))
    }

    func deleteRound() {
        guard let round = page.round else { return }
        let answers = page.window.state.document.answers(in: round.id).count
        guard page.window.perform([.deleteRound(round.id)]) else { return }
        // Deleting is the user's own choice: what was typed into the round and not saved goes with it.
        page.window.state.drafts.discard(recordID: round.id)
        page.selectedRoundID = nil
        page.window.toast.show(trf("Deleted the round “%1$s” with %2$s answers", round.label, String(answers)),
                               actionTitle: tr("_Undo")) { [weak page] in
            page?.window.undo()
            page?.selectedRoundID = round.id
        }
    }

    private func save(_ round: AssessmentRound, key: String?) {
        shown = round
        page.window.state.drafts.retitle(round.id) { title($0, round) }
        page.window.perform([.upsertRound(round)], coalescing: key)
    }

    /// The message under a date field that does not hold a date.
    static func dateMessage(_ text: String) -> String {
        text.isEmpty ? tr("Type the date of the round, e.g. 1.3.2026.") : trf("“%1$s” is not a date. Write it as 1.3.2026.", text)
    }
}
