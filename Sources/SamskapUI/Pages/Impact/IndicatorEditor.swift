import CGtk
import FoundationEssentials
import SamskapCore

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
    let reasonRoot: Widget
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

    /// The new indicator while it has no name and is not saved yet.
    var pending: Indicator?
    /// The indicator as last saved or shown; a different one in the state (undo, redo) refills the form.
    var shown: Indicator?
    /// Whether the form shows a new indicator that is not saved yet.
    var isNew = false
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

        let (whatGroup, whatBox) = Form.group(tr("What is measured"))
        nameEntry = Widgets.entry(name: tr("Indicator name"), placeholder: tr("For example: Participants who met others every week"))
        let nameField = Form.field(tr("Name"), nameEntry)
        nameMessage = nameField.message
        Widgets.append(whatBox, nameField.root, Widgets.label(tr("Level in the results chain"), classes: ["field-caption"]), level.root,
                       Widgets.label(tr("Kind"), classes: ["field-caption"]), kind.root,
                       Widgets.label(tr("Direction"), classes: ["field-caption"]), direction.root)

        let (howGroup, howBox) = Form.group(tr("How it is measured"))
        unitEntry = Widgets.entry(name: tr("Unit"), placeholder: tr("For example: participants, %"))
        let unitField = Form.field(tr("Unit"), unitEntry)
        unitMessage = unitField.message
        let method = Form.textView(name: tr("Method"), minHeight: 60)
        methodView = method.view
        sourceEntry = Widgets.entry(name: tr("Data source"))
        partnerSlot = Widgets.box(GTK_ORIENTATION_VERTICAL)
        frequencyDropDown = Form.dropDown(name: tr("Frequency"), items: Frequency.allCases.map(term))
        let unitRow = Self.pair(unitField.root, Form.field(tr("Frequency"), frequencyDropDown).root)
        let partnerCaption = Widgets.label(tr("Responsible partner"), classes: ["field-caption"])
        let partnerBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        Widgets.append(partnerBox, partnerCaption, partnerSlot)
        let sourceRow = Self.pair(Form.field(tr("Data source"), sourceEntry).root, partnerBox)
        Widgets.append(howBox, unitRow, Form.field(tr("Method"), method.root, hint: tr("Who collects which data, when and how.")).root, sourceRow)

        let (pointsGroup, pointsBox) = Form.group(tr("Baseline and target"))
        baselineValue = Widgets.entry(name: tr("Baseline value"))
        baselineDate = Widgets.entry(name: tr("Baseline date"), placeholder: tr("d.m.yyyy"))
        targetValue = Widgets.entry(name: tr("Target value"))
        targetDate = Widgets.entry(name: tr("Target date"), placeholder: tr("d.m.yyyy"))
        let bv = Form.field(tr("Baseline value"), baselineValue), bd = Form.field(tr("Baseline date"), baselineDate)
        let tv = Form.field(tr("Target value"), targetValue), td = Form.field(tr("Target date"), targetDate)
        baselineValueMessage = bv.message
        baselineDateMessage = bd.message
        targetValueMessage = tv.message
        targetDateMessage = td.message
        keyCheck = gtk_check_button_new_with_mnemonic(tr("_Key indicator: shown first in summaries and the report"))!
        Accessibility.setOwnLabel(keyCheck, tr("Key indicator"))
        reasonEntry = Widgets.entry(name: tr("Reason for the change"))
        let reason = Form.field(tr("Reason for the change"), reasonEntry,
                                hint: tr("Changing a target, the name or the method keeps the earlier one with its dates. Say why it changes."))
        reasonMessage = reason.message
        reasonRoot = reason.root
        historyLabel = Widgets.label("", classes: ["dim-label"], wrap: true)
        Accessibility.setLabel(historyLabel, tr("Earlier targets"))
        Widgets.append(pointsBox, Self.pair(bv.root, bd.root), Self.pair(tv.root, td.root), reasonRoot, historyLabel, keyCheck)

        status = Widgets.label("", classes: ["dim-label"], wrap: true)
        deleteButton = Widgets.button(tr("_Delete indicator"), classes: ["destructive-action"]) {}
        gtk_widget_set_halign(deleteButton, GTK_ALIGN_START)
        let end = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        gtk_widget_set_margin_top(end, 6)
        Widgets.append(end, status, deleteButton)

        Widgets.append(root, heading, catalogueNote, whatGroup, howGroup, pointsGroup, end)
        connect()
        Signals.connect(deleteButton, "clicked") { [unowned self] in self.delete() }
    }

    /// Two fields side by side, sharing the width.
    static func pair(_ first: Widget, _ second: Widget) -> Widget {
        let row = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_box_set_homogeneous(samskap_box(row), 1)
        Widgets.append(row, first, second)
        return row
    }
}
