import CGtk
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
    let root: Widget
    unowned let window: MainWindow

    var sectionChecks: [(ReportSection, Widget)] = []
    /// One radio button per language the report can be written in.
    var languageChecks: [(Language, Widget)] = []
    let preview: Widget
    let pagesLabel: Widget
    let errorLabel: Widget
    let exportButton: Widget
    let printButton: Widget
    /// The report as laid out for the current document and choices; nil when stale.
    var report: PaginatedReport?
    private var models: [Language: ModelContent] = [:]
    private var layoutTimer: guint = 0

    init(window: MainWindow) {
        self.window = window
        let controls = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 6)
        gtk_widget_set_size_request(controls, 320, -1)

        let sectionsGroup = FormRows.group(tr("Sections"), description: tr("The title page and the contents are always included."))
        for section in ReportSection.allCases {
            let (row, check) = FormRows.option(term(section))
            gtk_check_button_set_active(samskap_check_button(check), 1)
            sectionChecks.append((section, check))
            FormRows.add(row, to: sectionsGroup)
        }

        let languageGroup = FormRows.group(tr("Language of the report"))
        // Each language by its own name, whatever language the window speaks; those with a catalogue installed.
        for language in Language.allCases where Catalogue.speaks(language) || language == Translations.language {
            let (row, check) = FormRows.option(language.endonym)
            if let first = languageChecks.first?.1 {
                gtk_check_button_set_group(samskap_check_button(check), samskap_check_button(first))
            }
            gtk_check_button_set_active(samskap_check_button(check), language == Translations.language ? 1 : 0)
            languageChecks.append((language, check))
            FormRows.add(row, to: languageGroup)
        }

        exportButton = Widgets.button(tr("_Export PDF…"), classes: ["suggested-action"], accessibleName: tr("Export PDF…")) {}
        gtk_actionable_set_action_name(OpaquePointer(exportButton), AppAction.exportPDF.rawValue)
        printButton = Widgets.button(tr("_Print…"), classes: [], accessibleName: tr("Print…")) {}
        gtk_actionable_set_action_name(OpaquePointer(printButton), AppAction.print.rawValue)
        let buttons = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        gtk_widget_set_margin_top(buttons, 18)
        Widgets.append(buttons, exportButton, printButton)
        errorLabel = FieldMessage.make()
        Widgets.append(controls, sectionsGroup, languageGroup, buttons, errorLabel)

        preview = gtk_drawing_area_new()!
        gtk_widget_set_size_request(preview, 300, 424)
        gtk_widget_set_hexpand(preview, 1)
        gtk_widget_set_vexpand(preview, 1)
        Widgets.addClasses(preview, ["report-preview"])
        Accessibility.setLabel(preview, tr("Preview of page one"))
        pagesLabel = Widgets.label("", classes: ["dim-label"], xalign: 0.5)
        let previewColumn = Widgets.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        gtk_widget_set_margin_top(previewColumn, 12)
        Widgets.append(previewColumn, Widgets.label(tr("Page one"), classes: ["heading"]), preview, pagesLabel)

        let body = Widgets.box(GTK_ORIENTATION_HORIZONTAL, spacing: 36)
        Widgets.append(body, controls, previewColumn)
        root = Form.page(body, width: 960)

        ChartSignals.setDrawFunction(preview) { [weak self] cr, width, height in
            self?.drawPreview(cr, width: Double(width), height: Double(height))
        }
        for (_, check) in sectionChecks { Signals.connect(check, "toggled") { [weak self] in self?.choicesChanged() } }
        for (_, check) in languageChecks { Signals.connect(check, "toggled") { [weak self] in self?.choicesChanged() } }
        Signals.connect(preview, "map") { [weak self] in self?.scheduleLayout() }
    }

    func render() {
        // The document changed: the laid-out report is stale; lay it out again only if it is on screen.
        invalidate()
    }

    /// The sections ticked, in the report's order.
    var chosenSections: [ReportSection] {
        sectionChecks.filter { gtk_check_button_get_active(samskap_check_button($0.1)) != 0 }.map(\.0)
    }

    /// The language chosen for the report.
    var chosenLanguage: Language {
        languageChecks.first { gtk_check_button_get_active(samskap_check_button($0.1)) != 0 }?.0 ?? Translations.language
    }

    private func choicesChanged() {
        FieldMessage.show(errorLabel, on: nil, nil)
        invalidate()
    }

    private func invalidate() {
        report = nil
        if gtk_widget_get_mapped(preview) != 0 { scheduleLayout() }
    }

    private func scheduleLayout() {
        guard report == nil else { return }
        Timers.cancel(layoutTimer)
        layoutTimer = Timers.after(milliseconds: 120) { [weak self] in
            guard let self else { return }
            self.layoutTimer = 0
            _ = self.currentReport()
            gtk_widget_queue_draw(self.preview)
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
        gtk_label_set_text(samskap_label(pagesLabel), count == 1 ? tr("1 page") : trf("%1$s pages", String(count)))
        Accessibility.setDescription(preview, trf("The title page of a report of %1$s pages.", String(count)))
        return made
    }

    private func drawPreview(_ cr: OpaquePointer, width: Double, height: Double) {
        guard let report else { return }
        // A soft edge around the white page, so it reads as paper in light and dark alike.
        let scale = min(width / PaginatedReport.pageWidth, height / PaginatedReport.pageHeight)
        let w = PaginatedReport.pageWidth * scale, h = PaginatedReport.pageHeight * scale
        cairo_set_source_rgba(cr, 0, 0, 0, 0.25)
        cairo_rectangle(cr, (width - w) / 2 - 1, (height - h) / 2 - 1, w + 2, h + 2)
        cairo_fill(cr)
        report.drawPreview(page: 0, on: cr, width: width, height: height)
    }
}
