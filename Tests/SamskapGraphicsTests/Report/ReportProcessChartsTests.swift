import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The process charts on the report's page carry their names in full and their numbers, so that the text of the PDF
/// (what a screen reader and a search find) holds them.
final class ReportProcessChartsTests: XCTestCase {
    private func reportText(_ language: Language) throws -> (text: String, data: ChartData) {
        let document = try ReportTestSupport.demo()
        let model = try ReportTestSupport.model(language)
        let folder = try ReportTestSupport.scratch("process-charts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("r.pdf")
        try ReportExporter.exportPDF(document: document, model: model, to: url, language: language, sections: [.process],
                                     date: ReportTestSupport.date)
        let text = try ReportTestSupport.run("pdftotext", ["-raw", url.path, "-"])
        return (text, ChartData(document: document, model: model))
    }

    private func score(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
        return language.isNorwegian ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func testTheTrendShowsEveryFieldAndValueWithItsFirstAndLatestExperience() throws {
        for language in [Language.nb, .en] {
            let (text, data) = try reportText(language)
            XCTAssertGreaterThan(data.rounds.count, 1, "the demo has several rounds")
            for dimension in data.model.fields + data.model.values {
                let series = data.results.compactMap { $0.result(dimension.id)?.experienceMean }
                guard let first = series.first, let last = series.last else { continue }
                let expected = "\(dimension.number). \(dimension.name) \(score(first, language)) → \(score(last, language))"
                XCTAssertTrue(text.contains(expected), "\(language): «\(expected)» is not in the report's trend")
            }
        }
    }

    func testTheDivergenceChartNamesEveryRowInFull() throws {
        let (text, data) = try reportText(.nb)
        let start = try XCTUnwrap(text.range(of: "Hvor er vi uenige?"))
        let chart = text[start.upperBound...].prefix(3_000)
        for dimension in data.model.allDimensions where dimension.name.count > 20 {
            XCTAssertTrue(chart.contains(dimension.name), "«\(dimension.name)» is cut in the divergence chart")
        }
        XCTAssertFalse(chart.contains("…"), "a name in the divergence chart is cut")
    }

    /// No heading is the last text of its page: what it heads follows on the same page (the demo left «Forskjeller å
    /// ta opp» alone at a page's foot, its lead-in and table on the next).
    func testNoHeadingEndsAPage() throws {
        let document = try ReportTestSupport.demo()
        let folder = try ReportTestSupport.scratch("headings")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("r.pdf")
        let info = try ReportExporter.exportPDF(document: document, model: try ReportTestSupport.model(.nb), to: url, language: .nb,
                                                date: ReportTestSupport.date)
        for heading in info.headings where !heading.number.isEmpty {
            let page = try ReportTestSupport.run("pdftotext", ["-raw", "-f", "\(heading.page)", "-l", "\(heading.page)", url.path, "-"])
            // The footer's two lines («Laget …», «Side N av M») close every page.
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let body = lines.dropLast(2)
            XCTAssertNotEqual(body.last, "\(heading.number) \(heading.title)", "«\(heading.title)» ends page \(heading.page)")
        }
    }
}
