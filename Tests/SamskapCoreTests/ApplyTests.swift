import XCTest
import TestSupport
@testable import SamskapCore

/// `ProjectDocument.apply` for every kind of change, cascades included.
final class ApplyTests: XCTestCase {
    private let id = Fixtures.id
    private var doc: ProjectDocument { Fixtures.smallDocument() }

    func testSetProjectReplacesTheProject() {
        var p = doc.project
        p.name = "Nytt navn"
        XCTAssertEqual(doc.applying([.setProject(p)]).project.name, "Nytt navn")
    }

    func testUpsertReplacesInPlaceOrAppends() {
        var nav = doc.partners[0]
        nav.name = "NAV Lier"
        let changed = doc.applying([.upsertPartner(nav)])
        XCTAssertEqual(changed.partners.map(\.name), ["NAV Lier", "Brukerrådet"])
        let added = doc.applying([.upsertPartner(Partner(id: id(99), name: "Ny", sector: .business))])
        XCTAssertEqual(added.partners.map(\.id), [id(10), id(20), id(99)])
    }

    func testDeletePartnerCascades() {
        let after = doc.applying([.deletePartner(id(10))])
        XCTAssertEqual(after.partners.map(\.id), [id(20)])
        XCTAssertTrue(after.subGoals.isEmpty, "NAV's sub-goal goes with it")
        XCTAssertNil(after.respondents.first { $0.id == id(71) }?.partnerID, "the respondent stays, unlinked")
        XCTAssertEqual(after.respondents.count, 2)
        XCTAssertEqual(after.answers.count, doc.answers.count, "answers stay")
    }

    func testDeletePartnerUnlinksResponsibleIndicators() {
        var d = doc
        d.indicators[0].responsiblePartnerID = id(10)
        let after = d.applying([.deletePartner(id(10))])
        XCTAssertNil(after.indicators[0].responsiblePartnerID)
        XCTAssertEqual(after.indicators.count, 2)
    }

    func testGoalsStaySortedByPosition() {
        let after = doc.applying([.upsertGoal(Goal(id: id(32), text: "Først", position: -1)),
                                  .upsertGoal(Goal(id: id(33), text: "Sist", position: 5))])
        XCTAssertEqual(after.goals.map(\.text), ["Først", "Flere møteplasser", "Sist"])
        XCTAssertEqual(after.applying([.deleteGoal(id(30))]).goals.map(\.text), ["Først", "Sist"])
    }

    func testSubGoalUpsertAndDelete() {
        let added = doc.applying([.upsertSubGoal(SubGoal(id: id(34), partnerID: id(20), text: "Bli hørt"))])
        XCTAssertEqual(added.subGoals.map(\.text), ["Flere i arbeid", "Bli hørt"])
        XCTAssertEqual(added.applying([.deleteSubGoal(id(31))]).subGoals.map(\.id), [id(34)])
    }

    func testSetImpactStepReplacesOnlyThatStep() {
        let after = doc.applying([.setImpactStep(ImpactStep(kind: .baseline, content: "Målt i januar", isDone: true))])
        XCTAssertEqual(after.impactSteps.count, 10)
        XCTAssertEqual(after.impactSteps[7].content, "Målt i januar")
        XCTAssertEqual(after.impactSteps.filter(\.isDone).count, 1)
    }

    func testDeleteIndicatorCascadesToMeasurementsAndEvaluations() {
        let after = doc.applying([.deleteIndicator(id(40))])
        XCTAssertEqual(after.indicators.map(\.id), [id(41)])
        XCTAssertEqual(after.measurements.map(\.id), [id(51)])
        XCTAssertEqual(after.evaluations.count, 1, "the evaluation entry stays")
        XCTAssertEqual(after.evaluations[0].indicatorIDs, [])
    }

    func testIndicatorAndMeasurementUpserts() {
        var ind = doc.indicators[0]
        ind.target.value = 80
        XCTAssertEqual(doc.applying([.upsertIndicator(ind)]).indicators[0].target.value, 80)
        let m = Measurement(id: id(52), indicatorID: id(40), date: Fixtures.day("2025-09-01"), value: 25)
        let after = doc.applying([.upsertMeasurement(m)])
        XCTAssertEqual(after.measurements(of: id(40)).map(\.value), [20, 25])
        XCTAssertEqual(after.applying([.deleteMeasurement(id(50))]).measurements(of: id(40)).map(\.id), [id(52)])
    }

