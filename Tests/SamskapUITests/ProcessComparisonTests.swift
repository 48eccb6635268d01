import Foundation
import SamskapCore
import XCTest
@testable import SamskapUI
import TestSupport

/// Comparing rounds and writing their figures, without a window.
final class ProcessComparisonTests: XCTestCase {
    private let model = Fixtures.model()

    /// Results of a round where respondent i rates every statement of each dimension with `scores[dimension][i]`.
    private func results(_ round: UUID, _ scores: [String: [Int]], threshold: Int = 3) -> RoundResults {
        var answers: [Answer] = []
        let respondents = (0..<10).map { _ in UUID() }
        for (id, values) in scores {
            for statement in model.dimension(id: id)?.statements ?? [] {
                for (i, value) in values.enumerated() {
                    answers.append(Answer(roundID: round, respondentID: respondents[i], statementID: statement.id, experience: value, importance: 4))
                }
            }
        }
        return RoundResults.compute(round: round, answers: answers, model: model, threshold: threshold)
    }

    func testChangeBetweenRounds() {
        let now = results(UUID(), ["anchoring": [4, 4, 3], "openness": [2, 2, 2], "democracy": [3, 3]])
        let before = results(UUID(), ["anchoring": [3, 3, 3], "openness": [3, 3, 3], "democracy": [1, 1, 1], "creativity": [3, 3, 3]])
        let anchoring = RoundChange.between(now.result("anchoring"), before.result("anchoring"))
        guard case let .up(delta) = anchoring else { return XCTFail("anchoring went up: \(anchoring)") }
        XCTAssertEqual(delta, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(RoundChange.between(now.result("openness"), before.result("openness")), RoundChange.down(-1))
        XCTAssertEqual(RoundChange.between(now.result("anchoring"), nil), RoundChange.none, "no previous round")
        XCTAssertEqual(RoundChange.between(now.result("democracy"), before.result("democracy")), RoundChange.none,
                       "two respondents are below the threshold: the difference would give them away")
        XCTAssertEqual(RoundChange.between(now.result("creativity"), before.result("creativity")), RoundChange.none, "not answered now")
        let same = results(UUID(), ["openness": [2, 2, 2]])
        XCTAssertEqual(RoundChange.between(same.result("openness"), now.result("openness")), RoundChange.same)
        let changes = RoundChange.compare(now, with: before)
        XCTAssertEqual(changes["openness"], RoundChange.down(-1))
        XCTAssertEqual(changes.count, model.allDimensions.count)
        XCTAssertEqual(RoundChange.compare(now, with: nil)["openness"], RoundChange.none)
    }

    func testThePreviousRoundByDate() throws {
        let first = AssessmentRound(date: Fixtures.day("2025-03-01"), label: "Oppstart")
        let second = AssessmentRound(date: Fixtures.day("2026-03-01"), label: "Ett år etter")
        XCTAssertEqual(RoundChange.previousRound(of: second.id, in: [first, second]), first)
        XCTAssertNil(RoundChange.previousRound(of: first.id, in: [first, second]))
        XCTAssertNil(RoundChange.previousRound(of: UUID(), in: [first, second]))
    }

    func testNumbersInBothLanguages() {
        XCTAssertEqual(ProcessFormat.number(3.45, .nb), "3,5")
        XCTAssertEqual(ProcessFormat.number(3.0, .en), "3.0")
        XCTAssertEqual(ProcessFormat.number(-0.5, .nb), "−0,5")
        XCTAssertEqual(ProcessFormat.number(0.04, .nb), "0,0")
        XCTAssertEqual(ProcessFormat.change(.up(0.5), .nb), "↑ 0,5")
        XCTAssertEqual(ProcessFormat.change(.down(-1.25), .en), "↓ 1.3")
        XCTAssertEqual(ProcessFormat.change(.same, .nb), "→ 0,0")
        XCTAssertEqual(ProcessFormat.change(.none, .nb), "–")
    }

    func testPhaseHistoryStaysInDateOrder() throws {
        let a = PhaseChange(date: Fixtures.day("2024-09-01"), phase: .map)
        let b = PhaseChange(date: Fixtures.day("2025-02-01"), phase: .focus)
        let c = PhaseChange(date: Fixtures.day("2024-09-01"), phase: .focus)
        // The Position view and the workshop record a phase through the project itself.
        var project = Project(name: "P")
        project.phaseHistory = [b, a]
        project.recordPhase(c.phase, from: c.date)
        XCTAssertEqual(project.phaseHistory, [a, c, b], "a later entry on the same day stays after the earlier one")
        XCTAssertEqual(project.circlePhase, b.phase, "the latest by date is the current phase")
    }
}
