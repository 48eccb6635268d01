import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// The partners: a list with search and a sector filter beside the form of the chosen partner.
@MainActor
final class PartnersPage: Page {
    let name = "partners"
    let title = tr("Partners")
    let root: Widget
    unowned let window: MainWindow
    let form: PartnerForm
    private let searchEntry: Widget
    private let sectorFilter: Widget
    private let list: Widget
    private let listStack: Widget
    private let noMatches: Widget
    /// The partner the form shows (nil: a new one, not saved yet, or none).
    var selectedID: UUID?

    init(window: MainWindow) {
        self.window = window
        form = PartnerForm(window: window)

        let column = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8, classes: ["partner-column"])
        gtk_widget_set_size_request(column, 320, -1)
        Widgets.margins(column, 12)
        searchEntry = gtk_search_entry_new()!
        Accessibility.setLabel(searchEntry, tr("Search partners"))
        samskap_set_placeholder(searchEntry, tr("Search partners"))
        sectorFilter = Form.dropDown(name: tr("Sector filter"), items: [tr("All sectors")] + Sector.allCases.map(term))
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["partner-list"])
        Accessibility.setLabel(list, tr("Partner list"))
        noMatches = Widgets.label(tr("No partner matches the search."), classes: ["dim-label"], wrap: true, xalign: 0.5)
        let addButton = Widgets.button(tr("_Add partner"), classes: ["suggested-action"]) {}
        let listBox = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        Widgets.append(listBox, list, noMatches)
        let scroller = Widgets.scrolled(listBox)
        listStack = gtk_stack_new()!
        let empty = Form.emptyState(icon: "system-users-symbolic",
                                    text: tr("Partners are the organisations, groups and people who create the project together."),
                                    button: Widgets.button(tr("Add the _first partner"), classes: ["suggested-action", "pill"]) { [weak window] in
                                        window?.page(PartnersPage.self)?.addPartner()
                                    })
        gtk_stack_add_named(samskap_stack(listStack), scroller, "list")
        gtk_stack_add_named(samskap_stack(listStack), empty, "empty")
        gtk_widget_set_vexpand(listStack, 1)
        Widgets.append(column, searchEntry, sectorFilter, listStack, addButton)

        root = Widgets.box(GTK_ORIENTATION_HORIZONTAL)
        let separator = gtk_separator_new(GTK_ORIENTATION_VERTICAL)!
        Widgets.append(root, column, separator, form.root)

        Signals.connect(addButton, "clicked") { [weak self] in self?.addPartner() }
        Signals.connect(searchEntry, "search-changed") { [weak self] in self?.renderList() }
        Form.onSelect(sectorFilter) { [weak self] in self?.renderList() }
    }

    func render() {
        renderList()
        if let id = selectedID, window.state.document.partner(id) == nil, !form.isNew {
            selectedID = nil
        }
        form.render(partnerID: selectedID)
    }

    /// Puts the cursor in the search field.
    func focusSearch() { gtk_widget_grab_focus(searchEntry) }

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
        if id != selectedID, let adjustment = gtk_scrolled_window_get_vadjustment(samskap_scrolled_window(form.formPage)) {
            gtk_adjustment_set_value(adjustment, 0)
        }
        form.leaveNew()
        selectedID = id
        form.render(partnerID: id)
        renderList()
    }

    private func renderList() {
        let partners = window.state.document.partners
        Widgets.showStackChild(listStack, partners.isEmpty && !form.isNew ? "empty" : "list")
        let query = CStrings.text(ofEditable: searchEntry).trimmingSpaces()
        let filter = Form.selected(sectorFilter)
        let shown = partners.filter { partner in
            (filter == 0 || partner.sector == Sector.allCases[filter - 1])
                && (query.isEmpty || partner.name.containsIgnoringCase(query)
                    || partner.contact.person.containsIgnoringCase(query))
        }
        Widgets.removeChildren(list)
        for partner in shown { Widgets.append(list, row(partner)) }
        gtk_widget_set_visible(noMatches, shown.isEmpty && !partners.isEmpty ? 1 : 0)
    }

    private func row(_ partner: Partner) -> Widget {
        let id = partner.id
        let button = Widgets.button(partner.name, classes: ["flat", "partner-row"], accessibleName: partner.name) { [weak self] in
            guard let self else { return }
            self.select(id)
        }
        if id == selectedID { gtk_widget_add_css_class(button, "selected") }
        let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        let name = Widgets.label(partner.name, classes: ["partner-name"], wrap: true)
        // The roles under the sector's chip: the sector's full name leaves no room for them beside it.
        let details = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        let chip = Widgets.label(term(partner.sector), classes: ["chip", "sector-\(partner.sector.rawValue)"], wrap: true)
        gtk_widget_set_halign(chip, GTK_ALIGN_START)
        Widgets.append(details, chip)
        let roles = CitizenRole.allCases.filter(partner.citizenRoles.contains).map(term).joined(separator: ", ")
        if !roles.isEmpty { Widgets.append(details, Widgets.label(roles, classes: ["dim-label", "caption"], wrap: true)) }
        Widgets.append(box, name, details)
        gtk_button_set_child(samskap_button(button), box)
        return button
    }
}
