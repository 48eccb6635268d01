import FoundationEssentials
import SamskapCore
import SamskapGtk

/// Steps 5 to 9: the project's indicators in a list, made from scratch or from the catalogue; the chosen
/// one in the editor, its measurements in the grid; measurements to and from CSV files.
@MainActor
final class IndicatorPanel {
    let root: Box
    unowned let window: MainWindow
    let editor: IndicatorEditor
    let grid: MeasurementGrid
    let picker = CataloguePicker()
    /// The catalogue's window, made when first opened.
    private(set) lazy var catalogueWindow = CatalogueWindow(picker: picker, parent: Window(window.window))
    private let list: Box
    private let empty: Label
    private let listScroller: ScrolledView
    private let details: Box
    private let csvReport: Label
    /// The indicator in the editor (nil: a new one not saved yet, or none).
    var selectedID: UUID?
    /// What the list's rows show now.
    private var listRows: [IndicatorListRow] = []

    init(window: MainWindow) {
        self.window = window
        editor = IndicatorEditor(window: window)
        grid = MeasurementGrid(window: window)
        root = Box(.vertical, spacing: 8)

        let (listGroup, listBox) = Form.groupView(tr("Indicators"))
        list = Box(.vertical, spacing: 2, classes: ["indicator-list"])
        list.setAccessibleName(tr("Indicators"))
        empty = Label(tr("No indicators yet. Start from a known one in the catalogue, or make your own."), classes: ["dim-label"], wrap: true)
        let buttons = Box(.horizontal, spacing: 8)
        let fromCatalogue = Button(tr("From the _catalogue…"), classes: ["suggested-action"])
        let fromScratch = Button(tr("_New indicator"), accessibleName: tr("New indicator from scratch"))
        buttons.append(fromCatalogue, fromScratch)
        let csvButtons = Box(.horizontal, spacing: 8)
        let importButton = Button(tr("_Import measurements (CSV)…"), classes: ["flat"])
        let exportButton = Button(tr("E_xport measurements (CSV)…"), classes: ["flat"])
        importButton.setAction(AppAction.importMeasurements.rawValue)
        exportButton.setAction(AppAction.exportMeasurements.rawValue)
        csvButtons.append(importButton, exportButton)
        csvReport = Label("", classes: ["field-message"], wrap: true)
        csvReport.isVisible = false
        // A long list scrolls on its own, so that the editor and the grid stay near the top of the step.
        listScroller = ScrolledView(list)
        listScroller.expandsVertically = false
        listScroller.propagatesNaturalHeight = true
        listScroller.maxContentHeight = 280
        listBox.append(empty, listScroller, buttons, csvButtons, csvReport)

        details = Box(.vertical, spacing: 12)
        details.append(editor.root, grid.root)
        root.append(listGroup, details)

        fromCatalogue.onClicked(self) { $0.openCatalogue() }
        fromScratch.onClicked(self) { $0.addFromScratch() }
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
        details.isVisible = showing
        grid.render(indicatorID: editor.isNew ? nil : selectedID)
        grid.root.isVisible = !(editor.isNew || selectedID == nil)
        // Measuring regularly is about the figures: put the grid first there.
        if step == .measurements {
            details.reorderChild(editor.root, after: grid.root)
        } else {
            details.reorderChild(grid.root, after: editor.root)
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
            self.editor.nameEntry.grabFocus()
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
        csvReport.text = message
        csvReport.setCSSClass("error", error)
        csvReport.isVisible = true
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
        empty.isVisible = document.indicators.isEmpty
        listScroller.isVisible = !document.indicators.isEmpty
        let progress = Dictionary(uniqueKeysWithValues: document.indicatorProgress().map { ($0.indicatorID, $0.status) })
        // Rebuilt only when what a row shows changed: typing a measurement leaves the list alone.
        let shown = document.indicators.map { indicator in
            IndicatorListRow(id: indicator.id, name: indicator.name, level: indicator.level, isKey: indicator.isKey,
                    status: progress[indicator.id] ?? .noData, selected: indicator.id == selectedID && !editor.isNew)
        }
        guard shown != listRows else { return }
        listRows = shown
        list.removeAll()
        for (indicator, row) in zip(document.indicators, shown) { list.append(self.row(indicator, status: row.status)) }
    }

    private func row(_ indicator: Indicator, status: IndicatorStatus) -> Button {
        let id = indicator.id
        let name = indicator.name
        let button = Button(name, classes: ["flat", "indicator-row"], accessibleName: name)
        button.onClicked(self) { $0.select(id) }
        if id == selectedID && !editor.isNew { button.addCSSClass("selected") }
        button.setAccessibleDescription("\(term(indicator.level)), \(term(status))")
        let box = Box(.horizontal, spacing: 8)
        let texts = Box(.vertical, spacing: 2)
        texts.expandsHorizontally = true
        let title = Label(indicator.isKey ? "★ " + name : name, classes: ["indicator-name"], wrap: true)
        let chip = Label(term(indicator.level), classes: ["chip", "level-\(indicator.level.rawValue)"])
        chip.horizontalAlignment = .start
        texts.append(title, chip)
        // Status in colour, shape and word, with the shapes of the indicator chart.
        let statusBox = Box(.horizontal, spacing: 4)
        statusBox.verticalAlignment = .center
        statusBox.append(Label(Self.shape(status), classes: ["status-shape", "status-\(status.rawValue)"]),
                         Label(term(status), classes: ["caption"]))
        box.append(texts, statusBox)
        button.setChild(box)
        return button
    }
}
