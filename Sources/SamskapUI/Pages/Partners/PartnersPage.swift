import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The partners: a list with search and a sector filter beside the form of the chosen partner.
@MainActor
final class PartnersPage: Page {
    let name = "partners"
    let title = tr("Partners")
    var root: GtkView { page }
    unowned let window: MainWindow
    let page: Box
    let form: PartnerForm
    private let searchEntry: SearchEntry
    private let sectorFilter: DropDown
    private let list: Box
    private let listStack: Stack
    private let noMatches: Label
    /// The partner the form shows (nil: a new one, not saved yet, or none).
    var selectedID: UUID?

    init(window: MainWindow) {
        self.window = window
        form = PartnerForm(window: window)

        let column = Box(.vertical, spacing: 8, classes: ["partner-column"])
        column.setSizeRequest(width: 320)
        column.setMargins(12)
        searchEntry = SearchEntry(name: tr("Search partners"))
        sectorFilter = DropDown(name: tr("Sector filter"), items: [tr("All sectors")] + Sector.allCases.map(term))
        list = Box(.vertical, spacing: 2, classes: ["partner-list"])
        list.setAccessibleName(tr("Partner list"))
        noMatches = Label(tr("No partner matches the search."), classes: ["dim-label"], wrap: true, xalign: 0.5)
        let addButton = Button(tr("_Add partner"), classes: ["suggested-action"])
        let listBox = Box(.vertical, spacing: 6)
        listBox.append(list, noMatches)
        let scroller = ScrolledView(listBox)
        listStack = Stack()
        let addFirst = Button(tr("Add the _first partner"), classes: ["suggested-action", "pill"])
        let empty = Form.emptyState(icon: "system-users-symbolic",
                                    text: tr("Partners are the organisations, groups and people who create the project together."),
                                    button: addFirst)
        listStack.add(scroller, named: "list")
        listStack.add(empty, named: "empty")
        listStack.expandsVertically = true
        column.append(searchEntry, sectorFilter, listStack, addButton)

        page = Box(.horizontal)
        page.append(column, Separator(.vertical), form.page)

        addButton.onClicked(self) { $0.addPartner() }
        addFirst.onClicked(self) { $0.addPartner() }
        searchEntry.onSearchChanged(self) { $0.renderList() }
        sectorFilter.onSelect(self) { $0.renderList() }
    }

    func render() {
        renderList()
        if let id = selectedID, window.state.document.partner(id) == nil, !form.isNew {
            selectedID = nil
        }
        form.render(partnerID: selectedID)
    }

    /// Puts the cursor in the search field.
    func focusSearch() { searchEntry.grabFocus() }

    /// Opens the form on a new partner, or on the one already begun.
    func addPartner() {
        window.show(page: name)
        selectedID = nil
        if !form.isNew { form.startNew() }
        renderList()
    }

    /// Shows a partner in the form.
    func select(_ id: UUID) {
        // Another partner starts at the top of the form, not where the last one was left.
        if id != selectedID { form.formPage.scrollToTop() }
        form.leaveNew()
        selectedID = id
        form.render(partnerID: id)
        renderList()
    }

    private func renderList() {
        let partners = window.state.document.partners
        listStack.show(partners.isEmpty && !form.isNew ? "empty" : "list")
        let query = searchEntry.text.trimmingSpaces()
        let filter = sectorFilter.selected
        let shown = partners.filter { partner in
            (filter == 0 || partner.sector == Sector.allCases[filter - 1])
                && (query.isEmpty || partner.name.containsIgnoringCase(query)
                    || partner.contact.person.containsIgnoringCase(query))
        }
        list.removeAll()
        for partner in shown { list.append(row(partner)) }
        noMatches.isVisible = shown.isEmpty && !partners.isEmpty
    }

    private func row(_ partner: Partner) -> Button {
        let id = partner.id
        let button = Button(partner.name, classes: ["flat", "partner-row"], accessibleName: partner.name)
        button.onClicked(self) { $0.select(id) }
        if id == selectedID { button.addCSSClass("selected") }
        let box = Box(.vertical, spacing: 4)
        let name = Label(partner.name, classes: ["partner-name"], wrap: true)
        // The roles under the sector's chip: the sector's full name leaves no room for them beside it.
        let details = Box(.vertical, spacing: 4)
        let chip = Label(term(partner.sector), classes: ["chip", "sector-\(partner.sector.rawValue)"], wrap: true)
        chip.horizontalAlignment = .start
        details.append(chip)
        let roles = CitizenRole.allCases.filter(partner.citizenRoles.contains).map(term).joined(separator: ", ")
        if !roles.isEmpty { details.append(Label(roles, classes: ["dim-label", "caption"], wrap: true)) }
        box.append(name, details)
        button.setChild(box)
        return button
    }
}
