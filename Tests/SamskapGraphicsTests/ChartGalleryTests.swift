import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// Writes every chart to /tmp/charts for a human to look at, when `SAMSKAP_CHART_GALLERY=1`.
final class ChartGalleryTests: XCTestCase {
    func testWriteGallery() throws {
        guard ProcessInfo.processInfo.environment["SAMSKAP_CHART_GALLERY"] == "1" else { throw XCTSkip("set SAMSKAP_CHART_GALLERY=1") }
        let folder = URL(fileURLWithPath: "/tmp/charts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let rich = ChartFixtures.richData(selection: ChartSelection(partnerID: Fixtures.id(13)))
        let model = ModelFixture.realOrFixture(.nb)
        let large = ChartData(document: LargeProject.make(model: model, partners: 200, indicators: 1000, measurements: 20_000), model: model)
        // The demo project at the sizes the PDF report uses (PDF, for a look at twice the resolution with pdftoppm).
        let demo = ChartData(document: try ReportTestSupport.demo(), model: try ReportTestSupport.model(.nb))
        for kind in ChartKind.allCases {
            for (w, h) in [(470, 290), (470, 250), (470, 200), (480, 270), (1000, 400), (400, 400)] {
                try ChartExport.write(kind, data: demo, to: folder.appendingPathComponent("report-\(kind.rawValue)-\(w)x\(h).pdf"),
                                      width: Double(w), height: Double(h), theme: .light, language: .nb)
            }
        }
        for kind in ChartKind.allCases {
            for (w, h) in [(1280, 800), (3840, 2160), (800, 600)] {
                for theme in [ChartTheme.light, .dark, .contrast] where !(theme == .contrast && w != 1280) {
                    try ChartExport.raster(kind, data: rich, width: w, height: h, theme: theme, language: .nb).raster
                        .writePNG(to: folder.appendingPathComponent("\(kind.rawValue)-\(w)-\(theme.rawValue).png"))
                }
            }
            try ChartExport.raster(kind, data: ChartFixtures.emptyData(), width: 1280, height: 800, theme: .light, language: .nb).raster
                .writePNG(to: folder.appendingPathComponent("\(kind.rawValue)-empty.png"))
            try ChartExport.raster(kind, data: large, width: 1280, height: 800, theme: .light, language: .nb).raster
                .writePNG(to: folder.appendingPathComponent("\(kind.rawValue)-large.png"))
            try ChartExport.raster(kind, data: ChartFixtures.richData(.en), width: 1280, height: 800, theme: .light, language: .en).raster
                .writePNG(to: folder.appendingPathComponent("\(kind.rawValue)-en.png"))
        }
        // Every picture a person is meant to look at was written and reads back at its size.
        for kind in ChartKind.allCases {
            let png = folder.appendingPathComponent("\(kind.rawValue)-3840-light.png")
            let raster = try XCTUnwrap(ChartRaster(pngAt: png), "\(png.path) was not written")
            XCTAssertEqual(raster.width, 3840)
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report-\(kind.rawValue)-470x290.pdf").path))
        }
    }
}
