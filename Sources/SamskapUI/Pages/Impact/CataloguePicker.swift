import SamskapCore
import SamskapGtk

/// The indicator catalogue to browse by policy area: pick an entry and a new indicator is made from it.
@MainActor
final class CataloguePicker {
    /// The catalogue, read once; empty when the file cannot be read (the picker then says so).
    static let entries: [CatalogueIndicator] = (try? IndicatorCatalogue.load()) ?? []

    let root: Box
    /// Called with the entry the user picked.
    var onPick: (@MainActor (CatalogueIndicator) -> Void)?
    /// Called when the user closes the picker without picking.
    var onClose: (@MainActor () -> Void)?
    private let areaDropDown: DropDown
    private let search: SearchEntry
    private let list: Box
    private let areas: [CatalogueArea]

    init() {
        root = Box(.vertical, spacing: 8, classes: ["form-group", "catalogue-picker"])
        areas = CatalogueArea.allCases.filter { area in Self.entries.contains { $0.area == area } }
        let top = Box(.horizontal, spacing: 8)
        let heading = Label(tr("Known indicators"), classes: ["heading"])
        heading.expandsHorizontally = true
        let close = Button(icon: "window-close-symbolic", name: tr("Close the catalogue"))
        top.append(heading, close)
        areaDropDown = DropDown(name: tr("Policy area"), items: areas.map(term))
        search = SearchEntry(name: tr("Search the catalogue"), placeholder: tr("Search every area"))
        let hint = Label(tr("Pick one to add it as a new indicator; then set baseline, target and who measures."),
                         classes: ["dim-label", "caption"], wrap: true)
        list = Box(.vertical, spacing: 2)
        list.setAccessibleName(tr("Indicators in the area"))
        root.append(top, search, Form.field(tr("Policy area"), areaDropDown).root, hint, list)
        if Self.entries.isEmpty {
            root.append(Label(tr("The indicator catalogue could not be read. You can still make indicators from scratch."),
                              classes: ["error"], wrap: true))
        }
        close.onClicked(self) { $0.onClose?() }
        areaDropDown.onSelect(self) { $0.renderList() }
        search.onSearchChanged(self) { $0.renderList() }
        renderList()
    }

    /// Puts the keyboard focus in the search.
    func focus() { search.grabFocus() }

    /// The entries to list: those of the chosen area, or, while searching, those of every area whose name matches.
    private var shown: [CatalogueIndicator] {
        let query = search.text.trimmingSpaces()
        if !query.isEmpty {
            return Self.entries.filter { $0.name.text(Translations.language).containsIgnoringCase(query) }
        }
        let index = areaDropDown.selected
        guard areas.indices.contains(index) else { return [] }
        return IndicatorCatalogue.entries(in: areas[index], of: Self.entries)
    }

    private func renderList() {
        list.removeAll()
        let entries = shown
        if entries.isEmpty, !search.text.trimmingSpaces().isEmpty {
            list.append(Label(tr("No indicator in the catalogue matches the search."), classes: ["dim-label"], wrap: true))
        }
        for entry in entries {
            let name = entry.name.text(Translations.language)
            let button = Button(name, classes: ["flat", "catalogue-row"], accessibleName: trf("Add “%1$s”", name))
            button.onClicked(self) { $0.onPick?(entry) }
            let box = Box(.vertical, spacing: 2)
            let unit = entry.unit.text(Translations.language)
            let details = unit.isEmpty ? "\(term(entry.level)) · \(term(entry.kind))" : "\(term(entry.level)) · \(term(entry.kind)) · \(unit)"
            box.append(Label(name, classes: ["indicator-name"], wrap: true), Label(details, classes: ["dim-label", "caption"], wrap: true))
            button.setChild(box)
            list.append(button)
        }
    }
}
