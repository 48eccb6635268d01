import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// A small reference image per chart catches visual regressions. `SAMSKAP_UPDATE_REFERENCES=1` rewrites them;
/// a failing comparison leaves the actual image in /tmp/samskap-reference-actual for a look.
final class ReferenceImageTests: XCTestCase {
    static let width = 480
    static let height = 300
    /// Per channel, out of 255: absorbs antialiasing differences between font library builds.
    static let tolerance = 40
    /// Share of pixels allowed beyond the tolerance.
    static let maxShare = 0.01

    private var referenceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Reference")
    }

    func testChartsMatchTheirReferenceImages() throws {
        let update = ProcessInfo.processInfo.environment["SAMSKAP_UPDATE_REFERENCES"] == "1"
        let data = ChartFixtures.richData()
        let actualFolder = URL(fileURLWithPath: "/tmp/samskap-reference-actual")
        for kind in ChartKind.allCases {
            let (raster, _) = ChartExport.raster(kind, data: data, width: Self.width, height: Self.height, theme: .light, language: .nb)
            let url = referenceFolder.appendingPathComponent("\(kind.rawValue).png")
            if update {
                try FileManager.default.createDirectory(at: referenceFolder, withIntermediateDirectories: true)
                try raster.writePNG(to: url)
                continue
            }
            guard let reference = ChartRaster(pngAt: url) else {
                XCTFail("no reference image for \(kind.rawValue); run with SAMSKAP_UPDATE_REFERENCES=1")
                continue
            }
            let differing = raster.differingPixels(from: reference, tolerance: Self.tolerance) ?? raster.pixels.count
            let share = Double(differing) / Double(raster.pixels.count)
            if share > Self.maxShare {
                try FileManager.default.createDirectory(at: actualFolder, withIntermediateDirectories: true)
                try raster.writePNG(to: actualFolder.appendingPathComponent("\(kind.rawValue).png"))
                XCTFail("\(kind.rawValue): \(String(format: "%.2f", share * 100)) % of pixels differ from the reference; actual image in \(actualFolder.path)")
            }
        }
    }

    func testComparisonNoticesAChange() {
        let data = ChartFixtures.richData()
        let a = ChartExport.raster(.model, data: data, width: Self.width, height: Self.height, theme: .light, language: .nb).raster
        let b = ChartExport.raster(.model, data: data, width: Self.width, height: Self.height, theme: .dark, language: .nb).raster
        XCTAssertEqual(a.differingPixels(from: a, tolerance: 0), 0)
        XCTAssertGreaterThan(Double(a.differingPixels(from: b, tolerance: Self.tolerance) ?? 0) / Double(a.pixels.count), Self.maxShare)
    }
}
