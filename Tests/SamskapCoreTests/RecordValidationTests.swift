import XCTest
import TestSupport
@testable import SamskapCore

/// Partners, goals, sub-goals, rounds and respondents.
final class RecordValidationTests: XCTestCase {
    private var partner: Partner { Fixtures.smallDocument().partners[0] }

    func testPartnerNameEmpty() {
        var p = partner
        p.name = " "
        assertIssue(p.validationIssues(), .partnerNameEmpty, .error, field: "partner.name", nbContains: ["navn"], enContains: ["name"])
    }

    func testPartnerEmailShape() {
        var p = partner
        for ok in ["", "ola@nav.no", "ola.nordmann+samskap@kommune.example.no", "  ola@nav.no "] {
            p.contact.email = ok
            XCTAssertEqual(p.validationIssues(), [], ok)
        }
        for bad in ["ola", "ola@", "@nav.no", "ola@nav", "ola@@nav.no", "ola nordmann@nav.no", "ola@nav..no", "ola@nav.no."] {
            p.contact.email = bad
            assertIssue(p.validationIssues(), .partnerEmailInvalid, .error, field: "partner.contact.email",
                        nbContains: ["«\(bad)»", "«NAV Drammen»"], enContains: ["“\(bad)”", "“NAV Drammen”"])
        }
    }

    func testEmptyAnchorPointNamesItsDirectionAndCarriesItsID() {
        var p = partner
        p.anchorPoints.append(AnchorPoint(id: Fixtures.id(12), direction: .back, text: ""))
        let issues = p.validationIssues()
        assertIssue(issues, .anchorPointEmpty, .error, field: "partner.anchorPoints.text", nbContains: ["bakover"], enContains: ["back"])
        XCTAssertEqual(issues.first?.recordID, Fixtures.id(12))
    }

    func testGoalAndSubGoalText() {
        XCTAssertEqual(Goal(text: "Flere møteplasser", position: 0).validationIssues(), [])
        assertIssue(Goal(text: "", position: 0).validationIssues(), .goalTextEmpty, .error, field: "goal.text")
        XCTAssertEqual(SubGoal(partnerID: Fixtures.id(1), text: "Flere i arbeid").validationIssues(), [])
        assertIssue(SubGoal(partnerID: Fixtures.id(1), text: "\t").validationIssues(), .subGoalTextEmpty, .error, field: "subGoal.text")
    }

    func testRoundLabel() {
        XCTAssertEqual(AssessmentRound(date: Fixtures.day("2025-03-01"), label: "Oppstart").validationIssues(), [])
        assertIssue(AssessmentRound(date: Fixtures.day("2025-03-01"), label: " ").validationIssues(), .roundLabelEmpty, .error,
                    field: "round.label", nbContains: ["Oppstart"], enContains: ["Kick-off"])
    }

    func testRespondentNeedsAPartnerOrALabel() {
        XCTAssertEqual(Respondent(roundID: Fixtures.id(1), partnerID: Fixtures.id(2)).validationIssues(), [])
        XCTAssertEqual(Respondent(roundID: Fixtures.id(1), label: "Deltaker 3").validationIssues(), [])
        assertIssue(Respondent(roundID: Fixtures.id(1)).validationIssues(), .respondentUnidentified, .error, field: "respondent.label")
    }

    func testIssueListHelpers() {
        var p = partner
        p.name = ""
        p.contact.email = "x"
        let issues = p.validationIssues()
        XCTAssertTrue(issues.hasErrors)
        XCTAssertEqual(issues.issues(for: "partner.contact.email").map(\.rule), [.partnerEmailInvalid])
        XCTAssertFalse([ValidationIssue]().hasErrors)
        XCTAssertTrue(ValidationSeverity.warning < .error)
    }
}
