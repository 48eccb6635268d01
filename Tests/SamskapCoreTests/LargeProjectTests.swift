import XCTest
import TestSupport
@testable import SamskapCore

/// The generator the benchmarks rely on: the sizes asked for, deterministic, varied, and valid.
final class LargeProjectTests: XCTestCase {
    private let model = Fixtures.model()

    func testSizesAreWhatWasAskedFor() {
        let doc = LargeProject.make(model: model, partners: 21, indicators: 30, measurements: 1_001, rounds: 3, respondentsPerRound: 5)
        XCTAssertEqual(doc.partners.count, 21)
        XCTAssertEqual(doc.indicators.count, 30)
        XCTAssertEqual(doc.measurements.count, 1_001)
        XCTAssertEqual(doc.rounds.count, 3)
        XCTAssertEqual(doc.respondents.count, 15)
        // Every respondent answers every statement: 15 × 33.
        XCTAssertEqual(doc.answers.count, 15 * 33)
        XCTAssertTrue(doc.answers.contains { $0.dontKnow && $0.experience == nil })
    }

    func testSameSeedSameDocumentOtherSeedOtherDocument() {
        let a = LargeProject.make(model: model, partners: 10, indicators: 10, measurements: 200, rounds: 2, respondentsPerRound: 4)
        let b = LargeProject.make(model: model, partners: 10, indicators: 10, measurements: 200, rounds: 2, respondentsPerRound: 4)
        let c = LargeProject.make(model: model, partners: 10, indicators: 10, measurements: 200, rounds: 2, respondentsPerRound: 4, seed: 43)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
    }

    func testCoversEverySectorLevelAndNorwegianLetters() {
        let doc = LargeProject.make(model: model, partners: 40, indicators: 40, measurements: 400, rounds: 2, respondentsPerRound: 4)
        XCTAssertEqual(Set(doc.partners.map(\.sector)), Set(Sector.allCases))
        XCTAssertEqual(Set(doc.indicators.map(\.level)), Set(IndicatorLevel.allCases))
        XCTAssertEqual(Set(doc.indicators.map(\.kind)), Set(IndicatorKind.allCases))
        XCTAssertEqual(Set(doc.indicators.map(\.direction)), Set(Direction.allCases))
        let text = (doc.partners.map(\.name) + doc.partners.map(\.contact.person)).joined()
        for letter in ["æ", "ø", "å", "Å", "Ø"] { XCTAssertTrue(text.contains(letter), letter) }
        let years = Set(doc.measurements.map(\.date.year))
        XCTAssertEqual(years, [2021, 2022, 2023, 2024])
    }

    func testGeneratedProjectPassesValidationWithoutErrors() {
        let doc = LargeProject.make(model: model, partners: 50, indicators: 100, measurements: 5_000, rounds: 4, respondentsPerRound: 10)
        let issues = doc.validate(model: model, today: Fixtures.day("2025-06-01"))
        XCTAssertEqual(issues.filter { $0.severity == .error }.map { $0.message(.en) }, [])
        // And the computations find something to show.
        XCTAssertTrue(doc.indicatorProgress().contains { $0.status == .onTrack })
        XCTAssertTrue(doc.indicatorProgress().contains { $0.status == .described })
        XCTAssertFalse(doc.processResults(model: model).first!.dimensions.contains { $0.isHidden })
    }

    func testDefaultSizeHasTheBenchmarkVolume() {
        // How fast it is made is `make bench`'s to measure; here only that the volume is what the bench assumes.
        let doc = LargeProject.make(model: model)
        XCTAssertEqual(doc.measurements.count, 100_000)
        XCTAssertEqual(doc.answers.count, 20 * 30 * 33)
    }
}
