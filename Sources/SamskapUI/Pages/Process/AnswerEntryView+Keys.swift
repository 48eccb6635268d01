import FoundationEssentials
import SamskapCore
import SamskapGtk

extension AnswerEntryView {
    /// Listens to keys before the focused control does (capture phase), so digits and Enter score the
    /// statement even when a score button has focus; the comment field keeps its keys.
    func installKeys() {
        root.onKeyPressed(self, beforeChildren: true) { view, press in
            let key = FastEntryKey(keyval: press.keyval, hasCommandModifier: press.hasCommandModifier)
            guard key != .other, view.keysAreOurs() else { return false }
            view.press(key)
            return true
        }
    }

    /// Keys belong to the entry unless the comment field or a drop-down's list has the focus.
    private func keysAreOurs() -> Bool {
        guard card.isMapped || machine.isFinished || machine.isRespondentDone else { return true }
        return !commentEntry.hasFocusWithin && root.focusIsOnSameSurface
    }

    /// Puts the keyboard on the statement.
    func focus() {
        card.grabFocus()
        // The card is mapped with the next frame when the sub-view has just been switched to.
        AfterLayout.run(card) { [weak self] in
            guard let self, self.card.isMapped else { return }
            self.card.grabFocus()
        }
    }

    /// Runs a key: saves what it scores for the statement on screen, then shows where the entry stands.
    func press(_ key: FastEntryKey) {
        guard let round = page.round, !respondents.isEmpty else { return }
        if round.isClosed && key != .next && key != .previous { return }
        let respondent = respondents[min(machine.respondent, respondents.count - 1)]
        let statement = ProcessContent.statements[machine.statement].statement
        let wasBetweenRespondents = machine.isRespondentDone
        let effect = machine.press(key)
        save(effect, round: round, respondent: respondent, statementID: statement.id)
        render()
        // Back from the summary to a statement: the card was hidden and had lost the keyboard.
        if wasBetweenRespondents && !machine.isRespondentDone { focus() }
    }

    /// A click on a score button: saves it without moving on.
    func click(_ effect: FastEntry.Effect) {
        guard !filling, let round = page.round, !round.isClosed, !respondents.isEmpty, !machine.isFinished else { return }
        let respondent = respondents[min(machine.respondent, respondents.count - 1)]
        save(effect, round: round, respondent: respondent, statementID: ProcessContent.statements[machine.statement].statement.id)
        if case .setExperience = effect { machine.awaiting = .importance } else { machine.awaiting = .experience }
        render()
    }

    /// Moves to a respondent's first statement without an answer (or the first).
    func start(respondentIndex: Int) {
        guard let round = page.round else { return }
        let all = page.window.state.document.respondents(in: round.id)
        guard all.indices.contains(respondentIndex) else { return }
        let answered = Set(page.window.state.document.answers(in: round.id)
            .filter { $0.respondentID == all[respondentIndex].id && ($0.experience != nil || $0.dontKnow) }.map(\.statementID))
        let first = ProcessContent.statements.firstIndex { !answered.contains($0.statement.id) } ?? 0
        machine.respondentCount = all.count
        machine.go(respondent: respondentIndex, statement: first)
        render()
    }

    /// Saves the comment of the statement on screen as it is typed.
    func editComment() {
        guard !filling, let round = page.round, !round.isClosed, !respondents.isEmpty else { return }
        let respondent = respondents[min(machine.respondent, respondents.count - 1)]
        let statementID = ProcessContent.statements[machine.statement].statement.id
        let existing = answer(round: round.id, respondent: respondent.id, statementID: statementID)
        guard let change = AnswerEdit.comment(commentEntry.text, existing: existing, roundID: round.id,
                                              respondentID: respondent.id, statementID: statementID) else { return }
        page.window.perform([change], coalescing: "comment.\(respondent.id).\(statementID)")
    }

    /// After everyone: one more anonymous respondent, straight to the first statement.
    func addAnonymousAndContinue() {
        guard let round = page.round, !round.isClosed else { return }
        let count = page.window.state.document.respondents(in: round.id).count
        let respondent = Respondent(roundID: round.id, label: trf("Participant %1$s", String(count + 1)))
        guard page.window.perform([.upsertRespondent(respondent)]) else { return }
        start(respondentIndex: count)
        focus()
    }

    func answer(round: UUID, respondent: UUID, statementID: String) -> Answer? {
        page.window.state.document.answers.first { $0.roundID == round && $0.respondentID == respondent && $0.statementID == statementID }
    }

    private func save(_ effect: FastEntry.Effect, round: AssessmentRound, respondent: Respondent, statementID: String) {
        let existing = answer(round: round.id, respondent: respondent.id, statementID: statementID)
        guard let change = AnswerEdit.change(for: effect, existing: existing, roundID: round.id, respondentID: respondent.id,
                                             statementID: statementID) else { return }
        if case let .upsertAnswer(answer) = change, let model = ProcessContent.model,
           let issue = answer.validationIssues(model: model).first {
            page.window.toast.show(issue.message(Translations.language))
            return
        }
        // Experience and importance of one statement undo together.
        page.window.perform([change], coalescing: "answer.\(respondent.id).\(statementID)")
    }
}
