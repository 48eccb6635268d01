import SamskapCore
import XCTest
@testable import SamskapUI

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
}

private final class FailingStore: ProjectStore {
    struct Refused: Error {}
    func load() throws -> ProjectDocument { .new(named: "P") }
    func apply(_ changes: [Change]) throws { throw Refused() }
}
