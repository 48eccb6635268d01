import XCTest
import TestSupport
@testable import SamskapCore

final class AnswerValidationTests: XCTestCase {
    private let model = Fixtures.model()

    private func answer(_ e: Int?, _ i: Int?, dontKnow: Bool = false, statement: String = "openness.1") -> Answer {
        Answer(roundID: Fixtures.id(1), respondentID: Fixtures.id(2), statementID: statement, experience: e, importance: i, dontKnow: dontKnow)
    }

    func testScoresOnTheScaleOrMissing() {
        for (e, i) in [(1, 5), (5, 1), (3, 3)] { XCTAssertEqual(answer(e, i).validationIssues(model: model), []) }
        XCTAssertEqual(answer(nil, 4).validationIssues(model: model), [], "one score may be missing")
        XCTAssertEqual(answer(nil, nil, dontKnow: true).validationIssues(model: model), [])
    }

    func testExperienceAndImportanceOutOfRange() {
        assertIssue(answer(0, 3).validationIssues(model: model), .answerExperienceOutOfRange, .error, field: "answer.experience",
                    nbContains: ["(fikk 0)"], enContains: ["(got 0)"])
        assertIssue(answer(3, 6).validationIssues(model: model), .answerImportanceOutOfRange, .error, field: "answer.importance",
                    nbContains: ["(fikk 6)"], enContains: ["(got 6)"])
    }

    func testDontKnowWithScores() {
        assertIssue(answer(3, nil, dontKnow: true).validationIssues(model: model), .answerDontKnowWithScores, .error,
                    field: "answer.dontKnow", nbContains: ["vet ikke"], enContains: ["don’t know"])
        assertIssue(answer(nil, 2, dontKnow: true).validationIssues(model: model), .answerDontKnowWithScores, .error, field: "answer.dontKnow")
    }

    func testUnknownStatement() {
        assertIssue(answer(3, 3, statement: "openness.9").validationIssues(model: model), .answerUnknownStatement, .error,
                    field: "answer.statementID", nbContains: ["«openness.9»"], enContains: ["“openness.9”"])
    }
}
