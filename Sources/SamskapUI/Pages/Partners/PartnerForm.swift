import FoundationEssentials
import SamskapCore
import SamskapPresentation
import SamskapGtk

/// Every field of one partner. Each field is saved on its own as soon as it holds a valid value, whatever the
/// others hold; an invalid value stays in its field, marked, in the window's `DraftStore`.
@MainActor
final class PartnerForm {
    /// The form, or a hint while no partner is chosen.
    let page: Stack
    /// The scrolled form, so that another partner opens at its top.
    let formPage: ScrolledView
    unowned let window: MainWindow
    let heading: Label
    let nameEntry: Entry
    let nameMessage: Label
    var sectorButtons: [Sector: CheckButton] = [:]
    let personEntry: Entry
    let roleEntry: Entry
    let emailEntry: Entry
    let emailMessage: Label
    let phoneEntry: Entry
    let resourcesView: TextView
    let competencesView: TextView
    let agendaView: TextView
    var roleChecks: [CitizenRole: CheckButton] = [:]
    let anchors: AnchorEditor
    let status: Label
    let deleteButton: Button

    /// The new partner while it has no name and is not saved yet, and one left for another before it had one.
    var new = NewRecord<Partner>()
    /// Whether the form shows a new partner that is not saved yet.
    var isNew: Bool { new.isNew }
    /// The partner as last saved or shown; a different one in the state (undo, redo) refills the form.
    var shown: Partner?
    /// The typed fields, each saved on its own.
    let fields: DraftFields<Partner>
    /// Fields the user has edited since the form was filled: only they show messages.
    var touched: Set<String> = []
    /// True while the form is being filled, so that no edits are reported.
    var filling = false

    init(window: MainWindow) {
        self.window = window
        fields = DraftFields(Self.table) { [unowned window] in window.state.drafts }
        let content = Box(.vertical, spacing: 6)
        heading = Label("", classes: ["title-2"], wrap: true)

        let partnerGroup = RowGroup(tr("Partner"))
        nameEntry = Entry(name: tr("Partner name"))
        nameMessage = partnerGroup.addEntry(tr("Name"), nameEntry)
        let sectorGrid = Grid(columnSpacing: 12, rowSpacing: 4)
        sectorGrid.setAccessibleName(tr("Sector"))
        var first: CheckButton?
        for (i, sector) in Sector.allCases.enumerated() {
            let radio = CheckButton(term(sector))
            if let first { radio.join(first) } else { first = radio }
            sectorGrid.attach(radio, column: Int32(i % 2), row: Int32(i / 2))
            sectorButtons[sector] = radio
        }
        let rolesRow = Box(.horizontal, spacing: 18)
        for role in CitizenRole.allCases {
            let check = CheckButton(term(role))
            roleChecks[role] = check
            rolesRow.append(check)
        }
        partnerGroup.add(FormRows.block(tr("Sector"), sectorGrid))
        partnerGroup.add(FormRows.block(tr("Citizen roles"), rolesRow))

        let contactGroup = RowGroup(tr("Contact person"))
        personEntry = Entry(name: tr("Contact person"))
        roleEntry = Entry(name: tr("Role or title"))
        emailEntry = Entry(name: tr("E-mail"))
        emailEntry.setPurpose(.email)
        phoneEntry = Entry(name: tr("Telephone"))
        phoneEntry.setPurpose(.phone)
        contactGroup.add(FormRows.field(tr("Contact person"), personEntry))
        contactGroup.add(FormRows.field(tr("Role or title"), roleEntry))
        emailMessage = contactGroup.addEntry(tr("E-mail"), emailEntry)
        contactGroup.add(FormRows.field(tr("Telephone"), phoneEntry))

        let (bringGroup, bringBox) = Form.groupView(tr("What they bring"))
        resourcesView = TextView(name: tr("Resources"), minHeight: 60)
        competencesView = TextView(name: tr("Competence and experience"), minHeight: 60)
        bringBox.append(Form.field(tr("Resources"), resourcesView.frame, hint: tr("Time, money, rooms, networks.")).root,
                        Form.field(tr("Competence and experience"), competencesView.frame).root)

        let (agendaGroup, agendaBox) = Form.groupView(tr("Own agenda"))
        agendaView = TextView(name: tr("Own agenda"), minHeight: 60)
        agendaBox.append(Form.field(tr("What they want for themselves"), agendaView.frame,
                                    hint: tr("Legitimate, as long as it does not overshadow the shared vision.")).root)

        anchors = AnchorEditor()
        let (anchorGroup, anchorBox) = Form.groupView(tr("Anchor points"))
        anchorBox.append(anchors.view)

        status = Label("", classes: ["dim-label"], wrap: true)
        deleteButton = Button(tr("_Delete partner…"), classes: ["destructive-action"])
        deleteButton.horizontalAlignment = .start
        let end = Box(.vertical, spacing: 8)
        end.marginTop = 18
        end.append(status, deleteButton)

        content.append(heading, partnerGroup, contactGroup, bringGroup, agendaGroup, anchorGroup, end)
        formPage = Form.page(content, width: 640)
        let none = Form.emptyState(icon: "document-edit-symbolic", text: tr("Choose a partner in the list, or add one."), button: nil as Button?)
        page = Stack()
        page.add(none, named: "none")
        page.add(formPage, named: "form")
        page.expandsHorizontally = true

        connect()
        deleteButton.onClicked(self) { $0.askDelete() }
    }
}
