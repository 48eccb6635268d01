import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

/// The report: choose its sections and language, see page one, export it as PDF (Ctrl+E) or print it (Ctrl+P).
///
/// The report is laid out only while the page is on screen, a moment after the last edit or choice,
/// so neither the window's first frame nor typing elsewhere waits for it.
@MainActor
final class ReportPage: Page {
    let name = "report"
    let title = tr("Report")
    var root: GtkView { page }
    unowned let window: MainWindow
    let page: ScrolledView

    var sectionChecks: [(ReportSection, CheckButton)] = []
    /// One radio button per language the report can be written in.
    var languageChecks: [(Language, CheckButton)] = []
    let preview: DrawingArea
    let pagesLabel: Label
    let errorLabel: Label
    let exportButton: Button
    let printButton: Button
    /// The report as laid out for the current document and choices; nil when stale.
    var report: PaginatedReport?
    private var models: [Language: ModelContent] = [:]
    private var layoutTimer: UInt32 = 0

    init(window: MainWindow) {
        self.window = window
        let controls = Box(.vertical, spacing: 6)
        controls.setSizeRequest(width: 320)

        let sectionsGroup = RowGroup(tr("Sections"), description: tr("The title page and the contents are always included."))
        for section in ReportSection.allCases {
            let check = sectionsGroup.addOption(term(section))
            check.isActive = true
            sectionChecks.append((section, check))
        }

        let languageGroup = RowGroup(tr("Language of the report"))
        // Each language by its own name, whatever language the window speaks; those with a catalogue installed.
        for language in Language.allCases where Catalogue.speaks(language) || language == Translations.language {
            let check = languageGroup.addOption(language.endonym)
            if let first = languageChecks.first?.1 { check.join(first) }
            check.isActive = language == Translations.language
            languageChecks.append((language, check))
        }

        exportButton = Button(tr("_Export PDF…"), classes: ["suggested-action"], accessibleName: tr("Export PDF…"))
        exportButton.setAction(AppAction.exportPDF.rawValue)
        printButton = Button(tr("_Print…"), classes: [], accessibleName: tr("Print…"))
        printButton.setAction(AppAction.print.rawValue)
        let buttons = Box(.horizontal, spacing: 12)
        buttons.marginTop = 18
        buttons.append(exportButton, printButton)
        errorLabel = FieldMessage.label()
        controls.append(sectionsGroup, languageGroup, buttons, errorLabel)

        preview = DrawingArea()
        preview.setSizeRequest(width: 300, height: 424)
        preview.expandsHorizontally = true
        preview.expandsVertically = true
        preview.addCSSClass("report-preview")
        preview.setAccessibleName(tr("Preview of page one"))
        pagesLabel = Label("", classes: ["dim-label"], xalign: 0.5)
        let previewColumn = Box(.vertical, spacing: 8)
        previewColumn.marginTop = 12
        previewColumn.append(Label(tr("Page one"), classes: ["heading"]), preview, pagesLabel)

        let body = Box(.horizontal, spacing: 36)
        body.append(controls, previewColumn)
        page = Form.page(body, width: 960)

        preview.onDraw(self) { page, cr, width, height in page.drawPreview(cr, width: Double(width), height: Double(height)) }
        for (_, check) in sectionChecks { check.onToggled(self) { $0.choicesChanged() } }
        for (_, check) in languageChecks { check.onToggled(self) { $0.choicesChanged() } }
        preview.onMap(self) { $0.scheduleLayout() }
    }

    func render() {
        // The document changed: the laid-out report is stale; lay it out again only if it is on screen.
        invalidate()
    }

    /// The sections ticked, in the report's order.
    var chosenSections: [ReportSection] {
        sectionChecks.filter(\.1.isActive).map(\.0)
    }

    /// The language chosen for the report.
    var chosenLanguage: Language {
        languageChecks.first(where: \.1.isActive)?.0 ?? Translations.language
    }

    private func choicesChanged() {
        FieldMessage.show(errorLabel, on: nil, nil)
        invalidate()
    }

    private func invalidate() {
        report = nil
        if preview.isMapped { scheduleLayout() }
    }

    private func scheduleLayout() {
        guard report == nil else { return }
        Timers.cancel(layoutTimer)
        layoutTimer = Timers.after(milliseconds: 120) { [weak self] in
            guard let self else { return }
            self.layoutTimer = 0
            _ = self.currentReport()
            self.preview.queueDraw()
        }
    }

    /// The report laid out for the current document and choices (laid out now when stale); nil with a message shown
    /// when the model content cannot be read.
    func currentReport() -> PaginatedReport? {
        if let report { return report }
        let language = chosenLanguage
        let model: ModelContent
        if let loaded = models[language] {
            model = loaded
        } else {
            do { model = try ModelContent.load(language) } catch {
                FieldMessage.show(errorLabel, on: nil, trf("The model content could not be read (%1$s). Reinstall Samskap or set SAMSKAP_DATA_DIR.", String(describing: error)))
                return nil
            }
            models[language] = model
        }
        let made = ReportExporter.paginate(document: window.state.document, model: model, language: language,
                                           sections: chosenSections, creator: "Samskap \(ProductVersion.current)")
        report = made
        let count = made.pageCount
        pagesLabel.text = count == 1 ? tr("1 page") : trf("%1$s pages", String(count))
        preview.setAccessibleDescription(trf("The title page of a report of %1$s pages.", String(count)))
        return made
    }

    private func drawPreview(_ cr: OpaquePointer, width: Double, height: Double) {
        guard let report else { return }
        // A soft edge around the white page, so it reads as paper in light and dark alike.
        let scale = min(width / PaginatedReport.pageWidth, height / PaginatedReport.pageHeight)
        let w = PaginatedReport.pageWidth * scale, h = PaginatedReport.pageHeight * scale
        DrawingArea.fill(cr, x: (width - w) / 2 - 1, y: (height - h) / 2 - 1, width: w + 2, height: h + 2,
                         red: 0, green: 0, blue: 0, alpha: 0.25)
        report.drawPreview(page: 0, on: cr, width: width, height: height)
    }
}
