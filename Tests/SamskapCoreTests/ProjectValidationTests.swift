import XCTest
import TestSupport
@testable import SamskapCore

final class ProjectValidationTests: XCTestCase {
    private var project: Project { Fixtures.minimalDocument().project }

    func testAValidProjectHasNoIssues() {
        XCTAssertEqual(project.validationIssues(), [])
    }

    func testEmptyNameIncludingOnlySpaces() {
        var p = project
        p.name = "  \n"
        assertIssue(p.validationIssues(), .projectNameEmpty, .error, field: "project.name", nbContains: ["navn"], enContains: ["name"])
    }

    func testNameTooLongAt201ButNot200() {
        var p = project
        p.name = String(repeating: "å", count: 200)
        XCTAssertEqual(p.validationIssues(), [])
        p.name = String(repeating: "å", count: 201)
        assertIssue(p.validationIssues(), .projectNameTooLong, .error, field: "project.name", nbContains: ["201", "200"], enContains: ["201", "200"])
    }

    func testPeriodEndBeforeStart() {
        var p = project
        p.period = Period(start: Fixtures.day("2026-03-01"), end: Fixtures.day("2026-02-28"))
        assertIssue(p.validationIssues(), .periodEndBeforeStart, .error, field: "project.period.end",
                    nbContains: ["28.2.2026", "1.3.2026"], enContains: ["2026-02-28", "2026-03-01"])
        // The same day for start and end is a one-day project, not an error.
        p.period.end = p.period.start
        XCTAssertEqual(p.validationIssues(), [])
    }

    func testAnonymityThresholdOutside1To20() {
        var p = project
        for ok in [1, 20] {
            p.anonymityThreshold = ok
            XCTAssertEqual(p.validationIssues(), [], "\(ok)")
        }
        for bad in [0, 21, -3] {
            p.anonymityThreshold = bad
            assertIssue(p.validationIssues(), .anonymityThresholdOutOfRange, .error, field: "project.anonymityThreshold",
                        nbContains: ["(fikk \(bad))"], enContains: ["(got \(bad))"])
        }
    }

    func testMunicipalityNumberMustBeFourDigits() {
        var p = project
        p.municipality = Municipality(number: "0301", name: "Oslo")
        XCTAssertEqual(p.validationIssues(), [])
        for bad in ["330", "33011", "33a1", "３３０１", ""] {
            p.municipality = Municipality(number: bad, name: "Drammen")
            assertIssue(p.validationIssues(), .municipalityNumberInvalid, .error, field: "project.municipality.number",
                        nbContains: ["«\(bad)»"], enContains: ["“\(bad)”"])
        }
        p.municipality = nil
        XCTAssertEqual(p.validationIssues(), [], "no municipality chosen yet is fine")
    }
}
