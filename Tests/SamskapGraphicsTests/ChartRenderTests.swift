import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// Every chart at three sizes, in every theme, with rich and empty data: it renders, and its labels stay
/// inside the canvas without overlapping.
final class ChartRenderTests: XCTestCase {
    static let sizes = [(800, 600), (1280, 800), (3840, 2160)]

    func testEveryChartEverySizeEveryThemeRichData() {
        let data = ChartFixtures.richData()
        for kind in ChartKind.allCases {
            for (w, h) in Self.sizes {
                for theme in ChartTheme.allCases {
                    let (raster, layout) = ChartExport.raster(kind, data: data, width: w, height: h, theme: theme, language: .nb)
                    XCTAssertEqual(raster.pixels.count, w * h)
                    XCTAssertFalse(layout.labels.isEmpty, "\(kind) \(w)×\(h) \(theme) drew no text")
                    XCTAssertFalse(layout.isEmptyState, "\(kind) \(w)×\(h) \(theme) showed the empty state for rich data")
                    assertCleanLayout(layout, "\(kind.rawValue) \(w)×\(h) \(theme.rawValue)")
                }
            }
        }
    }

    func testEveryChartShowsAnExplicitEmptyState() {
        let data = ChartFixtures.emptyData()
        for kind in ChartKind.allCases {
            for (w, h) in Self.sizes {
                let (_, layout) = ChartExport.raster(kind, data: data, width: w, height: h, theme: .light, language: .nb)
                assertCleanLayout(layout, "empty \(kind.rawValue) \(w)×\(h)")
                // The model is still drawn before the first round, neutrally with a note; the others say what is missing.
                XCTAssertGreaterThanOrEqual(layout.labels.count, 2, "\(kind) empty state has no message")
                if kind != .model {
                    XCTAssertTrue(layout.isEmptyState, "\(kind) should say it has nothing to show")
                }
            }
        }
        let model = ChartExport.raster(.model, data: data, width: 1280, height: 800, theme: .light, language: .nb).layout
        XCTAssertTrue(model.labels.contains { $0.fullText.contains("Ingen vurderingsrunde") }, "the neutral model needs its note")
    }

    func testEnglishLabelsAndLanguageOfTerms() {
        let data = ChartFixtures.richData(.en)
        for kind in ChartKind.allCases {
            let layout = ChartExport.raster(kind, data: data, width: 1280, height: 800, theme: .dark, language: .en).layout
            assertCleanLayout(layout, "en \(kind.rawValue)")
            XCTAssertTrue(layout.labels.contains { $0.fullText == kind.title.en }, "\(kind) lacks its English title")
        }
    }

    func testLongPartnerNameIsShortenedWithFullTextKept() {
        let layout = ChartExport.raster(.partners, data: ChartFixtures.richData(), width: 800, height: 600, theme: .light, language: .nb).layout
        let label = layout.labels.first { $0.fullText == ChartFixtures.longName }
        XCTAssertNotNil(label, "the 90-character partner is not on the map")
        XCTAssertEqual(label?.isTruncated, true, "at 800×600 the long name should end in …")
        XCTAssertEqual(layout.label(at: label!.rect.midX, label!.rect.midY)?.fullText, ChartFixtures.longName)
    }

    func testTypeScalesWithTheCanvas() {
        let data = ChartFixtures.richData()
        let small = ChartExport.raster(.model, data: data, width: 1280, height: 800, theme: .light, language: .nb).layout
        let large = ChartExport.raster(.model, data: data, width: 3840, height: 2160, theme: .light, language: .nb).layout
        let title = ChartKind.model.title.text(.nb)
        let a = small.labels.first { $0.fullText == title }!.fontSize
        let b = large.labels.first { $0.fullText == title }!.fontSize
        XCTAssertGreaterThan(b, a * 2.4)
    }

    func testPartnerOverlayAndOlderRoundSelection() {
        let overlay = ChartFixtures.richData(selection: ChartSelection(partnerID: Fixtures.id(13)))
        let layout = ChartExport.raster(.radarFields, data: overlay, width: 1280, height: 800, theme: .light, language: .nb).layout
        XCTAssertTrue(layout.labels.contains { $0.fullText.contains(ChartFixtures.longName) }, "overlay legend names the partner")
        assertCleanLayout(layout, "radar with overlay")
        let older = ChartFixtures.richData(selection: ChartSelection(roundID: Fixtures.id(70)))
        let model = ChartExport.raster(.model, data: older, width: 1280, height: 800, theme: .light, language: .nb).layout
        XCTAssertTrue(model.labels.contains { $0.fullText.contains("Oppstart") })
    }

    func testAnonymityHidesScores() {
        let doc = Fixtures.documentWithRound(respondents: 2, threshold: 3)
        let data = ChartData(document: doc, model: ChartFixtures.model())
        let radar = ChartExport.raster(.radarValues, data: data, width: 1280, height: 800, theme: .light, language: .nb).layout
        XCTAssertTrue(radar.isEmptyState)
        let model = ChartExport.raster(.model, data: data, width: 1280, height: 800, theme: .light, language: .nb).layout
        XCTAssertFalse(model.labels.contains { $0.fullText.contains(",") && $0.fullText.count <= 3 }, "no score may show under the threshold")
    }

    func testDrawsIntoATranslatedRegionWithoutTouchingOutside() {
        // The report draws charts into part of a page: nothing may spill outside the given rectangle.
        let (raster, _) = ChartExport.raster(.divergence, data: ChartFixtures.richData(), width: 400, height: 300, theme: .dark, language: .nb)
        XCTAssertEqual(raster.width, 400)
        XCTAssertNotEqual(raster.pixels[0], 0, "the background is painted")
    }
}
