import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The assessment rounds: the list (newest first), a form for a new round, and the chosen round with its
/// respondents, close/reopen and delete.
@MainActor
final class RoundsView {
    let root: ScrolledView
    unowned let page: ProcessPage
    private let list: Box
    private let listEmpty: Label
    let newDate: Entry
    let newDateMessage: Label
    let newLabel: Entry
    let newLabelMessage: Label
    let selectedGroup: GtkView
    let selectedHeading: Label
    let labelEntry: Entry
    let labelMessage: Label
    let dateEntry: Entry
    let dateMessage: Label
    let statusLabel: Label
    let closeButton: Button
    let respondents: RespondentsEditor
    /// The round the detail fields show; another one (or an undo) refills them.
    var shown: AssessmentRound?
    /// The chosen round's typed fields (label, date), each saved on its own.
    let fields: DraftFields<AssessmentRound>

    init(page: ProcessPage) {
        self.page = page
        fields = DraftFields(Self.table) { [unowned page] in page.window.state.drafts }
        let content = Box(.vertical, spacing: 6)

        let (listGroup, listBox) = Form.groupView(tr("Assessment rounds"))
        list = Box(.vertical, spacing: 2, classes: ["round-list"])
        list.setAccessibleName(tr("Assessment rounds"))
        listEmpty = Label(tr("No rounds yet. In a round every partner rates the collaboration on the statements of the model."),
                          classes: ["dim-label"], wrap: true)
        let merge = Button(tr("Bring in answers from another file…"), classes: ["flat"])
        merge.setAction(AppAction.merge.rawValue)
        merge.horizontalAlignment = .start
        listBox.append(list, listEmpty, merge)

        let newGroup = RowGroup(tr("New round"))
        newDate = Entry(name: tr("Date of the new round"), text: Day.today().formatted(Translations.language), placeholder: tr("d.m.yyyy"))
        newLabel = Entry(name: tr("Label of the new round"), placeholder: tr("For example: Kick-off"))
        newDateMessage = newGroup.addEntry(tr("Date"), newDate, width: 12)
        newLabelMessage = newGroup.addEntry(tr("Label"), newLabel)
        let create = Button(tr("C_reate round"), classes: ["suggested-action"])
        create.horizontalAlignment = .end
        create.marginTop = 12
        newGroup.add(create)

        let (detailGroup, detailHeading, detailBox) = Form.groupView(headed: "")
        selectedGroup = detailGroup
        selectedHeading = detailHeading
        labelEntry = Entry(name: tr("Round label"))
        dateEntry = Entry(name: tr("Round date"), placeholder: tr("d.m.yyyy"))
        let editLabel = Form.field(tr("Label"), labelEntry)
        let editDate = Form.field(tr("Date"), dateEntry)
        labelMessage = editLabel.message
        dateMessage = editDate.message
        let editRow = Box(.horizontal, spacing: 12)
        editDate.root.setSizeRequest(width: 160)
        editLabel.root.expandsHorizontally = true
        editRow.append(editDate.root, editLabel.root)
        statusLabel = Label("", classes: ["dim-label"], wrap: true)
        closeButton = Button(tr("Close the round"), accessibleName: tr("Close the round"))
        let deleteButton = Button(tr("Delete round"), classes: ["destructive-action"])
        let enter = Button(tr("Enter answers"), classes: ["suggested-action"])
        // The destructive action at the start, apart from the primary one at the end (ui-guide).
        let actions = Box(.horizontal, spacing: 8)
        let gap = Box(.horizontal)
        gap.expandsHorizontally = true
        actions.append(deleteButton, gap, closeButton, enter)
        respondents = RespondentsEditor(page: page)
        detailBox.append(editRow, statusLabel, actions, respondents.root)

        content.append(listGroup, newGroup, detailGroup)
        root = Form.page(content)

        create.onClicked(self) { $0.createRound() }
        newLabel.onActivate(self) { $0.createRound() }
        closeButton.onClicked(self) { $0.toggleClosed() }
        deleteButton.onClicked(self) { $0.deleteRound() }
        enter.onClicked(self) { $0.page.show(view: "entry") }
        let typed: @MainActor (String, String) -> Void = { [weak self] field, text in self?.editText(field, text) }
        fields.bind("round.label", labelEntry, caption: tr("Round label"), message: labelMessage, typed: typed)
        fields.bind("round.date", dateEntry, caption: tr("Round date"), message: dateMessage, typed: typed)
    }

    /// Shows the rounds and the chosen one.
    func render() {
        let document = page.window.state.document
        let rounds = Array(document.roundsByDate.reversed())
        listEmpty.isVisible = rounds.isEmpty
        list.removeAll()
        let current = page.round
        for round in rounds { list.append(row(round, document: document, selected: round.id == current?.id)) }
        selectedGroup.isVisible = current != nil
        guard let current else { shown = nil; return }
        if current != shown { fill(current) }
        selectedHeading.text = trf("Round: %1$s", current.label)
        statusLabel.text = current.isClosed
            ? tr("Closed: the answers are kept as they are.")
            : tr("Open: answers can be entered and changed.")
        closeButton.label = current.isClosed ? tr("Reopen the round") : tr("Close the round")
        respondents.render(round: current)
    }

    private func row(_ round: AssessmentRound, document: ProjectDocument, selected: Bool) -> Button {
        let id = round.id
        let count = document.respondents(in: id).count
        let status = round.isClosed ? tr("closed") : tr("open")
        let details = trf("%1$s · %2$s respondents · %3$s", round.date.formatted(Translations.language), String(count), status)
        let button = Button(round.label, classes: ["flat", "round-row"], accessibleName: trf("%1$s, %2$s", round.label, details))
        button.onClicked(self) { view in
            view.page.selectedRoundID = id
            view.render()
        }
        if selected { button.addCSSClass("selected") }
        let box = Box(.horizontal, spacing: 12)
        let name = Label(round.label, classes: ["round-name"], wrap: true)
        name.expandsHorizontally = true
        box.append(name, Label(details, classes: ["dim-label"]))
        button.setChild(box)
        return button
    }
}
