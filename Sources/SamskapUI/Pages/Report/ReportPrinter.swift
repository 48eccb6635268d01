import FoundationEssentials
import SamskapGraphics
import SamskapGtk

/// Prints a laid-out report (see `Printing`): one printed page per report page, drawn by the same
/// `PaginatedReport.draw(page:on:)` as the PDF.
///
/// With `SAMSKAP_EXPORT_PATH` set the operation exports to that PDF file without a dialog (tests).
@MainActor
enum ReportPrinter {
    /// Runs the print dialog (or the export); returns a message when printing failed.
    static func run(_ report: PaginatedReport, parent: Widget, jobName: String) -> String? {
        let exportPath = ProcessInfo.processInfo.environment["SAMSKAP_EXPORT_PATH"]
        switch Printing.run(pages: report.pageCount, jobName: jobName, parent: parent, exportPath: exportPath, { cr, page in
            report.draw(page: page, on: cr)
        }) {
        case .done: return nil
        case .unavailable: return tr("Printing is not available.")
        case .failed(let reason): return trf("The report could not be printed (%1$s). Check the printer and try again.", reason)
        }
    }
}
