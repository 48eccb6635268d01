import XCTest
@testable import SamskapCore

final class MergePlanTests: XCTestCase {
    func testAddsExactlyTheRoundAnsweredOnTheOtherCopy() throws {
        let ours = MergeFixture.base()
        let theirs = MergeFixture.answeredRound(on: ours)
        let plan = try ours.mergePlan(from: theirs)
        XCTAssertEqual(plan.summary.added, [.rounds: 1, .respondents: 3, .answers: 9])
        XCTAssertEqual(plan.summary.conflicts, [:])
        XCTAssertEqual(plan.changes.count, 13)
        let merged = ours.applying(plan.changes)
        XCTAssertEqual(Set(merged.rounds), Set(theirs.rounds))
        XCTAssertEqual(Set(merged.respondents), Set(theirs.respondents))
        XCTAssertEqual(Set(merged.answers), Set(theirs.answers))
        XCTAssertEqual(merged.measurements, ours.measurements)
    }

    func testSecondMergeAddsNothing() throws {
        let ours = MergeFixture.base()
        let theirs = MergeFixture.answeredRound(on: ours)
        let store = InMemoryProjectStore(ours)
        try store.apply(try store.load().mergePlan(from: theirs).changes)
        let once = try store.load()
        let second = try once.mergePlan(from: theirs)
        XCTAssertTrue(second.changes.isEmpty)
        XCTAssertTrue(second.summary.isEmpty)
        XCTAssertEqual(second.summary.message(.nb), "Ingenting nytt å legge til: alt i den andre filen finnes her fra før. 0 konflikter.")
        try store.apply(second.changes)
        XCTAssertEqual(try store.load(), once)
    }

    func testMergeBothWaysGivesTheSameRecords() throws {
        let base = MergeFixture.base()
        let a = MergeFixture.answeredRound(on: base)
        var b = base
        let extra = Indicator(name: "Deltakere på kurs", level: .output)
        b.apply(.upsertIndicator(extra))
        b.apply(.upsertMeasurement(Measurement(indicatorID: extra.id, date: MergeFixture.day("2026-03-01"), value: 12)))
        let ab = a.applying(try a.mergePlan(from: b).changes)
        let ba = b.applying(try b.mergePlan(from: a).changes)
        XCTAssertEqual(Set(ab.answers), Set(ba.answers))
        XCTAssertEqual(Set(ab.measurements), Set(ba.measurements))
        XCTAssertEqual(Set(ab.indicators.map(\.id)), Set(ba.indicators.map(\.id)))
        XCTAssertEqual(ab.answers.count, 6 + 9)
    }

    func testParentsComeBeforeChildren() throws {
        let base = MergeFixture.base()
        let ours = ProjectDocument(project: base.project)
        let theirs = MergeFixture.answeredRound(on: base)
        let plan = try ours.mergePlan(from: theirs)
        func firstIndex(_ match: (Change) -> Bool) -> Int { plan.changes.firstIndex(where: match) ?? -1 }
        func lastIndex(_ match: (Change) -> Bool) -> Int { plan.changes.lastIndex(where: match) ?? Int.max }
        let partners = lastIndex { if case .upsertPartner = $0 { true } else { false } }
        let subGoals = firstIndex { if case .upsertSubGoal = $0 { true } else { false } }
        let indicators = lastIndex { if case .upsertIndicator = $0 { true } else { false } }
        let measurements = firstIndex { if case .upsertMeasurement = $0 { true } else { false } }
        let evaluations = firstIndex { if case .upsertEvaluation = $0 { true } else { false } }
        let rounds = lastIndex { if case .upsertRound = $0 { true } else { false } }
        let respondentsFirst = firstIndex { if case .upsertRespondent = $0 { true } else { false } }
        let respondentsLast = lastIndex { if case .upsertRespondent = $0 { true } else { false } }
        let answers = firstIndex { if case .upsertAnswer = $0 { true } else { false } }
        XCTAssertLessThan(partners, subGoals)
        XCTAssertLessThan(partners, respondentsFirst)
        XCTAssertLessThan(indicators, measurements)
        XCTAssertLessThan(indicators, evaluations)
        XCTAssertLessThan(rounds, respondentsFirst)
        XCTAssertLessThan(respondentsLast, answers)
        XCTAssertEqual(plan.summary.added, [.partners: 2, .goals: 1, .subGoals: 1, .indicators: 2, .measurements: 2,
                                            .evaluations: 1, .rounds: 2, .respondents: 5, .answers: 15])
        XCTAssertEqual(ours.applying(plan.changes).answers.count, theirs.answers.count)
    }

    func testDifferentProjectIsRefusedUnlessForced() throws {
        let ours = MergeFixture.base()
        let stranger = ProjectDocument(project: Project(name: "Ensomhet i Ås"), partners: [Partner(name: "Ås kommune", sector: .municipality)])
        XCTAssertThrowsError(try ours.mergePlan(from: stranger)) { error in
            XCTAssertEqual(error as? MergeError, .differentProject(ours: "Bolig først i Bø", theirs: "Ensomhet i Ås"))
            let message = (error as? MergeError)?.message(.nb) ?? ""
            XCTAssertTrue(message.contains("«Ensomhet i Ås»") && message.contains("--force"), message)
            XCTAssertTrue((error as? MergeError)?.message(.en).contains("different project") ?? false)
        }
        let forced = try ours.mergePlan(from: stranger, force: true)
        XCTAssertEqual(forced.summary.added, [.partners: 1])
    }

    func testConflictsAreCountedAndOursKept() throws {
        let ours = MergeFixture.base()
        var theirs = ours
        theirs.partners[0].name = "Bø kommune, NAV"
        theirs.measurements[0].value = 5
        theirs.answers[0].experience = 1
        // The same respondent answered the same statement here under another id: a conflict, not a second answer.
        var second = ours.answers[1]
        second.id = UUID()
        second.experience = 5
        theirs.answers.append(second)
        let plan = try ours.mergePlan(from: theirs)
        XCTAssertTrue(plan.changes.isEmpty)
        XCTAssertEqual(plan.summary.conflicts, [.partners: 1, .measurements: 1, .answers: 2])
        XCTAssertEqual(plan.summary.totalConflicts, 4)
        XCTAssertEqual(ours.applying(plan.changes), ours)
        XCTAssertEqual(plan.summary.message(.nb),
                       "Ingenting nytt å legge til: alt i den andre filen finnes her fra før. 4 konflikter (1 samarbeidspartner, 1 måling og 2 svar): der filene er uenige, beholdt vi det som står i denne filen.")
    }

    func testMessagesInBothLanguages() {
        let summary = MergeSummary(added: [.rounds: 1, .respondents: 6, .answers: 264])
        XCTAssertEqual(summary.message(.nb), "La til 1 vurderingsrunde, 6 respondenter og 264 svar. 0 konflikter.")
        XCTAssertEqual(summary.message(.en), "Added 1 assessment round, 6 respondents and 264 answers. 0 conflicts.")
        let one = MergeSummary(added: [.measurements: 1], conflicts: [.indicators: 1])
        XCTAssertEqual(one.message(.en), "Added 1 measurement. 1 conflict (1 indicator): where the files disagree, we kept what this file says.")
    }
}
