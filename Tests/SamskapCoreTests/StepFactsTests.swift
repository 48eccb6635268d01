import XCTest
@testable import SamskapCore
import TestSupport

/// Steps 1 and 2 of the impact work are the project's problem and its goals: a text of their own moves there, and
/// nothing is lost on the way.
final class StepFactsTests: XCTestCase {
    private func document(problem: String, goals: [String], step1: String, step2: String) -> ProjectDocument {
        var doc = Fixtures.minimalDocument()
        doc.project.problem = problem
        doc.goals = goals.enumerated().map { Goal(text: $1, position: $0) }
        doc.impactSteps[0].content = step1
        doc.impactSteps[1].content = step2
        return doc
    }

    func testATextThatSaysMoreIsAddedMarked() {
        let folded = document(problem: "Sitat", goals: ["Mål A"], step1: "Analyse", step2: "Mål B").foldingStepFacts()
        XCTAssertEqual(folded.project.problem, "Sitat\n\n[Trinn 1 / Step 1] Analyse")
        XCTAssertEqual(folded.goals.map(\.text), ["Mål A", "[Trinn 2 / Step 2] Mål B"])
        XCTAssertEqual(folded.goals.map(\.position), [0, 1])
        XCTAssertEqual(folded.impactSteps[0].content, "")
        XCTAssertEqual(folded.impactSteps[1].content, "")
    }

    func testATextThatSaysTheSameGoesAndAnEmptyFactTakesItUnmarked() {
        let same = document(problem: "Sitat", goals: ["Mål A"], step1: " Sitat\n", step2: "Mål A").foldingStepFacts()
        XCTAssertEqual(same.project.problem, "Sitat")
        XCTAssertEqual(same.goals.map(\.text), ["Mål A"])
        let empty = document(problem: "", goals: [], step1: "Analyse", step2: "Mål B").foldingStepFacts()
        XCTAssertEqual(empty.project.problem, "Analyse")
        XCTAssertEqual(empty.goals.map(\.text), ["Mål B"])
    }

    func testTheFoldIsDoneOnceAndLeavesTheOtherStepsAlone() {
        var doc = document(problem: "Sitat", goals: [], step1: "Analyse", step2: "")
        doc.impactSteps[2].content = "Målgruppene"
        let once = doc.foldingStepFacts()
        XCTAssertEqual(once.foldingStepFacts(), once)
        XCTAssertEqual(once.impactSteps[2].content, "Målgruppene")
        XCTAssertEqual(document(problem: "P", goals: ["G"], step1: "", step2: "  ").foldingStepFacts().goals.count, 1)
    }
}
