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

    /// Another writer's saved edits (the phones' answers, written by the phone server into the same file) show in the
    /// document and tell the observers, without a second write and out of reach of the coordinator's undo.
    func testAbsorbTakesInAnotherWritersEditsWithoutWritingOrUndo() throws { try MainActor.assumeIsolated {
        let store = InMemoryProjectStore(.new(named: "Verksted"))
        let state = try ProjectState(store: store, url: nil)
        let partner = Partner(name: "Frivilligsentralen", sector: .civilSociety)
        try state.perform(.upsertPartner(partner))
        var renders = 0
        state.observe { renders += 1 }
        let round = AssessmentRound(date: try XCTUnwrap(Day(iso: "2026-12-05")), label: "Verksted")
        let phone = Respondent(roundID: round.id, label: "Telefon 1")
        let answer = Answer(roundID: round.id, respondentID: phone.id, statementID: "s1")
        try store.apply([.upsertRound(round), .upsertRespondent(phone), .upsertAnswer(answer)])  // the other writer
        let written = store.document
        state.absorb([.upsertRound(round), .upsertRespondent(phone), .upsertAnswer(answer)])
        XCTAssertEqual(state.document.answers, [answer])
        XCTAssertEqual(state.document, store.document)
        XCTAssertEqual(store.document, written, "nothing written again")
        XCTAssertEqual(renders, 1)
        try state.undo()  // the coordinator's own last step only
        XCTAssertTrue(state.document.partners.isEmpty)
        XCTAssertEqual(state.document.answers, [answer])
        XCTAssertEqual(store.document.answers, [answer])
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
