import FoundationEssentials
import SamskapCore
import SamskapPresentation
import SamskapGtk

/// Every field of one indicator. Each field is saved on its own as soon as it holds a valid value, whatever the
/// others hold; an invalid value stays in its field, marked, in the window's `DraftStore`.
@MainActor
final class IndicatorEditor {
    let root: Box
    unowned let window: MainWindow
    let heading: Label
    let nameEntry: Entry
    let nameMessage: Label
    let level = RadioGroup<IndicatorLevel>(name: tr("Level in the results chain"), cases: IndicatorLevel.allCases)
    let kind = RadioGroup<IndicatorKind>(name: tr("Kind"), cases: IndicatorKind.allCases)
    let direction = RadioGroup<Direction>(name: tr("Direction"), cases: Direction.allCases)
    let unitEntry: Entry
    let unitMessage: Label
    let methodView: TextView
    let sourceEntry: Entry
    let partnerSlot: Box
    var partnerDropDown: DropDown?
    var partnerIDs: [UUID] = []
    var partnerNames: [String] = []
    let frequencyDropDown: DropDown
    let baselineValue: Entry
    let baselineValueMessage: Label
    let baselineDate: Entry
    let baselineDateMessage: Label
    let targetValue: Entry
    let targetValueMessage: Label
    let targetDate: Entry
    let targetDateMessage: Label
    let keyCheck: CheckButton
    /// Why the target, definition or method changes: asked before such a change is saved, so the history says why.
    let reasonEntry: Entry
    let reasonMessage: Label
    /// The earlier targets, definitions and methods, each with its date and reason.
    let historyLabel: Label
    /// A change of target, definition or method typed before its reason; saved once the reason is given.
    var waitingForReason: Indicator?
    /// The indicator as it was when the editor opened it: what it had promised. A target typed digit by digit (3, 30,
    /// 30,5) is one change against this, recorded once, not a change per keystroke.
    var origin: Indicator?
    let status: Label
    let deleteButton: Button
    let catalogueNote: Label

    /// The new indicator while it has no name and is not saved yet, and one left for another before it had one.
    var new = NewRecord<Indicator>()
    /// Whether the form shows a new indicator that is not saved yet.
    var isNew: Bool { new.isNew }
    /// The indicator as last saved or shown; a different one in the state (undo, redo) refills the form.
    var shown: Indicator?
    /// The typed fields, each saved on its own.
    let fields: DraftFields<Indicator>
    /// Fields the user has edited since the form was filled: only they show "missing" messages.
    var touched: Set<String> = []
    /// True while the form is being filled, so that no edits are reported.
    var filling = false
    /// Called after a new indicator is saved for the first time, with its id.
    var onCreated: (@MainActor (UUID) -> Void)?

    init(window: MainWindow) {
        self.window = window
        fields = DraftFields(Self.table) { [unowned window] in window.state.drafts }
        root = Box(.vertical, spacing: 6, classes: ["indicator-editor"])
        heading = Label("", classes: ["title-3"], wrap: true)
        catalogueNote = Label("", classes: ["dim-label", "caption"], wrap: true)

        let whatGroup = RowGroup(tr("What is measured"))
        nameEntry = Entry(name: tr("Indicator name"), placeholder: tr("For example: Participants who met others every week"))
        nameMessage = whatGroup.addEntry(tr("Name"), nameEntry)
        for (caption, choices) in [(tr("Level in the results chain"), level.root), (tr("Kind"), kind.root), (tr("Direction"), direction.root)] {
            whatGroup.add(FormRows.block(caption, choices))
        }

        let howGroup = RowGroup(tr("How it is measured"))
        unitEntry = Entry(name: tr("Unit"), placeholder: tr("For example: participants, %"))
        unitMessage = howGroup.addEntry(tr("Unit"), unitEntry)
        frequencyDropDown = DropDown(name: tr("Frequency"), items: Frequency.allCases.map(term))
        sourceEntry = Entry(name: tr("Data source"))
        // The partner's drop-down is made anew whenever the partners change (see `showPartners`).
        partnerSlot = Box(.vertical)
        for row in [ActionRow(tr("Frequency"), control: frequencyDropDown), FormRows.field(tr("Data source"), sourceEntry),
                    ActionRow(tr("Responsible partner"), control: partnerSlot)] {
            howGroup.add(row)
        }
        let methodGroup = RowGroup(tr("Method"), description: tr("Who collects which data, when and how."))
        methodView = TextView(name: tr("Method"), minHeight: 60)
        methodGroup.add(methodView.frame)

        let pointsGroup = RowGroup(tr("Baseline and target"))
        baselineValue = Entry(name: tr("Baseline value"))
        baselineDate = Entry(name: tr("Baseline date"), placeholder: tr("d.m.yyyy"))
        targetValue = Entry(name: tr("Target value"))
        targetDate = Entry(name: tr("Target date"), placeholder: tr("d.m.yyyy"))
        baselineValueMessage = pointsGroup.addEntry(tr("Baseline value"), baselineValue, width: 12)
        baselineDateMessage = pointsGroup.addEntry(tr("Baseline date"), baselineDate, width: 12)
        targetValueMessage = pointsGroup.addEntry(tr("Target value"), targetValue, width: 12)
        targetDateMessage = pointsGroup.addEntry(tr("Target date"), targetDate, width: 12)
        reasonEntry = Entry(name: tr("Reason for the change"))
        reasonMessage = pointsGroup.addEntry(tr("Reason for the change"), reasonEntry)
        let reasonHint = Label(tr("Changing a target, the name or the method keeps the earlier one with its dates. Say why it changes."),
                               classes: ["dim-label", "caption"], wrap: true)
        historyLabel = Label("", classes: ["dim-label"], wrap: true)
        historyLabel.setAccessibleName(tr("Earlier targets"))
        keyCheck = CheckButton(mnemonic: tr("_Key indicator: shown first in summaries and the report"), accessibleName: tr("Key indicator"))
        for view in [reasonHint, historyLabel, keyCheck] as [GtkView] {
            view.marginStart = 12
            view.marginEnd = 12
            pointsGroup.add(FormRows.row(view, shownWith: view))
        }

        status = Label("", classes: ["dim-label"], wrap: true)
        deleteButton = Button(tr("_Delete indicator"), classes: ["destructive-action"])
        deleteButton.horizontalAlignment = .start
        let end = Box(.vertical, spacing: 8)
        end.marginTop = 6
        end.append(status, deleteButton)

        root.append(heading, catalogueNote, whatGroup, howGroup, methodGroup, pointsGroup, end)
        connect()
        deleteButton.onClicked(self) { $0.delete() }
    }
}
