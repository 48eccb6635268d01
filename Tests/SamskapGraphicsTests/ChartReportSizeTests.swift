import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The charts at the sizes the PDF report embeds them (about 470 pt wide, 200–420 pt high) and at a few odd
/// aspects, with the demo project and the real model: the names there are the long ones users see.
final class ChartReportSizeTests: XCTestCase {
    /// The report's figure sizes (body width 470 pt) and a few odd aspects.
    static let sizes = [(470, 290), (470, 250), (470, 270), (470, 240), (470, 210), (470, 200), (470, 260),
                        (480, 270), (480, 240), (480, 200), (600, 300), (1000, 400), (400, 400)]

    private func demoData() throws -> ChartData {
        let model = try ReportTestSupport.model(.nb)
        return ChartData(document: try ReportTestSupport.demo(), model: model)
    }

    func testEveryChartAtReportSizesAndOddAspects() throws {
        let sets: [(String, ChartData)] = [("demo", try demoData()), ("rich", ChartFixtures.richData())]
        for (name, data) in sets {
            for kind in ChartKind.allCases {
                for (w, h) in Self.sizes {
                    let layout = ChartExport.raster(kind, data: data, width: w, height: h, theme: .light, language: .nb).layout
                    assertCleanLayout(layout, "\(name) \(kind.rawValue) \(w)×\(h)")
                    for label in layout.labels where label.isBrokenMidWord {
                        XCTFail("\(name) \(kind.rawValue) \(w)×\(h): “\(label.fullText)” is broken inside a word")
                    }
                }
            }
        }
    }

    /// The names the report must show whole at its own sizes: action fields on the radar and the model,
    /// partners on the map, indicators and activities in the results chain.
    func testReportSizesShowNamesWhole() throws {
        let data = try demoData()
        let cases: [(ChartKind, Int, Int, [String])] = [
            (.radarFields, 470, 290, data.model.fields.map(\.name)),
            (.radarFields, 480, 270, data.model.fields.map(\.name)),
            (.radarValues, 470, 250, data.model.values.map(\.name)),
            (.model, 470, 250, data.model.fields.map { "\($0.number). \($0.name)" }),
            (.model, 480, 240, data.model.fields.map { "\($0.number). \($0.name)" }),
            (.partners, 470, 260, data.document.partners.map(\.name)),
            (.partners, 480, 200, data.document.partners.map(\.name)),
        ]
        for (kind, w, h, names) in cases {
            let layout = ChartExport.raster(kind, data: data, width: w, height: h, theme: .light, language: .nb).layout
            for name in names {
                guard let label = layout.labels.first(where: { $0.fullText == name }) else {
                    // A partner may be counted in "+ n til" when the group is full, but never cut.
                    if kind == .partners { continue }
                    XCTFail("\(kind.rawValue) \(w)×\(h): “\(name)” is missing")
                    continue
                }
                XCTAssertFalse(label.isTruncated, "\(kind.rawValue) \(w)×\(h): “\(name)” ends in …")
                XCTAssertFalse(label.isBrokenMidWord, "\(kind.rawValue) \(w)×\(h): “\(name)” is broken inside a word")
            }
        }
    }

    /// In the results chain at report size, most indicator names are readable, not cut after a word or two.
    func testResultsChainAtReportSizeKeepsIndicatorNames() throws {
        let data = try demoData()
        let layout = ChartExport.raster(.resultsChain, data: data, width: 470, height: 200, theme: .light, language: .nb).layout
        let names = Set(data.document.indicators.map(\.name))
        let shown = layout.labels.filter { names.contains($0.fullText) }
        XCTAssertFalse(shown.isEmpty, "no indicator named in the results chain")
        let cut = shown.filter(\.isTruncated)
        XCTAssertLessThanOrEqual(cut.count * 2, shown.count, "most indicator names are cut: \(cut.map(\.fullText))")
        for label in layout.labels where label.fullText.hasPrefix("[") || label.fullText.hasPrefix("(") {
            XCTFail("stray bracket before “\(label.fullText)”")
        }
    }
}
