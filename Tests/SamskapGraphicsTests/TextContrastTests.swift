import Foundation
import SamskapCore
import XCTest
@testable import SamskapGraphics

/// Every text colour the charts and the report draw with meets WCAG AA (4.5:1) against what it is drawn on, in the
/// light, dark and high-contrast themes.
final class TextContrastTests: XCTestCase {
    static func contrast(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        func luminance(_ c: (Double, Double, Double)) -> Double { 0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2) }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    private func rgb(_ c: ChartColor) -> (Double, Double, Double) { (c.r, c.g, c.b) }
    private func rgb(_ c: ReportColor) -> (Double, Double, Double) { (c.r, c.g, c.b) }

    func testTheContrastFormulaAgreesWithKnownPairs() {
        XCTAssertEqual(Self.contrast((0, 0, 0), (1, 1, 1)), 21, accuracy: 0.01)
        XCTAssertEqual(Self.contrast((0x76 / 255.0, 0x76 / 255.0, 0x76 / 255.0), (1, 1, 1)), 4.54, accuracy: 0.02)
    }

    func testChartTextOnEveryThemesBackgroundsAndSurfaces() {
        for (name, p) in [("light", ChartPalette.light), ("dark", .dark), ("contrast", .contrast)] {
            for (role, ink) in [("text", p.text), ("muted", p.muted)] {
                for (ground, paper) in [("background", p.background), ("surface", p.surface)] {
                    let ratio = Self.contrast(rgb(ink), rgb(paper))
                    XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(name): \(role) on \(ground) is \(ratio):1")
                }
            }
        }
    }

    func testNumbersOnScoreChipsAndCategoryChips() {
        for p in [ChartPalette.light, .dark, .contrast] {
            for step in 0...80 {
                let fill = p.sequential(1 + Double(step) / 20)
                let ratio = Self.contrast(rgb(fill.readableText), rgb(fill))
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "score \(1 + Double(step) / 20): \(ratio):1")
            }
            for fill in p.categorical + [p.overlay, p.flag, p.experience] {
                XCTAssertGreaterThanOrEqual(Self.contrast(rgb(fill.readableText), rgb(fill)), 4.5, "text on \(fill)")
            }
        }
    }

    func testReportInkOnPaperAndScoreCells() {
        for (role, ink) in [("ink", ReportStyle.ink), ("muted", ReportStyle.muted)] {
            for (ground, paper) in [("white", ReportStyle.white), ("header", ReportStyle.headerFill), ("zebra", ReportStyle.zebraFill)] {
                let ratio = Self.contrast(rgb(ink), rgb(paper))
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "report \(role) on \(ground): \(ratio):1")
            }
        }
        // Headings and contents numbers, on the page itself.
        XCTAssertGreaterThanOrEqual(Self.contrast(rgb(ReportStyle.accent), rgb(ReportStyle.white)), 4.5)
        for step in 0...80 {
            let fill = ReportStyle.scoreFill(1 + Double(step) / 20)
            let ink = ReportStyle.scoreInk(on: fill)
            XCTAssertGreaterThanOrEqual(Self.contrast(rgb(ink), rgb(fill)), 4.5, "report score \(1 + Double(step) / 20)")
        }
    }
}
