import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Every field of one partner. Each field is saved on its own as soon as it holds a valid value, whatever the
/// others hold; an invalid value stays in its field, marked, in the window's `DraftStore`.
@MainActor
final class PartnerForm {
    let root: Widget
    /// The scrolled form, so that another partner opens at its top.
    let formPage: Widget
    unowned let window: MainWindow
    let heading: Widget
    let nameEntry: Widget
    let nameMessage: Widget
    var sectorButtons: [Sector: Widget] = [:]
    let personEntry: Widget
    let roleEntry: Widget
    let emailEntry: Widget
    let emailMessage: Widget
    let phoneEntry: Widget
    let resourcesView: Widget
    let competencesView: Widget
    let agendaView: Widget
    var roleChecks: [CitizenRole: Widget] = [:]
    let anchors: AnchorEditor
    let status: Widget
    let deleteButton: Widget

    /// The new partner while it has no name and is not saved yet.
    var pending: Partner?
    /// A new partner left for another one before it had a name, with what was typed into it: starting a new partner and
    /// going back from the question on closing return to it.
    var parked: Partner?
    /// The partner as last saved or shown; a different one in the state (undo, redo) refills the form.
    var shown: Partner?
    /// Whether the form shows a new partner that is not saved yet.
    var isNew = false
    /// The typed fields, each saved on its own.
    let fields: DraftFields<Partner>
    /// Fields the user has edited since the form was filled: only they show messages.
    var touched: Set<String> = []
    /// True while the form is being filled, so that no edits are reported.
    var filling = false

    init(window: MainWindow) {
        self.window = window
        fields = DraftFields(Self.table) { [unowned window] in window.state.drafts }
        let content = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        heading = Widgets.label("", classes: ["title-2"], wrap: true)

        let partnerGroup = FormRows.group(tr("Partner"))
        nameEntry = Widgets.entry(name: tr("Partner name"))
        nameMessage = FormRows.entry(tr("Name"), nameEntry, in: partnerGroup)
        let sectorGrid = gtk_grid_new()!
        gtk_grid_set_column_spacing(samskap_grid(sectorGrid), 12)
        gtk_grid_set_row_spacing(samskap_grid(sectorGrid), 4)
        Accessibility.setLabel(sectorGrid, tr("Sector"))
        var first: Widget?
        for (i, sector) in Sector.allCases.enumerated() {
            let radio = gtk_check_button_new_with_label(term(sector))!
            Accessibility.setOwnLabel(radio, term(sector))
            if let first { gtk_check_button_set_group(samskap_check_button(radio), samskap_check_button(first)) } else { first = radio }
            gtk_grid_attach(samskap_grid(sectorGrid), radio, Int32(i % 2), Int32(i / 2), 1, 1)
            sectorButtons[sector] = radio
        }
        let rolesRow = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 18)
        for role in CitizenRole.allCases {
            let check = gtk_check_button_new_with_label(term(role))!
            Accessibility.setOwnLabel(check, term(role))
            roleChecks[role] = check
            Widgets.append(rolesRow, check)
        }
        FormRows.add(FormRows.block(tr("Sector"), sectorGrid), to: partnerGroup)
        FormRows.add(FormRows.block(tr("Citizen roles"), rolesRow), to: partnerGroup)

        let contactGroup = FormRows.group(tr("Contact person"))
        personEntry = Widgets.entry(name: tr("Contact person"))
        roleEntry = Widgets.entry(name: tr("Role or title"))
        emailEntry = Widgets.entry(name: tr("E-mail"))
        gtk_entry_set_input_purpose(samskap_entry(emailEntry), GTK_INPUT_PURPOSE_EMAIL)
        phoneEntry = Widgets.entry(name: tr("Telephone"))
        gtk_entry_set_input_purpose(samskap_entry(phoneEntry), GTK_INPUT_PURPOSE_PHONE)
        FormRows.add(FormRows.field(tr("Contact person"), personEntry), to: contactGroup)
        FormRows.add(FormRows.field(tr("Role or title"), roleEntry), to: contactGroup)
        emailMessage = FormRows.entry(tr("E-mail"), emailEntry, in: contactGroup)
        FormRows.add(FormRows.field(tr("Telephone"), phoneEntry), to: contactGroup)

        let (bringGroup, bringBox) = Form.group(tr("What they bring"))
        let resources = Form.textView(name: tr("Resources"), minHeight: 60)
        let competences = Form.textView(name: tr("Competence and experience"), minHeight: 60)
        resourcesView = resources.view
        competencesView = competences.view
        Widgets.append(bringBox, Form.field(tr("Resources"), resources.root, hint: tr("Time, money, rooms, networks.")).root,
                       Form.field(tr("Competence and experience"), competences.root).root)

        let (agendaGroup, agendaBox) = Form.group(tr("Own agenda"))
        let agenda = Form.textView(name: tr("Own agenda"), minHeight: 60)
        agendaView = agenda.view
        Widgets.append(agendaBox, Form.field(tr("What they want for themselves"), agenda.root,
                                             hint: tr("Legitimate, as long as it does not overshadow the shared vision.")).root)

        anchors = AnchorEditor()
        let (anchorGroup, anchorBox) = Form.group(tr("Anchor points"))
        Widgets.append(anchorBox, anchors.root)

        status = Widgets.label("", classes: ["dim-label"], wrap: true)
        deleteButton = Widgets.button(tr("_Delete partner…"), classes: ["destructive-action"]) {}
        gtk_widget_set_halign(deleteButton, GTK_ALIGN_START)
        let end = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        gtk_widget_set_margin_top(end, 18)
        Widgets.append(end, status, deleteButton)

        Widgets.append(content, heading, partnerGroup, contactGroup, bringGroup, agendaGroup, anchorGroup, end)
        formPage = Form.page(content, width: 640)
        let none = Form.emptyState(icon: "document-edit-symbolic", text: tr("Choose a partner in the list, or add one."), button: nil)
        root = gtk_stack_new()!
        gtk_stack_add_named(samskap_stack(root), none, "none")
        gtk_stack_add_named(samskap_stack(root), formPage, "form")
        gtk_widget_set_hexpand(root, 1)

        connect()
        Signals.connect(deleteButton, "clicked") { [weak self] in self?.askDelete() }
    }
}
