import FoundationEssentials
import SamskapCore
import SamskapStore

/// Measurements to and from CSV files in the window, through the desktop's file chooser and `MeasurementCSV`.
///
/// Real-window tests cannot drive a native chooser: `SAMSKAP_TEST_IMPORT_CSV` and `SAMSKAP_TEST_EXPORT_CSV`
/// name the file to use instead of asking.
@MainActor
enum MeasurementFiles {
    /// Asks for a CSV file and imports its measurements as one undoable step; errors say line and column.
    static func importCSV(window: MainWindow) {
        choose(window: window, save: false) { url in
            let panel = window.page(ImpactPage.self)?.indicators
            let language = Translations.language
            do {
                let data = try Data(contentsOf: url)
                let plan = try MeasurementCSV.changes(importing: data, into: window.state.document)
                // One step and one transaction: the file gets the whole import or, on a disk error, none of it.
                if !plan.changes.isEmpty, !window.perform(plan.changes) { return }
                panel?.report(plan.message(language), error: false)
                window.toast.show(plan.message(language))
            } catch let error as CSVImportError {
                panel?.report(trf("Nothing was imported from %1$s. %2$s", url.lastPathComponent, error.message(language)), error: true)
            } catch {
                panel?.report(trf("Could not read %1$s: %2$s", url.lastPathComponent, error.readableDescription(language)), error: true)
            }
        }
    }

    /// Asks where to save and writes every measurement of the project as CSV.
    static func exportCSV(window: MainWindow) {
        choose(window: window, save: true) { url in
            var target = url
            if target.pathExtension.lowercased() != "csv" { target.appendPathExtension("csv") }
            let text = MeasurementCSV.export(window.state.document, language: Translations.language)
            do {
                // Measurements name who reported them: the owner's alone.
                try ExportTarget(target, protecting: window.state.url.map { [$0] } ?? []).write(Array(text.utf8), privacy: .personal)
                let message = trf("Saved %1$s measurements in %2$s", "\(window.state.document.measurements.count)", target.lastPathComponent)
                window.page(ImpactPage.self)?.indicators.report(message, error: false)
                window.toast.show(message)
            } catch {
                let reason = error.readableDescription(Translations.language)
                window.page(ImpactPage.self)?.indicators.report(
                    error is ExportTargetError ? reason : trf("Could not save %1$s: %2$s", target.lastPathComponent, reason), error: true)
            }
        }
    }

    private static func choose(window: MainWindow, save: Bool, _ chosen: @escaping @MainActor (URL) -> Void) {
        let override = ProcessEnvironment.value(save ? "SAMSKAP_TEST_EXPORT_CSV" : "SAMSKAP_TEST_IMPORT_CSV") ?? ""
        if !override.isEmpty {
            chosen(URL(fileURLWithPath: override))
            return
        }
        let title = save ? tr("Export measurements") : tr("Import measurements")
        let csv = FileChoosers.Filter(name: tr("CSV files"), patterns: ["*.csv", "*.CSV"], mimeTypes: ["text/csv"])
        FileChoosers.run(title: title, parent: window.window, action: save ? .save : .open,
                         accept: save ? tr("_Save") : tr("_Open"), filter: csv,
                         suggestedName: save ? trf("%1$s – measurements.csv", window.state.document.project.name) : nil, chosen)
    }
}
