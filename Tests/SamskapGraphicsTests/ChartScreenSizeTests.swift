import SamskapCore
import SamskapGraphics
import XCTest

/// The charts at the sizes the window gives them, where the text is never below 11 px and still lays out cleanly.
final class ChartScreenSizeTests: XCTestCase {
    /// Each chart's drawing area in a 1280×800 window (measured over AT-SPI on the demo project), and in one 960 wide.
    static let sizes: [(ChartKind, [(Int, Int)])] = [
        (.model, [(1029, 540), (709, 540)]),
        (.partners, [(1029, 460), (709, 460)]),
        (.radarFields, [(494, 400), (361, 400)]),
        (.radarValues, [(494, 400), (361, 400)]),
        (.divergence, [(1000, 440), (734, 440)]),
        (.trend, [(1000, 380), (734, 380)]),
        (.matrix, [(494, 380), (361, 380)]),
        (.staircase, [(494, 380), (361, 380)]),
        (.indicators, [(814, 460), (519, 460)]),
        (.resultsChain, [(814, 380), (519, 380)]),
    ]

    func testNoChartTextBelowElevenPixelsAtTheWindowsSizes() throws {
        let sets: [(String, ChartData)] = [
            ("demo", ChartData(document: try ReportTestSupport.demo(), model: try ReportTestSupport.model(.nb))),
            ("rich", ChartFixtures.richData()),
            ("rich en", ChartFixtures.richData(.en)),
        ]
        for (name, data) in sets {
            for (kind, sizes) in Self.sizes {
                for (w, h) in sizes {
                    let layout = ChartExport.raster(kind, data: data, width: w, height: h, theme: .light,
                                                    language: name.hasSuffix("en") ? .en : .nb).layout
                    let what = "\(name) \(kind.rawValue) \(w)×\(h)"
                    XCTAssertFalse(layout.labels.isEmpty, "\(what): nothing drawn")
                    assertCleanLayout(layout, what)
                    for label in layout.labels where label.fontSize < 11 - 1e-6 {
                        XCTFail("\(what): “\(label.fullText)” is \(label.fontSize) px")
                    }
                }
            }
        }
    }
}
