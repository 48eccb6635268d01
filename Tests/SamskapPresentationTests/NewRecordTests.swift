import SamskapPresentation
import XCTest

/// A new record waits until it can be saved; one left for another comes back with what was typed, a blank one does not.
final class NewRecordTests: XCTestCase {
    func testARecordLeftWithTypingComesBackOnTheNextStart() {
        var slot = NewRecord<String>()
        XCTAssertFalse(slot.isNew)
        XCTAssertEqual(slot.start(""), "")
        slot.update("kari@bergen")
        XCTAssertTrue(slot.isNew)
        slot.leave(keeping: true)
        XCTAssertFalse(slot.isNew)
        XCTAssertNil(slot.pending)
        XCTAssertEqual(slot.start(""), "kari@bergen")
        // Taken back once: after it is saved, the next start is blank.
        slot.saved()
        XCTAssertFalse(slot.isNew)
        XCTAssertEqual(slot.start(""), "")
    }

    func testABlankRecordLeftIsForgotten() {
        var slot = NewRecord<String>()
        _ = slot.start("")
        slot.leave(keeping: false)
        XCTAssertEqual(slot.start("blank"), "blank")
    }
}
