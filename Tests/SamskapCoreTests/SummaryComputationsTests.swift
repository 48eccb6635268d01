import XCTest
import TestSupport
@testable import SamskapCore

/// Completeness of the ten steps, partners by sector and covered citizen roles.
final class SummaryComputationsTests: XCTestCase {
    func testCompletenessCountsDoneStepsAndNamesTheFirstOpenOne() {
        var doc = Fixtures.minimalDocument()
        XCTAssertEqual(doc.impactCompleteness.done, 0)
        XCTAssertEqual(doc.impactCompleteness.total, 10)
        XCTAssertEqual(doc.impactCompleteness.next, .problem)
        // Steps 1, 2 and 4 done: 3 of 10, and step 3 (target groups) is the first still open.
        for kind in [ImpactStepKind.problem, .goals, .activities] { doc.apply(.setImpactStep(ImpactStep(kind: kind, isDone: true))) }
        XCTAssertEqual(doc.impactCompleteness.done, 3)
        XCTAssertEqual(doc.impactCompleteness.next, .targetGroups)
        for kind in ImpactStepKind.allCases { doc.apply(.setImpactStep(ImpactStep(kind: kind, isDone: true))) }
        XCTAssertEqual(doc.impactCompleteness.done, 10)
        XCTAssertNil(doc.impactCompleteness.next)
    }

    func testDocumentAlwaysHasTheTenStepsInOrder() {
        let doc = ProjectDocument(project: Project(name: "x"), impactSteps: [ImpactStep(kind: .evaluation, content: "ferdig", isDone: true)])
        XCTAssertEqual(doc.impactSteps.map(\.kind), ImpactStepKind.allCases)
        XCTAssertEqual(doc.impactSteps.last?.content, "ferdig")
        XCTAssertEqual(doc.impactCompleteness.done, 1)
    }

    func testPartnersBySectorInSectorOrderWithoutEmptySectors() {
        var doc = Fixtures.minimalDocument()
        doc.partners = [Partner(name: "Brukerrådet", sector: .citizens), Partner(name: "Helse", sector: .municipality),
                        Partner(name: "Oppvekst", sector: .municipality), Partner(name: "USN", sector: .research)]
        let counts = doc.partnersBySector
        // Sector order: municipality (2) … citizens (1), research (1); the four empty sectors are left out.
        XCTAssertEqual(counts.map(\.0), [.municipality, .citizens, .research])
        XCTAssertEqual(counts.map(\.1), [2, 1, 1])
        XCTAssertTrue(Fixtures.minimalDocument().partnersBySector.isEmpty)
    }

    func testCoveredCitizenRolesIsTheUnion() {
        var doc = Fixtures.minimalDocument()
        XCTAssertEqual(doc.coveredCitizenRoles, [])
        doc.partners = [Partner(name: "A", sector: .citizens, citizenRoles: [.coDesigner]),
                        Partner(name: "B", sector: .civilSociety, citizenRoles: [.coDesigner, .coImplementer])]
        XCTAssertEqual(doc.coveredCitizenRoles, [.coDesigner, .coImplementer])
        doc.partners.append(Partner(name: "C", sector: .citizens, citizenRoles: [.coInitiator]))
        XCTAssertEqual(doc.coveredCitizenRoles, Set(CitizenRole.allCases))
    }

    func testCountsListEveryKindOfRecord() {
        let doc = Fixtures.smallDocument()
        let counts = Dictionary(uniqueKeysWithValues: doc.counts)
        XCTAssertEqual(counts["partners"], 2)
        XCTAssertEqual(counts["measurements"], 2)
        // Two respondents × 11 dimensions × 3 statements.
        XCTAssertEqual(counts["answers"], 66)
    }
}
