import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The focused answer entry of a workshop: one statement at a time in large type, scored from the keyboard
/// (see `FastEntry`) or with the buttons. Every key that scores saves at once, undoable.
@MainActor
final class AnswerEntryView {
    let root: Box
    unowned let page: ProcessPage
    let viewStack: Stack
    let roundLabel: Label
    let respondentDropDown: DropDown
    let progressLabel: Label
    let card: Box
    let dimensionLabel: Label
    let statementLabel: Label
    var experienceButtons: [ToggleButton] = []
    var importanceButtons: [ToggleButton] = []
    let dontKnowButton: ToggleButton
    let commentEntry: Entry
    let savedLabel: Label
    let closedLabel: Label
    let emptyText: Label
    let doneText: Label
    let betweenText: Label
    /// Where the keyboard stands.
    var machine = FastEntry(statementCount: ProcessContent.statements.count, respondentCount: 0)
    /// The respondents of the round as the drop-down lists them.
    var respondents: [Respondent] = []
    var respondentNames: [String] = []
    /// True while render sets widgets, so their signals do not save.
    var filling = false

    init(page: ProcessPage) {
        self.page = page
        root = Box(.vertical, spacing: 0)
        viewStack = Stack()
        viewStack.expandsVertically = true

        // The entry itself.
        let entry = Box(.vertical, spacing: 14, classes: ["entry-view"])
        let top = Box(.horizontal, spacing: 12)
        roundLabel = Label("", classes: ["heading"])
        respondentDropDown = DropDown(name: tr("Respondent"), items: [])
        progressLabel = Label("", classes: ["dim-label"], xalign: 1)
        progressLabel.expandsHorizontally = true
        top.append(roundLabel, Label(tr("Answering:"), classes: ["dim-label"]), respondentDropDown, progressLabel)

        card = Box(.vertical, spacing: 18, classes: ["entry-card"])
        card.isFocusable = true
        card.setAccessibleName(tr("Statement to answer"))
        dimensionLabel = Label("", classes: ["entry-dimension"], wrap: true)
        statementLabel = Label("", classes: ["entry-statement"], wrap: true)
        statementLabel.maxWidthChars = 48
        statementLabel.isSelectable = false
        closedLabel = Label(tr("This round is closed. Reopen it under Rounds to change answers."), classes: ["warning-text"], wrap: true)
        dontKnowButton = ToggleButton(tr("Don’t know"), classes: ["score-button", "dont-know"])
        commentEntry = Entry(name: tr("Comment"), placeholder: tr("A comment, if the respondent wants one"))
        card.append(dimensionLabel, statementLabel, closedLabel)
        let experienceRow = Self.scoreRow(tr("Experience"), hint: tr("How it is now"))
        let importanceRow = Self.scoreRow(tr("Importance"), hint: tr("How much it matters"))
        experienceButtons = experienceRow.buttons
        importanceButtons = importanceRow.buttons
        card.append(experienceRow.root, importanceRow.root)
        let dontKnowRow = Box(.horizontal, spacing: 12)
        let commentField = Form.field(tr("Comment"), commentEntry)
        commentField.root.expandsHorizontally = true
        dontKnowButton.verticalAlignment = .end
        dontKnowButton.marginBottom = 4
        dontKnowRow.append(dontKnowButton, commentField.root)
        card.append(dontKnowRow)

        let nav = Box(.horizontal, spacing: 8)
        let previous = Button(tr("← Previous"), accessibleName: tr("Previous statement"))
        savedLabel = Label("", classes: ["dim-label"], xalign: 0.5)
        savedLabel.expandsHorizontally = true
        let next = Button(tr("Next →"), classes: ["suggested-action"], accessibleName: tr("Next statement"))
        nav.append(previous, savedLabel, next)
        let keys = Label(tr("Keys: 1–5 experience, then 1–5 importance · 0 or ? don’t know · Enter or → next · ← back · Backspace clears"),
                         classes: ["dim-label", "caption"], wrap: true, xalign: 0.5)
        keys.maxWidthChars = 90
        entry.append(top, card, nav, keys)
        let entryPage = Form.page(entry, width: 900)

        emptyText = Label("", classes: ["dim-label"], wrap: true, xalign: 0.5)
        let emptyBox = Self.centred(spacing: 12)
        let emptyImage = Image(iconName: "document-edit-symbolic")
        emptyImage.pixelSize = 64
        emptyImage.addCSSClass("dim-label")
        let toRounds = Button(tr("Go to _rounds"), classes: ["pill", "suggested-action"])
        toRounds.onClicked(page) { $0.show(view: "rounds") }
        toRounds.horizontalAlignment = .center
        emptyBox.append(emptyImage, emptyText, toRounds)

        doneText = Label("", classes: ["entry-done"], wrap: true, xalign: 0.5)
        betweenText = Label("", classes: ["entry-done"], wrap: true, xalign: 0.5)
        let done = Self.centred(spacing: 16)
        let doneButtons = Box(.horizontal, spacing: 12)
        doneButtons.horizontalAlignment = .center
        let doneBack = Button(tr("← Back to the last statement"), classes: ["pill"])
        let addAnonymous = Button(tr("Add an anonymous respondent"), classes: ["pill"])
        let toResults = Button(tr("See the results"), classes: ["pill", "suggested-action"])
        doneButtons.append(doneBack, addAnonymous, toResults)
        done.append(doneText, doneButtons)

        // Between two respondents: who is done, and Enter for the next, so the room sees the change of person.
        let between = Self.centred(spacing: 16)
        let betweenButtons = Box(.horizontal, spacing: 12)
        betweenButtons.horizontalAlignment = .center
        let betweenBack = Button(tr("← Back to the last statement"), classes: ["pill"])
        let nextRespondent = Button(tr("_Next respondent (Enter)"), classes: ["pill", "suggested-action"])
        betweenButtons.append(betweenBack, nextRespondent)
        between.append(betweenText, betweenButtons)

        viewStack.add(entryPage, named: "entry")
        viewStack.add(between, named: "between")
        viewStack.add(emptyBox, named: "empty")
        viewStack.add(done, named: "done")
        root.append(viewStack)

        doneBack.onClicked(self) { $0.press(.previous) }
        addAnonymous.onClicked(self) { $0.addAnonymousAndContinue() }
        toResults.onClicked(page) { $0.show(view: "results") }
        betweenBack.onClicked(self) { $0.press(.previous) }
        nextRespondent.onClicked(self) { $0.press(.next) }
        previous.onClicked(self) { $0.press(.previous) }
        next.onClicked(self) { $0.press(.next) }
        dontKnowButton.onClicked(self) { $0.click(.setDontKnow) }
        commentEntry.onChanged(self) { $0.editComment() }
        respondentDropDown.onSelect(self) { view in
            guard !view.filling else { return }
            view.start(respondentIndex: view.respondentDropDown.selected)
        }
        for (i, button) in experienceButtons.enumerated() {
            button.onClicked(self) { $0.click(.setExperience(i + 1)) }
        }
        for (i, button) in importanceButtons.enumerated() {
            button.onClicked(self) { $0.click(.setImportance(i + 1)) }
        }
        installKeys()
    }

