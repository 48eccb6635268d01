import FoundationEssentials
import SamskapCore
import SamskapGraphics
import SamskapGtk

extension ReportPage {
    /// Asks where to save the report and writes it as PDF; says how it went under the buttons and in a toast.
    func exportPDF() {
        FieldMessage.show(errorLabel, on: nil, nil)
        guard let report = currentReport() else { return }
        // Named in the language the user works in, whatever language the report is written in.
        let suggested = ExportDestination.fileName(trf("%1$s – report", window.state.document.project.name), fileExtension: "pdf")
        ExportDestination.choose(parent: window.window, title: tr("Export the report as PDF"), suggestedName: suggested,
                                 filterName: tr("PDF documents"), fileExtension: "pdf") { [weak self] url in
            guard let self else { return }
            do {
                let info = try ReportExporter.write(report, toPDF: url, protecting: self.window.state.url.map { [$0] } ?? [])
                self.window.toast.show(trf("Saved the report (%1$s pages) as %2$s", String(info.pageCount), url.lastPathComponent))
            } catch {
                let message = (error as? UserFacingError)?.message(Translations.language)
                    ?? trf("Could not write the report to “%1$s” (%2$s). Choose a folder you can write to and try again.",
                           url.path, error.readableDescription(Translations.language))
                FieldMessage.show(self.errorLabel, on: nil, message)
                self.window.toast.show(message)
            }
        }
    }

    /// Prints the report through the desktop's print dialog (GtkPrintOperation).
    func printReport() {
        FieldMessage.show(errorLabel, on: nil, nil)
        guard let report = currentReport() else { return }
        if let message = ReportPrinter.run(report, parent: window.window, jobName: window.state.document.project.name) {
            FieldMessage.show(errorLabel, on: nil, message)
            window.toast.show(message)
        }
    }
}
