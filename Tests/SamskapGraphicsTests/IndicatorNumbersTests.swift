import CCairo
import Foundation
import SamskapCore
import TestSupport
import XCTest
@testable import SamskapGraphics

/// The indicator chart carries its numbers: values on a y axis, dates on the x axis, baseline, latest and target in
/// full with thousands apart, and a word for every level it had no room for.
final class IndicatorNumbersTests: XCTestCase {
    private func labels(width: Int, height: Int, _ document: ProjectDocument = ChartFixtures.rich(), language: Language = .nb) -> [ChartLabel] {
        let data = ChartData(document: document, model: ChartFixtures.model(language))
        return ChartExport.raster(.indicators, data: data, width: width, height: height, theme: .light, language: language).layout.labels
    }

    func testNumbersAreGroupedByThousandsInEachLanguage() {
        XCTAssertEqual(ChartStrings.number(430_000, .nb), "430\u{202F}000")
        XCTAssertEqual(ChartStrings.number(430_000, .en), "430,000")
        XCTAssertEqual(ChartStrings.number(4_300, .nb), "4300", "four digits stay together")
        XCTAssertEqual(ChartStrings.number(-12_345.5, .nb), "\u{2212}12\u{202F}345,5")
        XCTAssertEqual(ChartStrings.number(-0.001, .en), "0", "a value that rounds to zero has no sign")
        XCTAssertEqual(ChartStrings.number(.infinity, .nb), "–")
    }

    func testAxisTicksAreRoundAndCoverTheValues() {
        let scale = AxisScale(lo: 3, hi: 68)
        XCTAssertEqual(scale.ticks, [0, 50, 100])
        XCTAssertLessThanOrEqual(scale.lower, 3)
        XCTAssertGreaterThanOrEqual(scale.upper, 68)
        let flat = AxisScale(lo: 5, hi: 5)
        XCTAssertTrue(flat.lower < 5 && flat.upper > 5, "a flat series gets room above and below: \(flat.ticks)")
        XCTAssertEqual(AxisScale(lo: 0, hi: 0).lower, 0, "a series at zero starts at zero")
        XCTAssertEqual(AxisScale(lo: 0, hi: 2_000_000).ticks, [0, 1_000_000, 2_000_000])
    }

    func testEveryPanelShowsItsAxisDatesAndFullSummary() {
        let drawn = labels(width: 1280, height: 800)
        let texts = drawn.map(\.fullText)
        XCTAssertTrue(texts.contains("2\u{202F}000\u{202F}000"), "the y axis of the kroner indicator: \(texts)")
        XCTAssertTrue(texts.contains("1.1.2025"), "the first date under a plot")
        XCTAssertTrue(texts.contains { $0.hasPrefix("Utgangspunkt 0") && $0.contains("Mål 2\u{202F}000\u{202F}000 (31.12.2027)") }, "\(texts)")
        for label in drawn where label.fullText.hasPrefix("Utgangspunkt") {
            XCTAssertFalse(label.isTruncated, "«\(label.fullText)» is cut")
            XCTAssertGreaterThanOrEqual(label.fontSize, 9.99, "«\(label.fullText)» shrank below the smallest size")
        }
    }

    func testALevelWithNoRoomIsNamed() {
        let texts = labels(width: 480, height: 300).map(\.fullText)
        XCTAssertTrue(texts.contains { $0.hasPrefix("Ikke vist:") && $0.contains("Samfunnsverdi (1)") }, "\(texts)")
    }

    /// At the report's size the results chain cuts no name: levels share one size, and a long indicator name wraps.
    func testTheResultsChainAtTheReportsSizeCutsNoName() throws {
        let data = ChartData(document: try ReportTestSupport.demo(), model: try ReportTestSupport.model(.nb))
        // Drawn as the report draws it: on a PDF page, in points (a PDF surface with no file behind it).
        let pdf = cairo_pdf_surface_create(nil, 480, 260)!
        defer { cairo_surface_destroy(pdf) }
        let cr = cairo_create(pdf)!
        defer { cairo_destroy(cr) }
        let labels = ChartRenderer.draw(.resultsChain, data: data, context: cr, width: 480, height: 260, theme: .light, language: .nb).labels
        XCTAssertEqual(labels.filter(\.isTruncated).map(\.fullText), [])
        let levels = labels.filter { ["Innsatsfaktorer", "Resultat", "Virkning", "Effekt", "Samfunnsverdi"].contains($0.fullText) }
        XCTAssertEqual(levels.count, 5)
        XCTAssertEqual(Set(levels.map { ($0.fontSize * 10).rounded() }).count, 1, "the level names differ in size")
        XCTAssertTrue(labels.contains { $0.fullText == "1 av 5 i rute" }, "\(labels.map(\.fullText))")
    }
}
