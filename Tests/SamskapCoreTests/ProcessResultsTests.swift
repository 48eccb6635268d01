import XCTest
import TestSupport
@testable import SamskapCore

/// Process results against figures worked out by hand in the comments.
final class ProcessResultsTests: XCTestCase {
    private let model = Fixtures.model()

    /// Three respondents (R0, R1, R2). Scores are (experience, importance); nil is "don't know".
    ///
    /// - openness:   R0 (1,5) (2,5) (3,5) · R1 (4,3) (4,4) (4,5) · R2 (3,4) dk (5,4)
    /// - democracy:  R0 all (1,1) · R1 all (5,5) · R2 all don't know  → only 2 respondents
    /// - creativity: everyone (5,5)
    /// - leadership: R0 (1,5) · R1 (2,5) · R2 (2,5) on every statement
    /// - the seven fields: everyone (3,3)
    private func document(threshold: Int = 3) -> ProjectDocument {
        let openness: [[(Int, Int)?]] = [[(1, 5), (2, 5), (3, 5)], [(4, 3), (4, 4), (4, 5)], [(3, 4), nil, (5, 4)]]
        return Fixtures.documentWithRound(respondents: 3, model: model, threshold: threshold) { r, statement in
            let parts = statement.split(separator: ".")
            let dimension = String(parts[0]), n = Int(parts[1])! - 1
            switch dimension {
            case "openness": return openness[r][n]
            case "democracy": return r == 2 ? nil : (r == 0 ? (1, 1) : (5, 5))
            case "creativity": return (5, 5)
            case "leadership": return r == 0 ? (1, 5) : (2, 5)
            default: return (3, 3)
            }
        }
    }

    private func results(threshold: Int = 3) throws -> RoundResults {
        let doc = document(threshold: threshold)
        return try XCTUnwrap(doc.processResults(model: model).first)
    }

