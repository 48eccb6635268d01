import CGtk
import SamskapCore
import SamskapGtk

/// The indicator catalogue to browse by policy area: pick an entry and a new indicator is made from it.
@MainActor
final class CataloguePicker {
    /// The catalogue, read once; empty when the file cannot be read (the picker then says so).
    static let entries: [CatalogueIndicator] = (try? IndicatorCatalogue.load()) ?? []

    let root: Widget
    /// Called with the entry the user picked.
    var onPick: (@MainActor (CatalogueIndicator) -> Void)?
    /// Called when the user closes the picker without picking.
    var onClose: (@MainActor () -> Void)?
    private let areaDropDown: Widget
    private let search: Widget
    private let list: Widget
    private let areas: [CatalogueArea]

    init() {
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8, classes: ["form-group", "catalogue-picker"])
        areas = CatalogueArea.allCases.filter { area in Self.entries.contains { $0.area == area } }
        let top = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let heading = Widgets.label(tr("Known indicators"), classes: ["heading"])
        gtk_widget_set_hexpand(heading, 1)
        let close = Widgets.iconButton("window-close-symbolic", name: tr("Close the catalogue")) {}
        Widgets.append(top, heading, close)
        areaDropDown = Form.dropDown(name: tr("Policy area"), items: areas.map(term))
        search = gtk_search_entry_new()!
        Accessibility.setLabel(search, tr("Search the catalogue"))
        samskap_set_placeholder(search, tr("Search every area"))
        let hint = Widgets.label(tr("Pick one to add it as a new indicator; then set baseline, target and who measures."),
                                 classes: ["dim-label", "caption"], wrap: true)
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        Accessibility.setLabel(list, tr("Indicators in the area"))
        Widgets.append(root, top, search, Form.field(tr("Policy area"), areaDropDown).root, hint, list)
        if Self.entries.isEmpty {
            Widgets.append(root, Widgets.label(tr("The indicator catalogue could not be read. You can still make indicators from scratch."),
                                               classes: ["error"], wrap: true))
        }
        Signals.connect(close, "clicked") { [weak self] in self?.onClose?() }
        Form.onSelect(areaDropDown) { [weak self] in self?.renderList() }
        Signals.connect(search, "search-changed") { [weak self] in self?.renderList() }
        renderList()
    }

    /// Puts the keyboard focus in the search.
    func focus() { gtk_widget_grab_focus(search) }

    /// The entries to list: those of the chosen area, or, while searching, those of every area whose name matches.
    private var shown: [CatalogueIndicator] {
        let query = CStrings.text(ofEditable: search).trimmingSpaces()
        if !query.isEmpty {
            return Self.entries.filter { $0.name.text(Translations.language).containsIgnoringCase(query) }
        }
        let index = Form.selected(areaDropDown)
        guard areas.indices.contains(index) else { return [] }
        return IndicatorCatalogue.entries(in: areas[index], of: Self.entries)
    }

    private func renderList() {
        Widgets.removeChildren(list)
        let entries = shown
        if entries.isEmpty, !CStrings.text(ofEditable: search).trimmingSpaces().isEmpty {
            Widgets.append(list, Widgets.label(tr("No indicator in the catalogue matches the search."), classes: ["dim-label"], wrap: true))
        }
        for entry in entries {
            let name = entry.name.text(Translations.language)
            let button = Widgets.button(name, classes: ["flat", "catalogue-row"], accessibleName: trf("Add “%1$s”", name)) { [weak self] in
                self?.onPick?(entry)
            }
            let box = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
            let unit = entry.unit.text(Translations.language)
            let details = unit.isEmpty ? "\(term(entry.level)) · \(term(entry.kind))" : "\(term(entry.level)) · \(term(entry.kind)) · \(unit)"
            Widgets.append(box, Widgets.label(name, classes: ["indicator-name"], wrap: true),
                           Widgets.label(details, classes: ["dim-label", "caption"], wrap: true))
            gtk_button_set_child(samskap_button(button), box)
            Widgets.append(list, button)
        }
    }
}
