import Foundation
import SamskapCore
import XCTest
@testable import SamskapPresentation
import TestSupport

/// The keys of the workshop's fast entry, without a window.
final class ProcessFastEntryTests: XCTestCase {
    func testKeyValuesFromTheMainRowAndTheKeypad() {
        XCTAssertEqual(FastEntryKey(keyval: 0x33), .digit(3))
        XCTAssertEqual(FastEntryKey(keyval: 0xffb5), .digit(5))
        XCTAssertEqual(FastEntryKey(keyval: 0x3f), .dontKnow)
        XCTAssertEqual(FastEntryKey(keyval: 0xff0d), .next)
        XCTAssertEqual(FastEntryKey(keyval: 0xff53), .next)
        XCTAssertEqual(FastEntryKey(keyval: 0xff51), .previous)
        XCTAssertEqual(FastEntryKey(keyval: 0xff08), .clear)
        XCTAssertEqual(FastEntryKey(keyval: 0x61), .other)
        XCTAssertEqual(FastEntryKey(keyval: 0x7a, hasCommandModifier: true), .other, "Ctrl+Z stays undo")
        XCTAssertEqual(FastEntryKey(keyval: 0x33, hasCommandModifier: true), .other)
    }

    func testTwoDigitsScoreAStatementAndMoveOn() {
        var entry = FastEntry(statementCount: 3, respondentCount: 2)
        XCTAssertEqual(entry.press(.digit(4)), .setExperience(4))
        XCTAssertEqual(entry.awaiting, .importance)
        XCTAssertEqual(entry.statement, 0, "experience alone does not move on")
        XCTAssertEqual(entry.press(.digit(5)), .setImportance(5))
        XCTAssertEqual(entry.statement, 1)
        XCTAssertEqual(entry.awaiting, .experience)
    }

    func testDontKnowWithZeroOrQuestionMarkMovesOn() {
        var entry = FastEntry(statementCount: 3, respondentCount: 1)
        XCTAssertEqual(entry.press(.digit(0)), .setDontKnow)
        XCTAssertEqual(entry.statement, 1)
        XCTAssertEqual(entry.press(.digit(2)), .setExperience(2))
        XCTAssertEqual(entry.press(.dontKnow), .setDontKnow, "? after experience overrides it")
        XCTAssertEqual(entry.statement, 2)
        XCTAssertEqual(entry.awaiting, .experience)
    }

    func testDigitsOffTheScaleAndOtherKeysDoNothing() {
        var entry = FastEntry(statementCount: 3, respondentCount: 1)
        XCTAssertEqual(entry.press(.digit(7)), .none)
        XCTAssertEqual(entry.press(.other), .none)
        XCTAssertEqual(entry.statement, 0)
        XCTAssertEqual(entry.awaiting, .experience)
    }

    func testAfterARespondentsLastStatementTheEntryWaitsForEnterThenTheEnd() {
        var entry = FastEntry(statementCount: 2, respondentCount: 2)
        _ = entry.press(.digit(4))
        _ = entry.press(.digit(4))
        XCTAssertEqual(entry.press(.digit(0)), .setDontKnow)
        XCTAssertTrue(entry.isRespondentDone, "the first respondent is done: a summary, no moving on by itself")
        XCTAssertEqual([entry.respondent, entry.statement], [0, 1])
        XCTAssertEqual(entry.press(.digit(3)), .none, "a digit on the summary scores nothing")
        XCTAssertTrue(entry.isRespondentDone, "and does not move on")
        _ = entry.press(.next)
        XCTAssertFalse(entry.isRespondentDone)
        XCTAssertEqual([entry.respondent, entry.statement], [1, 0], "Enter starts the next respondent")
        _ = entry.press(.digit(3))
        _ = entry.press(.digit(3))
        XCTAssertEqual([entry.respondent, entry.statement], [1, 1])
        XCTAssertEqual(entry.press(.digit(1)), .setExperience(1))
        XCTAssertEqual(entry.press(.digit(2)), .setImportance(2))
        XCTAssertTrue(entry.isFinished)
        XCTAssertEqual(entry.press(.digit(5)), .none, "nothing is scored past the end")
        _ = entry.press(.previous)
        XCTAssertFalse(entry.isFinished)
        XCTAssertEqual([entry.respondent, entry.statement], [1, 1])
    }

