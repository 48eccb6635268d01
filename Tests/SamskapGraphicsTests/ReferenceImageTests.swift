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
    /// Per channel, out of 255: absorbs rounding in antialiased edges, not a colour that moved (a palette change
    /// of 24 fails, `testAMissingLabelOrAChangedPaletteFails`). The references are drawn on the Debian 12 the tests
    /// run on; another font library build redraws them with `SAMSKAP_UPDATE_REFERENCES=1`.
    static let tolerance = 16
    /// Share of pixels allowed beyond the tolerance: 14 of 144 000, fewer than the smallest label has.
    static let maxShare = 0.0001

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
            let share = Self.differingShare(raster, reference)
            if share > Self.maxShare {
                try FileManager.default.createDirectory(at: actualFolder, withIntermediateDirectories: true)
                try raster.writePNG(to: actualFolder.appendingPathComponent("\(kind.rawValue).png"))
                XCTFail("\(kind.rawValue): \(String(format: "%.2f", share * 100)) % of pixels differ from the reference; actual image in \(actualFolder.path)")
            }
        }
    }

    /// The share of pixels of `a` that differ from `b` beyond the tolerance (all of them when the sizes differ).
    static func differingShare(_ a: ChartRaster, _ b: ChartRaster) -> Double {
        Double(a.differingPixels(from: b, tolerance: tolerance) ?? a.pixels.count) / Double(a.pixels.count)
    }

    /// Images changed on purpose the ways a regression changes them: each must fail the comparison.
    func testAMissingLabelOrAChangedPaletteFails() {
        let data = ChartFixtures.richData()
        for kind in [ChartKind.partners, .model, .indicators] {
            let (raster, layout) = ChartExport.raster(kind, data: data, width: Self.width, height: Self.height, theme: .light, language: .nb)
            XCTAssertEqual(Self.differingShare(raster, raster), 0)
            // Every label, erased on its own (painted over with the colour beside its top-left corner).
            let labels = layout.labels.filter { !$0.fullText.trimmingCharacters(in: .whitespaces).isEmpty }
            XCTAssertFalse(labels.isEmpty, "\(kind.rawValue) has labels")
            for label in labels {
                let erased = Self.erasing(label.rect, in: raster)
                XCTAssertGreaterThan(Self.differingShare(erased, raster), Self.maxShare,
                                     "\(kind.rawValue) without its label “\(label.fullText)” passes the comparison")
            }
            // The first colour of the palette moved by 24 of 255 in each channel.
            let first = ChartPalette.light.category(0)
            let argb = 0xFF00_0000 | UInt32(first.r * 255) << 16 | UInt32(first.g * 255) << 8 | UInt32(first.b * 255)
            let moved = raster.pixels.map { $0 == argb ? ($0 & 0xFF00_0000) | (($0 & 0x00FF_FFFF) &- 0x0018_1818) : $0 }
            if moved != raster.pixels {
                let shifted = ChartRaster(width: raster.width, height: raster.height, pixels: moved)
                XCTAssertGreaterThan(Self.differingShare(shifted, raster), Self.maxShare, "\(kind.rawValue) in another orange passes")
            }
        }
    }

    private static func erasing(_ rect: ChartRect, in raster: ChartRaster) -> ChartRaster {
        let x0 = max(0, Int(rect.x.rounded(.down))), y0 = max(0, Int(rect.y.rounded(.down)))
        let x1 = min(raster.width, Int(rect.maxX.rounded(.up))), y1 = min(raster.height, Int(rect.maxY.rounded(.up)))
        var pixels = raster.pixels
        let fill = pixels[max(0, y0 - 1) * raster.width + max(0, x0 - 1)]
        for y in y0..<max(y0, y1) { for x in x0..<max(x0, x1) { pixels[y * raster.width + x] = fill } }
        return ChartRaster(width: raster.width, height: raster.height, pixels: pixels)
    }

    func testComparisonNoticesAChange() {
        let data = ChartFixtures.richData()
        let a = ChartExport.raster(.model, data: data, width: Self.width, height: Self.height, theme: .light, language: .nb).raster
        let b = ChartExport.raster(.model, data: data, width: Self.width, height: Self.height, theme: .dark, language: .nb).raster
        XCTAssertEqual(a.differingPixels(from: a, tolerance: 0), 0)
        XCTAssertGreaterThan(Double(a.differingPixels(from: b, tolerance: Self.tolerance) ?? 0) / Double(a.pixels.count), Self.maxShare)
    }
}
