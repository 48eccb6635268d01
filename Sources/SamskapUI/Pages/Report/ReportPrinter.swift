import CGtk
import FoundationEssentials
import SamskapGraphics
import SamskapGtk

/// Prints a laid-out report with `GtkPrintOperation`: one printed page per report page, drawn by the same
/// `PaginatedReport.draw(page:on:)` as the PDF, scaled from points to the printer's resolution.
///
/// With `SAMSKAP_EXPORT_PATH` set the operation exports to that PDF file without a dialog (tests).
@MainActor
enum ReportPrinter {
    /// Runs the print dialog (or the export); returns a message when printing failed.
    static func run(_ report: PaginatedReport, parent: Widget, jobName: String) -> String? {
        guard let operation = gtk_print_operation_new() else { return tr("Printing is not available.") }
        defer { g_object_unref(operation.raw) }
        gtk_print_operation_set_n_pages(operation, Int32(report.pageCount))
        gtk_print_operation_set_job_name(operation, jobName)
        // The report draws its own margins: the page's origin is the paper's corner.
        gtk_print_operation_set_use_full_page(operation, 1)
        if let setup = gtk_page_setup_new(), let a4 = gtk_paper_size_new(GTK_PAPER_NAME_A4) {
            gtk_page_setup_set_paper_size_and_default_margins(setup, a4)
            gtk_print_operation_set_default_page_setup(operation, setup)
            gtk_paper_size_free(a4)
            g_object_unref(setup.raw)
        }
        let drawPage: @MainActor (OpaquePointer, Int32) -> Void = { context, page in
            guard let cr = gtk_print_context_get_cairo_context(context) else { return }
            let scaleX = gtk_print_context_get_dpi_x(context) / 72
            let scaleY = gtk_print_context_get_dpi_y(context) / 72
            cairo_save(cr)
            cairo_scale(cr, scaleX, scaleY)
            report.draw(page: Int(page), on: cr)
            cairo_restore(cr)
        }
        connectDrawPage(operation, drawPage)

        var error: UnsafeMutablePointer<GError>?
        let exportPath = ProcessInfo.processInfo.environment["SAMSKAP_EXPORT_PATH"] ?? ""
        let action = exportPath.isEmpty ? GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG : GTK_PRINT_OPERATION_ACTION_EXPORT
        if !exportPath.isEmpty { gtk_print_operation_set_export_filename(operation, exportPath) }
        let result = gtk_print_operation_run(operation, action, samskap_window(parent), &error)
        if result == GTK_PRINT_OPERATION_RESULT_ERROR {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "?"
            if let error { g_error_free(error) }
            return trf("The report could not be printed (%1$s). Check the printer and try again.", reason)
        }
        return nil
    }

    private typealias DrawPage = @MainActor (OpaquePointer, Int32) -> Void

    /// Connects `draw-page` (operation, context, page number).
    private static func connectDrawPage(_ operation: UnsafeMutablePointer<GtkPrintOperation>, _ handler: @escaping DrawPage) {
        let trampoline: @convention(c) (gpointer?, OpaquePointer?, Int32, gpointer?) -> Void = { _, context, page, data in
            guard let data, let context else { return }
            let function = HandlerBox<DrawPage>.function(data)
            MainActor.assumeIsolated { function(context, page) }
        }
        Signals.attach(operation, "draw-page", trampoline, handler)
    }
}
