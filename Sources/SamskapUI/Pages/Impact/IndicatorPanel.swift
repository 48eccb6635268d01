import CGtk
import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Steps 5 to 9: the project's indicators in a list, made from scratch or from the catalogue; the chosen
/// one in the editor, its measurements in the grid; measurements to and from CSV files.
@MainActor
final class IndicatorPanel {
    let root: Widget
    unowned let window: MainWindow
    let editor: IndicatorEditor
    let grid: MeasurementGrid
    let picker = CataloguePicker()
    /// The catalogue's window, made when first opened.
    private(set) lazy var catalogueWindow = CatalogueWindow(picker: picker, parent: window.window)
    private let list: Widget
    private let empty: Widget
    private let listScroller: Widget
    private let details: Widget
    private let csvReport: Widget
    /// The indicator in the editor (nil: a new one not saved yet, or none).
    var selectedID: UUID?
    /// What the list's rows show now.
    private var listRows: [IndicatorListRow] = []

    init(window: MainWindow) {
        self.window = window
        editor = IndicatorEditor(window: window)
        grid = MeasurementGrid(window: window)
        root = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)

        let (listGroup, listBox) = Form.group(tr("Indicators"))
        list = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2, classes: ["indicator-list"])
        Accessibility.setLabel(list, tr("Indicators"))
        empty = Widgets.label(tr("No indicators yet. Start from a known one in the catalogue, or make your own."),
                              classes: ["dim-label"], wrap: true)
        let buttons = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let fromCatalogue = Widgets.button(tr("From the _catalogue…"), classes: ["suggested-action"]) {}
        let fromScratch = Widgets.button(tr("_New indicator"), accessibleName: tr("New indicator from scratch")) {}
        Widgets.append(buttons, fromCatalogue, fromScratch)
        let csvButtons = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let importButton = Widgets.button(tr("_Import measurements (CSV)…"), classes: ["flat"]) {}
        let exportButton = Widgets.button(tr("E_xport measurements (CSV)…"), classes: ["flat"]) {}
        gtk_actionable_set_action_name(OpaquePointer(importButton), AppAction.importMeasurements.rawValue)
        gtk_actionable_set_action_name(OpaquePointer(exportButton), AppAction.exportMeasurements.rawValue)
        Widgets.append(csvButtons, importButton, exportButton)
        csvReport = Widgets.label("", classes: ["field-message"], wrap: true)
        gtk_widget_set_visible(csvReport, 0)
        // A long list scrolls on its own, so that the editor and the grid stay near the top of the step.
        listScroller = Widgets.scrolled(list)
        gtk_widget_set_vexpand(listScroller, 0)
        gtk_scrolled_window_set_propagate_natural_height(samskap_scrolled_window(listScroller), 1)
        gtk_scrolled_window_set_max_content_height(samskap_scrolled_window(listScroller), 280)
        Widgets.append(listBox, empty, listScroller, buttons, csvButtons, csvReport)

        details = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 12)
        Widgets.append(details, editor.root, grid.root)
        Widgets.append(root, listGroup, details)

        Signals.connect(fromCatalogue, "clicked") { [weak self] in self?.openCatalogue() }
        Signals.connect(fromScratch, "clicked") { [weak self] in self?.addFromScratch() }
        picker.onPick = { [weak self] entry in self?.add(from: entry) }
        picker.onClose = { [weak self] in self?.catalogueWindow.close() }
        editor.onCreated = { [weak self] id in
            guard let self else { return }
            self.selectedID = id
        }
    }

    /// Shows the list, the chosen indicator and its measurements; in step 9 the grid comes before the editor.
    func render(step: ImpactStepKind) {
        let document = window.state.document
        if let id = selectedID, document.indicator(id) == nil, !editor.isNew { selectedID = nil }
        if selectedID == nil, !editor.isNew { selectedID = document.indicators.first?.id }
        renderList()
        let showing = editor.render(indicatorID: selectedID)
        gtk_widget_set_visible(details, showing ? 1 : 0)
        grid.render(indicatorID: editor.isNew ? nil : selectedID)
        gtk_widget_set_visible(grid.root, editor.isNew || selectedID == nil ? 0 : 1)
        // Measuring regularly is about the figures: put the grid first there.
        if step == .measurements {
            gtk_box_reorder_child_after(samskap_box(details), editor.root, grid.root)
        } else {
            gtk_box_reorder_child_after(samskap_box(details), grid.root, editor.root)
        }
    }

    /// Shows an indicator in the editor and the grid.
    func select(_ id: UUID) {
        editor.leaveNew()
        selectedID = id
        window.render()
    }

    /// Opens the catalogue in a window of its own over this one, where it is seen whatever the page's scroll.
    func openCatalogue() {
        catalogueWindow.present()
        picker.focus()
    }

    /// Starts a new indicator in the editor; it is saved as soon as it has a name.
    func addFromScratch() {
        catalogueWindow.close()
        selectedID = nil
        editor.startNew()
        window.render()
        focusEditor()
    }

    /// Puts the cursor in the name, once the editor has its place on screen, so that the page scrolls to it.
    func focusEditor() {
        AfterLayout.run(editor.root) { [weak self] in
            guard let self else { return }
            self.window.page(ImpactPage.self)?.scrollToTop(of: self.editor.root)
            gtk_widget_grab_focus(self.editor.nameEntry)
        }
    }

    /// Adds a catalogue entry as a new indicator, in the window's language, and shows it.
    func add(from entry: CatalogueIndicator) {
        let indicator = entry.makeIndicator(language: Translations.language)
        editor.leaveNew()
        guard window.perform([.upsertIndicator(indicator)]) else { return }
        catalogueWindow.close()
        select(indicator.id)
        window.toast.show(trf("Added “%1$s” from the catalogue", indicator.name))
        focusEditor()
    }

    /// Says how a CSV import or export went, under the list.
    func report(_ message: String, error: Bool) {
        gtk_label_set_text(samskap_label(csvReport), message)
        if error { gtk_widget_add_css_class(csvReport, "error") } else { gtk_widget_remove_css_class(csvReport, "error") }
        gtk_widget_set_visible(csvReport, 1)
    }

    /// The marker of a status, as the indicator chart draws it.
    static func shape(_ status: IndicatorStatus) -> String {
        switch status {
        case .onTrack: "●"
        case .behind: "▲"
        case .noData: "○"
        case .described: "■"
        }
    }

    private func renderList() {
        let document = window.state.document
        gtk_widget_set_visible(empty, document.indicators.isEmpty ? 1 : 0)
        gtk_widget_set_visible(listScroller, document.indicators.isEmpty ? 0 : 1)
        let progress = Dictionary(uniqueKeysWithValues: document.indicatorProgress().map { ($0.indicatorID, $0.status) })
        // Rebuilt only when what a row shows changed: typing a measurement leaves the list alone.
        let shown = document.indicators.map { indicator in
            IndicatorListRow(id: indicator.id, name: indicator.name, level: indicator.level, isKey: indicator.isKey,
                    status: progress[indicator.id] ?? .noData, selected: indicator.id == selectedID && !editor.isNew)
        }
        guard shown != listRows else { return }
        listRows = shown
        Widgets.removeChildren(list)
        for (indicator, row) in zip(document.indicators, shown) { Widgets.append(list, self.row(indicator, status: row.status)) }
    }

    private func row(_ indicator: Indicator, status: IndicatorStatus) -> Widget {
        let id = indicator.id
        let name = indicator.name
        let button = Widgets.button(name, classes: ["flat", "indicator-row"], accessibleName: name) { [weak self] in self?.select(id) }
        if id == selectedID && !editor.isNew { gtk_widget_add_css_class(button, "selected") }
        Accessibility.setDescription(button, "\(term(indicator.level)), \(term(status))")
        let box = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        let texts = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        gtk_widget_set_hexpand(texts, 1)
        let title = Widgets.label(indicator.isKey ? "★ " + name : name, classes: ["indicator-name"], wrap: true)
        let chip = Widgets.label(term(indicator.level), classes: ["chip", "level-\(indicator.level.rawValue)"])
        gtk_widget_set_halign(chip, GTK_ALIGN_START)
        Widgets.append(texts, title, chip)
        // Status in colour, shape and word, with the shapes of the indicator chart.
        let statusBox = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 4)
        gtk_widget_set_valign(statusBox, GTK_ALIGN_CENTER)
        Widgets.append(statusBox, Widgets.label(Self.shape(status), classes: ["status-shape", "status-\(status.rawValue)"]),
                       Widgets.label(term(status), classes: ["caption"]))
        Widgets.append(box, texts, statusBox)
        gtk_button_set_child(samskap_button(button), box)
        return button
    }
}
