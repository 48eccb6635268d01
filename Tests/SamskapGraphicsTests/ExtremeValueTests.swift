import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// Every chart and the report survive any value the store can hold: the largest a measurement may have, values far
/// beyond it that arrived another way, infinities and NaN, as baseline, target and measurements alike.
final class ExtremeValueTests: XCTestCase {
    private static let extremes: [Double] = [1e15, -1e15, 1e19, -9.3e18, 1e308, -1e308, .greatestFiniteMagnitude,
                                             .infinity, -.infinity, .nan, 5e-324, -0.0]

    /// The rich fixture with one extreme value in every numeric place of its indicators and measurements.
    private func document(with value: Double) -> ProjectDocument {
        var doc = ChartFixtures.rich()
        for i in doc.indicators.indices {
            doc.indicators[i].baseline = ReferencePoint(value: i % 2 == 0 ? value : 0, date: Fixtures.day("2025-01-01"))
            doc.indicators[i].target = ReferencePoint(value: i % 3 == 0 ? 1 : value, date: Fixtures.day("2026-12-31"))
        }
        for i in doc.measurements.indices where i % 2 == 0 { doc.measurements[i].value = value }
        return doc
    }

    func testEveryChartDrawsEveryExtremeValue() throws {
        let model = ChartFixtures.model()
        for value in Self.extremes {
            let data = ChartData(document: document(with: value), model: model)
            for kind in ChartKind.allCases {
                for (width, height) in [(600, 330), (1920, 1080)] {
                    let drawn = ChartExport.raster(kind, data: data, width: width, height: height, theme: .light, language: .nb)
                    XCTAssertEqual(drawn.raster.width, width, "\(kind) with \(value)")
                }
                let svg = try ChartExport.svgData(kind, data: data, width: 800, height: 500, theme: .dark, language: .en)
                let text = String(decoding: svg.bytes, as: UTF8.self)
                XCTAssertFalse(text.contains("nan") || text.contains("inf\""), "\(kind) with \(value) wrote a non-number into the SVG")
            }
        }
    }

    func testTheReportLaysOutEveryExtremeValue() throws {
        for value in Self.extremes {
            let report = ReportExporter.paginate(document: document(with: value), model: ChartFixtures.model(), language: .nb)
            XCTAssertGreaterThan(report.pageCount, 2, "\(value)")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extreme-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let info = try ReportExporter.write(report, toPDF: folder.appendingPathComponent("r.pdf"))
            XCTAssertGreaterThan(info.byteCount, 10_000, "\(value)")
        }
    }
}
