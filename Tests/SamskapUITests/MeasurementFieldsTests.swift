import FoundationEssentials
import SamskapCore
import XCTest
@testable import SamskapUI

/// A measurement's cells saved one by one, and a new row kept whole, without a display.
final class MeasurementFieldsTests: XCTestCase {
    private static let period = Period(start: Day(parsing: "1.1.2025"), end: Day(parsing: "31.12.2026"))
    private static let today = Day(parsing: "1.6.2026")!

    func testANoteIsSavedBesideAValueThatDoesNotRead() { MainActor.assumeIsolated {
        let indicator = Indicator(name: "Boligkafeer", level: .output, unit: "møter")
        let stored = SamskapCore.Measurement(indicatorID: indicator.id, date: Day(parsing: "1.3.2025")!, value: 5)
        let table = MeasurementFields.table(for: indicator, period: Self.period, today: Self.today, language: .nb)
        let drafts = DraftStore()
        XCTAssertNil(drafts.edit("tolv", in: "measurement.value", of: stored.id, stored: stored, table: table, title: "Verdi", language: .nb))
        XCTAssertTrue(drafts.draft(stored.id, "measurement.value")?.message.contains("tolv") ?? false)
        let saved = drafts.edit("  Fra referatet ", in: "measurement.note", of: stored.id, stored: stored, table: table,
                                title: "Notat", language: .nb)
        XCTAssertEqual(saved?.note, "Fra referatet", "saved trimmed, as a new row's note is")
        XCTAssertEqual(saved?.value, 5, "the stored value stays")
        XCTAssertEqual(table.text(of: "measurement.date", in: stored), "1.3.2025")
    } }

    func testEmptyingAValueIsKeptNotSaved() { MainActor.assumeIsolated {
        let indicator = Indicator(name: "Boligkafeer", level: .output, unit: "møter")
        let stored = SamskapCore.Measurement(indicatorID: indicator.id, date: Day(parsing: "1.3.2025")!, value: 5)
        let table = MeasurementFields.table(for: indicator, period: Self.period, today: Self.today, language: .en)
        guard case .keep = table.outcome(of: "", in: "measurement.value", on: stored, language: .en) else {
            return XCTFail("a measurement without a value is not saved")
        }
    } }

    func testANewRowRoundTripsThroughItsKeptText() {
        let input = MeasurementRowInput(cells: ["1.13.2026", "", "Mai", ""])
        XCTAssertEqual(MeasurementFields.input(of: MeasurementFields.text(of: input)), input)
        let indicatorID = UUID()
        XCTAssertEqual(MeasurementFields.indicatorID(ofNewRowField: MeasurementFields.newRowField(of: indicatorID)), indicatorID)
        XCTAssertNil(MeasurementFields.indicatorID(ofNewRowField: "measurement.value"))
    }

    func testTheQuestionNamesTheCellsThatHoldSomething() { MainActor.assumeIsolated {
        let draft = DraftStore.Draft(text: "1.13.2026\t\tMai\t", message: "m", title: "New measurement of “X”")
        XCTAssertEqual(UnsavedValuesDialog.line(draft), trf("%1$s: %2$s", "New measurement of “X”", "1.13.2026 · Mai"))
        XCTAssertEqual(UnsavedValuesDialog.line(.init(text: " ", message: "m", title: "Goal 1")), "Goal 1: " + tr("(empty)"))
    } }

    func testRenamingARecordRenamesItsKeptValues() { MainActor.assumeIsolated {
        let drafts = DraftStore()
        let id = UUID()
        drafts.keep(.init(text: "x", message: "m", title: "E-mail for “NAV”"), id, "partner.contact.email")
        drafts.retitle(id) { "\($0) for “NAV Vest”" }
        XCTAssertEqual(drafts.all.first?.draft.title, "partner.contact.email for “NAV Vest”")
    } }
}
