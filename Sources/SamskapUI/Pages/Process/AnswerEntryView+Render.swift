import FoundationEssentials
import SamskapCore
import SamskapGtk

extension AnswerEntryView {
    /// Shows the statement the keyboard stands on, the respondent and the saved scores.
    func render() {
        let document = page.window.state.document
        guard let round = page.round else {
            showEmpty(tr("Create an assessment round first; then the partners’ answers are entered here."))
            return
        }
        let list = document.respondents(in: round.id)
        if list.map(\.id) != respondents.map(\.id) || list.count != machine.respondentCount {
            machine.respondentCount = list.count
            if machine.respondent >= list.count { machine.go(respondent: max(0, list.count - 1), statement: 0) }
        }
        respondents = list
        guard !list.isEmpty else {
            showEmpty(trf("Add the respondents of “%1$s” under Rounds: partners, or anonymous labels.", round.label))
            return
        }
        guard !ProcessContent.statements.isEmpty else {
            showEmpty(tr("The statements of the model could not be read. Reinstall Samskap."))
            return
        }
        filling = true
        defer { filling = false }
        let names = list.map { RespondentsEditor.name(of: $0, in: document) }
        if names != respondentNames {
            respondentNames = names
            respondentDropDown.setItems(names)
        }
        respondentDropDown.select(machine.respondent)
        if machine.isFinished {
            doneText.text = trf("All %1$s respondents have been through every statement of “%2$s”.", String(list.count), round.label)
            viewStack.show("done")
            return
        }
        if machine.isRespondentDone {
            let answers = document.answers(in: round.id).filter { $0.respondentID == list[machine.respondent].id }
            let answered = answers.filter { $0.experience != nil || $0.dontKnow }.count
            betweenText.text = trf("%1$s is done: %2$s of %3$s statements answered, %4$s of them “don’t know”. Next: %5$s.",
                                   names[machine.respondent], String(answered), String(ProcessContent.statements.count),
                                   String(answers.filter(\.dontKnow).count), names[min(machine.respondent + 1, names.count - 1)])
            viewStack.show("between")
            return
        }
        viewStack.show("entry")

        let respondent = list[machine.respondent]
        let (dimension, statement) = ProcessContent.statements[machine.statement]
        let kind = ProcessContent.model?.values.contains(dimension) == true ? DimensionKind.value : .field
        roundLabel.text = round.label
        progressLabel.text = trf("Statement %1$s of %2$s · respondent %3$s of %4$s",
                                 String(machine.statement + 1), String(ProcessContent.statements.count),
                                 String(machine.respondent + 1), String(list.count))
        dimensionLabel.text = trf("%1$s %2$s · %3$s", term(kind), String(dimension.number), dimension.name)
        statementLabel.text = statement.text
        card.setAccessibleDescription(statement.text)

        let answer = answer(round: round.id, respondent: respondent.id, statementID: statement.id)
        for (i, button) in experienceButtons.enumerated() { button.isActive = answer?.experience == i + 1 }
        for (i, button) in importanceButtons.enumerated() { button.isActive = answer?.importance == i + 1 }
        dontKnowButton.isActive = answer?.dontKnow == true
        // Which score the next digit sets, so the room can follow.
        for (buttons, awaiting) in [(experienceButtons, FastEntry.Awaiting.experience), (importanceButtons, .importance)] {
            for button in buttons {
                if machine.awaiting == awaiting { button.addCSSClass("awaiting") } else { button.removeCSSClass("awaiting") }
            }
        }
        commentEntry.text = answer?.comment ?? ""
        savedLabel.text = Self.describe(answer)
        closedLabel.isVisible = round.isClosed
        let controls: [GtkView] = experienceButtons + importanceButtons + [dontKnowButton, commentEntry]
        for control in controls { control.isSensitive = !round.isClosed }
    }

    private func showEmpty(_ text: String) {
        emptyText.text = text
        viewStack.show("empty")
    }

    /// What is saved for the statement, in words.
    static func describe(_ answer: Answer?) -> String {
        guard let answer else { return tr("Not answered yet") }
        if answer.dontKnow { return tr("Saved: don’t know") }
        switch (answer.experience, answer.importance) {
        case let (e?, i?): return trf("Saved: experience %1$s, importance %2$s", String(e), String(i))
        case let (e?, nil): return trf("Saved: experience %1$s; now importance", String(e))
        case let (nil, i?): return trf("Saved: importance %1$s", String(i))
        default: return answer.comment.isEmpty ? tr("Not answered yet") : tr("Saved: a comment")
        }
    }
}
