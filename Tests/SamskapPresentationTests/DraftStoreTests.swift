import FoundationEssentials
import SamskapCore
import XCTest
@testable import SamskapPresentation

/// Per-field saving and the store of values not saved, without a display.
final class DraftStoreTests: XCTestCase {
    private static var partnerFields: FieldTable<Partner> { FieldTable<Partner>([
        "partner.name": .plain(\.name),
        "partner.contact.email": .plain(\.contact.email),
        "partner.contact.phone": .plain(\.contact.phone),
    ], issues: { $0.validationIssues() }) }

    /// A number field that reads "12,5" and refuses words, on an indicator whose unit a number needs.
    private static var indicatorFields: FieldTable<Indicator> { FieldTable<Indicator>([
        "indicator.unit": .plain(\.unit),
        "indicator.baseline.value": FieldTable<Indicator>.Field(text: { "\($0.baseline.value ?? 0)" }, read: { indicator, text in
            guard let value = SamskapCore.Measurement.parseNumber(text) else { return "not a number: \(text)" }
            indicator.baseline.value = value
            return nil
        }),
    ], issues: { $0.validationIssues() }) }

    func testAValidFieldIsSavedWhileAnotherHoldsABadValue() { MainActor.assumeIsolated {
        let drafts = DraftStore()
        var stored = Partner(name: "Bergen kommune", sector: .municipality)
        XCTAssertNil(drafts.edit("kari.nordmann@bergen", in: "partner.contact.email", of: stored.id, stored: stored,
                                 table: Self.partnerFields, title: "E-post for «Bergen kommune»", language: .nb))
        XCTAssertEqual(drafts.draft(stored.id, "partner.contact.email")?.text, "kari.nordmann@bergen")
        XCTAssertTrue(drafts.draft(stored.id, "partner.contact.email")?.message.contains("ser ikke riktig ut") ?? false)

        let saved = drafts.edit("55 56 00 00", in: "partner.contact.phone", of: stored.id, stored: stored,
                                table: Self.partnerFields, title: "Telefon", language: .nb)
        XCTAssertEqual(saved?.contact.phone, "55 56 00 00")
        XCTAssertEqual(saved?.contact.email, "", "the bad e-mail does not ride along")
        stored = saved!
        XCTAssertEqual(drafts.all.map(\.draft.title), ["E-post for «Bergen kommune»"], "the bad e-mail is still kept")
    } }

    func testCorrectingAValueSavesItAndForgetsTheDraft() { MainActor.assumeIsolated {
        let drafts = DraftStore()
        let stored = Partner(name: "Bergen kommune", sector: .municipality)
        _ = drafts.edit("kari@bergen", in: "partner.contact.email", of: stored.id, stored: stored, table: Self.partnerFields, title: "E-post", language: .en)
        let saved = drafts.edit("kari@bergen.kommune.no", in: "partner.contact.email", of: stored.id, stored: stored,
                                table: Self.partnerFields, title: "E-post", language: .en)
        XCTAssertEqual(saved?.contact.email, "kari@bergen.kommune.no")
        XCTAssertTrue(drafts.isEmpty)
    } }

    func testTypingBackTheStoredValueForgetsTheDraft() { MainActor.assumeIsolated {
        let drafts = DraftStore()
        let stored = Partner(name: "NAV", sector: .publicAgency)
        _ = drafts.edit("", in: "partner.name", of: stored.id, stored: stored, table: Self.partnerFields, title: "Navn", language: .nb)
        XCTAssertFalse(drafts.isEmpty, "an emptied name is kept, not saved")
        XCTAssertNil(drafts.edit("NAV", in: "partner.name", of: stored.id, stored: stored, table: Self.partnerFields, title: "Navn", language: .nb))
        XCTAssertTrue(drafts.isEmpty)
    } }

    func testAnErrorTheStoredRecordHadAlreadyDoesNotStopAField() { MainActor.assumeIsolated {
        // Imported with a bad address: the phone is still saved.
        var stored = Partner(name: "Husbanken", sector: .publicAgency)
        stored.contact.email = "post@husbanken"
        let outcome = Self.partnerFields.outcome(of: "22 96 16 00", in: "partner.contact.phone", on: stored, language: .nb)
        guard case let .save(record) = outcome else { return XCTFail("expected a save, got \(outcome)") }
        XCTAssertEqual(record.contact.phone, "22 96 16 00")
    } }