    /// A column for a state of the entry that is not a statement (none to enter, all done, between two), in the middle.
    private static func centred(spacing: Int32) -> Box {
        let box = Box(.vertical, spacing: spacing, classes: ["empty-state"])
        box.verticalAlignment = .center
        box.horizontalAlignment = .center
        return box
    }

    /// A caption and five toggle buttons for one score.
    private static func scoreRow(_ caption: String, hint: String) -> (root: Box, buttons: [ToggleButton]) {
        let row = Box(.horizontal, spacing: 8)
        let text = Box(.vertical, spacing: 0)
        text.setSizeRequest(width: 170)
        text.append(Label(caption, classes: ["entry-score-caption"]), Label(hint, classes: ["dim-label", "caption"]))
        row.append(text)
        let group = Box(.horizontal, spacing: 6)
        group.setAccessibleName(caption)
        let buttons = (1...5).map { n in
            ToggleButton(String(n), accessibleName: trf("%1$s %2$s", caption, String(n)), classes: ["score-button"])
        }
        for button in buttons { group.append(button) }
        // Wraps, so that the row fits a window half a 1920 screen wide with the sidebar folded.
        let scale = Label(tr("1 = hardly at all · 5 = to a great degree"), classes: ["dim-label", "caption"], wrap: true)
        scale.expandsHorizontally = true
        row.append(group, scale)
        return (row, buttons)
    }
}