    func testMeanIsTheMeanOfRespondentMeans() throws {
        let openness = try XCTUnwrap(try results().result("openness"))
        // Respondent means: R0 (1+2+3)/3 = 2, R1 (4+4+4)/3 = 4, R2 (3+5)/2 = 4 (the don't-know is left out).
        // Mean of means (2+4+4)/3 = 10/3 ≈ 3.333, not the pooled (1+2+3+4+4+4+3+5)/8 = 3.25.
        XCTAssertEqual(openness.experienceMean!, 10.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(openness.respondentMeans[Fixtures.id(100)]!, 2, accuracy: 1e-12)
        XCTAssertEqual(openness.respondentMeans[Fixtures.id(102)]!, 4, accuracy: 1e-12)
        // Importance: R0 15/3 = 5, R1 12/3 = 4, R2 8/2 = 4 → 13/3 ≈ 4.333.
        XCTAssertEqual(openness.importanceMean!, 13.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(openness.respondentCount, 3)
    }

    func testSpreadGapAndFlagsExactlyAtTheThresholds() throws {
        let r = try results()
        let openness = try XCTUnwrap(r.result("openness"))
        // Min 2, max 4 → spread 2 = ProcessThresholds.divergentSpread: divergent.
        XCTAssertEqual(openness.experienceMin, 2)
        XCTAssertEqual(openness.experienceMax, 4)
        XCTAssertEqual(openness.spread!, 2, accuracy: 1e-12)
        XCTAssertTrue(openness.isDivergent)
        // Gap 13/3 − 10/3 = 1 = ProcessThresholds.unmetGap: an unmet expectation.
        XCTAssertEqual(openness.gap!, 1, accuracy: 1e-12)
        XCTAssertTrue(openness.hasUnmetExpectation)

        let leadership = try XCTUnwrap(r.result("leadership"))
        // Means 1, 2, 2 → spread 1 < 2: not divergent; mean 5/3, gap 5 − 5/3 = 10/3.
        XCTAssertEqual(leadership.spread!, 1, accuracy: 1e-12)
        XCTAssertFalse(leadership.isDivergent)
        XCTAssertEqual(leadership.gap!, 10.0 / 3.0, accuracy: 1e-12)

        let creativity = try XCTUnwrap(r.result("creativity"))
        XCTAssertEqual(creativity.spread, 0)
        XCTAssertEqual(creativity.gap, 0)
        XCTAssertFalse(creativity.hasUnmetExpectation)
    }

    func testDontKnowIsLeftOutEvenWhenItCarriesScores() throws {
        var doc = document()
        // A "don't know" that (wrongly) also has scores of 1 must not pull the mean down.
        doc.answers = doc.answers.map { a in
            var a = a
            if a.statementID == "openness.2" && a.respondentID == Fixtures.id(102) { a.experience = 1; a.importance = 1 }
            return a
        }
        let openness = try XCTUnwrap(doc.processResults(model: model).first?.result("openness"))
        XCTAssertEqual(openness.experienceMean!, 10.0 / 3.0, accuracy: 1e-12)
    }

    func testRespondentWithOnlyDontKnowDoesNotCountAndHidesTheDimension() throws {
        let democracy = try XCTUnwrap(try results().result("democracy"))
        // R2 answered "don't know" throughout: 2 respondents < threshold 3 → hidden, only the count shown.
        XCTAssertEqual(democracy.respondentCount, 2)
        XCTAssertTrue(democracy.isHidden)
        XCTAssertNil(democracy.experienceMean)
        XCTAssertNil(democracy.importanceMean)
        XCTAssertNil(democracy.spread)
        XCTAssertTrue(democracy.respondentMeans.isEmpty)
        XCTAssertFalse(democracy.isDivergent, "a hidden dimension must not reveal a flag")
    }

    func testAnonymityThresholdShowsAtExactlyNAndHidesBelow() throws {
        // Three respondents answered openness: visible at threshold 3, hidden at 4.
        XCTAssertFalse(try XCTUnwrap(try results(threshold: 3).result("openness")).isHidden)
        let hidden = try XCTUnwrap(try results(threshold: 4).result("openness"))
        XCTAssertTrue(hidden.isHidden)
        XCTAssertEqual(hidden.respondentCount, 3)
        XCTAssertNil(hidden.experienceMean)
        // Threshold 2 shows democracy's two respondents: means 1 and 5 → 3, spread 4.
        let democracy = try XCTUnwrap(try results(threshold: 2).result("democracy"))
        XCTAssertFalse(democracy.isHidden)
        XCTAssertEqual(democracy.experienceMean!, 3, accuracy: 1e-12)
        XCTAssertEqual(democracy.spread!, 4, accuracy: 1e-12)
    }

    func testOrderingsLeaveOutHiddenDimensions() throws {
        let r = try results()
        // Weakest: leadership 5/3, then the seven fields at 3, openness 10/3, creativity 5.
        XCTAssertEqual(r.weakest.first?.dimensionID, "leadership")
        XCTAssertEqual(r.weakest.last?.dimensionID, "creativity")
        XCTAssertEqual(r.weakest.count, 10, "11 dimensions minus hidden democracy")
        XCTAssertEqual(r.weakest[8].dimensionID, "openness")
        // Largest gaps: leadership 10/3, openness 1, the rest 0.
        XCTAssertEqual(r.largestGaps.prefix(2).map(\.dimensionID), ["leadership", "openness"])
        // Most disputed: openness (spread 2), leadership (1), then spread 0.
        XCTAssertEqual(r.mostDisputed.prefix(2).map(\.dimensionID), ["openness", "leadership"])
        XCTAssertFalse(r.mostDisputed.contains { $0.dimensionID == "democracy" })
    }

    func testDimensionsInModelOrderFieldsFirstWithKinds() throws {
        let r = try results()
        XCTAssertEqual(r.dimensions.map(\.dimensionID), ModelFixture.fieldIDs + ModelFixture.valueIDs)
        XCTAssertEqual(r.result("anchoring")?.kind, .field)
        XCTAssertEqual(r.result("openness")?.kind, .value)
    }

    func testRoundsComeOldestFirstAndAnswersStayInTheirRound() throws {
        var doc = document()
        let earlier = AssessmentRound(id: Fixtures.id(80), date: Fixtures.day("2024-11-01"), label: "Forprosjekt")
        doc.rounds.append(earlier)
        doc.respondents.append(Respondent(id: Fixtures.id(81), roundID: earlier.id, label: "A"))
        doc.answers.append(Answer(id: Fixtures.id(82), roundID: earlier.id, respondentID: Fixtures.id(81),
                                  statementID: "openness.1", experience: 1, importance: 2))
        let all = doc.processResults(model: model)
        XCTAssertEqual(all.map(\.roundID), [earlier.id, Fixtures.id(70)])
        // The earlier round has one respondent: below the threshold of 3.
        XCTAssertEqual(all[0].result("openness")?.respondentCount, 1)
        XCTAssertEqual(all[0].result("openness")?.isHidden, true)
        XCTAssertEqual(all[1].result("openness")?.respondentCount, 3)
    }

    func testUnknownStatementsAreIgnored() {
        let answers = [Answer(roundID: Fixtures.id(70), respondentID: Fixtures.id(1), statementID: "nonsense.1", experience: 1)]
        let r = RoundResults.compute(round: Fixtures.id(70), answers: answers, model: model, threshold: 1)
        XCTAssertTrue(r.dimensions.allSatisfy { $0.respondentCount == 0 && $0.isHidden })
    }
}
