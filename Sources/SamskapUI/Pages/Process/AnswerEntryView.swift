import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The focused answer entry of a workshop: one statement at a time in large type, scored from the keyboard
/// (see `FastEntry`) or with the buttons. Every key that scores saves at once, undoable.
@MainActor
final class AnswerEntryView {
    let root: Widget
    unowned let page: ProcessPage
    let viewStack: Widget
    let roundLabel: Widget
    let respondentDropDown: Widget
    let progressLabel: Widget
    let card: Widget
    let dimensionLabel: Widget
    let statementLabel: Widget
    var experienceButtons: [Widget] = []
    var importanceButtons: [Widget] = []
    let dontKnowButton: Widget
    let commentEntry: Widget
    let savedLabel: Widget
    let closedLabel: Widget
    let emptyText: Widget
    let doneText: Widget
    let betweenText: Widget
    /// Where the keyboard stands.
    var machine = FastEntry(statementCount: ProcessContent.statements.count, respondentCount: 0)
    /// The respondents of the round as the drop-down lists them.
    var respondents: [Respondent] = []
    var respondentNames: [String] = []
    /// True while render sets widgets, so their signals do not save.
    var filling = false

    init(page: ProcessPage) {
        self.page = page
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 0)
        viewStack = gtk_stack_new()!
        gtk_widget_set_vexpand(viewStack, 1)

