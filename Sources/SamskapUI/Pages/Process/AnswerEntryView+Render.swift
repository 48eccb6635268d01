import CGtk
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
            RespondentsEditor.setItems(respondentDropDown, names)
        }
        Form.select(respondentDropDown, machine.respondent)
        if machine.isFinished {
            gtk_label_set_text(samskap_label(doneText), trf("All %1$s respondents have been through every statement of “%2$s”.",
                                                            String(list.count), round.label))
            Widgets.showStackChild(viewStack, "done")
            return
        }
        if machine.isRespondentDone {
            let answers = document.answers(in: round.id).filter { $0.respondentID == list[machine.respondent].id }
            let answered = answers.filter { $0.experience != nil || $0.dontKnow }.count
            gtk_label_set_text(samskap_label(betweenText),
                               trf("%1$s is done: %2$s of %3$s statements answered, %4$s of them “don’t know”. Next: %5$s.",
                                   names[machine.respondent], String(answered), String(ProcessContent.statements.count),
                                   String(answers.filter(\.dontKnow).count), names[min(machine.respondent + 1, names.count - 1)]))
            Widgets.showStackChild(viewStack, "between")
            return
        }
        Widgets.showStackChild(viewStack, "entry")

        let respondent = list[machine.respondent]
        let (dimension, statement) = ProcessContent.statements[machine.statement]
        let kind = ProcessContent.model?.values.contains(dimension) == true ? DimensionKind.value : .field
        gtk_label_set_text(samskap_label(roundLabel), round.label)
        gtk_label_set_text(samskap_label(progressLabel), trf("Statement %1$s of %2$s · respondent %3$s of %4$s",
                                                             String(machine.statement + 1), String(ProcessContent.statements.count),
                                                             String(machine.respondent + 1), String(list.count)))
        gtk_label_set_text(samskap_label(dimensionLabel), trf("%1$s %2$s · %3$s", term(kind), String(dimension.number), dimension.name))
        gtk_label_set_text(samskap_label(statementLabel), statement.text)
        Accessibility.setDescription(card, statement.text)

        let answer = answer(round: round.id, respondent: respondent.id, statementID: statement.id)
        for (i, button) in experienceButtons.enumerated() {
            gtk_toggle_button_set_active(samskap_toggle_button(button), answer?.experience == i + 1 ? 1 : 0)
        }
        for (i, button) in importanceButtons.enumerated() {
            gtk_toggle_button_set_active(samskap_toggle_button(button), answer?.importance == i + 1 ? 1 : 0)
        }
        gtk_toggle_button_set_active(samskap_toggle_button(dontKnowButton), answer?.dontKnow == true ? 1 : 0)
        // Which score the next digit sets, so the room can follow.
        for (buttons, awaiting) in [(experienceButtons, FastEntry.Awaiting.experience), (importanceButtons, .importance)] {
            for button in buttons {
                if machine.awaiting == awaiting { gtk_widget_add_css_class(button, "awaiting") } else { gtk_widget_remove_css_class(button, "awaiting") }
            }
        }
        Form.setText(ofEntry: commentEntry, answer?.comment ?? "")
        gtk_label_set_text(samskap_label(savedLabel), Self.describe(answer))
        gtk_widget_set_visible(closedLabel, round.isClosed ? 1 : 0)
        for button in experienceButtons + importanceButtons + [dontKnowButton, commentEntry] {
            gtk_widget_set_sensitive(button, round.isClosed ? 0 : 1)
        }
    }

    private func showEmpty(_ text: String) {
        gtk_label_set_text(samskap_label(emptyText), text)
        Widgets.showStackChild(viewStack, "empty")
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
