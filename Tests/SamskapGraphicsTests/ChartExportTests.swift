import Foundation
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// PNG, SVG and PDF from the same draw function; SVG byte for byte the same for the same input.
final class ChartExportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskap-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testSVGIsByteIdenticalForIdenticalInput() throws {
        for kind in ChartKind.allCases {
            let a = try ChartExport.svgData(kind, data: ChartFixtures.richData(), width: 1280, height: 800, theme: .light, language: .nb).bytes
            let b = try ChartExport.svgData(kind, data: ChartFixtures.richData(), width: 1280, height: 800, theme: .light, language: .nb).bytes
            XCTAssertGreaterThan(a.count, 1000)
            XCTAssertEqual(a, b, "\(kind) SVG differs between two identical renders")
        }
    }

    func testWritesEachFormatByExtension() throws {
        let data = ChartFixtures.richData()
        for (name, magic) in [("c.png", [0x89, 0x50, 0x4E, 0x47]), ("c.svg", Array("<?xml".utf8).map(Int.init)), ("c.pdf", Array("%PDF".utf8).map(Int.init))] {
            let url = folder.appendingPathComponent(name)
            let layout = try ChartExport.write(.model, data: data, to: url, width: 1024, height: 640, theme: .light, language: .nb)
            XCTAssertFalse(layout.labels.isEmpty)
            let bytes = try Data(contentsOf: url)
            XCTAssertEqual(Array(bytes.prefix(magic.count)).map(Int.init), magic, name)
        }
        let png = try XCTUnwrap(ChartRaster(pngAt: folder.appendingPathComponent("c.png")))
        XCTAssertEqual(png.width, 1024)
        XCTAssertEqual(png.height, 640)
    }

    func testRejectsAbsurdSizesAndUnwritablePaths() {
        XCTAssertThrowsError(try ChartExport.write(.model, data: ChartFixtures.emptyData(), to: folder.appendingPathComponent("x.png"),
                                                   width: 10, height: 10, theme: .light, language: .nb))
        XCTAssertThrowsError(try ChartExport.write(.model, data: ChartFixtures.emptyData(), to: URL(fileURLWithPath: "/nonexistent/dir/x.png"),
                                                   width: 800, height: 600, theme: .light, language: .nb))
    }

    func testFormatFromExtension() {
        XCTAssertEqual(ChartFormat(pathExtension: "PNG"), .png)
        XCTAssertEqual(ChartFormat(pathExtension: "svg"), .svg)
        XCTAssertNil(ChartFormat(pathExtension: "jpg"))
        XCTAssertEqual(Set(ChartKind.allCases.map(\.rawValue)),
                       ["model", "radar-fields", "radar-values", "divergence", "trend", "indicators", "results-chain", "matrix", "staircase", "partners"])
    }
}