    func testEvaluationUpsertAndDelete() {
        var e = doc.evaluations[0]
        e.wentWrong = "Få kom i juli"
        XCTAssertEqual(doc.applying([.upsertEvaluation(e)]).evaluations[0].wentWrong, "Få kom i juli")
        XCTAssertTrue(doc.applying([.deleteEvaluation(id(60))]).evaluations.isEmpty)
    }

    func testDeleteRoundCascadesToRespondentsAndAnswers() {
        var d = doc
        let other = AssessmentRound(id: id(90), date: Fixtures.day("2025-10-01"), label: "Høst")
        d.apply(.upsertRound(other))
        d.apply(.upsertRespondent(Respondent(id: id(91), roundID: other.id, label: "X")))
        d.apply(.upsertAnswer(Answer(id: id(92), roundID: other.id, respondentID: id(91), statementID: "openness.1", experience: 4)))
        let after = d.applying([.deleteRound(id(70))])
        XCTAssertEqual(after.rounds.map(\.id), [id(90)])
        XCTAssertEqual(after.respondents.map(\.id), [id(91)])
        XCTAssertEqual(after.answers.map(\.id), [id(92)])
    }

    func testDeleteRespondentCascadesToTheirAnswersOnly() {
        let after = doc.applying([.deleteRespondent(id(71))])
        XCTAssertEqual(after.respondents.map(\.id), [id(72)])
        XCTAssertEqual(after.answers.count, 33)
        XCTAssertTrue(after.answers.allSatisfy { $0.respondentID == id(72) })
    }

    func testAnswerUpsertAndDelete() {
        var a = doc.answers[0]
        a.experience = 5
        XCTAssertEqual(doc.applying([.upsertAnswer(a)]).answers[0].experience, 5)
        XCTAssertEqual(doc.applying([.deleteAnswer(a.id)]).answers.count, doc.answers.count - 1)
    }

    func testRestoreInsertsAtTheIndexClampedToTheList() {
        let ny = Partner(id: id(99), name: "Ny", sector: .business)
        XCTAssertEqual(doc.applying([.restore(.upsertPartner(ny), at: 0)]).partners.map(\.id), [id(99), id(10), id(20)])
        XCTAssertEqual(doc.applying([.restore(.upsertPartner(ny), at: 1)]).partners.map(\.id), [id(10), id(99), id(20)])
        XCTAssertEqual(doc.applying([.restore(.upsertPartner(ny), at: 42)]).partners.map(\.id), [id(10), id(20), id(99)])
        XCTAssertEqual(doc.applying([.restore(.upsertPartner(ny), at: -3)]).partners.map(\.id), [id(99), id(10), id(20)])
        // An existing record is moved, not duplicated.
        var nav = doc.partners[0]
        nav.name = "NAV Lier"
        let moved = doc.applying([.restore(.upsertPartner(nav), at: 1)])
        XCTAssertEqual(moved.partners.map(\.name), ["Brukerrådet", "NAV Lier"])
        // A restore around a delete is the plain delete.
        XCTAssertEqual(doc.applying([.restore(.deletePartner(id(10)), at: 0)]), doc.applying([.deletePartner(id(10))]))
    }

    func testDeletingWhatIsNotThereChangesNothing() {
        let d = doc
        for change in [Change.deletePartner(id(500)), .deleteGoal(id(500)), .deleteSubGoal(id(500)), .deleteIndicator(id(500)),
                       .deleteMeasurement(id(500)), .deleteEvaluation(id(500)), .deleteRound(id(500)),
                       .deleteRespondent(id(500)), .deleteAnswer(id(500))] {
            XCTAssertEqual(d.applying([change]), d, "\(change)")
        }
    }

    func testInMemoryStoreAppliesAndLoads() throws {
        let store = InMemoryProjectStore(doc)
        try store.apply(.deletePartner(id(10)))
        try store.apply([.deleteGoal(id(30)), .deleteIndicator(id(41))])
        let loaded = try store.load()
        XCTAssertEqual(loaded.partners.map(\.id), [id(20)])
        XCTAssertTrue(loaded.goals.isEmpty)
        XCTAssertEqual(loaded.indicators.map(\.id), [id(40)])
        XCTAssertEqual(loaded, store.document)
    }
}
