import CGtk
import FoundationEssentials
import SamskapCore
import SamskapPresentation
import SamskapGtk

/// Every field of one indicator. Each field is saved on its own as soon as it holds a valid value, whatever the
/// others hold; an invalid value stays in its field, marked, in the window's `DraftStore`.
@MainActor
final class IndicatorEditor {
    let root: Widget
    unowned let window: MainWindow
    let heading: Widget
    let nameEntry: Widget
    let nameMessage: Widget
    let level = RadioGroup<IndicatorLevel>(name: tr("Level in the results chain"), cases: IndicatorLevel.allCases)
    let kind = RadioGroup<IndicatorKind>(name: tr("Kind"), cases: IndicatorKind.allCases)
    let direction = RadioGroup<Direction>(name: tr("Direction"), cases: Direction.allCases)
    let unitEntry: Widget
    let unitMessage: Widget
    let methodView: Widget
    let sourceEntry: Widget
    let partnerSlot: Widget
    var partnerDropDown: Widget?
    var partnerIDs: [UUID] = []
    var partnerNames: [String] = []
    let frequencyDropDown: Widget
    let baselineValue: Widget
    let baselineValueMessage: Widget
    let baselineDate: Widget
    let baselineDateMessage: Widget
    let targetValue: Widget
    let targetValueMessage: Widget
    let targetDate: Widget
    let targetDateMessage: Widget
    let keyCheck: Widget
    /// Why the target, definition or method changes: asked before such a change is saved, so the history says why.
    let reasonEntry: Widget
    let reasonMessage: Widget
    /// The earlier targets, definitions and methods, each with its date and reason.
    let historyLabel: Widget
    /// A change of target, definition or method typed before its reason; saved once the reason is given.
    var waitingForReason: Indicator?
    /// The indicator as it was when the editor opened it: what it had promised. A target typed digit by digit (3, 30,
    /// 30,5) is one change against this, recorded once, not a change per keystroke.
    var origin: Indicator?
    let status: Widget
    let deleteButton: Widget
    let catalogueNote: Widget

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
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6, classes: ["indicator-editor"])
        heading = Widgets.label("", classes: ["title-3"], wrap: true)
        catalogueNote = Widgets.label("", classes: ["dim-label", "caption"], wrap: true)

        let whatGroup = FormRows.group(tr("What is measured"))
        nameEntry = Widgets.entry(name: tr("Indicator name"), placeholder: tr("For example: Participants who met others every week"))
        nameMessage = FormRows.entry(tr("Name"), nameEntry, in: whatGroup)
        for (caption, choices) in [(tr("Level in the results chain"), level.root), (tr("Kind"), kind.root), (tr("Direction"), direction.root)] {
            FormRows.add(FormRows.block(caption, choices), to: whatGroup)
        }

        let howGroup = FormRows.group(tr("How it is measured"))
        unitEntry = Widgets.entry(name: tr("Unit"), placeholder: tr("For example: participants, %"))
        unitMessage = FormRows.entry(tr("Unit"), unitEntry, in: howGroup)
        frequencyDropDown = Form.dropDown(name: tr("Frequency"), items: Frequency.allCases.map(term))
        sourceEntry = Widgets.entry(name: tr("Data source"))
        // The partner's drop-down is made anew whenever the partners change (see `showPartners`).
        partnerSlot = Widgets.box(GTK_ORIENTATION_VERTICAL)
        for row in [FormRows.control(tr("Frequency"), frequencyDropDown), FormRows.field(tr("Data source"), sourceEntry),
                    FormRows.control(tr("Responsible partner"), partnerSlot)] {
            FormRows.add(row, to: howGroup)
        }
        let methodGroup = FormRows.group(tr("Method"), description: tr("Who collects which data, when and how."))
        let method = Form.textView(name: tr("Method"), minHeight: 60)
        methodView = method.view
        FormRows.add(method.root, to: methodGroup)

        let pointsGroup = FormRows.group(tr("Baseline and target"))
        baselineValue = Widgets.entry(name: tr("Baseline value"))
        baselineDate = Widgets.entry(name: tr("Baseline date"), placeholder: tr("d.m.yyyy"))
        targetValue = Widgets.entry(name: tr("Target value"))
        targetDate = Widgets.entry(name: tr("Target date"), placeholder: tr("d.m.yyyy"))
        baselineValueMessage = FormRows.entry(tr("Baseline value"), baselineValue, in: pointsGroup, width: 12)
        baselineDateMessage = FormRows.entry(tr("Baseline date"), baselineDate, in: pointsGroup, width: 12)
        targetValueMessage = FormRows.entry(tr("Target value"), targetValue, in: pointsGroup, width: 12)
        targetDateMessage = FormRows.entry(tr("Target date"), targetDate, in: pointsGroup, width: 12)
        reasonEntry = Widgets.entry(name: tr("Reason for the change"))
        reasonMessage = FormRows.entry(tr("Reason for the change"), reasonEntry, in: pointsGroup)
        let reasonHint = Widgets.label(tr("Changing a target, the name or the method keeps the earlier one with its dates. Say why it changes."),
                                   classes: ["dim-label", "caption"], wrap: true)
        historyLabel = Widgets.label("", classes: ["dim-label"], wrap: true)
        Accessibility.setLabel(historyLabel, tr("Earlier targets"))
        keyCheck = gtk_check_button_new_with_mnemonic(tr("_Key indicator: shown first in summaries and the report"))!
        Accessibility.setOwnLabel(keyCheck, tr("Key indicator"))
        for widget in [reasonHint, historyLabel, keyCheck] {
            gtk_widget_set_margin_start(widget, 12)
            gtk_widget_set_margin_end(widget, 12)
            FormRows.add(FormRows.row(widget, shownWith: widget), to: pointsGroup)
        }

        status = Widgets.label("", classes: ["dim-label"], wrap: true)
        deleteButton = Widgets.button(tr("_Delete indicator"), classes: ["destructive-action"]) {}
        gtk_widget_set_halign(deleteButton, GTK_ALIGN_START)
        let end = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        gtk_widget_set_margin_top(end, 6)
        Widgets.append(end, status, deleteButton)

        Widgets.append(root, heading, catalogueNote, whatGroup, howGroup, methodGroup, pointsGroup, end)
        connect()
        Signals.connect(deleteButton, "clicked") { [weak self] in self?.delete() }
    }
}
