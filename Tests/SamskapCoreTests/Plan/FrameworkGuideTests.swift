import Foundation
import XCTest
import SamskapCore

/// The frameworks' explanations exist in both languages, for every step, phase and level, and stay short.
final class FrameworkGuideTests: XCTestCase {
    private func url(_ language: Language) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/frameworks/\(language.rawValue).json")
    }

    func testBothLanguagesExplainEveryStepPhaseAndLevelBriefly() throws {
        for language in Language.allCases {
            let guide = try FrameworkGuide.load(from: url(language))
            XCTAssertEqual(guide.language, language)
            XCTAssertNotNil(guide.staircase.text(StaircaseStep.coCreating.rawValue))
            for section in [guide.staircase, guide.circle, guide.coCreation, guide.resultLevels] {
                // A popover, not a wall of text: each line short enough to read at a glance.
                XCTAssertLessThan(section.intro.count, 220, section.title)
                for item in section.items { XCTAssertLessThan(item.text.count, 220, "\(language) \(item.id)") }
            }
        }
    }

    func testAGuideMissingAPhaseIsRefused() throws {
        var text = try String(contentsOf: url(.en), encoding: .utf8)
        text = text.replacingOccurrences(of: #"{"id": "market""#, with: #"{"id": "sell""#)
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("frameworks-\(UUID().uuidString).json")
        try text.write(to: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: broken) }
        XCTAssertThrowsError(try FrameworkGuide.load(from: broken))
    }
}
