import SamskapCore
import XCTest
@testable import SamskapPresentation

final class ProjectStateTests: XCTestCase {
    func testPerformSavesAndUndoRestoresTheStore() throws { try MainActor.assumeIsolated {
        let store = InMemoryProjectStore(.new(named: "Møteplass Åsane"))
        let state = try ProjectState(store: store, url: nil)
        var renders = 0
        state.observe { renders += 1 }
        let partner = Partner(name: "Frivilligsentralen", sector: .civilSociety)
        try state.perform(.upsertPartner(partner))
        XCTAssertEqual(store.document.partners, [partner])
        try state.perform(.deletePartner(partner.id))
        XCTAssertTrue(store.document.partners.isEmpty)
        try state.undo()
        XCTAssertEqual(store.document.partners, [partner])
        try state.undo()
        XCTAssertTrue(store.document.partners.isEmpty)
        XCTAssertFalse(state.canUndo)
        try state.redo()
        XCTAssertEqual(state.document.partners, [partner])
        XCTAssertEqual(store.document, state.document)
        XCTAssertEqual(renders, 5)
    } }

    func testInverseOfSeveralEditsRestoresTheDocument() throws { try MainActor.assumeIsolated {
        let partner = Partner(name: "NAV", sector: .publicAgency)
        let start = ProjectDocument(project: Project(name: "P"), partners: [partner])
        var renamed = partner
        renamed.name = "NAV Vest"
        let changes: [Change] = [.upsertPartner(renamed), .deletePartner(partner.id)]
        let inverse = ProjectState.inverse(of: changes, on: start)
        XCTAssertEqual(start.applying(changes).applying(inverse), start)
    } }

    func testTypingInOneFieldUndoesAsOneStep() throws { try MainActor.assumeIsolated {
        let store = InMemoryProjectStore(.new(named: "P"))
        let state = try ProjectState(store: store, url: nil)
        var partner = Partner(name: "N", sector: .business)
        for name in ["N", "NA", "NAV"] {
            partner.name = name
            try state.perform([.upsertPartner(partner)], coalescing: "partner.name")
        }
        try state.perform([.setProject(Project(id: state.document.project.id, name: "Q"))])
        XCTAssertEqual(state.undoStack.count, 2)
        try state.undo()
        try state.undo()
        XCTAssertTrue(store.document.partners.isEmpty, "one undo takes the whole typed name away")
        try state.redo()
        XCTAssertEqual(store.document.partners.map(\.name), ["NAV"])
    } }

    func testAFailedSaveChangesNothing() throws { try MainActor.assumeIsolated {
        let state = try ProjectState(store: FailingStore(), url: nil)
        XCTAssertThrowsError(try state.perform(.upsertPartner(Partner(name: "X", sector: .business))))
        XCTAssertTrue(state.document.partners.isEmpty)
        XCTAssertFalse(state.canUndo)
    } }

    func testMeasurementsStillComingArriveBeforeAnyEditOrRead() throws { try MainActor.assumeIsolated {
        let indicator = Indicator(name: "Familier i egen bolig", level: .outcome, unit: "familier")
        let day = try XCTUnwrap(Day(year: 2026, month: 3, day: 1))
        let measured = [Measurement(indicatorID: indicator.id, date: day, value: 4),
                        Measurement(indicatorID: indicator.id, date: day.adding(days: 30), value: 6)]
        let whole = ProjectDocument(project: Project(name: "Trygg bolig"), indicators: [indicator], measurements: measured)
        let store = InMemoryProjectStore(whole)
        var partial = whole
        partial.measurements = []
        var waits = 0
        let state = ProjectState(store: store, url: nil, document: partial) { waits += 1; return (measured, []) }
        XCTAssertTrue(state.documentSoFar.measurements.isEmpty, "the first frame does not wait")
        XCTAssertEqual(waits, 0)
        // Deleting the indicator takes its measurements along; undo must bring them back, so the edit waits for them.
        try state.perform(.deleteIndicator(indicator.id))
        XCTAssertEqual(waits, 1)
        try state.undo()
        XCTAssertEqual(state.document, whole)
        XCTAssertEqual(store.document, whole)
        XCTAssertEqual(waits, 1, "taken once")
    } }

    func testMeasurementsThatCannotBeReadStopEdits() throws { try MainActor.assumeIsolated {
        struct Unreadable: Error {}
        let store = InMemoryProjectStore(.new(named: "P"))
        let state = ProjectState(store: store, url: nil, document: store.document) { throw Unreadable() }
        XCTAssertThrowsError(try state.perform(.upsertPartner(Partner(name: "NAV", sector: .publicAgency)))) {
            XCTAssertTrue($0 is Unreadable)
        }
        XCTAssertTrue(state.loadError is Unreadable)
        XCTAssertTrue(store.document.partners.isEmpty, "nothing reached the store")
    } }
}

private final class FailingStore: ProjectStore {
    struct Refused: Error {}
    func load() throws -> ProjectDocument { .new(named: "P") }
    func apply(_ changes: [Change]) throws { throw Refused() }
}
