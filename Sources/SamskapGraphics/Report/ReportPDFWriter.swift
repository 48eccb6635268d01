import CCairo
import FoundationEssentials
import Glibc
import SamskapCore

/// Writes a paginated report as a PDF: pages, document information, outline (bookmarks) and links.
enum ReportPDFWriter {
    /// Writes the report to `url` through `ExportTarget`: never over a folder, a project file or `sources`.
    static func write(_ report: PaginatedReport, to url: URL, protecting sources: [URL]) throws -> ReportInfo {
        let target = try ExportTarget(url, protecting: sources)
        try target.write(privacy: .shared) { temporary in try writePages(of: report, to: temporary, display: url.path) }
        var info = stat()
        let size = stat(target.path, &info) == 0 ? Int(info.st_size) : 0
        return ReportInfo(url: url, pageCount: report.pageCount, headings: report.headings, byteCount: size)
    }

    private static func writePages(of report: PaginatedReport, to path: String, display: String) throws {
        guard let sink = PDFFileSink(path: path) else { throw ReportError.cannotWrite(display, String(cString: strerror(errno))) }
        guard let surface = sink.surface(width: PaginatedReport.pageWidth, height: PaginatedReport.pageHeight) else {
            throw ReportError.cannotWrite(display, "cairo")
        }
        // The sink lives until the surface is gone: destroying an unfinished surface still writes.
        defer { withExtendedLifetime(sink) { cairo_surface_destroy(surface) } }
        var status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw ReportError.cannotWrite(display, String(cString: cairo_status_to_string(status))) }
        let meta = report.metadata
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, meta.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, meta.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, meta.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, meta.keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, meta.creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, meta.creationDate)

        let cr = cairo_create(surface)!
        let alternatives = FigureAlternatives()
        // One document element holds the structure of every page, in reading order.
        cairo_tag_begin(cr, "Document", "")
        for index in 0..<report.pageCount {
            report.draw(page: index, on: cr, alternatives: alternatives)
            if index == report.pageCount - 1 { cairo_tag_end(cr, "Document") }
            cairo_show_page(cr)
        }
        addOutline(of: report, to: surface)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        if let failure = sink.failure { throw ReportError.cannotWrite(display, String(cString: strerror(failure))) }
        status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw ReportError.cannotWrite(display, String(cString: cairo_status_to_string(status))) }
        try finishTagging(path, language: report.language, alternatives: alternatives.texts, display: display)
    }

    /// Adds the language, the figures' alternative texts and the title display that cairo cannot write.
    private static func finishTagging(_ path: String, language: Language, alternatives: [String], display: String) throws {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
            throw ReportError.cannotWrite(display, error.readableDescription(.en))
        }
        let finished: [UInt8]
        do {
            finished = try TaggedPDFFinisher.finish(bytes, languageTag: language.bcp47Tag, alternatives: alternatives)
        } catch {
            throw ReportError.cannotWrite(display, "PDF structure: \(error)")
        }
        do { try Data(finished).write(to: URL(fileURLWithPath: path)) } catch {
            throw ReportError.cannotWrite(display, error.readableDescription(.en))
        }
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
