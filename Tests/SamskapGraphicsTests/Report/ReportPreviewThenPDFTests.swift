import CCairo
import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The Report page draws page one as a preview, then writes the same paginated report to PDF: both from one report.
final class ReportPreviewThenPDFTests: XCTestCase {
    func testTheDemoReportWritesAfterItsPreview() throws {
        let document = try ReportTestSupport.demo()
        let report = ReportExporter.paginate(document: document, model: try ReportTestSupport.model(.nb), language: .nb,
                                             date: ReportTestSupport.date)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 210, 297)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        report.drawPreview(page: 0, on: cr, width: 210, height: 297)
        cairo_destroy(cr)
        let folder = try ReportTestSupport.scratch("preview-pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let info = try ReportExporter.write(report, toPDF: folder.appendingPathComponent("r.pdf"))
        XCTAssertEqual(info.pageCount, report.pageCount)
    }
}
