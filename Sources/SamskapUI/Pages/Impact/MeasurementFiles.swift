import CGtk
import Foundation
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
                panel?.report(trf("Could not read %1$s: %2$s", url.lastPathComponent, error.localizedDescription), error: true)
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
                try Data(text.utf8).write(to: target, options: .atomic)
                let message = trf("Saved %1$s measurements in %2$s", "\(window.state.document.measurements.count)", target.lastPathComponent)
                window.page(ImpactPage.self)?.indicators.report(message, error: false)
                window.toast.show(message)
            } catch {
                window.page(ImpactPage.self)?.indicators.report(
                    trf("Could not save %1$s: %2$s", target.lastPathComponent, error.localizedDescription), error: true)
            }
        }
    }

    private static func choose(window: MainWindow, save: Bool, _ chosen: @escaping @MainActor (URL) -> Void) {
        let override = ProcessInfo.processInfo.environment[save ? "SAMSKAP_TEST_EXPORT_CSV" : "SAMSKAP_TEST_IMPORT_CSV"] ?? ""
        if !override.isEmpty {
            chosen(URL(fileURLWithPath: override))
            return
        }
        let title = save ? tr("Export measurements") : tr("Import measurements")
        let action = save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN
        guard let native = gtk_file_chooser_native_new(title, samskap_window(window.window), action,
                                                       save ? tr("_Save") : tr("_Open"), tr("_Cancel")) else { return }
        let chooser = samskap_file_chooser(native.raw)
        let filter = gtk_file_filter_new()
        gtk_file_filter_set_name(filter, tr("CSV files"))
        gtk_file_filter_add_pattern(filter, "*.csv")
        gtk_file_filter_add_pattern(filter, "*.CSV")
        gtk_file_filter_add_mime_type(filter, "text/csv")
        gtk_file_chooser_add_filter(chooser, filter)
        g_object_unref(filter?.raw)
        if save {
            let name = window.state.document.project.name
            gtk_file_chooser_set_current_name(chooser, trf("%1$s – measurements.csv", name))
        }
        gtk_native_dialog_set_modal(samskap_native_dialog(native.raw), 1)
        // The handler owns the chooser's only reference and drops it when answered; that releases the handler too.
        Signals.connectWithInteger(native, "response", { response in
            defer { g_object_unref(native.raw) }
            guard response == GTK_RESPONSE_ACCEPT.rawValue,
                  let file = gtk_file_chooser_get_file(samskap_file_chooser(native.raw)) else { return }
            let path = CStrings.take(g_file_get_path(file))
            g_object_unref(file.raw)
            if let path { chosen(URL(fileURLWithPath: path)) }
        })
        gtk_native_dialog_show(samskap_native_dialog(native.raw))
    }
}
