import XCTest
import TestSupport
@testable import SamskapCore

/// For many random documents and random changes: applying a change and then its inverse gives back the
/// document exactly, order of every list included (undo in the window must not reshuffle anything).
final class InversePropertyTests: XCTestCase {
    func testInverseUndoesEveryRandomChangeExactly() {
        var rng = SeededRandom(seed: 2026)
        var kinds: [String: Int] = [:]
        for iteration in 0..<600 {
            let doc = RandomDocument.make(&rng)
            for _ in 0..<8 {
                let change = RandomDocument.change(for: doc, &rng)
                kinds[String(describing: change).prefix { $0 != "(" }.description, default: 0] += 1
                let undone = doc.applying([change]).applying(doc.inverse(of: change))
                if undone != doc {
                    XCTFail("iteration \(iteration): undo of \(change) did not give the document back")
                    return
                }
            }
        }
        // Every kind of change was tried, and often.
        XCTAssertEqual(kinds.count, 21, "\(kinds.keys.sorted())")
        XCTAssertGreaterThan(kinds.values.min() ?? 0, 50)
    }

    func testUndoOfASequenceInReverseOrderRestoresTheDocument() {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let original = RandomDocument.make(&rng)
            var doc = original
            var undo: [[Change]] = []
            for _ in 0..<6 {
                let change = RandomDocument.change(for: doc, &rng)
                undo.append(doc.inverse(of: change))
                doc.apply(change)
            }
            for inverse in undo.reversed() { doc = doc.applying(inverse) }
            XCTAssertEqual(doc, original)
        }
    }

    func testDeletedPartnerComesBackAtItsOldPlaceWithItsSubGoals() {
        let doc = Fixtures.smallDocument()
        var d = doc
        d.subGoals.insert(SubGoal(id: Fixtures.id(35), partnerID: Fixtures.id(20), text: "Før"), at: 0)
        let change = Change.deletePartner(Fixtures.id(10))
        let inverse = d.inverse(of: change)
        // The partner goes back to index 0 and its sub-goal to index 1, behind the other partner's.
        XCTAssertEqual(inverse.first, .restore(.upsertPartner(d.partners[0]), at: 0))
        XCTAssertTrue(inverse.contains(.restore(.upsertSubGoal(d.subGoals[1]), at: 1)))
        XCTAssertEqual(d.applying([change]).applying(inverse).partners.map(\.id), [Fixtures.id(10), Fixtures.id(20)])
        XCTAssertEqual(d.applying([change]).applying(inverse), d)
    }

    func testGoalsSharingAPositionKeepTheirOrderThroughUndo() {
        let a = Goal(id: Fixtures.id(1), text: "A", position: 0), b = Goal(id: Fixtures.id(2), text: "B", position: 0)
        var doc = Fixtures.minimalDocument()
        doc.goals = [a, b]
        var moved = a
        moved.position = 1
        let change = Change.upsertGoal(moved)
        XCTAssertEqual(doc.applying([change]).goals.map(\.text), ["B", "A"])
        XCTAssertEqual(doc.applying([change]).applying(doc.inverse(of: change)).goals.map(\.text), ["A", "B"])
    }

    func testInverseOfANewRecordIsItsDelete() {
        let doc = Fixtures.smallDocument()
        let m = Measurement(id: Fixtures.id(900), indicatorID: Fixtures.id(40), date: Fixtures.day("2025-08-01"), value: 3)
        XCTAssertEqual(doc.inverse(of: .upsertMeasurement(m)), [.deleteMeasurement(m.id)])
        XCTAssertEqual(doc.inverse(of: .deleteMeasurement(Fixtures.id(900))), [])
    }

    func testDeletingAMissingPartnerStillRestoresOrphanedSubGoals() {
        // A hand-edited file may hold a sub-goal whose partner is gone; deleting that id cascades anyway.
        var doc = Fixtures.minimalDocument()
        doc.subGoals = [SubGoal(id: Fixtures.id(5), partnerID: Fixtures.id(6), text: "Foreldreløs")]
        let change = Change.deletePartner(Fixtures.id(6))
        XCTAssertTrue(doc.applying([change]).subGoals.isEmpty)
        XCTAssertEqual(doc.applying([change]).applying(doc.inverse(of: change)), doc)
    }
}
