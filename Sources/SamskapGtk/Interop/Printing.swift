import CGtk

/// Prints pages drawn with cairo through `GtkPrintOperation` on A4, one printed page per page drawn, each drawn in points
/// (1/72 inch) from the paper's corner: the drawing brings its own margins.
@MainActor
public enum Printing {
    /// The draw function of one page: cairo context in points, page number from 0.
    public typealias DrawPage = @MainActor (_ cr: OpaquePointer, _ page: Int) -> Void

    /// How a print ended.
    public enum Outcome: Sendable, Equatable {
        /// Printed, exported or cancelled by the user.
        case done
        /// No print operation could be made.
        case unavailable
        /// Printing failed, for the reason GTK gives.
        case failed(String)
    }

    /// Runs the print dialog over `parent`, or, with `exportPath`, writes the pages to that PDF file without one (tests).
    public static func run(pages: Int, jobName: String, parent: Widget, exportPath: String? = nil,
                           _ draw: @escaping DrawPage) -> Outcome {
        guard let operation = gtk_print_operation_new() else { return .unavailable }
        defer { g_object_unref(operation.raw) }
        gtk_print_operation_set_n_pages(operation, Int32(pages))
        gtk_print_operation_set_job_name(operation, jobName)
        gtk_print_operation_set_use_full_page(operation, 1)
        if let setup = gtk_page_setup_new(), let a4 = gtk_paper_size_new(GTK_PAPER_NAME_A4) {
            gtk_page_setup_set_paper_size_and_default_margins(setup, a4)
            gtk_print_operation_set_default_page_setup(operation, setup)
            gtk_paper_size_free(a4)
            g_object_unref(setup.raw)
        }
        connectDrawPage(operation) { context, page in
            guard let cr = gtk_print_context_get_cairo_context(context) else { return }
            let scaleX = gtk_print_context_get_dpi_x(context) / 72
            let scaleY = gtk_print_context_get_dpi_y(context) / 72
            cairo_save(cr)
            cairo_scale(cr, scaleX, scaleY)
            draw(cr, Int(page))
            cairo_restore(cr)
        }

        var error: UnsafeMutablePointer<GError>?
        let exportPath = exportPath ?? ""
        let action = exportPath.isEmpty ? GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG : GTK_PRINT_OPERATION_ACTION_EXPORT
        if !exportPath.isEmpty { gtk_print_operation_set_export_filename(operation, exportPath) }
        let result = gtk_print_operation_run(operation, action, samskap_window(parent), &error)
        guard result == GTK_PRINT_OPERATION_RESULT_ERROR else { return .done }
        let reason = error.map { String(cString: $0.pointee.message) } ?? "?"
        if let error { g_error_free(error) }
        return .failed(reason)
    }

    private typealias ContextPage = @MainActor (OpaquePointer, Int32) -> Void

    /// Connects `draw-page` (operation, context, page number).
    private static func connectDrawPage(_ operation: UnsafeMutablePointer<GtkPrintOperation>, _ handler: @escaping ContextPage) {
        let trampoline: @convention(c) (gpointer?, OpaquePointer?, Int32, gpointer?) -> Void = { _, context, page, data in
            guard let data, let context else { return }
            let function = HandlerBox<ContextPage>.function(data)
            MainActor.assumeIsolated { function(context, page) }
        }
        Signals.attach(operation, "draw-page", trampoline, handler)
    }
}
