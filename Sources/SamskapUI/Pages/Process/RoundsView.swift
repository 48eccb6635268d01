import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The assessment rounds: the list (newest first), a form for a new round, and the chosen round with its
/// respondents, close/reopen and delete.
@MainActor
final class RoundsView {
    let root: Widget
    unowned let page: ProcessPage
    private let list: Widget
    private let listEmpty: Widget
    let newDate: Widget
    let newDateMessage: Widget
    let newLabel: Widget
    let newLabelMessage: Widget
    let selectedGroup: Widget
    let selectedHeading: Widget
    let labelEntry: Widget
    let labelMessage: Widget
    let dateEntry: Widget
    let dateMessage: Widget
    let statusLabel: Widget
    let closeButton: Widget
    let respondents: RespondentsEditor
    /// The round the detail fields show; another one (or an undo) refills them.
    var shown: AssessmentRound?
    /// The chosen round's typed fields (label, date), each saved on its own.
    let fields: DraftFields<AssessmentRound>

    init(page: ProcessPage) {
        self.page = page
        fields = DraftFields(Self.table) { [unowned page] in page.window.state.drafts }
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)

        let (listGroup, listBox) = Form.group(tr("Assessment rounds"))
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["round-list"])
        Accessibility.setLabel(list, tr("Assessment rounds"))
        listEmpty = Widgets.label(tr("No rounds yet. In a round every partner rates the collaboration on the statements of the model."),
                                  classes: ["dim-label"], wrap: true)
        let merge = Widgets.button(tr("Bring in answers from another file…"), classes: ["flat"]) {}
        gtk_actionable_set_action_name(OpaquePointer(merge), AppAction.merge.rawValue)
        gtk_widget_set_halign(merge, GTK_ALIGN_START)
        Widgets.append(listBox, list, listEmpty, merge)

        let newGroup = FormRows.group(tr("New round"))
        newDate = Widgets.entry(name: tr("Date of the new round"), text: Day.today().formatted(Translations.language), placeholder: tr("d.m.yyyy"))
        newLabel = Widgets.entry(name: tr("Label of the new round"), placeholder: tr("For example: Kick-off"))
        newDateMessage = FormRows.entry(tr("Date"), newDate, in: newGroup, width: 12)
        newLabelMessage = FormRows.entry(tr("Label"), newLabel, in: newGroup)
        let create = Widgets.button(tr("C_reate round"), classes: ["suggested-action"]) {}
        gtk_widget_set_halign(create, GTK_ALIGN_END)
        gtk_widget_set_margin_top(create, 12)
        FormRows.add(create, to: newGroup)

        let (detailGroup, detailBox) = Form.group("")
        selectedGroup = detailGroup
        selectedHeading = gtk_widget_get_first_child(detailGroup)!
        labelEntry = Widgets.entry(name: tr("Round label"))
        dateEntry = Widgets.entry(name: tr("Round date"), placeholder: tr("d.m.yyyy"))
        let editLabel = Form.field(tr("Label"), labelEntry)
        let editDate = Form.field(tr("Date"), dateEntry)
        labelMessage = editLabel.message
        dateMessage = editDate.message
        let editRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_widget_set_size_request(editDate.root, 160, -1)
        gtk_widget_set_hexpand(editLabel.root, 1)
        Widgets.append(editRow, editDate.root, editLabel.root)
        statusLabel = Widgets.label("", classes: ["dim-label"], wrap: true)
        closeButton = Widgets.button(tr("Close the round"), accessibleName: tr("Close the round")) {}
        let deleteButton = Widgets.button(tr("Delete round"), classes: ["destructive-action"]) {}
        let enter = Widgets.button(tr("Enter answers"), classes: ["suggested-action"]) {}
        // The destructive action at the start, apart from the primary one at the end (ui-guide).
        let actions = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let gap = Widgets.box(GTK_ORIENTATION_HORIZONTAL)
        gtk_widget_set_hexpand(gap, 1)
        Widgets.append(actions, deleteButton, gap, closeButton, enter)
        respondents = RespondentsEditor(page: page)
        Widgets.append(detailBox, editRow, statusLabel, actions, respondents.root)

        Widgets.append(content, listGroup, newGroup, detailGroup)
        root = Form.page(content)

        Signals.connect(create, "clicked") { [weak self] in self?.createRound() }
        Signals.connect(newLabel, "activate") { [weak self] in self?.createRound() }
        Signals.connect(closeButton, "clicked") { [weak self] in self?.toggleClosed() }
        Signals.connect(deleteButton, "clicked") { [weak self] in self?.deleteRound() }
        Signals.connect(enter, "clicked") { [weak self] in self?.page.show(view: "entry") }
        let typed: @MainActor (String, String) -> Void = { [weak self] field, text in self?.editText(field, text) }
        fields.bind("round.label", labelEntry, caption: tr("Round label"), message: labelMessage, typed: typed)
        fields.bind("round.date", dateEntry, caption: tr("Round date"), message: dateMessage, typed: typed)
    }

    /// Shows the rounds and the chosen one.
    func render() {
        let document = page.window.state.document
        let rounds = Array(document.roundsByDate.reversed())
        gtk_widget_set_visible(listEmpty, rounds.isEmpty ? 1 : 0)
        Widgets.removeChildren(list)
        let current = page.round
        for round in rounds { Widgets.append(list, row(round, document: document, selected: round.id == current?.id)) }
        gtk_widget_set_visible(selectedGroup, current == nil ? 0 : 1)
        guard let current else { shown = nil; return }
        if current != shown { fill(current) }
        gtk_label_set_text(samskap_label(selectedHeading), trf("Round: %1$s", current.label))
        gtk_label_set_text(samskap_label(statusLabel), current.isClosed
            ? tr("Closed: the answers are kept as they are.")
            : tr("Open: answers can be entered and changed."))
        let closeText = current.isClosed ? tr("Reopen the round") : tr("Close the round")
        gtk_button_set_label(samskap_button(closeButton), closeText)
        Accessibility.setOwnLabel(closeButton, closeText)
        respondents.render(round: current)
    }

    private func row(_ round: AssessmentRound, document: ProjectDocument, selected: Bool) -> Widget {
        let id = round.id
        let count = document.respondents(in: id).count
        let status = round.isClosed ? tr("closed") : tr("open")
        let details = trf("%1$s · %2$s respondents · %3$s", round.date.formatted(Translations.language), String(count), status)
        let button = Widgets.button(round.label, classes: ["flat", "round-row"], accessibleName: trf("%1$s, %2$s", round.label, details)) { [weak self] in
            guard let self else { return }
            self.page.selectedRoundID = id
            self.render()
        }
        if selected { gtk_widget_add_css_class(button, "selected") }
        let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        let name = Widgets.label(round.label, classes: ["round-name"], wrap: true)
        gtk_widget_set_hexpand(name, 1)
        Widgets.append(box, name, Widgets.label(details, classes: ["dim-label"]))
        gtk_button_set_child(samskap_button(button), box)
        return button
    }
}
