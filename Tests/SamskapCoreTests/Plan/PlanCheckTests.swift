import XCTest
import SamskapCore
import TestSupport

/// Each plan check fires on a plan that has its gap, and stays quiet on one that does not.
final class PlanCheckTests: XCTestCase {
    private let midProject = Fixtures.day("2026-03-01")
    private let early = Fixtures.day("2025-03-01")

    /// The plan document with every gap closed: it draws no advice at all.
    private func soundPlan() -> ProjectDocument {
        var doc = Fixtures.planDocument()
        doc.indicators[1].responsiblePartnerID = Fixtures.id(10)          // the qualitative story
        doc.indicators[0].responsiblePartnerID = Fixtures.id(10)
        doc.project.resultLinks[1].evidence = .research
        doc.project.resultLinks.append(ResultLink(from: Fixtures.id(81), to: Fixtures.id(41), evidence: .experience))
        doc.partners[1].anchorPoints = [AnchorPoint(direction: .back, text: "Avtale med IT", renewed: Fixtures.day("2026-01-10"))]
        doc.partners[0].anchorPoints[0].renewed = Fixtures.day("2026-01-10")
        return doc
    }

    private func kinds(_ doc: ProjectDocument, _ today: Day) -> [PlanCheckKind] { doc.planChecks(today: today).map(\.kind) }

    func testASoundPlanDrawsNoAdvice() {
        XCTAssertEqual(soundPlan().planChecks(today: midProject), [])
    }

    func testOnlyOutputIndicators() {
        var doc = soundPlan()
        doc.indicators = doc.indicators.filter { $0.level == .output }
        doc.project.resultLinks.removeLast()
        XCTAssertEqual(kinds(doc, midProject), [.onlyOutputIndicators])
        let advice = doc.planChecks(today: midProject)[0]
        XCTAssertEqual(advice.nextStep.en, "Add at least one indicator at the Outcome level under Impact › Indicators.")
        doc.indicators[0].level = .impact
        XCTAssertFalse(kinds(doc, midProject).contains(.onlyOutputIndicators))
    }

    func testIndicatorWithoutBaselineUnitOrResponsible() {
        var doc = soundPlan()
        doc.indicators[0].baseline.value = nil
        doc.indicators[0].unit = " "
        doc.indicators[0].responsiblePartnerID = nil
        let advice = doc.planChecks(today: midProject)
        XCTAssertEqual(advice.map(\.kind), [.indicatorIncomplete])
        XCTAssertEqual(advice[0].subjectID, Fixtures.id(40))
        XCTAssertEqual(advice[0].finding.text(.en), "“Antall deltakere” has no baseline, unit or responsible partner.")
        XCTAssertEqual(advice[0].finding.text(.nb), "«Antall deltakere» mangler utgangsverdi, enhet og ansvarlig samarbeidspartner.")
        // A responsible partner that was deleted counts as none.
        var gone = soundPlan()
        gone.indicators[0].responsiblePartnerID = Fixtures.id(999)
        XCTAssertEqual(kinds(gone, midProject), [.indicatorIncomplete])
    }

    func testOutcomeWithNoLinkFromAnActivity() {
        var doc = soundPlan()
        doc.project.resultLinks.removeFirst()       // the output is no longer reached from the activity
        XCTAssertEqual(kinds(doc, midProject), [.outcomeWithoutActivity])
        // A direct link from the activity is enough.
        doc.project.resultLinks.append(ResultLink(from: Fixtures.id(81), to: Fixtures.id(42), evidence: .research))
        XCTAssertEqual(kinds(doc, midProject), [])
    }

    func testAssumptionPastHalfThePeriod() {
        var doc = soundPlan()
        doc.project.resultLinks[1].evidence = .assumption
        XCTAssertEqual(kinds(doc, early), [], "before half the period an assumption is just a plan")
        XCTAssertEqual(kinds(doc, midProject), [.staleAssumption])
        XCTAssertTrue(doc.planChecks(today: midProject)[0].finding.en.contains("“Antall deltakere” leads to “Færre føler seg ensomme”"))
        // A link made after the midpoint has not yet had its time.
        doc.project.resultLinks[1].since = Fixtures.day("2026-02-01")
        XCTAssertEqual(kinds(doc, midProject), [])
    }

    func testNoAnchorPointUpOrBack() {
        var doc = soundPlan()
        doc.partners[1].anchorPoints = []
        XCTAssertEqual(doc.planChecks(today: midProject).map(\.finding.en),
                       ["No partner has an anchor point backwards (in the support functions of one’s own organisation)."])
        doc.partners[0].anchorPoints = []
        XCTAssertEqual(kinds(doc, midProject), [.missingAnchorDirection, .missingAnchorDirection])
    }

    func testAnchorPointNotRenewedForSixMonths() {
        var doc = soundPlan()
        doc.partners[0].anchorPoints[0].renewed = Fixtures.day("2025-08-01")
        XCTAssertEqual(kinds(doc, midProject), [.anchorNotRenewed])
        XCTAssertEqual(kinds(doc, Fixtures.day("2026-01-15")), [])
    }

    func testAStepNotBegunWhileALaterOneIsDone() {
        var doc = soundPlan()
        doc.impactSteps[6].isDone = true            // step 7 done, steps 6 (methods) and others empty
        let advice = doc.planChecks(today: midProject)
        XCTAssertEqual(advice.map(\.kind), [.stepSkipped])
        XCTAssertEqual(advice[0].finding.text(.en), "Step 6, “Choose measurement methods”, is not begun, but step 7 is done.")
        doc.impactSteps[5].content = "Spørreskjema og intervju"
        XCTAssertEqual(kinds(doc, midProject), [])
        // Steps 3 and 4 count as begun by their target groups and activities.
        doc.project.targetGroups = []
        XCTAssertEqual(kinds(doc, midProject), [.stepSkipped])
    }

    /// Files made before the matrix followed figure 2 may place the project or an activity where civil society plans
    /// and professionals deliver, which the figure leaves empty: the advice is how their users hear of it.
    func testACellFigureTwoLeavesEmpty() {
        var doc = soundPlan()
        let empty = MatrixCell(planning: .civilSociety, delivery: .professionals)
        doc.project.cell = empty
        doc.project.activities[0].cell = empty
        let advice = doc.planChecks(today: midProject)
        XCTAssertEqual(advice.map(\.kind), [.cellWithoutActivity, .cellWithoutActivity])
        XCTAssertEqual(advice.map(\.subjectID), [nil, doc.project.activities[0].id])
        XCTAssertTrue((advice.last?.finding.text(.en) ?? "").contains("“\(doc.project.activities[0].name)”"))
        // The cell beside it, where civil society plans and both deliver, has activities in the figure.
        doc.project.cell = MatrixCell(planning: .civilSociety, delivery: .together)
        doc.project.activities[0].cell = MatrixCell(planning: .professionals, delivery: .civilSociety)
        XCTAssertEqual(kinds(doc, midProject), [])
    }
}