        // The entry itself.
        let entry = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 14, classes: ["entry-view"])
        let top = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        roundLabel = Widgets.label("", classes: ["heading"])
        respondentDropDown = Form.dropDown(name: tr("Respondent"), items: [])
        progressLabel = Widgets.label("", classes: ["dim-label"], xalign: 1)
        gtk_widget_set_hexpand(progressLabel, 1)
        Widgets.append(top, roundLabel, Widgets.label(tr("Answering:"), classes: ["dim-label"]), respondentDropDown, progressLabel)

        card = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 18, classes: ["entry-card"])
        gtk_widget_set_focusable(card, 1)
        Accessibility.setLabel(card, tr("Statement to answer"))
        dimensionLabel = Widgets.label("", classes: ["entry-dimension"], wrap: true)
        statementLabel = Widgets.label("", classes: ["entry-statement"], wrap: true)
        gtk_label_set_max_width_chars(samskap_label(statementLabel), 48)
        gtk_label_set_selectable(samskap_label(statementLabel), 0)
        closedLabel = Widgets.label(tr("This round is closed. Reopen it under Rounds to change answers."), classes: ["warning-text"], wrap: true)
        dontKnowButton = gtk_toggle_button_new_with_label(tr("Don’t know"))!
        Accessibility.setOwnLabel(dontKnowButton, tr("Don’t know"))
        Widgets.addClasses(dontKnowButton, ["score-button", "dont-know"])
        commentEntry = Widgets.entry(name: tr("Comment"), placeholder: tr("A comment, if the respondent wants one"))
        Widgets.append(card, dimensionLabel, statementLabel, closedLabel)
        let experienceRow = Self.scoreRow(tr("Experience"), hint: tr("How it is now"))
        let importanceRow = Self.scoreRow(tr("Importance"), hint: tr("How much it matters"))
        experienceButtons = experienceRow.buttons
        importanceButtons = importanceRow.buttons
        Widgets.append(card, experienceRow.root, importanceRow.root)
        let dontKnowRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        let commentField = Form.field(tr("Comment"), commentEntry)
        gtk_widget_set_hexpand(commentField.root, 1)
        gtk_widget_set_valign(dontKnowButton, GTK_ALIGN_END)
        gtk_widget_set_margin_bottom(dontKnowButton, 4)
        Widgets.append(dontKnowRow, dontKnowButton, commentField.root)
        Widgets.append(card, dontKnowRow)

        let nav = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let previous = Widgets.button(tr("← Previous"), accessibleName: tr("Previous statement")) {}
        savedLabel = Widgets.label("", classes: ["dim-label"], xalign: 0.5)
        gtk_widget_set_hexpand(savedLabel, 1)
        let next = Widgets.button(tr("Next →"), classes: ["suggested-action"], accessibleName: tr("Next statement")) {}
        Widgets.append(nav, previous, savedLabel, next)
        let keys = Widgets.label(tr("Keys: 1–5 experience, then 1–5 importance · 0 or ? don’t know · Enter or → next · ← back · Backspace clears"),
                                 classes: ["dim-label", "caption"], wrap: true, xalign: 0.5)
        gtk_label_set_max_width_chars(samskap_label(keys), 90)
        Widgets.append(entry, top, card, nav, keys)
        let entryPage = Form.page(entry, width: 900)

        emptyText = Widgets.label("", classes: ["dim-label"], wrap: true, xalign: 0.5)
        let emptyBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12, classes: ["empty-state"])
        gtk_widget_set_valign(emptyBox, GTK_ALIGN_CENTER)
        gtk_widget_set_halign(emptyBox, GTK_ALIGN_CENTER)
        let emptyImage = gtk_image_new_from_icon_name("document-edit-symbolic")!
        gtk_image_set_pixel_size(samskap_image(emptyImage), 64)
        Widgets.addClasses(emptyImage, ["dim-label"])
        let toRounds = Widgets.button(tr("Go to _rounds"), classes: ["pill", "suggested-action"]) { [weak page] in
            page?.show(view: "rounds")
        }
        gtk_widget_set_halign(toRounds, GTK_ALIGN_CENTER)
        Widgets.append(emptyBox, emptyImage, emptyText, toRounds)

        doneText = Widgets.label("", classes: ["entry-done"], wrap: true, xalign: 0.5)
        betweenText = Widgets.label("", classes: ["entry-done"], wrap: true, xalign: 0.5)
        let done = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 16, classes: ["empty-state"])
        gtk_widget_set_valign(done, GTK_ALIGN_CENTER)
        gtk_widget_set_halign(done, GTK_ALIGN_CENTER)
        let doneButtons = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_widget_set_halign(doneButtons, GTK_ALIGN_CENTER)
        Widgets.append(doneButtons,
                       Widgets.button(tr("← Back to the last statement"), classes: ["pill"]) { [weak self] in self?.press(.previous) },
                       Widgets.button(tr("Add an anonymous respondent"), classes: ["pill"]) { [weak self] in self?.addAnonymousAndContinue() },
                       Widgets.button(tr("See the results"), classes: ["pill", "suggested-action"]) { [weak page] in page?.show(view: "results") })
        Widgets.append(done, doneText, doneButtons)

        // Between two respondents: who is done, and Enter for the next, so the room sees the change of person.
        let between = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 16, classes: ["empty-state"])
        gtk_widget_set_valign(between, GTK_ALIGN_CENTER)
        gtk_widget_set_halign(between, GTK_ALIGN_CENTER)
        let betweenButtons = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_widget_set_halign(betweenButtons, GTK_ALIGN_CENTER)
        Widgets.append(betweenButtons,
                       Widgets.button(tr("← Back to the last statement"), classes: ["pill"]) { [weak self] in self?.press(.previous) },
                       Widgets.button(tr("_Next respondent (Enter)"), classes: ["pill", "suggested-action"]) { [weak self] in
                           self?.press(.next)
                       })
        Widgets.append(between, betweenText, betweenButtons)

        gtk_stack_add_named(samskap_stack(viewStack), entryPage, "entry")
        gtk_stack_add_named(samskap_stack(viewStack), between, "between")
        gtk_stack_add_named(samskap_stack(viewStack), emptyBox, "empty")
        gtk_stack_add_named(samskap_stack(viewStack), done, "done")
        Widgets.append(root, viewStack)

        Signals.connect(previous, "clicked") { [weak self] in self?.press(.previous) }
        Signals.connect(next, "clicked") { [weak self] in self?.press(.next) }
        Signals.connect(dontKnowButton, "clicked") { [weak self] in self?.click(.setDontKnow) }
        Signals.connect(commentEntry, "changed") { [weak self] in self?.editComment() }
        Form.onSelect(respondentDropDown) { [weak self] in
            guard let self else { return }
            guard !self.filling else { return }
            self.start(respondentIndex: Form.selected(self.respondentDropDown))
        }
        for (i, button) in experienceButtons.enumerated() {
            Signals.connect(button, "clicked") { [weak self] in self?.click(.setExperience(i + 1)) }
        }
        for (i, button) in importanceButtons.enumerated() {
            Signals.connect(button, "clicked") { [weak self] in self?.click(.setImportance(i + 1)) }
        }
        installKeys()
    }

    /// A caption and five toggle buttons for one score.
    private static func scoreRow(_ caption: String, hint: String) -> (root: Widget, buttons: [Widget]) {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let text = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 0)
        gtk_widget_set_size_request(text, 170, -1)
        Widgets.append(text, Widgets.label(caption, classes: ["entry-score-caption"]), Widgets.label(hint, classes: ["dim-label", "caption"]))
        Widgets.append(row, text)
        let group = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        Accessibility.setLabel(group, caption)
        var buttons: [Widget] = []
        for n in 1...5 {
            let button = gtk_toggle_button_new_with_label(String(n))!
            Widgets.addClasses(button, ["score-button"])
            Accessibility.setOwnLabel(button, trf("%1$s %2$s", caption, String(n)))
            buttons.append(button)
            Widgets.append(group, button)
        }
        // Wraps, so that the row fits a window half a 1920 screen wide with the sidebar folded.
        let scale = Widgets.label(tr("1 = hardly at all · 5 = to a great degree"), classes: ["dim-label", "caption"], wrap: true)
        gtk_widget_set_hexpand(scale, 1)
        Widgets.append(row, group, scale)
        return (row, buttons)
    }
}
