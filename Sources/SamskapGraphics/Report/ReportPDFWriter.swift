import CCairo
import FoundationEssentials
import SamskapCore

/// Writes a paginated report as a PDF: pages, document information, outline (bookmarks) and links.
enum ReportPDFWriter {
    static func write(_ report: PaginatedReport, to url: URL) throws -> ReportInfo {
        // Write beside the target and move into place, so a failed export never leaves half a file behind.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        guard let surface = cairo_pdf_surface_create(temporary.path, PaginatedReport.pageWidth, PaginatedReport.pageHeight) else {
            throw ReportError.cannotWrite(url.path, "cairo")
        }
        var status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.cannotWrite(url.path, String(cString: cairo_status_to_string(status)))
        }
        let meta = report.metadata
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, meta.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, meta.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, meta.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, meta.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, meta.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, meta.creationDate)

        let cr = cairo_create(surface)!
        for index in 0..<report.pageCount {
            report.draw(page: index, on: cr)
            cairo_show_page(cr)
        }
        addOutline(of: report, to: surface)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.cannotWrite(url.path, String(cString: cairo_status_to_string(status)))
        }
        do {
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ReportError.cannotWrite(url.path, error.readableDescription(.en))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int
        return ReportInfo(url: url, pageCount: report.pageCount, headings: report.headings, byteCount: size ?? 0)
    }

    /// Bookmarks: chapters at the top level, their sections beneath, each jumping to its heading.
    private static func addOutline(of report: PaginatedReport, to surface: OpaquePointer) {
        var chapter = Int32(CAIRO_PDF_OUTLINE_ROOT)
        for entry in report.destinations.entries where entry.level <= 2 {
            let title = entry.number.isEmpty ? entry.title : "\(entry.number) \(entry.title)"
            let parent = entry.level == 1 ? Int32(CAIRO_PDF_OUTLINE_ROOT) : chapter
            let id = cairo_pdf_surface_add_outline(surface, parent, title, "dest='\(entry.destination)'", CAIRO_PDF_OUTLINE_FLAG_OPEN)
            if entry.level == 1 { chapter = id }
        }
    }
}
