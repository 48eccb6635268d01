import XCTest
import TestSupport
@testable import SamskapCore

final class DocumentValidationTests: XCTestCase {
    private let model = Fixtures.model()
    private let today = Fixtures.day("2025-12-01")

    func testSmallDocumentIsClean() {
        XCTAssertEqual(Fixtures.smallDocument().validate(model: model, today: today), [])
    }

    func testValidateRunsEveryRecordCheck() {
        var doc = Fixtures.smallDocument()
        doc.project.anonymityThreshold = 0
        doc.partners[1].name = ""
        doc.goals[0].text = ""
        doc.subGoals[0].text = ""
        doc.indicators[0].unit = ""
        doc.measurements[1].note = ""
        doc.rounds[0].label = ""
        doc.respondents[1].label = ""
        doc.answers[0].experience = 9
        let rules = doc.validate(model: model, today: today).map(\.rule)
        XCTAssertEqual(rules, [.anonymityThresholdOutOfRange, .partnerNameEmpty, .goalTextEmpty, .subGoalTextEmpty,
                               .indicatorUnitMissing, .measurementNoteMissing, .roundLabelEmpty, .respondentUnidentified,
                               .answerExperienceOutOfRange])
        let summary = doc.validationSummary(model: model, today: today)
        XCTAssertEqual(summary.errors, 9)
        XCTAssertEqual(summary.warnings, 0)
    }

    func testLinksToMissingRecordsAreReported() {
        var doc = Fixtures.smallDocument()
        let ghost = Fixtures.id(4040)
        doc.subGoals[0].partnerID = ghost
        doc.measurements[0].indicatorID = ghost
        doc.answers[0].respondentID = ghost
        let issues = doc.validate(model: model, today: today).filter { $0.rule == .unknownReference }
        XCTAssertEqual(issues.map(\.field), ["subGoal.partnerID", "measurement.indicatorID", "answer.respondentID"])
        XCTAssertTrue(issues.allSatisfy { $0.message(.nb).contains(ghost.uuidString) && $0.message(.en).contains(ghost.uuidString) })
    }

    func testUnknownStatementFoundThroughTheDocument() {
        var doc = Fixtures.smallDocument()
        doc.answers[3].statementID = "gone.1"
        let issues = doc.validate(model: model, today: today)
        XCTAssertEqual(issues.map(\.rule), [.answerUnknownStatement])
        XCTAssertEqual(issues.first?.recordID, doc.answers[3].id)
    }

    func testTheRealModelAcceptsTheFixtureIDsOrTheTestSaysWhy() throws {
        // When data/model/nb.json is present, the statement ids the fixture invents must exist there too,
        // or documents built from the fixture would fail validation against the real model.
        guard let real = try? ModelContent.load(.nb) else { throw XCTSkip("data/model/nb.json not present") }
        let realIDs = Set(real.allDimensions.flatMap { $0.statements.map(\.id) })
        let fixtureIDs = Set(model.allDimensions.flatMap { $0.statements.map(\.id) })
        XCTAssertEqual(Set(real.values.map(\.id) + real.fields.map(\.id)), Set(ModelFixture.valueIDs + ModelFixture.fieldIDs))
        XCTAssertTrue(fixtureIDs.isSubset(of: realIDs), "missing in nb.json: \(fixtureIDs.subtracting(realIDs).sorted())")
    }
}
