import Foundation
import CCairo
import SamskapCore
import TestSupport
import XCTest
@testable import SamskapGraphics

/// The layout engine without a PDF: pagination rules, numbers, section names and the drawing API.
final class ReportLayoutTests: XCTestCase {
    private let factory = TextFactory(language: .nb)

    func testParagraphSplitsWithoutWidowsOrOrphans() {
        let text = Array(repeating: "Samskaping krever tid, tillit og tålmodighet fra alle som er med.", count: 80).joined(separator: " ")
        let box = factory.box(text, font: .body, width: ReportStyle.bodyWidth)
        let filler = factory.box(Array(repeating: "Fyll", count: 700).joined(separator: " "), font: .body, width: ReportStyle.bodyWidth)
        let destinations = DestinationTable()
        let paginator = Paginator(destinations: destinations)
        paginator.layout([.text(TextBlock(box: filler)), .text(TextBlock(box: box))])
        XCTAssertGreaterThanOrEqual(paginator.pages.count, 2)
        XCTAssertGreaterThan(box.lines.count, 4)
        // Every line is on some page exactly once: the painters drew lines whose heights sum to the box.
        XCTAssertEqual(box.height(of: 0..<box.lines.count), box.height, accuracy: 0.01)
    }

    func testHeadingIsNeverLastOnAPage() {
        let builder = ReportBuilder(document: Fixtures.smallDocument(), model: Fixtures.model(), language: .nb,
                                    date: ReportTestSupport.date, factory: factory)
        builder.heading(1, "Kapittel")
        // Fill the page almost to the bottom, then a heading and a paragraph that cannot both fit.
        for _ in 0..<38 { builder.paragraph("En linje.") }
        builder.heading(2, "Overskrift som må følge teksten")
        builder.paragraph(Array(repeating: "Tekst som hører til overskriften.", count: 12).joined(separator: " "))
        let destinations = DestinationTable()
        let paginator = Paginator(destinations: destinations)
        paginator.layout(builder.takeBlocks())
        let heading = try! XCTUnwrap(destinations.entries.first { $0.title.hasPrefix("Overskrift") })
        let room = ReportStyle.bodyBottom - heading.y
        XCTAssertGreaterThan(room, 60, "the heading was left at the foot of page \(heading.page + 1)")
    }

    /// A heading over a short lead-in that goes over with its table (as «Forskjeller å ta opp» does) is never left
    /// behind at a page's foot, wherever on the page the heading falls.
    func testHeadingOverALeadInGoesWithIt() {
        for fill in 30..<46 {
            let builder = ReportBuilder(document: Fixtures.smallDocument(), model: Fixtures.model(), language: .nb,
                                        date: ReportTestSupport.date, factory: factory)
            builder.heading(1, "Kapittel")
            for _ in 0..<fill { builder.paragraph("En linje.") }
            builder.heading(2, "Forskjeller å ta opp")
            builder.paragraph("En innledning på én linje til tabellen.", keepWithNext: true)
            builder.table([.init(share: 0.5), .init(share: 0.5)], header: ["Felt", "Gap"], rows: (1...6).map { [.text("Felt \($0)"), .text("\($0)")] })
            let destinations = DestinationTable()
            let paginator = Paginator(destinations: destinations)
            paginator.layout(builder.takeBlocks())
            let heading = try! XCTUnwrap(destinations.entries.first { $0.title.hasPrefix("Forskjeller") })
            XCTAssertGreaterThan(ReportStyle.bodyBottom - heading.y, 80, "with \(fill) lines above, the heading was left at the foot of its page")
        }
    }

    func testTableRepeatsHeaderOnEveryPage() {
        let builder = ReportBuilder(document: Fixtures.smallDocument(), model: Fixtures.model(), language: .nb,
                                    date: ReportTestSupport.date, factory: factory)
        builder.table([.init(share: 0.5), .init(share: 0.5)], header: ["Navn", "Verdi"],
                      rows: (1...200).map { [.text("Rad \($0)"), .text("\($0)")] })
        let blocks = builder.takeBlocks()
        guard case let .table(table) = blocks[0] else { return XCTFail("not a table") }
        let paginator = Paginator(destinations: DestinationTable())
        paginator.layout(blocks)
        XCTAssertGreaterThan(paginator.pages.count, 3)
        // Each page holds a header painter plus row painters: header rows = pages.
        let perPage = paginator.pages.map(\.count)
        XCTAssertEqual(perPage.reduce(0, +), 200 + 4 * paginator.pages.count, "rows + (table tag opened, header fill, header cells, table tag closed) per page")
        XCTAssertEqual(table.rows.count, 200)
    }

    func testNumbersAndDatesInBothLanguages() {
        let nb = ReportFormat(language: .nb), en = ReportFormat(language: .en)
        XCTAssertEqual(nb.number(12_345.5, decimals: 1), "12\u{202F}345,5")
        XCTAssertEqual(en.number(12_345.5, decimals: 1), "12,345.5")
        XCTAssertEqual(nb.number(-2), "\u{2212}2")
        XCTAssertEqual(nb.number(1234), "1234", "four digits stay ungrouped, as in Norwegian print")
        XCTAssertEqual(nb.score(3), "3,0")
        XCTAssertEqual(nb.value(35, unit: "%"), "35\u{00A0}%")
        XCTAssertEqual(nb.longDate(ReportTestSupport.date), "1. mars 2026")
        XCTAssertEqual(en.longDate(ReportTestSupport.date), "1 March 2026")
        XCTAssertEqual(nb.list(["a", "b", "c"]), "a, b og c")
    }

    func testSectionListParsing() {
        let parsed = ReportSection.parseList("results, sammendrag,Method,resultater")
        XCTAssertEqual(parsed.sections, [.summary, .results, .method])
        XCTAssertEqual(parsed.unknown, [])
        XCTAssertEqual(ReportSection.parseList("summary,budget").unknown, ["budget"])
    }

    func testPagesDrawOnAnImageSurfaceForPreview() throws {
        let report = ReportExporter.paginate(document: Fixtures.smallDocument(model: Fixtures.model()), model: Fixtures.model(),
                                             language: .en, date: ReportTestSupport.date)
        XCTAssertGreaterThan(report.pageCount, 5)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 210, 297)!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        report.drawPreview(page: 0, on: cr, width: 210, height: 297)
        report.draw(page: report.pageCount + 3, on: cr) // out of range: nothing, no crash
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        XCTAssertEqual(cairo_surface_status(surface), CAIRO_STATUS_SUCCESS)
        // Something other than white was painted (the title band).
        let data = cairo_image_surface_get_data(surface)!
        let stride = Int(cairo_image_surface_get_stride(surface))
        let pixel = data.advanced(by: 2 * stride + 100 * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        XCTAssertNotEqual(pixel & 0xFFFFFF, 0xFFFFFF)
    }
}