    func testATextThatDoesNotReadIsKeptWithItsMessage() { MainActor.assumeIsolated {
        let stored = Indicator(name: "Deltakere", level: .output)
        XCTAssertEqual(Self.indicatorFields.outcome(of: "tolv", in: "indicator.baseline.value", on: stored, language: .nb),
                       .keep(message: "not a number: tolv"))
    } }

    func testAKeptValueIsSavedOnceAnotherFieldLetsItThrough() { MainActor.assumeIsolated {
        let drafts = DraftStore()
        var stored = Indicator(name: "Deltakere", level: .output)
        stored.kind = .quantitative
        // A number without a unit breaks a rule: kept, with the rule's message.
        XCTAssertNil(drafts.edit("12", in: "indicator.baseline.value", of: stored.id, stored: stored, table: Self.indicatorFields,
                                 title: "Utgangspunkt", language: .en))
        XCTAssertTrue(drafts.draft(stored.id, "indicator.baseline.value")?.message.contains("no unit") ?? false)
        // The unit makes it valid: saved in the same step.
        let saved = drafts.edit("deltakere", in: "indicator.unit", of: stored.id, stored: stored, table: Self.indicatorFields,
                                title: "Enhet", language: .en)
        XCTAssertEqual(saved?.unit, "deltakere")
        XCTAssertEqual(saved?.baseline.value, 12)
        XCTAssertTrue(drafts.isEmpty)
        stored = saved!
    } }

    func testSavingAFieldLeavesValuesTheTableDoesNotKnowAlone() { MainActor.assumeIsolated {
        // A form may keep other values of the record its own way (a partner's anchor points).
        let drafts = DraftStore()
        let stored = Partner(name: "NAV", sector: .publicAgency)
        drafts.keep(.init(text: "", message: "m", title: "Forankringspunkt"), stored.id, "partner.anchorPoints.text.x")
        XCTAssertNotNil(drafts.edit("55 00 00 00", in: "partner.contact.phone", of: stored.id, stored: stored, table: Self.partnerFields,
                                    title: "Telefon", language: .nb))
        XCTAssertNotNil(drafts.draft(stored.id, "partner.anchorPoints.text.x"))
    } }

    func testDraftsAreListedInTheOrderTypedAndForgottenByRecord() { MainActor.assumeIsolated {
        let drafts = DraftStore()
        let a = UUID(), b = UUID()
        drafts.keep(.init(text: "x", message: "m", title: "B"), b, "f")
        drafts.keep(.init(text: "y", message: "m", title: "A"), a, "f")
        drafts.keep(.init(text: "z", message: "m", title: "B2"), b, "g")
        drafts.keep(.init(text: "x2", message: "m", title: "B"), b, "f")
        XCTAssertEqual(drafts.all.map(\.draft.title), ["B", "A", "B2"])
        XCTAssertEqual(drafts.all.first?.draft.text, "x2", "a new text replaces the old in its place")
        drafts.discard(recordID: b)
        XCTAssertEqual(drafts.all.map(\.draft.title), ["A"])
        drafts.discardAll()
        XCTAssertTrue(drafts.isEmpty)
    } }

    func testTheStateHoldsOneStoreThatOutlivesEdits() throws { try MainActor.assumeIsolated {
        let partner = Partner(name: "NAV", sector: .publicAgency)
        let state = try ProjectState(store: InMemoryProjectStore(ProjectDocument(project: Project(name: "P"), partners: [partner])), url: nil)
        state.drafts.keep(.init(text: "nav@", message: "m", title: "E-post"), partner.id, "partner.contact.email")
        var renamed = partner
        renamed.name = "NAV Vest"
        try state.perform(.upsertPartner(renamed))
        try state.undo()
        XCTAssertEqual(state.drafts.draft(partner.id, "partner.contact.email")?.text, "nav@")
    } }
}
