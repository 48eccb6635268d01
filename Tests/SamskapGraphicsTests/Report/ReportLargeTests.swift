import Foundation
import SamskapCore
import TestSupport
import XCTest
@testable import SamskapGraphics

/// A generated project with 300 indicators: the overview table runs over many pages, repeats its header row
/// on each, and lists every indicator exactly once.
final class ReportLargeTests: XCTestCase {
    func testThreeHundredIndicatorsMakeAMultiPageTableWithRepeatedHeader() throws {
        let model = try ReportTestSupport.model(.nb)
        let document = LargeProject.make(model: model, partners: 30, indicators: 300, measurements: 1_500, rounds: 3, respondentsPerRound: 8)
        let url = try ReportTestSupport.scratch("large").appendingPathComponent("stor.pdf")
        let info = try ReportExporter.exportPDF(document: document, model: model, to: url, language: .nb,
                                                sections: [.results], date: ReportTestSupport.date)
        XCTAssertEqual(try ReportTestSupport.info(url)["Pages"], String(info.pageCount))

        let overview = try XCTUnwrap(info.headings.first { $0.title == "Oversikt over indikatorene" })
        let details = try XCTUnwrap(info.headings.first { $0.title == "Indikator for indikator" })
        XCTAssertGreaterThan(details.page - overview.page, 3, "a multi-page table")

        // The table's text: from its heading on its first page to the next heading on the last page.
        var tableText = ""
        var pagesWithRows = 0
        for page in overview.page...details.page {
            var text = ReportTestSupport.flat(try ReportTestSupport.text(url, first: page, last: page))
            if page == overview.page, let r = text.range(of: "Oversikt over indikatorene") { text = String(text[r.upperBound...]) }
            if page == details.page, let r = text.range(of: "Indikator for indikator") { text = String(text[..<r.lowerBound]) }
            let rows = document.indicators.filter { text.contains($0.name) }.count
            guard rows > 0 else { continue }
            pagesWithRows += 1
            for label in ["Indikator", "Nivå", "Utgangspunkt", "Mål", "Siste måling", "Status"] {
                XCTAssertTrue(text.contains(label), "page \(page) lacks the header \(label)")
            }
            XCTAssertEqual(text.components(separatedBy: "Utgangspunkt").count - 1, 1, "page \(page): one header row")
            tableText += " " + text
        }
        XCTAssertGreaterThan(pagesWithRows, 3)
        for indicator in document.indicators {
            let count = tableText.components(separatedBy: indicator.name + " ").count - 1
            XCTAssertEqual(count, 1, "\(indicator.name) appears \(count) times in the table")
        }
    }
}