    func testBackFromTheSummaryReturnsToTheRespondentsLastStatement() {
        var entry = FastEntry(statementCount: 2, respondentCount: 2)
        _ = entry.press(.next)
        _ = entry.press(.next)
        XCTAssertTrue(entry.isRespondentDone)
        _ = entry.press(.previous)
        XCTAssertFalse(entry.isRespondentDone)
        XCTAssertEqual([entry.respondent, entry.statement], [0, 1])
        XCTAssertEqual(entry.awaiting, .experience)
    }

    func testBackGoesToThePreviousRespondentsLastStatement() {
        var entry = FastEntry(statementCount: 3, respondentCount: 2)
        entry.go(respondent: 1, statement: 0)
        _ = entry.press(.digit(2))
        _ = entry.press(.previous)
        XCTAssertEqual([entry.respondent, entry.statement], [0, 2])
        XCTAssertEqual(entry.awaiting, .experience, "going back starts the statement over")
        entry.go(respondent: 0, statement: 0)
        _ = entry.press(.previous)
        XCTAssertEqual([entry.respondent, entry.statement], [0, 0], "nothing before the first")
    }

    func testGoClampsAndClearWaitsForExperience() {
        var entry = FastEntry(statementCount: 44, respondentCount: 3)
        entry.go(respondent: 9, statement: 99)
        XCTAssertEqual([entry.respondent, entry.statement], [2, 43])
        _ = entry.press(.digit(4))
        XCTAssertEqual(entry.press(.clear), .clear)
        XCTAssertEqual(entry.awaiting, .experience)
        XCTAssertEqual(entry.statement, 43)
    }

    func testNoRespondentsNoEffect() {
        var entry = FastEntry(statementCount: 44, respondentCount: 0)
        XCTAssertEqual(entry.press(.digit(3)), .none)
    }

    func testEffectsBecomeAnswerEdits() throws {
        let round = UUID(), respondent = UUID()
        let first = try XCTUnwrap(AnswerEdit.change(for: .setExperience(2), existing: nil, roundID: round, respondentID: respondent,
                                                    statementID: "openness.1"))
        guard case let .upsertAnswer(answer) = first else { return XCTFail("an upsert: \(first)") }
        XCTAssertEqual(answer.experience, 2)
        XCTAssertNil(answer.importance)
        guard case let .upsertAnswer(scored)? = AnswerEdit.change(for: .setImportance(5), existing: answer, roundID: round,
                                                                   respondentID: respondent, statementID: "openness.1") else { return XCTFail() }
        XCTAssertEqual(scored.id, answer.id, "the same answer is edited")
        XCTAssertEqual([scored.experience, scored.importance], [2, 5])
        guard case let .upsertAnswer(unknown)? = AnswerEdit.change(for: .setDontKnow, existing: scored, roundID: round,
                                                                    respondentID: respondent, statementID: "openness.1") else { return XCTFail() }
        XCTAssertTrue(unknown.dontKnow)
        XCTAssertNil(unknown.experience)
        XCTAssertNil(unknown.importance)
        XCTAssertTrue(unknown.validationIssues(model: Fixtures.model()).isEmpty, "don't know carries no scores")
        XCTAssertEqual(AnswerEdit.change(for: .clear, existing: scored, roundID: round, respondentID: respondent, statementID: "openness.1"),
                       .deleteAnswer(scored.id))
        XCTAssertNil(AnswerEdit.change(for: .clear, existing: nil, roundID: round, respondentID: respondent, statementID: "openness.1"))
        XCTAssertNil(AnswerEdit.change(for: .setImportance(5), existing: scored, roundID: round, respondentID: respondent,
                                       statementID: "openness.1"), "no edit when nothing changes")
    }

    func testClearKeepsAnAnswerWithAComment() throws {
        var answer = Answer(roundID: UUID(), respondentID: UUID(), statementID: "openness.1", experience: 3, importance: 4, comment: "Viktig")
        let change = AnswerEdit.change(for: .clear, existing: answer, roundID: answer.roundID, respondentID: answer.respondentID,
                                       statementID: answer.statementID)
        answer.experience = nil
        answer.importance = nil
        XCTAssertEqual(change, .upsertAnswer(answer))
        XCTAssertNil(AnswerEdit.comment("", existing: nil, roundID: UUID(), respondentID: UUID(), statementID: "x"),
                     "an empty comment makes no answer")
    }
}
