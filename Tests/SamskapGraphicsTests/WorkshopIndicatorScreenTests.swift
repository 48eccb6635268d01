import FoundationEssentials
import SamskapCore
import SamskapGraphics
import TestSupport
import XCTest

/// The indicator screen shows what the agenda editor set: one indicator by name, or a result level's first key one.
final class WorkshopIndicatorScreenTests: XCTestCase {
    private func described(_ change: (inout WorkshopScreen) -> Void) throws -> (String, ProjectDocument) {
        let document = try WorkshopScreenTests.demo()
        let k = try XCTUnwrap(WorkshopScreenKind.allCases.firstIndex(of: .indicators))
        var screen = try XCTUnwrap(document.workshop?.screens[k])
        change(&screen)
        var doc = document
        doc.workshop = doc.workshop?.replacing(screen)
        let scene = WorkshopScene(document: doc, model: ModelFixture.realOrFixture(.en), screen: screen, index: k,
                                  count: WorkshopScreenKind.allCases.count, today: Fixtures.day("2026-12-05"))
        return (WorkshopRenderer.image(scene, width: 1920, height: 1080, theme: .dark, language: .en).layout.description, doc)
    }

    func testAResultLevelShowsItsFirstKeyIndicator() throws {
        let (byDefault, doc) = try described { _ in }
        let first = try XCTUnwrap(doc.indicators.first { $0.isKey } ?? doc.indicators.first)
        let level = try XCTUnwrap(IndicatorLevel.allCases.first { l in l != first.level && doc.indicators.contains { $0.level == l } },
                                  "the demo has indicators of two levels")
        let expected = try XCTUnwrap(doc.indicators.first { $0.level == level && $0.isKey } ?? doc.indicators.first { $0.level == level })
        XCTAssertTrue(byDefault.contains(first.name), byDefault)
        let (byLevel, _) = try described { $0.resultLevel = level.rawValue }
        XCTAssertTrue(byLevel.contains(expected.name), byLevel)
        XCTAssertFalse(byLevel.contains(first.name), byLevel)
    }

    func testANamedIndicatorWinsOverTheLevel() throws {
        let (_, doc) = try described { _ in }
        let last = try XCTUnwrap(doc.indicators.last)
        let other = try XCTUnwrap(IndicatorLevel.allCases.first { $0 != last.level })
        let (text, _) = try described { $0.indicatorID = last.id; $0.resultLevel = other.rawValue }
        XCTAssertTrue(text.contains(last.name), text)
    }
}
