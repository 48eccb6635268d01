import FoundationEssentials
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The rating screen while phones answer: the URL and the code as legible as every workshop text, and the QR code's
/// square large and clear of every text at each projector size.
final class WorkshopPhonesScreenTests: XCTestCase {
    /// Where a scene's code was asked to go: a stand-in for the phones module's QR drawing.
    final class CodeSquares: @unchecked Sendable {
        var squares: [ChartRect] = []
    }

    /// The demo's rating screen before R, as the window draws it.
    static func scene(_ document: ProjectDocument, _ k: Int, language: Language) throws -> WorkshopScene {
        let screen = try XCTUnwrap(document.workshop?.screens[k])
        return WorkshopScene(document: document, model: ModelFixture.realOrFixture(language), screen: screen, index: k,
                             count: WorkshopScreenKind.allCases.count, today: Fixtures.day("2026-12-05"))
    }

    func testTheRatingScreenWithPhonesIsLegibleAndItsCodeLarge() throws {
        let document = try WorkshopScreenTests.demo()
        let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: .rating))
        let url = "http://192.168.100.200:54321/s/0123456789abcdef0123456789abcdef/"
        for language in [Language.nb, .en] {
            var scene = try Self.scene(document, k, language: language)
            let drawn = CodeSquares()
            scene.phones = WorkshopPhones(url: url, code: "K7Q2ZX") { _, x, y, side in
                drawn.squares.append(ChartRect(x: x, y: y, width: side, height: side))
            }
            for (width, height) in WorkshopScreenTests.sizes where language == .nb || width == 1920 {
                drawn.squares = []
                let layout = WorkshopRenderer.image(scene, width: width, height: height, theme: .dark, language: language).layout
                let place = "\(width)x\(height) \(language.rawValue)"
                XCTAssertGreaterThanOrEqual(layout.smallestText, Double(height) / 30 - 0.01, place)
                XCTAssertEqual(layout.collisions(width: Double(width), height: Double(height)), [], place)
                XCTAssertEqual(layout.labels.filter(\.isTruncated).map(\.fullText), [], "cut with …: \(place)")
                let square = try XCTUnwrap(drawn.squares.first, "the code is drawn: \(place)")
                XCTAssertEqual(drawn.squares.count, 1, place)
                // Half the screen's height: at 720 lines a version-4 code (41 modules with its quiet zone) gets 8 px a module.
                XCTAssertGreaterThanOrEqual(square.height, Double(height) / 2, place)
                XCTAssertTrue(ChartRect(x: 0, y: 0, width: Double(width), height: Double(height)).contains(square), place)
                for label in layout.labels {
                    XCTAssertFalse(label.rect.overlaps(square, tolerance: 0), "\(label.fullText) on the code: \(place)")
                }
                let shown = layout.labels.map(\.fullText).joined(separator: " ")
                XCTAssertTrue(shown.contains("K7Q2ZX"), "the code to type: \(place)")
                XCTAssertTrue(shown.contains(url), "the URL: \(place)")
                XCTAssertTrue(layout.description.contains(url) && layout.description.contains("K7Q2ZX"), layout.description)
            }
        }
    }

    func testNoCodeIsDrawnWithoutPhones() throws {
        let document = try WorkshopScreenTests.demo()
        let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: .rating))
        let scene = try Self.scene(document, k, language: .en)
        let layout = WorkshopRenderer.image(scene, width: 1920, height: 1080, theme: .dark, language: .en).layout
        XCTAssertFalse(layout.description.contains("http://"), layout.description)
    }
}
