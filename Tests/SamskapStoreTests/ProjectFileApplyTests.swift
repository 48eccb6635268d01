import Foundation
import XCTest
@testable import SamskapStore
import TestSupport

/// Edits: every kind, the cascades, undo's restores, all-or-nothing, and agreement with `ProjectDocument.apply`.
final class ProjectFileApplyTests: StoreTestCase {
    private let id = StoreSamples.id

    /// Applies the edits to the file and to the document in memory; both must then hold the same, also after reopening.
    private func assertAgrees(_ changes: [[Change]], start: ProjectDocument = StoreSamples.full(),
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let url = path("p-\(UUID().uuidString).samskap")
        let store = try ProjectFile.create(at: url, document: start)
        var expected = start
        for batch in changes {
            try store.apply(batch)
            expected = expected.applying(batch)
            XCTAssertEqual(try store.load(), expected, "after \(batch)", file: file, line: line)
        }
        store.close()
        let reopened = try ProjectFile.open(at: url)
        defer { reopened.close() }
        XCTAssertEqual(try reopened.load(), expected, file: file, line: line)
        XCTAssertTrue(try reopened.check().isIntact, file: file, line: line)
    }

    func testEveryUpsertAndSet() throws {
        var doc = StoreSamples.full()
        var project = doc.project
        project.name = "Nytt navn"
        project.municipality = nil
        project.cell = nil
        project.circlePhase = nil
        project.anonymityThreshold = 5
        var partner = doc.partners[0]
        partner.citizenRoles = [.coImplementer]
        partner.contact.email = "ny@example.no"
        var indicator = doc.indicators[0]
        indicator.responsiblePartnerID = nil
        indicator.target = ReferencePoint()
        var evaluation = doc.evaluations[0]
        evaluation.indicatorIDs = [id(20)]
        evaluation.wentWrong = ""
        doc.project = project
        try assertAgrees([
            [.setProject(project)],
            [.upsertPartner(partner), .upsertPartner(Partner(id: id(14), name: "Ny aktør", sector: .research))],
            [.upsertGoal(Goal(id: id(82), text: "Først", position: -1)), .upsertGoal(Goal(id: id(80), text: "Endret", position: 5))],
            [.upsertSubGoal(SubGoal(id: id(92), partnerID: id(14), text: "Forske"))],
            [.setImpactStep(ImpactStep(kind: .evaluation, content: "Ferdig", isDone: true))],
            [.upsertIndicator(indicator)],
            [.upsertMeasurement(SamskapCore.Measurement(id: id(33), indicatorID: id(21), date: Fixtures.day("2026-01-01"), value: nil, note: "Notat"))],
            [.upsertEvaluation(evaluation)],
            [.upsertRound(AssessmentRound(id: id(52), date: Fixtures.day("2026-02-01"), label: "Vår 2026"))],
            [.upsertRespondent(Respondent(id: id(63), roundID: id(52), partnerID: id(14)))],
            [.upsertAnswer(Answer(id: id(73), roundID: id(52), respondentID: id(63), statementID: "x.1", experience: 1, importance: 1))],
        ])
    }

    func testDeletingAPartnerCascadesAsInMemory() throws {
        try assertAgrees([[.deletePartner(id(10))], [.deletePartner(id(12))]])
    }

    func testDeletingAnIndicatorRemovesMeasurementsAndEvaluationLinks() throws {
        try assertAgrees([[.deleteIndicator(id(21))]])
    }

    func testDeletingRoundsAndRespondentsRemovesAnswers() throws {
        try assertAgrees([[.deleteRespondent(id(61))], [.deleteRound(id(50))]])
    }

    func testEveryDelete() throws {
        try assertAgrees([[.deleteGoal(id(80)), .deleteSubGoal(id(90)), .deleteMeasurement(id(30)), .deleteEvaluation(id(40)),
                           .deleteAnswer(id(72)), .deleteGoal(id(999))]])
    }

    func testUndoOfDeletesPutsRecordsBackAtTheirPlace() throws {
        let start = StoreSamples.full()
        for change: Change in [.deletePartner(id(10)), .deleteIndicator(id(20)), .deleteRound(id(50)), .deleteRespondent(id(60)),
                               .deleteMeasurement(id(31)), .deleteGoal(id(80)), .deleteAnswer(id(70)), .deleteEvaluation(id(40))] {
            let undo = start.inverse(of: change)
            try assertAgrees([[change], undo], start: start)
        }
    }

    func testRestoreMovesAnExistingRecordAndClampsTheIndex() throws {
        let doc = StoreSamples.full()
        try assertAgrees([[.restore(.upsertPartner(doc.partners[2]), at: 0)],
                          [.restore(.upsertMeasurement(doc.measurements[0]), at: 99)],
                          [.restore(.restore(.upsertAnswer(doc.answers[2]), at: 5), at: 1)]])
    }

    func testRandomEditsAgreeWithTheDocument() throws {
        var rng = SeededRandom(seed: 7)
        let start = StoreSamples.full()
        let url = path("random.samskap")
        let store = try ProjectFile.create(at: url, document: start)
        defer { store.close() }
        var expected = start
        for step in 0..<300 {
            let change = RandomEdits.next(in: expected, &rng, step: step)
            try store.apply([change])
            expected.apply(change)
            if step % 25 == 0 { XCTAssertEqual(try store.load(), expected, "step \(step): \(change)") }
        }
        XCTAssertEqual(try store.load(), expected)
    }

    func testABatchIsAllOrNothing() throws {
        let url = path("p.samskap")
        let store = try ProjectFile.create(at: url, document: StoreSamples.full())
        defer { store.close() }
        let before = try store.load()
        let dangling = SubGoal(id: id(93), partnerID: id(4242), text: "Foreldreløst")
        XCTAssertThrowsError(try store.apply([.deleteGoal(id(80)), .upsertSubGoal(dangling)])) { error in
            guard case .invalidEdit? = error as? ProjectFileError else { return XCTFail("\(error)") }
            XCTAssertTrue((error as? ProjectFileError)?.message(.nb).contains("Filen er som før") == true)
        }
        XCTAssertEqual(try store.load(), before)
        // The file still takes edits afterwards.
        try store.apply([.deleteGoal(id(80))])
        XCTAssertEqual(try store.load(), before.applying([.deleteGoal(id(80))]))
    }

    func testAChildMayComeBeforeItsParentInOneBatch() throws {
        try assertAgrees([[.upsertSubGoal(SubGoal(id: id(94), partnerID: id(15), text: "Først barnet")),
                           .upsertPartner(Partner(id: id(15), name: "Så forelderen", sector: .business))]])
    }
}
