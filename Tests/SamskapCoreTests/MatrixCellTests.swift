import XCTest
@testable import SamskapCore

/// The 3 × 3 matrix of figure 2: who plans against who delivers, and where each cell lies from thin to thick.
final class MatrixCellTests: XCTestCase {
    func testEveryCellHasTheDepthTheFigureGivesIt() {
        let figure: [Responsibility: [Responsibility: CoCreationDepth]] = [
            .professionals: [.professionals: .traditional, .together: .joinedDelivery, .civilSociety: .commissioned],
            .together: [.professionals: .thin, .together: .thick, .civilSociety: .thin],
            .civilSociety: [.professionals: .noActivity, .together: .joinedDelivery, .civilSociety: .selfOrganised],
        ]
        XCTAssertEqual(MatrixCell.all.count, 9)
        for cell in MatrixCell.all {
            XCTAssertEqual(cell.depth, figure[cell.planning]?[cell.delivery], "\(cell.planning) plans, \(cell.delivery) delivers")
        }
        XCTAssertEqual(MatrixCell.all.filter { $0.depth == .thin }.count, 2, "only the two co-planned cells with one deliverer are thin")
        XCTAssertEqual(MatrixCell.all.filter { $0.depth == .thick }, [MatrixCell(planning: .together, delivery: .together)])
    }

    func testEveryCellAndDepthIsNamedInBothLanguages() {
        for cell in MatrixCell.all {
            XCTAssertFalse(cell.term.text(.nb).isEmpty || cell.term.text(.en).isEmpty)
            XCTAssertNotEqual(cell.term.text(.nb), cell.term.text(.en))
        }
        XCTAssertEqual(Set(MatrixCell.all.map { $0.term.text(.nb) }).count, 9, "each cell has its own name")
        for depth in CoCreationDepth.allCases { XCTAssertNotEqual(depth.term.text(.nb), depth.term.text(.en)) }
    }
}
