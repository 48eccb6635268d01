import FoundationEssentials
import SamskapCore
import TestSupport
import XCTest

/// The position exercise without a display: its rows, the marker's moves, and what recording does to the project.
final class PositionExerciseTests: XCTestCase {
    func project(staircase: [StaircasePosition] = []) -> Project {
        var project = Project(name: "Møteplass Sagene")
        project.staircase = staircase
        return project
    }

    func testTheRowsAreTheMatrixEveryStaircaseAreaAndTheCircle() {
        XCTAssertEqual(PositionExercise.subjects(of: project()), [.matrix, .staircase(0), .circle], "one staircase row without areas")
        let areas = project(staircase: [StaircasePosition(area: "A", step: .curious), StaircasePosition(area: "B", step: .mature)])
        XCTAssertEqual(PositionExercise.subjects(of: areas), [.matrix, .staircase(0), .staircase(1), .circle])
        XCTAssertEqual(PositionExercise.matrixCells.count, 9)
        XCTAssertEqual(Set(PositionExercise.matrixCells), Set(MatrixCell.all))
        XCTAssertEqual(PositionExercise.matrixCells.first?.depth, .traditional, "from the professionals' own services…")
        XCTAssertEqual(PositionExercise.matrixCells.firstIndex { $0.depth == .thick }, 6, "…through thin to thick")
    }

    func testTheMarkerStartsAtTheProjectsValueAndWraps() {
        let areas = project(staircase: [StaircasePosition(area: "A", step: .mature)])
        let onStaircase = PositionExercise(row: 1)
        XCTAssertEqual(onStaircase.moving(by: 0, in: areas).proposal, 3, "Enter starts at the saved step")
        XCTAssertEqual(onStaircase.moving(by: 1, in: areas).moving(by: 1, in: areas).proposal, 0, "past the top, round to the first")
        XCTAssertEqual(PositionExercise(row: 2).moving(by: -1, in: areas).proposal, 4, "no phase yet: ← starts at the last")
        XCTAssertEqual(onStaircase.moving(by: 0, in: areas).movingRow(by: -2, in: areas), PositionExercise(row: 2),
                       "another row stops the choosing and wraps")
    }

    func testRecordingSetsThePositionAndKeepsThePhaseHistoryInDateOrder() {
        let day = Fixtures.day("2026-12-05")
        var before = project(staircase: [StaircasePosition(area: "A", step: .curious)])
        before.phaseHistory = [PhaseChange(date: Fixtures.day("2027-01-01"), phase: .market)]
        before.circlePhase = .market
        let step = PositionExercise.recording(2, of: .staircase(0), in: before, on: day, newArea: "X")
        XCTAssertEqual(step.staircase.map(\.step), [.ambitious])
        XCTAssertEqual(PositionExercise.current(.staircase(0), in: step), 2)
        let first = PositionExercise.recording(4, of: .staircase(0), in: project(), on: day, newArea: "Sagene")
        XCTAssertEqual(first.staircase.map(\.area), ["Sagene"], "a project without a staircase gets its first area")
        let cell = PositionExercise.recording(6, of: .matrix, in: before, on: day, newArea: "")
        XCTAssertEqual(cell.cell, MatrixCell(planning: .together, delivery: .together))
        let phase = PositionExercise.recording(1, of: .circle, in: before, on: day, newArea: "")
        XCTAssertEqual(phase.phaseHistory, [PhaseChange(date: day, phase: .focus), PhaseChange(date: Fixtures.day("2027-01-01"), phase: .market)])
        XCTAssertEqual(phase.circlePhase, .market, "the latest by date stays the current phase")
        XCTAssertEqual(PositionExercise.recording(1, of: .circle, in: project(), on: day, newArea: "").circlePhase, .focus)
    }
}
