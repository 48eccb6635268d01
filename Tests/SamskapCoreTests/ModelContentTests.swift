import XCTest
@testable import SamskapCore

/// Checks the model content in `data/model`: shape, ids, and that both languages say the same thing.
final class ModelContentTests: XCTestCase {
    private let valueIDs = ["openness", "democracy", "creativity", "leadership"]
    private let fieldIDs = ["equal-standing", "shared-goals", "communication", "anchoring", "facilitation",
                            "resource-focus", "complementary-competence"]

    func testBothLanguagesLoadWithTheModelsShape() throws {
        for language in Language.allCases {
            let model = try ModelContent.load(language)
            // A language whose model is not written yet (data/model/<code>.json) gets the English one.
            let written = FileManager.default.fileExists(
                atPath: ResourceLocator.standard.data.appendingPathComponent("model/\(language.rawValue).json").path)
            XCTAssertEqual(model.language, written ? language : .en)
            XCTAssertEqual(model.values.map(\.id), valueIDs, "\(language)")
            XCTAssertEqual(model.fields.map(\.id), fieldIDs, "\(language)")
            XCTAssertEqual(model.values.map(\.number), Array(1...4))
            XCTAssertEqual(model.fields.map(\.number), Array(1...7))
            for d in model.allDimensions {
                XCTAssertEqual(d.statements.map(\.id), (1...4).map { "\(d.id).\($0)" }, "\(language) \(d.id)")
                XCTAssertEqual(d.prompts.count, 3, "\(language) \(d.id)")
            }
        }
    }

    func testStatementIDsAreTheSameInBothLanguages() throws {
        let nb = try ModelContent.load(.nb)
        let en = try ModelContent.load(.en)
        XCTAssertEqual(nb.version, en.version)
        XCTAssertEqual(nb.allDimensions.map(\.id), en.allDimensions.map(\.id))
        XCTAssertEqual(nb.allDimensions.flatMap { $0.statements.map(\.id) },
                       en.allDimensions.flatMap { $0.statements.map(\.id) })
        XCTAssertEqual(nb.allDimensions.map(\.prompts.count), en.allDimensions.map(\.prompts.count))
        XCTAssertEqual(nb.dimension(ofStatement: "anchoring.3")?.id, "anchoring")
    }

    func testEveryTextIsWrittenAndTranslated() throws {
        let nb = try ModelContent.load(.nb)
        let en = try ModelContent.load(.en)
        func texts(_ m: ModelContent) -> [String] {
            m.allDimensions.flatMap { [$0.name, $0.summary] + $0.statements.map(\.text) + $0.prompts }
        }
        let nbTexts = texts(nb), enTexts = texts(en)
        XCTAssertEqual(nbTexts.count, enTexts.count)
        for (a, b) in zip(nbTexts, enTexts) {
            XCTAssertFalse(a.trimmingCharacters(in: .whitespaces).isEmpty)
            XCTAssertFalse(b.trimmingCharacters(in: .whitespaces).isEmpty)
            XCTAssertNotEqual(a, b, "not translated: \(a)")
        }
        // Bokmål is bokmål: the letters æøå appear, and no English text has them.
        XCTAssertTrue(nbTexts.joined().contains { "æøåÆØÅ".contains($0) })
        XCTAssertFalse(enTexts.joined().contains { "æøåÆØÅ".contains($0) })
    }
}
