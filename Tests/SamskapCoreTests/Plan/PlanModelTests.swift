import XCTest
import SamskapCore
import TestSupport

/// Target groups, activities, the theory of change and target history: edits undo and redo, merges go by id.
final class PlanModelTests: XCTestCase {
    func testChangingATargetKeepsTheEarlierOneWithItsReason() {
        let doc = Fixtures.planDocument()
        let before = doc.indicators[0]
        var edited = before
        edited.target = ReferencePoint(value: 35, date: Fixtures.day("2026-12-31"))
        XCTAssertTrue(before.needsReason(for: edited))
        let revised = before.revised(to: edited, on: Fixtures.day("2025-09-01"), reason: "  Færre kom enn ventet ")
        XCTAssertEqual(revised.targetHistory, [TargetRevision(changedOn: Fixtures.day("2025-09-01"), reason: "Færre kom enn ventet",
                                                              target: before.target, name: before.name, method: before.method)])
        XCTAssertEqual(revised.targetSteps, [TargetStep(from: nil, value: 50, date: Fixtures.day("2026-12-31")),
                                             TargetStep(from: Fixtures.day("2025-09-01"), value: 35, date: Fixtures.day("2026-12-31"))])
        // Typing on the same day for the same reason (3, then 35) is one change, keeping the target from before it.
        var typing = revised
        typing.target.value = 3
        let twice = revised.revised(to: typing, on: Fixtures.day("2025-09-01"), reason: "Færre kom enn ventet")
        XCTAssertEqual(twice.targetHistory, revised.targetHistory)
        XCTAssertEqual(twice.revised(to: typing, on: Fixtures.day("2025-09-02"), reason: "Færre kom enn ventet").targetHistory.count, 2)
        // Filling in what was empty is planning, not a change of plan.
        var empty = Indicator(name: "Ny", level: .output)
        var filled = empty
        filled.target.value = 10
        filled.method = "Telling"
        XCTAssertFalse(empty.needsReason(for: filled))
        empty.method = "Register"
        XCTAssertTrue(empty.needsReason(for: filled))
    }

    func testPlanEditsUndoAndRedoThroughTheProject() {
        let doc = Fixtures.planDocument()
        var project = doc.project
        project.activities[0].inputs.append(ActivityInput(kind: .rooms, amount: 1, note: "Biblioteket"))
        project.resultLinks.remove(at: 0)
        project.targetGroups[0].estimatedSize = 150
        let change = Change.setProject(project)
        let undo = doc.inverse(of: change)
        let after = doc.applying([change])
        XCTAssertEqual(after.project, project)
        XCTAssertEqual(after.applying(undo), doc)
        XCTAssertEqual(after.applying(undo).applying([change]), after)
    }

    func testMergeBringsTheOtherCopysTargetGroupsActivitiesAndLinksByID() throws {
        let ours = Fixtures.planDocument()
        var theirs = ours
        let group = TargetGroup(name: "Pårørende")
        theirs.project.targetGroups.append(group)
        theirs.project.activities[0].name = "Språkkafé (endret der)"            // a conflict: ours stays
        let walk = Activity(name: "Turgruppe", targetGroupIDs: [group.id])
        theirs.project.activities.append(walk)
        theirs.project.resultLinks.append(ResultLink(from: walk.id, to: Fixtures.id(40)))
        let plan = try ours.mergePlan(from: theirs)
        XCTAssertEqual(plan.summary.added[.targetGroups], 1)
        XCTAssertEqual(plan.summary.added[.activities], 1)
        XCTAssertEqual(plan.summary.added[.resultLinks], 1)
        XCTAssertEqual(plan.summary.conflicts[.activities], 1)
        let merged = ours.applying(plan.changes)
        XCTAssertEqual(merged.project.activities.map(\.name), ["Språkkafé", "Turgruppe"])
        XCTAssertEqual(merged.project.targetGroups.map(\.id), ours.project.targetGroups.map(\.id) + [group.id])
        // Merging again adds nothing.
        XCTAssertEqual(try merged.mergePlan(from: theirs).changes, [])
    }

    func testTheChainKeepsLinksWhoseEndsExistAndFindsWhatActivitiesReach() {
        var doc = Fixtures.planDocument()
        doc.project.resultLinks.append(ResultLink(from: Fixtures.id(999), to: Fixtures.id(40)))    // a deleted activity
        doc.project.resultLinks.append(ResultLink(from: Fixtures.id(42), to: Fixtures.id(40)))     // backwards
        let chain = TheoryOfChange(doc)
        XCTAssertEqual(chain.edges.map(\.link.id), [Fixtures.id(84), Fixtures.id(85)])
        XCTAssertEqual(chain.edges.map(\.fromColumn), [0, 1])
        XCTAssertEqual(chain.unsupported.map(\.link.id), [Fixtures.id(85)])
        XCTAssertEqual(chain.reachedFromActivities, [Fixtures.id(40), Fixtures.id(42)])
        XCTAssertEqual(chain.inputTotals[.hours], 200)
        XCTAssertEqual(chain.inputTotals[.money], 25_000)
    }

    func testTheSummaryOfCitizenRolesCountsActivitiesBesidePartners() {
        var doc = Fixtures.planDocument()
        XCTAssertEqual(doc.coveredCitizenRoles, [.coInitiator, .coDesigner, .coImplementer])
        doc.project.activities[0].citizenRoles.coInitiator = .not
        XCTAssertEqual(doc.coveredCitizenRoles, [.coDesigner, .coImplementer])
        XCTAssertEqual(doc.activityDegree(of: .coInitiator), .not)
        doc.project.activities[0].citizenRoles.coInitiator = .fully
        XCTAssertEqual(doc.activityDegree(of: .coInitiator), .fully)
    }

    func testAnActivityFromBeforeItsNewFieldsStillReads() throws {
        let old = #"{"id":"\#(Fixtures.id(51).uuidString)","name":"Kafé","description":""}"#
        let activity = try JSONDecoder().decode(Activity.self, from: Data(old.utf8))
        XCTAssertEqual(activity, Activity(id: Fixtures.id(51), name: "Kafé"))
    }
}
